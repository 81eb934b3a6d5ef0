"""Readers for ``.txt``, ``.jsonl``, ``.csv`` (and, with the boilerplate family, ``.html``).

Every reader yields :class:`~credscore.article.Article` objects, or an
:class:`~credscore.pipeline.ErrorRecord` in place of a document that cannot be read, so a
batch goes on past a bad file or a bad line.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from credscore.article import Article
from credscore.pipeline import ErrorRecord

# A file whose first 8 KB hold a NUL byte, or more than this share of control bytes, is binary.
_BINARY_CONTROL_SHARE = 0.10
_SNIFF = 8192
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


class BinaryInputError(ValueError):
    """The input looks like a binary file, not text."""


def looks_binary(data: bytes) -> bool:
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return control / len(head) > _BINARY_CONTROL_SHARE


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Text from bytes: UTF-8 (a BOM is dropped); undecodable bytes become U+FFFD and the text
    is flagged ``decoding_replaced``.  Binary data raises :class:`BinaryInputError`."""
    if looks_binary(data):
        raise BinaryInputError("input looks binary (NUL or control bytes), not text")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), ("decoding_replaced",)


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def _record_to_article(
    record: Any, *, text_key: str, id_key: str, outlet_key: str, default_id: str, flags: tuple
) -> Article | ErrorRecord:
    if not isinstance(record, dict):
        return ErrorRecord(id=default_id, error="record is not a JSON object")
    rid = record.get(id_key)
    rid = default_id if rid is None or rid == "" else str(rid)
    text = record.get(text_key)
    if not isinstance(text, str):
        return ErrorRecord(id=rid, error=f"record has no string field {text_key!r}")
    return Article(
        text=text,
        id=rid,
        outlet=record.get(outlet_key),
        url=record.get("url"),
        title=record.get("title"),
        published=record.get("published"),
        flags=flags,
    )


def read_jsonl(
    stream: IO[bytes], *, name: str, text_key: str = "text", id_key: str = "id", outlet_key: str = "outlet"
) -> Iterator[Article | ErrorRecord]:
    for lineno, raw in enumerate(stream, 1):
        default_id = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            line, flags = decode_bytes(raw)
            record = json.loads(line)
        except (ValueError, BinaryInputError) as exc:
            yield ErrorRecord(id=default_id, error=f"line {lineno}: {exc}")
            continue
        yield _record_to_article(
            record, text_key=text_key, id_key=id_key, outlet_key=outlet_key,
            default_id=default_id, flags=flags,
        )


def read_csv(
    data: bytes, *, name: str, text_key: str = "text", id_key: str = "id", outlet_key: str = "outlet"
) -> Iterator[Article | ErrorRecord]:
    try:
        text, flags = decode_bytes(data)
    except BinaryInputError as exc:
        yield ErrorRecord(id=name, error=str(exc))
        return
    csv.field_size_limit(2**31 - 1)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or text_key not in reader.fieldnames:
        yield ErrorRecord(id=name, error=f"CSV has no column {text_key!r}")
        return
    for rowno, row in enumerate(reader, 2):
        yield _record_to_article(
            row, text_key=text_key, id_key=id_key, outlet_key=outlet_key,
            default_id=f"{name}:{rowno}", flags=flags,
        )


def read_text_file(path: str) -> Article | ErrorRecord:
    name = "stdin" if path == "-" else Path(path).stem
    try:
        text, flags = decode_bytes(_read_bytes(path))
    except (OSError, BinaryInputError) as exc:
        return ErrorRecord(id=name, error=f"{path}: {exc}")
    return Article(text=text, id=name, flags=flags)


def read_articles(
    *paths: str,
    text_key: str = "text",
    id_key: str = "id",
    outlet_key: str = "outlet",
    format: str | None = None,
) -> Iterator[Article | ErrorRecord]:
    """Articles from each path in turn (``-`` is standard input), by extension or ``format``.

    ``.txt`` (and anything unknown) is one article per file; ``.jsonl``/``.ndjson`` is one JSON
    object per line; ``.csv`` has a header row.  Keys name the text, id and outlet fields.
    """
    keys = {"text_key": text_key, "id_key": id_key, "outlet_key": outlet_key}
    for path in _expand(paths):
        kind = format or _kind_of(path)
        name = "stdin" if path == "-" else Path(path).name
        if kind == "manifest":
            yield from read_manifest(path)
        elif kind == "jsonl":
            try:
                stream = sys.stdin.buffer if path == "-" else open(path, "rb")
            except OSError as exc:
                yield ErrorRecord(id=name, error=f"{path}: {exc}")
                continue
            try:
                yield from read_jsonl(stream, name=name, **keys)
            finally:
                if path != "-":
                    stream.close()
        elif kind == "csv":
            try:
                data = _read_bytes(path)
            except OSError as exc:
                yield ErrorRecord(id=name, error=f"{path}: {exc}")
                continue
            yield from read_csv(data, name=name, **keys)
        elif kind == "html":
            yield _read_html(path)
        else:
            yield read_text_file(path)


def read_manifest(path: str) -> Iterator[Article | ErrorRecord]:
    """Articles listed in a seeds-style ``manifest.json``: ``{"articles": [{"id", "file",
    "outlet"}, ...]}`` with files relative to the manifest."""
    base = Path(path).parent
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = manifest["articles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        yield ErrorRecord(id=Path(path).name, error=f"{path}: not a readable manifest: {exc}")
        return
    for entry in entries:
        item = read_text_file(str(base / entry["file"]))
        if isinstance(item, Article):
            item = Article(
                text=item.text, id=entry.get("id", item.id), outlet=entry.get("outlet"),
                url=entry.get("url"), title=entry.get("title"), flags=item.flags,
            )
        yield item


def _kind_of(path: str) -> str:
    if Path(path).name == "manifest.json":
        return "manifest"
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    if suffix in (".html", ".htm"):
        return "html"
    return "txt"


def _expand(paths: Iterable[str]) -> Iterator[str]:
    """Paths as given; a directory stands for its text-like files, sorted."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for child in sorted(p.iterdir()):
                if child.is_file() and _kind_of(str(child)) in ("txt", "jsonl", "csv", "html") and child.suffix:
                    yield str(child)
        else:
            yield path


def _read_html(path: str) -> Article | ErrorRecord:
    """An HTML page as its visible text, one block per line, with the page's own boilerplate
    labels (from its markup) kept on the article for the pipeline."""
    from credscore.html import html_article

    name = "stdin" if path == "-" else Path(path).stem
    try:
        text, flags = decode_bytes(_read_bytes(path))
    except (OSError, BinaryInputError) as exc:
        return ErrorRecord(id=name, error=f"{path}: {exc}")
    return html_article(text, id=name, flags=flags)
