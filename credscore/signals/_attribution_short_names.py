"""A name given in full once and cut short later keeps the kind of the full name.

News writes a firm out once and then by its first word ("Castellan Defence Systems makes the
drones. Castellan said ..."), and a person once in full and then by the surname ("Producer Jordan
Banks worked on the album. Banks said ..."). Alone, "Castellan" reads as a surname and "Banks" as
the plural of "bank"; the full name earlier in the document says what each is.

The pass runs once over the found attributions, after the scan, and changes only the kind of a
source that is one capitalised word: a named person whose word opens an earlier organisation's
name becomes that organisation, and a common plural whose word followed a given name or a title earlier
("Sarah Banks") becomes that person; a name the document gives a person anywhere is never a firm.

A one-word name that no person in the document carries may also show it is a body by what it
says of itself: "Corvane said it would cut 400 jobs", "Goldcrest said its board had rejected the
approach".  Only the opening of the clause reported counts: "it" as its subject when "it" does
something (the "it" of "it would be" or "it was unrealistic" is as often about anything: "Ryan said
it was unrealistic"), or "its" before its verb ("promising its furious revenge" has none).  Two
words are left alone: too many people's given names are not in the lexicon ("Yukiya Amano said
that, if its claims are true").
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_upper
from credscore.signals._attribution_lexicon import content_words
from credscore.signals._attribution_names import GIVEN_NAMES, PhraseKind, classes_of, given_name_at, names_a_body
from credscore.signals._attribution_phrase import AUXILIARIES, Found
from credscore.signals._attribution_tokens import DocTokens

_COMMON_KINDS: Final = frozenset(("unnamed_group", "unnamed_individual"))
_NAME_REACH: Final = 5  # how many capitalised words an organisation's full name may run to


_NEVER: Final = 1 << 62  # a position past any document's last token
_ITSELF_REACH: Final = 8  # the words of the reported clause that are read
_OWNED_WORDS: Final = 4  # how far the verb may follow "its": "its Bermuda unit has"
_SOME: Final = frozenset(("any", "some", "none", "all", "one", "most", "each", "many", "part", "parts"))
_BE_IT: Final = frozenset("is was 's ’s isn't wasn't".split())  # after "it" ("it's" is one token, never "it")


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


def _speaks_of_itself(T: list[str], L: list[str], k: int, hi: int) -> bool:
    """Whether the clause reported from token ``k`` on shows its source to be a body by opening
    with "it" or "its" (after a "that"): "it" as a subject that does something ("it would cut",
    "it expected", "it was cooperating"; not the "it" of "it would be" or "it was unrealistic"), or
    "its" before the clause's verb ("its board had rejected", "any of its doses had been", "its
    lenses used")."""
    j = k + 1 if k < hi and L[k] == "that" else k
    if j + 3 < hi and L[j] in _SOME and L[j + 1] == "of":
        j += 2  # "any of its doses"
    if j + 2 >= hi:
        return False
    if L[j] == "it":
        return _acts(L, j + 1)
    # (or a past tense after the owned noun: "its lenses used a different coating")
    return L[j] == "its" and any(L[x] in AUXILIARIES or L[x].endswith("ed") for x in range(j + 2, min(hi, j + 2 + _OWNED_WORDS)))


def _acts(L: list[str], v: int) -> bool:
    """Whether the verb at ``v`` says what "it" does or did rather than what it is: "would cut",
    "expected", "had received", "was cooperating" (not "would be", "was unrealistic")."""
    low = L[v]
    if low in _BE_IT:
        return L[v + 1].endswith("ing")
    if low in AUXILIARIES:
        return L[v + 1] not in ("be", "have", "not")
    return low.endswith("ed")


def retype_short_names(found: list[Found], toks: DocTokens, text: str) -> None:
    """Give each one-word source the kind of the full name it shortens, in place."""
    T, L, S = toks.T, toks.L, toks.S
    uses: dict[str, tuple[int, int]] = {}
    # one source span, one kind: "Smith said the ward was closed but warned it could reopen" reads
    # the second verb's "it" as no sign that Smith is a body, since the first verb decided Smith's kind
    decided: dict[tuple[int, int], PhraseKind | None] = {}
    for x in range(len(found)):
        f = found[x]
        phrase = f.phrase
        source = f.source
        if phrase is None or source is None:
            continue
        key = (source.start, source.end)
        if key in decided:
            earlier = decided[key]
            if earlier is not None:
                found[x] = f.with_phrase(earlier)
            continue
        decided[key] = None
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
        elif kind == "named_person" and person == _NEVER and _brand_compound(low):
            # a coined brand: "Swiftbox said", "according to Sportwire"; no person in the document has the name
            new = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
        elif kind == "named_person" and person == _NEVER and source.end <= f.cue.start and (
            _says_it_of_itself(T, L, S, k + 1, f) and not _body_before(T, L, k) or _said_in_its_own(L, S, f)
            or _its_own_in_opening(T, L, k)
        ):
            new = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
        else:
            continue
        decided[key] = new
        found[x] = f.with_phrase(new)


def _brand_compound(low: str) -> bool:
    """Whether the one lower-case word ``low`` ends with a brand's second word after at least
    three letters of a first: "swiftbox", "sportwire", "orbitwatch", "kestrelwave"."""
    for size in _BRAND_TAIL_SIZES:
        if len(low) >= size + _BRAND_HEAD_LETTERS and low[-size:] in _BRAND_TAILS:
            return True
    return False


_BRAND_TAILS: Final = content_words("brand_tail")
_BRAND_TAIL_SIZES: Final = tuple(sorted({len(t) for t in _BRAND_TAILS}))
_BRAND_HEAD_LETTERS: Final = 3


_BODY_LOOK_BACK: Final = 30  # tokens read back from a source for a body its "it" may stand for


def _body_before(T: list[str], L: list[str], k: int) -> bool:
    """Whether an unnamed body ("the company", "the firm") stands in the sentence before token
    ``k``, so that an "it" in what the source says may be that body: "Asked whether the company
    would raise again, Lindqvist replied that it had enough"."""
    for x in range(k - 1, max(0, k - _BODY_LOOK_BACK), -1):
        if T[x] in _SENTENCE_ENDS:
            return False
        if L[x - 1] == "the" and names_a_body(L[x]):
            return True
    return False


_SENTENCE_ENDS: Final = frozenset((".", "!", "?"))
_OPENING_PREPOSITIONS: Final = frozenset(("in", "on", "via", "through"))
_PERSONAL_OWNERS: Final = frozenset(("his", "her", "their", "my", "our"))


def _its_own_in_opening(T: list[str], L: list[str], k: int) -> bool:
    """Whether the sentence opens with a phrase set off by a comma right before the name at ``k``,
    a preposition and "its" with no other name before it, so the name owns what the phrase names:
    "In a post on its Facebook page, Steerling wrote" (the "its" looks ahead to the body)."""
    if k < 3 or T[k - 1] != ",":
        return False
    owner = -1
    x = k - 2
    while x >= 0 and k - x <= _BODY_LOOK_BACK and T[x] not in _SENTENCE_ENDS and T[x] != ",":
        if L[x] == "its":
            owner = x
        elif L[x] in _PERSONAL_OWNERS:
            return False
        x -= 1
    start = x + 1
    if owner < 0 or not (x < 0 or T[x] in _SENTENCE_ENDS) or L[start] not in _OPENING_PREPOSITIONS:
        return False
    return not any(initial_upper(T[m]) for m in range(start + 1, owner))  # no body named before "its"


def _said_in_its_own(L: list[str], S: list[int], f: Found) -> bool:
    """Whether "in its" or "on its" follows ``f``'s cue, the record or the place the source spoke
    in being its own: "“The market has turned,” Crestmoor said in its half-year results",
    "Gambitly posted on its status page" (no person speaks in "its")."""
    j = bisect_left(S, f.cue.end)
    return j + 1 < len(L) and (L[j] == "in" or L[j] == "on") and L[j + 1] == "its"


def _says_it_of_itself(T: list[str], L: list[str], S: list[int], b: int, f: Found) -> bool:
    """Whether what ``f``'s source (which ends before token ``b``) is reported to say shows it to
    be a body (:func:`_speaks_of_itself`), read from where the content starts, past any "on
    Tuesday" or "in a statement" between it and the cue."""
    content = f.content
    k = bisect_left(S, content.start if content is not None and content.start >= f.cue.end else f.cue.end, b)
    return _speaks_of_itself(T, L, k, min(len(T), k + _ITSELF_REACH))
