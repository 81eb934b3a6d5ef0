"""Run the domain phrasebooks: invented news sentences from one trade or pastime each, with the
cue, source and source type a reader expects (or none), written to find rules that transfer.

    python benchmarks/phrasebooks.py [FILES...] [--show N] [--save OUT.json] [--against OLD.json]

Each file in ``benchmarks/phrasebooks/`` holds one list, ``ROWS``, of ``(text, cue word, source,
source type)`` rows; a row with cue ``None`` expects no attribution.  The rows are read as
literals, never imported.  The script prints, per file, how many rows are not as expected.
``--save`` writes every row's verdict to a JSON file and ``--against`` compares this run with one
saved before, listing the rows that became right and the rows that became wrong, so a rule change
shows what it mended and what it broke.  ``frame_battery.py`` holds a chosen few of these rows
for the unit of regression; these files keep the whole sets.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_battery import check  # noqa: E402

HERE = Path(__file__).resolve().parent / "phrasebooks"


def rows_of(path: Path) -> list[tuple]:
    """The ``ROWS`` literal of a phrasebook file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "ROWS" for t in node.targets):
            return [tuple(r) for r in ast.literal_eval(node.value)]
    raise SystemExit(f"error: {path} has no ROWS list")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="phrasebook files (default: every file in benchmarks/phrasebooks/)")
    ap.add_argument("--show", type=int, default=0, help="print up to N rows not as expected, per file")
    ap.add_argument("--save", type=Path, help="write every row's verdict to this JSON file")
    ap.add_argument("--against", type=Path, help="compare with verdicts saved before by --save")
    args = ap.parse_args(argv)
    files = args.files or sorted(HERE.glob("*.py"))
    verdicts: dict[str, dict[str, str | None]] = {}
    total = wrong = 0
    for path in files:
        rows = rows_of(path)
        result = {row[0]: check(*row) for row in rows}
        verdicts[path.stem] = result
        bad = [(t, why) for t, why in result.items() if why is not None]
        total += len(rows)
        wrong += len(bad)
        print(f"{path.stem:24} {len(rows):5} rows  {len(bad):4} not as expected")
        for text, why in bad[: args.show]:
            print(f"    {text}\n        -> {why}")
    print(f"{'all':24} {total:5} rows  {wrong:4} not as expected")
    if args.against:
        old = json.loads(args.against.read_text(encoding="utf-8"))
        mended, broken = [], []
        for name, result in verdicts.items():
            for text, why in result.items():
                before = old.get(name, {}).get(text, "absent")
                if before is not None and before != "absent" and why is None:
                    mended.append((name, text, before))
                elif before is None and why is not None:
                    broken.append((name, text, why))
        print(f"against {args.against}: {len(mended)} mended, {len(broken)} newly wrong")
        for name, text, why in broken:
            print(f"  newly wrong [{name}] {text}\n        -> {why}")
        for name, text, why in mended[: args.show]:
            print(f"  mended [{name}] {text}")
    if args.save:
        args.save.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
