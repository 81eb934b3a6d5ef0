"""The counts behind the readability formulas, from one whitespace split and one cached sum.

textstat derives its words by deleting punctuation from the whole text (two regular-expression
passes) and splitting on white space, then counts syllables word by word; the letter and
character counts take further passes over the text.  Deleting characters never joins or splits
a whitespace-separated token, and textstat's one context rule (an ASCII apostrophe survives only
before ``t s d ve ll re``) looks at most two characters ahead, where white space and the end of a
token read the same.  So every count is a sum over the text's whitespace tokens, and each token's
share can be worked out once (with textstat's own functions) and remembered:

* whether it is a word (its textstat clean-up is not empty), and its syllables;
* its letters (word characters, what survives textstat's full punctuation removal).

A token's four numbers are packed into one integer, 40 bits apart, so a document's counts are
``sum(map(cache.__getitem__, tokens))`` run entirely in C.  Each field's total stays below
2 x len(text), so the fields cannot carry into one another for any text under 500 GB.

The one count that does look across tokens is the ARI character count, which textstat's rule
takes on the text with white space removed: there an apostrophe at the end of a token sees the
next token's first letters.  It is letters plus surviving apostrophes, and those are found on
the joined text with textstat's own contraction pattern, only when the text has an apostrophe.

tests/test_readability_equivalence.py proves every count equal to textstat's on arbitrary text.
"""

from __future__ import annotations

import re
from typing import Callable

import attrs

_SHIFT = 40
_POLY = 1 << _SHIFT
_SYLL = 1 << (2 * _SHIFT)
_LETTER = 1 << (3 * _SHIFT)
_FIELD = _POLY - 1

POLYSYLLABLE = 3
# Punctuation that commonly wraps a word ("said," "(IMU)" "“Our"): none of it is a word character
# or the ASCII apostrophe, so textstat's rules delete all of it whatever its neighbours.
_EDGE_PUNCTUATION = "!\"#$%&()*+,-./:;<=>?@[\\]^`{|}~“”‘’„«»‹›—–…"


@attrs.frozen(slots=True)
class Counts:
    """What the readability formulas need from a text (sentences come from elsewhere)."""

    words: int
    syllables: int
    polysyllables: int
    letters: int
    chars: int


class TokenCounter:
    """Counts texts through a process-wide, size-capped memory of each token's share.

    ``list_words`` and ``letters`` are textstat's word lister and letter rule applied to one
    token; ``syllables`` counts a lower-cased word; ``kept_apostrophe`` matches an apostrophe
    that textstat's punctuation removal keeps (its contraction pattern).  The memory is a plain
    dict keyed by the exact token, emptied when it would pass ``capacity``: news vocabulary
    repeats, so hits dominate, and a full clear costs less per call than keeping recency order.
    """

    def __init__(
        self,
        list_words: Callable[[str], list[str]],
        letters: Callable[[str], int],
        syllables: Callable[[str], int],
        kept_apostrophe: re.Pattern[str],
        capacity: int = 1 << 16,
    ) -> None:
        self._list_words = list_words
        self._letters = letters
        self._syllables = syllables
        self._kept_apostrophe = kept_apostrophe
        self.capacity = capacity
        self._packed: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._packed)

    def clear(self) -> None:
        self._packed.clear()

    def _pack(self, token: str) -> int:
        core = token.strip(_EDGE_PUNCTUATION)
        if core.isalnum():
            # Word characters (str.isalnum is the regex \w test, less "_") inside punctuation that
            # is neither \w nor an apostrophe: textstat's clean-up removes exactly that
            # punctuation, so the core is the word and every one of its characters a letter.
            n = self._syllables(core.lower())
            return 1 + (n >= POLYSYLLABLE) * _POLY + n * _SYLL + len(core) * _LETTER
        packed = self._letters(token) * _LETTER
        for word in self._list_words(token):
            n = self._syllables(word.lower())
            packed += 1 + (n >= POLYSYLLABLE) * _POLY + n * _SYLL
        return packed

    def _sum_with_misses(self, tokens: list[str]) -> int:
        cache = self._packed
        new = {token: self._pack(token) for token in set(tokens).difference(cache)}
        if len(cache) + len(new) > self.capacity:
            cache.clear()
        cache.update(new)
        try:
            return sum(map(cache.__getitem__, tokens))
        except KeyError:
            # The memory was emptied under this document (it overflowed just now, or another
            # thread emptied it): count from a table of this document's own tokens.
            table = {token: cache.get(token) for token in set(tokens)}
            for token, packed in table.items():
                if packed is None:
                    table[token] = cache[token] = self._pack(token)
            return sum(map(table.__getitem__, tokens))

    def counts(self, text: str) -> Counts:
        return self.counts_of_fields(text.split())

    def counts_of_fields(self, fields: list[str]) -> Counts:
        """The counts of a text whose whitespace split (``str.split()``) is ``fields``."""
        try:
            packed = sum(map(self._packed.__getitem__, fields))
        except KeyError:
            packed = self._sum_with_misses(fields)
        letters = packed >> (3 * _SHIFT)
        chars = letters
        joined = "".join(fields)
        if "'" in joined:
            chars += len(self._kept_apostrophe.findall(joined))
        return Counts(
            words=packed & _FIELD,
            syllables=(packed >> (2 * _SHIFT)) & _FIELD,
            polysyllables=(packed >> _SHIFT) & _FIELD,
            letters=letters,
            chars=chars,
        )
