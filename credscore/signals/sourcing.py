"""Signal family ``sourcing``: who says so, and can the reader check them?

Finds every attribution in the article text (a cue such as "said", "according to", "believe" or
"reportedly", its source and its content), types each source (named person or organisation,
document, unnamed individual or group, agentless, the outlet itself, unresolved pronoun) and
summarises them per document.  ``attributions_of(doc)`` is shared with other families through
``doc.memo``: the language family asks whether a word lies inside attributed speech.
"""

from __future__ import annotations

from functools import partial
from typing import Any, Final

from credscore._collector import collector_paused
from credscore._int_bisect import bisect_left, bisect_right
from credscore._records import maker
from credscore.analysis import AnalyzedText, non_space_counts
from credscore.registry import SignalResult, register
from credscore.signals._attribution_continued import continued_contents, interrupted_quotation
from credscore.signals._attribution_lexicon import POSSESSIVE_ENDINGS
from credscore.signals._attribution_phrase import strip_span
from credscore.signals._attribution_preceding import quotation_before_speaker
from credscore.signals._attribution_quotes import outer_quotation_starts, outer_quotations
from credscore.signals._attribution_resolve import resolve
from credscore.signals._attribution_scan import find_attributions
from credscore.signals._attribution_subjects import subject_before
from credscore.signals._attribution_types import SOURCE_TYPES, Attribution
from credscore.spans import Evidence, Span, make_evidence, make_span, span_dict

__all__ = ["Attribution", "SOURCE_TYPES", "attributions_of", "sourcing", "PROVIDES"]

PROVIDES: Final = (
    "attribution_density",
    "attributed_sentence_share",
    "named_source_share",
    "anonymous_source_share",
    "unresolved_source_share",
    "quote_share",
    "distinct_named_sources",
)
_MARKS: Final = " \t\r\n\"“”'‘’«».,;:!?"  # what a content may hold around its one quotation
_OPENERS_FOR_CLOSERS: Final = {"“": "”", "„": "”", "«": "»"}
_CLOSERS_FOR_OPENERS: Final = {"”": "“", "»": "«"}
_ANONYMOUS: Final = frozenset({"unnamed_individual", "unnamed_group", "agentless", "document"})
# Attribution(cue, source, content, source_type, named, direct, resolved_from, kind, continued), by
# position, without its generated __init__ (which cost more than the rest of building the record):
# _attributions checks each source type against SOURCE_TYPES itself
_make_attribution: Final = maker(Attribution, caller_validates=True)
_SOURCE_TYPE_SET: Final = frozenset(SOURCE_TYPES)


def _misused_marks(doc: AnalyzedText) -> dict[int, str]:
    """The opening marks that close a quotation ('“Not yet,“ he said') and the closing marks
    that open one, each with the mark it stands for."""
    text = doc.text
    marks = {}
    for q in doc.quotations:
        if q.closed and text[q.end - 1] in _OPENERS_FOR_CLOSERS:
            marks[q.end - 1] = _OPENERS_FOR_CLOSERS[text[q.end - 1]]
        if text[q.start] in _CLOSERS_FOR_OPENERS:
            marks[q.start] = _CLOSERS_FOR_OPENERS[text[q.start]]
    return marks


def _compute(doc: AnalyzedText) -> tuple[Attribution, ...]:
    with collector_paused():  # (the pass makes no cycles: see credscore._collector)
        return _compute_attributions(doc)


def _compute_attributions(doc: AnalyzedText) -> tuple[Attribution, ...]:
    if not doc.text.isascii():
        misused = _misused_marks(doc)
        if misused:
            # the rules read each mark's direction; with the misused ones turned round they read
            # the quotation as its writer meant it, at the same offsets
            return _attributions(doc.with_marks_replaced(misused))
    return _attributions(doc)


def _attributions(doc: AnalyzedText) -> tuple[Attribution, ...]:
    found, mentions = find_attributions(doc)
    resolved = resolve(found, mentions, doc.text, partial(subject_before, doc))
    quotes = outer_quotations(doc)
    text = doc.text
    inside = _QuotedLength(quotes)
    starts = inside.starts
    out = []
    ends = [q.end for q in quotes]
    quote_starts = outer_quotation_starts(doc)
    sentence_starts = doc.article_sentence_starts
    cue_bounds: list[tuple[int, int]] = []
    for f, r in zip(found, resolved):
        content = f.content
        before = quotation_before_speaker(text, quotes, ends, sentence_starts, f.cue, f.source, content) if quotes else None
        if before is not None:
            content = before
        # (the length by its bounds: len() would call Span.__len__ as Python from compiled code)
        direct = content is not None and bool(quotes) and inside(content) * 2 >= content.end - content.start
        if direct and content is not None:
            # a content that is one quotation plus its marks and a comma is that quotation
            k = max(0, bisect_right(starts, content.end) - 1)
            q = quotes[k]
            if q.start >= content.start - 1 and q.end <= content.end + 1:
                outside = text[content.start : max(content.start, q.content_start)] + text[min(content.end, q.content_end) : content.end]
                if 2 * (q.content_end - q.content_start) >= (content.end - content.start) * 1.6 or not outside.strip(_MARKS):
                    content = q.content  # ('Trump said: “We won.”': the marks are no words)
            elif q.content_start < content.start and content.end <= q.end + 1 and q.end <= f.cue.start:
                # '“A. B,” she said': the cue credits the whole quotation before it, not only the
                # sentence it ends
                content = q.content
            elif q.start >= content.start - 1 and q.end > content.end and q.start >= f.cue.end:
                # 'She said: “A. B.”': the quotation the cue opens runs past its sentence, and the
                # cue credits all of it
                content = q.content
        continued: tuple[Span, ...] = ()
        if direct and content is not None:
            halves = interrupted_quotation(text, quotes, quote_starts, f.cue, f.source, content)
            if halves is not None:
                # '“The plan,” the minister said, “has failed.”': both halves are the content
                content, continued, direct = halves[0], (halves[1],), True
        elif content is not None and f.source is not None:
            around = _around_insertion(text, content, f.cue, f.source)
            if around is not None:
                # "The plan, officials said, was drafted in May": the statement runs on both sides
                content, continued = around[0], (around[1],)
        if content is not None and text[content.start].isupper():
            content = _after_dateline(text, content)
        if r.source_type not in _SOURCE_TYPE_SET:
            raise ValueError(f"source_type must be one of {SOURCE_TYPES}, not {r.source_type!r}")
        out.append(_make_attribution(f.cue, f.source, content, r.source_type, r.named, direct, r.resolved_from, f.kind, continued))
        cue_bounds.append((f.cue.start, f.cue.end))
    # in cue order, stably, as sorting by each attribution's cue would (without reading it back)
    out = [out[i] for i in sorted(range(len(out)), key=cue_bounds.__getitem__)]
    for i, spans in continued_contents(text, doc.article_sentences, sentence_starts, quotes, out).items():
        a = out[i]
        out[i] = _make_attribution(
            a.cue, a.source, a.content, a.source_type, a.named, a.direct, a.resolved_from, a.kind, a.continued + tuple(spans)
        )
    return tuple(out)


_CIRCUMSTANCE_CHARS: Final = 80


def _around_insertion(text: str, content: Span, cue: Span, source: Span) -> tuple[Span, Span] | None:
    """The statement before and after a source and cue inserted into it ("The plan, officials
    said, was drafted in May"), or None when the content does not run on both sides of them."""
    inner_start, inner_end = min(cue.start, source.start), max(cue.end, source.end)
    if not content.start < inner_start or not inner_end < content.end:
        return None
    head = text[content.start : inner_start].rstrip()
    if head[-3:].lower() == " as":
        head = head[:-3]  # "The plan, as officials said, will fail": "as" links the insertion
    before = strip_span(text, content.start, content.start + len(head))
    closing = text.find(",", inner_end, min(content.end, inner_end + _CIRCUMSTANCE_CHARS))
    # the statement resumes after the comma that closes the insertion, past a circumstance of the
    # cue ("The decision, Smith argued in a 40-page brief, violates ...")
    after = strip_span(text, closing + 1 if closing >= 0 else inner_end, content.end)
    if before is None or after is None:
        return None
    return before, after


_DATELINE_MARKS: Final = frozenset(" .'’")
_DASHES: Final = frozenset("-—–―")  # a hyphen, em and en dashes, the horizontal bar ("WASHINGTON ― ")


def _after_dateline(text: str, content: Span) -> Span:
    """``content`` without a wire dateline that opens it: "WASHINGTON (AP) — ", "KABUL,
    Afghanistan (Reuters) - ", "TALLAHASSEE — ".  The place and the agency are the page's, not
    what the source said.  Reads at most 80 characters; anything else leaves the span as it is."""
    k, end = content.start, min(content.end, content.start + 80)
    capitals = 0
    while k < end and (text[k].isupper() or text[k] in _DATELINE_MARKS):
        capitals += text[k].isupper()
        k += 1  # the place in capitals: "WASHINGTON", "NEW YORK", "D.C."
    if capitals < 3 or k >= end:
        return content
    if text[k] == ",":
        k += 1  # "KABUL, Afghanistan", "DENVER, Colo.": the country or state after a comma
        while k < end and (text[k].isalpha() or text[k] in " ."):
            k += 1
    if k < end and text[k] == "(":
        close = text.find(")", k, end)
        if close < 0:
            return content
        k = close + 1  # the agency: "(Reuters)", "(AP)"
    while k < end and text[k] == " ":
        k += 1
    if k >= end or text[k] not in _DASHES:
        return content
    while k < end and (text[k] in _DASHES or text[k].isspace()):
        k += 1
    return make_span(k, content.end) if k < content.end else content


class _QuotedLength:
    """How many characters of a span lie inside direct quotations, in logarithmic time.

    Outer quotations do not overlap, so their starts and ends both increase; a prefix sum of
    their lengths gives the quoted characters between any two of them.  (A loop over the
    quotations inside each content would be quadratic in a long run of short quotations.)
    """

    __slots__ = ("quotes", "starts", "ends", "prefix")

    def __init__(self, quotes) -> None:
        self.quotes = quotes
        self.starts = [q.content_start for q in quotes]
        self.ends = [q.content_end for q in quotes]
        self.prefix = [0]
        for q in quotes:
            self.prefix.append(self.prefix[-1] + q.content_end - q.content_start)

    def __call__(self, span: Span) -> int:
        start, end = span.start, span.end
        lo = bisect_right(self.ends, start)  # the first quotation ending after it starts
        hi = bisect_left(self.starts, end)  # quotations starting before it ends: [.., hi)
        if lo >= hi:
            return 0
        inside = self.prefix[hi] - self.prefix[lo]
        inside -= max(0, start - self.starts[lo])  # the first one may begin before the span
        inside -= max(0, self.ends[hi - 1] - end)  # the last one may end after it
        return inside


def attributions_of(doc: AnalyzedText) -> tuple[Attribution, ...]:
    """Every attribution in the article text of ``doc``, in text order (computed once per doc)."""
    return doc.memo("sourcing.attributions", _compute)  # type: ignore[return-value]


def _name_key(doc: AnalyzedText, a: Attribution) -> str:
    span = a.resolved_from or a.source
    if span is None:
        return ""
    words = doc.text[span.start : span.end].split()
    if a.source_type == "named_person" and words:
        last = words[-1].strip(".,;:'’\"”")
        if last.endswith(POSSESSIVE_ENDINGS):
            last = last[:-2]
        return last.lower()
    return " ".join(w.lower() for w in words if w.lower() not in ("the", "a", "an"))


def _quote_share(doc: AnalyzedText) -> float | None:
    total = doc.article_chars
    if total == 0:
        return None
    quotes = outer_quotations(doc)
    starts = [q.content_start for q in quotes]
    ends = [q.content_end for q in quotes]
    return min(1.0, sum(non_space_counts(doc.text, starts, ends)) / total)


def sourcing_values(doc: AnalyzedText, atts: tuple[Attribution, ...]) -> dict[str, float | None]:
    """The family's values from the document's attributions."""
    n = len(atts)
    words = doc.article_word_count
    sentences = doc.article_sentences
    # sentence starts, for the sentences a cue or a content touches
    s_starts = doc.article_sentence_starts if atts else []
    hit: set[int] = set()
    named = anonymous = unresolved = 0
    named_keys: set[str] = set()
    for a in atts:  # each field read once: attribute reads are most of this loop's cost
        if s_starts:
            for span in (a.cue, a.content, *a.continued):
                if span is None:
                    continue
                lo = max(0, bisect_right(s_starts, span.start) - 1)
                hi = bisect_left(s_starts, span.end)
                hit.update(range(lo, max(lo + 1, hi)))
        source_type = a.source_type
        if a.named:
            named += 1
            named_keys.add(_name_key(doc, a))
        elif source_type in _ANONYMOUS:
            anonymous += 1
        if source_type == "unresolved":
            unresolved += 1
    named_keys.discard("")
    attributed = sum(1 for k in hit if k < len(sentences))
    return {
        "attribution_density": (1000.0 * n / words) if words else None,
        "attributed_sentence_share": (attributed / len(sentences)) if sentences else None,
        "named_source_share": (named / n) if n else None,
        "anonymous_source_share": (anonymous / n) if n else None,
        "unresolved_source_share": (unresolved / n) if n else None,
        "quote_share": _quote_share(doc),
        "distinct_named_sources": float(len(named_keys)) if words else None,
    }


def _span_json(text: str, span: Span | None) -> dict[str, Any] | None:
    return None if span is None else span_dict(text, span.start, span.end)


def attribution_evidence(text: str, a: Attribution) -> Evidence:
    """The public JSON form of one attribution."""
    start, end = a.bounds
    source_type = a.source_type
    return make_evidence(
        start,
        end,
        text[start:end],
        source_type,
        {
            "cue": _span_json(text, a.cue),
            "source": _span_json(text, a.source),
            "content": _span_json(text, a.content),
            "source_type": source_type,
            "named": bool(a.named),
            "direct": bool(a.direct),
            "resolved_from": _span_json(text, a.resolved_from),
            "continued": [span_dict(text, c.start, c.end) for c in a.continued],
        },
    )


@register(
    "sourcing",
    version=2,
    provides=PROVIDES,
    evidence=("attributions",),
    description="Attributions (cue, source, content), source types and named versus anonymous "
    "sourcing over article text",
)
def sourcing(doc: AnalyzedText) -> SignalResult:
    atts = attributions_of(doc)
    evidence = tuple(attribution_evidence(doc.text, a) for a in atts)
    return SignalResult(
        values=sourcing_values(doc, atts),
        evidence={"attributions": evidence},
        meta={"attributions": len(atts)},
    )
