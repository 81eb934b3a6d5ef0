"""Pyphen's hyphenation-point count, found in one pass over the word with Pyphen's own patterns.

textstat's syllable fallback is ``len(pyphen.positions(word)) + 1``.  Pyphen finds the points by
looking up every substring of ``.word.`` up to its longest pattern (19 characters for English),
about 200 dictionary probes and ~50 µs for a new ten-letter word.  Here the same patterns are
compiled once into an Aho-Corasick automaton: one step per character finds every pattern that
ends there, and each state carries the max-merged values of all of them, so a new word costs a
few microseconds.  Same patterns, same max-merge, same odd-value rule, same left/right margins:
the count is Pyphen's.  It also skips Pyphen's per-word cache, which is unbounded and would grow
for as long as a service runs (credscore keeps its own bounded caches).

tests/test_readability_equivalence.py proves the count equal to Pyphen's on arbitrary words.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable

Emits = tuple[tuple[int, int], ...]
Patterns = dict[str, tuple[int, tuple[int, ...]]]


def _automaton(patterns: Patterns) -> tuple[list[dict[str, int]], list[int], list[Emits]]:
    """Goto table, failure links and per-state emitted values of Pyphen's pattern set.

    A state's emits are ``(offset from the end of the match, value)`` pairs, max-merged over
    every pattern that is a suffix of the state's string (its own and its failure chain's).
    """
    goto: list[dict[str, int]] = [{}]
    own: list[dict[int, int]] = [{}]
    for key, (offset, values) in patterns.items():
        state = 0
        for ch in key:
            nxt = goto[state].get(ch)
            if nxt is None:
                nxt = goto[state][ch] = len(goto)
                goto.append({})
                own.append({})
            state = nxt
        # values[t] lands on refs[start + offset + t], and start = end - len(key)
        own[state] = {offset + t - len(key): value for t, value in enumerate(values)}
    fail = [0] * len(goto)
    emits: list[Emits] = [()] * len(goto)
    merged: list[dict[int, int]] = [{} for _ in goto]
    shared: dict[Emits, Emits] = {}  # many states emit alike; keep one tuple of each
    queue = deque(goto[0].values())
    while queue:  # breadth first, so a failure target is finished before its dependants
        state = queue.popleft()
        values = dict(merged[fail[state]])
        for rel, value in own[state].items():
            if value > values.get(rel, 0):
                values[rel] = value
        merged[state] = values
        emitted = tuple(sorted(values.items()))
        emits[state] = shared.setdefault(emitted, emitted)
        for ch, nxt in goto[state].items():
            f = fail[state]
            while f and ch not in goto[f]:
                f = fail[f]
            target = goto[f].get(ch, 0)
            fail[nxt] = target if target != nxt else 0
            queue.append(nxt)
    return goto, fail, emits


def point_counter(hyphenator: Any) -> Callable[[str], int]:
    """A function giving ``len(hyphenator.positions(word))`` for a ``pyphen.Pyphen``."""
    patterns = hyphenator.hd.patterns
    if "." in patterns:
        # Pyphen never matches a pattern that starts on the closing dot; the automaton would,
        # and only a bare "." pattern can do that.  No dictionary in Pyphen 0.18 has one.
        return lambda word: len(hyphenator.positions(word))
    goto, fail, emits = _automaton(patterns)
    left, right_margin = hyphenator.left, hyphenator.right

    def count_points(word: str) -> int:
        pointed = f".{word.lower()}."
        refs = [0] * (len(pointed) + 1)
        state = 0
        for end, ch in enumerate(pointed, 1):
            while True:
                nxt = goto[state].get(ch)
                if nxt is not None:
                    state = nxt
                    break
                if not state:
                    break
                state = fail[state]
            for rel, value in emits[state]:
                if value > refs[end + rel]:
                    refs[end + rel] = value
        # Pyphen's point ``index - 1`` counts when it lies within the margins, measured on the
        # word as passed (before lower-casing), as Pyphen.positions does.
        last = len(word) - right_margin
        indices = range(max(left + 1, 0), min(last + 1, len(pointed)) + 1)
        return sum(1 for index in indices if refs[index] % 2)

    return count_points
