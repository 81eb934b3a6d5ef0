"""The outer direct quotations the sourcing family reads, including two-apostrophe quote marks.

Some newspapers' archives (the New York Times among them) write a double quotation mark as two
apostrophes: ''I said no,'' he said.  The shared segmentation reads them as apostrophes and finds
no quotation, so every cue inside such a quotation would be taken for the writer's own.  When a
text holds two apostrophes in a row, this module rewrites each pair, offsets unchanged, as a
space and a straight double mark (an opener) or a mark and a space (a closer), and runs the shared
quotation finder on that view.  Other texts use the shared quotations as they are.
"""

from __future__ import annotations

from typing import Final

from credscore.analysis import AnalyzedText, Quotation, find_quotations
from credscore.signals._attribution_tokens import has_apostrophe_pairs

_PAIR: Final = "''"


def _two_apostrophe_view(text: str) -> str:
    """``text`` with each run of two or three apostrophes rewritten as a double mark (same length)."""
    out = []
    last = 0
    pos = text.find(_PAIR)
    n = len(text)
    while pos >= 0:
        run = 2
        while pos + run < n and text[pos + run] == "'" and run < 3:
            run += 1
        prev = text[pos - 1] if pos > 0 else " "
        opener = prev.isspace() or prev in "([—–-/"
        out.append(text[last:pos])
        if run == 3:
            # ''' is a double and a single mark: opening " ' or closing ' "
            out.append(' "\'' if opener else '\'" ')
        else:
            out.append(' "' if opener else '" ')
        last = pos + run
        pos = text.find(_PAIR, last)
    out.append(text[last:])
    return "".join(out)


def _compute(doc: AnalyzedText) -> tuple[Quotation, ...]:
    text = doc.text
    if not has_apostrophe_pairs(doc):
        return tuple(q for q in doc.article_quotations if q.depth == 0)
    found = find_quotations(_two_apostrophe_view(text), doc.paragraphs)
    return tuple(q for q in found if q.depth == 0 and doc.is_article_offset(q.start))


def outer_quotations(doc: AnalyzedText) -> tuple[Quotation, ...]:
    """The article's outer direct quotations, in text order (computed once per document)."""
    return doc.memo("sourcing.quotations", _compute)  # type: ignore[return-value]


def _starts(doc: AnalyzedText) -> list[int]:
    return [q.start for q in outer_quotations(doc)]


def outer_quotation_starts(doc: AnalyzedText) -> list[int]:
    """The starts of :func:`outer_quotations`, for bisection (computed once per document: the
    attribution scan and the assembly of its results both bisect them; read-only by convention)."""
    return doc.memo("sourcing.quotation_starts", _starts)  # type: ignore[return-value]
