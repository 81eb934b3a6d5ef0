"""The HTML report in a real headless browser: charts are laid out with a size, nothing logs an
error, and hostile text stays inert.

Needs Debian's ``chromium`` (``apt-get install -y chromium``); skipped with that reason otherwise.
The page measures its own charts (an inline script writes each SVG's rendered size into
``data-rendered`` and a tally into ``<html data-charts="total:drawn">``); the test reads the DOM
after load with ``--dump-dom`` and the console through ``--enable-logging=stderr``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("jinja2", reason="the HTML report needs the 'report' extra (jinja2)")

import credscore  # noqa: E402
from credscore.compare import compare  # noqa: E402
from credscore.profile import Contribution, Dimension, Profile  # noqa: E402
from credscore.spans import Evidence  # noqa: E402

MANIFEST = Path(__file__).resolve().parent.parent / "seeds" / "manifest.json"
CHROMIUM = next(
    (p for p in (os.environ.get("CREDSCORE_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                 shutil.which("chromium-browser")) if p and os.path.exists(p)),
    None,
)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install -y chromium); browser test skipped"
)
# The page's own marker for an injected script that ran.
PWNED = "document.documentElement.setAttribute('data-pwned','1')"


def load_in_chromium(html_path: Path, profile_dir: Path) -> tuple[str, list[str]]:
    """The DOM after load and the console messages of the page."""
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--user-data-dir={profile_dir}", "--enable-logging=stderr", "--v=0",
        "--window-size=1200,900", "--dump-dom", html_path.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


@pytest.fixture(scope="module")
def seed_dom(tmp_path_factory):
    """The seeds' report loaded in chromium: (DOM, console lines, number of charts written)."""
    tmp = tmp_path_factory.mktemp("browser")
    profiles = list(credscore.score_many(credscore.read_articles(str(MANIFEST))))
    html = compare(profiles).to_html()
    path = tmp / "report.html"
    path.write_text(html, encoding="utf-8")
    dom, console = load_in_chromium(path, tmp / "chromium-profile")
    return dom, console, html.count('<svg class="chart')


def test_every_chart_renders_with_a_size(seed_dom):
    """Every SVG chart reports a positive rendered size and bounding box after layout."""
    dom, _, n_charts = seed_dom
    assert n_charts >= 2
    tally = re.search(r'<html[^>]*data-charts="(\d+):(\d+)"', dom)
    assert tally, "the page's measuring script did not run"
    assert (int(tally.group(1)), int(tally.group(2))) == (n_charts, n_charts)
    sizes = re.findall(r'data-rendered="(\d+)x(\d+)"', dom)
    boxes = re.findall(r'data-bbox="(\d+)x(\d+)"', dom)
    assert len(sizes) == len(boxes) == n_charts
    assert all(int(w) > 100 and int(h) > 20 for w, h in sizes)
    assert all(int(w) > 0 and int(h) > 0 for w, h in boxes)


def test_page_logs_nothing_to_the_console(seed_dom):
    """No console messages: no script errors and no Content-Security-Policy violations."""
    _, console, _ = seed_dom
    assert console == []


def test_hostile_names_and_text_do_not_run(tmp_path):
    """Script in an outlet name and an onerror handler in article text are shown, not run."""
    text = f"Intro. The <img src=x onerror=\"{PWNED}\"> claim was false. End."
    start = text.index("<img")
    end = text.index(" claim")
    dim = Dimension(name="language", score=30.0, intercept=0.0, contributions=(
        Contribution(signal="sentiment_negative_share", value=0.9, mean=0.2, scale=0.1, weight=-0.2,
                     contribution=-1.4),))
    profile = Profile(
        id="x", outlet=f"<script>{PWNED}</script>", url=None, title=None, text=text, score=30.0,
        dimensions={"language": dim}, signals={"sentiment_negative_share": 0.9},
        evidence={"sentiment": (Evidence.from_text(text, start, end, label="negative"),)},
        flags=(), provenance={"weights": "test-0"},
    )
    path = tmp_path / "hostile.html"
    path.write_text(compare([profile], n_boot=20).to_html(), encoding="utf-8")
    dom, console = load_in_chromium(path, tmp_path / "chromium-profile")
    root = re.search(r"<html[^>]*>", dom).group(0)
    assert "data-pwned" not in root
    assert "data-charts=" in root  # the page's own script did run
    assert "&lt;script&gt;" in dom and "&lt;img src=x" in dom
    assert console == []
