"""textstat's word list and punctuation rules, restated so that scoring never imports textstat.

Importing any part of textstat runs its package ``__init__``, which imports NLTK, SciPy,
scikit-learn and pandas: about 2 s and 200 MB of resident memory, for three regular expressions
and three constants.  These are textstat 0.7's rules, written out here; the tests compare every
function with textstat's own on arbitrary text (tests/test_readability_equivalence.py,
tests/test_readability.py), so a textstat release that changes them fails the suite instead of
drifting silently.
"""

from __future__ import annotations

import re

# An apostrophe kept as part of an English contraction ("don't", "we've"): textstat's rule.
CONTRACTION_APOSTROPHE = r"'(?=[tsd]|ve|ll|re)"
_NONCONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION_BUT_APOSTROPHE = re.compile(r"[^\w\s']")
_PUNCTUATION = re.compile(r"[^\w\s]")

# Flesch reading ease for English: base, weight of sentence length, weight of syllables per word.
FRE_ENGLISH = (206.835, 1.015, 84.6)


def remove_punctuation(text: str, rm_apostrophe: bool) -> str:
    """textstat's ``remove_punctuation``: every punctuation mark, or all but contraction apostrophes."""
    if rm_apostrophe:
        return _PUNCTUATION.sub("", text)
    return _PUNCTUATION_BUT_APOSTROPHE.sub("", _NONCONTRACTION_APOSTROPHE.sub("", text))


def list_words(text: str) -> list[str]:
    """textstat's ``list_words`` with its defaults: punctuation removed, contractions kept whole."""
    return remove_punctuation(text, rm_apostrophe=False).split()
