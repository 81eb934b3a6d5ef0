"""Score a news page given as HTML.

The profile's text is the page's visible text, one block per line
(:func:`visible_text`).  Each block is labelled article text or a kind of page furniture from what
it looks like (the plain-text classifier of the ``boilerplate`` family) and from what the
markup says: the share of its characters inside links, the ``nav``/``footer``/``aside``/``form``
elements and the class and id names ("comments", "related", "share") around it, and, when the
optional ``credscore[html]`` extra is installed, whether trafilatura's main-text extraction kept
it.  The labels travel with the text as ``Article.line_labels``, so the evidence marks the
furniture blocks with their kind and every other signal reads only the article's blocks.

Without the extra, the standard library's ``html.parser`` does all the work.
"""

from __future__ import annotations

import logging
from typing import Any, Iterable, Mapping

from credscore.article import Article
from credscore.signals._boilerplate_context import BlockHint, GOOD, classify, line_class
from credscore.signals._boilerplate_html import ParsedPage, parse_blocks
from credscore.signals._boilerplate_lines import shapes_of
from credscore.signals._boilerplate_words import words_of

__all__ = ["html_article", "score_html", "visible_text", "visible_text_blocks"]

logger = logging.getLogger(__name__)

# trafilatura is not linear in the worst case; on pages larger than this the built-in block
# features decide alone, so a hostile page cannot hold a worker.
TRAFILATURA_MAX_CHARS = 2_000_000
_SHINGLE = 3


def visible_text(html: str) -> str:
    """The page's visible text, one block per line."""
    return "\n".join(b.text for b in parse_blocks(html).blocks)


def _trafilatura_extract(html: str, required: bool) -> str | None:
    from credscore._optional import MissingExtraError, require

    try:
        # trafilatura imports lxml.html.clean, which recent lxml moved to lxml_html_clean
        trafilatura = require("trafilatura", "html", purpose="main-text extraction with trafilatura")
    except MissingExtraError:
        if required:
            raise
        return None
    try:
        return trafilatura.extract(html, include_comments=False, include_tables=True) or ""
    except Exception as exc:  # an extractor failure must not lose the page
        logger.warning("trafilatura failed on a page: %s", exc)
        return None


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    if len(words) < _SHINGLE:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _main_flags(texts: list[str], extracted: str | None) -> list[bool | None]:
    """Whether each block's words are (mostly) in the extracted main text."""
    if extracted is None:
        return [None] * len(texts)
    main: set[tuple[str, ...]] = set()
    for line in extracted.splitlines():
        words = words_of(line)
        main |= _shingles(words)
        if len(words) < _SHINGLE and words:
            main.add(tuple(words))
    flags: list[bool | None] = []
    for text in texts:
        sh = _shingles(words_of(text))
        if not sh:
            flags.append(False)
            continue
        hit = sum(1 for s in sh if s in main)
        flags.append(hit / len(sh) >= 0.5)
    return flags


def _resolve_regions(page: ParsedPage, shapes) -> list[str | None]:
    """The innermost furniture region of each block, ignoring any region that encloses the
    page's longest prose block (a ``class="has-comments"`` on ``<body>`` marks no furniture)."""
    anchor, best = -1, 0
    for i, s in enumerate(shapes):
        if line_class(s) == GOOD and s.chars > best:
            anchor, best = i, s.chars
    disabled = set(page.blocks[anchor].regions) if anchor >= 0 else set()
    out: list[str | None] = []
    for block in page.blocks:
        kind = None
        for rid in reversed(block.regions):
            if rid not in disabled:
                kind = page.region_kinds.get(rid)
                break
        out.append(kind)
    return out


def visible_text_blocks(html: str, *, extractor: str = "builtin") -> tuple[str, tuple[str | None, ...]]:
    """The page's visible text (one block per line) and a boilerplate label for each line.

    ``extractor`` is ``"builtin"`` (the default: block features and the text classifier),
    ``"trafilatura"`` (trafilatura's main-text extraction is one more block feature; raises
    :class:`~credscore._optional.MissingExtraError` naming the ``credscore[html]`` extra when it
    is not installed) or ``"auto"`` (trafilatura when installed).  On the L3S-GN1 development
    pages trafilatura did not improve the labels (docs/signals/boilerplate.md).
    """
    text, labels, _ = _blocks_and_labels(html, extractor=extractor)
    return text, labels


def _blocks_and_labels(html: str, *, extractor: str = "builtin") -> tuple[str, tuple[str | None, ...], str | None]:
    if extractor not in ("auto", "trafilatura", "builtin"):
        raise ValueError(f"extractor must be 'auto', 'trafilatura' or 'builtin', not {extractor!r}")
    page = parse_blocks(html)
    texts = [b.text for b in page.blocks]
    shapes = shapes_of(texts)
    extracted = None
    if extractor != "builtin" and (extractor == "trafilatura" or len(html) <= TRAFILATURA_MAX_CHARS):
        extracted = _trafilatura_extract(html, required=extractor == "trafilatura")
    mains = _main_flags(texts, extracted)
    regions = _resolve_regions(page, shapes)
    hints = [
        BlockHint(
            link_density=b.link_chars / len(b.text) if b.text else 0.0,
            region=region,
            heading=b.heading,
            main=main,
        )
        for b, region, main in zip(page.blocks, regions, mains)
    ]
    labels = tuple(classify(shapes, hints))
    return "\n".join(texts), labels, page.title


def html_article(
    html: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    id: str | None = None,
    extractor: str = "builtin",
    flags: Iterable[str] = (),
) -> Article:
    """An :class:`Article` whose text is the page's visible text and whose ``line_labels`` mark
    the furniture blocks."""
    text, labels, page_title = _blocks_and_labels(html, extractor=extractor)
    return Article(
        text=text,
        url=url,
        outlet=outlet,
        title=title if title is not None else page_title,
        id=id,
        flags=tuple(flags),
        line_labels=labels,
    )


def score_html(
    html: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    id: str | None = None,
    extractor: str = "builtin",
    signals: Iterable[str] | None = None,
    weights: "str | Mapping[str, Any] | None" = None,
):
    """Score a page given as HTML; the profile's text is its visible text, one block per line."""
    from credscore.pipeline import score_article

    article = html_article(html, url=url, outlet=outlet, title=title, id=id, extractor=extractor)
    return score_article(article, signals=signals, weights=weights)
