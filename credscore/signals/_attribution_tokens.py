"""The document's tokens as parallel lists, the form the sourcing scanner reads.

The scanner looks at the words around every cue many times over; plain lists of strings and
offsets, the document's own token lists, make each look a list index instead of an object built
per token.
"""

from __future__ import annotations

import bisect

from credscore.analysis import AnalyzedText


class DocTokens:
    """``T[k]``, ``L[k]``, ``S[k]``, ``E[k]``: the text, lower-cased text, start and end of token k.

    The lists are the document's shared token lists (copies only when two-apostrophe marks are
    merged); nothing here modifies them.
    """

    __slots__ = ("T", "L", "S", "E")

    def __init__(self, T: list[str], L: list[str], S: list[int], E: list[int]) -> None:
        self.T = T
        self.L = L
        self.S = S
        self.E = E


def _compute(doc: AnalyzedText) -> DocTokens:
    text = doc.text
    toks = doc.tokens
    T, L, S, E = toks.texts, toks.lowered(), toks.starts, toks.ends
    if "''" in text:
        # copies: the merge edits them, and the shared lists must stay intact
        T, L, S, E = list(T), list(L), list(S), list(E)
        _merge_apostrophe_pairs(text, T, L, S, E)
    return DocTokens(T, L, S, E)


def _merge_apostrophe_pairs(text: str, T: list[str], L: list[str], S: list[int], E: list[int]) -> None:
    """Two touching apostrophes stand for a double quotation mark: one token, read as '"'."""
    pairs = []
    pos = text.find("''")
    while pos >= 0:
        k = bisect.bisect_left(S, pos)
        if k + 1 < len(T) and S[k] == pos and T[k] == "'" and T[k + 1] == "'" and S[k + 1] == pos + 1:
            pairs.append(k)
            pos = text.find("''", pos + 2)
        else:
            pos = text.find("''", pos + 1)
    for k in reversed(pairs):
        T[k] = L[k] = '"'
        E[k] = E[k + 1]
        del T[k + 1], L[k + 1], S[k + 1], E[k + 1]


def doc_tokens(doc: AnalyzedText) -> DocTokens:
    """The document's tokens as parallel lists (computed once per document)."""
    return doc.memo("sourcing.tokens", _compute)  # type: ignore[return-value]
