"""Scoring a stream of articles on several processes: in order, in bounded memory, never stopping.

The parent reads the input lazily, turns it into :class:`Article` records in batches of
``batch_size`` and keeps at most ``2 * n_jobs`` batches in flight, so memory stays flat however
long the stream is; results come back batch by batch and are yielded in input order.

Workers are forked when the parent runs a single thread: that is cheap, and signal families the
parent registered (even in a script or a notebook) come along.  Forking a parent that runs
threads (a Dask client, a web server) can deadlock, so there workers are spawned: each starts a
fresh interpreter and imports credscore (a fraction of a second, once per worker) and the modules
that registered the requested families, so a family must live in an importable module to be
used that way.  (A forkserver would start faster, but a broken pool of forkserver children can
leave the parent waiting forever at exit.)

A document that raises becomes an :class:`ErrorRecord` inside the worker.  A worker that dies
(killed for memory, say) breaks the pool, and nothing says which batch did it.  The pool is
rebuilt and the batch at the head of the queue runs again alone: if it breaks the pool alone, it
is the cause and each of its documents becomes an error record; if it succeeds, the other
batches are sent again.  Either way the head moves on, so one poisonous document can neither
stall the stream nor cost the documents of an innocent batch.
"""

from __future__ import annotations

import collections
import importlib
import multiprocessing
import os
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Iterable, Iterator, Sequence

from credscore import registry, scoring
from credscore.pipeline import ErrorRecord, _item_id, as_article, error_record, score_one_safely
from credscore.profile import Profile

DEFAULT_BATCH_SIZE = 32
# Batches queued per worker: enough to keep every worker busy while the parent writes results.
IN_FLIGHT_PER_WORKER = 2
_BUILTIN_PREFIX = "credscore."


def resolve_n_jobs(n_jobs: int | None) -> int:
    """The number of worker processes ``n_jobs`` asks for (``-1``: one per core, ``-2``: all but one)."""
    cores = os.cpu_count() or 1
    if n_jobs is None or n_jobs == 0:
        return 1
    if n_jobs < 0:
        return max(1, cores + 1 + n_jobs)
    return n_jobs


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1 and sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class WorkerStartError(RuntimeError):
    """Worker processes could not be started (not a problem with any document)."""


def _ready() -> bool:
    return True


# Set in each worker by _start_worker.
_WORKER_STATE: dict[str, Any] = {}


def _start_worker(signals: tuple[str, ...] | None, weights: scoring.Weights, modules: Sequence[str]) -> None:
    for module in modules:
        importlib.import_module(module)
    registry.resolve(signals)  # load the families once, before the first document
    _WORKER_STATE["signals"] = signals
    _WORKER_STATE["weights"] = weights


def _score_batch(batch: Sequence[Any]) -> list[Profile | ErrorRecord]:
    signals = _WORKER_STATE.get("signals")
    weights = _WORKER_STATE.get("weights")
    return [score_one_safely(item, signals=signals, weights=weights) for item in batch]


def _signal_modules(signals: tuple[str, ...] | None) -> tuple[str, ...]:
    """Modules outside credscore that registered the requested families (imported by workers)."""
    modules = set()
    for spec in registry.resolve(signals):
        module = getattr(spec.func, "__module__", None) or ""
        if not module.startswith(_BUILTIN_PREFIX) and module not in ("__main__", "__mp_main__"):
            modules.add(module)
    return tuple(sorted(modules))


def _prepare(item: Any) -> Any:
    """An item as the picklable record a worker scores (errors stay in their place)."""
    if isinstance(item, ErrorRecord):
        return item
    try:
        return as_article(item)
    except Exception as exc:  # reported in the item's place, like any scoring failure
        return error_record(item, exc)


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(_prepare(item))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def score_parallel(
    items: Iterable[Any],
    *,
    n_jobs: int,
    batch_size: int = DEFAULT_BATCH_SIZE,
    signals: tuple[str, ...] | None = None,
    weights: scoring.Weights,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[Profile | ErrorRecord]:
    """Score ``items`` on ``n_jobs`` processes, yielding results in input order."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    workers = resolve_n_jobs(n_jobs)
    init_args = (signals, weights, _signal_modules(signals))
    ctx = mp_context or _context()
    limit = IN_FLIGHT_PER_WORKER * workers
    batches = _batches(items, batch_size)
    pending: collections.deque[list[Any]] = collections.deque()  # [batch, future or None]

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=ctx, initializer=_start_worker, initargs=init_args)

    def submit(pool: ProcessPoolExecutor, batch: list[Any]) -> Future:
        try:
            return pool.submit(_score_batch, batch)
        except Exception as exc:  # a broken pool refuses work: fail the batch, not the stream
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def rebuilt_pool(cause: BaseException) -> ProcessPoolExecutor:
        fresh = new_pool()
        try:
            fresh.submit(_ready).result()
        except Exception as exc:
            _discard(fresh)
            raise WorkerStartError(f"scoring workers could not be restarted: {exc}") from cause
        return fresh

    pool = new_pool()
    isolating = False  # after a break only the head batch runs, to learn whether it was the cause
    try:
        exhausted = False
        while True:
            if not isolating:
                for entry in pending:
                    if entry[1] is None:
                        entry[1] = submit(pool, entry[0])
                while not exhausted and len(pending) < limit:
                    batch = next(batches, None)
                    if batch is None:
                        exhausted = True
                        break
                    pending.append([batch, submit(pool, batch)])
            if not pending:
                return
            entry = pending[0]
            batch, future = entry
            try:
                results = future.result()
            except BrokenProcessPool as exc:
                _discard(pool)
                pool = rebuilt_pool(exc)
                for waiting in pending:
                    waiting[1] = None
                if isolating:  # it broke the pool running alone: it is the cause
                    pending.popleft()
                    isolating = False
                    reason = f"WorkerDied: a worker process exited while scoring this batch ({exc})"
                    yield from (_as_error(item, reason) for item in batch)
                else:
                    isolating = True
                    entry[1] = submit(pool, batch)
                continue
            except Exception as exc:  # the batch could not be shipped or returned
                pending.popleft()
                isolating = False
                reason = f"{type(exc).__name__}: {exc}"
                yield from (_as_error(item, reason) for item in batch)
                continue
            pending.popleft()
            isolating = False
            yield from results
    finally:
        for entry in pending:
            if entry[1] is not None:
                entry[1].cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _discard(pool: ProcessPoolExecutor) -> None:
    """Shut a broken pool down and make sure none of its workers outlives it.

    On CPython 3.11 a pool that breaks while the parent is submitting can crash its own manager
    thread ("dictionary changed size during iteration") before it stops the surviving workers;
    they then wait for work forever and the interpreter hangs at exit joining them.  So the
    workers are listed before the shutdown and any still alive are terminated.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        if process.is_alive():
            process.terminate()
    for process in workers:
        process.join(timeout=10)


def _as_error(item: Any, reason: str) -> ErrorRecord:
    if isinstance(item, ErrorRecord):
        return item
    return ErrorRecord(id=_item_id(item), error=reason)


__all__ = ["DEFAULT_BATCH_SIZE", "WorkerStartError", "resolve_n_jobs", "score_parallel"]
