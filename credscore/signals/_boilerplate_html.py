"""HTML to text blocks, with what the markup says about each block.

A block is a maximal run of visible text not interrupted by a block-level tag (inline tags such
as ``a``, ``span``, ``b`` do not interrupt it), its white space collapsed to single spaces: one
block becomes one line of the profile's text.  For each block the parser records how much of it
sits inside links, whether it is a heading, and the furniture regions around it (``nav``,
``footer``, ``aside``, class and id names such as "comments" or "related").

The tokenizer is a hand-written scanner (``str.find`` from one ``<`` to the next ``>``, plus one
attribute pattern made of single character classes), because the standard library's
``html.parser`` turns quadratic on some broken markup (a long run of ``<a <a <a`` takes
minutes).  Every character is looked at a bounded number of times.  The open-element stack is
kept with a count per tag name, so an end tag with no open element is dropped in constant time
and every element is pushed and popped once: the time stays linear in the page size however the
tags nest or fail to close.
"""

from __future__ import annotations

import html as _html
import re
from functools import lru_cache

import attrs

from credscore import lexicons

# Tags that end one block and start another.
BLOCK_TAGS = frozenset(
    """
    address article aside blockquote body br caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    iframe legend li main menu nav ol optgroup option p pre section summary table tbody td tfoot
    th thead title tr ul button select textarea label input img
    """.split()
)
# Tags whose content is not visible text.
HIDDEN_TAGS = frozenset(
    "script style noscript template svg math object embed applet".split()
)
VOID_TAGS = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr".split()
)
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_MAX_CHAIN = 4


@attrs.frozen(slots=True)
class HtmlBlock:
    """One block of visible text and its markup context.

    ``regions`` are the ids of the enclosing furniture elements, innermost last (at most four);
    ``region_kinds`` maps each id to its kind.
    """

    text: str
    link_chars: int
    heading: bool
    regions: tuple[int, ...]


@attrs.frozen(slots=True)
class ParsedPage:
    blocks: tuple[HtmlBlock, ...]
    region_kinds: dict
    title: str | None


@lru_cache(maxsize=1)
def _name_table() -> tuple[dict, tuple[tuple[str, str], ...]]:
    tags: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for row in lexicons.rows("boilerplate_html_names"):
        if len(row) < 3:
            continue
        kind, where, value = row[:3]
        if where == "tag":
            tags[value] = kind
        elif where == "name":
            names.append((value, kind))
    return tags, tuple(names)


def _name_parts(value: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    for ch in value.lower():
        if ch.isalnum():
            cur.append(ch)
        elif cur:
            parts.append("".join(cur))
            cur = []
    if cur:
        parts.append("".join(cur))
    return parts


def region_of(tag: str, attrs_: list[tuple[str, str | None]]) -> str | None:
    """The furniture kind an element announces by its tag or its class and id names."""
    tags, names = _name_table()
    kind = tags.get(tag)
    if kind is not None:
        return kind
    for key, value in attrs_:
        if key not in ("class", "id") or not value:
            continue
        for part in _name_parts(value[:200]):
            for prefix, k in names:
                if part.startswith(prefix):
                    return k
    return None


def _hidden_by_attrs(attrs_: list[tuple[str, str | None]]) -> bool:
    """Whether an element's own attributes hide it (``hidden``, an inline ``display:none``)."""
    for key, value in attrs_:
        if key == "hidden":
            return True
        if key == "style" and value:
            compact = "".join(value[:500].lower().split())
            if "display:none" in compact or "visibility:hidden" in compact:
                return True
    return False


# Raw-text elements: their content runs to the matching end tag, markup inside is not parsed.
# (``title`` is not one here: pages that never close it are common, and the head's end closes it.)
RAW_TEXT_TAGS = frozenset("script style textarea xmp plaintext".split())
# A "<" that can open markup; any other "<" is text.
_MARKUP = re.compile(r"<[A-Za-z/!?]")
_TAG_NAME = re.compile(r"[A-Za-z][^\s/>]*")
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")


def _attributes(source: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for m in _ATTR.finditer(source):
        value = m.group(2)
        if value is None:
            value = m.group(3)
        if value is None:
            value = m.group(4)
        out.append((m.group(1).lower(), _html.unescape(value) if value and "&" in value else value))
        if len(out) >= 64:
            break  # class, id and style come early; a tag with thousands of attributes is noise
    return out


def _tag_end(page: str, lt: int) -> int:
    """The index of the ``>`` that closes the tag opened at ``lt``, or -1.

    A ``>`` inside a value opened by ``="`` does not close the tag; otherwise the first ``>``
    does, so a broken page with a stray quote does not swallow the tags that follow.
    """
    gt = page.find(">", lt + 1)
    if gt < 0:
        return gt
    last_quote = page.rfind('"', lt, gt)
    if last_quote > lt and page[last_quote - 1] == "=" and page.count('"', lt, gt) % 2 == 1:
        close = page.find('"', gt)
        if close >= 0:
            later = page.find(">", close)
            if later >= 0:
                return later
    return gt


def _raw_text_end(page: str, tag: str, start: int) -> int:
    """Where the end tag of a raw-text element (``</script``, any case) starts, or -1."""
    size = len(tag)
    j = page.find("</", start)
    while j >= 0 and page[j + 2 : j + 2 + size].lower() != tag:
        j = page.find("</", j + 2)
    return j


class _BlockParser:
    def __init__(self) -> None:
        self.blocks: list[HtmlBlock] = []
        self.region_kinds: dict[int, str] = {}
        self.title_parts: list[str] = []
        # open elements: (tag, region id or -1, whether it hides its content)
        self._stack: list[tuple[str, int]] = []
        self._open: dict[str, int] = {}
        self._hidden = 0
        self._links = 0
        self._headings = 0
        self._in_title = 0
        self._regions: list[int] = []
        self._parts: list[str] = []
        self._link_parts = 0
        self._heading_block = False
        self._next_region = 0

    # --- blocks -----------------------------------------------------------------------------
    def _flush(self) -> None:
        if not self._parts:
            return
        raw = "".join(self._parts)
        text = " ".join(raw.split())
        if text:
            # link characters are counted on the raw text; scale to the collapsed text
            link = min(len(text), round(self._link_parts * len(text) / max(1, len(raw))))
            self.blocks.append(
                HtmlBlock(
                    text=text,
                    link_chars=link,
                    heading=self._heading_block,
                    regions=tuple(self._regions[-_MAX_CHAIN:]),
                )
            )
        self._parts = []
        self._link_parts = 0
        self._heading_block = False

    # --- tags -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        if tag in BLOCK_TAGS:
            self._flush()
        if tag in VOID_TAGS:
            return
        region_id = -1
        hides = tag in HIDDEN_TAGS or _hidden_by_attrs(attrs_)
        if not self._hidden and (attrs_ or tag in _name_table()[0]):
            kind = region_of(tag, attrs_)
            if kind is not None:
                region_id = self._next_region
                self._next_region += 1
                self.region_kinds[region_id] = kind
                self._regions.append(region_id)
        self._stack.append((tag, region_id, hides))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._enter(tag, hides, +1)

    def handle_endtag(self, tag: str) -> None:
        if not self._open.get(tag):
            if tag in BLOCK_TAGS:
                self._flush()
            return  # a stray end tag
        if tag in BLOCK_TAGS or tag in HIDDEN_TAGS:
            self._flush()
        while self._stack:
            open_tag, region_id, hides = self._stack.pop()
            self._open[open_tag] -= 1
            if open_tag in BLOCK_TAGS or hides:
                self._flush()
            self._enter(open_tag, hides, -1)
            if region_id >= 0 and self._regions and self._regions[-1] == region_id:
                self._regions.pop()
            if open_tag == tag:
                break

    def _enter(self, tag: str, hides: bool, step: int) -> None:
        if hides:
            self._hidden = max(0, self._hidden + step)
        if tag == "a":
            self._links = max(0, self._links + step)
        elif tag in HEADING_TAGS:
            self._headings = max(0, self._headings + step)
        if tag == "title":
            self._in_title = max(0, self._in_title + step)

    def handle_data(self, data: str) -> None:
        if self._in_title and len(self.title_parts) < 50:
            self.title_parts.append(data)
        if self._hidden or self._in_title:
            return
        self._parts.append(data)
        if self._links:
            self._link_parts += len(data)
        if self._headings and data.strip():
            self._heading_block = True

    def close(self) -> None:
        self._flush()

    def feed(self, page: str) -> None:
        """Scan the whole page once, calling the handlers in document order."""
        n = len(page)
        i = 0  # where scanning resumes
        text_from = 0  # where the pending run of text starts
        while i < n:
            found = _MARKUP.search(page, i)
            if found is None:
                break
            lt = found.start()
            nxt = page[lt + 1 : lt + 2]
            closing = nxt == "/"
            m = None
            if nxt not in ("!", "?"):
                m = _TAG_NAME.match(page, lt + 2 if closing else lt + 1)
                if m is None and not closing:
                    i = lt + 1  # a bare "<" is text
                    continue
            if lt > text_from:
                self._data(page[text_from:lt])
            if m is None:
                # a comment, a declaration, a processing instruction or "</ >": skip it
                if page.startswith("<!--", lt):
                    end = page.find("-->", lt + 4)
                    i = n if end < 0 else end + 3
                else:
                    gt = page.find(">", lt + 2)
                    i = n if gt < 0 else gt + 1
                text_from = i
                continue
            gt = _tag_end(page, lt)
            if gt < 0:
                text_from = i = n  # a tag cut off by the end of the page is dropped, as browsers do
                break
            tag = m.group().lower()
            i = text_from = gt + 1
            if closing:
                self.handle_endtag(tag)
                continue
            source = page[m.end() : gt]
            self.handle_starttag(tag, _attributes(source) if source.strip(" /") else [])
            if tag in RAW_TEXT_TAGS and not source.endswith("/"):
                end = _raw_text_end(page, tag, i)
                stop = n if end < 0 else end
                if tag == "textarea":
                    self._data(page[i:stop])
                if end < 0:
                    i = text_from = n
                else:
                    gt = page.find(">", end)
                    self.handle_endtag(tag)
                    i = text_from = n if gt < 0 else gt + 1
        if text_from < n:
            self._data(page[text_from:])

    def _data(self, data: str) -> None:
        if "&" in data:
            data = _html.unescape(data)
        self.handle_data(data)


def parse_blocks(html: str) -> ParsedPage:
    """The visible text blocks of a page, in page order."""
    if not isinstance(html, str):
        raise TypeError(f"html must be str, not {type(html).__name__}; decode bytes first")
    parser = _BlockParser()
    parser.feed(html)
    parser.close()
    title = " ".join(" ".join(parser.title_parts).split()) or None
    return ParsedPage(blocks=tuple(parser.blocks), region_kinds=parser.region_kinds, title=title)
