"""The quotation scanner behind :func:`credscore.analysis.find_quotations`, as plain bounds.

It lives apart from :mod:`credscore.analysis` so that setup.py can compile it with mypyc (the
analysis module declares attrs classes, which mypyc cannot compile); the rules are documented on
``find_quotations``, which turns these bounds into ``Quotation`` records.
"""

from __future__ import annotations

import re
from typing import Final

from credscore._speedups import scan as _scan
from credscore.spans import strip_bounds

DOUBLE_OPEN: Final = "“„«"
DOUBLE_CLOSE: Final = "”»"
SINGLE_OPEN: Final = "‘‚‹"
# every mark the scanner reads: the doubles, the straight marks, the singles and their closers
_QUOTE_MARK: Final = re.compile(r"[\"“”„«»‘’‚'‹›]")

# (start, end, content_start, content_end, depth, closed, paragraphs)
Bounds = tuple[int, int, int, int, int, bool, int]


def quote_marks(text: str) -> list[int]:
    """The offsets of every quotation mark (and apostrophe) in ``text``."""
    if _scan is not None:
        return _scan.quote_marks(text)  # type: ignore[no-any-return]
    return quote_marks_python(text)


def quote_marks_python(text: str) -> list[int]:
    """:func:`quote_marks` without the compiled scanner."""
    return [m.start() for m in _QUOTE_MARK.finditer(text)]


class _Open:
    """A quotation whose closing mark has not been seen yet."""

    def __init__(self, double: bool, start: int, content_start: int) -> None:
        self.double = double
        self.start = start
        self.content_start = content_start
        self.paragraphs = 1


class _Scan:
    """The state of one pass over a text's quotation marks."""

    def __init__(self, text: str, para_starts: list[int], para_ends: list[int]) -> None:
        self.text = text
        self.para_starts = para_starts
        self.para_ends = para_ends
        self.para_idx = 0  # the first paragraph not yet ended
        self.stack: list[_Open] = []
        self.out: list[Bounds] = []
        self.continuing: set[int] = set()

    def close(self, entry: _Open, mark_start: int, mark_end: int, closed: bool) -> None:
        cs, ce = strip_bounds(self.text, entry.content_start, mark_start)
        if cs < ce:
            depth = 0
            if not entry.double:
                for e in self.stack:
                    if e.double:
                        depth += 1
            self.out.append((entry.start, mark_end, cs, ce, depth, closed, entry.paragraphs))

    def open_double(self) -> bool:
        for e in self.stack:
            if e.double:
                return True
        return False

    def drop_open_singles(self) -> None:
        """Forget the single quotations opened inside the innermost double one and never closed."""
        stack = self.stack
        while stack and not stack[-1].double:
            stack.pop()

    def close_double(self, pos: int) -> None:
        self.drop_open_singles()  # a nested single quotation left open
        if self.stack:
            self.close(self.stack.pop(), pos, pos + 1, True)

    def continue_over_line(self) -> None:
        """A quotation left open at a line's end goes on: the next line opens with a quote mark
        (the convention of a quotation that runs over paragraphs, here one line each)."""
        self.drop_open_singles()  # unclosed singles end with their line, as with their paragraph
        self.stack[-1].paragraphs += 1

    def end_paragraphs_before(self, pos: int) -> None:
        """End every paragraph that ends at or before ``pos``."""
        starts, ends = self.para_starts, self.para_ends
        n = len(starts)
        while self.para_idx < n and pos >= ends[self.para_idx]:
            i = self.para_idx
            self.end_paragraph(ends[i], starts[i + 1] if i + 1 < n else -1)
            self.para_idx += 1

    def end_paragraph(self, end: int, next_start: int) -> None:
        """Close what is open at a paragraph's end, unless the next paragraph (starting at
        ``next_start``, -1 for none) opens with a quote mark and so continues it."""
        self.drop_open_singles()  # unclosed singles end here
        stack = self.stack
        if not stack:
            return
        entry = stack[-1]
        if next_start >= 0:
            first = self.text[next_start]
            if first in DOUBLE_OPEN or first == '"':
                entry.paragraphs += 1
                self.continuing.add(next_start)
                return
        stack.pop()
        self.close(entry, end, end, False)


def _opens_line(text: str, pos: int) -> bool:
    """Whether only white space other than a line break stands between the line's start and ``pos``."""
    i = pos - 1
    while i >= 0:
        c = text[i]
        if c == "\n" or c == "\r":
            return True
        if not c.isspace():
            return False
        i -= 1
    return False


def quotation_bounds(text: str, para_starts: list[int], para_ends: list[int]) -> list[Bounds]:
    """The bounds of every quotation in ``text``, in the order they close."""
    scan = _Scan(text, para_starts, para_ends)
    stack = scan.stack
    n = len(text)
    for pos in quote_marks(text):
        scan.end_paragraphs_before(pos)
        if pos in scan.continuing:
            continue  # the mark that reopens a quotation running over paragraphs
        ch = text[pos]
        prev = text[pos - 1] if pos > 0 else " "
        nxt_ch = text[pos + 1] if pos + 1 < n else " "
        if ch in DOUBLE_OPEN:
            open_double = scan.open_double()
            if open_double and not prev.isspace() and prev not in "([—–-":
                scan.close_double(pos)  # a misused opener closing a quotation
            elif open_double and _opens_line(text, pos):
                scan.continue_over_line()  # not a quotation inside the open one
            else:
                stack.append(_Open(True, pos, pos + 1))
        elif ch in DOUBLE_CLOSE:
            if scan.open_double():
                scan.close_double(pos)
            elif not prev.isspace() or nxt_ch.isspace():
                pass  # a stray closer
            else:
                stack.append(_Open(True, pos, pos + 1))  # a closer used as an opener
        elif ch == '"':
            open_double = scan.open_double()
            if open_double and (not prev.isspace() or nxt_ch.isspace()):
                scan.close_double(pos)
            elif open_double and _opens_line(text, pos):
                scan.continue_over_line()
            elif not nxt_ch.isspace() and (prev.isspace() or prev in "([—–-/" or pos == 0):
                stack.append(_Open(True, pos, pos + 1))
            elif open_double:
                scan.close_double(pos)
        else:  # single marks and apostrophes
            if prev.isalnum() and nxt_ch.isalnum():
                continue  # an apostrophe: "IMU's", "they're"
            open_single = bool(stack) and not stack[-1].double
            opener_pos = prev.isspace() or prev in "\"“([—–-" or pos == 0
            if ch in SINGLE_OPEN or (ch == "'" and opener_pos and not open_single):
                if opener_pos and nxt_ch.isalnum():
                    stack.append(_Open(False, pos, pos + 1))
            elif open_single and not prev.isspace():
                scan.close(stack.pop(), pos, pos + 1, True)
    scan.end_paragraphs_before(max(para_ends, default=0))  # the rest, at the end of the text
    return scan.out
