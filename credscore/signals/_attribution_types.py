"""The attribution record the sourcing family produces and other families read."""

from __future__ import annotations

import attrs

from credscore.spans import Span, make_span

SOURCE_TYPES = (
    "named_person",
    "named_organization",
    "document",
    "unnamed_individual",
    "unnamed_group",
    "agentless",
    "self",
    "unresolved",
)


@attrs.frozen(slots=True, kw_only=True)
class Attribution:
    """One attribution: a cue ("said"), who it credits (``source``) and what (``content``).

    ``direct`` is true when the content is a direct quotation; ``resolved_from`` is the earlier
    mention a pronoun or a bare description ("he", "the report") was resolved to, else None.
    ``kind`` says which cue class found it (speech, cognition, agentless, according, and record:
    a record that sets its sentence, "In the video, ...").  ``continued`` holds the quotations
    after the cue that carry the content on with no cue of their own, in text order: the second
    half of a quotation the attribution interrupts ('“The plan,” she said, “has failed.”') and
    the quotations of later sentences ('“We will rebuild,” she said. “Nobody will be left
    behind.”').
    """

    cue: Span
    source: Span | None
    content: Span | None
    source_type: str = attrs.field(validator=attrs.validators.in_(SOURCE_TYPES))
    named: bool
    direct: bool
    resolved_from: Span | None = None
    kind: str = "speech"
    continued: tuple[Span, ...] = ()

    @property
    def bounds(self) -> tuple[int, int]:
        """Start and end of the smallest span that covers cue, source and content."""
        cue, source, content = self.cue, self.source, self.content
        start, end = cue.start, cue.end
        if source is not None:
            start, end = min(start, source.start), max(end, source.end)
        if content is not None:
            start, end = min(start, content.start), max(end, content.end)
        return start, end

    @property
    def extent(self) -> Span:
        """:attr:`bounds` as a span."""
        return make_span(*self.bounds)
