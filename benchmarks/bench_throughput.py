"""Throughput and peak memory of credscore.score(), side by side with a textstat + VADER baseline.

    python benchmarks/bench_throughput.py                  # the bundled seeds
    python benchmarks/bench_throughput.py --data DIR_OR_JSONL [--text-key text] [--limit N]
    python benchmarks/bench_throughput.py --seconds 1      # a quick smoke run

The baseline is what a user would write without credscore: textstat's Flesch reading ease and
Flesch-Kincaid grade on the whole text plus VADER sentence by sentence (split on full stops).
Its textstat uses Pyphen syllables too (the CMU dictionary path needs a download), so both
sides do comparable work.  Each side runs over the same texts in the same process; peak memory
is measured with tracemalloc (Python allocations) in a separate untimed pass per side, and the process's max RSS is shown.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_texts(data: str | None, text_key: str, limit: int | None) -> list[str]:
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
                        if isinstance(value, str) and value.strip():
                            texts.append(value)
                    if limit and len(texts) >= limit:
                        break
    return texts[:limit] if limit else texts


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
        fre = textstat.flesch_reading_ease(text)
        fk = textstat.flesch_kincaid_grade(text)
        scores = [analyzer.polarity_scores(s)["compound"] for s in split.split(text) if s.strip()]
        return fre, fk, sum(scores) / max(1, len(scores))

    return baseline


def make_credscore(signals: Iterable[str] | None = None) -> Callable[[str], object]:
    import credscore

    names = tuple(signals) if signals else None

    def run(text: str) -> object:
        return credscore.score(text, signals=names).to_dict()

    return run


def measure(func: Callable[[str], object], texts: list[str], seconds: float) -> dict[str, float]:
    """Run over ``texts`` repeatedly for at least ``seconds`` (at least one pass)."""
    for t in texts[:3]:
        func(t)  # warm caches and lazy imports outside the timing
    n_docs = n_bytes = 0
    t0 = time.perf_counter()
    while True:
        for t in texts:
            func(t)
            n_docs += 1
            n_bytes += len(t.encode("utf-8"))
        elapsed = time.perf_counter() - t0
        if elapsed >= seconds:
            break
    # memory in a separate pass: tracemalloc slows every allocation down
    tracemalloc.start()
    for t in texts:
        func(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "docs": n_docs,
        "seconds": elapsed,
        "docs_per_s": n_docs / elapsed,
        "mb_per_s": n_bytes / elapsed / 1e6,
        "peak_mb": peak / 1e6,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="a directory of .txt files or a .jsonl corpus (default: seeds)")
    parser.add_argument("--text-key", default="text")
    parser.add_argument("--limit", type=int, help="use at most this many documents")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum time per side")
    args = parser.parse_args(argv)

    texts = load_texts(args.data, args.text_key, args.limit)
    if not texts:
        print("no texts to benchmark", file=sys.stderr)
        return 2
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
    print(f"{len(texts)} documents, mean {mean_kb:.1f} KB, source: {args.data or 'seeds/'}")
    import credscore

    families = [s.qualified_name for s in credscore.signals()]
    rows = [
        ("credscore.score (all default signals)", make_credscore()),
        ("baseline: textstat + VADER per sentence", make_baseline()),
    ]
    results = [(name, measure(func, texts, args.seconds)) for name, func in rows]
    print(f"signal families: {', '.join(families)}")
    print(f"{'run':<42} {'docs/s':>9} {'MB/s':>7} {'peak MB':>8} {'docs':>6}")
    for name, r in results:
        print(f"{name:<42} {r['docs_per_s']:>9.1f} {r['mb_per_s']:>7.3f} {r['peak_mb']:>8.1f} {r['docs']:>6}")
    ratio = results[0][1]["docs_per_s"] / results[1][1]["docs_per_s"]
    print(f"credscore / baseline speed: {ratio:.2f}x")
    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
