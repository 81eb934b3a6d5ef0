"""Small look-ups shared by the sourcing test modules: attributions of a text, the text of a
span, and the one attribution with a given cue."""

from __future__ import annotations

from credscore.analysis import AnalyzedText
from credscore.signals.sourcing import Attribution, attributions_of


def attributions(text: str) -> tuple[Attribution, ...]:
    return attributions_of(AnalyzedText(text))


def span_text(text: str, span) -> str | None:
    return None if span is None else text[span.start : span.end]


def one(text: str, cue: str) -> Attribution:
    """The only attribution whose cue reads ``cue``; fails the test if there is not exactly one."""
    found = [a for a in attributions(text) if span_text(text, a.cue) == cue]
    assert len(found) == 1, f"expected one {cue!r} attribution in {text!r}, got {len(found)}"
    return found[0]


def source_and_content(text: str, cue: str) -> tuple[str | None, str | None]:
    """The source and content, as text, of the one attribution whose cue reads ``cue``."""
    a = one(text, cue)
    return span_text(text, a.source), span_text(text, a.content)


def cues(text: str) -> list[str | None]:
    return [span_text(text, a.cue) for a in attributions(text)]


def sources(text: str) -> list[str | None]:
    return [span_text(text, a.source) for a in attributions(text)]


def typed_source(text: str, cue: str) -> tuple[str | None, str, bool]:
    """The source text, source type and ``named`` of the one attribution whose cue reads ``cue``."""
    a = one(text, cue)
    return span_text(text, a.source), a.source_type, a.named
