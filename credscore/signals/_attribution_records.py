"""A record that opens its sentence as the setting of what follows: "In the video, ...".

"In a video that has gone viral, tourists watch a tiger fight a bear", "In the new Post-ABC poll,
Clinton leads by 8 points": the sentence reports what a record shows, and the record is its
source, though no verb of saying names it.  Such a sentence gets one attribution of kind
``record``, whose cue is the opening "In", whose source is the record's noun phrase (determiner
to head noun) and whose content is the clause after the comma.

Only a sentence without any other attribution counts: "In a statement, the ministry said ..."
already credits the ministry through "said".  One opening adverb or conjunction may come
first ("Incredibly, in a video ...", "But in the footage, ...").  The look-up visits only
capitalised "In" tokens that open an article sentence (found by ``str.find``) and the first
words of sentences without an attribution, and reads at most ``_REACH`` tokens after each, so
the cost is linear in the text.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left, bisect_right
from credscore._letter_case import initial_lower, initial_upper
from credscore.signals._attribution_lexicon import content_words
from credscore.signals._attribution_names import (
    DATE_NAMES,
    MONTH_ABBREVIATIONS,
    OPENING_CONJUNCTIONS,
    OPENING_WORDS,
    classify_phrase,
    ends_a_date,
)
from credscore.signals._attribution_phrase import CLASSES, EMPTY, Found, strip_span
from credscore.signals._attribution_tokens import DocTokens
from credscore.spans import Span, make_span

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_ING_LY_ENDINGS: Final[tuple[str, ...]] = ("ing", "ly")

_REACH: Final = 8  # words between "In" and the comma that ends its phrase
# what may open the record's phrase: "In the video", "In a new poll", "In her post", "In this photo"
_OPENERS: Final = frozenset("a an the this that his her its their another one".split())  # not "our": the outlet itself
_LINKS: Final = frozenset("that which who".split())  # a relative clause on the record ends its head region
# records that show by themselves: pictures, recordings and counts.  A record of someone's words
# ("In a memo, Oppenheim wrote", "In his statement, Sanders did go") is that person's medium,
# and the person, not the record, is the source, so memos, emails, interviews, posts, letters and
# statements are left out.
_SHOWING: Final = content_words("showing_record")
_HEAD_REACH: Final = 7  # tokens from the determiner to the head: "In the latest Post-ABC News poll"
_DATE_REACH: Final = 6  # date tokens (a comma and the word before it, three times: "Wednesday, April 8, 2020,")


def record_settings(
    text: str, toks: DocTokens, sentences: tuple[Span, ...], starts: list[int], taken: set[int]
) -> list[Found]:
    """Attributions for sentences that open with "In <a record>," and have none of their own.

    ``starts`` holds the sentences' start offsets; ``taken`` the indices of sentences that
    already carry an attribution.
    """
    T, S = toks.T, toks.S
    out: list[Found] = []
    if not sentences:
        return out
    n_t = len(T)
    # str.find runs in C: "In " is rare, so few positions reach the Python checks below
    pos = text.find("In ")
    while pos >= 0:
        si = bisect_right(starts, pos) - 1
        if si >= 0 and si not in taken:
            sent = sentences[si]
            # only the sentence's first word (after an opening mark, or a wire caption's "FILE -")
            if pos < sent.end and text[sent.start : pos].strip(" \t\n\"“'‘(—–-") in ("", "FILE"):
                k = bisect_left(S, pos)
                if k + 2 < n_t and S[k] == pos and T[k] == "In" and T[k + 1].lower() in _OPENERS:
                    found = _setting(text, toks, k, sent, si)
                    if found is not None:
                        out.append(found)
        pos = text.find("In ", pos + 3)
    # "Incredibly, in a video that has gone viral, ...", "But in the footage, ...": one opening
    # adverb or conjunction before the setting
    L = toks.L
    for si, sent in enumerate(sentences):
        if si in taken:
            continue
        sent_start = starts[si]
        if text.find(" in ", sent_start, min(sent.end, sent_start + _OPENING_REACH)) < 0:
            continue  # (str.find in C keeps the look at sentences with no early "in" cheap)
        k = bisect_left(S, sent_start)
        if k + 4 >= n_t or S[k] != sent_start or not initial_upper(T[k]):
            continue
        low = L[k]
        if (low.endswith("ly") and len(low) > 4 or low in OPENING_WORDS) and T[k + 1] == ",":
            k += 2
        elif low in OPENING_CONJUNCTIONS:
            k += 1
        else:
            continue
        if L[k] == "in" and T[k + 1].lower() in _OPENERS and S[k] < sent.end:
            found = _setting(text, toks, k, sent, si)
            if found is not None:
                out.append(found)
    # "She slips and, in the first video, lands flat": a setting set off by commas inside the
    # sentence (the openings above are not looked at again)
    opened = {f.cue.start for f in out}
    pos = text.find(", in ")
    while pos >= 0:
        si = bisect_right(starts, pos) - 1
        if si >= 0 and si not in taken and pos < sentences[si].end and pos + 2 not in opened:
            k = bisect_left(S, pos + 2)
            if k + 2 < n_t and S[k] == pos + 2 and T[k + 1].lower() in _OPENERS:
                found = _setting(text, toks, k, sentences[si], si)
                if found is not None and found.content is not None and _opens_a_clause(toks, found.content.start):
                    out.append(found)  # (not "Clinton leads, in the new poll, by eight points")
        pos = text.find(", in ", pos + 5)
    return out  # (in three runs, not in text order: the scanner sorts everything it adds)


_NOT_SUBJECTS: Final = frozenset(("preposition", "adverb", "auxiliary", "clause"))


def _opens_a_clause(toks: DocTokens, start: int) -> bool:
    """Whether the token at offset ``start`` can open a clause's subject: a capitalised word, or a
    lower-case word that is no preposition, adverb, auxiliary, clause word or -ing form ("she gets
    through", "the crowd cheers", "police can be seen"; not "by eight points", "slowly")."""
    x = bisect_left(toks.S, start)
    if x >= len(toks.T) or toks.S[x] != start:
        return False
    t = toks.T[x]
    if not t[0].isalpha():
        return False
    return initial_upper(t) or not (CLASSES.get(toks.L[x], EMPTY) & _NOT_SUBJECTS) and not toks.L[x].endswith(_ING_LY_ENDINGS)


_OPENING_REACH: Final = 24  # characters of "Unsurprisingly, in " at the start of a sentence


def _setting(text: str, toks: DocTokens, k: int, sent: Span, si: int) -> Found | None:
    T, S, E = toks.T, toks.S, toks.E
    n_t = len(T)
    a = k + 1
    head = -1
    m = a + 1
    dated = 0  # tokens of a date inside the phrase: "In this Aug. 5, 2019, file photo,"
    last_date_comma = a
    while m < n_t and S[m] < sent.end and m - a - dated <= _REACH:
        t = T[m]
        if t == ",":
            if head < 0 and dated < _DATE_REACH and m + 1 < n_t and _inside_a_date(T, toks.L, a, m):
                dated += 2  # the comma and the word before it
                last_date_comma = m
                m += 1
                continue
            break
        if not t[0].isalnum() and t not in "-’'" and not (t == "." and toks.L[m - 1] in MONTH_ABBREVIATIONS):
            return None  # a colon, a quotation mark or the sentence end: no setting phrase
        low = t.lower()
        if head < 0:
            if low in _LINKS:
                return None  # "In the years that followed,": no record before the relative
            if low in _SHOWING:
                head = m
            elif m - a - dated >= _HEAD_REACH:
                return None  # "In an attempt to cover up her email scandal": no record heads it
        m += 1
    if head >= 0 and toks.L[head - 1] == "file" and head + 1 < n_t and initial_lower(T[head + 1]) and T[head + 1][0].isalpha():
        m = head  # a wire caption's "In this April 8, 2020 file photo youths hang out": no comma
    elif head < 0 or m >= n_t or T[m] != "," or S[m] >= sent.end:
        return None
    content = strip_span(text, E[m], sent.end)
    if content is None:
        return None
    # a date inside the phrase names nothing: the record is typed from the words after it
    phrase = classify_phrase(T, toks.L, last_date_comma + 1 if dated else a, head + 1, k)
    return Found(make_span(S[k], E[k]), make_span(S[a], E[head]), content, "record", phrase, si, k)


def _inside_a_date(T: list[str], L: list[str], lo: int, comma: int) -> bool:
    """Whether the comma at ``comma`` sits inside a date that the phrase carries: after a weekday
    ("Wednesday, April 8") or after a day or a year ("Aug. 5, 2019, file photo")."""
    before = L[comma - 1]
    return before in DATE_NAMES or ends_a_date(T, L, lo, comma - 1)
