"""No regular expression in credscore may backtrack catastrophically.

Every compiled pattern at module level in the package is found automatically, so a pattern a new
signal adds is covered too.  Each is fed long runs of the characters it mentions (alone, with
spaces, after a letter) and must take time of the same order as on a normal document of the
same size.  Whole-document scoring gets the same treatment.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from pathlib import Path

import pytest

import credscore
from credscore import score

SIZE = 20_000
SEED = (Path(__file__).resolve().parent.parent / "seeds")


def _normal_document(size: int) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


def _package_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for info in pkgutil.walk_packages(credscore.__path__, "credscore."):
        if info.name.startswith("credscore.integrations") or info.name.endswith("__main__"):
            continue  # optional extras, and the entry point that runs on import
        try:
            module = importlib.import_module(info.name)
        except ImportError:
            continue
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.append((f"{info.name}.{name}", value))
    return found


def _hostile_inputs(chars: str) -> list[str]:
    out = []
    for ch in sorted(set(chars)):
        out.append(ch * SIZE)
        out.append((ch + " ") * (SIZE // 2))
        out.append(("a" + ch) * (SIZE // 2))
        out.append(("A" + ch + "a") * (SIZE // 3))
    return out


def _best_time(func, arg, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - t0)
    return best


def _pattern_chars(pattern: str) -> str:
    literal = re.sub(r"\\[A-Za-z]", "", pattern)
    return "".join(ch for ch in literal if not ch.isalnum()) + "aA1 \n\t.é"


PATTERNS = _package_patterns()


def test_patterns_were_found() -> None:
    """The scan sees the package's patterns (a guard against the scan silently finding none)."""
    assert len(PATTERNS) >= 3


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_pattern_is_linear_on_hostile_runs(name: str, pattern: re.Pattern[str]) -> None:
    """A long run of the characters a pattern loops on costs about what a normal text does."""
    normal = _best_time(pattern.findall, _normal_document(SIZE))
    bound = max(50 * normal, 0.05)
    for text in _hostile_inputs(_pattern_chars(pattern.pattern)):
        elapsed = _best_time(pattern.findall, text, repeat=1)
        if elapsed > bound:  # measure again before failing: the machine may have hiccupped
            elapsed = _best_time(pattern.findall, text, repeat=2)
        assert elapsed <= bound, f"{name} took {elapsed:.3f}s on a run of {text[:6]!r}"


def test_scoring_is_linear_on_hostile_documents() -> None:
    """Whole-document scoring of hostile runs stays within a small factor of a normal document."""
    score(_normal_document(2000))  # warm lexicons and analysers
    normal = _best_time(score, _normal_document(SIZE))
    bound = max(20 * normal, 0.5)
    chars = "".join(_pattern_chars(p.pattern) for _, p in PATTERNS)
    for text in _hostile_inputs(chars)[::3]:
        elapsed = _best_time(score, text, repeat=1)
        if elapsed > bound:
            elapsed = _best_time(score, text, repeat=2)
        assert elapsed <= bound, f"score() took {elapsed:.3f}s on a run of {text[:6]!r}"
