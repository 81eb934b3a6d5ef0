"""Readers, writers and the credscore command line."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from credscore import ErrorRecord
from credscore.cli import main
from credscore.io import decode_bytes, read_articles
from credscore.io.readers import BinaryInputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_decode_replaces_bad_bytes_and_flags() -> None:
    """Invalid UTF-8 is replaced and flagged, not fatal."""
    text, flags = decode_bytes("caf\u00e9 ok".encode("latin-1"))
    assert "\ufffd" in text and flags == ("decoding_replaced",)
    assert decode_bytes("\ufeffBOM".encode("utf-8")) == ("BOM", ())


def test_binary_input_is_an_error() -> None:
    """Bytes with NULs are binary and refused."""
    with pytest.raises(BinaryInputError):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")


def test_manifest_reader_gives_ids_and_outlets() -> None:
    """The seeds manifest yields five articles with their outlets."""
    articles = list(read_articles(str(SEEDS / "manifest.json")))
    assert [a.id for a in articles] == ["000", "001", "002", "003", "004"]
    assert [a.outlet for a in articles] == [
        "Central Asia Online", "RFE/RL", None, "Citizen Awareness Program", "Pakistan Forward",
    ]


def test_cli_scores_txt_files_to_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    """`credscore score a.txt b.txt` prints one JSON profile per line."""
    paths = sorted(str(p) for p in SEEDS.glob("00[01]_*.txt"))
    code, out, _ = run_cli(["score", *paths], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["id"] for r in rows] == [Path(p).stem for p in paths]


def test_cli_jsonl_with_custom_keys_and_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Custom keys are honoured; a bad line becomes an error record and the exit status is 1."""
    src = tmp_path / "corpus.jsonl"
    src.write_text(
        json.dumps({"doc": "a1", "body": "The minister said so.", "site": "X"}) + "\n"
        + "{not json\n"
        + json.dumps({"doc": "a3", "body": 7}) + "\n"
        + json.dumps({"doc": "a4", "body": "Another text."}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(
        ["score", str(src), "--text-key", "body", "--id-key", "doc", "--outlet-key", "site"], capsys
    )
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "2 of 4 documents failed" in err
    assert rows[0]["id"] == "a1" and rows[0]["outlet"] == "X"
    assert set(rows[1]) == {"id", "error"} and rows[1]["id"] == "corpus.jsonl:2"
    assert rows[2] == {"id": "a3", "error": "record has no string field 'body'"}
    assert rows[3]["id"] == "a4"


def test_cli_csv_in_and_flat_csv_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A CSV corpus scores to a flat CSV with one column per signal."""
    src = tmp_path / "c.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "text", "outlet"])
        w.writerow(["r1", "Officials said, \"it is over.\"\nSecond line.", "Y"])
    out_path = tmp_path / "out.csv"
    code, _, _ = run_cli(["score", str(src), "--format", "csv", "-o", str(out_path)], capsys)
    rows = list(csv.DictReader(out_path.open(encoding="utf-8")))
    assert code == 0 and rows[0]["id"] == "r1" and rows[0]["outlet"] == "Y"
    assert "flesch_reading_ease" in rows[0] and "sentiment_mean_compound" in rows[0]


def test_cli_json_array_output(capsys: pytest.CaptureFixture[str]) -> None:
    """--format json writes one JSON array."""
    code, out, _ = run_cli(["score", str(SEEDS / "manifest.json"), "--format", "json"], capsys)
    data = json.loads(out)
    assert code == 0 and len(data) == 5 and data[1]["outlet"] == "RFE/RL"


def test_cli_binary_file_is_reported_and_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A binary file is an error record; the next file is still scored."""
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text("A fine article.", encoding="utf-8")
    code, out, _ = run_cli(["score", str(junk), str(good)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and "binary" in rows[0]["error"] and rows[1]["id"] == "good"


def test_cli_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """`-` reads one article from standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Text from a pipe.")))
    code, out, _ = run_cli(["score", "-"], capsys)
    assert code == 0 and json.loads(out)["text"] == "Text from a pipe."


def test_cli_unknown_signal_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --signals name exits 2 with the known names."""
    code, _, err = run_cli(["score", str(SEEDS / "manifest.json"), "--signals", "bogus"], capsys)
    assert code == 2 and "readability.v1" in err


def test_cli_n_jobs_keeps_output_and_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--n-jobs 2 writes exactly what one process writes, error records included, with progress."""
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    args = ["score", str(SEEDS / "manifest.json"), str(junk), "--batch-size", "2"]
    code1, out1, _ = run_cli(args, capsys)
    code2, out2, err2 = run_cli([*args, "--n-jobs", "2", "--progress"], capsys)
    assert code1 == code2 == 1
    assert out2 == out1 and len(out1.splitlines()) == 6
    assert "scored 6 documents (1 failed" in err2


def test_cli_bad_batch_size_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--batch-size 0 exits 2 before anything is read."""
    code, out, err = run_cli(["score", str(SEEDS / "manifest.json"), "--batch-size", "0"], capsys)
    assert code == 2 and out == "" and "--batch-size" in err


def test_cli_signals_lists_families(capsys: pytest.CaptureFixture[str]) -> None:
    """`credscore signals` prints every registered family with its values."""
    code, out, _ = run_cli(["signals"], capsys)
    assert code == 0 and "readability.v1" in out and "sentiment_mean_compound" in out


def test_python_dash_m_runs_the_cli() -> None:
    """`python -m credscore` is the same command, and progress stays silent off a terminal."""
    proc = subprocess.run(
        [sys.executable, "-m", "credscore", "score", str(SEEDS / "manifest.json"), "--format", "csv"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert len(proc.stdout.strip().splitlines()) == 6


def test_empty_file_scores_as_empty(tmp_path: Path) -> None:
    """An empty .txt file is an empty-flagged profile, not an error."""
    (tmp_path / "e.txt").write_bytes(b"")
    (item,) = read_articles(str(tmp_path / "e.txt"))
    assert not isinstance(item, ErrorRecord) and item.text == ""


def test_cli_summary_table(capsys: pytest.CaptureFixture[str]) -> None:
    """--format summary prints a header and one row per document with its score."""
    code, out, _ = run_cli(["score", str(SEEDS / "manifest.json"), "--format", "summary"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:3] == ["id", "outlet", "score"]
    assert len(lines) == 6 and lines[2].startswith("001  RFE/RL")
