"""Instructions per article, counted by callgrind: a deterministic cost for comparing changes.

Wall-clock timings on a shared machine vary by about ±10% from run to run; an instruction count
does not.  Run this script twice under callgrind, once warming up only and once scoring too, and
divide the difference by the number of texts::

    for mode in warm run; do
        valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
            python benchmarks/instructions.py --data ../shared/data/credibility-dev.jsonl --mode $mode
    done

(each prints callgrind's "Collected" total on stderr; the script prints the number of texts).
``--target baseline`` counts the textstat + VADER baseline of ``bench_throughput.py`` the same
way, so the ratio of the two counts is a run-to-run stable companion of the timed ratio.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_throughput import load_texts, make_baseline  # noqa: E402

import credscore  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="JSONL with a text field (as bench_throughput.py)")
    ap.add_argument("--mode", choices=("warm", "run"), required=True)
    ap.add_argument("--signals", default=None, help="comma-separated families (default: all)")
    ap.add_argument("--target", choices=("credscore", "baseline"), default="credscore")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--min-bytes", type=int, default=3000)
    ap.add_argument("--max-bytes", type=int, default=7000)
    args = ap.parse_args(argv)
    texts = load_texts(args.data, "text", args.limit, args.min_bytes, args.max_bytes)
    signals = args.signals.split(",") if args.signals else None
    if args.target == "baseline":
        func = make_baseline()
    else:
        def func(text: str) -> object:
            return credscore.score(text, signals=signals)
    for text in texts[:20]:  # imports, lexicons and caches: the same in both modes
        func(text)
    if args.mode == "run":
        for text in texts:
            func(text)
    print(len(texts), "texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
