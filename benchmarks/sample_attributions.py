"""Print a random sample of attributions, or of missed speech verbs, from an unlabelled corpus.

    python benchmarks/sample_attributions.py --data ../shared/data/credibility-dev.jsonl --seed 13
    python benchmarks/sample_attributions.py --data ../shared/data/credibility-dev.jsonl --seed 13 --missed

The labelled sets (PolNeAR, FactAppeal) steer the rules towards their own articles; reading
attributions from other outlets finds errors they do not contain.  Without ``--missed``, one
attribution is drawn from each of ``--articles`` random articles and printed with its cue,
source, type and the text around it: what we get wrong.  With ``--missed``, one speech verb
("said", "told", "according to", "wrote" ...) outside every quotation and outside every
attribution's cue is drawn per article: what we miss.  A verb inside a quotation is skipped
because quoted speech is read as content, not scanned for its own attributions.

Nothing is written; the corpus is read in place.  Records are JSON lines with a ``text`` field
(and an ``id``, printed when present).  Articles longer than ``--max-chars`` are skipped so that
a sample reads quickly.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals._attribution_quotes import outer_quotations  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402

# speech verbs whose uncovered uses are worth reading; a plain alternation of words, linear to match
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according to|stated|explained|added|claimed|announced|wrote|insisted|"
    r"argued|warned|testified|recalled|acknowledged|admitted|declared|confirmed|denied|tweeted)\b"
)
_AROUND = 160


def _one_line(text: str) -> str:
    return text.replace("\n", " / ")


def _sample_found(rng: random.Random, rid: str, text: str) -> str | None:
    atts = attributions_of(AnalyzedText(text))
    if not atts:
        return None
    a = rng.choice(atts)

    def cut(span: object) -> str | None:
        return None if span is None else text[span.start : span.end]  # type: ignore[attr-defined]

    start = max(0, a.cue.start - _AROUND)
    head = f"--- {rid} | {a.kind} | cue: {cut(a.cue)} | source: {cut(a.source)} | {a.source_type} named={a.named}"
    return f"{head}\n    {_one_line(text[start : a.cue.end + 90])}"


def _sample_missed(rng: random.Random, rid: str, text: str) -> str | None:
    doc = AnalyzedText(text)
    atts = attributions_of(doc)
    quotes = outer_quotations(doc)
    missed = [
        m for m in _SPEECH.finditer(text)
        if not any(a.cue.start < m.end() and m.start() < a.cue.end for a in atts)
        and not any(q.start <= m.start() < q.end for q in quotes)
    ]
    if not missed:
        return None
    m = rng.choice(missed)
    start = max(0, m.start() - _AROUND)
    return f"--- {rid} | missed: {m.group(0)}\n    {_one_line(text[start : m.end() + 90])}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", required=True, help="JSON lines with a 'text' field")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--articles", type=int, default=40, help="how many articles to print from")
    ap.add_argument("--missed", action="store_true", help="sample uncovered speech verbs instead of attributions")
    ap.add_argument("--max-chars", type=int, default=20000)
    args = ap.parse_args(argv)
    path = Path(args.data)
    if not path.is_file():
        ap.error(f"no such file: {path}")
    records = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    rng = random.Random(args.seed)
    sample = _sample_missed if args.missed else _sample_found
    shown = 0
    for r in rng.sample(records, len(records)):
        text = r.get("text") or ""
        if not text or len(text) > args.max_chars:
            continue
        line = sample(rng, str(r.get("id", "?")), text)
        if line is None:
            continue
        print(line)
        shown += 1
        if shown >= args.articles:
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
