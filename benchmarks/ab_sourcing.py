"""A/B test a change to the sourcing family: dump every attribution of two code versions, then
compare the dumps against the gold spans.

    python benchmarks/ab_sourcing.py dump OUT.json --polnear P.jsonl --factappeal F.jsonl
    python benchmarks/ab_sourcing.py diff BEFORE.json AFTER.json --polnear P.jsonl --factappeal F.jsonl \
        [--split dev|heldout] [--show N]

Run ``dump`` once per version (for the old version, from a ``git worktree`` of it with
``PYTHONPATH`` pointing there). ``diff`` prints, per corpus, how many attributions each version
found, how many changed, and which way each change went against the gold: a false cue removed
or added, a gold speech cue found or lost, a matched source that now agrees or no longer does, a
source type that flipped, a FactAppeal source found or lost, a named/unnamed answer mended or
broken. The held-out split is printed as counts only, never text, so that it stays a fair test;
``--show N`` prints up to N dev examples of each kind of change with the words around them.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

try:
    import credscore  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_sourcing import _any_overlap, _is_speech, _overlaps, in_discarded_text, load, source_agrees, split_of  # noqa: E402

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402


def _row(a) -> list:
    span = lambda s: None if s is None else [s.start, s.end]  # noqa: E731
    return [span(a.cue), span(a.source), a.source_type, bool(a.named), span(a.content)]


def dump(args) -> int:
    out = {"polnear": {}, "factappeal": {}}
    for name, path in (("polnear", args.polnear), ("factappeal", args.factappeal)):
        for r in load(path):
            out[name][str(r["id"])] = [_row(a) for a in attributions_of(AnalyzedText(r["text"]))]
    Path(args.out).write_text(json.dumps(out), encoding="utf-8")
    n = sum(len(v) for corpus in out.values() for v in corpus.values())
    print(f"wrote {args.out}: {n} attributions")
    return 0


def _context(text: str, span, width: int = 70) -> str:
    lo, hi = span
    return (text[max(0, lo - width) : lo] + "[[" + text[lo:hi] + "]]" + text[hi : hi + width // 2]).replace("\n", " ")


def _polnear(records, before, after, show, tally, examples) -> None:
    for r in records:
        text = r["text"]
        gold = [g for g in r["attributions"] if g["cue_spans"]]

        def kept(rows):
            return [x for x in rows if not in_discarded_text(r, x[0][0])]

        old, new = kept(before.get(str(r["id"]), [])), kept(after.get(str(r["id"]), []))
        tally["attributions before"] += len(old)
        tally["attributions after"] += len(new)
        old_cues = {tuple(x[0]): x for x in old}
        new_cues = {tuple(x[0]): x for x in new}

        def note(kind, span, detail=""):
            tally[kind] += 1
            if show and len(examples[kind]) < show:
                examples[kind].append(_context(text, span) + (f"  {detail}" if detail else ""))

        for cue in new_cues.keys() - old_cues.keys():
            note("cue added, matches gold" if any(_any_overlap(g["cue_spans"], cue) for g in gold)
                 else "cue added, false", cue)
        for cue in old_cues.keys() - new_cues.keys():
            note("cue removed, was matching gold" if any(_any_overlap(g["cue_spans"], cue) for g in gold)
                 else "cue removed, was false", cue)
        for g in gold:
            if not _is_speech(g["cue"]):
                continue
            was = any(_any_overlap(g["cue_spans"], tuple(x[0])) for x in old)
            now = any(_any_overlap(g["cue_spans"], tuple(x[0])) for x in new)
            if was != now:
                note("gold speech cue found" if now else "gold speech cue lost", (g["cue_start"], g["cue_end"]))
        for cue in new_cues.keys() & old_cues.keys():
            o, n = old_cues[cue], new_cues[cue]
            if o == n:
                continue
            tally["same cue, changed"] += 1
            if o[2] != n[2]:
                note(f"type {o[2]} -> {n[2]}", cue)
            hits = [g for g in gold if _any_overlap(g["cue_spans"], cue)]
            if not hits:
                continue
            was, now = (source_agrees(hits[0], None if x[1] is None else tuple(x[1])) for x in (o, n))
            if was != now:
                note("source now agrees" if now else "source no longer agrees", cue,
                     f"source {text[o[1][0]:o[1][1]] if o[1] else None!r} -> {text[n[1][0]:n[1][1]] if n[1] else None!r}")
            elif o[4] != n[4]:
                tally["matched, content span changed"] += 1


def _factappeal(records, before, after, show, tally, examples) -> None:
    for r in records:
        text = r["text"]
        old = [x for x in before.get(str(r["id"]), []) if x[1] is not None]
        new = [x for x in after.get(str(r["id"]), []) if x[1] is not None]

        def note(kind, span, detail=""):
            tally[kind] += 1
            if show and len(examples[kind]) < show:
                examples[kind].append(_context(text, span) + (f"  {detail}" if detail else ""))

        for g in r["sources"]:
            gspan = (g["source_start"], g["source_end"])
            o = next((x for x in old if _overlaps(gspan, tuple(x[1]))), None)
            n = next((x for x in new if _overlaps(gspan, tuple(x[1]))), None)
            if (o is None) != (n is None):
                note("gold source found" if n else "gold source lost", gspan)
            elif o is not None and g["named"] is not None and o[3] != n[3]:
                note("named mended" if n[3] == bool(g["named"]) else "named broken", gspan)
        gold_spans = [(g["source_start"], g["source_end"]) for g in r["sources"]]
        old_false = {tuple(x[1]) for x in old if not any(_overlaps(s, tuple(x[1])) for s in gold_spans)}
        new_false = {tuple(x[1]) for x in new if not any(_overlaps(s, tuple(x[1])) for s in gold_spans)}
        for s in new_false - old_false:
            note("false source added", s)
        for s in old_false - new_false:
            note("false source removed", s)
        tally["sources before"] += len(old)
        tally["sources after"] += len(new)


def diff(args) -> int:
    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    show = args.show if args.split == "dev" else 0
    if args.show and args.split != "dev":
        print("(--show ignored: held-out changes are printed as counts only)")
    for name, path, fn in (("PolNeAR", args.polnear, _polnear), ("FactAppeal", args.factappeal, _factappeal)):
        records = [r for r in load(path) if split_of(r["id"]) == args.split]
        tally: collections.Counter = collections.Counter()
        examples: dict[str, list[str]] = collections.defaultdict(list)
        fn(records, before[name.lower()], after[name.lower()], show, tally, examples)
        print(f"{name} ({args.split}, {len(records)} records)")
        for kind, n in sorted(tally.items()):
            print(f"  {kind:36} {n}")
            for line in examples.get(kind, ()):
                print(f"      {line}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump", help="write every attribution of both corpora to a JSON file")
    d.add_argument("out")
    c = sub.add_parser("diff", help="compare two dumps against the gold spans")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--split", choices=("dev", "heldout"), default="dev")
    c.add_argument("--show", type=int, default=0, help="print up to N dev examples of each kind of change")
    for p in (d, c):
        p.add_argument("--polnear", required=True, help="path to polnear-train.jsonl")
        p.add_argument("--factappeal", required=True, help="path to factappeal-train.jsonl")
    args = ap.parse_args(argv)
    return dump(args) if args.command == "dump" else diff(args)


if __name__ == "__main__":
    raise SystemExit(main())
