"""Build ``credscore/lexicons/language_valence.tsv`` from VADER's sentiment lexicon.

    python benchmarks/build_language_lexicon.py [--vader PATH] [--threshold 2.0] [--weak 1.5]
                                                [--positive-threshold 3.0] [--out PATH]

VADER (C.J. Hutto, vaderSentiment, MIT licence) rates some 7,500 English words and emoticons for
valence, -4 .. +4, as the mean of ten human ratings.  Strongly valenced words are a general,
topic-free signal of emotional wording, which is what loaded language is made of; this script
keeps the strongly valenced English words and writes them as a low-intensity ``emotional``
category that the ``language`` family reads next to the hand-written ``loaded_language.tsv``.

What is left out, and why:

* emoticons, internet abbreviations and chat slang ("lol", "wtf", "xoxo"): not news English;
* every surface form of ``descriptive_terms.tsv`` (violence, crime, death, disease, economic
  events and plain everyday words named as they are: "killed", "war", "crisis", "cancer",
  "support"; plain evaluation such as "best", "bad", "wrong"; feelings named as nouns such as
  "anger", "grief"): negative or positive, but description, not loading; see
  docs/signals/language.md;
* every surface form already in ``loaded_language.tsv`` or ``hedges.tsv`` (the hand-set row wins);
* positive words need a higher valence than negative ones (``--positive-threshold``): news uses
  mild praise ("good", "great", "best") plainly far more often than mild condemnation.

Intensity: ``0.3 + 0.1 * (|valence| - threshold)``, capped at 0.6, so the weakest kept word sits at
the family's "counts alone" floor (0.3) and VADER's strongest words stay below the hand-set
name-calling and condemnation rows.  Words between ``--weak`` and the threshold are written with
intensity 0.2: they never count alone but join a stronger neighbour's phrase.

The thresholds were chosen on the development split of BABE (benchmarks/eval_language.py); only
the cut-offs were chosen there, no word was added or removed by looking at that corpus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from credscore import lexicons  # noqa: E402
from credscore.signals._lexicon_matcher import surface_forms  # noqa: E402

OUT = ROOT / "credscore" / "lexicons" / "language_valence.tsv"

# Chat abbreviations and slang spellings in VADER's lexicon that are not news English.  Entries
# without a vowel ("gr8", "thx", "smh") are dropped by rule; these are the ones with a vowel.
SLANG = frozenset(
    """
    aas aayf afu alol ambw aml atab awol ayor bff bffn bsod btd cwot doa foaf fubar fwb gga
    gla hagd hagn hago hak hugz ilu iluaaf iyq jealz jhomf kia kmuf laoj lmao lmbao lmfao lmso
    lol lolz lya lyb lyl lylab lylas lylb lulz mia muah mubar mwah nimy nitl nme ntmu ok okay
    okays pita po ptl pu pukka qt rofl roflmao rotfl rotflmao rotflmfao rotflol rotgl sapfu sete
    sfete slaw snafu sok swak tgif tia tyvm urw vip wd woot xlnt xoxo xoxozzz xqzt yolo yvw ywia
    kewl leet lawl thks tnx prblm sux yeees yay yep yeah yummy yucky muah fav fave ez heros
    bwahaha bwahahah haha hahas hahaha hahahah kissy cutey cutie cuties cutiepie dearie
    effin fuked fucktard tard dumbs bolds funned funner funnest amor amort amoroso
    """.split()
)
# VADER rates everyday words of conversation that carry no charge in news prose.
CONVERSATIONAL = frozenset(
    """
    yes no please thank thanks thanked thanking welcome hi hello bye goodbye wow oh ah aw ugh
    like liked likes want wanted wants wish wished wishes hope hoped hopes hoping okay sure surer
    agree agreed agrees agreement well god lord amen
    """.split()
)


def vader_path() -> Path:
    try:
        import vaderSentiment
    except ImportError as exc:  # pragma: no cover - build-time only
        raise SystemExit("vaderSentiment is not installed; pass --vader PATH") from exc
    return Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"


def _forms(name: str, with_pos: bool = True) -> set[str]:
    """Every one-token surface form of a credscore lexicon's single-word rows."""
    out: set[str] = set()
    for row in lexicons.rows(name):
        term = row[0]
        if " " in term.strip():
            continue
        if name == "descriptive_terms":
            pos = row[2] if len(row) > 2 and row[2] else "x"
        else:
            pos = row[3] if len(row) > 3 and row[3] else "x"
        out.update(seq[0] for seq in surface_forms(term, pos))
    return out


def _is_english_word(token: str) -> bool:
    if len(token) < 3 or not token[0].isalpha() or not token[-1].isalpha():
        return False
    if any(not (c.isalpha() or c == "-") for c in token) or not token.isascii():
        return False
    return any(c in "aeiouy" for c in token)


def _pos(word: str) -> str:
    """Adjectives by their suffix, so that they expand to the noun they qualify; else fixed."""
    if word.endswith(("ous", "ful", "ive", "less", "able", "ible", "ical", "ish", "ic")):
        return "a"
    return "x"


def build(path: Path, threshold: float, weak: float, positive: float) -> list[tuple[str, str, float, str]]:
    excluded = _forms("descriptive_terms") | _forms("loaded_language") | _forms("hedges")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            word, valence = parts[0].strip(), float(parts[1])
            word_l = word.lower()
            if word != word_l or not _is_english_word(word):
                continue
            if word in SLANG or word in CONVERSATIONAL or word in excluded:
                continue
            strength = abs(valence)
            cut = positive if valence > 0 else threshold
            low = weak + (positive - threshold) if valence > 0 else weak
            if strength >= cut:
                intensity = min(0.6, 0.3 + 0.1 * (strength - cut))
            elif strength >= low:
                intensity = 0.2
            else:
                continue
            rows.append((word, "emotional", round(intensity, 2), _pos(word)))
    rows.sort()
    return rows


HEADER = """\
# language_valence: strongly valenced English words, a low-intensity "emotional" category of the
# language family.  GENERATED by benchmarks/build_language_lexicon.py from VADER's lexicon
# (vader_lexicon.txt in vaderSentiment 3.3.2; C.J. Hutto, "VADER: A Parsimonious Rule-based Model
# for Sentiment Analysis of Social Media Text", ICWSM 2014).  VADER is released under the MIT
# licence, Copyright (c) 2016 C.J. Hutto: "Permission is hereby granted, free of charge, to any
# person obtaining a copy of this software and associated documentation files ..., to deal in the
# Software without restriction ... The above copyright notice and this permission notice shall be
# included in all copies or substantial portions of the Software."  This derived file is
# distributed for credscore under the same MIT terms.
# Derivation: words of VADER's lexicon (lower-case, ASCII letters and hyphens, a vowel, 3+
# letters), minus chat slang and conversational words (lists in the script), minus every surface
# form of descriptive_terms.tsv, loaded_language.tsv and hedges.tsv; negative valence
# |v| >= {threshold}, positive v >= {positive}; intensity = min(0.6, 0.3 + 0.1 * (|v| - cut));
# words with {weak} <= |v| < cut (positive: shifted by the same margin) get 0.2: they never count
# alone, only inside a stronger phrase.  Cut-offs chosen on the development split of BABE (only
# the cut-offs; no word was picked from it).
# Columns: term <TAB> category <TAB> intensity <TAB> pos (a adjective by suffix, x fixed form:
#   VADER lists inflected forms as words of their own)
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vader", type=Path, default=None, help="path to vader_lexicon.txt")
    ap.add_argument("--threshold", type=float, default=2.0, help="min |valence| of negative words")
    ap.add_argument("--positive-threshold", type=float, default=3.0, help="min valence of positive words")
    ap.add_argument("--weak", type=float, default=1.5, help="min |valence| of in-company-only words")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    path = args.vader or vader_path()
    if not path.is_file():
        print(f"VADER lexicon not found at {path}", file=sys.stderr)
        return 2
    rows = build(path, args.threshold, args.weak, args.positive_threshold)
    header = HEADER.format(threshold=args.threshold, positive=args.positive_threshold, weak=args.weak)
    body = "".join(f"{w}\t{c}\t{i}\t{p}\n" for w, c, i, p in rows)
    args.out.write_text(header + body, encoding="utf-8")
    counts = sum(1 for r in rows if r[2] >= 0.3), sum(1 for r in rows if r[2] < 0.3)
    print(f"wrote {len(rows)} rows ({counts[0]} counting alone, {counts[1]} weak) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
