"""The phrasebook runner and the A/B dump tool in ``benchmarks/``: they read what they say they
read and report what changed, on invented data (the development corpora are not needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
sys.path.insert(0, str(BENCH))

import phrasebooks  # noqa: E402

TYPES = {"named_person", "named_organization", "document", "unnamed_individual", "unnamed_group",
         "agentless", "self", "unresolved"}


@pytest.mark.parametrize("path", sorted((BENCH / "phrasebooks").glob("*.py")), ids=lambda p: p.stem)
def test_every_phrasebook_row_is_well_formed(path):
    rows = phrasebooks.rows_of(path)
    assert len(rows) >= 100
    texts = [r[0] for r in rows]
    assert len(set(texts)) == len(texts), "a sentence is repeated"
    for text, cue, source, kind in rows:
        if cue is None:
            assert (source, kind) == (None, None), text
            continue
        assert cue.lower() in text.lower(), text
        assert kind in TYPES, text
        assert (source is None) == (kind == "agentless"), text
        assert source is None or source in text, text


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, cwd=ROOT).stdout


def test_the_runner_compares_two_runs(tmp_path):
    book = tmp_path / "tiny.py"
    book.write_text(
        "ROWS = [\n"
        "    ('Smith said the plan failed.', 'said', 'Smith', 'named_person'),\n"
        "    ('The falcon answered the lure at once.', None, None, None),\n"
        "    ('The crew felt the cold.', 'felt', 'The crew', 'unnamed_group'),\n"  # a reader's wrong row
        "]\n",
        encoding="utf-8",
    )
    saved = tmp_path / "v.json"
    out = _run(str(BENCH / "phrasebooks.py"), str(book), "--save", str(saved))
    assert "tiny" in out and "3 rows" in out and "1 not as expected" in out
    verdicts = json.loads(saved.read_text(encoding="utf-8"))["tiny"]
    assert verdicts["Smith said the plan failed."] is None
    assert verdicts["The crew felt the cold."] is not None
    # pretend the first row used to be wrong: the comparison calls it mended
    verdicts["Smith said the plan failed."] = "missed"
    saved.write_text(json.dumps({"tiny": verdicts}), encoding="utf-8")
    out = _run(str(BENCH / "phrasebooks.py"), str(book), "--against", str(saved))
    assert "1 mended, 0 newly wrong" in out


def test_the_ab_tool_dumps_and_diffs_without_printing_held_out_text(tmp_path):
    text = "Smith said the plan failed. The crew felt the cold."
    cue = text.index("said")
    polnear = tmp_path / "p.jsonl"
    factappeal = tmp_path / "f.jsonl"
    # record ids chosen so that one falls in each split (the split is a hash of the id)
    from eval_sourcing import split_of

    ids = {}
    for n in range(200):
        ids.setdefault(split_of(str(n)), str(n))
        if len(ids) == 2:
            break
    gold = {"cue_spans": [[cue, cue + 4]], "source_spans": [[0, 5]], "content_spans": [], "has_source": True,
            "cue": "said", "cue_start": cue, "cue_end": cue + 4}
    polnear.write_text("".join(json.dumps({"id": i, "text": text, "attributions": [gold]}) + "\n" for i in ids.values()),
                       encoding="utf-8")
    factappeal.write_text(json.dumps({"id": "f1", "text": text, "sources": [
        {"source_start": 0, "source_end": 5, "named": True}]}) + "\n", encoding="utf-8")
    data = ["--polnear", str(polnear), "--factappeal", str(factappeal)]
    before = tmp_path / "before.json"
    _run(str(BENCH / "ab_sourcing.py"), "dump", str(before), *data)
    dumped = json.loads(before.read_text(encoding="utf-8"))
    assert set(dumped) == {"polnear", "factappeal"}
    # an "after" dump that lost the cue in every record
    after = tmp_path / "after.json"
    after.write_text(json.dumps({"polnear": {i: [] for i in ids.values()}, "factappeal": {"f1": []}}), encoding="utf-8")
    dev = _run(str(BENCH / "ab_sourcing.py"), "diff", str(before), str(after), *data, "--split", "dev", "--show", "3")
    assert "cue removed, was matching gold" in dev and "gold speech cue lost" in dev and "[[said]]" in dev
    held = _run(str(BENCH / "ab_sourcing.py"), "diff", str(before), str(after), *data, "--split", "heldout", "--show", "3")
    assert "cue removed, was matching gold" in held and "[[" not in held and "Smith" not in held
