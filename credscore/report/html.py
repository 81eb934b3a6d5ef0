"""The HTML report: one self-contained page rendered by Jinja2 with autoescaping always on.

Outlet names and article text are untrusted.  Every such string reaches the page only through
the template's ``{{ }}`` with autoescape on, never through ``|safe`` or ``Markup``; the only
markup built here is the page's own measuring script, which contains no data.  As a second wall,
the page carries a Content-Security-Policy that forbids every network fetch and allows exactly
one script, by its hash, so even a missed escape could not run injected code or load anything.

Geometry (positions of dots, whiskers and bars) is computed here as plain numbers; the template
only places them.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from credscore._optional import require

if TYPE_CHECKING:  # pragma: no cover
    from credscore.compare import Comparison, GroupSummary

# Writes each chart's rendered size into data attributes, so a browser test (or a curious
# reader) can see that every chart was laid out with a size.
MEASURE_SCRIPT = """
(function () {
  var charts = document.querySelectorAll("svg.chart");
  var drawn = 0;
  for (var i = 0; i < charts.length; i++) {
    var rect = charts[i].getBoundingClientRect();
    var box = charts[i].getBBox();
    charts[i].setAttribute("data-rendered", Math.round(rect.width) + "x" + Math.round(rect.height));
    charts[i].setAttribute("data-bbox", Math.round(box.width) + "x" + Math.round(box.height));
    if (rect.width > 0 && rect.height > 0 && box.width > 0 && box.height > 0) { drawn++; }
  }
  document.documentElement.setAttribute("data-charts", charts.length + ":" + drawn);
})();
"""

# Ranking chart geometry (SVG user units).
CHART_WIDTH = 760
LABEL_WIDTH = 230
RIGHT_MARGIN = 110
ROW_HEIGHT = 26
AXIS_HEIGHT = 34
MAX_LABEL_CHARS = 34
# Driver chart geometry.
DRIVER_WIDTH = 560
DRIVER_LABEL = 230
DRIVER_ROW = 22
# Pairwise table rows shown before the report says it stops.
MAX_PAIR_ROWS = 200


@lru_cache(maxsize=1)
def _environment() -> Any:
    jinja2 = require("jinja2", "report", purpose="the HTML report")
    return jinja2.Environment(
        loader=jinja2.PackageLoader("credscore.report", "templates"),
        # Always on, whatever the template's file name: select_autoescape would not cover .j2.
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def script_hash(script: str = MEASURE_SCRIPT) -> str:
    """The CSP source expression that allows exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy() -> str:
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src {script_hash()}; base-uri 'none'; form-action 'none'"
    )


def fmt(value: float | None, digits: int = 3) -> str:
    """A number for people: ``digits`` significant figures, '–' for missing."""
    if value is None:
        return "–"
    if abs(value) >= 10 ** digits:
        return f"{value:.0f}"
    return f"{value:.{digits}g}"


def fmt_score(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def short_label(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _nice_domain(lows: list[float], highs: list[float]) -> tuple[float, float, float]:
    """Axis limits (multiples of 5 inside 0-100) and tick step for the ranking chart."""
    lo = max(0.0, min(lows) - 2.0)
    hi = min(100.0, max(highs) + 2.0)
    lo = 5.0 * int(lo // 5)
    hi = min(100.0, 5.0 * -int(-hi // 5))
    if hi - lo < 10:
        hi = min(100.0, lo + 10) if lo + 10 <= 100 else hi
        lo = hi - 10
    step = 5.0 if hi - lo <= 40 else 10.0
    return lo, hi, step


def ranking_chart(comparison: "Comparison") -> dict[str, Any]:
    """Rows (label, dot, whisker) and axis ticks for the ranked outlets."""
    scored = [g for g in comparison.groups if g.score.mean is not None]
    if not scored:
        return {"rows": [], "ticks": [], "width": CHART_WIDTH, "height": AXIS_HEIGHT}
    lows = [g.score.low if g.score.low is not None else g.score.mean for g in scored]
    highs = [g.score.high if g.score.high is not None else g.score.mean for g in scored]
    lo, hi, step = _nice_domain(lows, highs)
    plot = CHART_WIDTH - LABEL_WIDTH - RIGHT_MARGIN

    def x(v: float) -> float:
        return round(LABEL_WIDTH + (min(max(v, lo), hi) - lo) / (hi - lo) * plot, 2)

    rows = []
    for i, (g, low, high) in enumerate(zip(scored, lows, highs)):
        y = AXIS_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2
        rows.append({
            "label": short_label(g.label),
            "full": g.label,
            "y": y,
            "x_mean": x(g.score.mean),
            "x_low": x(low),
            "x_high": x(high),
            "mean": fmt_score(g.score.mean),
            "interval": f"{fmt_score(low)}–{fmt_score(high)}",
            "n": g.count,
            "thin": g.thin,
            "anchor": _anchor(comparison, g),
        })
    ticks = []
    t = lo
    while t <= hi + 1e-9:
        ticks.append({"x": x(t), "label": f"{t:.0f}"})
        t += step
    height = AXIS_HEIGHT + len(rows) * ROW_HEIGHT + 8
    return {
        "rows": rows, "ticks": ticks, "width": CHART_WIDTH, "height": height,
        "plot_left": LABEL_WIDTH, "plot_right": LABEL_WIDTH + plot, "axis_y": AXIS_HEIGHT - 6,
        "bottom": height - 4, "domain": f"{lo:.0f}–{hi:.0f}",
    }


def driver_chart(group: "GroupSummary") -> dict[str, Any]:
    """Diverging bars: each driver's mean contribution to the group's logit."""
    drivers = list(group.drivers)
    if not drivers:
        return {"rows": [], "width": DRIVER_WIDTH, "height": 0}
    extent = max(abs(d.mean_contribution) for d in drivers) or 1.0
    half = (DRIVER_WIDTH - DRIVER_LABEL - 60) / 2
    zero = DRIVER_LABEL + half
    rows = []
    for i, d in enumerate(drivers):
        length = abs(d.mean_contribution) / extent * half
        left = zero if d.mean_contribution > 0 else zero - length
        rows.append({
            "signal": d.signal,
            "y": 6 + i * DRIVER_ROW,
            "x": round(left, 2),
            "w": round(max(length, 1.0), 2),
            "up": d.mean_contribution > 0,
            "value": f"{d.mean_contribution:+.3f}",
            "text_x": round(zero + half + 6, 2),
        })
    return {"rows": rows, "width": DRIVER_WIDTH, "height": 12 + len(rows) * DRIVER_ROW, "zero": zero}


def _anchor(comparison: "Comparison", group: "GroupSummary") -> str:
    # Anchors are positions, never names: a name may hold anything.
    return f"group-{comparison.groups.index(group) + 1}"


def build_context(comparison: "Comparison", *, title: str | None = None) -> dict[str, Any]:
    from credscore._version import __version__

    groups = []
    for g in comparison.groups:
        evidence = [
            {"driver": d, "exemplars": list(d.evidence)} for d in g.drivers if d.evidence
        ]
        groups.append({
            "g": g,
            "label": g.label,
            "anchor": _anchor(comparison, g),
            "mean": fmt_score(g.score.mean),
            "median": fmt_score(g.score.median),
            "interval": (
                "–" if g.score.low is None else f"{fmt_score(g.score.low)}–{fmt_score(g.score.high)}"
            ),
            "chart": driver_chart(g),
            "evidence": evidence,
            "flags": ", ".join(f"{k} ×{v}" for k, v in g.flags.items()),
        })
    signal_rows = []
    for name in comparison.signals:
        cells = []
        for g in comparison.groups:
            s = g.signals.get(name)
            if s is None or s.mean is None:
                cells.append({"mean": "–", "interval": ""})
            else:
                cells.append({"mean": fmt(s.mean), "interval": f"{fmt(s.low)}–{fmt(s.high)}"})
        signal_rows.append({"name": name, "cells": cells})
    labels = {g.group: g.label for g in comparison.groups}
    pairs = [
        {
            "a": labels[p.a], "b": labels[p.b], "difference": f"{p.difference:+.1f}",
            "interval": "–" if p.low is None else f"{p.low:+.1f} to {p.high:+.1f}",
            "delta": f"{p.cliffs_delta:+.2f}", "magnitude": p.magnitude, "thin": p.thin,
        }
        for p in comparison.pairs[:MAX_PAIR_ROWS]
    ]
    weights = sorted(comparison.weights)
    return {
        "title": title or f"credscore: comparison by {comparison.by}",
        "csp": content_security_policy(),
        # The one piece of markup not escaped: a constant with no data in it.
        "script": require("markupsafe", "report", purpose="the HTML report").Markup(MEASURE_SCRIPT),
        "version": __version__,
        "c": comparison,
        "n_articles": sum(g.count for g in comparison.groups),
        "groups": groups,
        "ranking": ranking_chart(comparison),
        "signal_rows": signal_rows,
        "pairs": pairs,
        "pairs_cut": len(comparison.pairs) - len(pairs),
        "weights": ", ".join(weights),
        "mixed_weights": len(weights) > 1,
        "any_thin": any(g.thin for g in comparison.groups),
        "any_sampled": any(g.sampled for g in comparison.groups),
        "confidence": f"{comparison.confidence * 100:g}%",
    }


def render_html(comparison: "Comparison", *, title: str | None = None) -> str:
    """The comparison as one self-contained HTML page."""
    template = _environment().get_template("report.html.j2")
    context = build_context(comparison, title=title)
    html = template.render(**context)
    # The script must be byte-identical to what the CSP hash allows.
    assert MEASURE_SCRIPT in html
    return html
