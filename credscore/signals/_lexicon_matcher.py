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
from typing import Final, Iterable, Sequence, TYPE_CHECKING

import attrs

from credscore import lexicons
from credscore._int_bisect import bisect_right
from credscore._records import fields_repr

if TYPE_CHECKING:
    from credscore.analysis import Tokens

_VOWELS: Final = frozenset("aeiou")
# Contractions whose "'s" is not a possessive: they keep it so phrases such as "it's clear" match.
_KEEP_S: Final = frozenset({"it's", "that's", "there's", "what's", "he's", "she's", "let's", "here's"})


_ENTRY_FIELDS: Final = ("term", "kind", "category", "intensity", "pos")  # and the derived name
_MATCH_FIELDS: Final = ("first", "end", "entry", "pos")


class Entry:
    """One lexicon row.  ``kind`` says which lexicon it came from: loaded, hedge or descriptive.

    A plain class, read-only by convention, for the reason :class:`Match` is one: every match
    reads its entry's fields.
    """

    __slots__ = _ENTRY_FIELDS + ("name",)

    def __init__(self, term: str, kind: str, category: str, intensity: float, pos: str) -> None:
        self.term = term
        self.kind = kind
        self.category = category
        self.intensity = intensity
        self.pos = pos
        # the term as written in text, without the inflection marks ("leave* no doubt" -> "leave
        # no doubt"), computed once here rather than for every hit
        self.name = term.replace("*", "")

    def __repr__(self) -> str:
        return fields_repr(self, _ENTRY_FIELDS)


class Match:
    """An entry found at tokens ``[first, end)``; ``pos`` is the part of speech of the form seen.

    A plain class rather than an attrs one: some twenty are built per document and read field by
    field by the language family, and compiled (setup.py) a plain class is a native record whose
    construction and reads are direct.  Treat it as read-only.
    """

    __slots__ = _MATCH_FIELDS

    def __init__(self, first: int, end: int, entry: Entry, pos: str) -> None:
        self.first = first
        self.end = end
        self.entry = entry
        self.pos = pos

    def __repr__(self) -> str:
        return fields_repr(self, _MATCH_FIELDS)


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


def _graded(w: str) -> set[str]:
    """Comparative and superlative ("viler", "wokest", "crazier").  Generated for every
    adjective: a form no one writes ("ruthlesser") never occurs, so it costs nothing."""
    if w.endswith("e"):
        return {w + "r", w + "st"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return {w[:-1] + "ier", w[:-1] + "iest"}
    out = {w + "er", w + "est"}
    if len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS:
        out |= {w + w[-1] + "er", w + w[-1] + "est"}
    return out


def _quality_noun(w: str) -> str:
    """The "-ness" noun of an adjective: "ruthlessness", "shamelessness", "craziness"."""
    if w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        return w[:-1] + "iness"
    return w + "ness"


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
        if "-" not in word:  # "far-leftest" is not English; graded hyphenated words are rare
            for f in _graded(word):
                forms.setdefault(f, "a")
        forms.setdefault(_quality_noun(word), "n")
    return forms


def surface_forms(term: str, pos: str) -> dict[tuple[str, ...], str]:
    """Every token sequence that spells ``term``, mapped to the part of speech of the form."""
    words = term.lower().split()
    starred = [i for i, w in enumerate(words) if w.endswith("*")]
    words = [w.rstrip("*") for w in words]
    if len(words) == 1:
        inflect = {0}
    elif starred:
        inflect = set(starred)
    elif "n" in pos:
        inflect = {len(words) - 1}  # a noun phrase inflects its head, the last word
    elif "v" in pos:
        inflect = {0}  # a verb phrase inflects its verb, the first word
    else:
        inflect = set()
    slots: list[list[tuple[tuple[str, ...], str]]] = []
    for i, w in enumerate(words):
        forms = word_forms(w, pos) if i in inflect else {w: "x"}
        slot: list[tuple[tuple[str, ...], str]] = []
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


def token_keys(text: str, tokens: Tokens) -> list[str]:
    """:func:`normalize` of every token, from the tokens' shared lower-cased texts; only the few
    tokens that hold an apostrophe need more than that."""
    keys = list(tokens.lowered())
    marked: set[int] = set()
    for mark in ("'", "’", "‘"):
        if mark in text:
            marked.update(tokens_with(text, mark, tokens))
    for i in marked:
        keys[i] = normalize(keys[i])
    return keys


def tokens_with(text: str, char: str, tokens: Tokens) -> list[int]:
    """Indices of the tokens that contain ``char``, found from the character's few positions
    in ``text`` rather than by testing every token."""
    out: list[int] = []
    starts, ends = tokens.starts, tokens.ends
    pos = text.find(char)
    while pos != -1:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < ends[i] and (not out or out[-1] != i):
            out.append(i)
        pos = text.find(char, pos + 1)
    return out


@attrs.frozen(slots=True)
class Affixes:
    """Productive parts of hyphenated words ("ultra-", "-loving", "-in-chief").

    ``prefixes`` and ``suffixes`` map the part (without its hyphen) to the entry a compound
    built on it counts as; ``carriers`` are suffixes that pass on the charge of the word before
    them ("rage-filled"); ``blocking`` are prefixes that turn the rest of the word around
    ("anti-fascist" is not name-calling); ``exceptions`` are whole words an affix rule must
    leave alone ("commander-in-chief").
    """

    prefixes: dict[str, Entry]
    suffixes: dict[str, Entry]
    carriers: frozenset[str]
    blocking: frozenset[str]
    exceptions: frozenset[str]


NO_AFFIXES: Final = Affixes({}, {}, frozenset(), frozenset(), frozenset())

# The commonest words of English: a phrase that starts with them is looked up from a rarer word.
COMMON_WORDS: Final = frozenset(
    """
    the a an of to in on at for with by from and or but as is are was were be been being it its
    this that these those there here he she they we you i his her their our your my not no so if
    than then up out over under into about after before all some any more most which who what
    when where how do does did has have had will would can could should just also only one
    """.split()
)


class Matcher:
    """Longest-match lookup of many entries over a token sequence.

    Built once per process (see :func:`default_matcher`); ``__init__`` does all the work so that
    matching is a dict lookup per token.
    """

    def __init__(self, entries: Iterable[Entry], affixes: Affixes = NO_AFFIXES) -> None:
        # first token -> (the one-word entry, second token -> longer phrases, longest first)
        index: dict[str, tuple[tuple[Entry, str] | None, dict[str, list]]] = {}
        seen: set[tuple[str, ...]] = set()
        # descriptive rows go first so that, for the very same token sequence, the neutral
        # reading wins; otherwise longest match decides
        ordered = sorted(entries, key=lambda e: e.kind != "descriptive")
        # a spelling written as a row of its own wins over the same spelling generated from
        # another row: "aggressively" (0.35) is stronger than its adjective "aggressive" (0.25)
        spelled = {tuple(e.term.replace("*", "").lower().split()): e for e in reversed(ordered)}
        forms: list[tuple[tuple[str, ...], Entry, str]] = []
        for entry in ordered:
            for seq, pos in surface_forms(entry.term, entry.pos).items():
                owner = spelled.get(seq)
                if owner is None or owner is entry:
                    forms.append((seq, entry, pos))
        for seq, entry, pos in forms:
            if seq in seen:
                continue
            seen.add(seq)
            if len(seq) == 1 and entry.kind == "descriptive":
                # A descriptive word only has to keep its spelling away from the loaded rows
                # (``seen`` does that); as a match of its own it would block nothing, since
                # longer phrases are tried first, so it is left out of the lookup.
                continue
            single, longer = index.get(seq[0], (None, {}))
            if len(seq) == 1:
                single = (entry, pos)
            else:
                longer.setdefault(seq[1], []).append((seq, entry, pos))
            index[seq[0]] = (single, longer)
        # A phrase that opens with one of the commonest words of English ("it is evident",
        # "the truth is", "under the guise of") is looked up from its first uncommon word, the
        # anchor, so that "the" and "it" are never candidates.  Every word before the anchor is
        # common and common words start no other lookup, so nothing can match inside the
        # phrase before its anchor is reached: leftmost-longest still holds.
        common = {w for w in COMMON_WORDS if index.get(w, (None, {}))[0] is None}
        # anchor token -> offset of the anchor in the phrase -> first token -> phrases
        anchored: dict[str, dict[int, dict[str, list[tuple[tuple[str, ...], Entry, str]]]]] = {}
        for first in [k for k in index if k in common]:
            for cands in index.pop(first)[1].values():
                for seq, entry, pos in cands:
                    a = next((j for j, w in enumerate(seq) if w not in common), len(seq) - 1)
                    by_first = anchored.setdefault(seq[a], {}).setdefault(a, {})
                    by_first.setdefault(first, []).append((seq, entry, pos))
        for _, longer in index.values():
            for cands in longer.values():
                cands.sort(key=lambda c: -len(c[0]))
        for by_offset in anchored.values():
            for by_first in by_offset.values():
                for cands in by_first.values():
                    cands.sort(key=lambda c: -len(c[0]))
        # offsets largest first: the phrase that starts furthest left wins
        self._anchored = {
            k: sorted(v.items(), key=lambda kv: -kv[0]) for k, v in anchored.items()
        }
        self._index = index
        self._lookup = frozenset(index) | frozenset(self._anchored)
        # most candidates are one-word entries that start no phrase: a single lookup settles them
        self._simple = {
            k: single
            for k, (single, longer) in index.items()
            if single is not None and not longer and k not in self._anchored
        }
        self._affixes = affixes
        self._compounds: dict[str, tuple[Entry, str] | None] = {}
        self.size = len(seen)

    def compound(self, key: str) -> tuple[Entry, str] | None:
        """:meth:`_compound`, remembered per word: names such as "al-qaeda" recur."""
        cache = self._compounds
        if key in cache:
            return cache[key]
        if len(cache) > 20000:  # bounded: a long-running process sees endless new words
            cache.clear()
        hit = cache[key] = self._compound(key)
        return hit

    def _compound(self, key: str) -> tuple[Entry, str] | None:
        """The loaded reading of a hyphenated word that is not itself a lexicon entry.

        An affix rule applies first ("ultra-progressive", "trump-loving", "golfer-in-chief").
        Otherwise the word counts as its head, the last part, when that is a loaded word
        ("often-incompetent", "cry-bullying"), or, when the last part is a carrier suffix that
        only says "full of" ("rage-filled", "hate-fueled"), as the strongest loaded word before
        it.  A loaded word elsewhere in the compound does not count: "fool-proof" is not
        name-calling.  A blocking prefix ("anti-", "non-") or an exception word turns the
        rules off.
        """
        affixes = self._affixes
        if key in affixes.exceptions:
            return None
        parts = key.split("-")
        if len(parts) < 2 or parts[0] in affixes.blocking:
            return None
        for n in (2, 1):  # multi-part suffixes first: "-in-chief", "-than-thou"
            if len(parts) > n:
                hit = affixes.suffixes.get("-".join(parts[-n:]))
                if hit is not None:
                    return hit, hit.pos
        hit = affixes.prefixes.get(parts[0])
        if hit is not None:
            return hit, hit.pos
        heads = parts[:-1] if parts[-1] in affixes.carriers else parts[-1:]
        best: tuple[Entry, str] | None = None
        index = self._index
        for part in heads:
            slot = index.get(part)
            if slot is None or slot[0] is None:
                continue
            entry, pos = slot[0]
            if entry.kind == "loaded" and (best is None or entry.intensity > best[0].intensity):
                best = (entry, pos)
        return best

    def match(self, keys: list[str], hyphenated: Sequence[int] | None = None) -> list[Match]:
        """Non-overlapping matches over normalized tokens, leftmost and then longest first.

        ``hyphenated`` lists the indices of the tokens with a hyphen (the caller may know them
        from the text more cheaply, see :func:`tokens_with`); by default they are searched for.
        """
        out: list[Match] = []
        index = self._index
        anchored = self._anchored
        n = len(keys)
        # most tokens are in no lexicon: one set test each (a native loop when compiled)
        lookup = self._lookup
        candidates = [i for i in range(n) if keys[i] in lookup]
        if hyphenated is None:
            hyphenated = [i for i, k in enumerate(keys) if "-" in k]
        if hyphenated:
            # a hyphenated lexicon word may be listed twice; the second visit finds it covered
            # (or, unmatched, finds nothing again)
            candidates += hyphenated
            candidates.sort()
        simple = self._simple
        covered = 0
        for i in candidates:
            if i < covered:
                continue
            key = keys[i]
            hit = simple.get(key)
            if hit is not None:
                out.append(Match(i, i + 1, hit[0], hit[1]))
                covered = i + 1
                continue
            found = None
            # a phrase anchored here starts at or before this token: the leftmost candidate
            for offset, by_first in anchored.get(key, ()):
                s = i - offset
                if s < covered:
                    continue
                for seq, entry, pos in by_first.get(keys[s], ()):
                    length = len(seq)
                    if s + length <= n and all(keys[s + k] == seq[k] for k in range(1, length)):
                        found = Match(s, s + length, entry, pos)
                        break
                if found is not None:
                    break
            slot = index.get(key) if found is None else None
            if slot is not None:
                single, longer = slot
                if longer and i + 1 < n:
                    for seq, entry, pos in longer.get(keys[i + 1], ()):
                        length = len(seq)
                        if i + length <= n and all(keys[i + k] == seq[k] for k in range(2, length)):
                            found = Match(i, i + length, entry, pos)
                            break
                if found is None and single is not None:
                    found = Match(i, i + 1, single[0], single[1])
            if found is None and "-" in key and len(key) > 3:
                hit = self.compound(key)
                if hit is not None:
                    found = Match(i, i + 1, hit[0], hit[1])
            if found is not None:
                out.append(found)
                covered = found.end
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
def affixes() -> Affixes:
    """The hyphenated-word rules of ``language_affixes.tsv``."""
    prefixes: dict[str, Entry] = {}
    suffixes: dict[str, Entry] = {}
    carriers: set[str] = set()
    blocking: set[str] = set()
    exceptions: set[str] = set()
    for row in lexicons.rows("language_affixes"):
        term, category = row[0].lower(), row[1]
        if category == "blocking":
            blocking.add(term.strip("-"))
        elif category == "carrier":
            carriers.add(term.strip("-"))
        elif category == "exception":
            exceptions.add(term)
        else:
            entry = Entry(term, "loaded", category, float(row[2]), row[3] if len(row) > 3 else "x")
            if term.endswith("-"):
                prefixes[term[:-1]] = entry
            else:
                suffixes[term[1:]] = entry
    return Affixes(
        prefixes, suffixes, frozenset(carriers), frozenset(blocking), frozenset(exceptions)
    )


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    """The process-wide matcher over the shipped lexicons."""
    return Matcher(lexicon_entries(), affixes())
