"""Readability through textstat, offline and without its module-level language state.

textstat (>= 0.7.9) looks English syllables up in NLTK's CMU dictionary and downloads it on first
use, which stalls and then fails on an offline machine.  We never call that path: syllables come
from textstat's own Pyphen fallback (``len(pyphen.positions(word)) + 1``), words from textstat's
word lister, the formula constants from textstat's language table, and the language is passed
explicitly.  Sentences come from our own segmentation, which survives news text far better than
textstat's full-stop count.  The profile records the syllable backend.

Speed without changing a single value: textstat's rules are applied once per distinct
whitespace token and remembered (``_readability_counts``), Pyphen's points are found by an
automaton built from Pyphen's own patterns (``_readability_hyphen``), and all five formulas come
from one set of counts.  tests/test_readability_equivalence.py holds every value equal, float for
float, to the straightforward textstat computation.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import chain
from typing import Any

from credscore.analysis import AnalyzedText
from credscore.registry import SignalResult, register
from credscore.signals._readability_counts import TokenCounter

LANGUAGE = "en"
SYLLABLE_BACKEND = "pyphen"
# Distinct lower-cased words whose syllables are remembered (a plain dict, emptied when full).
WORD_CACHE_SIZE = 1 << 16

PROVIDES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "words_per_sentence",
    "syllables_per_word",
)

_word_syllables: dict[str, int] = {}


@lru_cache(maxsize=1)
def _textstat_parts() -> dict[str, Any]:
    # textstat's rules without importing textstat (its package pulls in NLTK and SciPy):
    # see _readability_text; Pyphen is textstat's own syllable dependency.
    import pyphen

    from credscore.signals._readability_hyphen import point_counter
    from credscore.signals._readability_text import FRE_ENGLISH, list_words, remove_punctuation

    hyphenator = pyphen.Pyphen(lang=LANGUAGE)
    return {
        "list_words": list_words,
        "remove_punctuation": remove_punctuation,
        "fre": FRE_ENGLISH,
        "points": point_counter(hyphenator),
        "pyphen_version": getattr(pyphen, "__version__", "unknown"),
    }


def word_syllables(word: str) -> int:
    """Syllables of one lower-cased word, as textstat counts them without CMUdict."""
    n = _word_syllables.get(word)
    if n is None:
        n = _textstat_parts()["points"](word) + 1
        if len(_word_syllables) >= WORD_CACHE_SIZE:
            _word_syllables.clear()
        _word_syllables[word] = n
    return n


@lru_cache(maxsize=1)
def _token_counter() -> TokenCounter:
    from credscore.signals._readability_text import CONTRACTION_APOSTROPHE

    parts = _textstat_parts()
    remove_punctuation = parts["remove_punctuation"]
    return TokenCounter(
        list_words=parts["list_words"],
        letters=lambda token: len(remove_punctuation(token, rm_apostrophe=True)),
        syllables=word_syllables,
        kept_apostrophe=re.compile(CONTRACTION_APOSTROPHE),
    )


def count_syllables(text: str) -> int:
    """Syllables in ``text``: textstat's own word list and Pyphen rule, without the network."""
    return _token_counter().counts(text).syllables


def readability_values(text: str, n_sentences: int) -> dict[str, float | None]:
    """The readability formulas over ``text`` with ``n_sentences`` sentences (None when empty)."""
    return readability_of_fields(text.split(), n_sentences)


def readability_of_fields(fields: list[str], n_sentences: int) -> dict[str, float | None]:
    """:func:`readability_values` of a text whose ``str.split()`` is ``fields``."""
    counts = _token_counter().counts_of_fields(fields)
    n_words = counts.words
    if n_words == 0 or n_sentences == 0:
        return dict.fromkeys(PROVIDES)
    # Keep these expressions operation for operation: the equivalence tests compare floats with ==.
    wps = n_words / n_sentences
    spw = counts.syllables / n_words
    base, per_sentence, per_syllable = _textstat_parts()["fre"]
    return {
        "flesch_reading_ease": base - per_sentence * wps - per_syllable * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "smog_index": 1.043 * math.sqrt(30 * counts.polysyllables / n_sentences) + 3.1291,
        "coleman_liau_index": 0.058 * (100 * counts.letters / n_words)
        - 0.296 * (100 * n_sentences / n_words)
        - 15.8,
        "automated_readability_index": 4.71 * (counts.chars / n_words) + 0.5 * wps - 21.43,
        "words_per_sentence": wps,
        "syllables_per_word": spw,
    }


@register(
    "readability",
    version=1,
    provides=PROVIDES,
    description="Flesch, Flesch-Kincaid, SMOG, Coleman-Liau and ARI over article sentences "
    "(textstat formulas, Pyphen syllables, offline)",
)
def readability(doc: AnalyzedText) -> SignalResult:
    # the sentences joined by white space: their fields one after another
    fields = doc.article_sentence_fields
    values = readability_of_fields(list(chain.from_iterable(fields)), len(fields))
    return SignalResult(
        values=values,
        meta={
            "syllable_backend": SYLLABLE_BACKEND,
            "pyphen": _textstat_parts()["pyphen_version"],
            "language": LANGUAGE,
        },
    )
