"""Progress of a long scoring run, written to a stream (stderr) at most once a second."""

from __future__ import annotations

import sys
import time
from typing import IO, Iterable, Iterator, TypeVar

T = TypeVar("T")

INTERVAL_SECONDS = 1.0


def with_progress(
    items: Iterable[T],
    stream: IO[str] | None = None,
    *,
    interval: float = INTERVAL_SECONDS,
    clock=time.monotonic,
) -> Iterator[T]:
    """Pass ``items`` through, writing ``scored N documents (E failed, R docs/s)`` to ``stream``.

    A document counts as failed when it has an ``error`` attribute (an ``ErrorRecord``).  On a
    terminal the line is rewritten in place; elsewhere (a log file) each report is its own line.
    The last report is always written, once the stream ends.
    """
    out = stream if stream is not None else sys.stderr
    in_place = bool(getattr(out, "isatty", lambda: False)())
    start = last = clock()
    done = failed = 0

    def report(final: bool) -> None:
        elapsed = max(clock() - start, 1e-9)
        line = f"scored {done} documents ({failed} failed, {done / elapsed:.1f} docs/s)"
        if in_place:
            out.write("\r" + line + ("\n" if final else ""))
        else:
            out.write(line + "\n")
        out.flush()

    for item in items:
        done += 1
        if getattr(item, "error", None) is not None:
            failed += 1
        now = clock()
        if now - last >= interval:
            last = now
            report(False)
        yield item
    report(True)
