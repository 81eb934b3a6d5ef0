"""The document's tokens as parallel lists, the form the sourcing scanner reads.

The scanner looks at the words around every cue many times over; plain lists of strings and
offsets, the document's own token lists, make each look a list index instead of an object built
per token.
"""

from __future__ import annotations

from credscore._int_bisect import bisect_left
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


def _two_apostrophes(doc: AnalyzedText) -> bool:
    return "''" in doc.text


def has_apostrophe_pairs(doc: AnalyzedText) -> bool:
    """Whether the text holds two touching apostrophes, a quotation mark in some house styles
    (asked once per document: the token lists and the quotations both need it, and the search
    reads the whole text)."""
    return doc.memo("sourcing.two_apostrophes", _two_apostrophes)  # type: ignore[return-value]


def _compute(doc: AnalyzedText) -> DocTokens:
    text = doc.text
    toks = doc.tokens
    T, L, S, E = toks.texts, toks.lowered(), toks.starts, toks.ends
    if has_apostrophe_pairs(doc):
        pairs = _apostrophe_pairs(text, T, S)
        if pairs:
            return _merged(T, L, S, E, pairs)
    return DocTokens(T, L, S, E)


def _apostrophe_pairs(text: str, T: list[str], S: list[int]) -> list[int]:
    """The indices k where tokens k and k+1 are two touching apostrophes, in order."""
    pairs = []
    pos = text.find("''")
    while pos >= 0:
        k = bisect_left(S, pos)
        if k + 1 < len(T) and S[k] == pos and T[k] == "'" and T[k + 1] == "'" and S[k + 1] == pos + 1:
            pairs.append(k)
            pos = text.find("''", pos + 2)
        else:
            pos = text.find("''", pos + 1)
    return pairs


def _merged(T: list[str], L: list[str], S: list[int], E: list[int], pairs: list[int]) -> DocTokens:
    """New lists (the shared ones stay intact) in which each pair is one token, read as '"'.

    Built in one pass: deleting the second apostrophe of each pair from the lists in place cost
    time proportional to the document for every pair, quadratic in a long document full of them.
    """
    t2: list[str] = []
    l2: list[str] = []
    s2: list[int] = []
    e2: list[int] = []
    last = 0
    for k in pairs:
        t2 += T[last:k]
        l2 += L[last:k]
        s2 += S[last:k]
        e2 += E[last:k]
        t2.append('"')
        l2.append('"')
        s2.append(S[k])
        e2.append(E[k + 1])
        last = k + 2
    t2 += T[last:]
    l2 += L[last:]
    s2 += S[last:]
    e2 += E[last:]
    return DocTokens(t2, l2, s2, e2)


def doc_tokens(doc: AnalyzedText) -> DocTokens:
    """The document's tokens as parallel lists (computed once per document)."""
    return doc.memo("sourcing.tokens", _compute)  # type: ignore[return-value]
