"""Fit the shipped credibility weights and measure them with outlet-grouped cross-validation.

    python benchmarks/fit_weights.py --data ../shared/data/credibility-dev.jsonl \
        [--write credscore/weights/news-en-1.json] [--C 0.5]

Label: 1 for "real", 0 for "fake" and "satire".  Groups: the outlet host where known
(FakeNewsNet), else the whole Horne2017 subset, whose outlets are unknown; so no outlet, and no
Horne subset, is both trained and tested on.  Printed: grouped 5-fold cross-validated ROC AUC
over all records and per dataset, the cross-dataset transfer (fit on FakeNewsNet, test on
Horne2017 and back), and the weights fitted on everything (written with --write).

The data is research-use only: it is read in place and never copied; only the fitted numbers
(means, spreads, coefficients) are written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import credscore  # noqa: E402
from credscore import calibration  # noqa: E402
from credscore.scoring import combine  # noqa: E402


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def group_of(record: dict) -> str:
    if record.get("outlet"):
        return "outlet:" + record["outlet"]
    return "dataset:" + record["dataset"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", required=True, help="credibility-dev.jsonl")
    parser.add_argument("--write", help="write the weights fitted on all records here")
    parser.add_argument("--version", default="news-en-1")
    parser.add_argument("--C", type=float, default=0.5, help="inverse L2 regularisation strength")
    args = parser.parse_args(argv)

    records = load(args.data)
    profiles = [credscore.score(r["text"] or "", id=r["id"], title=r.get("title")) for r in records]
    labels = calibration.labels_from(r["label"] for r in records)
    groups = [group_of(r) for r in records]
    signals = calibration.default_signals(profiles)
    print(f"{len(records)} articles, {sum(labels)} real, {len(set(groups))} groups, {len(signals)} signals")

    cv = calibration.grouped_cv_auc(profiles, labels, groups, signals=signals, C=args.C)
    print(f"grouped 5-fold CV ROC AUC (all): {cv['auc']:.3f}")
    from sklearn.metrics import roc_auc_score

    by_dataset = defaultdict(list)
    for r, y, p in zip(records, labels, cv["predictions"]):
        by_dataset[r["dataset"]].append((y, p))
    for name, pairs in sorted(by_dataset.items()):
        ys, ps = zip(*pairs)
        print(f"  {name:<24} n={len(ys):>3}  CV AUC {roc_auc_score(ys, ps):.3f}")

    for train_prefix, test_prefix in (("fakenewsnet", "horne2017"), ("horne2017", "fakenewsnet")):
        tr = [i for i, r in enumerate(records) if r["dataset"].startswith(train_prefix)]
        te = [i for i, r in enumerate(records) if r["dataset"].startswith(test_prefix)]
        w = calibration.fit_weights([profiles[i] for i in tr], [labels[i] for i in tr], signals=signals, C=args.C)
        scores = [combine(profiles[i].signals, w)[0] or 50.0 for i in te]
        auc = roc_auc_score([labels[i] for i in te], scores)
        print(f"fit on {train_prefix}, test on {test_prefix}: AUC {auc:.3f} (n={len(te)})")

    weights = calibration.fit_weights(
        profiles, labels, signals=signals, C=args.C, version=args.version,
        description=(
            f"Fitted by benchmarks/fit_weights.py (L2 logistic regression, C={args.C}, sign-constrained) on "
            f"credibility-dev.jsonl: {len(records)} articles on 2016 US politics (FakeNewsNet and Horne2017; "
            "label real=1, fake/satire=0). Research-use data read in place; only these statistics are shipped. "
            f"Outlet-grouped 5-fold CV ROC AUC {cv['auc']:.3f}."
        ),
    )
    print("weights fitted on all records:")
    for dim, spec in weights.dimensions.items():
        for name, w in sorted(spec["weights"].items(), key=lambda kv: -abs(kv[1])):
            print(f"  {dim:<13} {name:<36} {w:+.3f}")
    if args.write:
        Path(args.write).write_text(json.dumps(weights.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
