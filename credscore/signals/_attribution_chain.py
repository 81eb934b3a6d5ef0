"""A name that opens its clause, then a description with commas of its own, then the cue.

"Julian Knight, chair of the Digital, Culture, Media and Sport committee said:", "Icher,
originally from Carcassonne, France, said", and after a quotation '“...,” Ged Kenslea, a
spokesman for the AIDS Healthcare Foundation told the Sentinel'.  The description may hold a
list or a place with commas, and news copy often drops the comma that should close it, so the
phrase right before the cue ("Media and Sport committee", "France") is not the source: the name
that opens the clause is.  Every walk is bounded (``_REACH`` tokens), so the cost per cue is
constant.
"""

from __future__ import annotations

from typing import Final

from credscore._letter_case import initial_upper
from credscore.signals._attribution_names import (
    DATE_NAMES,
    WEEKDAYS,
    PhraseKind,
    classify_phrase,
    is_acronym,
    strip_contraction,
)
from credscore.signals._attribution_phrase import (
    CLASSES,
    NOUNS,
    DOUBLE_QUOTES,
    FORMS,
    Sentence,
    classes,
    phrase_word_ok,
    trim,
)

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_LY_ING_ED_WARD_WARDS_ENDINGS: Final[tuple[str, ...]] = ("ly", "ing", "ed", "ward", "wards")

_REACH: Final = 40  # how far back from the cue a clause-opening quotation is looked for
_MAX_DESCRIPTION: Final = 30
_MAX_RELATIVE_DESCRIPTION: Final = 40  # a relative clause may run longer: "Ashworth & Sons, which employed ..., said"
_CLOSERS: Final = frozenset('"”»')
# marks that open a double quotation, as clauses' OPENING_DOUBLE_QUOTES without the low "„" (the
# clauses module imports this one, so it cannot lend its own set; clauses' _QUOTE_OPENERS holds
# single marks too)
_OPENING_DOUBLE_MARKS: Final = frozenset('"“«')
_SUBJECTS: Final = frozenset("i you he she we they it".split())
_JOINERS: Final = frozenset(("and", "or", "but", "&"))
_NOT_DESCRIPTIONS: Final = frozenset(("whose", "and", "or", "but", "nor", "then", "so"))
_DETERMINERS: Final = frozenset(w for w, c in CLASSES.items() if "determiner" in c)


_NOT_PHRASE_ENDS: Final = frozenset(("determiner", "preposition", "clause"))
_NAME_JOINERS: Final = frozenset(("of", "for", "and", "&", "the", "de", "da", "del", "van", "von", "der", "al", "bin", "ibn", "la", "le"))
_ROLE_RUN: Final = 4  # capitalised words in a role: "Senior Vice President Operations"
_ROLE_LINKS: Final = frozenset(("of", "at", "for", "and", "with", "in", "on"))
DAY_WORDS: Final = WEEKDAYS | frozenset(("today", "yesterday", "tonight"))


def name_token(s: Sentence, x: int, start: int) -> bool:
    """A word of a name: capitalised (not a weekday), a joiner inside it, or name punctuation."""
    t = s.T[x]
    if not t[0].isalnum():
        return t in ".-'’&"
    if initial_upper(t):
        return s.L[x] not in DAY_WORDS and phrase_word_ok(s, x)
    return x > start and s.L[x] in _NAME_JOINERS


def lone_name(s: Sentence, x: int) -> bool:
    """Whether one capitalised word opening a sentence before a comma can be a name ("Icher,"):
    not a function word or a discourse adverb ("However,", "Overall,"), not a source noun, and
    not shaped like an adverb, a participle or a date."""
    t, low = s.T[x], s.L[x]
    if not initial_upper(t) or t.isupper() and len(t) > 1 and not is_acronym(t):
        return False
    if low in CLASSES or low in NOUNS or low in FORMS or low in DATE_NAMES:
        return False
    return len(low) > 2 and not low.endswith(_LY_ING_ED_WARD_WARDS_ENDINGS)


def opening_name(s: Sentence, a: int, b: int, lone_check: bool) -> PhraseKind | None:
    """What ``[a, b)`` is when it is a named person or organisation opening its clause: name
    words only, not a circumstance, and (with ``lone_check``) one capitalised word only when it
    can be a name."""
    if not all(name_token(s, x, a) for x in range(a, b)):
        return None  # "Early this year, the IMU said", "Alarmed by the unrest,": not a name
    if trim(s, a, b) != (a, b) or s.L[a].endswith("ing"):
        return None  # "In Vermont,", "On Tuesday,", "Walking out,": a circumstance, not a subject
    if lone_check and b - a < 2 and not is_acronym(s.T[a]) and not lone_name(s, a):
        return None  # one capitalised word at the start of a sentence may be any word
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    if not phrase.named or phrase.source_type not in ("named_person", "named_organization"):
        return None
    return phrase


def _role_in_title_case(s: Sentence, x: int, j: int) -> bool:
    """Whether the description at ``x`` opens with a role written in title case ("Professor of
    History at Yale University", "Clinical Director and Consultant Ophthalmologist"): a run of
    capitalised words that ends with a person noun, and not a title before a name ("Senator Ted
    Cruz") or a title whose "of" may lead to one ("Secretary of State John Kerry")."""
    T, L = s.T, s.L
    y = x
    while y <= j and y - x < _ROLE_RUN and initial_upper(T[y]):
        y += 1
    if y == x or y <= j and initial_upper(T[y]):
        return False
    last = L[y - 1]
    if "title" in classes(last):
        return y > j or L[y] not in ("of", "for")
    noun = NOUNS.get(last)
    return noun is not None and noun.cls == "individual" and not noun.plural and (y > j or not T[y][0].isalnum() or L[y] in _ROLE_LINKS)


_TELLS: Final = frozenset(("told", "tells", "tell"))
_HEARER_WORDS: Final = 5  # "the BBC", "BBC Radio Marlshire", "reporters on Monday"


def parenthesis_after_hearer(s: Sentence, i: int, cue_end: int) -> bool:
    """Whether "told" at ``i`` and a short hearer close with a comma and the sentence goes on in
    lower case, past an opening quotation mark: what was told runs around the cue ("Burglars, one
    former offender told BBC Radio, “look for the house"), not a quotation it opens ('told the
    BBC, “The house ...'); "told X that ..." has no comma."""
    T = s.T
    if s.L[i] not in _TELLS:
        return False
    k = cue_end + 1
    for m in range(k + 1, min(s.hi, k + 1 + _HEARER_WORDS)):
        if not T[m - 1][0].isalnum():
            return False
        if T[m] == ",":
            n = m + 2 if m + 2 < s.hi and T[m + 1] in _OPENING_DOUBLE_MARKS else m + 1
            return n < s.hi and T[n].isalpha() and T[n].islower()
    return False


def clause_start(s: Sentence, i: int) -> int:
    """Where the clause of the cue at ``i`` begins: the sentence's first word, or the word after
    a quotation that closes with a comma before it ('“...,” Ged Kenslea ... told')."""
    T = s.T
    first = s.first
    x = i - 1
    while x > first and i - x <= _REACH:
        t = T[x]
        if t in DOUBLE_QUOTES:
            if t in _CLOSERS and T[x - 1] in ",!?":
                return x + 1
            return first
        if t == "," and T[x - 1] in _CLOSERS:
            return x + 1  # British style: '“...”, Ged Kenslea said'
        x -= 1
    return first


_GROUP_WORDS: Final = 5  # "the", a few modifiers and the group noun


def group_after_comma(s: Sentence, c: int, end: int) -> bool:
    """Whether the words between the comma at ``c`` and ``end`` are "the" and a group: the subject
    of the cue, not the description of one name before the comma ("Offstage, the actors agree")."""
    if s.L[c + 1] != "the" or end - c > _GROUP_WORDS:
        return False
    if any(s.L[x] in ("who", "which", "that") for x in range(c + 2, end)):
        return False  # a description with a clause describes the name: "Everlywell, the company which offers ..."
    return classify_phrase(s.T, s.L, c + 1, end, s.first).source_type == "unnamed_group"


def described_name(s: Sentence, i: int, j: int, cue_end: int, closed: bool) -> tuple[int, int, PhraseKind] | None:
    """The name that opens the clause of the cue at ``i`` when a description sits between them.

    ``j`` is the last word before the cue (past auxiliaries and adverbs); ``closed`` says a comma
    sits between it and the cue.  Returns the name's token range and its classification, or None
    when the words between are not a description: a quotation, a subject pronoun, a verb or a cue
    word, a list of names ("Obama, Clinton and Biden said"), or a parenthetical attribution
    ("Mr. Trump, his aides said, will run").  The cheap tests come first: most cues fail one.
    """
    T, L = s.T, s.L
    first = s.first
    if cue_end + 1 < s.hi and T[cue_end + 1] == ",":
        return None  # "Mr. Trump, his aides said, will run": the cue is a parenthesis
    if not closed and parenthesis_after_hearer(s, i, cue_end):
        return None  # "Burglars, one former offender told BBC Radio, “look for ...”": the same, with whom it was told
    quoted, comma = s.marks()
    if comma < 0:
        return None  # no comma in the sentence: the common case, known once per sentence
    if quoted:
        start = clause_start(s, i)
        try:
            c = T.index(",", start + 1, min(j, start + 6))
        except ValueError:
            return None
    else:
        start, c = first, comma
        if L[start] in _JOINERS and c - start == 2:
            start += 1  # "But Gordon, a Georgetown expert said": the name after the conjunction
        if c - start > 5 or c >= j or c == start:
            return None  # no comma right after a short opening phrase
    if j - c > (_MAX_RELATIVE_DESCRIPTION if L[c + 1] in ("who", "which") else _MAX_DESCRIPTION):
        return None
    if closed and "," not in T[c + 1 : j]:
        return None  # "X, a Y, said": one inserted phrase, which the apposition rule reads alike
    nt, nl = T[c + 1], L[c + 1]
    if not nt[0].isalnum() or nl in _NOT_DESCRIPTIONS or nl in _SUBJECTS:
        return None
    lower_opening = not initial_upper(nt) and "determiner" not in classes(nl)
    if not (
        lower_opening or nl in ("a", "an", "the", "who") or nt[0].isdigit() or "title" in classes(nl)
        or _role_in_title_case(s, c + 1, j)
    ):
        return None  # "Washington, D.C., officials said", "Obama, Clinton and Biden said"
    if not phrase_word_ok(s, j) or classes(L[j]) & _NOT_PHRASE_ENDS:
        return None  # "rose in power after repeated clashes": the cue word is not a verb here
    relative = False
    last_comma = c
    for x in range(c + 1, j + 1):
        t = T[x]
        if not t[0].isalnum():
            if t in DOUBLE_QUOTES or t in ";:[]":
                return None
            if t == ",":
                relative = False  # a relative clause ends at its comma
                last_comma = x
                if x + 1 <= j:
                    nx = strip_contraction(L[x + 1])
                    # a new segment: "..., and a Democrat," continues; "..., and Romney" is a list
                    if nx in _JOINERS and x + 2 <= j and initial_upper(T[x + 2]):
                        return None
                    if nx in _SUBJECTS or nx == "whose":
                        return None
            continue
        lx = strip_contraction(L[x])
        if lx in ("who", "which"):
            relative = True
            continue
        if lx in _SUBJECTS:
            return None
        cx = classes(lx)
        if "auxiliary" in cx and not relative:
            return None  # "Smith, the polls show, is leading": a clause, not a description
        form = FORMS.get(lx)
        if form is not None and not relative and L[x - 1] not in _DETERMINERS:
            # a verb inside ("..., said that ... activists criticized", "..., hopes Iowa will
            # prove"): a clause, not a description; a noun after a modifier ("former state Rep.") is
            if not (form.noun and T[x - 1][0].isalnum()):
                return None
    if not closed and last_comma > c and L[last_comma + 1] in _DETERMINERS:
        return None  # "Weiner, who ..., the New York Post reported": the last phrase is the subject
    if not closed and group_after_comma(s, c, j + 1):
        return None
    # one capitalised word opening the sentence may be any word ("Overall, environmental
    # groups"), unless an age or "who" follows it
    phrase = opening_name(s, start, c, start == first and not (nt[0].isdigit() or nl == "who"))
    if phrase is None:
        return None
    return start, c, phrase
