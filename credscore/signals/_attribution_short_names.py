"""A name given in full once and cut short later keeps the kind of the full name.

News writes a firm out once and then by its first word ("Castellan Defence Systems makes the
drones. Castellan said ..."), and a person once in full and then by the surname ("Producer Jordan
Banks worked on the album. Banks said ..."). Alone, "Castellan" reads as a surname and "Banks" as
the plural of "bank"; the full name earlier in the document says what each is.

The pass runs once over the found attributions, after the scan, and changes only the kind of a
source that is one capitalised word: a named person whose word opens an earlier organisation's
name becomes that organisation, and a common plural whose word followed a given name or a title earlier
("Sarah Banks") becomes that person; a name the document gives a person anywhere is never a firm.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_upper
from credscore.signals._attribution_names import GIVEN_NAMES, PhraseKind, classes_of
from credscore.signals._attribution_phrase import Found
from credscore.signals._attribution_tokens import DocTokens

_COMMON_KINDS: Final = frozenset(("unnamed_group", "unnamed_individual"))
_NAME_REACH: Final = 5  # how many capitalised words an organisation's full name may run to


def _full_names(T: list[str], L: list[str], end: int) -> tuple[dict[str, int], dict[str, int]]:
    """Before token ``end``: the first words of organisations' full names ("Castellan" of
    "Castellan Defence Systems") and the words that follow a given name or a title ("Banks" of
    "Sarah Banks", "Clinton" of "Mrs. Clinton"), each with where it is first seen."""
    firms: dict[str, int] = {}
    people: dict[str, int] = {}
    for k in range(end - 1):
        if not initial_upper(T[k]) or not T[k].isalpha():
            continue
        p = k - 2 if k > 1 and T[k - 1] == "." else k - 1
        if p >= 0 and initial_upper(T[p]) and (L[p] in GIVEN_NAMES or "title" in classes_of(L[p])):
            people.setdefault(L[k], k)  # "Jordan Banks", "Mrs. Clinton", "President Trump"
        if k > 0 and initial_upper(T[k - 1]) and T[k - 1].isalpha():
            continue  # a firm's name is read from its first word
        j = k + 1
        while j < end and j <= k + _NAME_REACH and initial_upper(T[j]) and T[j].isalpha():
            j += 1
        if j > k + 1 and "org_word" in classes_of(L[j - 1]):
            firms.setdefault(L[k], k)
    return firms, people


def retype_short_names(found: list[Found], toks: DocTokens) -> None:
    """Give each one-word source the kind of the full name it shortens, in place."""
    T, L, S = toks.T, toks.L, toks.S
    names: tuple[dict[str, int], dict[str, int]] | None = None
    for x in range(len(found)):
        f = found[x]
        phrase = f.phrase
        source = f.source
        if phrase is None or source is None:
            continue
        kind = phrase.source_type
        if kind != "named_person" and kind not in _COMMON_KINDS:
            continue
        k = bisect_left(S, source.start)
        if k + 1 < len(T) and S[k + 1] < source.end or not initial_upper(T[k]) or not T[k].isalpha():
            continue  # one capitalised word only
        if names is None:
            names = _full_names(T, L, len(T))
        firms, people = names
        low = L[k]
        if kind == "named_person" and firms.get(low, k) < k and low not in people and low not in GIVEN_NAMES and not classes_of(low):
            # (not a person's name the document also gives, "the Clinton Foundation ... Mrs. Clinton
            # said", nor a title or a surname the lexicon knows: "King Solomon Baptist Church ... King says")
            new = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
        elif kind in _COMMON_KINDS and people.get(low, k) < k:
            new = PhraseKind("named_person", True, phrase.head, phrase.head_lemma)
        else:
            continue
        found[x] = Found(f.cue, source, f.content, f.kind, new, f.sentence, f.cue_word, f.antecedent)
