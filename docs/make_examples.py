"""Refresh the real seed output embedded in the docs.

    python docs/make_examples.py

Each Markdown file under docs/ (and README.md) may hold blocks between
``<!-- example:NAME -->`` and ``<!-- /example:NAME -->``; this script replaces their contents
with the current output of the generator NAME below, so the docs never drift from the code.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import credscore  # noqa: E402
from credscore.cli import main as cli_main  # noqa: E402


def _seed(prefix: str) -> str:
    (path,) = (ROOT / "seeds").glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def _abridged_profile(prefix: str, outlet: str, per_list: int = 2) -> dict:
    d = credscore.score(_seed(prefix), id=prefix, outlet=outlet).to_dict()
    d["text"] = d["text"][:120] + " …[abridged here; the profile carries the whole text]"
    d["evidence"] = {
        name: items[:per_list] + ([f"… {len(items) - per_list} more"] if len(items) > per_list else [])
        for name, items in d["evidence"].items()
    }
    d["provenance"]["signal_meta"] = d["provenance"].get("signal_meta", {})
    return d


def schema_example() -> str:
    body = json.dumps(_abridged_profile("004", "Pakistan Forward"), indent=2, ensure_ascii=False)
    return "```json\n" + body + "\n```"


def _cli_output(args: list[str]) -> str:
    """What ``credscore ARGS`` prints, as a fenced block that shows the command."""
    buf = io.StringIO()
    stdout = sys.stdout
    sys.stdout = buf
    try:
        cli_main(args)
    finally:
        sys.stdout = stdout
    return "```\n$ credscore " + " ".join(args) + "\n" + buf.getvalue() + "```"


def seeds_summary() -> str:
    return _cli_output(["score", "seeds/manifest.json", "--format", "summary"])


def explain_000() -> str:
    text = credscore.score(_seed("000"), id="000", outlet="Central Asia Online").explain()
    return "```\n" + text + "\n```"


def explain_003() -> str:
    text = credscore.score(_seed("003"), id="003", outlet="Citizen Awareness Program").explain()
    return "```\n" + text + "\n```"


def signals_list() -> str:
    return _cli_output(["signals"])


def _signal_table(names: list[str]) -> str:
    import json as _json

    manifest = _json.loads((ROOT / "seeds" / "manifest.json").read_text(encoding="utf-8"))
    lines = ["| seed | outlet | " + " | ".join(names) + " |", "|---|---|" + "---:|" * len(names)]
    for entry in manifest["articles"]:
        text = (ROOT / "seeds" / entry["file"]).read_text(encoding="utf-8")
        signals = credscore.score(text).signals
        cells = ["–" if signals[n] is None else f"{signals[n]:.2f}" for n in names]
        lines.append(f"| {entry['id']} | {entry['outlet'] or '–'} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def readability_table() -> str:
    from credscore.signals.readability import PROVIDES

    return _signal_table(list(PROVIDES))


def sentiment_table() -> str:
    from credscore.signals.sentiment import PROVIDES

    return _signal_table(list(PROVIDES))


def sentiment_evidence() -> str:
    profile = credscore.score(_seed("000"), id="000")
    items = [e.to_dict() for e in profile.evidence["sentiment"][:2]]
    return "```json\n" + json.dumps(items, indent=2, ensure_ascii=False) + "\n```"


GENERATORS = {
    "readability-table": readability_table,
    "sentiment-table": sentiment_table,
    "sentiment-evidence": sentiment_evidence,
    "schema": schema_example,
    "seeds-summary": seeds_summary,
    "explain-000": explain_000,
    "explain-003": explain_003,
    "signals": signals_list,
}

_BLOCK = re.compile(r"(<!-- example:([\w-]+) -->\n)(.*?)(<!-- /example:\2 -->)", re.S)


def refresh(path: Path) -> bool:
    original = path.read_text(encoding="utf-8")
    updated = _BLOCK.sub(lambda m: m.group(1) + GENERATORS[m.group(2)]() + "\n" + m.group(4), original)
    if updated != original:
        path.write_text(updated, encoding="utf-8")
        return True
    return False


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        if path.exists() and refresh(path):
            print(f"refreshed {path.relative_to(ROOT)}")
