"""Reports: HTML and Markdown rendering, escaping of untrusted text, and the compare/report CLI."""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import json
import re
import sys
from pathlib import Path

import pytest

import credscore
from credscore._optional import MissingExtraError
from credscore.compare import compare
from credscore.profile import Contribution, Dimension, Profile
from credscore.report.markdown import md_text, render_markdown
from credscore.spans import Evidence

jinja2 = pytest.importorskip("jinja2", reason="the HTML report needs the 'report' extra (jinja2)")

from credscore.report import html as report_html  # noqa: E402
from credscore.report import write_report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "seeds" / "manifest.json"
HOSTILE_OUTLET = "<script>alert(1)</script>"
HOSTILE_WORDS = "<img src=x onerror=alert(1)>"
# Anything that would make a browser fetch: attributes or CSS pointing at a network URL.
RESOURCE_URL = re.compile(r"""(?:src|href|action|data|poster)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)


def hostile_profile() -> Profile:
    text = f"Officials spoke. The {HOSTILE_WORDS} brutal thugs attacked, the blog wrote. More text follows."
    start = text.index(HOSTILE_WORDS)
    end = text.index(" attacked")
    ev = Evidence.from_text(text, start, end, label="<b>bold</b>", voice="writer")
    dim = Dimension(
        name="language", score=20.0, intercept=0.0,
        contributions=(Contribution(signal="sentiment_negative_share", value=0.9, mean=0.2,
                                    scale=0.1, weight=-0.2, contribution=-1.4),),
    )
    return Profile(
        id="evil-1", outlet=HOSTILE_OUTLET, url=None, title=None, text=text, score=20.0,
        dimensions={"language": dim}, signals={"sentiment_negative_share": 0.9},
        evidence={"sentiment": (ev,)}, flags=(), provenance={"weights": "test-0"},
    )


@pytest.fixture(scope="module")
def seed_profiles():
    """The five seeds scored, each its own outlet."""
    return list(credscore.score_many(credscore.read_articles(str(MANIFEST))))


@pytest.fixture(scope="module")
def seed_html(seed_profiles):
    """The HTML report of the seeds."""
    return compare(seed_profiles).to_html()


@pytest.fixture(scope="module")
def hostile_comparison():
    """A comparison with a hostile outlet name and hostile article text."""
    benign = Profile.from_dict({**hostile_profile().to_dict(), "outlet": "Fine News", "id": "ok-1", "score": 60.0})
    return compare([hostile_profile(), benign], n_boot=50)


# --- HTML ---------------------------------------------------------------------------------


def test_hostile_outlet_and_text_are_escaped_in_html(hostile_comparison):
    """A <script> outlet name and <img onerror> article text come out as text, never markup."""
    html = hostile_comparison.to_html()
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html and "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert html.count("<script") == 1  # the report's own measuring script, nothing else


def test_hostile_words_are_highlighted_inside_mark(hostile_comparison):
    """The evidence span is wrapped in <mark>, escaped, with its article context around it."""
    html = hostile_comparison.to_html()
    marked = re.findall(r"<mark>(.*?)</mark>", html, re.S)
    assert "&lt;img src=x onerror=alert(1)&gt; brutal thugs" in marked
    assert "Officials spoke. The" in html


def test_html_has_no_external_resource_urls(seed_html, hostile_comparison):
    """The page loads nothing from the network: no http(s) or protocol-relative resource URLs."""
    for html in (seed_html, hostile_comparison.to_html()):
        assert not RESOURCE_URL.search(html)
        assert "http://" not in html and "https://" not in html


def test_html_is_self_contained_with_inline_css_svg_and_strict_csp(seed_html):
    """Inline <style> and <svg> charts; a CSP that forbids fetching and allows one script hash."""
    assert "<style>" in seed_html and "<link" not in seed_html
    assert seed_html.count('<svg class="chart') == 1 + 5  # ranking + one driver chart per outlet
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', seed_html).group(1)
    assert "default-src &#39;none&#39;" in csp
    assert report_html.script_hash().replace("'", "&#39;") in csp


def test_csp_hash_matches_the_inline_script(seed_html):
    """The script in the page is byte-identical to what the CSP hash allows."""
    import base64
    import hashlib

    script = re.search(r"<script>(.*?)</script>", seed_html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert report_html.script_hash() == f"'sha256-{digest}'"


def test_template_environment_autoescapes():
    """The Jinja2 environment escapes every expression, whatever the template's name."""
    env = report_html._environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x="<i>") == "&lt;i&gt;"


def test_seeds_report_ranks_outlets_with_intervals(seed_profiles, seed_html):
    """Every seed outlet appears in the ranking table with its mean and interval, in rank order."""
    c = compare(seed_profiles)
    labels = [g.label for g in c.groups]
    positions = [seed_html.index(f'">{label}</a></td>') for label in labels]
    assert positions == sorted(positions)
    for g in c.groups:
        assert f"{g.score.mean:.1f}–{g.score.mean:.1f}" in seed_html  # one article: zero width


def test_seeds_report_explains_the_partisan_blog_with_its_own_words(seed_profiles, seed_html):
    """Seed 003 ranks last and its section highlights words taken from its own text."""
    c = compare(seed_profiles)
    last = c.groups[-1]
    assert last.group == "Citizen Awareness Program"
    section = seed_html[seed_html.index(f'id="group-{len(c.groups)}"'):]
    marks = re.findall(r"<mark>(.*?)</mark>", section, re.S)
    assert marks
    blog_text = next(p.text for p in seed_profiles if p.id == "003")
    import html as htmllib

    for m in marks:
        words = htmllib.unescape(m).split(" … ")[0]
        assert " ".join(words.split()) in " ".join(blog_text.split())


def test_signals_table_lists_every_signal(seed_profiles, seed_html):
    """The signal table has a row per signal found in the profiles."""
    for name in compare(seed_profiles).signals:
        assert f"<code>{name}</code>" in seed_html


def test_html_without_jinja2_names_the_extra(monkeypatch):
    """Without Jinja2 the HTML report raises an error telling to install credscore[report]."""
    report_html._environment.cache_clear()
    monkeypatch.setitem(sys.modules, "jinja2", None)
    try:
        with pytest.raises(MissingExtraError, match=r"credscore\[report\]"):
            compare([hostile_profile()], n_boot=5).to_html()
    finally:
        monkeypatch.undo()
        report_html._environment.cache_clear()


def test_write_report_picks_format_by_suffix(tmp_path, hostile_comparison):
    """write_report writes HTML for .html and Markdown for .md."""
    write_report(hostile_comparison, str(tmp_path / "r.html"))
    write_report(hostile_comparison, str(tmp_path / "r.md"))
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# credscore")


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_escapes_hostile_names_and_text(hostile_comparison):
    """Markdown output carries no raw HTML from outlet names or article text."""
    md = hostile_comparison.to_markdown()
    assert "<script>" not in md and "<img" not in md and "<b>" not in md
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in md
    assert "**&lt;img src=x onerror=alert(1)&gt; brutal thugs**" in md


def test_markdown_table_cells_cannot_be_split_by_pipes():
    """An outlet name with '|' is escaped so the ranking row keeps its seven columns."""
    p = Profile.from_dict({**hostile_profile().to_dict(), "outlet": "A | B | C"})
    md = render_markdown(compare([p], n_boot=5))
    row = next(line for line in md.splitlines() if "A \\| B" in line and line.startswith("| 1 |"))
    assert len(re.findall(r"(?<!\\)\|", row)) == 8


def test_md_text_collapses_lines_and_escapes_markup():
    """md_text makes text one line and escapes Markdown and HTML characters."""
    assert md_text("a\n\n# b *c* [d](e) <f>") == "a \\# b \\*c\\* \\[d\\](e) &lt;f&gt;"


def test_markdown_report_on_seeds_has_all_sections(seed_profiles):
    """The seeds' Markdown report has ranking, pairwise, signal and driver sections."""
    md = compare(seed_profiles).to_markdown()
    for heading in ("## Ranking", "## Pairwise differences", "## Signals per outlet", "## What moves each outlet's score"):
        assert heading in md
    assert md.count("| thin |") == 5


# --- CLI ----------------------------------------------------------------------------------


def run_cli(argv: list[str]) -> int:
    """Run a compare/report subcommand through its own parser (as cli.py wires it)."""
    from credscore.cli_compare import add_compare_parsers

    parser = argparse.ArgumentParser(prog="credscore")
    add_compare_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.fixture(scope="module")
def profiles_jsonl(tmp_path_factory, seed_profiles):
    """The seeds' profiles as JSONL, as 'credscore score' writes them."""
    path = tmp_path_factory.mktemp("p") / "profiles.jsonl"
    path.write_text("".join(json.dumps(p.to_dict()) + "\n" for p in seed_profiles), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "html"])
def test_cli_compare_writes_each_format(tmp_path, profiles_jsonl, fmt):
    """credscore compare writes md, csv, json and html, naming all five seed outlets."""
    out = tmp_path / f"c.{fmt}"
    assert run_cli(["compare", str(profiles_jsonl), "--by", "outlet", "--format", fmt, "-o", str(out)]) == 0
    body = out.read_text(encoding="utf-8")
    for name in ("RFE/RL", "Pakistan Forward", "Citizen Awareness Program", "Central Asia Online"):
        assert name in body
    if fmt == "json":
        assert len(json.loads(body)["groups"]) == 5
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(body)))) == 5


def test_cli_compare_format_from_suffix(tmp_path, profiles_jsonl):
    """Without --format the output file's suffix decides."""
    out = tmp_path / "c.json"
    assert run_cli(["compare", str(profiles_jsonl), "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["kind"] == "credscore.Comparison"


def test_cli_compare_counts_bad_lines_and_exits_1(tmp_path, profiles_jsonl, capsys):
    """A broken JSONL line is reported, left out, and the command exits 1 after writing."""
    bad = tmp_path / "bad.jsonl"
    bad.write_text(profiles_jsonl.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    out = tmp_path / "c.md"
    assert run_cli(["compare", str(bad), "-o", str(out)]) == 1
    assert "1 input records were errors" in out.read_text(encoding="utf-8")
    assert "bad.jsonl:6" in capsys.readouterr().err


def test_cli_compare_unknown_grouping_is_a_usage_error(profiles_jsonl, capsys):
    """--by with an unknown field exits 2 with a message."""
    assert run_cli(["compare", str(profiles_jsonl), "--by", "colour", "-o", "-"]) == 2
    assert "cannot group by" in capsys.readouterr().err


def test_cli_report_scores_and_compares_the_manifest(tmp_path):
    """credscore report on seeds/manifest.json writes one HTML file and the profiles."""
    out, profiles = tmp_path / "report.html", tmp_path / "p.jsonl"
    assert run_cli(["report", str(MANIFEST), "-o", str(out), "--profiles-out", str(profiles)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Citizen Awareness Program" in html
    assert len(profiles.read_text(encoding="utf-8").splitlines()) == 5


def test_cli_report_markdown_and_failed_inputs(tmp_path, capsys):
    """report writes Markdown for .md and exits 1 when an input could not be read."""
    out = tmp_path / "report.md"
    code = run_cli(["report", str(MANIFEST), str(tmp_path / "missing.txt"), "-o", str(out), "--bootstrap", "100"])
    assert code == 1
    assert out.read_text(encoding="utf-8").startswith("# credscore")
    assert "1 of 6 documents failed" in capsys.readouterr().err


def test_cli_report_rejects_unknown_signal(tmp_path, capsys):
    """An unknown --signals name exits 2 listing the known ones."""
    assert run_cli(["report", str(MANIFEST), "-o", str(tmp_path / "r.html"), "--signals", "nope"]) == 2
    assert "known signals" in capsys.readouterr().err
