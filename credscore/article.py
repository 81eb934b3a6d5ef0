"""The input document."""

from __future__ import annotations

import attrs


def _optional_str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


@attrs.frozen(kw_only=True)
class Article:
    """One document to score: its text and what is known about where it came from."""

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str | None = attrs.field(default=None, converter=_optional_str)
    outlet: str | None = attrs.field(default=None, converter=_optional_str)
    url: str | None = attrs.field(default=None, converter=_optional_str)
    title: str | None = attrs.field(default=None, converter=_optional_str)
    published: str | None = attrs.field(default=None, converter=_optional_str)
    flags: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    # Boilerplate labels for the lines of ``text`` when the reader already knows them (the HTML
    # reader does, from the page's structure); None lets the text classifier decide.
    line_labels: tuple[str | None, ...] | None = attrs.field(
        default=None, converter=attrs.converters.optional(tuple)
    )
