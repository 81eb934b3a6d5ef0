"""The mypyc-compiled modules behave exactly as their Python sources, and can be switched off."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import credscore
from credscore import _speedups
from tests.strategies import news_like_text, tricky_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
needs_compiled = pytest.mark.skipif(
    not _speedups.compiled_modules, reason="no mypyc-compiled modules (not built, or CREDSCORE_PURE_PYTHON is set)"
)

# Scores the JSON list of texts on stdin and prints their profiles, in a fresh interpreter.
_SCORE_STDIN = """
import json, sys
import credscore
from credscore import _speedups
texts = json.load(sys.stdin)
json.dump({"compiled": list(_speedups.compiled_modules),
           "profiles": [credscore.score(t).to_dict() for t in texts]}, sys.stdout)
"""


def run_fresh_python(code: str, *, pure: bool, stdin: str = "") -> str:
    """The standard output of ``code`` run by a new interpreter, pure Python or not."""
    env = dict(os.environ)
    env.pop("CREDSCORE_PURE_PYTHON", None)
    if pure:
        env["CREDSCORE_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code], input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    return done.stdout


def score_in_fresh_python(texts: list[str], *, pure: bool) -> dict:
    return json.loads(run_fresh_python(_SCORE_STDIN, pure=pure, stdin=json.dumps(texts)))


def test_pure_python_switch_imports_every_module_from_its_source():
    """CREDSCORE_PURE_PYTHON=1 runs no compiled module and no C scanner."""
    probe = (
        "import credscore, credscore.signals.sourcing as s, credscore.signals._attribution_scan as a;"
        "from credscore import _speedups as p;"
        "print(p.compiled_modules, p.scan, s.__file__.endswith('.py'), a.__file__.endswith('.py'))"
    )
    assert run_fresh_python(probe, pure=True).split() == ["()", "None", "True", "True"]


@needs_compiled
def test_compiled_modules_are_the_ones_imported():
    """When built, the listed modules really are the compiled files, not their sources."""
    for name in _speedups.compiled_modules:
        module = sys.modules.get(name) or __import__(name, fromlist=["_"])
        assert not module.__file__.endswith(".py"), name


@needs_compiled
def test_seed_profiles_are_identical_compiled_and_pure():
    """Every value, evidence span and provenance field of the seeds, byte for byte."""
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    pure = score_in_fresh_python(texts, pure=True)
    assert pure["compiled"] == []
    assert pure["profiles"] == [credscore.score(t).to_dict() for t in texts]


# Greek capitals end in a final sigma: mypyc's str.lower() does not apply that rule, which must
# not reach any output (no lexicon holds Greek).
_greek = st.sampled_from(["ΌΣΟΣ", "ΟΔΥΣΣΕΑΣ", "Σ", "ΑΣ.", "όσος", "“ΛΟΓΟΣ,” said"])
_batch = st.lists(
    st.one_of(news_like_text, tricky_text, st.lists(st.one_of(_greek, news_like_text), max_size=6).map(" ".join)),
    min_size=25,
    max_size=25,
)


@needs_compiled
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_batch)
def test_any_text_scores_identically_compiled_and_pure(texts: list[str]):
    pure = score_in_fresh_python(texts, pure=True)
    assert pure["profiles"] == [credscore.score(t).to_dict() for t in texts]


# --- when to fall back to the sources -------------------------------------------------------------

_EXT = importlib.machinery.EXTENSION_SUFFIXES[0]


def _touch(path: Path, mtime: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("")
    os.utime(path, (mtime, mtime))


def test_pairs_are_modules_with_both_a_source_and_a_build(tmp_path):
    _touch(tmp_path / "a.py", 100)
    _touch(tmp_path / f"a{_EXT}", 200)
    _touch(tmp_path / "sub" / "b.py", 100)
    _touch(tmp_path / "sub" / f"b{_EXT}", 200)
    _touch(tmp_path / f"_scan{_EXT}", 200)  # a C extension with no source of its name
    _touch(tmp_path / "c.py", 100)  # never compiled
    pairs = _speedups.compiled_pairs(tmp_path, "pkg")
    assert sorted(pairs) == ["pkg.a", "pkg.sub.b"]
    assert pairs["pkg.sub.b"] == (tmp_path / "sub" / "b.py", tmp_path / "sub" / f"b{_EXT}")


def test_a_source_edited_after_the_build_is_stale(tmp_path):
    _touch(tmp_path / "a.py", 100)
    _touch(tmp_path / f"a{_EXT}", 200)
    _touch(tmp_path / "b.py", 300)  # edited after its build
    _touch(tmp_path / f"b{_EXT}", 200)
    _touch(tmp_path / "c.py", 201)  # unpacked a moment after its build, as from a wheel
    _touch(tmp_path / f"c{_EXT}", 200)
    assert _speedups.stale_modules(_speedups.compiled_pairs(tmp_path, "pkg")) == ["pkg.b"]
