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
from credscore.signals._attribution_names import GIVEN_NAMES, PhraseKind, classes_of, given_name_at
from credscore.signals._attribution_phrase import Found
from credscore.signals._attribution_tokens import DocTokens

_COMMON_KINDS: Final = frozenset(("unnamed_group", "unnamed_individual"))
_NAME_REACH: Final = 5  # how many capitalised words an organisation's full name may run to


_NEVER: Final = 1 << 62  # a position past any document's last token


def _full_name_uses(text: str, T: list[str], L: list[str], S: list[int], word: str) -> tuple[int, int]:
    """Where ``word`` first opens an organisation's full name ("Castellan" in "Castellan Defence
    Systems") and where it first follows a given name or a title ("Banks" in "Sarah Banks",
    "Clinton" in "Mrs. Clinton"), as token indices (``_NEVER`` for never).

    Only the word's own occurrences are read (found with ``str.find``), not every token, and only
    up to the first that names a person."""
    n = len(T)
    firm = _NEVER
    pos = text.find(word)
    while pos >= 0:
        k = bisect_left(S, pos)
        if k < n and S[k] == pos and T[k] == word:
            p = k - 2 if k > 1 and T[k - 1] == "." else k - 1
            if p >= 0 and (given_name_at(T, L, p) or initial_upper(T[p]) and "title" in classes_of(L[p])):
                # "Sarah Banks", "Mrs. Clinton", "President Trump": a person's name, which no firm
                # makes a firm, so the search ends here (the firm stays unread)
                return firm, k
            if firm == _NEVER and not (k > 0 and initial_upper(T[k - 1]) and T[k - 1].isalpha()):
                j = k + 1  # a firm's name is read from its first word
                while j < n and j <= k + _NAME_REACH and initial_upper(T[j]) and T[j].isalpha():
                    j += 1
                if j > k + 1 and "org_word" in classes_of(L[j - 1]):
                    firm = k
        pos = text.find(word, pos + len(word))
    return firm, _NEVER


def retype_short_names(found: list[Found], toks: DocTokens, text: str) -> None:
    """Give each one-word source the kind of the full name it shortens, in place."""
    T, L, S = toks.T, toks.L, toks.S
    uses: dict[str, tuple[int, int]] = {}
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
        low = L[k]
        if kind == "named_person" and (low in GIVEN_NAMES or classes_of(low)):
            continue  # a given name, a title or a surname the lexicon knows: "King Solomon Baptist Church ... King says"
        word = T[k]
        seen = uses.get(word)
        if seen is None:
            seen = uses[word] = _full_name_uses(text, T, L, S, word)
        firm, person = seen
        if kind == "named_person" and firm < k and person == _NEVER:
            # (never a person's name the document also gives: "the Clinton Foundation ... Mrs. Clinton said")
            new = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
        elif kind in _COMMON_KINDS and person < k:
            new = PhraseKind("named_person", True, phrase.head, phrase.head_lemma)
        else:
            continue
        found[x] = f.with_phrase(new)
