"""The corpus sampler in benchmarks/ reads a JSON-lines file and prints what it finds."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "sample_attributions.py"


def _load():
    spec = importlib.util.spec_from_file_location("sample_attributions", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _corpus(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    return path


def test_missed_prints_a_speech_verb_no_attribution_covers(tmp_path, capsys):
    # "words being said" is a passive with no one saying anything: the sampler shows it
    text = "This isn’t about a few words being said. Officials said the plan failed."
    path = _corpus(tmp_path, [text])
    assert _load().main(["--data", str(path), "--seed", "1", "--missed"]) == 0
    out = capsys.readouterr().out
    assert "missed: said" in out and "a few words being said" in out
    assert out.count("--- a0 | missed:") == 1  # one per article; "Officials said" is covered


def test_a_verb_inside_a_quotation_is_not_sampled(tmp_path, capsys):
    text = "“They said it would rain,” Smith said."
    path = _corpus(tmp_path, [text])
    assert _load().main(["--data", str(path), "--seed", "1", "--missed"]) == 0
    assert capsys.readouterr().out == ""


def test_found_prints_one_attribution_per_article_with_its_type(tmp_path, capsys):
    path = _corpus(tmp_path, ["Officials said the plan failed.", "No one spoke."])
    assert _load().main(["--data", str(path), "--seed", "3"]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("---")]
    assert lines == ["--- a0 | speech | cue: said | source: Officials | unnamed_group named=False"]
