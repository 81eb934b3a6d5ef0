"""A line that opens with a source's name and a colon: "Sanders: Clinton Email Story Has Moved."

Headlines credit a claim to its source with a colon instead of a verb ("Graham: Trump's Rhetoric
Destroying GOP", "Report: Half of Clinton's State meetings were with donors"), and interview
transcripts label each speaker's turn the same way ("Lopez: Well, no one is like..."). Such a
line gets one attribution of kind ``speech`` whose cue is the colon, whose source is the label
and whose content is the rest of the sentence.

The label must read as a source: at most ``_MAX_WORDS`` words, each part of a proper name (or a
document noun such as "Report" or "Poll"), classified as a named person or organisation or a
document, and none of the words that label a field instead ("Update:", "Editor's Note:",
"Photo:", "The Latest:", "Name:", a date). Only a colon on the first line of a sentence that
begins a line counts: mid-paragraph, "He had one message: leave" is not a label. An interviewer's
"Q:" and "A:" are left out, since they name nobody. A sentence whose colon follows a cue of its
own ("Schumer tweeted:") already has its attribution.

A name right before a colon that opens a quotation is its speaker even mid-line: a roundup's
"... problematic - Pew Research: “All the samples ...”", "More from Jones: “...”", "does not
surprise Republican pollster Daron Shaw: “Historically ...”". There the name must follow a dash,
"from" or the sentence's start, or be a person's full name.

The look-up visits only colons (found by ``str.find``) and reads at most ``_MAX_WORDS`` tokens
before each, so the cost is linear in the text.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left, bisect_right
from credscore._letter_case import initial_upper
from credscore.signals._attribution_lexicon import content_words
from credscore.signals._attribution_names import (
    DATE_NAMES,
    GIVEN_NAMES,
    NAME_PARTICLES,
    NEVER_NAMES,
    PhraseKind,
    classify_phrase,
    is_acronym,
    is_place,
    person_word,
    strip_possessive,
)
from credscore.signals._attribution_phrase import AUXILIARIES, CLASSES, COORDINATORS, EMPTY, FORMS, NOUNS, Found, strip_span
from credscore.signals._attribution_tokens import DocTokens
from credscore.spans import Span, make_span

_MAX_WORDS: Final = 4
_MIN_CLAIM_WORDS: Final = 4
_MAX_LABEL_CHARS: Final = 60
# words that label a field, a section or a kind of item, not a source
# (the closed words among them stay here: "Read more:", "See also:", "From:", "Re:", "Q&A", "By")
_FIELD_WORDS: Final = frozenset("via more also from to re a above below by".split()) | content_words("field_word")
# what a click-bait headline shouts before its colon: "BOOM:", "Just Leaked:", "Look:"
_TEASERS: Final = frozenset("just must now here this why how what".split()) | content_words("teaser")
_KINDS: Final = frozenset(("named_person", "named_organization", "document"))
# the function words that are never part of a name, and auxiliaries ("Clinton Has Won:")
_NOT_IN_LABELS: Final = (
    NEVER_NAMES | AUXILIARIES
) - NAME_PARTICLES | {"and"}  # "Netanyahu and Obama: A tortured relationship" is a topic


def label_attributions(
    text: str, toks: DocTokens, sentences: tuple[Span, ...], starts: list[int], found: list[Found]
) -> list[Found]:
    """Attributions for lines that open with "<source>: <claim>"; ``starts`` holds the sentences'
    start offsets, ``found`` the attributions already found, whose sentences keep them when their
    cue comes before the colon."""
    out: list[Found] = []
    if not sentences:
        return out
    T, S = toks.T, toks.S
    fi = 0  # found runs in sentence order, as the colons do: one forward pointer keeps this linear
    n_f = len(found)
    pos = text.find(":")
    while pos >= 0:
        line = _label_start(text, pos)
        quoted = text.startswith(_QUOTE_OPENINGS, pos + 1)
        if line >= 0 or quoted:
            si = bisect_right(starts, pos) - 1
            while fi < n_f and found[fi].sentence < si:
                fi += 1
            label = None
            # a label before any cue of its own in its sentence
            k = bisect_left(S, pos)
            if (
                si >= 0 and pos < sentences[si].end and k < len(T) and S[k] == pos and T[k] == ":"
                and not _cue_before(found, fi, si, pos)
            ):
                if line >= 0 and starts[si] == line:
                    # it opens its sentence, on the sentence's first line
                    label = _label(toks, bisect_left(S, line), k, text, sentences[si], si)
                if label is None and quoted:
                    label = _quote_label(toks, k, text, sentences[si], si)
            if label is not None:
                out.append(label)
        pos = text.find(":", pos + 1)
    return out


_QUOTE_OPENINGS: Final[tuple[str, ...]] = (' "', " “", " «", " „")
_DASHES: Final = frozenset("-–—")
_MAX_NAME_WORDS: Final = 6


def _quote_label(toks: DocTokens, k: int, text: str, sent: Span, si: int) -> Found | None:
    """The attribution of a name right before a colon that opens a quotation, or None.

    "... particularly problematic - Pew Research: “All the samples ...”", "More from Jones:
    “The partisanship ...”", "doesn't surprise Republican pollster Daron Shaw: “Historically ...”":
    the name is the speaker of the quotation after it. The name must open the sentence, follow a
    dash or "from", or be a person's full name; one word mid-sentence ("aimed at Trump: “...”")
    is too often the topic."""
    T, L, S, E = toks.T, toks.L, toks.S, toks.E
    lo = bisect_left(S, sent.start)
    a = k
    words = 0
    while a - 1 >= lo and words <= _MAX_NAME_WORDS:
        t = T[a - 1]
        if t[0].isalnum() and (initial_upper(t) or a < k and L[a - 1] in ("and", "&")):
            if L[a - 1] in FORMS and L[a - 1] not in NOUNS:
                return None  # "Continued Stone:": a verb of saying, whose own rule reads the line
            words += 1
        elif t == "." and a - 2 >= lo and initial_upper(T[a - 2]) and len(T[a - 2]) <= 2:
            pass  # an initial: "Michael P. McDonald"
        elif t in _DASHES and a - 2 >= lo and E[a - 2] == S[a - 1] and S[a] == E[a - 1]:
            pass  # a hyphen inside a name: "Seitz-Wald"
        else:
            break
        a -= 1
    p = a - 1
    opened = p < lo or T[p] in _DASHES or L[p] == "from" or T[p] in ".?!"
    while a < k and (L[a] in COORDINATORS or L[a] == "&"):
        a += 1  # 'But Hillary Clinton: “...”': a conjunction that opens the sentence is no part of the name
    if a >= k or words > _MAX_NAME_WORDS:
        return None
    phrase = classify_phrase(T, L, a, k, lo)
    if phrase.source_type not in _KINDS or not phrase.named:
        return None
    if not opened and not (phrase.source_type == "named_person" and k - a >= 2):
        return None
    content = strip_span(text, E[k], sent.end)
    if content is None:
        return None
    return Found(make_span(S[k], E[k]), make_span(S[a], E[k - 1]), content, "speech", phrase, si, k)


def _label_start(text: str, pos: int) -> int:
    """Where the label before the colon at ``pos`` begins, or -1 when the colon cannot end one:
    it must stand on a line that it opens within ``_MAX_LABEL_CHARS`` characters, after a capital,
    before a space and a few words. Most colons (times, "said:", "Note:" mid-line) fail here,
    before any look-up."""
    lo = text.rfind("\n", max(0, pos - _MAX_LABEL_CHARS), pos) + 1
    if lo == 0 and pos > _MAX_LABEL_CHARS:
        return -1
    while lo < pos and text[lo] in " \t":
        lo += 1
    if lo >= pos or not text[lo].isupper() or pos + 1 >= len(text) or text[pos + 1] not in " \t":
        return -1
    if text.count(" ", lo, pos) >= _MAX_WORDS + 2:
        return -1  # more words than a label holds, with room for "Dr. " and "&"
    return lo


def _cue_before(found: list[Found], fi: int, si: int, pos: int) -> bool:
    """Whether an attribution already found in sentence ``si`` (from ``found[fi]`` on) has its cue
    before ``pos``."""
    while fi < len(found) and found[fi].sentence == si:
        if found[fi].cue.start < pos:
            return True
        fi += 1
    return False


def _shouted_given_name(T: list[str], L: list[str], a: int, k: int) -> bool:
    """Whether the label ``[a, k)`` is written in capitals throughout and opens with a given name
    or a title before a name ("AMY GOODMAN", "JUAN GONZÁLEZ", "MAYOR LEE", "PRESS SECRETARY
    VILLANUEVA"; not "FLOTUS", "CNN")."""
    return (L[a] in GIVEN_NAMES or any(person_word(L[x]) for x in range(a, k - 1))) and all(
        T[x].isupper() or not T[x][0].isalnum() for x in range(a, k)
    )


def _source_noun_after_name(T: list[str], L: list[str], a: int, x: int, k: int) -> bool:
    """Whether the lower-case word at ``x``, the last before the colon at ``k``, is a source noun
    after capitalised words: "IG report:", "Clinton camp:" (the head of a named source)."""
    return x == k - 1 and x > a and initial_upper(T[x - 1]) and L[x] in NOUNS


def _plural_source(low: str) -> bool:
    """Whether ``low`` is the plural of a noun for people who inform: "insiders", "historians"."""
    entry = NOUNS.get(low)
    return entry is not None and entry.plural_people()


def _label(toks: DocTokens, a: int, k: int, text: str, sent: Span, si: int) -> Found | None:
    """The attribution of the label ``[a, k)`` before the colon at ``k``, or None when the words
    before the colon do not read as a source."""
    T, L, S, E = toks.T, toks.L, toks.S, toks.E
    words = 0
    for x in range(a, k):
        t = T[x]
        if not t[0].isalnum():
            if t not in ".-'’&":
                return None  # a quotation mark, a parenthesis, a comma: not a plain label
            if t == "-" and (x == a or E[x - 1] != S[x]):
                return None  # a spaced dash ends a heading before the label: "NOT WRONG - Jane Roe:"
            continue
        words += 1
        low = strip_possessive(L[x])
        if words > _MAX_WORDS or low in _FIELD_WORDS or low in _TEASERS or low in DATE_NAMES or low in _NOT_IN_LABELS:
            return None
        if low in FORMS and low not in NOUNS:
            return None  # "Continued Stone:": a verb of saying, whose own rule reads the line
        if not initial_upper(t) and not (x > a and low in NAME_PARTICLES) and not _source_noun_after_name(T, L, a, x, k):
            return None  # "Still to come", "Big win for Bernie": not a name throughout
    if words == 0:
        return None
    if words == 1 and not is_acronym(T[a]) and (CLASSES.get(L[a], EMPTY) - {"org_word"}):
        return None  # one common word with a capital: "Also:", "Here:"
    if is_place(T, L, a, k):
        return None  # "Iowa: Tim Albrecht, Brad Anderson": a list under a place's heading
    phrase = classify_phrase(T, L, a, k, a)
    if phrase.source_type == "named_organization" and _shouted_given_name(T, L, a, k):
        # "AMY GOODMAN:": a transcript's speaker in capitals is a person, not initials
        phrase = PhraseKind("named_person", True, phrase.head, phrase.head_lemma)
    if phrase.source_type not in _KINDS or not (phrase.named or phrase.head_lemma in NOUNS):
        if not (words == 1 and phrase.source_type == "unnamed_group" and _plural_source(L[a])):
            return None  # ("Insiders:", "Historians:": a group of people credited with the claim)
    content = strip_span(text, E[k], sent.end)
    if content is None or text.count(" ", content.start, content.end) < _MIN_CLAIM_WORDS - 1:
        return None  # "Defense: James Mattis": a few words after the colon are a field's value, not a claim
    if _ranked_results(text, content.start, content.end):
        return None  # "Championship Section: 1 Thornlea Silver 194 pts; 2 Hebble Vale 193": a table of results
    if _asks_a_question(text, content.start, content.end):
        return None  # "Handover Delays: Why Ambulances Queue Outside A&E": a topic and its question
    return Found(make_span(S[k], E[k]), make_span(S[a], E[k - 1]), content, "speech", phrase, si, k)


# words that open a headline's question after its colon: the topic is asked about, not credited
_QUESTION_OPENERS: Final = frozenset(("Why", "How", "What", "Where", "When", "Which"))


def _asks_a_question(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens with a capitalised question word and a space: "Why
    Ambulances Queue Outside A&E", "How the Deal Was Done"."""
    space = text.find(" ", start, end)
    return space > start and text[start:space] in _QUESTION_OPENERS


def _ranked_results(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a list of places won: a figure, then a capitalised name, and
    a semicolon that a figure follows ("1 Thornlea Silver (Gareth Lloyd-Powell) 194 pts; 2 ...";
    not "Report: 40 percent of voters back the plan")."""
    d = start
    while d < end and text[d].isdigit():
        d += 1
    if d == start or d + 1 >= end or text[d] != " " or not text[d + 1].isupper():
        return False
    semi = text.find("; ", d, end)
    return semi > 0 and semi + 2 < end and text[semi + 2].isdigit()
