"""The Markdown report: ranking, pairwise differences, signals per group, drivers with evidence.

Outlet names and article text are untrusted: Markdown renderers pass raw HTML through, so every
such string goes through :func:`md_text`, which turns markup characters into entities or
backslash escapes before it reaches the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from credscore.compare import Comparison

# Characters with a meaning in Markdown (or in HTML that Markdown passes through).
_MD_ESCAPES = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_",
    "[": "\\[", "]": "\\]", "|": "\\|", "#": "\\#", "~": "\\~", "!": "\\!",
}


def md_text(value: object) -> str:
    """Untrusted text made inert for Markdown: one line, markup characters escaped."""
    return "".join(_MD_ESCAPES.get(ch, ch) for ch in " ".join(str(value).split()))


def _score(v: float | None) -> str:
    return "–" if v is None else f"{v:.1f}"


def _num(v: float | None) -> str:
    if v is None:
        return "–"
    return f"{v:.0f}" if abs(v) >= 1000 else f"{v:.3g}"


def render_markdown(comparison: "Comparison", *, title: str | None = None) -> str:
    """The comparison as a Markdown document."""
    c = comparison
    conf = f"{c.confidence * 100:g}%"
    n_articles = sum(g.count for g in c.groups)
    weights = ", ".join(sorted(c.weights)) or "unknown"
    out: list[str] = [f"# {md_text(title or f'credscore: comparison by {c.by}')}", ""]
    out.append(
        f"{n_articles} articles in {len(c.groups)} groups (by {md_text(c.by)}); scores 0–100, higher "
        f"means more credible practice; weights {md_text(weights)}. Intervals are {conf} "
        f"percentile bootstrap intervals of the mean ({c.n_boot} resamples, seed {c.seed})."
    )
    if c.errors:
        out.append(f"{c.errors} input records were errors and are not counted.")
    if len(c.weights) > 1:
        out += ["", "**Warning:** the profiles were scored with different weights; their scores are not comparable."]
    if any(g.thin for g in c.groups):
        out += ["", f"*thin*: fewer than {c.thin_below} articles; the interval says little about the outlet."]
    out += ["", "## Ranking", "", f"| # | {md_text(c.by)} | articles | mean | median | {conf} interval | notes |",
            "|---:|---|---:|---:|---:|---:|---|"]
    for g in c.groups:
        interval = "–" if g.score.low is None else f"{_score(g.score.low)}–{_score(g.score.high)}"
        notes = ", ".join(
            (["thin"] if g.thin else []) + (["sampled"] if g.sampled else [])
            + [f"{md_text(k)} ×{v}" for k, v in g.flags.items()]
        )
        out.append(
            f"| {g.rank if g.rank is not None else '–'} | {md_text(g.label)} | {g.count} | "
            f"{_score(g.score.mean)} | {_score(g.score.median)} | {interval} | {notes} |"
        )
    if c.pairs:
        out += ["", "## Pairwise differences", "",
                "Higher-ranked minus lower-ranked mean score, its interval, and Cliff's delta "
                "(P(a > b) − P(a < b) over pairs of articles).", "",
                "| a | b | difference | interval | Cliff's δ | size |", "|---|---|---:|---:|---:|---|"]
        labels = {g.group: g.label for g in c.groups}
        for p in c.pairs:
            interval = "–" if p.low is None else f"{p.low:+.1f} to {p.high:+.1f}"
            size = p.magnitude + (" (thin)" if p.thin else "")
            out.append(
                f"| {md_text(labels[p.a])} | {md_text(labels[p.b])} | {p.difference:+.1f} | "
                f"{interval} | {p.cliffs_delta:+.2f} | {size} |"
            )
    out += ["", f"## Signals per {md_text(c.by)}", "",
            f"Mean over the group's articles, {conf} interval in brackets.", "",
            "| signal | " + " | ".join(md_text(g.label) for g in c.groups) + " |",
            "|---|" + "---:|" * len(c.groups)]
    for name in c.signals:
        cells = []
        for g in c.groups:
            s = g.signals.get(name)
            if s is None or s.mean is None:
                cells.append("–")
            else:
                cells.append(f"{_num(s.mean)} [{_num(s.low)}, {_num(s.high)}]")
        out.append(f"| `{name}` | " + " | ".join(cells) + " |")
    out += ["", f"## What moves each {md_text(c.by)}'s score"]
    for g in c.groups:
        rank = f"{g.rank}. " if g.rank is not None else ""
        out += ["", f"### {rank}{md_text(g.label)}" + (" (thin)" if g.thin else ""), ""]
        if not g.drivers:
            out.append("No signal moved this group's scores.")
            continue
        for d in g.drivers:
            out.append(f"- `{d.signal}` {d.direction} the score ({d.mean_contribution:+.3f} on the logit)")
            for e in d.evidence:
                where = f"article {md_text(e.article) if e.article is not None else '(no id)'}, {e.start}–{e.end}"
                label = f", {md_text(e.label)}" if e.label else ""
                out.append(
                    f"  - {md_text(e.before)} **{md_text(e.highlight)}** {md_text(e.after)} "
                    f"({where}{label})"
                )
    return "\n".join(out) + "\n"
