"""Sentences per second: credscore's VADER (credscore.signals._vader) against vaderSentiment's own.

    python benchmarks/bench_vader.py [--dev ../shared/data/credibility-dev.jsonl] [--texts 300]

Sentences are the article sentences credscore's sentiment family scores, from the five seeds and
from the first --texts texts of the development corpus (read in place; nothing is kept).  Rounds
alternate between the scorers and the best round of each is reported (wall time, perf_counter).
"cold" is one pass of a fresh credscore engine, which describes every distinct token for the
first time; "warm" a pass that finds the tokens in its per-process cache, as in a long run.
Every result is also checked to be bit-identical to the library's.
"""

from __future__ import annotations

import argparse
import json
import struct
import time
from pathlib import Path

from credscore.pipeline import analyze
from credscore.signals import _vader

ROOT = Path(__file__).resolve().parent.parent


def article_sentences(texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        doc = analyze(text)
        out += [text[s.start : s.end] for s in doc.article_sentences]
    return out


def one_pass(score, items: list[str]) -> float:
    t0 = time.perf_counter()
    for s in items:
        score(s)
    return time.perf_counter() - t0


def bits(d: dict[str, float]) -> list[tuple[str, bytes]]:
    return [(k, struct.pack("<d", v)) for k, v in d.items()]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", default=str(ROOT.parent / "shared" / "data" / "credibility-dev.jsonl"))
    ap.add_argument("--texts", type=int, default=300)
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    library = SentimentIntensityAnalyzer().polarity_scores
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    sets = {"seeds (5 texts)": (len(seeds), article_sentences(seeds))}
    dev = Path(args.dev)
    if dev.exists():
        with dev.open(encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for _, line in zip(range(args.texts), f)]
        sets[f"dev ({len(texts)} texts)"] = (len(texts), article_sentences(texts))
    print(f"vaderSentiment {_vader.installed_version()}, implementation: {_vader.implementation()}")
    print(
        f"{'set':18} {'sentences':>9} {'library/s':>10} {'cold/s':>9} {'warm/s':>9}"
        f" {'speed-up warm':>13} {'cold':>6} {'ms/article lib → ours':>22}"
    )
    for name, (n_texts, items) in sets.items():
        lib = cold = warm = float("inf")
        for _ in range(args.rounds):
            lib = min(lib, one_pass(library, items))
            engine = _vader._Vader()
            cold = min(cold, one_pass(engine.polarity_scores, items))
            warm = min(warm, one_pass(engine.polarity_scores, items))
        mismatches = sum(bits(library(s)) != bits(engine.polarity_scores(s)) for s in items)
        assert mismatches == 0, f"{mismatches} results differ from vaderSentiment on {name}"
        n = len(items)
        print(
            f"{name:18} {n:9d} {n / lib:10.0f} {n / cold:9.0f} {n / warm:9.0f}"
            f" {lib / warm:12.1f}x {lib / cold:5.1f}x"
            f" {1e3 * lib / n_texts:11.2f} → {1e3 * warm / n_texts:.2f}"
        )


if __name__ == "__main__":
    main()
