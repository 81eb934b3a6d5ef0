"""Speed and memory of credscore, side by side with the tools a user would otherwise reach for.

    python benchmarks/bench_throughput.py                      # seeds: corpus runs + import time
    python benchmarks/bench_throughput.py --data CORPUS.jsonl --limit 300 --full
    python benchmarks/bench_throughput.py --seconds 1          # the smoke run CI does

One run prints, on the same texts in the same process:

- ``credscore.score`` with every default family (full profile, evidence included), the three
  headline families alone (sourcing, language, boilerplate), and the profile serialised with
  ``to_dict()``;
- the baseline a user writes without credscore: textstat's six readability formulas on the whole
  text plus VADER sentence by sentence (textstat's caches cleared between documents, so repeated
  passes measure work, not cache hits; its CMU dictionary download disabled, so it uses Pyphen as
  we do);
- with ``--nela-python`` (or a peer venv at ``.peers/nela-venv``), the NELA features toolkit run by
  ``benchmarks/peer_nela.py`` under its own interpreter (set up by ``benchmarks/setup_peers.sh``);
- ``full vs``: credscore's full profile in docs/s divided by the run's docs/s (above 1: credscore's
  full profile is that many times faster).

``--sweep`` times single documents from 1 KB to 5 MB (built from the corpus) to show time is linear
in length; ``--n-jobs 1,2`` runs ``score_many`` on that many processes; ``--full`` turns both on.
Peak memory is tracemalloc's peak over one untimed pass (Python allocations); the peak RSS of a
fresh process that imports credscore and scores the texts is measured in a child process, and so
is ``import credscore`` (median of five fresh interpreters).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(
    data: str | None, text_key: str, limit: int | None, min_bytes: int = 0, max_bytes: int | None = None
) -> list[str]:
    if data is None:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    else:
        path = Path(data)
        if path.is_dir():
            texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(path.glob("*.txt"))]
        else:
            texts = []
            with path.open(encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    if line.strip():
                        value = json.loads(line).get(text_key)
                        size = len(value.encode("utf-8")) if isinstance(value, str) else 0
                        if value and value.strip() and size >= min_bytes and (max_bytes is None or size <= max_bytes):
                            texts.append(value)
                    if limit and len(texts) >= limit:
                        break
    return texts[:limit] if limit else texts


TEXTSTAT_FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "gunning_fog",
)
HEADLINE_FAMILIES = ("sourcing", "language", "boilerplate")
SWEEP_SIZES = (1_000, 10_000, 100_000, 1_000_000, 5_000_000)


def make_baseline() -> Callable[[str], object]:
    import textstat
    from textstat.backend.utils import _get_cmudict
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    # keep the baseline offline: without this textstat downloads NLTK's cmudict
    import textstat.backend.counts._count_syllables as cs

    cs.get_cmudict = lambda lang: None
    _get_cmudict.get_cmudict = lambda lang: None
    analyzer = SentimentIntensityAnalyzer()
    split = re.compile(r"(?<=[.!?])\s+")
    formulas = [getattr(textstat, name) for name in TEXTSTAT_FORMULAS]

    # textstat memoises every function on the whole text; clear that between calls so repeated
    # passes over the same texts measure work, not cache hits
    caches = [
        obj
        for module in list(sys.modules.values())
        if getattr(module, "__name__", "").startswith("textstat.backend")
        for obj in vars(module).values()
        if hasattr(obj, "cache_clear") and getattr(obj, "__module__", "").startswith("textstat")
    ]

    def baseline(text: str) -> object:
        for cached in caches:
            cached.cache_clear()
        readability = [formula(text) for formula in formulas]
        scores = [analyzer.polarity_scores(s)["compound"] for s in split.split(text) if s.strip()]
        return readability, sum(scores) / max(1, len(scores))

    return baseline


def make_credscore(signals: Iterable[str] | None = None, *, serialise: bool = False) -> Callable[[str], object]:
    import credscore

    names = tuple(signals) if signals else None
    if serialise:
        return lambda text: credscore.score(text, signals=names).to_dict()
    return lambda text: credscore.score(text, signals=names)


def measure(func: Callable[[str], object], texts: list[str], seconds: float, *, memory: bool = True) -> dict[str, float]:
    """Run over ``texts`` repeatedly for at least ``seconds`` (at least one pass)."""
    for t in texts:
        func(t)  # one untimed pass: lazy imports, lexicons and per-token memories are filled
    n_docs = n_bytes = 0
    t0 = time.perf_counter()
    while True:
        for t in texts:
            func(t)
            n_docs += 1
            n_bytes += len(t.encode("utf-8"))
            if n_docs % 50 == 0 and time.perf_counter() - t0 >= seconds:
                break
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            break
    peak = float("nan")
    if memory:  # a separate pass: tracemalloc slows every allocation down
        tracemalloc.start()
        for t in texts[:200]:
            func(t)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return {
        "docs": n_docs,
        "seconds": elapsed,
        "docs_per_s": n_docs / elapsed,
        "mb_per_s": n_bytes / elapsed / 1e6,
        "peak_mb": peak,
    }


def measure_many(texts: list[str], seconds: float, n_jobs: int) -> dict[str, float]:
    """``score_many`` over the texts (repeated to fill ``seconds``) on ``n_jobs`` processes."""
    import credscore

    per_pass = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    list(credscore.score_many(texts, n_jobs=n_jobs))
    first = time.perf_counter() - t0
    passes = max(1, int(seconds / max(first, 1e-6)))
    t0 = time.perf_counter()
    n = sum(1 for _ in credscore.score_many((t for _ in range(passes) for t in texts), n_jobs=n_jobs))
    elapsed = time.perf_counter() - t0
    return {"docs": n, "seconds": elapsed, "docs_per_s": n / elapsed, "mb_per_s": passes * per_pass / elapsed / 1e6}


def sized_documents(texts: list[str], sizes: Iterable[int]) -> list[str]:
    """One document per size, built from whole paragraphs of the corpus, repeated as needed."""
    paragraphs = list(dict.fromkeys(p for t in texts for p in t.split("\n\n") if p.strip()))
    out = []
    for size in sizes:
        parts, n, i = [], 0, 0
        while n < size:
            p = paragraphs[i % len(paragraphs)]
            parts.append(p)
            n += len(p.encode("utf-8")) + 2
            i += 1
        out.append("\n\n".join(parts)[: size + 2000])
    return out


def measure_sweep(texts: list[str], seconds: float) -> list[dict[str, float]]:
    import credscore

    rows = []
    for doc in sized_documents(texts, SWEEP_SIZES):
        size = len(doc.encode("utf-8"))
        credscore.score(doc[:2000])
        runs, t0 = 0, time.perf_counter()
        while True:
            credscore.score(doc)
            runs += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= min(seconds, 2.0) or size > 1_000_000:
                break
        per_doc = elapsed / runs
        rows.append({"bytes": size, "seconds_per_doc": per_doc, "mb_per_s": size / per_doc / 1e6})
    return rows


_CHILD = """
import json, resource, sys, time
t0 = time.perf_counter()
import credscore
imported = time.perf_counter() - t0
rss_import = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
texts = json.load(sys.stdin)
for text in texts:
    credscore.score(text)
print(json.dumps({"import_s": imported, "rss_after_import_mb": rss_import,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def fresh_process_stats(texts: list[str], runs: int = 5) -> dict[str, float]:
    """Import time (median of ``runs`` fresh interpreters) and peak RSS of scoring the texts."""
    import statistics
    import subprocess

    payload = json.dumps(texts[:300])
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _CHILD], input=payload, capture_output=True, text=True, check=True)
        results.append(json.loads(out.stdout))
        payload = "[]"  # later runs only time the import
    return {
        "import_s": statistics.median(r["import_s"] for r in results),
        "max_rss_mb": results[0]["max_rss_mb"],
        "rss_after_import_mb": results[0]["rss_after_import_mb"],
    }


def measure_nela(texts: list[str], seconds: float, python: str | None) -> dict | None:
    """The NELA features toolkit under its own interpreter, or None when no peer venv is set up."""
    default = ROOT / ".peers" / "nela-venv" / "bin" / "python"
    exe = python or (str(default) if default.exists() else None)
    if exe is None:
        return None
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from peer_nela import measure_nela as run_peer

    return run_peer(texts, seconds, exe)


def _row(name: str, r: dict, reference: float | None) -> str:
    ratio = f"{reference / r['docs_per_s']:>8.1f}x" if reference and r.get("docs_per_s") else f"{'':>9}"
    peak = r.get("peak_mb", r.get("peak_mb_tracemalloc", float("nan")))
    return f"{name:<46} {r['docs_per_s']:>9.1f} {r['mb_per_s']:>7.3f} {peak:>8.1f} {r['docs']:>7} {ratio}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="a directory of .txt files or a .jsonl corpus (default: seeds)")
    parser.add_argument("--text-key", default="text")
    parser.add_argument("--limit", type=int, help="use at most this many documents")
    parser.add_argument("--min-bytes", type=int, default=0, help="keep documents of at least this size")
    parser.add_argument("--max-bytes", type=int, help="keep documents of at most this size")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time per run")
    parser.add_argument("--repeat", type=int, default=3, help="rounds over the rows; each row keeps its best")
    parser.add_argument("--sweep", action="store_true", help="time single documents from 1 KB to 5 MB")
    parser.add_argument("--sweep-data", help="corpus the sweep's documents are built from (default: --data); "
                        "use one larger than 5 MB so no paragraph repeats and no cache flatters the time")
    parser.add_argument("--n-jobs", default="", help="comma-separated worker counts for score_many, e.g. 1,2")
    parser.add_argument("--nela-python", help="interpreter of the NELA peer venv (benchmarks/setup_peers.sh)")
    parser.add_argument("--full", action="store_true", help="--sweep and --n-jobs 1,2")
    args = parser.parse_args(argv)
    if args.full:
        args.sweep = True
        args.n_jobs = args.n_jobs or "1,2"

    texts = load_texts(args.data, args.text_key, args.limit, args.min_bytes, args.max_bytes)
    if not texts:
        print("no texts to benchmark", file=sys.stderr)
        return 2
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
    print(f"{len(texts)} documents, mean {mean_kb:.1f} KB, source: {args.data or 'seeds/'}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.platform()}")
    fresh = fresh_process_stats(texts)
    import credscore

    from credscore import _speedups

    print(f"credscore {credscore.__version__}; families: {', '.join(s.qualified_name for s in credscore.signals())}")
    print(f"compiled: C scanner {'yes' if _speedups.scan else 'no'}, "
          f"mypyc modules {len(_speedups.compiled_modules) or 'none (all Python)'}")
    rows = [
        ("credscore.score, full profile", make_credscore()),
        ("credscore.score, sourcing+language+boilerplate", make_credscore(HEADLINE_FAMILIES)),
        ("credscore.score(...).to_dict(), full profile", make_credscore(serialise=True)),
        ("baseline: textstat (6 formulas) + VADER/sentence", make_baseline()),
    ]
    # Rows are measured in turn, ``--repeat`` rounds, and each row keeps its best round (as
    # timeit keeps its fastest): a shared machine's slow spells then hit every row alike
    # instead of whichever row they fall on.
    runs: dict[str, list[dict[str, float]]] = {name: [] for name, _ in rows}
    for round_ in range(args.repeat):
        for name, func in rows:
            runs[name].append(measure(func, texts, args.seconds, memory=round_ == 0))
    results = []
    for name, _ in rows:
        best = max(runs[name], key=lambda r: r["docs_per_s"])
        results.append((name, {**best, "peak_mb": runs[name][0]["peak_mb"]}))
    nela = measure_nela(texts, max(args.seconds, 10.0), args.nela_python) if args.nela_python or not args.seconds < 2 else None
    reference = results[0][1]["docs_per_s"]
    print()
    print(f"each row: the best of {args.repeat} rounds of at least {args.seconds:g} s, rows in turn, "
          "after one untimed pass over the texts")
    print(f"{'run':<46} {'docs/s':>9} {'MB/s':>7} {'peak MB':>8} {'docs':>7} {'full vs':>9}")
    for name, r in results:
        print(_row(name, r, reference))
    if nela is not None:
        if nela.get("docs_per_s"):
            print(_row(f"NELA features toolkit {nela.get('version', '')}".strip(), nela, reference))
        else:
            print(f"{'NELA features toolkit (extract_all)':<46} unavailable: {nela.get('unavailable')}")
            partial = nela.get("partial")
            if partial and partial.get("docs_per_s"):
                groups = "+".join(partial.get("groups", ()))
                print(_row(f"NELA partial ({groups}), upper bound", partial, reference))
    print()
    print(f"import credscore: {fresh['import_s']:.3f} s (median of 5 fresh interpreters)")
    print(f"fresh process scoring these texts: max RSS {fresh['max_rss_mb']:.0f} MB "
          f"({fresh['rss_after_import_mb']:.0f} MB after import)")
    for n_jobs in [int(x) for x in args.n_jobs.split(",") if x.strip()]:
        r = measure_many(texts, args.seconds, n_jobs)
        print(f"score_many(n_jobs={n_jobs}): {r['docs_per_s']:.1f} docs/s, {r['mb_per_s']:.3f} MB/s over {r['docs']} docs")
    if args.sweep:
        print()
        print(f"{'document size':>14} {'s/doc':>9} {'MB/s':>7}")
        sweep_texts = load_texts(args.sweep_data, args.text_key, None) if args.sweep_data else texts
        for r in measure_sweep(sweep_texts, args.seconds):
            print(f"{r['bytes']:>14,} {r['seconds_per_doc']:>9.4f} {r['mb_per_s']:>7.3f}")
    print(f"this process's max RSS (all runs, baseline libraries included): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
