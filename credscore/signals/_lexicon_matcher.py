"""Token-level lexicon matching: one pass over a document's tokens.

Lexicon entries (single words and multi-word phrases) are expanded once per process into their
inflected surface forms and indexed by their first token.  Matching walks the token list once;
at each token it looks the token up in a dict and tries only the phrases that start with it,
longest first, so the cost is linear in the document whatever the size of the lexicon (no
regular expression per entry).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import Any, Iterable, Sequence

import attrs

from credscore import lexicons

_VOWELS = frozenset("aeiou")
# Contractions whose "'s" is not a possessive: they keep it so phrases such as "it's clear" match.
_KEEP_S = frozenset({"it's", "that's", "there's", "what's", "he's", "she's", "let's", "here's"})


@attrs.frozen(slots=True)
class Entry:
    """One lexicon row.  ``kind`` says which lexicon it came from: loaded, hedge or descriptive."""

    term: str
    kind: str
    category: str
    intensity: float
    pos: str


@attrs.frozen(slots=True)
class Match:
    """An entry found at tokens ``[first, end)``; ``pos`` is the part of speech of the form seen."""

    first: int
    end: int
    entry: Entry
    pos: str


# --- inflection -----------------------------------------------------------------------------


def _plural(w: str) -> set[str]:
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return {w + "es"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return {w[:-1] + "ies"}
    if w.endswith("man"):
        return {w[:-3] + "men", w + "s"}
    return {w + "s"}


def _verb_forms(w: str) -> set[str]:
    """Third person, past and gerund.  Consonant doubling is generated both ways: a spurious
    form ("slamed") never occurs in text, so over-generating costs nothing."""
    out = {w}
    if w.endswith(("s", "x", "z", "ch", "sh")):
        out.add(w + "es")
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out.add(w[:-1] + "ies")
    else:
        out.add(w + "s")
    if w.endswith("e"):
        out |= {w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        out |= {w[:-1] + "ied", w + "ing"}
    else:
        out |= {w + "ed", w + "ing"}
        if len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS:
            out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


def _adverb(w: str) -> str:
    if w.endswith("ic"):
        return w + "ally"
    if w.endswith("le") and len(w) > 3 and w[-3] not in _VOWELS:
        return w[:-1] + "y"
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return w[:-1] + "ily"
    if w.endswith("ll"):
        return w + "y"
    return w + "ly"


def word_forms(word: str, pos: str) -> dict[str, str]:
    """Surface forms of ``word`` mapped to their part of speech (n, v, a, r or x)."""
    forms: dict[str, str] = {}
    # the base form's role, in order of preference for expansion: adjective, noun, verb
    base = next((p for p in "anvr" if p in pos), "x")
    forms[word] = base
    if "v" in pos:
        for f in _verb_forms(word):
            forms.setdefault(f, "v")
    if "n" in pos:
        for f in _plural(word):
            forms.setdefault(f, "n")
    if "a" in pos:
        forms.setdefault(_adverb(word), "r")
    return forms


def surface_forms(term: str, pos: str) -> dict[tuple[str, ...], str]:
    """Every token sequence that spells ``term``, mapped to the part of speech of the form."""
    words = term.lower().split()
    starred = [i for i, w in enumerate(words) if w.endswith("*")]
    words = [w.rstrip("*") for w in words]
    if len(words) == 1:
        inflect = {0}
    else:
        inflect = set(starred)
    slots: list[list[tuple[tuple[str, ...], str]]] = []
    for i, w in enumerate(words):
        forms = word_forms(w, pos) if i in inflect else {w: "x"}
        slot = []
        # a hyphenated word is one token ("so-called"); spaced spellings are listed as rows of
        # their own, because splitting blindly turns "would-be" into the verb phrase "would be"
        for f, p in forms.items():
            slot.append(((f,), p))
        slots.append(slot)
    out: dict[tuple[str, ...], str] = {}
    phrase_pos = next((p for p in "anvr" if p in pos), "x")
    for combo in product(*slots):
        seq = tuple(tok for part, _ in combo for tok in part)
        if len(words) == 1:
            out.setdefault(seq, combo[0][1])
        else:
            inflected = [p for (_, p), i in zip(combo, range(len(words))) if i in inflect]
            out.setdefault(seq, inflected[0] if inflected else phrase_pos)
    return out


# --- the matcher ------------------------------------------------------------------------------


def normalize(token: str) -> str:
    """The lookup key of a token: lower case, curly apostrophes straightened, possessive dropped."""
    t = token.lower()
    if "’" in t or "‘" in t:
        t = t.replace("’", "'").replace("‘", "'")
    return _strip_possessive(t) if "'" in t else t


def _strip_possessive(t: str) -> str:
    if t.endswith("'s") and len(t) > 3 and t not in _KEEP_S:
        return t[:-2]
    if t.endswith("'") and len(t) > 2:
        return t[:-1]
    return t


def token_keys(text: str, tokens: Sequence[Any]) -> list[str]:
    """:func:`normalize` of every token, lower-casing the text once rather than per token."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): offsets would drift
        return [normalize(text[t.start : t.end]) for t in tokens]
    if "’" in low or "‘" in low:
        low = low.replace("’", "'").replace("‘", "'")
    out = []
    for t in tokens:
        k = low[t.start : t.end]
        out.append(_strip_possessive(k) if "'" in k else k)
    return out


class Matcher:
    """Longest-match lookup of many entries over a token sequence.

    Built once per process (see :func:`default_matcher`); ``__init__`` does all the work so that
    matching is a dict lookup per token.
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        # first token -> (the one-word entry, second token -> longer phrases, longest first)
        index: dict[str, tuple[tuple[Entry, str] | None, dict[str, list]]] = {}
        seen: set[tuple[str, ...]] = set()
        # descriptive rows go first so that, for the very same token sequence, the neutral
        # reading wins; otherwise longest match decides
        ordered = sorted(entries, key=lambda e: e.kind != "descriptive")
        for entry in ordered:
            for seq, pos in surface_forms(entry.term, entry.pos).items():
                if seq in seen:
                    continue
                seen.add(seq)
                single, longer = index.get(seq[0], (None, {}))
                if len(seq) == 1:
                    single = (entry, pos)
                else:
                    longer.setdefault(seq[1], []).append((seq, entry, pos))
                index[seq[0]] = (single, longer)
        for _, longer in index.values():
            for cands in longer.values():
                cands.sort(key=lambda c: -len(c[0]))
        self._index = index
        self.size = len(seen)

    def match(self, keys: Sequence[str]) -> list[Match]:
        """Non-overlapping matches over normalized tokens, leftmost and then longest first."""
        out: list[Match] = []
        index = self._index
        n = len(keys)
        i = 0
        while i < n:
            slot = index.get(keys[i])
            if slot is None:
                i += 1
                continue
            single, longer = slot
            found = None
            if longer and i + 1 < n:
                for seq, entry, pos in longer.get(keys[i + 1], ()):
                    length = len(seq)
                    if i + length <= n and all(keys[i + k] == seq[k] for k in range(2, length)):
                        found = Match(i, i + length, entry, pos)
                        break
            if found is None and single is not None:
                found = Match(i, i + 1, single[0], single[1])
            if found is None:
                i += 1
            else:
                out.append(found)
                i = found.end
        return out


def _rows(name: str, kind: str) -> list[Entry]:
    out = []
    for row in lexicons.rows(name):
        if kind == "descriptive":
            term, category, pos = row[0], row[1], row[2] if len(row) > 2 else "x"
            out.append(Entry(term, kind, category, 0.0, pos or "x"))
        else:
            term, category, intensity = row[0], row[1], float(row[2])
            pos = row[3] if len(row) > 3 and row[3] else "x"
            out.append(Entry(term, kind, category, intensity, pos))
    return out


@lru_cache(maxsize=1)
def lexicon_entries() -> tuple[Entry, ...]:
    """Every row of the language lexicons, tagged with its kind.

    The hand-written loaded rows come before the VADER-derived ``language_valence`` rows, so for
    the same surface form the hand-set category and intensity win.
    """
    return tuple(
        _rows("loaded_language", "loaded")
        + _rows("language_valence", "loaded")
        + _rows("hedges", "hedge")
        + _rows("descriptive_terms", "descriptive")
    )


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    """The process-wide matcher over the shipped lexicons."""
    return Matcher(lexicon_entries())
