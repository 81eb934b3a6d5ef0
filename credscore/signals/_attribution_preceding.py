"""A quotation that closes right before its speaker, read across the sentence splitter's cuts.

'“Russia, if you’re listening, I hope you’re able to find the 30,000 emails.” Trump said.' and
'“What kind of people do I have here?” Trump asked, looking far from displeased.': a question
mark, an exclamation mark or a full stop inside the closing mark followed by a capitalised
speaker ends a sentence for the splitter, so the cue's sentence holds no quotation and the
scanner finds no content, or only the circumstance after the cue ("after the debate").  The
same happens when a quotation of several sentences ends before '," Trump said, after ...', and
with quotations written with two apostrophes (''...'').  The scanner handles a quotation that
opens the cue's own sentence (``_quotation_before_speaker``); this reads the document's
quotations for the rest.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_right
from credscore.analysis import Quotation
from credscore.spans import Span

# what may close the words of a quotation that a cue after it credits: '“...,” she said',
# '“...?” he asked', '“...!” he shouted', '“... --” she said'; a full stop only when the cue
# has no content of its own ('“... missing.” Trump said.'), since '“A.” Trump said the plan
# failed.' starts a new report
_ENDS: Final = frozenset(",?!—–-…")
# between the closing mark and the speaker: spaces, one line break, the second of two apostrophes
_GAP: Final = " \t\r\n'’"
_QUOTE_MARKS: Final = frozenset("\"“”'‘’«»")
# what a content after the cue may open with and still say only when or how it was said: "after
# CNBC's Becky Quick said so", "during a panel", "in a 2009 email", "matter-of-factly"
_CIRCUMSTANCES: Final = frozenset(
    """after before while as when whenever in on at during with without amid following of last
    this earlier later yesterday today tonight monday tuesday wednesday thursday friday saturday
    sunday""".split()
)


_DESCRIPTION_REACH: Final = 80  # characters of a description set off between a speaker and the verb


def _set_off_description(between: str) -> bool:
    """Whether the text between a speaker and the verb is a description set off by commas
    ('“...?” Smith, a lawyer, asked.'), not the verb and a comma before a participle."""
    gap = between.strip()
    return len(gap) <= _DESCRIPTION_REACH and len(gap) > 2 and gap[0] == "," and gap[-1] == "," and not any(c in _QUOTE_MARKS for c in gap)


def quotation_before_speaker(
    text: str,
    quotes: tuple[Quotation, ...],
    ends: list[int],
    sentence_starts: list[int],
    cue: Span,
    source: Span | None,
    content: Span | None,
) -> Span | None:
    """The content of the quotation that opens a sentence and closes right before ``source`` and
    ``cue`` (whichever comes first, with no comma between them), when the cue found no content or
    only a time or circumstance after it; else None.  ``ends`` holds the quotations' end offsets.

    A quotation inside a sentence ('on “CBS This Morning,” Trump said', 'the “eminent domain!”
    Cruz accuses Trump of') is a title or a phrase the writer quotes, not the speaker's words."""
    cue_start, cue_end = cue.start, cue.end
    if source is None or content is not None and content.start < cue_end:
        return None  # agentless, or a content before the cue: the scanner's own reading stands
    source_start, source_end = source.start, source.end
    lo, hi = (cue_start, source_end) if cue_start < source_start else (source_start, cue_end)
    if "," in text[lo:hi] and not _set_off_description(text[source_end:cue_start]):
        return None  # '“...,” he said, pointing to': the participle's speaker is taken from afar
    k = bisect_right(ends, lo) - 1
    if k < 0:
        return None
    q = quotes[k]
    first = bisect_right(sentence_starts, q.start) - 1
    if first < 0 or text[sentence_starts[first] : q.start].strip(_GAP):
        return None
    gap = text[q.end : lo]
    if gap.strip(_GAP) or gap.count("\n") > 1:
        return None  # the quotation must touch the speaker
    inner = text[q.content_start : q.content_end].rstrip(" \t\r\n")
    if not inner:
        return None
    last = inner[-1]
    if content is None:
        return q.content if last in _ENDS or last == "." else None
    if last not in _ENDS:
        return None
    words = text[content.start : content.end].split(None, 1)
    opening = words[0].lower() if words else ""
    if opening not in _CIRCUMSTANCES and not opening.endswith("ly"):
        return None  # "Cruz accuses Trump of ...": the cue's own object
    between = text[cue_end : content.start]
    if ":" in between or any(c in _QUOTE_MARKS for c in between) or text[content.start] in _QUOTE_MARKS:
        return None  # '“...,” she told them: “...”': the cue introduces more words
    if "that" in between.lower().split():
        return None  # '“...,” he said that ...': a reported clause follows
    return q.content
