"""What a single line looks like: its size, its share of function words, its capitals, and the
boilerplate cues it carries.

Everything here looks at one line at a time; where a line stands and what surrounds it is the
business of :mod:`credscore.signals._boilerplate_context`.  Cue phrases are matched on words
(a dictionary lookup per word position), never by one large regular expression, so the time is
linear in the length of the line.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Final, Iterable

from credscore import lexicons
from credscore._records import fields_repr
from credscore._speedups import scan as _scan
from credscore.signals._boilerplate_words import line_words_python, words_of

# a line's words and counts: the C scanner when it is built, its Python twin otherwise
_LINE_WORDS: Final[Callable] = _scan.line_words if _scan is not None else line_words_python

KINDS: Final[tuple[str, ...]] = (
    "navigation",
    "share",
    "comments",
    "subscription",
    "legal",
    "related",
    "caption",
    "duplicate",
)

_DEFAULT_MAX_WORDS: Final = {"line": 12, "start": 40, "any": 40}
_SENTENCE_END: Final = ".!?…\"'”’)"


_CUE_FIELDS: Final = ("words", "kind", "where", "strong", "max_words")


class Cue:
    """A cue phrase from the lexicon (a plain class, read-only by convention, as LineShape)."""

    __slots__ = _CUE_FIELDS

    def __init__(self, words: tuple[str, ...], kind: str, where: str, strong: bool, max_words: int) -> None:
        self.words = words
        self.kind = kind
        self.where = where
        self.strong = strong
        self.max_words = max_words

    def __repr__(self) -> str:
        return fields_repr(self, _CUE_FIELDS)


class CueTable:
    """The cue lexicon indexed for word-by-word lookup (built once; read for every line)."""

    __slots__ = (
        "line", "start", "any", "any_first", "any_next", "start_first", "line_max", "start_max", "any_lengths"
    )

    def __init__(
        self,
        line: dict,
        start: dict,
        any: dict,
        any_first: frozenset,
        any_next: dict,
        start_first: frozenset,
        line_max: int,
        start_max: int,
        any_lengths: tuple[int, ...],
    ) -> None:
        self.line = line
        self.start = start
        self.any = any
        self.any_first = any_first
        # first word -> the second words of the cues it opens; None when a one-word cue is among them
        self.any_next = any_next
        self.start_first = start_first
        self.line_max = line_max
        self.start_max = start_max
        self.any_lengths = any_lengths


_SHAPE_FIELDS: Final = (
    "chars", "words", "stop_ratio", "title_ratio", "ends_sentence", "cue_kind", "cue_strong", "key",
    "digit_words", "first_word", "separators", "cue_whole", "cue_words",
)


class LineShape:
    """The surface of one line.

    ``chars`` counts non-space characters; ``stop_ratio`` is the share of words that are
    function words (high in prose, low in menus); ``title_ratio`` the share of content words that
    start with a capital (high in headlines and link lists); ``key`` is the normalised word
    sequence used to find repeated lines.

    A plain class rather than an attrs one: one is built per line of every document and read
    field by field by the classifier, and compiled (setup.py) a plain class is a native record
    whose construction and reads are direct; attrs' frozen ``__init__`` costs about as much as
    the rest of the line's shape.  Treat it as read-only.
    """

    __slots__ = _SHAPE_FIELDS

    def __init__(
        self,
        chars: int,
        words: int,
        stop_ratio: float,
        title_ratio: float,
        ends_sentence: bool,
        cue_kind: str | None,
        cue_strong: bool,
        key: str,
        digit_words: int = 0,
        first_word: str = "",
        separators: int = 0,
        cue_whole: bool = False,
        cue_words: tuple[str, ...] = (),
    ) -> None:
        self.chars = chars
        self.words = words
        self.stop_ratio = stop_ratio
        self.title_ratio = title_ratio
        self.ends_sentence = ends_sentence
        self.cue_kind = cue_kind
        self.cue_strong = cue_strong
        self.key = key
        self.digit_words = digit_words
        self.first_word = first_word
        self.separators = separators
        self.cue_whole = cue_whole
        self.cue_words = cue_words

    def __repr__(self) -> str:
        return fields_repr(self, _SHAPE_FIELDS)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(row[0] for row in lexicons.rows("boilerplate_stopwords") if row and row[0])


def _next_words(cues: dict) -> dict:
    nexts: dict = {}
    for words in cues:
        seconds = nexts.setdefault(words[0], set())
        if seconds is not None:
            nexts[words[0]] = seconds | {words[1]} if len(words) > 1 else None
    return {w: None if seconds is None else frozenset(seconds) for w, seconds in nexts.items()}


@lru_cache(maxsize=1)
def cue_table() -> CueTable:
    line: dict = {}
    start: dict = {}
    anywhere: dict = {}
    for row in lexicons.rows("boilerplate_cues"):
        if len(row) < 4:
            continue
        phrase, kind, where, strength = row[:4]
        if kind not in KINDS or where not in _DEFAULT_MAX_WORDS:
            raise ValueError(f"bad boilerplate cue row: {row!r}")
        words = tuple(words_of(phrase))
        if not words:
            continue
        limit = row[4] if len(row) > 4 and row[4] else ""
        max_words = 1_000_000 if limit == "*" else int(limit) if limit else _DEFAULT_MAX_WORDS[where]
        cue = Cue(words, kind, where, strength == "strong", max_words)
        table = {"line": line, "start": start, "any": anywhere}[where]
        # the first row for a phrase wins, so the file reads top to bottom
        table.setdefault(words, cue)
    return CueTable(
        line=line,
        start=start,
        any=anywhere,
        any_first=frozenset(w[0] for w in anywhere),
        any_next=_next_words(anywhere),
        start_first=frozenset(w[0] for w in start),
        line_max=max((c.max_words for c in line.values()), default=0),
        start_max=max((len(w) for w in start), default=0),
        any_lengths=tuple(sorted({len(w) for w in anywhere})),
    )


def _better(a: Cue | None, b: Cue | None) -> Cue | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if (b.strong and not a.strong) else a


def find_cue(words: list[str]) -> Cue | None:
    """The strongest cue a line's words carry: whole line, then line start, then anywhere."""
    return _find_cue(words, cue_table())


def _find_cue(words: list[str], table: CueTable) -> Cue | None:
    n = len(words)
    if not n:
        return None
    found: Cue | None = None
    if n <= table.line_max:
        cue = table.line.get(tuple(words))
        if cue is not None and n <= cue.max_words:
            found = cue
    if found is not None and found.strong:
        return found
    for k in range(min(n, table.start_max) if words[0] in table.start_first else 0, 0, -1):
        cue = table.start.get(tuple(words[:k]))
        if cue is not None and n <= cue.max_words:
            found = _better(found, cue)
            break
    if found is not None and found.strong:
        return found
    first = table.any_first
    if first.isdisjoint(words):  # most article lines: one C-level test instead of a word loop
        return found
    nexts = table.any_next
    for i, w in enumerate(words):
        if w not in first:
            continue
        seconds = nexts[w]
        if seconds is not None and (i + 1 >= n or words[i + 1] not in seconds):
            continue  # "to the", "this year": no cue goes on this way
        for k in table.any_lengths:
            if i + k > n:
                break
            cue = table.any.get(tuple(words[i : i + k]))
            if cue is not None and n <= cue.max_words:
                found = _better(found, cue)
                if found is not None and found.strong:
                    return found
    return found


def shape_of(text: str) -> LineShape:
    """The :class:`LineShape` of one line of text."""
    return _shape(text, stopwords(), cue_table())


def _shape(text: str, stops: frozenset[str], table: CueTable) -> LineShape:
    words, n_alpha, n_stop, capitals, digit_words, chars, separators = _LINE_WORDS(text, stops)
    n_content = n_alpha - n_stop
    stripped = text.rstrip()
    cue = _find_cue(words, table)
    return LineShape(
        chars=chars,
        words=len(words),
        stop_ratio=n_stop / n_alpha if n_alpha else 0.0,
        title_ratio=capitals / n_content if n_content else 0.0,
        ends_sentence=bool(stripped) and stripped[-1] in _SENTENCE_END,
        cue_kind=cue.kind if cue is not None else None,
        cue_strong=bool(cue is not None and cue.strong),
        key=" ".join(words),
        digit_words=digit_words,
        first_word=words[0] if words else "",
        separators=separators,
        cue_whole=bool(cue is not None and cue.where == "line"),
        cue_words=cue.words if cue is not None else (),
    )


def shapes_of(lines: Iterable[str]) -> list[LineShape]:
    """The shape of every line; a line repeated on the page (menus often are) is read once."""
    stops = stopwords()
    table = cue_table()
    seen: dict[str, LineShape] = {}
    out = []
    for line in lines:
        shape = seen.get(line)
        if shape is None:
            shape = seen[line] = _shape(line, stops, table)
        out.append(shape)
    return out
