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
out).  A diagnostic line repeats the word-level numbers for the evidence outside direct
quotations only (writer's voice and attributed speech): BABE's annotators mark the words the
writer chose and almost never a word inside a quotation, so the gap between the two lines is
what quoted evidence costs the all-voices score.

    python benchmarks/eval_language.py --babe ../shared/data/babe.jsonl --split all \
        --speed-texts ../shared/data/credibility-dev.jsonl

Speed: milliseconds of the family's own work per 5 KB of text (segmentation and the sourcing
family's attributions computed beforehand, as in a full run), best of several rounds, on the
seeds and, with ``--speed-texts FILE.jsonl``, on the first ``--speed-n`` texts of a corpus.
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

    modes = ("phrase", "head", "own")
    tp = dict.fromkeys(modes, 0)
    fp = dict.fromkeys(modes, 0)
    fn = dict.fromkeys(modes, 0)
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
        own_spans = [
            (m["start"], m["end"])
            for e in loaded
            if e.details["voice"] != "quoted"
            for m in e.details["matches"]
        ]
        for mode, spans in (("phrase", phrase_spans), ("head", head_spans), ("own", own_spans)):
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
    for mode in ("head", "phrase", "own"):
        p = tp[mode] / (tp[mode] + fp[mode]) if tp[mode] + fp[mode] else 0.0
        r = tp[mode] / (tp[mode] + fn[mode]) if tp[mode] + fn[mode] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out.update({f"{mode}_precision": p, f"{mode}_recall": r, f"{mode}_f1": f})
    out["sentence_auc"] = roc_auc_score(y_true, y_score) if len(set(y_true)) == 2 else float("nan")
    out["sentences_with_hit"] = sum(1 for s in y_score if s > 0) / max(1, len(y_score))
    if show_errors:
        print("most frequent false-positive words:", false_pos.most_common(show_errors))
    return out


def _texts(path: Path | None, limit: int) -> list[str]:
    if path is None:
        return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text") or ""
            if text.strip():
                out.append(text)
            if len(out) >= limit:
                break
    return out


def speed(path: Path | None = None, limit: int = 300, rounds: int = 5) -> tuple[float, float]:
    """Milliseconds per 5 KB of text for the family alone, elapsed (``perf_counter``) and CPU
    (``process_time``, which a loaded machine inflates less): every document is segmented and its
    attributions computed (and the lexicon built) before the clocks start; best of ``rounds``."""
    texts = _texts(path, limit)
    docs = [AnalyzedText(t) for t in texts]
    for d in docs:  # warm the segmentation caches, the sourcing memo and the lexicon
        d.tokens, d.words, d.quotations, d.sentences
        language(d)
    per_5kb = 1000 / (sum(len(t) for t in texts) / 5000)
    wall = cpu = float("inf")
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            language(d)
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return wall * per_5kb, cpu * per_5kb


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    data = ap.add_argument_group("data")
    data.add_argument("--babe", required=True, help="path to babe.jsonl")
    data.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    out = ap.add_argument_group("output")
    out.add_argument("--errors", type=int, default=0, help="print the N commonest false positives")
    out.add_argument("--json", action="store_true", help="print the numbers as JSON")
    out.add_argument("--speed-texts", type=Path, default=None,
                     help="also time the family on the texts of this JSONL file")
    out.add_argument("--speed-n", type=int, default=300, help="how many of those texts")
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
    corpus_speed = speed(args.speed_texts, args.speed_n) if args.speed_texts else None
    if args.json:
        print(json.dumps({"splits": results, "ms_per_5kb": results_speed,
                          "ms_per_5kb_corpus": corpus_speed}, indent=2))
        return 0
    print(f"{'split':8} {'n':>5}  {'word P':>6} {'word R':>6} {'word F1':>7}  "
          f"{'phraseP':>7} {'phraseR':>7} {'phraseF1':>8}  {'sent AUC':>8} {'hit%':>5}")
    for split, r in results.items():
        print(
            f"{split:8} {int(r['sentences']):5d}  {r['head_precision']:6.3f} {r['head_recall']:6.3f} "
            f"{r['head_f1']:7.3f}  {r['phrase_precision']:7.3f} {r['phrase_recall']:7.3f} "
            f"{r['phrase_f1']:8.3f}  {r['sentence_auc']:8.3f} {100 * r['sentences_with_hit']:5.1f}"
        )
    print("outside direct quotes only (diagnostic):")
    for split, r in results.items():
        print(f"{split:8} {int(r['sentences']):5d}  {r['own_precision']:6.3f} "
              f"{r['own_recall']:6.3f} {r['own_f1']:7.3f}")
    print(f"speed: {results_speed[0]:.3f} ms elapsed, {results_speed[1]:.3f} ms CPU per 5 KB of "
          "text (language family only, seeds)")
    if corpus_speed is not None:
        print(f"speed: {corpus_speed[0]:.3f} ms elapsed, {corpus_speed[1]:.3f} ms CPU per 5 KB of "
              f"text (language family only, {args.speed_n} texts of {args.speed_texts.name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
