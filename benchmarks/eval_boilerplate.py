"""Measure the boilerplate family on labelled news pages (L3S-GN1 in credscore's JSONL form).

    python benchmarks/eval_boilerplate.py --data ../shared/data/boilerplate-l3s-gn1.jsonl --split all

Prints, for the flattened text (``text_full``, one block per line) and for the HTML
(``score_html``):

* line-level precision / recall / F1 of the boilerplate class (gold: headline and full-text
  blocks are article, every other block is boilerplate);
* the mean absolute error of ``boilerplate_ratio`` against the gold ratio (non-space characters
  of non-article blocks over all non-space characters);
* from HTML, the word 4-shingle F1 of the extracted main text against ``main_text``, next to
  trafilatura alone (``trafilatura.extract``) in the same run when it is installed.

The split is deterministic: a record is held out when the first byte of the SHA-1 of its id,
modulo 10, is 7 or more (30 %).  The data is research-use only and is read in place.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.html import _blocks_and_labels  # noqa: E402
from credscore.pipeline import score_article  # noqa: E402
from credscore.article import Article  # noqa: E402
from credscore.signals.boilerplate import classify_lines  # noqa: E402

ARTICLE = {"headline", "full-text"}
_WORD = re.compile(r"\w+")


def split_of(record_id: str) -> str:
    return "heldout" if hashlib.sha1(record_id.encode("utf-8")).digest()[0] % 10 >= 7 else "dev"


def non_space(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def key(text: str) -> str:
    return " ".join(text.split()).lower()


class Confusion:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0

    def add(self, gold_bp: bool, pred_bp: bool) -> None:
        if gold_bp and pred_bp:
            self.tp += 1
        elif pred_bp:
            self.fp += 1
        elif gold_bp:
            self.fn += 1
        else:
            self.tn += 1

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def shingles(text: str, n: int = 4) -> Counter:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def shingle_f1(pred: str, gold: str) -> float:
    p, g = shingles(pred), shingles(gold)
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    overlap = sum((p & g).values())
    prec, rec = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def gold_ratio(blocks: list[dict]) -> float:
    total = bp = 0
    for b in blocks:
        c = non_space(b["text"])
        total += c
        if b["label"] not in ARTICLE:
            bp += c
    return bp / total if total else 0.0


def eval_text(record: dict, conf: Confusion) -> tuple[float, float]:
    text = record["text_full"]
    doc = AnalyzedText(text, line_classifier=classify_lines)
    labels = doc.line_labels
    gold = {}
    for b in record["blocks"]:
        gold.setdefault(key(b["text"]), []).append(b["label"] not in ARTICLE)
    total = bp = 0
    for ln, lab in zip(doc.lines, labels):
        c = non_space(text[ln.start : ln.end])
        total += c
        if lab is not None:
            bp += c
        queue = gold.get(key(text[ln.start : ln.end]))
        if queue:
            conf.add(queue.pop(0), lab is not None)
    return (bp / total if total else 0.0), gold_ratio(record["blocks"])


def eval_html(record: dict, conf: Confusion, extractor: str) -> tuple[float, float, str]:
    text, labels, _ = _blocks_and_labels(record["html"], extractor=extractor)
    profile = score_article(Article(text=text, line_labels=labels), signals=["boilerplate"])
    lines = text.split("\n") if text else []
    gold = {}
    for b in record["blocks"]:
        gold.setdefault(key(b["text"]), []).append(b["label"] not in ARTICLE)
    main = []
    for line, lab in zip(lines, labels):
        queue = gold.get(key(line))
        if queue:
            conf.add(queue.pop(0), lab is not None)
        if lab is None:
            main.append(line)
    ratio = profile.signals["boilerplate_ratio"]
    return (ratio if ratio is not None else 0.0), gold_ratio(record["blocks"]), "\n".join(main)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", required=True, help="boilerplate-l3s-gn1.jsonl")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    ap.add_argument("--limit", type=int, default=0, help="only the first N records of the split")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML path")
    ap.add_argument(
        "--extractor", choices=("auto", "trafilatura", "builtin"), default="builtin",
        help="main-text extractor for score_html (default: builtin, as in the library)",
    )
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        print(f"data file not found: {path}", file=sys.stderr)
        return 2
    records = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if args.split == "all" or split_of(rec["id"]) == args.split:
                records.append(rec)
    if args.limit:
        records = records[: args.limit]
    print(f"{len(records)} pages, split={args.split}")

    conf_t = Confusion()
    err_t: list[float] = []
    t0 = time.perf_counter()
    for rec in records:
        pred, gold = eval_text(rec, conf_t)
        err_t.append(abs(pred - gold))
    dt_t = time.perf_counter() - t0
    p, r, f = conf_t.prf()
    print(f"text  lines P={p:.3f} R={r:.3f} F1={f:.3f}  ratio MAE={statistics.fmean(err_t):.4f}"
          f"  ({1000 * dt_t / max(1, len(records)):.1f} ms/page)")
    if args.no_html:
        return 0

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    conf_h = Confusion()
    err_h: list[float] = []
    f1_ours: list[float] = []
    f1_traf: list[float] = []
    t_ours = t_traf = 0.0
    for rec in records:
        t0 = time.perf_counter()
        pred, gold, main_text = eval_html(rec, conf_h, args.extractor)
        t_ours += time.perf_counter() - t0
        err_h.append(abs(pred - gold))
        f1_ours.append(shingle_f1(main_text, rec["main_text"]))
        if trafilatura is not None:
            t0 = time.perf_counter()
            extracted = trafilatura.extract(rec["html"], include_comments=False, include_tables=True) or ""
            t_traf += time.perf_counter() - t0
            f1_traf.append(shingle_f1(extracted, rec["main_text"]))
    p, r, f = conf_h.prf()
    n = max(1, len(records))
    print(f"html  lines P={p:.3f} R={r:.3f} F1={f:.3f}  ratio MAE={statistics.fmean(err_h):.4f}"
          f"  ({1000 * t_ours / n:.1f} ms/page, extractor={args.extractor})")
    matched = conf_h.tp + conf_h.fp + conf_h.fn + conf_h.tn
    print(f"html  lines matched to gold blocks: {matched}")
    print(f"main text 4-shingle F1: credscore {statistics.fmean(f1_ours):.3f}", end="")
    if f1_traf:
        print(f"  trafilatura alone {statistics.fmean(f1_traf):.3f} ({1000 * t_traf / n:.1f} ms/page)")
    else:
        print("  (trafilatura not installed: no comparison)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
