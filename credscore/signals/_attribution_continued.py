"""Quotations that carry on an attribution's content after its cue.

News writing quotes a speaker in runs: '“We will rebuild,” she said. “Nobody will be left
behind.”'  The second quotation has no cue of its own; a reader takes it to be the mayor's
still, and so does PolNeAR, whose annotators extend the first attribution's content over it.
Here a quotation that is a whole sentence (or several), holds no cue and no other attribution's
content, and follows a sentence that holds an attribution with a source continues that
attribution; a run of such quotations continues it sentence by sentence, across paragraph breaks
as news style writes them ('Trump said he was not happy. (new paragraph) “I’m not satisfied.”').

A quotation the attribution interrupts ('“The plan,” the minister told the BBC, “has failed.”')
is split the same way: the first half is the content and the second its first continuation
(:func:`interrupted_quotation`).

Nothing here creates an attribution: a quotation after a sentence without one ("Howard continued
his scathing remarks. “...”") is left alone, as is a quotation that opens a sentence and then
goes on ("“Refoulement” is forbidden").
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left, bisect_right
from credscore.analysis import Quotation
from credscore.signals._attribution_types import Attribution
from credscore.spans import Span

# what may follow a quotation's closing mark in its own sentence: end punctuation and brackets,
# and the second mark of a doubled single quote ('' ... '', as some papers write quotations)
_TRAILING: Final = frozenset(" \t\r\n.,;:!?…)]—–-'’")
# what may precede a quotation's opening mark at the start of its sentence: the first mark of a
# doubled single quote
_LEADING: Final = " \t\r\n'‘"


def continued_contents(
    text: str,
    sentences: tuple[Span, ...],
    starts: list[int],
    quotes: tuple[Quotation, ...],
    atts: list[Attribution],
) -> dict[int, list[Span]]:
    """For each attribution (by index into ``atts``, which is in cue order), the quotations that
    continue its content, in text order; attributions continued by nothing are absent.
    ``starts`` are the sentences' start offsets."""
    out: dict[int, list[Span]] = {}
    if not quotes or not atts or not sentences:
        return out
    candidates: list[tuple[Quotation, int, int]] = []
    for q in quotes:
        first = bisect_right(starts, q.start) - 1
        if first <= 0 or q.start != starts[first] and text[starts[first] : q.start].strip(_LEADING):
            continue  # the quotation must open its sentence, after one that may hold its speaker
        last = max(first, bisect_left(starts, q.end) - 1)
        if not _ends_sentence(text, q.end, sentences[last].end):
            continue  # "“Refoulement” is forbidden": the sentence goes on after the quotation
        candidates.append((q, first, last))
    if not candidates:
        return out
    cue_starts = [a.cue.start for a in atts]
    carried: dict[int, int] = {}  # sentence index -> the attribution a continuation carried there
    for i, att in enumerate(atts):
        c = att.content
        if c is not None and att.direct and c.start > att.cue.start and att.source is not None:
            # 'He said: “A. B.”': the quotation after the cue ends in a later sentence, which
            # may be followed by more of it
            last = bisect_right(starts, c.end - 1) - 1
            if last >= 0 and starts[last] > att.cue.start:
                carried[last] = i
    taken_to = 0
    for q, first, last in candidates:
        lo, hi = starts[first], sentences[last].end
        a = carried.get(first - 1, -1)
        if a < 0:
            a = _speaker(atts, cue_starts, starts[first - 1], lo)
        if a < 0 or _touched(atts, cue_starts, lo, hi):
            continue  # no speaker before it, or an attribution of its own in these sentences
        if q.content_start < taken_to or q.content_start < atts[a].cue.end:
            continue  # quotations that overlap (an unclosed one in broken text) are taken once
        taken_to = q.content_end
        out.setdefault(a, []).append(q.content)
        for k in range(first, last + 1):
            carried[k] = a
    return out


def _ends_sentence(text: str, at: int, sentence_end: int) -> bool:
    """Whether only closing punctuation lies between ``at`` and ``sentence_end``."""
    if at > sentence_end:
        return False
    for k in range(at, sentence_end):
        if text[k] not in _TRAILING:
            return False
    return True


def _speaker(atts: list[Attribution], cue_starts: list[int], lo: int, hi: int) -> int:
    """The attribution with its cue in ``[lo, hi)`` that a following quotation continues: the
    last one whose content is a direct quotation, else the first (the main clause's), of those
    with a source; -1 when there is none."""
    found = -1
    for i in range(bisect_left(cue_starts, lo), bisect_left(cue_starts, hi)):
        a = atts[i]
        if a.source is None or a.source_type == "agentless":
            continue
        if a.direct:
            found = i
        elif found < 0:
            found = i
    return found


# how many attributions either side of a quotation are read for a content or source that reaches
# into it (a cue inside it is found by bisection); contents run over a sentence or two at most
_NEAR: Final = 3


def _touched(atts: list[Attribution], cue_starts: list[int], lo: int, hi: int) -> bool:
    """Whether an attribution's cue, source or content lies in ``[lo, hi)``."""
    i = bisect_left(cue_starts, lo)
    if i < len(cue_starts) and cue_starts[i] < hi:
        return True
    for j in range(max(0, i - _NEAR), min(len(atts), i + _NEAR)):
        a = atts[j]
        if _within(a.source, lo, hi) or _within(a.content, lo, hi):
            return True
    return False


def _within(span: Span | None, lo: int, hi: int) -> bool:
    """Whether ``span`` overlaps ``[lo, hi)``."""
    return span is not None and span.start < hi and lo < span.end


# what may stand between the two halves of an interrupted quotation besides the cue and the
# source: "told the BBC", "said in a statement on Monday"
_BETWEEN: Final = 60
_CLOSING_MARKS: Final = frozenset("”\"'’»")


def interrupted_quotation(
    text: str, quotes: tuple[Quotation, ...], quote_starts: list[int], cue: Span, source: Span | None, content: Span
) -> tuple[Span, Span] | None:
    """The two halves of a quotation that the attribution interrupts ('“The plan,” the minister
    told the BBC, “has failed.”'), when ``content`` lies in them; else None.  ``quote_starts``
    holds the quotations' starts, in order, for bisection.

    The first half must end with its comma right before the source or the cue, and the second
    begin after a comma that closes a short stretch after them ("told the BBC in an interview,"):
    scare quotes on both sides of a cue ('a "Party of Trump" campaign dubbing them "Retrumplicans"')
    are not one quotation."""
    lo = cue.start if source is None else min(cue.start, source.start)
    hi = cue.end if source is None else max(cue.end, source.end)
    p = lo - 1
    while p > 0 and text[p] in " ,":
        p -= 1
    if p < 0 or text[p] not in _CLOSING_MARKS:
        return None  # nothing closes right before the attribution: no quotation to split
    k = bisect_right(quote_starts, lo) - 1
    if k < 0 or k + 1 >= len(quotes):
        return None
    first, second = quotes[k], quotes[k + 1]
    if first.end > lo or second.start < hi or second.start - hi > _BETWEEN:
        return None
    gap = text[first.end : lo]
    if gap.strip(" ,") or not (gap.strip() == "," or text[first.content_start : first.content_end].rstrip().endswith(",")):
        return None  # the first half closes with its comma: '“The plan,” said' or '“The plan”, said'
    between = text[hi : second.start].rstrip()
    if not between.endswith(",") or between.count(",") > 1 or any(c in ".!?\n" for c in between):
        return None  # and the attribution with a comma: 'said, “' or 'told the BBC, “'
    if not (first.start <= content.start < second.end and content.end > first.content_start):
        return None  # the content found is elsewhere: leave it
    return first.content, second.content
