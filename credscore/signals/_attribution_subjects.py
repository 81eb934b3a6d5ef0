"""The person a recent sentence opens with: the antecedent of a pronoun no earlier source explains.

"Boris Johnson visited the factory on Monday. “We will get Brexit done,” he said."  No source
comes before "he", but the sentence before opens with a person's name as its subject, and a
reader takes "he" to be him.  Only a name that is the whole subject counts ("Boris Johnson
visited", "Mr. Johnson, 55, said"); a name inside a phrase ("Johnson's aides") or after a
preposition does not, and nothing is guessed when no sentence within reach opens that way.
"""

from __future__ import annotations

import bisect
from typing import Final

from credscore.analysis import AnalyzedText
from credscore.signals._attribution_lexicon import source_nouns
from credscore.signals._attribution_names import NAME_PARTICLES, classify_phrase, is_proper
from credscore.signals._attribution_tokens import DocTokens, doc_tokens
from credscore.spans import Span, make_span

REACH: Final = 2  # how many sentences back a pronoun may find its subject
_NOUNS: Final = source_nouns()
# words that open a sentence with a capital and are never a name: negatives and quantifiers
_NOT_A_NAME: Final = frozenset("none neither either nor no every all both".split())
_OTHER_SEX: Final = {"he": frozenset(("mrs", "ms", "miss")), "she": frozenset(("mr",))}


def subject_before(doc: AnalyzedText, sentence: int, pronoun: str = "") -> Span | None:
    """The name of the person that opens one of the ``REACH`` article sentences before
    ``sentence`` (an index into ``doc.article_sentences``), nearest first; None when none does.
    A title that says the other sex than ``pronoun`` ("he" after "Mrs. Clinton") is passed over."""
    sentences = doc.article_sentences
    toks = doc_tokens(doc)
    for k in range(sentence - 1, max(-1, sentence - 1 - REACH), -1):
        sent = sentences[k]
        lo = bisect.bisect_left(toks.S, sent.start)
        hi = bisect.bisect_left(toks.S, sent.end, lo)
        span = _opening_person(toks, lo, hi)
        if span is not None and toks.L[lo] not in _OTHER_SEX.get(pronoun.lower(), ()):
            return span
    return None


def _opening_person(toks: DocTokens, lo: int, hi: int) -> Span | None:
    """The span of a person's name that is the whole subject at the start of tokens ``[lo, hi)``."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 8)  # a name with its title is short: the rest of the sentence is never read
    if L[lo] in _NOT_A_NAME or L[lo].endswith("ing"):
        return None  # "Neither Clinton nor Sanders has", "Entrusting Donald Trump with"
    k = lo
    while k < end and (is_proper(T, L, k, lo) or k > lo and (T[k] == "." or L[k] in NAME_PARTICLES)):
        k += 1
    # the subject ends where the verb or an apposition begins: "Johnson visited", "Johnson, 55,"
    if k == lo or k >= end or not (T[k] == "," or T[k][0].isalpha() and T[k][0].islower()):
        return None
    if L[k] in _NOUNS:
        return None  # "Clinton team quietly lining up": the name modifies a noun
    if T[k - 1] == "." or L[k - 1] in NAME_PARTICLES or L[k - 1].endswith(("'s", "’s")):
        return None  # "Johnson's aides visited": the subject is someone else
    if any(L[x] in ("and", "&") for x in range(lo, k)):
        return None  # "Smith and Jones visited": two people, never "he"
    phrase = classify_phrase(T, L, lo, k, lo)
    if phrase.source_type != "named_person":
        return None
    return make_span(toks.S[lo], toks.E[k - 1])
