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
    joins = [(k, 2, '"') for k in _apostrophe_pairs(text, T, S)] if has_apostrophe_pairs(doc) else []
    dotted = _dotted_possessives(text, T, S, E)  # (its searches are the test for the marks: no scan before them)
    if dotted:
        joins = sorted(joins + dotted)
    if joins:
        return _merged(T, L, S, E, joins)
    return DocTokens(T, L, S, E)


_APOSTROPHES = frozenset("'’")


def _dotted_possessives(text: str, T: list[str], S: list[int], E: list[int]) -> list[tuple[int, int, str]]:
    """Each owner written with an abbreviation's dot ("Acme Corp.'s", "the U.S.'s"), whose four
    tokens (word, dot, apostrophe, "s") become one, as "Smith's" is one: (index, 4, its text)."""
    joins = []
    n = len(T)
    for mark in (".'s", ".’s", ".'S", ".’S"):
        pos = text.find(mark)
        while pos >= 0:
            k = bisect_left(S, pos) - 1  # the word that ends at the dot
            if (
                0 <= k and k + 3 < n and E[k] == pos and T[k][-1:].isalnum() and T[k + 1] == "." and T[k + 2] in _APOSTROPHES
                and T[k + 3] in ("s", "S") and S[k + 3] == pos + 2 and (k + 4 >= n or S[k + 4] > E[k + 3])
            ):
                joins.append((k, 4, text[S[k] : E[k + 3]]))
            pos = text.find(mark, pos + 3)
    return joins


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


def _merged(T: list[str], L: list[str], S: list[int], E: list[int], joins: list[tuple[int, int, str]]) -> DocTokens:
    """New lists (the shared ones stay intact) in which each join ``(k, width, text)`` makes the
    ``width`` tokens from ``k`` one token that reads ``text`` (a pair of apostrophes reads '"').

    Built in one pass: deleting the second apostrophe of each pair from the lists in place cost
    time proportional to the document for every pair, quadratic in a long document full of them.
    """
    t2: list[str] = []
    l2: list[str] = []
    s2: list[int] = []
    e2: list[int] = []
    last = 0
    for k, width, joined in joins:
        if k < last:
            continue  # (overlapping joins cannot happen, but a token is never taken twice)
        t2 += T[last:k]
        l2 += L[last:k]
        s2 += S[last:k]
        e2 += E[last:k]
        t2.append(joined)
        l2.append(joined.lower())
        s2.append(S[k])
        e2.append(E[k + width - 1])
        last = k + width
    t2 += T[last:]
    l2 += L[last:]
    s2 += S[last:]
    e2 += E[last:]
    return DocTokens(t2, l2, s2, e2)


def doc_tokens(doc: AnalyzedText) -> DocTokens:
    """The document's tokens as parallel lists (computed once per document)."""
    return doc.memo("sourcing.tokens", _compute)  # type: ignore[return-value]
