"""Lexicons shipped as data files, each with a provenance and licence header.

Files are tab-separated; lines starting with ``#`` are the header (source, licence, format).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

_SUFFIXES = (".tsv", ".txt")


def _files():
    return sorted(
        (p for p in resources.files(__name__).iterdir() if p.name.endswith(_SUFFIXES)),
        key=lambda p: p.name,
    )


def names() -> tuple[str, ...]:
    return tuple(p.name.rsplit(".", 1)[0] for p in _files())


@lru_cache(maxsize=None)
def read_text(name: str) -> str:
    for p in _files():
        if p.name.rsplit(".", 1)[0] == name:
            return p.read_text(encoding="utf-8")
    raise KeyError(f"unknown lexicon {name!r}; shipped lexicons: {', '.join(names())}")


def rows(name: str) -> list[list[str]]:
    """The data rows of a lexicon (header and blank lines dropped), split on tabs."""
    out = []
    for line in read_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([cell.strip() for cell in line.split("\t")])
    return out


@lru_cache(maxsize=1)
def digests() -> dict[str, str]:
    """A short SHA-256 of every shipped lexicon, for provenance."""
    return {
        p.name.rsplit(".", 1)[0]: hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in _files()
    }
