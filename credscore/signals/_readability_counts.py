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

A token's four numbers are packed into one integer that fits a machine word (12, 12, 19 and 19
bits), so a document's counts are ``sum(map(cache.__getitem__, tokens))`` run entirely in C on
C longs: Python's ``sum`` adds machine integers without allocating while the total fits one.
A token takes the packed form only when its syllables and letters are below 256, and tokens are
summed at most 2,048 at a time, so no field can carry into the next (2,048 x 255 < 2^19).  The
rare token that does not fit (a run of text with no white space) is never remembered and is
added field by field.

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

# Field widths of the packed form: words and polysyllables count at most one per token, so a
# chunk of CHUNK tokens needs 12 bits each; syllables and letters (each below PER_TOKEN per
# token) need 19.  12 + 12 + 19 + 19 = 62 bits: a C long.
CHUNK = 2048
PER_TOKEN = 256
_POLY_SHIFT = 12
_SYLL_SHIFT = 24
_LETTER_SHIFT = 43
_WORD_MASK = (1 << 12) - 1
_SYLL_MASK = (1 << 19) - 1

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

    def _fields(self, token: str) -> tuple[int, int, int, int]:
        """The token's words, polysyllables, syllables and letters."""
        core = token.strip(_EDGE_PUNCTUATION)
        if core.isalnum():
            # Word characters (str.isalnum is the regex \w test, less "_") inside punctuation that
            # is neither \w nor an apostrophe: textstat's clean-up removes exactly that
            # punctuation, so the core is the word and every one of its characters a letter.
            n = self._syllables(core.lower())
            return 1, int(n >= POLYSYLLABLE), n, len(core)
        words = polysyllables = syllables = 0
        for word in self._list_words(token):
            n = self._syllables(word.lower())
            words += 1
            polysyllables += n >= POLYSYLLABLE
            syllables += n
        return words, polysyllables, syllables, self._letters(token)

    def _count_into(self, token: str, table: dict[str, int], oversized: dict[str, tuple[int, int, int, int]]) -> None:
        """Count ``token`` into ``table`` as its packed form, or into ``oversized`` when its counts
        do not fit one."""
        fields = self._fields(token)
        packed = _packed_form(fields)
        if packed is None:
            oversized[token] = fields
        else:
            table[token] = packed

    def _sum_with_misses(self, tokens: list[str]) -> tuple[int, int, int, int]:
        cache = self._packed
        table: dict[str, int] = {}
        oversized: dict[str, tuple[int, int, int, int]] = {}
        for token in set(tokens).difference(cache):
            self._count_into(token, table, oversized)
        if len(cache) + len(table) > self.capacity:
            cache.clear()
        cache.update(table)
        if not oversized:
            try:
                return _chunked_sum(cache, tokens)
            except KeyError:
                pass  # the memory was emptied under this document (by another thread)
        # count from a table of this document's own tokens
        for token in set(tokens):
            if token in table or token in oversized:
                continue
            packed = cache.get(token)
            if packed is None:
                self._count_into(token, table, oversized)
            else:
                table[token] = packed
        if not oversized:
            return _chunked_sum(table, tokens)
        words, polysyllables, syllables, letters = _chunked_sum(table, [t for t in tokens if t not in oversized])
        for token in tokens:
            extra = oversized.get(token)
            if extra is not None:
                words += extra[0]
                polysyllables += extra[1]
                syllables += extra[2]
                letters += extra[3]
        return words, polysyllables, syllables, letters

    def counts(self, text: str) -> Counts:
        return self.counts_of_fields(text.split())

    def counts_of_fields(self, fields: list[str]) -> Counts:
        """The counts of a text whose whitespace split (``str.split()``) is ``fields``."""
        try:
            words, polysyllables, syllables, letters = _chunked_sum(self._packed, fields)
        except KeyError:
            words, polysyllables, syllables, letters = self._sum_with_misses(fields)
        chars = letters
        joined = "".join(fields)
        if "'" in joined:
            chars += len(self._kept_apostrophe.findall(joined))
        return Counts(
            words=words, syllables=syllables, polysyllables=polysyllables, letters=letters, chars=chars
        )


def _packed_form(fields: tuple[int, int, int, int]) -> int | None:
    """A token's four counts as one machine integer, or None when they do not fit."""
    words, polysyllables, syllables, letters = fields
    if syllables >= PER_TOKEN or letters >= PER_TOKEN:
        return None
    return words + (polysyllables << _POLY_SHIFT) + (syllables << _SYLL_SHIFT) + (letters << _LETTER_SHIFT)


def _chunked_sum(table: dict[str, int], tokens: list[str]) -> tuple[int, int, int, int]:
    """Words, polysyllables, syllables and letters of ``tokens`` from their packed forms in
    ``table`` (KeyError when one is missing), CHUNK tokens per machine-integer sum."""
    words = polysyllables = syllables = letters = 0
    for i in range(0, len(tokens), CHUNK):
        packed = sum(map(table.__getitem__, tokens[i : i + CHUNK] if len(tokens) > CHUNK else tokens))
        words += packed & _WORD_MASK
        polysyllables += (packed >> _POLY_SHIFT) & _WORD_MASK
        syllables += (packed >> _SYLL_SHIFT) & _SYLL_MASK
        letters += packed >> _LETTER_SHIFT
    return words, polysyllables, syllables, letters
