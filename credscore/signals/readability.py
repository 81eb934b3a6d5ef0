"""Readability through textstat, offline and without its module-level language state.

textstat (>= 0.7.9) looks English syllables up in NLTK's CMU dictionary and downloads it on first
use, which stalls and then fails on an offline machine.  We never call that path: syllables come
from textstat's own Pyphen fallback (``len(pyphen.positions(word)) + 1``), words from textstat's
word lister, the formula constants from textstat's language table, and the language is passed
explicitly.  Sentences come from our own segmentation, which survives news text far better than
textstat's full-stop count.  The profile records the syllable backend.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from credscore.analysis import AnalyzedText
from credscore.registry import SignalResult, register

LANGUAGE = "en"
SYLLABLE_BACKEND = "pyphen"

PROVIDES = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "words_per_sentence",
    "syllables_per_word",
)


@lru_cache(maxsize=1)
def _textstat_parts() -> dict[str, Any]:
    # Imported on first use: textstat imports NLTK, which takes seconds.
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.transformations._remove_punctuation import remove_punctuation
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg
    from textstat.backend.utils._get_pyphen import get_pyphen

    import pyphen

    return {
        "list_words": list_words,
        "remove_punctuation": remove_punctuation,
        "fre": tuple(
            get_lang_cfg(LANGUAGE, key)
            for key in ("fre_base", "fre_sentence_length", "fre_syll_per_word")
        ),
        "pyphen": get_pyphen(LANGUAGE),
        "pyphen_version": getattr(pyphen, "__version__", "unknown"),
    }


@lru_cache(maxsize=65536)
def word_syllables(word: str) -> int:
    """Syllables of one lower-cased word, as textstat counts them without CMUdict."""
    return len(_textstat_parts()["pyphen"].positions(word)) + 1


def count_syllables(text: str) -> int:
    """Syllables in ``text``: textstat's own word list and Pyphen rule, without the network."""
    words = _textstat_parts()["list_words"](text, lowercase=True)
    return sum(word_syllables(w) for w in words)


def readability_values(text: str, n_sentences: int) -> dict[str, float | None]:
    """The readability formulas over ``text`` with ``n_sentences`` sentences (None when empty)."""
    parts = _textstat_parts()
    words = parts["list_words"](text)
    n_words = len(words)
    if n_words == 0 or n_sentences == 0:
        return dict.fromkeys(PROVIDES)
    syllables = [word_syllables(w.lower()) for w in words]
    n_syll = sum(syllables)
    n_poly = sum(1 for s in syllables if s >= 3)
    no_space = "".join(text.split())
    n_chars = len(parts["remove_punctuation"](no_space, rm_apostrophe=False))
    n_letters = len(parts["remove_punctuation"](no_space, rm_apostrophe=True))
    wps = n_words / n_sentences
    spw = n_syll / n_words
    base, per_sentence, per_syllable = parts["fre"]
    return {
        "flesch_reading_ease": base - per_sentence * wps - per_syllable * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "smog_index": 1.043 * math.sqrt(30 * n_poly / n_sentences) + 3.1291,
        "coleman_liau_index": 0.058 * (100 * n_letters / n_words)
        - 0.296 * (100 * n_sentences / n_words)
        - 15.8,
        "automated_readability_index": 4.71 * (n_chars / n_words) + 0.5 * wps - 21.43,
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
    sentences = doc.article_sentences
    text = "\n".join(doc.text[s.start : s.end] for s in sentences)
    values = readability_values(text, len(sentences))
    return SignalResult(
        values=values,
        meta={
            "syllable_backend": SYLLABLE_BACKEND,
            "pyphen": _textstat_parts()["pyphen_version"],
            "language": LANGUAGE,
        },
    )
