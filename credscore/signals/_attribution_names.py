"""What kind of source a noun phrase is, from capitalisation and head nouns, without a parser.

A phrase is *named* when its head is a proper name ("Naveed Khalid", "PICSS") or when it is a
document or an institution whose modifier is a proper name ("the PICSS report", "Chicago
police").  A person described by an institution ("a White House official", "FEMA officials")
stays unnamed: the reader still cannot check who spoke.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

import attrs

from credscore.signals._attribution_lexicon import source_nouns, word_classes, words_of


class Word(NamedTuple):
    """A token of a sentence: offsets, surface text and lower case.

    A named tuple rather than an attrs class: one is built per token of every sentence that
    holds a cue, and a tuple is immutable and several times cheaper to construct.
    """

    start: int
    end: int
    text: str
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


@attrs.frozen(slots=True)
class PhraseKind:
    """The verdict on a source phrase."""

    source_type: str  # a SOURCE_TYPES value, or pron_person / pron_thing / pron_group
    named: bool
    head: int  # index of the head word
    head_lemma: str  # lower-case singular head noun, for matching "the report" to "a report"


_POST_MODIFIERS = frozenset(
    "of for at from in on with by including like who which that whose based according , ;".split()
)
_NAME_PARTICLES = frozenset("al al- bin ibn de da del van von der la le ul e & and".split())


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in text


def _strip_possessive(lower: str) -> str:
    if lower.endswith(("'s", "’s")):
        return lower[:-2]
    return lower


def is_proper(words: Sequence[Word], i: int, sentence_first: int) -> bool:
    """Whether word ``i`` is part of a proper name (capitalised for a reason other than position)."""
    w = words[i]
    if not w.is_word or not (w.capitalised or w.text[0].isdigit() and _is_acronym(w.text)):
        return False
    if not w.capitalised:
        return False
    lower = _strip_possessive(w.lower)
    classes = word_classes().get(lower)
    if _is_acronym(w.text):
        return True
    if i == sentence_first or (i > 0 and words[i - 1].text in "\"“‘'(" and i - 1 == sentence_first):
        # a capital at the start of a sentence says nothing unless the word is rarely common
        if lower in source_nouns() or (classes and not classes <= {"org_word", "title", "demonym"}):
            return False
    if classes and ("determiner" in classes or "clause" in classes or "preposition" in classes):
        return False
    if classes and any(c.startswith("pronoun") for c in classes):
        return False
    return True


def _name_word(words: Sequence[Word], i: int, first: int) -> bool:
    """A word that carries a name on its own (not a demonym or a bare title)."""
    if not is_proper(words, i, first):
        return False
    lower = _strip_possessive(words[i].lower)
    classes = word_classes().get(lower, frozenset())
    if "title" in classes and i > 1 and words[i - 1].text == "." and len(words[i - 2].text) == 1 and words[i - 2].capitalised:
        return True  # "Myron L. Pope": a title word after an initial is a surname
    if "title" in classes and i > 0 and is_proper(words, i - 1, first):
        prev = word_classes().get(_strip_possessive(words[i - 1].lower), frozenset())
        return "title" not in prev and "demonym" not in prev  # "Myron L. Pope"
    return "demonym" not in classes and "title" not in classes


def classify_phrase(words: Sequence[Word], a: int, b: int, sentence_first: int) -> PhraseKind:
    """Classify the phrase ``words[a:b]`` (end exclusive) as a source."""
    # the head region ends at the first post-modifier ("a spokesman for McConnell")
    end = b
    for k in range(a + 1, b):
        if words[k].lower in _POST_MODIFIERS and not _inside_name(words, k, a, b, sentence_first):
            end = k
            break
    if end < b and words[b - 1].is_word and is_proper(words, b - 1, sentence_first):
        before = _strip_possessive(words[end - 1].lower)
        if "title" in word_classes().get(before, frozenset()) and words[end].lower == "of":
            end = b  # "Secretary of State John Kerry": the name at the end is the head
    # "Kakar the government spokesman": a name followed by a description without a comma
    for k in range(a + 1, end):
        if words[k].lower in ("the", "a", "an") and all(
            _name_word(words, x, sentence_first) or not words[x].is_word for x in range(a, k)
        ):
            return classify_phrase(words, a, k, sentence_first)
    head = end - 1
    while head > a and not words[head].is_word:
        head -= 1
    hw = words[head]
    lower = _strip_possessive(hw.lower)
    if end - a == 1 or head == a:
        classes = word_classes().get(lower, frozenset())
        if "pronoun_person" in classes:
            return PhraseKind("pron_person", False, head, lower)
        if "pronoun_thing" in classes:
            return PhraseKind("pron_thing", False, head, lower)
        if "pronoun_group" in classes:
            return PhraseKind("pron_group", False, head, lower)
        if "pronoun_self" in classes:
            return PhraseKind("self", False, head, lower)
    nouns = source_nouns()
    entry = nouns.get(lower)
    head_proper = _name_word(words, head, sentence_first)
    if head_proper and entry is not None and hw.capitalised and entry.cls in ("individual", "group"):
        # "Officials" at the start of a headline-cased phrase, "Experts"
        if not any(_name_word(words, k, sentence_first) for k in range(a, head)):
            head_proper = False
    if head_proper:
        # the name chunk: capitalised words (and name particles) running back from the head
        k = head
        while k - 1 >= a and (
            _name_word(words, k - 1, sentence_first)
            or words[k - 1].text in ".-"
            or words[k - 1].lower in _NAME_PARTICLES
            or is_proper(words, k - 1, sentence_first)
        ):
            k -= 1
        chunk = [words[j] for j in range(k, head + 1) if words[j].is_word]
        orgish = any(
            "org_word" in word_classes().get(_strip_possessive(w.lower), frozenset()) for w in chunk
        ) or (len(chunk) == 1 and _is_acronym(_strip_possessive(chunk[0].text)))
        head_org = "org_word" in word_classes().get(lower, frozenset()) or _is_acronym(_strip_possessive(hw.text))
        titled = any("title" in word_classes().get(_strip_possessive(w.lower), frozenset()) for w in chunk)
        if head_org or (orgish and not titled):
            return PhraseKind("named_organization", True, head, lower)
        return PhraseKind("named_person", True, head, lower)
    if entry is None:
        if any(_name_word(words, k, sentence_first) for k in range(a, head)):
            # "the Trump campaign", "The New Yorker piece": a named body or work
            return PhraseKind("named_organization", True, head, lower)
        # an unknown common noun ("the 40-year-old", "the Texan" is proper and handled above)
        plural = lower.endswith("s") and not lower.endswith("ss")
        return PhraseKind("unnamed_group" if plural else "unnamed_individual", False, head, lower)
    premodifier_named = any(_name_word(words, k, sentence_first) for k in range(a, head))
    if entry.cls == "document":
        if premodifier_named:
            return PhraseKind("document", True, head, entry.noun)
        return PhraseKind("unnamed_group" if entry.plural else "document", False, head, entry.noun)
    if entry.cls == "organization":
        if premodifier_named:
            return PhraseKind("named_organization", True, head, entry.noun)
        return PhraseKind("unnamed_group", False, head, entry.noun)
    if entry.cls == "group":
        if premodifier_named and lower in ("police", "military", "intelligence", "media", "press"):
            return PhraseKind("named_organization", True, head, entry.noun)
        return PhraseKind("unnamed_group", False, head, entry.noun)
    return PhraseKind("unnamed_group" if entry.plural else "unnamed_individual", False, head, entry.noun)


def _inside_name(words: Sequence[Word], k: int, a: int, b: int, first: int) -> bool:
    """Whether ``of``/``for``/``and`` at ``k`` joins two parts of one name ("Bank of America")."""
    w = words[k]
    if w.lower not in ("of", "for", "and", "&", "on", "at"):
        return False
    return (
        k - 1 >= a
        and k + 1 < b
        and is_proper(words, k - 1, first)
        and is_proper(words, k + 1, first)
        and "org_word" in word_classes().get(_strip_possessive(words[k - 1].lower), frozenset())
    )
