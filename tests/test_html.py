"""HTML input: visible text one block per line, furniture blocks labelled from the markup."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import credscore.html as chtml
from credscore._optional import MissingExtraError
from credscore.html import html_article, score_html, visible_text, visible_text_blocks
from credscore.signals.boilerplate import KINDS

PARAGRAPHS = [
    "The minister said on Monday that the government would review the plan, which has been "
    "criticised by the opposition and by several groups of independent experts.",
    "It was not clear when the review would end, but officials said that it would be over by "
    "the summer and that its findings would be published in full.",
    "Opposition leaders welcomed the review but said that they would keep pressing for a vote "
    "in parliament, where the coalition holds only a narrow majority.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><title>Review ordered | Example News</title>
<style>body {{ color: red }}</style><script>var x = "<p>not text</p>";</script></head>
<body>
<nav class="top"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<article>
<h1>Government orders review of the plan</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]} It is <b>not</b> <a href="/x">final</a> yet &amp; may change.</p>
<p>{PARAGRAPHS[2]}</p>
</article>
<div id="comments"><h3>3 Comments</h3>
<p>I think that this review is long overdue and that the minister should have ordered it much earlier.</p>
</div>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Plan criticised by experts</a></li>
<li><a href="/b">Coalition loses vote on budget</a></li></ul></aside>
<footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
</body></html>"""


def labels_by_line(html: str) -> dict[str, str | None]:
    text, labels = visible_text_blocks(html)
    return dict(zip(text.split("\n"), labels))


def test_visible_text_one_block_per_line():
    """Scripts, styles and the head are left out; inline tags and entities stay inside a line."""
    text = visible_text(PAGE)
    lines = text.split("\n")
    assert "not text" not in text and "color: red" not in text
    assert "Review ordered" not in text  # the <title> is not page text
    assert any(line.endswith("It is not final yet & may change.") for line in lines)
    assert "Government orders review of the plan" in lines
    assert all(line == " ".join(line.split()) and line for line in lines)


def test_article_blocks_are_article():
    """The headline and the paragraphs of the article are article text."""
    labels = labels_by_line(PAGE)
    assert labels["Government orders review of the plan"] is None
    for para in PARAGRAPHS:
        (line,) = [line for line in labels if line.startswith(para[:40])]
        assert labels[line] is None


def test_furniture_blocks_get_kinds():
    """Menus, share bars, comments, related lists and the footer are furniture of their kind."""
    labels = labels_by_line(PAGE)
    assert labels["Home"] == "navigation"
    assert labels["Facebook Twitter"] == "share"
    assert labels["3 Comments"] == "comments"
    assert labels["I think that this review is long overdue and that the minister should have ordered it much earlier."] == "comments"
    assert labels["Related stories"] == "related"
    assert labels["Plan criticised by experts"] == "related"
    assert labels["Copyright 2024 Example News. All rights reserved."] in ("legal", "navigation")


def test_score_html_profile():
    """score_html's profile text is the visible text, and evidence marks furniture with its kind."""
    profile = score_html(PAGE, url="https://example.org/a", outlet="example.org")
    assert profile.text == visible_text(PAGE)
    assert profile.title == "Review ordered | Example News"
    kinds = {item.label for item in profile.evidence["boilerplate"]}
    assert {"navigation", "comments", "related"} <= kinds
    for item in profile.evidence["boilerplate"]:
        assert profile.text[item.start : item.end] == item.text
    assert 0.0 < profile.signals["boilerplate_ratio"] < 0.6


def test_html_article_carries_labels():
    """html_article fills Article.line_labels, one per line of the visible text."""
    article = html_article(PAGE, id="x")
    assert article.line_labels is not None
    assert len(article.line_labels) == len(article.text.split("\n"))


def test_hidden_elements_are_not_text():
    """Elements hidden by an inline display:none or the hidden attribute are not visible text."""
    html = '<p>shown</p><div style="display: none">secret one</div><p hidden>secret two</p><p>also shown</p>'
    assert visible_text(html) == "shown\nalso shown"


def test_link_dense_block_is_navigation():
    """A block made of links, outside the article, is navigation."""
    html = (
        "<div><a href=1>Politics</a> <a href=2>Business</a> <a href=3>Science and technology</a></div>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    )
    labels = labels_by_line(html)
    assert labels["Politics Business Science and technology"] == "navigation"


def test_body_class_does_not_mark_article():
    """A furniture-looking class on an element that wraps the article does not make it furniture."""
    html = '<body class="has-comments sidebar-left"><h1>Review ordered today</h1>' + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS
    ) + "</body>"
    text, labels = visible_text_blocks(html)
    assert labels.count(None) == 4


def test_trafilatura_missing_names_the_extra(monkeypatch):
    """Asking for trafilatura without the extra raises an error naming credscore[html]."""
    import credscore._optional as optional

    def missing(module, extra, *, purpose):
        raise MissingExtraError(f"{purpose} needs the '{module}' package: pip install 'credscore[{extra}]'")

    monkeypatch.setattr(optional, "require", missing)
    with pytest.raises(MissingExtraError, match=r"credscore\[html\]"):
        visible_text_blocks(PAGE, extractor="trafilatura")
    # the standard-library path still works, and "auto" falls back to it
    assert visible_text_blocks(PAGE, extractor="builtin")[0] == visible_text(PAGE)
    assert visible_text_blocks(PAGE, extractor="auto")[1] == visible_text_blocks(PAGE)[1]


def test_unknown_extractor_is_an_error():
    """An unknown extractor name raises ValueError."""
    with pytest.raises(ValueError):
        visible_text_blocks(PAGE, extractor="magic")


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 20000 + "deep text" + "</div>" * 3,
        "<p>unclosed paragraph " * 5000,
        "</div></span></p>" * 20000,
        "<p>before</p><!-- never closed " + "x" * 100000,
        "<script>" + "var a = '<div>';" * 10000,
        "&amp;&lt;&#x41;&#65;&nbsp;&bogus;&#xFFFFFFFF;&#0;" * 5000,
        "<" * 100000 + "a",
        "<div class='" + "comment " * 10000 + "'>text</div>",
        "<a <a <a <a " * 10000,
        "",
        "plain text, no tags at all",
    ],
)
def test_hostile_html_does_not_crash(html):
    """Broken, deeply nested, huge or odd markup gives text and one label per line."""
    text, labels = visible_text_blocks(html)
    lines = [line for line in text.split("\n") if line] if text else []
    assert len(labels) == len(lines)
    assert all(label is None or label in KINDS for label in labels)


def test_bytes_are_rejected():
    """HTML must be decoded first: bytes raise TypeError."""
    with pytest.raises(TypeError):
        visible_text(b"<p>x</p>")  # type: ignore[arg-type]


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' &;#abcdiv pnavfooter\n")), max_size=300))
def test_arbitrary_markup(html):
    """Any string: no crash, one label per line, score_html's evidence inside the text."""
    text, labels = visible_text_blocks(html)
    assert len(labels) == (len(text.split("\n")) if text else 0)
    profile = score_html(html, signals=["boilerplate"])
    for item in profile.evidence["boilerplate"]:
        assert profile.text[item.start : item.end] == item.text


def test_module_exports():
    """The module exposes the names the CLI and the public API use."""
    assert {"visible_text", "visible_text_blocks", "score_html", "html_article"} <= set(chtml.__all__)
