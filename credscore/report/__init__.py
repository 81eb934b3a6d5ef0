"""Renderers for a :class:`~credscore.compare.Comparison`: Markdown and a self-contained HTML page.

Renderers only present what the comparison computed; they never score or aggregate.  Markdown
needs nothing beyond the standard library; HTML needs Jinja2 (``pip install 'credscore[report]'``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from credscore.report.markdown import render_markdown

if TYPE_CHECKING:  # pragma: no cover
    from credscore.compare import Comparison

__all__ = ["render_html", "render_markdown", "write_report"]


def render_html(comparison: "Comparison", *, title: str | None = None) -> str:
    """The comparison as one self-contained HTML page (inline CSS and SVG, no external URLs)."""
    from credscore.report.html import render_html as _render

    return _render(comparison, title=title)


def write_report(comparison: "Comparison", path: str, *, format: str | None = None,
                 title: str | None = None) -> None:
    """Write the comparison to ``path`` as ``html`` or ``md`` (default: by the file's suffix)."""
    fmt = format or ("md" if Path(path).suffix.lower() in (".md", ".markdown") else "html")
    body = render_html(comparison, title=title) if fmt == "html" else render_markdown(comparison, title=title)
    Path(path).write_text(body, encoding="utf-8")
