"""One segmentation pass shared by every signal.

``AnalyzedText`` splits a document into lines, paragraphs, sentences, tokens and quotations, each
carried as character offsets into the original text.  Every part is computed lazily, once, and
cached, so a signal that needs only lines never pays for sentences.

The splitters are hand-written scanners rather than one clever regular expression: every pattern
used here is a single character class or a run of one, so no input can make them backtrack, and
the time is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter
from typing import Any, Callable, Generic, Iterator, Sequence, TypeVar, overload

import attrs

from credscore._quote_scan import quotation_bounds
from credscore._records import maker
from credscore._speedups import scan as _scan
from credscore.spans import Span, make_span, strip_bounds

# Words that end with a full stop without ending the sentence.  Lower-cased, without the stop.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof gen col lt maj capt cpt sgt cpl pvt cmdr adm brig gov sen sens rep reps rev hon
    pres supt insp det amb fr sr jr st ste mt ft no nos vs v ret approx dept est fig govt op vol pp ca cf
    al jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc.al rt engr alh
    """.split()
)
# After a dotted acronym ("U.S.") a capitalised word usually continues the sentence ("U.S. State
# Department") unless it is one of these common sentence openers.
_SENTENCE_OPENERS = frozenset(
    """
    the a an he she it they we i you in on at but and or so this that these those there then
    however meanwhile his her its their our after before when while if as for since yet still
    """.split()
)

_TERMINATOR_RUN = re.compile(r"[.!?…]+")
# combining marks continue a word ("Franc\u0327ois", decomposed text, is one word); the compiled
# scanner's is_mark names the same ranges
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# inside a word, a hyphen, an apostrophe, a dot or "&" joins its parts ("al-Qaida", "U.S.",
# "AT&T"), and so do the invisible characters that web text leaves there: C1 controls from
# doubly decoded UTF-8 ("JesÃ\x83Âs"; not NEL, \x85, which Python reads as white space), the soft
# hyphen, the zero-width joiners and the byte-order mark; the compiled scanner's is_joiner names
# the same characters
_JOINERS = "\\-'’.&\x80-\x84\x86-\x9f\xad\u200c\u200d\u2060\ufeff"
_TOKEN = re.compile(rf"\w[\w{_MARKS}]*(?:[{_JOINERS}]\w[\w{_MARKS}]*)*|[^\w\s]")
_LINE = re.compile(r"[^\n]+")
_Match = re.Match
# a span or a quotation: anything the article views cut by where it starts
_Located = TypeVar("_Located", "Span", "Quotation")

_CLOSERS_AFTER_STOP = "\"'”’)]»›"
_OPENERS_BEFORE_WORD = "\"'“‘([«‹„"
_ELLIPSIS_CHARS = ".…"
_QUOTE_CLOSERS = "\"'”’»›"
_TERMINATORS = ".!?…"



@attrs.frozen(slots=True)
class Quotation:
    """A direct quotation.  ``start``/``end`` include the marks; ``content_*`` exclude them.

    ``closed`` is false when the closing mark was missing and the quotation was ended at the end
    of its paragraph; ``depth`` is 0 for an outer quotation and 1 for one nested inside it.
    ``paragraphs`` counts the paragraphs a quotation runs over (a new paragraph that opens with a
    quote mark continues the quotation, as news style does).
    """

    start: int
    end: int
    content_start: int
    content_end: int
    depth: int = 0
    closed: bool = True
    paragraphs: int = 1

    @property
    def content(self) -> Span:
        return make_span(self.content_start, self.content_end)


# Quotation(start, end, content_start, content_end, depth, closed, paragraphs), by position, without
# its generated __init__ (credscore._records)
_make_quotation = maker(Quotation)


def split_lines(text: str) -> tuple[Span, ...]:
    """Every non-blank line, trimmed of surrounding white space."""
    starts, ends = _scan.line_bounds(text) if _scan is not None else _line_bounds_python(text)
    return tuple(map(make_span, starts, ends))


def _line_bounds_python(text: str) -> tuple[list[int], list[int]]:
    """:func:`split_lines` as offset lists, without the compiled scanner."""
    starts: list[int] = []
    ends: list[int] = []
    for m in _LINE.finditer(text):
        s, e = strip_bounds(text, m.start(), m.end())
        if s < e:
            starts.append(s)
            ends.append(e)
    return starts, ends


def group_paragraphs(text: str, lines: Sequence[Span]) -> tuple[Span, ...]:
    """Runs of lines not separated by a blank line."""
    out: list[Span] = []
    cur_start = cur_end = -1
    for line in lines:
        if cur_start >= 0 and text.count("\n", cur_end, line.start) <= 1:
            cur_end = line.end
            continue
        if cur_start >= 0:
            out.append(make_span(cur_start, cur_end))
        cur_start, cur_end = line.start, line.end
    if cur_start >= 0:
        out.append(make_span(cur_start, cur_end))
    return tuple(out)


def _previous_word(text: str, end: int, floor: int) -> str:
    """The run of letters and inner dots that ends at ``end`` (the position of a full stop)."""
    i = end
    while i > floor and (text[i - 1].isalnum() or text[i - 1] == "."):
        i -= 1
    return text[i:end]


def _is_abbreviation(text: str, stop: int, floor: int, next_word: str) -> bool:
    word = _previous_word(text, stop, floor)
    if not word:
        return False
    lower = word.lower()
    if lower in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "Noah J. Tucker"
    if "." in word:
        # a dotted acronym such as "U.S" (the final stop is at ``stop``)
        parts = word.split(".")
        if all(len(p) <= 2 and p.isalpha() for p in parts):
            return next_word.lower() not in _SENTENCE_OPENERS
    return False


def _line_break_is_hard(text: str, line_end: int, next_start: int) -> bool:
    """Whether a single newline inside a paragraph also ends a sentence.

    A newline wrapped into running text (a lower-case word or a comma before it, a lower-case
    word after it) does not; a headline, a caption or a list item on its own line does.
    """
    last = text[line_end - 1]
    first = text[next_start]
    soft_end = last.islower() or last in ",;-–(" or last.isdigit()
    return not (soft_end and (first.islower() or first.isdigit()))


def split_sentences(text: str, paragraphs: Sequence[Span], lines: Sequence[Span]) -> tuple[Span, ...]:
    """Sentences, never crossing a paragraph, in text order.

    ``lines`` are the text's non-blank lines (as :func:`split_lines` gives them) and
    ``paragraphs`` the runs of them (:func:`group_paragraphs`).
    """
    if _scan is None:
        return _split_sentences_python(text, paragraphs, lines)
    starts, ends = _scan.split_sentences(
        text,
        [p.start for p in paragraphs],
        [p.end for p in paragraphs],
        [ln.start for ln in lines],
        [ln.end for ln in lines],
        _ABBREVIATIONS,
        _SENTENCE_OPENERS,
    )
    return tuple(map(make_span, starts, ends))


def _split_sentences_python(text: str, paragraphs: Sequence[Span], lines: Sequence[Span]) -> tuple[Span, ...]:
    """:func:`split_sentences` without the compiled scanner."""
    line_starts = [ln.start for ln in lines]
    out: list[Span] = []
    for para in paragraphs:
        cuts: list[int] = []
        # hard line breaks inside the paragraph
        first_line = bisect.bisect_left(line_starts, para.start)
        i = first_line
        while i + 1 < len(lines) and lines[i + 1].start < para.end:
            if _line_break_is_hard(text, lines[i].end, lines[i + 1].start):
                cuts.append(lines[i].end)
            i += 1
        for m in _TERMINATOR_RUN.finditer(text, para.start, para.end):
            cut = _sentence_cut(text, m, para)
            if cut is not None:
                cuts.append(cut)
        cuts.sort()
        begin = para.start
        for cut in cuts:
            s, e = strip_bounds(text, begin, cut)
            if s < e:
                out.append(make_span(s, e))
            begin = max(begin, cut)
        s, e = strip_bounds(text, begin, para.end)
        if s < e:
            out.append(make_span(s, e))
    return tuple(out)


_PARENTHESIS_REACH = 80  # characters back from a stop to the "(" it closes


def _closes_inner_parenthesis(text: str, stop: int, floor: int) -> bool:
    """Whether the stop at ``stop`` closes a parenthesis that opened inside a sentence ("Corker
    (R-Tenn.) said"), not one that is a sentence of its own ("... fell. (It rose later.)")."""
    i = stop - 1
    limit = max(floor, stop - _PARENTHESIS_REACH)
    while i >= limit and text[i] != "(":
        if text[i] in ")\n":
            return False
        i -= 1
    if i < limit:
        return False
    p = i - 1
    while p >= floor and text[p].isspace():
        p -= 1
    while p >= floor and text[p] in _QUOTE_CLOSERS:
        p -= 1
    return p >= floor and text[p] not in _TERMINATORS


def _sentence_cut(text: str, m: re.Match[str], para: Span) -> int | None:
    """Where the sentence ends if the terminator run ``m`` ends one, else None."""
    end = para.end
    j = m.end()
    while j < end and text[j] in _CLOSERS_AFTER_STOP:
        j += 1
    if j >= end:
        return None  # the paragraph's end closes the sentence anyway
    if not text[j].isspace():
        return None  # "U.S.-led", "3.5", "Yahoo!'s"
    if ")" in text[m.end() : j] and _closes_inner_parenthesis(text, m.start(), para.start):
        return None  # "Sen. Bob Corker (R-Tenn.) — who": the stop is the abbreviation's
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return None
    c = text[k]
    if c in _ELLIPSIS_CHARS:
        return None  # a spaced ellipsis ". . ." continues; its last dot decides
    w = k
    while w < end and text[w] in _OPENERS_BEFORE_WORD:
        w += 1
    if w >= end:
        return None
    first = text[w]
    if first.islower() or c in ",;:)" or first in ",;:":
        return None
    run = m.group()
    we = w
    while we < end and text[we].isalpha():
        we += 1
    next_word = text[w:we]
    if run == "…" or run == "...":
        # an ellipsis marks an omission inside a sentence ("close to … Waziristan") more often
        # than its end; only a common sentence opener after it starts a new sentence
        return j if next_word.lower() in _SENTENCE_OPENERS else None
    quote_closed = any(ch in _QUOTE_CLOSERS for ch in text[m.end() : j])
    if run == "." and not quote_closed:
        if _is_abbreviation(text, m.start(), para.start, next_word):
            return None
    return j


class Tokens(Sequence[Span]):
    """A document's tokens: a sequence of :class:`Span` backed by plain lists.

    ``starts``, ``ends`` and ``texts`` are the token offsets and strings, built in one pass; a
    :class:`Span` is made only for a token someone indexes, so families that read the lists
    (sourcing, language) never pay for a thousand span objects per article.
    """

    __slots__ = ("starts", "ends", "texts", "_lowered")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str]) -> None:
        self.starts = starts
        self.ends = ends
        self.texts = texts
        self._lowered: list[str] | None = None

    def lowered(self) -> list[str]:
        """Every token's text lower-cased (``str.lower``), built once and shared: the sourcing
        scanner and the lexicon keys both start from it.  Do not modify the list."""
        if self._lowered is None:
            texts = self.texts
            self._lowered = _scan.lower_tokens(texts) if _scan is not None else _lower_tokens_python(texts)
        return self._lowered

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return tuple(map(make_span, self.starts[i], self.ends[i]))
        return make_span(self.starts[i], self.ends[i])

    def __iter__(self) -> Iterator[Span]:
        return map(make_span, self.starts, self.ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Tokens):
            return self.starts == other.starts and self.ends == other.ends
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Tokens({len(self)} tokens)"


def tokenize(text: str) -> Tokens:
    """Words (letters and digits, with inner hyphens, apostrophes and dots) and punctuation."""
    if _scan is not None:
        return Tokens(*_scan.tokenize(text))
    return _tokenize_python(text)


def _lower_tokens_python(texts: list[str]) -> list[str]:
    """:meth:`Tokens.lowered` without the compiled scanner."""
    return list(map(str.lower, texts))


def _tokenize_python(text: str) -> Tokens:
    """:func:`tokenize` without the compiled scanner: the matches of ``_TOKEN``."""
    # map() over the match objects keeps the per-token work in C
    matches = list(_TOKEN.finditer(text))
    return Tokens(
        list(map(_Match.start, matches)), list(map(_Match.end, matches)), list(map(_Match.group, matches))
    )


def non_space_chars(text: str, start: int = 0, end: int | None = None) -> int:
    """How many characters of ``text[start:end]`` are not white space (as ``str.split`` reads it).

    ``start`` and ``end`` are offsets into ``text`` (clamped to it, never counted from the end);
    giving them spares the caller a copy of the slice.
    """
    if end is None:
        end = len(text)
    if _scan is not None:
        return _scan.non_space(text, start, end)
    return _non_space_python(text, start, end)


def non_space_counts(text: str, starts: list[int], ends: list[int]) -> list[int]:
    """:func:`non_space_chars` of each range ``[starts[i], ends[i])``, in one call."""
    if _scan is not None:
        return _scan.non_space_each(text, starts, ends)
    return [_non_space_python(text, s, e) for s, e in zip(starts, ends)]


def _non_space_python(text: str, start: int, end: int) -> int:
    """:func:`non_space_chars` without the compiled scanner."""
    start, end = max(start, 0), min(end, len(text))
    if end <= start:
        return 0
    part = text[start:end] if start or end != len(text) else text
    # a printable text's only white space is the ASCII space: count it in C, with no copies
    if part.isprintable():
        return len(part) - part.count(" ")
    return len("".join(part.split()))


def _count_words_python(texts: list[str], lo: int, hi: int) -> int:
    """How many of the token strings ``texts[lo:hi]`` start with a word character (``\\w``)."""
    # C-level counting over the first characters
    firsts = list(map(itemgetter(0), texts[max(lo, 0) : max(hi, 0)]))
    return sum(map(str.isalnum, firsts)) + firsts.count("_")


def _is_word(token: str) -> bool:
    first = token[0]
    return first.isalnum() or first == "_"


def find_quotations(text: str, paragraphs: Sequence[Span]) -> tuple[Quotation, ...]:
    """Direct quotations, outer and nested, in order of their opening mark.

    Straight and curly double marks open and close outer quotations; single marks nest inside
    them (or stand alone, when they are clearly paired).  An apostrophe between letters is not a
    mark.  A quotation left open at the end of its paragraph continues into the next paragraph
    only if that paragraph opens with a quote mark; otherwise it ends with its paragraph, marked
    unclosed.  Pages that write each paragraph as one line get the same rule at a line break: a
    double mark opening a line while a quotation from an earlier line is open continues that
    quotation instead of nesting a new one inside it.  An unclosed single quotation is dropped.
    """
    bounds = quotation_bounds(text, [p.start for p in paragraphs], [p.end for p in paragraphs])
    bounds.sort(key=lambda b: (b[0], -b[1]))  # by start, the outer of two at one start first
    return tuple(_make_quotation(*b) for b in bounds)


LineClassifier = Callable[["AnalyzedText"], Sequence["str | None"]]

_Value = TypeVar("_Value")


class computed_once(Generic[_Value]):
    """A property computed on first access and kept on the instance, as ``functools.cached_property``
    but without its lock.  On Python 3.11 that lock is one per property of the whole class, so
    threads scoring different documents would queue behind each other; here two threads reading
    the same document's property at once at worst compute the same value twice (every one is a
    pure function of the text), and a first access costs a third as much."""

    def __init__(self, func: Callable[[Any], _Value]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> "computed_once[_Value]": ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _Value: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> "_Value | computed_once[_Value]":
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class AnalyzedText:
    """A document's text with its segmentation, computed once and shared by every signal.

    ``line_classifier`` labels each line with a boilerplate kind (or None for article text); the
    ``article_*`` views keep only what lies on article lines, so page furniture cannot move the
    other signals while every offset still points into ``text``.
    """

    def __init__(self, text: str, *, line_classifier: LineClassifier | None = None) -> None:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
        self.text = text
        self._line_classifier = line_classifier
        self._memo: dict[str, object] = {}

    def __repr__(self) -> str:
        return f"AnalyzedText({len(self.text)} chars)"

    def with_marks_replaced(self, marks: dict[int, str]) -> "AnalyzedText":
        """A copy whose text has the one-character ``marks`` (offset to character) put in place.

        Every offset, line and line label stays as it is (the characters replaced are quotation
        marks, never line breaks), so spans found in the copy point into this text too.
        """
        chars = list(self.text)
        toks = self.tokens
        texts = list(toks.texts)
        for pos, ch in marks.items():
            if len(ch) != 1 or chars[pos] in "\r\n" or ch in "\r\n" or ch.isalnum() or chars[pos].isalnum():
                raise ValueError("only one-character marks off line breaks and words can be replaced")
            chars[pos] = ch
            k = bisect.bisect_left(toks.starts, pos)
            if k < len(texts) and toks.starts[k] == pos and toks.ends[k] == pos + 1:
                texts[k] = ch  # a mark is a token of its own, so the copy's tokens are these
            else:
                texts = []
        copy = AnalyzedText("".join(chars), line_classifier=self._line_classifier)
        # what a mark cannot change is shared: the lines, the paragraphs, their labels, the
        # token bounds (sentences and quotations are the copy's own)
        memo = copy.__dict__
        memo["lines"], memo["paragraphs"], memo["line_labels"] = self.lines, self.paragraphs, self.line_labels
        if texts:
            memo["tokens"] = Tokens(toks.starts, toks.ends, texts)
        return copy

    def memo(self, key: str, compute: Callable[["AnalyzedText"], object]) -> object:
        """``compute(self)``, run once per document and shared between signal families
        (the language family reads the sourcing family's attributions this way)."""
        if key not in self._memo:
            self._memo[key] = compute(self)
        return self._memo[key]

    @computed_once
    def lines(self) -> tuple[Span, ...]:
        return split_lines(self.text)

    @computed_once
    def paragraphs(self) -> tuple[Span, ...]:
        return group_paragraphs(self.text, self.lines)

    @computed_once
    def sentences(self) -> tuple[Span, ...]:
        return split_sentences(self.text, self.paragraphs, self.lines)

    @computed_once
    def tokens(self) -> Tokens:
        return tokenize(self.text)

    @computed_once
    def words(self) -> tuple[Span, ...]:
        """Tokens that contain a letter or a digit."""
        toks = self.tokens
        return tuple(make_span(a, b) for a, b, t in zip(toks.starts, toks.ends, toks.texts) if _is_word(t))

    @computed_once
    def quotations(self) -> tuple[Quotation, ...]:
        return find_quotations(self.text, self.paragraphs)

    # --- article text, boilerplate lines removed -------------------------------------------

    @computed_once
    def line_labels(self) -> tuple[str | None, ...]:
        """A boilerplate kind for each line, or None where the line is article text."""
        if self._line_classifier is None:
            return (None,) * len(self.lines)
        labels = tuple(self._line_classifier(self))
        if len(labels) != len(self.lines):
            raise ValueError("line classifier returned a label count unequal to the line count")
        return labels

    @computed_once
    def _line_starts(self) -> list[int]:
        return [ln.start for ln in self.lines]

    def line_index(self, offset: int) -> int:
        """The index of the line that holds ``offset`` (or the last line before it)."""
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def is_article_offset(self, offset: int) -> bool:
        if not self.lines:
            return False
        return self.line_labels[self.line_index(offset)] is None

    @computed_once
    def _all_article(self) -> bool:
        """True when no line is boilerplate, so the article views are the whole-text ones."""
        return all(lab is None for lab in self.line_labels)

    @computed_once
    def article_lines(self) -> tuple[Span, ...]:
        return tuple(ln for ln, lab in zip(self.lines, self.line_labels) if lab is None)

    @computed_once
    def _article_bounds(self) -> tuple[tuple[int | None, int | None], ...]:
        """Offset ranges ``[lo, hi)`` of runs of article lines, None for an open end.

        An offset belongs to the last line starting at or before it (as in :meth:`line_index`),
        so a run of article lines covers from its first line's start (the text's start for line
        0) to the next line's start (the text's end after the last line).
        """
        starts = self._line_starts
        bounds: list[tuple[int | None, int | None]] = []
        run_start: int | None = -1
        for i, label in enumerate(self.line_labels):
            if label is None:
                if run_start == -1:
                    run_start = starts[i] if i else None
            elif run_start != -1:
                bounds.append((run_start, starts[i]))
                run_start = -1
        if run_start != -1:
            bounds.append((run_start, None))
        return tuple(bounds)

    def _article_index_ranges(self, offsets: Sequence[int]) -> list[tuple[int, int]]:
        """Index ranges ``[i, j)`` of a sorted offset list that fall on article lines."""
        n = len(offsets)
        return [
            (
                0 if lo is None else bisect.bisect_left(offsets, lo),
                n if hi is None else bisect.bisect_left(offsets, hi),
            )
            for lo, hi in self._article_bounds
        ]

    def _article_slice(self, items: tuple[_Located, ...]) -> tuple[_Located, ...]:
        """The items (sorted by start) that start on article lines."""
        if self._all_article:
            return items
        starts = [item.start for item in items]
        return tuple(item for i, j in self._article_index_ranges(starts) for item in items[i:j])

    @computed_once
    def article_sentences(self) -> tuple[Span, ...]:
        return self._article_slice(self.sentences)

    @computed_once
    def article_sentence_starts(self) -> list[int]:
        """The start offsets of :attr:`article_sentences`, for bisection (read-only by convention)."""
        return [s.start for s in self.article_sentences]

    @computed_once
    def article_sentence_fields(self) -> list[list[str]]:
        """Each article sentence split on white space (``str.split``), as textstat and VADER
        read text: split once here, so both families reuse the same strings and their hashes."""
        text = self.text
        return [text[s.start : s.end].split() for s in self.article_sentences]

    @computed_once
    def article_words(self) -> tuple[Span, ...]:
        return self._article_slice(self.words)

    @computed_once
    def article_quotations(self) -> tuple[Quotation, ...]:
        return self._article_slice(self.quotations)  # in order of their opening mark: by start

    @computed_once
    def article_chars(self) -> int:
        """Non-space characters on article lines."""
        if self._all_article:  # every non-space character lies on some line
            return non_space_chars(self.text)
        lines = self.article_lines
        return sum(non_space_counts(self.text, [ln.start for ln in lines], [ln.end for ln in lines]))

    @computed_once
    def article_word_count(self) -> int:
        toks = self.tokens
        ranges = [(0, len(toks))] if self._all_article else self._article_index_ranges(toks.starts)
        # a token is a word when its first character is a word character
        if _scan is not None:
            return sum(_scan.count_words(self.text, toks.starts, i, j) for i, j in ranges)
        return sum(_count_words_python(toks.texts, i, j) for i, j in ranges)

    def sentence_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

