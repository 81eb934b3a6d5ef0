"""Whether a source is a woman or a man, so that "she said" does not resolve to "Robert Smith".

A source phrase says so by a title of address ("Mrs.", "Sir"), by a head noun for a kind of person
("his wife", "a spokeswoman for ..."), or by a given name ("Jane Doe").  The words come from the
``given_names`` lexicon; a phrase with none of them has no gender, and fits every pronoun.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from credscore._letter_case import initial_lower, initial_upper
from credscore.signals._attribution_lexicon import POSSESSIVE_ENDINGS, gendered_words

_PRONOUNS: Final = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}
# a preposition ends the part of a phrase that describes its head: "an aide to Hillary Clinton"
# is no woman, "the wife of John Smith" no man
_POST_MODIFIERS: Final = frozenset("of for to at with in from on by under over".split())
_EDGE: Final = ".,;:!?\"'“”‘’()[]"


def pronoun_gender(word: str) -> str:
    """ "m" for he/him/his, "f" for she/her/hers, "" for any other word."""
    return _PRONOUNS.get(word.lower(), "")


@lru_cache(maxsize=4096)  # a name recurs through an article: "Clinton said" ... "Clinton added"
def gender_of(phrase: str, head_lemma: str) -> str:
    """ "f", "m" or "" for a source phrase ("Mrs. Clinton", "his wife", "Jane Doe") whose head noun,
    lower case, is ``head_lemma``."""
    words = _describing_words(phrase)
    table = gendered_words()
    name = ""
    last = len(words) - 1
    for x, w in enumerate(words):
        entry = table.get(w.lower())
        if entry is None:
            continue
        gender, kind = entry
        if kind == "title":
            return gender
        # (a given name that ends a longer name is a surname: "Fiona Grant", "Mary James")
        if kind == "name" and not name and initial_upper(w) and not (x == last and x > 0 and initial_upper(words[x - 1])):
            name = gender
    return noun_gender(head_lemma) or name


def noun_gender(noun: str) -> str:
    """ "f" or "m" for a lower-case noun for a kind of person that says a sex ("wife", "son",
    "spokeswoman"), "" for any other word."""
    entry = gendered_words().get(noun)
    return entry[0] if entry is not None and entry[1] == "noun" else ""


def _describing_words(phrase: str) -> list[str]:
    """The words that describe the phrase's head: after its last possessive ("Hillary Clinton's
    spokesman Brian Fallon") and before its first post-modifier ("an aide to Hillary Clinton")."""
    out: list[str] = []
    for raw in phrase.split():
        w = raw.strip(_EDGE)
        if not w:
            continue
        if initial_lower(w) and w in _POST_MODIFIERS:
            break
        if w.endswith(POSSESSIVE_ENDINGS):
            out = []  # what came before is the owner's
            continue
        out.append(w)
    return out
