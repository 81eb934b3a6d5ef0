"""Evaluate the ``language`` family on BABE: word-level loaded-language spans and sentence bias.

    python benchmarks/eval_language.py --babe ../shared/data/babe.jsonl [--split dev|heldout|all]

BABE (Spinde et al., Findings of EMNLP 2021; AGPL-3.0) is read in place and only measured
against: nothing from it goes into the package.  Records are split deterministically by a hash of
their id, 70 % dev / 30 % held-out.

Word level: every word token of a sentence is gold-positive when it overlaps a span the
annotators marked as biased; predicted-positive when it lies inside a loaded-language evidence
span ("phrase": the expanded phrase) or inside a matched lexicon entry ("head").  Micro precision,
recall and F1 over all words of the split.  Sentence level: ROC AUC of the sentence's
``loaded_score`` (summed intensities of the matched entries, quoted and attributed speech at half
weight, plus a small term per hedge) for "Biased" against "Non-biased" ("No agreement" is left
out).  Also prints the family's speed on the seeds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals.language import analyse, language, loaded_score  # noqa: E402


def split_of(record_id: str) -> str:
    h = int(hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:8], 16)
    return "dev" if h % 100 < 70 else "heldout"


def _covered(words, spans) -> set[int]:
    out = set()
    for i, w in enumerate(words):
        for s, e in spans:
            if w.start < e and s < w.end:
                out.add(i)
                break
    return out


def evaluate(records: list[dict], *, show_errors: int = 0) -> dict[str, float]:
    from sklearn.metrics import roc_auc_score

    tp = {"phrase": 0, "head": 0}
    fp = {"phrase": 0, "head": 0}
    fn = {"phrase": 0, "head": 0}
    y_true: list[int] = []
    y_score: list[float] = []
    false_pos: Counter[str] = Counter()
    for rec in records:
        text = rec["text"]
        doc = AnalyzedText(text)
        loaded, hedges = analyse(doc)
        words = doc.words
        gold = _covered(words, [(s["start"], s["end"]) for s in rec["biased_spans"]])
        phrase_spans = [(e.start, e.end) for e in loaded]
        head_spans = [(m["start"], m["end"]) for e in loaded for m in e.details["matches"]]
        for mode, spans in (("phrase", phrase_spans), ("head", head_spans)):
            pred = _covered(words, spans)
            tp[mode] += len(pred & gold)
            fp[mode] += len(pred - gold)
            fn[mode] += len(gold - pred)
            if mode == "head" and show_errors:
                for i in pred - gold:
                    false_pos[text[words[i].start : words[i].end].lower()] += 1
        if rec["label_bias"] in ("Biased", "Non-biased"):
            y_true.append(1 if rec["label_bias"] == "Biased" else 0)
            y_score.append(loaded_score(loaded, hedges))
    out: dict[str, float] = {"sentences": float(len(records))}
    for mode in ("head", "phrase"):
        p = tp[mode] / (tp[mode] + fp[mode]) if tp[mode] + fp[mode] else 0.0
        r = tp[mode] / (tp[mode] + fn[mode]) if tp[mode] + fn[mode] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.update({f"{mode}_precision": p, f"{mode}_recall": r, f"{mode}_f1": f})
    out["sentence_auc"] = roc_auc_score(y_true, y_score) if len(set(y_true)) == 2 else float("nan")
    out["sentences_with_hit"] = sum(1 for s in y_score if s > 0) / max(1, len(y_score))
    if show_errors:
        print("most frequent false-positive words:", false_pos.most_common(show_errors))
    return out


def speed() -> float:
    """Milliseconds per 5 KB of text for the family alone (segmentation warmed up first)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    docs = [AnalyzedText(t) for t in texts]
    for d in docs:  # warm the segmentation caches and the lexicon
        d.tokens, d.words, d.quotations, d.sentences
        language(d)
    chars = sum(len(t) for t in texts)
    rounds = 20
    t0 = time.perf_counter()
    for _ in range(rounds):
        for d in docs:
            language(d)
    elapsed = time.perf_counter() - t0
    return 1000 * elapsed / rounds / (chars / 5000)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    data = ap.add_argument_group("data")
    data.add_argument("--babe", required=True, help="path to babe.jsonl")
    data.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    out = ap.add_argument_group("output")
    out.add_argument("--errors", type=int, default=0, help="print the N commonest false positives")
    out.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = ap.parse_args(argv)

    path = Path(args.babe)
    if not path.is_file():
        print(f"BABE data not found at {path}; pass --babe PATH to babe.jsonl", file=sys.stderr)
        return 2
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    splits = ("dev", "heldout") if args.split == "all" else (args.split,)
    results = {}
    for split in splits:
        chosen = [r for r in records if split_of(r["id"]) == split]
        results[split] = evaluate(chosen, show_errors=args.errors)
    if args.split == "all":
        results["all"] = evaluate(records)
    results_speed = speed()
    if args.json:
        print(json.dumps({"splits": results, "ms_per_5kb": results_speed}, indent=2))
        return 0
    print(f"{'split':8} {'n':>5}  {'word P':>6} {'word R':>6} {'word F1':>7}  "
          f"{'phraseP':>7} {'phraseR':>7} {'phraseF1':>8}  {'sent AUC':>8} {'hit%':>5}")
    for split, r in results.items():
        print(
            f"{split:8} {int(r['sentences']):5d}  {r['head_precision']:6.3f} {r['head_recall']:6.3f} "
            f"{r['head_f1']:7.3f}  {r['phrase_precision']:7.3f} {r['phrase_recall']:7.3f} "
            f"{r['phrase_f1']:8.3f}  {r['sentence_auc']:8.3f} {100 * r['sentences_with_hit']:5.1f}"
        )
    print(f"speed: {results_speed:.3f} ms per 5 KB of text (language family only, seeds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
