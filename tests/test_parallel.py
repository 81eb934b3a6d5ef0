"""score_many on several processes: same results in the same order, streaming, never stopping."""

from __future__ import annotations

import importlib
import io
import itertools
import multiprocessing
import os

import pytest

import credscore
from credscore import registry
from credscore.parallel import IN_FLIGHT_PER_WORKER, resolve_n_jobs, score_parallel
from credscore.scoring import load_weights
from credscore.pipeline import ErrorRecord
from credscore.progress import with_progress

@pytest.fixture
def crash_family():
    module = importlib.import_module("tests._crash_family")
    yield module.register_family()
    registry._REGISTRY.pop(f"{module.NAME}.v1", None)


def _comparable(results):
    return [r.to_dict() if hasattr(r, "to_dict") else r for r in results]


def test_two_workers_give_the_single_process_results_in_order(seeds: dict[str, str]) -> None:
    """Profiles from two workers equal in-process ones, document for document, errors in place."""
    items: list = []
    for i, text in enumerate(sorted(seeds.values()) * 3):
        items.append({"id": f"doc-{i}", "text": text})
        if i % 4 == 1:
            items.append({"id": f"bad-{i}", "text": b"bytes are not text"})
    serial = _comparable(credscore.score_many(items))
    parallel = _comparable(credscore.score_many(items, n_jobs=2, batch_size=3))
    assert parallel == serial
    assert [r["id"] for r in parallel] == [item["id"] for item in items]
    assert sum(1 for r in parallel if "error" in r) == sum(1 for i in items if i["id"].startswith("bad"))


def test_input_is_read_lazily_with_a_bounded_window(seeds: dict[str, str]) -> None:
    """Only a few batches are read ahead of the results: memory stays flat over endless input."""
    pulled = 0
    text = next(iter(seeds.values()))

    def endless():
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield {"id": str(i), "text": text}

    results = credscore.score_many(endless(), n_jobs=2, batch_size=4, signals=["readability"])
    first = list(itertools.islice(results, 10))
    results.close()
    assert [p.id for p in first] == [str(i) for i in range(10)]
    window = IN_FLIGHT_PER_WORKER * 2 * 4
    assert pulled <= 10 + window + 4


@pytest.mark.parametrize("start_method", [None, "spawn"])
def test_a_dying_worker_costs_only_its_documents(crash_family: str, start_method: str) -> None:
    """A worker process that exits mid-batch turns that document into an error record; the rest score.

    Under the default start method (fork when the parent is single-threaded) workers inherit the
    family; spawned workers import the module that registered it."""
    items = [{"id": str(i), "text": f"Plain sentence number {i} said the clerk."} for i in range(8)]
    items[3]["text"] = "This one says CRASH-THIS-WORKER and takes its worker down."
    results = list(
        score_parallel(
            items, n_jobs=2, batch_size=1, signals=(crash_family,), weights=load_weights(),
            mp_context=multiprocessing.get_context(start_method) if start_method else None,
        )
    )
    assert [r.id for r in results] == [str(i) for i in range(8)]
    errors = [r for r in results if isinstance(r, ErrorRecord)]
    assert [e.id for e in errors] == ["3"]
    assert "WorkerDied" in errors[0].error
    assert all(r.signals["crash_test_value"] == 1.0 for r in results if not isinstance(r, ErrorRecord))
    # no worker of the broken pool may outlive the call: one waiting for work hangs interpreter exit
    assert not multiprocessing.active_children()


def test_unknown_family_fails_before_any_work() -> None:
    """A misspelt family raises at once instead of filling the output with error records."""
    with pytest.raises(credscore.UnknownSignalError):
        credscore.score_many(["text"], n_jobs=2, signals=["no-such-family"])


def test_batch_size_must_be_positive() -> None:
    """batch_size below one is refused with a clear message."""
    with pytest.raises(ValueError, match="batch_size"):
        list(credscore.score_many(["one", "two"], n_jobs=2, batch_size=-1))


def test_n_jobs_counts_back_from_the_number_of_cores() -> None:
    """-1 means every core, -2 all but one, 0 and None one process."""
    cores = os.cpu_count() or 1
    assert resolve_n_jobs(-1) == cores
    assert resolve_n_jobs(-2) == max(1, cores - 1)
    assert resolve_n_jobs(None) == resolve_n_jobs(0) == 1
    assert resolve_n_jobs(3) == 3


def test_progress_reports_counts_failures_and_a_final_line() -> None:
    """Progress counts documents and failures, at most once per interval, and always at the end."""
    ticks = iter(range(100))
    stream = io.StringIO()
    items = ["a", ErrorRecord(id="x", error="boom"), "b", "c"]
    passed = list(with_progress(items, stream, interval=3.0, clock=lambda: next(ticks)))
    assert passed == items
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("scored 4 documents (1 failed,")
    assert lines[0].startswith("scored 3 documents (1 failed,")
    assert len(lines) == 2


def test_two_poisonous_documents_cost_only_themselves(crash_family: str) -> None:
    """Each document that kills its worker becomes an error record; every other document scores."""
    items = [{"id": str(i), "text": f"Plain sentence number {i} said the clerk."} for i in range(10)]
    for bad in (0, 6):
        items[bad]["text"] = "This one says CRASH-THIS-WORKER and takes its worker down."
    results = list(score_parallel(items, n_jobs=2, batch_size=1, signals=(crash_family,), weights=load_weights()))
    assert [r.id for r in results] == [str(i) for i in range(10)]
    assert [r.id for r in results if isinstance(r, ErrorRecord)] == ["0", "6"]
    assert not multiprocessing.active_children()
