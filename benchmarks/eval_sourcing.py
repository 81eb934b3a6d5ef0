"""Evaluate the sourcing family against PolNeAR (attributions) and FactAppeal (named sources).

    python benchmarks/eval_sourcing.py --polnear ../shared/data/polnear-train.jsonl \
        --factappeal ../shared/data/factappeal-train.jsonl [--split dev|heldout|all] [--errors N] \
        [--folds K [--fold I]]

Records are split deterministically by a hash of their id: 70 % dev, 30 % held-out.  The data
is read in place and never copied; a missing file is an error.

``--folds K`` cuts the DEV records (never the held-out ones) into K folds by another byte of the
same hash and prints the FactAppeal numbers (and the PolNeAR cue F1) per fold, so that a change
studied on one fold can be checked on folds nobody looked at.  ``--fold I`` then limits the whole
run, error examples included, to fold I: study errors there only.

PolNeAR: cue precision against every gold cue; recall against gold attributions whose cue
contains a communication verb (the list below, written for this benchmark, independent of the
package lexicon); F1 of the two; source agreement on matched attributions (overlap, or both
without a source); Spearman of predicted vs gold attributions per 1,000 words per article.
Attributions found inside the record's ``discard_spans`` (text the annotators set aside as not
article: editor's notes, "Follow X on Twitter") are left out of every PolNeAR number, since that
text carries no gold.
FactAppeal: source recall and precision (overlap) and named/unnamed accuracy on found sources.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

try:
    import credscore  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402

# Communication verbs and phrases that mark speech, for the recall denominator.
SPEECH_WORDS = frozenset(
    """
    say says said saying tell tells told telling according state states stated stating statement
    add adds added adding insist insists insisted warn warns warned acknowledge acknowledged
    acknowledges claim claims claimed announce announced announces explain explained explains
    note noted notes argue argued argues report reported reports confirm confirmed confirms deny
    denied denies write wrote writes written tweet tweeted tweets respond responded reply replied
    answer answered suggest suggested suggests assert asserted declare declared contend contended
    maintain maintained admit admitted concede conceded emphasize emphasized stress stressed
    point pointed recall recalled describe described predict predicted allege alleged accuse
    accused complain complained comment commented remark remarked observe observed testify
    testified disclose disclosed reveal revealed indicate indicated mention mentioned urge urged
    promise promised pledge pledged vow vowed threaten threatened ask asked asks speak spoke spoken
    speaking talk talked call called calls interview told announcement conclude concluded
    criticize criticized praise praised blame blamed quote quoted cite cited agree agreed
    """.split()
)


def split_of(record_id: str) -> str:
    h = hashlib.sha256(str(record_id).encode("utf-8")).digest()[0]
    return "dev" if h % 10 < 7 else "heldout"


def fold_of(record_id: str, k: int) -> int:
    """The dev fold of a record: a byte of the id's hash that the dev/held-out split does not use."""
    return hashlib.sha256(str(record_id).encode("utf-8")).digest()[1] % k


def load(path: str) -> list[dict]:
    p = Path(path)
    if not p.exists():
        sys.exit(f"error: data file not found: {path}")
    with p.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _any_overlap(spans, span) -> bool:
    return any(_overlaps(tuple(s), span) for s in spans)


def _is_speech(cue: str) -> bool:
    return any(w.strip(".,:;\"'’“”").lower() in SPEECH_WORDS for w in cue.split())


def spearman(x: list[float], y: list[float]) -> float:
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            avg = (i + j) / 2 + 1
            for k in range(i, j + 1):
                r[order[k]] = avg
            i = j + 1
        return r

    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def eval_polnear(records: list[dict], errors: int) -> dict:
    n_pred = n_pred_match = 0
    n_speech = n_speech_found = 0
    n_matched = n_source_agree = 0
    dens_pred, dens_gold = [], []
    fp_examples, fn_examples, src_examples = [], [], []
    elapsed = 0.0
    chars = 0
    for r in records:
        text = r["text"]
        doc = AnalyzedText(text)
        # the shared segmentation is the core's cost, not this family's: compute it first
        doc.tokens, doc.article_sentences, doc.article_quotations  # noqa: B018
        t0 = time.perf_counter()
        atts = attributions_of(doc)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        gold = [g for g in r["attributions"] if g["cue_spans"]]
        # text the annotators set aside as not article (editor's notes, "Follow X on Twitter")
        # carries no gold: attributions found there are left out rather than counted as false
        discard = [(d["start"], d["end"]) for d in r.get("discard_spans", ())]
        if discard:
            atts = tuple(a for a in atts if not any(lo <= a.cue.start < hi for lo, hi in discard))
        words = doc.article_word_count or 1
        dens_pred.append(1000 * len(atts) / words)
        dens_gold.append(1000 * len(r["attributions"]) / words)
        for a in atts:
            n_pred += 1
            cue = (a.cue.start, a.cue.end)
            hits = [g for g in gold if _any_overlap(g["cue_spans"], cue)]
            if hits:
                n_pred_match += 1
                g = hits[0]
                n_matched += 1
                if g["has_source"] and a.source is not None:
                    ok = _any_overlap(g["source_spans"], (a.source.start, a.source.end))
                else:
                    ok = (not g["has_source"]) and a.source is None
                n_source_agree += ok
                if not ok and len(src_examples) < errors:
                    src_examples.append(
                        (text[a.cue.start : a.cue.end], g["source"], text[a.source.start : a.source.end] if a.source else None)
                    )
            elif len(fp_examples) < errors:
                s = max(0, a.cue.start - 60)
                fp_examples.append(text[s : a.cue.end + 30].replace("\n", " "))
        for g in gold:
            if not _is_speech(g["cue"]):
                continue
            n_speech += 1
            if any(_any_overlap(g["cue_spans"], (a.cue.start, a.cue.end)) for a in atts):
                n_speech_found += 1
            elif len(fn_examples) < errors:
                s = max(0, g["cue_start"] - 60)
                fn_examples.append((g["cue"], text[s : g["cue_end"] + 30].replace("\n", " ")))
    p = n_pred_match / n_pred if n_pred else 0.0
    rc = n_speech_found / n_speech if n_speech else 0.0
    return {
        "articles": len(records),
        "cue_precision": p,
        "speech_cue_recall": rc,
        "speech_cue_f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
        "source_agreement": n_source_agree / n_matched if n_matched else 0.0,
        "density_spearman": spearman(dens_pred, dens_gold),
        "ms_per_5kb": 1000 * elapsed / (chars / 5000) if chars else 0.0,
        "_fp": fp_examples,
        "_fn": fn_examples,
        "_src": src_examples,
    }


def eval_factappeal(records: list[dict], errors: int) -> dict:
    n_gold = n_gold_found = 0
    n_pred = n_pred_match = 0
    n_named = n_named_ok = 0
    misses, named_errors, fps = [], [], []
    for r in records:
        text = r["text"]
        atts = [a for a in attributions_of(AnalyzedText(text)) if a.source is not None]
        for a in atts:
            n_pred += 1
            span = (a.source.start, a.source.end)
            if any(_overlaps((g["source_start"], g["source_end"]), span) for g in r["sources"]):
                n_pred_match += 1
            elif len(fps) < errors:
                fps.append((text[a.source.start : a.source.end], text[:160]))
        for g in r["sources"]:
            n_gold += 1
            gspan = (g["source_start"], g["source_end"])
            hit = next((a for a in atts if _overlaps(gspan, (a.source.start, a.source.end))), None)
            if hit is None:
                if len(misses) < errors:
                    misses.append((g["source"], text[:200]))
                continue
            n_gold_found += 1
            if g["named"] is not None:
                n_named += 1
                if bool(hit.named) == bool(g["named"]):
                    n_named_ok += 1
                elif len(named_errors) < errors:
                    named_errors.append((g["source"], g["named"], text[hit.source.start : hit.source.end], hit.source_type))
    return {
        "sentences": len(records),
        "source_recall": n_gold_found / n_gold if n_gold else 0.0,
        "source_precision": n_pred_match / n_pred if n_pred else 0.0,
        "named_accuracy": n_named_ok / n_named if n_named else 0.0,
        "_miss": misses,
        "_named": named_errors,
        "_fp": fps,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    data = ap.add_argument_group("data")
    data.add_argument("--polnear", required=True, help="path to polnear-train.jsonl")
    data.add_argument("--factappeal", required=True, help="path to factappeal-train.jsonl")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print up to N error examples of each kind")
    ap.add_argument("--folds", type=int, default=0, help="cut the dev records into K folds; print numbers per fold")
    ap.add_argument("--fold", type=int, default=None, help="with --folds: evaluate (and show errors of) fold I only")
    args = ap.parse_args(argv)
    if args.folds and args.split != "dev":
        ap.error("--folds splits the dev records only: use it with --split dev")
    if args.fold is not None and not 0 <= args.fold < max(args.folds, 0):
        ap.error("--fold I needs --folds K with 0 <= I < K")

    def keep(r):
        if args.split != "all" and split_of(r["id"]) != args.split:
            return False
        return args.fold is None or fold_of(r["id"], args.folds) == args.fold

    pol = [r for r in load(args.polnear) if keep(r)]
    fa = [r for r in load(args.factappeal) if keep(r)]
    if args.folds and args.fold is None:
        print(f"dev folds ({args.folds}): FactAppeal source recall / named accuracy / precision, PolNeAR speech-cue F1")
        for f in range(args.folds):
            fr = eval_factappeal([r for r in fa if fold_of(r["id"], args.folds) == f], 0)
            pr = eval_polnear([r for r in pol if fold_of(r["id"], args.folds) == f], 0)
            print(f"  fold {f}: recall {fr['source_recall']:.3f}  named {fr['named_accuracy']:.3f}  "
                  f"precision {fr['source_precision']:.3f}  cue_f1 {pr['speech_cue_f1']:.3f}  ({fr['sentences']} sentences)")
    pr = eval_polnear(pol, args.errors)
    fr = eval_factappeal(fa, args.errors)
    print(f"split: {args.split}" + (f", fold {args.fold} of {args.folds}" if args.fold is not None else ""))
    print(f"PolNeAR ({pr['articles']} articles)")
    for k in ("cue_precision", "speech_cue_recall", "speech_cue_f1", "source_agreement", "density_spearman"):
        print(f"  {k:22} {pr[k]:.3f}")
    print(f"  {'ms_per_5kb':22} {pr['ms_per_5kb']:.3f}")
    print(f"FactAppeal ({fr['sentences']} sentences)")
    for k in ("source_recall", "source_precision", "named_accuracy"):
        print(f"  {k:22} {fr[k]:.3f}")
    if args.errors:
        for name, rows in (("PolNeAR false cues", pr["_fp"]), ("PolNeAR missed speech cues", pr["_fn"]),
                           ("PolNeAR source disagreements", pr["_src"]), ("FactAppeal missed sources", fr["_miss"]),
                           ("FactAppeal named errors", fr["_named"]), ("FactAppeal false sources", fr["_fp"])):
            print(f"\n== {name}")
            for row in rows:
                print("  ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
