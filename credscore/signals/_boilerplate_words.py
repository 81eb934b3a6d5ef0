"""The words of a line as the boilerplate classifier reads them: lower case, digits as ``0``.

This module stays Python (setup.py does not compile it): ``line_words_python`` is the twin of the
C scanner ``credscore._scan.line_words`` and must lower-case exactly as Python does, which mypyc's
``str.lower()`` does not (it ignores the final-sigma rule: "ΌΣΟΣ" gives "όσοσ", Python "όσος").
"""

from __future__ import annotations

import re

from credscore.analysis import _non_space_python

# Letters and digits, or one of the symbols that cues are written with.
_TOKEN = re.compile(r"[^\W_]+|[©%]")


def normal_word(token: str) -> str:
    """Lower case, and every word with a digit read as ``0`` so "12 Comments" matches "0 comments"."""
    for ch in token:
        if ch.isdigit():
            return "0"
    return token.lower()


def words_of(text: str) -> list[str]:
    return [normal_word(m.group()) for m in _TOKEN.finditer(text)]


# Characters that separate menu items printed on one line ("News | Sport | Weather").
SEPARATORS = "|•·»«"


def line_words_python(text: str, stops: frozenset[str]) -> tuple[list[str], int, int, int, int, int, int]:
    """The normalised words of a line; how many are alphabetic, stop words, capitalised content
    words and words with a digit; and the line's non-space characters and menu separators
    (``credscore._scan.line_words`` in pure Python)."""
    words: list[str] = []
    n_alpha = n_stop = capitals = digit_words = 0
    for t in _TOKEN.findall(text):
        if t.isalpha():
            w = t.lower()
            n_alpha += 1
            if w in stops:
                n_stop += 1
            elif t[0].isupper():
                capitals += 1
        else:
            w = normal_word(t)
            if w == "0":
                digit_words += 1
        words.append(w)
    non_space = _non_space_python(text, 0, len(text))
    separators = sum(map(text.count, SEPARATORS))
    return words, n_alpha, n_stop, capitals, digit_words, non_space, separators
