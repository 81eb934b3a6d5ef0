"""Signal family ``boilerplate``: page furniture (menus, share prompts, comment forms, paywalls,
legal notices, promotions, captions, repeated lines) told apart from the article's own text.

Two functions:

* :func:`classify_lines` labels every line of a document with a boilerplate kind, or None for
  article text.  The pipeline hands it to :class:`~credscore.analysis.AnalyzedText` as the line
  classifier, so every other family reads article lines only.  It therefore looks at
  ``doc.text`` and ``doc.lines`` alone, never at ``doc.line_labels`` or an ``article_*`` view.
* :func:`boilerplate` (registered as ``boilerplate.v1``) reads the labels the pipeline computed
  (from this classifier, or from the HTML reader's block structure) and turns them into ratios
  and evidence.
"""

from __future__ import annotations

from typing import Final, Sequence, TYPE_CHECKING

from credscore.analysis import non_space_counts
from credscore.registry import SignalResult, register
from credscore.signals._boilerplate_context import BlockHint, classify
from credscore.signals._boilerplate_lines import KINDS, shapes_of
from credscore.spans import Evidence

if TYPE_CHECKING:
    from credscore.analysis import AnalyzedText

__all__ = ["KINDS", "BlockHint", "boilerplate", "classify_lines", "classify_texts"]

_KIND_RATIOS: Final = tuple(f"boilerplate_{kind}_ratio" for kind in KINDS)


def classify_texts(
    lines: Sequence[str], hints: Sequence[BlockHint | None] | None = None
) -> list[str | None]:
    """A boilerplate kind (or None for article text) for each line of text, in order.

    ``hints`` carries what an HTML page says about each line (link density, enclosing tags);
    plain text passes none.
    """
    return classify(shapes_of(lines), hints)


def classify_lines(doc: "AnalyzedText") -> list[str | None]:
    """The line classifier the pipeline installs: one label per ``doc.lines`` entry."""
    text = doc.text
    return classify_texts([text[ln.start : ln.end] for ln in doc.lines])


@register(
    "boilerplate",
    version=1,
    provides=("boilerplate_ratio", *_KIND_RATIOS, "article_chars"),
    evidence=("boilerplate",),
    description=(
        "Share of the text's non-space characters on page-furniture lines (navigation, share, "
        "comments, subscription, legal, related, caption, duplicate), in total and per kind, "
        "and the article's own non-space characters."
    ),
)
def boilerplate(doc: "AnalyzedText") -> SignalResult:
    text = doc.text
    labels = doc.line_labels
    per_kind = dict.fromkeys(KINDS, 0)
    total = 0
    evidence: list[Evidence] = []
    run_kind: str | None = None
    run_start = run_end = 0
    run_lines = 0

    def flush() -> None:
        if run_kind is not None:
            evidence.append(
                Evidence.from_text(text, run_start, run_end, label=run_kind, kind=run_kind, lines=run_lines)
            )

    lines = doc.lines
    counts = non_space_counts(text, [ln.start for ln in lines], [ln.end for ln in lines])
    for line, kind, chars in zip(lines, labels, counts):
        total += chars
        if kind is not None:
            per_kind[kind] = per_kind.get(kind, 0) + chars
        if kind is not None and kind == run_kind:
            run_end = line.end
            run_lines += 1
            continue
        flush()
        run_kind, run_start, run_end, run_lines = kind, line.start, line.end, 1
    flush()

    furniture = sum(per_kind.values())
    values: dict[str, float | None] = {
        "boilerplate_ratio": furniture / total if total else None,
        "article_chars": float(total - furniture),
    }
    for kind, name in zip(KINDS, _KIND_RATIOS):
        values[name] = per_kind[kind] / total if total else None
    return SignalResult(
        values=values,
        evidence={"boilerplate": tuple(evidence)},
        meta={"lines": len(labels), "boilerplate_lines": sum(1 for k in labels if k is not None)},
    )
