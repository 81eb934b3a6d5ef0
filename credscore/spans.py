"""Character spans into a document's text, and the evidence built from them."""

from __future__ import annotations

from typing import Any, Callable, Mapping

import attrs

from credscore._records import maker


@attrs.frozen(slots=True)
class Span:
    """A half-open character range ``[start, end)`` into a document's text."""

    start: int
    end: int

    def text_of(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def strip_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed past white space (``str.isspace``) at both ends."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def span_dict(text: str, start: int, end: int) -> dict[str, Any]:
    """The JSON form of a span: ``{"start", "end", "text"}``."""
    return {"start": start, "end": end, "text": text[start:end]}


@attrs.frozen(slots=True, kw_only=True)
class Evidence:
    """One piece of evidence: a span of the profile's text and what a signal found there.

    ``details`` holds the signal-specific fields (JSON-safe values only), for instance an
    attribution's ``cue``/``source``/``content`` spans, ``source_type`` and ``named``.
    """

    start: int
    end: int
    text: str
    label: str | None = None
    details: Mapping[str, Any] = attrs.field(factory=dict)

    @classmethod
    def from_text(
        cls, text: str, start: int, end: int, *, label: str | None = None, **details: Any
    ) -> "Evidence":
        return cls(start=start, end=end, text=text[start:end], label=label, details=details)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.label is not None:
            out["label"] = self.label
        out.update(self.details)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Evidence":
        details = {k: v for k, v in data.items() if k not in ("start", "end", "text", "label")}
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            label=data.get("label"),
            details=details,
        )


# Positional constructors that skip the generated __init__ (credscore._records), for the code that
# builds spans and evidence by the hundred per article: make_span(start, end),
# make_evidence(start, end, text, label, details).
make_span: Callable[[int, int], Span] = maker(Span)
make_evidence: Callable[[int, int, str, "str | None", Mapping[str, Any]], Evidence] = maker(Evidence)
