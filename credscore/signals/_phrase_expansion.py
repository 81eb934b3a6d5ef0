"""From a matched loaded word to the phrase a reader would underline.

A lexicon hit is one word or a fixed phrase; the charge it carries often spreads over its
neighbours: the degree words in front ("most fanatic"), the noun an adjective qualifies
("notorious terrorist entity"), the complement of a charged noun ("menace of terrorism",
"firestorm of outrage") and a coordinated list of qualifiers ("fanatic, lethal and ruthless").
Without a parser these are found with small closed word lists and a bound on every step, so
the expansion is local (a few tokens) and linear overall.
"""

from __future__ import annotations

from typing import Final, Protocol, Sequence

from credscore._records import fields_repr
from credscore.signals._lexicon_matcher import Match


class TokenFlags(Protocol):
    """A true or false per token, read by index: a list, or a view that works each one out
    only when asked (the language family's capitalisation test)."""

    def __getitem__(self, i: int, /) -> bool: ...


# Degree words that sharpen the next word and belong to its phrase.
INTENSIFIERS: Final = frozenset(
    """
    most more very so too really truly extremely utterly absolutely totally completely entirely
    incredibly deeply highly particularly especially exceptionally remarkably downright outright
    sheer utter total complete absolute pure real thoroughly wholly fully simply just notoriously
    increasingly ever such quite rather
    """.split()
)
# Nouns of a group or amount whose "of" complement names the members: "group of terrorists".
COLLECTIVES: Final = frozenset(
    """
    group groups band bands gang gangs bunch pack horde hordes army armies legion legions mob
    crowd gaggle collection cabal clique coterie cadre cadres network networks ring rings
    breed kind sort lot swarm
    """.split()
)
# Words that end a noun phrase: determiners, pronouns, prepositions, conjunctions, auxiliaries,
# common verbs and adverbs.  An adjective expands rightwards only over words not listed here.
STOP: Final = frozenset(
    """
    a an the this that these those some any each every no all both either neither its his her
    their our your my whose which who whom what when where why how whether if than then there
    here as at by for from in into of off on onto out over to up upon with within without
    about above across after against along among around before behind below beneath beside
    between beyond during except inside near since through throughout toward towards under
    until via and or but nor so yet for because although though while whereas unless
    i you he she it we they me him us them myself itself themselves himself herself
    is are was were be been being am have has had having do does did doing done
    will would shall should can could may might must ought
    not no never also even still just only now already again too very more most less least
    said says say told tells tell claimed claims according reported reports added adds
    who's it's that's there's isn't aren't wasn't weren't don't doesn't didn't won't can't
    being getting got get gets become became becomes seem seems seemed appear appears appeared
    one two three four five six seven eight nine ten
    """.split()
)
# Common irregular past tenses: the verb after a noun phrase ends it ("the mayor spoke"), like
# a regular "-ed" form does.
IRREGULAR_PAST: Final = frozenset(
    """
    spoke went came took made gave got ran saw met began became held kept brought thought felt
    stood sat fell led sent built paid knew grew drew wrote rose broke chose drove ate threw wore
    found heard meant sold sought taught caught bought fought struck stole spent dealt laid flew
    swore tore shook woke forgot forgave hid bit rode sang sank spun stuck stung swung won lost
    """.split()
)
_COORD: Final = frozenset({"and", "or", "nor", "&", ","})
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these"})
_COMPLEMENT_PREPS: Final = frozenset({"of", "against"})

MAX_NOUN_WORDS: Final = 3  # words an adjective may reach over to find the noun it qualifies
MAX_COMPLEMENT_WORDS: Final = 2  # content words after "of"/"against"


_PHRASE_FIELDS: Final = ("first", "end", "matches")


class Phrase:
    """A charged phrase over tokens ``[first, end)`` and the lexicon matches inside it.

    A plain class, read-only by convention, for the reason :class:`Match` is one.
    """

    __slots__ = _PHRASE_FIELDS

    def __init__(self, first: int, end: int, matches: tuple[Match, ...]) -> None:
        self.first = first
        self.end = end
        self.matches = matches

    def __repr__(self) -> str:
        return fields_repr(self, _PHRASE_FIELDS)


def _is_word(key: str) -> bool:
    return bool(key) and (key[0].isalnum() or key[0] == "_")


def _content_word(key: str) -> bool:
    return _is_word(key) and key not in STOP and key not in IRREGULAR_PAST and not key[0].isdigit()


def _complement(keys: Sequence[str], end: int, n: int) -> int:
    """Extend over "of/against [determiner] word [word]" after a noun; return the new end."""
    if end < n and keys[end] in _COMPLEMENT_PREPS:
        j = end + 1
        if j < n and keys[j] in _DETERMINERS:
            j += 1
        k = j
        while k < n and k - j < MAX_COMPLEMENT_WORDS and _content_word(keys[k]):
            if k > j and (keys[k].endswith("ed") or keys[k].endswith("ly")):
                break  # the verb or adverb after the complement ("of the plan shocked")
            k += 1
        if k > j:
            return k
    return end


def expand(
    match: Match, keys: Sequence[str], capitalised: TokenFlags | None = None
) -> tuple[int, int]:
    """The token range of the phrase around one match.

    ``capitalised`` marks tokens that start with a capital: an adjective does not reach into a
    name ("autocratic" stays short of "Uzbek President Islam Karimov") unless it is itself
    capitalised, as in a title-case headline.
    """
    n = len(keys)
    first, end = match.first, match.end
    while first > 0 and keys[first - 1] in INTENSIFIERS:
        first -= 1
    if match.pos == "a":
        names_stop = capitalised is not None and not capitalised[match.first]
        k = end
        while k < n and k - end < MAX_NOUN_WORDS and _content_word(keys[k]):
            if keys[k].endswith("ly") or (k > end and keys[k].endswith("ed")):
                break  # an adverb, or the verb after the noun ("episode ended")
            if names_stop and capitalised is not None and capitalised[k] and k + 1 < n and capitalised[k + 1]:
                break  # a multi-word name starts here
            k += 1
        if k > end and keys[k - 1] in COLLECTIVES:
            k = _complement(keys, k, n)
        end = k
    elif match.pos == "n":
        end = _complement(keys, end, n)
        # "a bunch of idiots", "a gang of thugs": the collective belongs to the label
        if first >= 2 and keys[first - 1] == "of" and keys[first - 2] in COLLECTIVES:
            first -= 2
    return first, end


def _coordinated(keys: Sequence[str], gap_start: int, gap_end: int) -> bool:
    """Whether the tokens between two phrases only coordinate them: ", lethal and", "and"."""
    gap = keys[gap_start:gap_end]
    if not gap or len(gap) > 4:
        return False
    coordinators = sum(1 for k in gap if k in _COORD)
    free = [k for k in gap if k not in _COORD and k not in INTENSIFIERS]
    if coordinators == 0:
        return False
    # one unlisted qualifier may sit inside the list ("fanatic, lethal and ruthless")
    return len(free) == 0 or (len(free) == 1 and _content_word(free[0]) and len(gap) >= 3)


def phrases(
    matches: Sequence[Match], keys: Sequence[str], capitalised: TokenFlags | None = None
) -> list[Phrase]:
    """Expanded phrases, with overlapping, adjacent and coordinated ones merged."""
    out: list[Phrase] = []
    for m in matches:
        first, end = expand(m, keys, capitalised)
        if out:
            last = out[-1]
            overlapping = first < last.end
            # a verb right after a noun or adjective phrase starts the predicate: "the
            # ruthlessness of the plan | shocked", not one charged phrase
            clause_break = m.pos == "v" and last.matches[-1].pos in ("n", "a")
            if overlapping or (first == last.end and not clause_break) or _coordinated(
                keys, last.end, first
            ):
                out[-1] = Phrase(last.first, max(last.end, end), last.matches + (m,))
                continue
        out.append(Phrase(first, end, (m,)))
    return out
