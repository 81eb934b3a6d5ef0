"""Evaluate the sourcing family against PolNeAR (attributions) and FactAppeal (named sources).

    python benchmarks/eval_sourcing.py --polnear ../shared/data/polnear-train.jsonl \
        --factappeal ../shared/data/factappeal-train.jsonl [--split dev|heldout|all] [--errors N] \
        [--folds K [--fold I]] [--miss-profile]

Records are split deterministically by a hash of their id: 70 % dev, 30 % held-out.  The data
is read in place and never copied; a missing file is an error.

``--folds K`` cuts the DEV records (never the held-out ones) into K folds by another byte of the
same hash and prints the FactAppeal numbers (and the PolNeAR cue F1) per fold, so that a change
studied on one fold can be checked on folds nobody looked at.  ``--fold I`` then limits the whole
run, error examples included, to fold I: study errors there only.

PolNeAR: cue precision against every gold cue; recall against gold attributions whose cue
contains a communication verb (the list below, written for this benchmark, independent of the
package lexicon); F1 of the two; source agreement on matched attributions (overlap, or both
without a source); Spearman of predicted vs gold attributions per 1,000 words per article; and,
on matched attributions, content recall and precision in characters (our content and the
quotations that continue it, against the gold content spans).
Attributions found inside the record's ``discard_spans`` (text the annotators set aside as not
article: editor's notes, "Follow X on Twitter") are left out of every PolNeAR number, since that
text carries no gold.
FactAppeal: source recall and precision (overlap) and named/unnamed accuracy on found sources.

``--hash`` prints a digest of every attribution found on all the PolNeAR articles (record id, cue,
source, type, named, kind, content and continued spans): equal digests from a pure-Python run
(``CREDSCORE_PURE_PYTHON=1``) and a compiled one show that the two builds read alike.

``--miss-profile`` prints, for the selected split, COUNTS only (never text): FactAppeal gold
sources and the missed ones by source type, named/unnamed, quotation mark in the sentence, what
the scanner found in the sentence, the gold span's length, its position relative to our nearest
cue, its first word's class and the word before it; and named-accuracy errors by class.  It lets
the held-out split be compared with dev as distributions, without reading its sentences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

try:
    import credscore  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals._attribution_lexicon import cue_forms, source_nouns, word_classes  # noqa: E402
from credscore.signals._attribution_quotes import outer_quotations  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402

# Communication verbs and phrases that mark speech, for the recall denominator.
SPEECH_WORDS = frozenset(
    """
    say says said saying tell tells told telling according state states stated stating statement
    add adds added adding insist insists insisted warn warns warned acknowledge acknowledged
    acknowledges claim claims claimed announce announced announces explain explained explains
    note noted notes argue argued argues report reported reports confirm confirmed confirms deny
    denied denies write wrote writes written tweet tweeted tweets respond responded reply replied
    answer answered suggest suggested suggests assert asserted declare declared contend contended
    maintain maintained admit admitted concede conceded emphasize emphasized stress stressed
    point pointed recall recalled describe described predict predicted allege alleged accuse
    accused complain complained comment commented remark remarked observe observed testify
    testified disclose disclosed reveal revealed indicate indicated mention mentioned urge urged
    promise promised pledge pledged vow vowed threaten threatened ask asked asks speak spoke spoken
    speaking talk talked call called calls interview told announcement conclude concluded
    criticize criticized praise praised blame blamed quote quoted cite cited agree agreed
    """.split()
)


def split_of(record_id: str) -> str:
    h = hashlib.sha256(str(record_id).encode("utf-8")).digest()[0]
    return "dev" if h % 10 < 7 else "heldout"


def fold_of(record_id: str, k: int) -> int:
    """The dev fold of a record: a byte of the id's hash that the dev/held-out split does not use."""
    return hashlib.sha256(str(record_id).encode("utf-8")).digest()[1] % k


def load(path: str) -> list[dict]:
    p = Path(path)
    if not p.exists():
        sys.exit(f"error: data file not found: {path}")
    with p.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _any_overlap(spans, span) -> bool:
    return any(_overlaps(tuple(s), span) for s in spans)


def in_discarded_text(record: dict, start: int) -> bool:
    """Whether offset ``start`` lies in text the annotators set aside as not article (editor's
    notes, "Follow X on Twitter"), which carries no gold."""
    return any(d["start"] <= start < d["end"] for d in record.get("discard_spans", ()))


def source_agrees(gold: dict, source: tuple[int, int] | None) -> bool:
    """Whether a found source (its span, or None) agrees with a matched gold attribution: it
    overlaps a gold source span, or both have none."""
    if gold["has_source"] and source is not None:
        return _any_overlap(gold["source_spans"], source)
    return (not gold["has_source"]) and source is None


def _is_speech(cue: str) -> bool:
    return any(w.strip(".,:;\"'’“”").lower() in SPEECH_WORDS for w in cue.split())


def spearman(x: list[float], y: list[float]) -> float:
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and v[order[j + 1]] == v[order[i]]:
                j += 1
            avg = (i + j) / 2 + 1
            for k in range(i, j + 1):
                r[order[k]] = avg
            i = j + 1
        return r

    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def eval_polnear(records: list[dict], errors: int) -> dict:
    n_pred = n_pred_match = 0
    n_speech = n_speech_found = 0
    n_matched = n_source_agree = 0
    content_gold = content_ours = content_both = 0
    dens_pred, dens_gold = [], []
    fp_examples, fn_examples, src_examples = [], [], []
    elapsed = 0.0
    chars = 0
    for r in records:
        text = r["text"]
        doc = AnalyzedText(text)
        # the shared segmentation is the core's cost, not this family's: compute it first
        doc.tokens, doc.article_sentences, doc.article_quotations  # noqa: B018
        t0 = time.perf_counter()
        atts = attributions_of(doc)
        elapsed += time.perf_counter() - t0
        chars += len(text)
        gold = [g for g in r["attributions"] if g["cue_spans"]]
        # text the annotators set aside as not article (editor's notes, "Follow X on Twitter")
        # carries no gold: attributions found there are left out rather than counted as false
        if r.get("discard_spans"):
            atts = tuple(a for a in atts if not in_discarded_text(r, a.cue.start))
        words = doc.article_word_count or 1
        dens_pred.append(1000 * len(atts) / words)
        dens_gold.append(1000 * len(r["attributions"]) / words)
        for a in atts:
            n_pred += 1
            cue = (a.cue.start, a.cue.end)
            hits = [g for g in gold if _any_overlap(g["cue_spans"], cue)]
            if hits:
                n_pred_match += 1
                g = hits[0]
                n_matched += 1
                ok = source_agrees(g, None if a.source is None else (a.source.start, a.source.end))
                n_source_agree += ok
                ours = ([(a.content.start, a.content.end)] if a.content is not None else [])
                ours += [(c.start, c.end) for c in a.continued]
                theirs = [tuple(x) for x in g["content_spans"]]
                content_gold += sum(b - a_ for a_, b in theirs)
                content_ours += sum(b - a_ for a_, b in ours)
                content_both += sum(max(0, min(b, d) - max(a_, c)) for a_, b in ours for c, d in theirs)
                if not ok and len(src_examples) < errors:
                    src_examples.append(
                        (text[a.cue.start : a.cue.end], g["source"], text[a.source.start : a.source.end] if a.source else None)
                    )
            elif len(fp_examples) < errors:
                s = max(0, a.cue.start - 60)
                fp_examples.append(text[s : a.cue.end + 30].replace("\n", " "))
        for g in gold:
            if not _is_speech(g["cue"]):
                continue
            n_speech += 1
            if any(_any_overlap(g["cue_spans"], (a.cue.start, a.cue.end)) for a in atts):
                n_speech_found += 1
            elif len(fn_examples) < errors:
                s = max(0, g["cue_start"] - 60)
                fn_examples.append((g["cue"], text[s : g["cue_end"] + 30].replace("\n", " ")))
    p = n_pred_match / n_pred if n_pred else 0.0
    rc = n_speech_found / n_speech if n_speech else 0.0
    return {
        "articles": len(records),
        "cue_precision": p,
        "speech_cue_recall": rc,
        "speech_cue_f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
        "source_agreement": n_source_agree / n_matched if n_matched else 0.0,
        "density_spearman": spearman(dens_pred, dens_gold),
        "content_recall": content_both / content_gold if content_gold else 0.0,
        "content_precision": content_both / content_ours if content_ours else 0.0,
        "ms_per_5kb": 1000 * elapsed / (chars / 5000) if chars else 0.0,
        "_fp": fp_examples,
        "_fn": fn_examples,
        "_src": src_examples,
    }


def eval_factappeal(records: list[dict], errors: int) -> dict:
    n_gold = n_gold_found = 0
    n_pred = n_pred_match = 0
    n_named = n_named_ok = 0
    misses, named_errors, fps = [], [], []
    for r in records:
        text = r["text"]
        atts = [a for a in attributions_of(AnalyzedText(text)) if a.source is not None]
        for a in atts:
            n_pred += 1
            span = (a.source.start, a.source.end)
            if any(_overlaps((g["source_start"], g["source_end"]), span) for g in r["sources"]):
                n_pred_match += 1
            elif len(fps) < errors:
                fps.append((text[a.source.start : a.source.end], text[:160]))
        for g in r["sources"]:
            n_gold += 1
            gspan = (g["source_start"], g["source_end"])
            hit = next((a for a in atts if _overlaps(gspan, (a.source.start, a.source.end))), None)
            if hit is None:
                if len(misses) < errors:
                    misses.append((g["source"], text[:200]))
                continue
            n_gold_found += 1
            if g["named"] is not None:
                n_named += 1
                if bool(hit.named) == bool(g["named"]):
                    n_named_ok += 1
                elif len(named_errors) < errors:
                    named_errors.append((g["source"], g["named"], text[hit.source.start : hit.source.end], hit.source_type))
    return {
        "sentences": len(records),
        "source_recall": n_gold_found / n_gold if n_gold else 0.0,
        "source_precision": n_pred_match / n_pred if n_pred else 0.0,
        "named_accuracy": n_named_ok / n_named if n_named else 0.0,
        "_miss": misses,
        "_named": named_errors,
        "_fp": fps,
    }


_QUOTE_MARKS = frozenset('"“”„«»')
_PREPS = frozenset("by from to with of in for at on".split())


def _first_word_class(word: str) -> str:
    low = word.lower().strip("\"'“”‘’(")
    cls = word_classes().get(low, frozenset())
    if any(c.startswith("pronoun") for c in cls):
        return "pronoun"
    if "determiner" in cls:
        return "determiner"
    if word[:1].isupper() or word[:1] in "\"“'‘(" and word[1:2].isupper():
        return "capitalised"
    if low in source_nouns():
        return "source noun"
    return "other"


def _word_class(word: str, forms) -> str:
    if not word[:1].isalnum():
        return f"punctuation {word[:1]}"
    low = word.lower().strip(".,;:!?\"'“”‘’()")
    if low in forms or low == "according":
        return f"cue word ({forms[low].kind})" if low in forms else "cue word (according)"
    cls = word_classes().get(low, frozenset())
    if "auxiliary" in cls:
        return "auxiliary"
    if "preposition" in cls:
        return "preposition"
    if "clause" in cls:
        return "clause word"
    if word[0].isupper():
        return "capitalised"
    for end in ("ed", "ing", "s"):
        if low.endswith(end):
            return f"other word in -{end}"
    return "other word"


def _why_dropped(doc, quotes, forms) -> str:
    """Why the first cue word of a record gave nothing (a rough class, for counts)."""
    toks = doc.tokens
    arts = doc.article_sentences
    for k, t in enumerate(toks.texts):
        low = t.lower()
        if low not in forms and low != "according":
            continue
        pos = toks.starts[k]
        if not any(sp.start <= pos < sp.end for sp in arts):
            return "outside article sentences"
        if any(q.content_start <= pos < q.content_end for q in quotes):
            return "inside a quotation"
        if t[0].isupper():
            return "capitalised"
        prev = toks.texts[k - 1].lower() if k else ""
        cls = word_classes().get(prev, frozenset())
        if "determiner" in cls or "preposition" in cls or prev.endswith(("'s", "’s")):
            return "after determiner/preposition/possessive"
        if low == "according":
            return "according"
        f = forms[low]
        why = f"other ({f.kind}{', noun' if f.noun else ''}{', clause' if f.clause else ''})"
        if f.noun:
            # the shape of a cue that can be a noun, for counts: its ending and the words around it
            shape = "base" if low == f.lemma else next((e for e in ("ing", "ed", "s") if low.endswith(e)), "other form")
            nxt = _word_class(toks.texts[k + 1], forms) if k + 1 < len(toks.texts) else "end"
            before = _first_word_class(toks.texts[k - 1]) if k else "start"
            why += f" {shape}; before: {before}; after: {nxt}"
        return why
    return "no cue token"


def _length_bucket(n: int) -> str:
    return "1" if n == 1 else "2" if n == 2 else "3-4" if n <= 4 else "5-8" if n <= 8 else "9+"


def miss_profile(records: list[dict]) -> dict[str, dict[str, list[int]]]:
    """Aggregate counts of FactAppeal gold sources [total, missed] and named errors [judged, wrong], by class."""
    forms = cue_forms()
    table: dict[str, dict[str, list[int]]] = {}

    def count(dim: str, key: str, missed: bool) -> None:
        cell = table.setdefault(dim, {}).setdefault(key, [0, 0])
        cell[0] += 1
        cell[1] += missed

    for r in records:
        text = r["text"]
        doc = AnalyzedText(text)
        atts = attributions_of(doc)
        with_src = [a for a in atts if a.source is not None]
        quoted = any(ch in _QUOTE_MARKS for ch in text)
        quotes = outer_quotations(doc)
        article = doc.article_sentences
        cue_word = any(w.strip(".,;:!?\"'“”‘’()").lower() in forms or w.lower() == "according" for w in text.split())
        for g in r["sources"]:
            gspan = (g["source_start"], g["source_end"])
            hit = next((a for a in with_src if _overlaps(gspan, (a.source.start, a.source.end))), None)
            missed = hit is None
            count("source_type", str(g["source_type"]), missed)
            count("named", {True: "named", False: "unnamed", None: "undetermined"}[g["named"]], missed)
            count("quote mark in sentence", str(quoted), missed)
            if hit is not None:
                found = "gold source found"
            elif with_src:
                found = "other source found"
            elif atts:
                found = "cue without source"
            elif cue_word:
                found = "nothing found, cue word present"
            else:
                found = "nothing found, no cue word"
            count("what we found", found, missed)
            count("quote mark x what we found", f"{'quoted' if quoted else 'plain'} / {found}", missed)
            inq = any(q.content_start <= gspan[0] < q.content_end for q in quotes)
            count("gold inside a quotation we read", str(inq), missed)
            in_art = any(sp.start <= gspan[0] < sp.end for sp in article)
            count("gold inside an article sentence", str(in_art), missed)
            count("our sentences in the record", _length_bucket(len(doc.sentences)), missed)
            if found == "other source found":
                near = min(with_src, key=lambda a: abs(a.source.start - gspan[0]))
                side = "ours before gold" if near.source.end <= gspan[0] else "ours after gold"
                g_side = "gold before our cue" if gspan[1] <= near.cue.start else "gold after our cue"
                count("other source found: where", f"{side}, {g_side}", missed)
                count("other source found: our type", near.source_type, missed)
                count("other source found: our kind", near.kind, missed)
            if found == "nothing found, cue word present":
                count("nothing found: why the cue word was dropped", _why_dropped(doc, quotes, forms), missed)
            after = text[gspan[1] :].split()
            after_class = _word_class(after[0], forms) if after else "end"
            count("word after gold", after_class, missed)
            if found == "other source found":
                count("other source found: word after gold", after_class, missed)
            if after_class.startswith("cue word"):
                count("cue word after gold x what we found", f"{after_class} / {found}", missed)
                if found == "other source found":
                    ours = [a for a in with_src if a.cue.start >= gspan[1]]
                    cue_after = min(ours, key=lambda a: a.cue.start) if ours else None
                    gap = len(text[gspan[1] : cue_after.cue.start].split()) if cue_after is not None else -1
                    where = "no cue of ours after gold" if cue_after is None else (
                        "our next cue right after gold" if gap == 0 else f"our next cue {_length_bucket(gap)} words on"
                    )
                    count("cue word after gold, other source: our next cue", where, missed)
                    if cue_after is not None and gap == 0:
                        src = cue_after.source
                        rel = "our source before gold" if src.end <= gspan[0] else (
                            "our source after the cue" if src.start >= cue_after.cue.end else "our source inside/around gold"
                        )
                        count("cue right after gold, other source: where ours is", f"{rel} / {cue_after.source_type}", missed)
            words = g["source"].split()
            count("gold length (words)", _length_bucket(len(words)), missed)
            if atts:
                near = min(atts, key=lambda a: min(abs(a.cue.start - gspan[1]), abs(a.cue.end - gspan[0])))
                pos = "before our cue" if gspan[1] <= near.cue.start else "after our cue" if gspan[0] >= near.cue.end else "overlaps cue"
            else:
                pos = "no cue of ours"
            count("position", pos, missed)
            count("first word", _first_word_class(words[0]) if words else "empty", missed)
            before = text[: gspan[0]].split()
            prev = before[-1].lower().strip(",;:\"'“”‘’(") if before else ""
            count("word before", prev if prev in _PREPS or prev == "to" else ("sentence start" if not before else "other"), missed)
            count("at sentence start", str(gspan[0] <= 2), missed)
            if hit is not None and g["named"] is not None:
                wrong = bool(hit.named) != bool(g["named"])
                count("named errors: gold", "named" if g["named"] else "unnamed", wrong)
                count("named errors: our type", hit.source_type, wrong)
                count("named errors: gold type", str(g["source_type"]), wrong)
                count("named errors: first word", _first_word_class(words[0]) if words else "empty", wrong)
                count("named errors: resolved", str(hit.resolved_from is not None), wrong)
    return table


def print_profile(table: dict[str, dict[str, list[int]]]) -> None:
    for dim, cells in table.items():
        total = sum(c[0] for c in cells.values())
        bad = sum(c[1] for c in cells.values())
        col = "wrong" if dim.startswith("named errors") else "missed"
        print(f"\n  {dim}  ({col} {bad} of {total})")
        for key, (n, m) in sorted(cells.items(), key=lambda kv: -kv[1][0]):
            share = m / bad if bad else 0.0
            print(f"    {key:34} {n:5} {col} {m:4}  rate {m / n:.2f}  share of {col} {share:.2f}")


def attribution_digest(records: list[dict]) -> str:
    """The first 16 hex digits of a SHA-256 over every attribution of every record, in order."""
    h = hashlib.sha256()
    for r in records:
        for a in attributions_of(AnalyzedText(r["text"])):
            h.update(repr((
                r["id"], a.cue.start, a.cue.end, a.source and (a.source.start, a.source.end), a.source_type, a.named,
                a.kind, a.content and (a.content.start, a.content.end), [(c.start, c.end) for c in a.continued],
            )).encode())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    data = ap.add_argument_group("data")
    data.add_argument("--polnear", required=True, help="path to polnear-train.jsonl")
    data.add_argument("--factappeal", required=True, help="path to factappeal-train.jsonl")
    ap.add_argument("--split", choices=("dev", "heldout", "all"), default="dev")
    ap.add_argument("--errors", type=int, default=0, help="print up to N error examples of each kind")
    ap.add_argument("--folds", type=int, default=0, help="cut the dev records into K folds; print numbers per fold")
    ap.add_argument("--fold", type=int, default=None, help="with --folds: evaluate (and show errors of) fold I only")
    ap.add_argument("--miss-profile", action="store_true",
                    help="print aggregate counts of FactAppeal misses and named errors by class (no text)")
    ap.add_argument("--hash", action="store_true",
                    help="print only a digest of the attributions on all PolNeAR articles (pure vs compiled)")
    args = ap.parse_args(argv)
    if args.hash:
        print(f"PolNeAR attribution digest: {attribution_digest(load(args.polnear))}")
        return 0
    if args.folds and args.split != "dev":
        ap.error("--folds splits the dev records only: use it with --split dev")
    if args.fold is not None and not 0 <= args.fold < max(args.folds, 0):
        ap.error("--fold I needs --folds K with 0 <= I < K")

    def keep(r):
        if args.split != "all" and split_of(r["id"]) != args.split:
            return False
        return args.fold is None or fold_of(r["id"], args.folds) == args.fold

    pol = [r for r in load(args.polnear) if keep(r)]
    fa = [r for r in load(args.factappeal) if keep(r)]
    if args.folds and args.fold is None:
        print(f"dev folds ({args.folds}): FactAppeal source recall / named accuracy / precision, PolNeAR speech-cue F1")
        for f in range(args.folds):
            fr = eval_factappeal([r for r in fa if fold_of(r["id"], args.folds) == f], 0)
            pr = eval_polnear([r for r in pol if fold_of(r["id"], args.folds) == f], 0)
            print(f"  fold {f}: recall {fr['source_recall']:.3f}  named {fr['named_accuracy']:.3f}  "
                  f"precision {fr['source_precision']:.3f}  cue_f1 {pr['speech_cue_f1']:.3f}  ({fr['sentences']} sentences)")
    pr = eval_polnear(pol, args.errors)
    fr = eval_factappeal(fa, args.errors)
    print(f"split: {args.split}" + (f", fold {args.fold} of {args.folds}" if args.fold is not None else ""))
    print(f"PolNeAR ({pr['articles']} articles)")
    for k in ("cue_precision", "speech_cue_recall", "speech_cue_f1", "source_agreement", "density_spearman",
              "content_recall", "content_precision"):
        print(f"  {k:22} {pr[k]:.3f}")
    print(f"  {'ms_per_5kb':22} {pr['ms_per_5kb']:.3f}")
    print(f"FactAppeal ({fr['sentences']} sentences)")
    for k in ("source_recall", "source_precision", "named_accuracy"):
        print(f"  {k:22} {fr[k]:.3f}")
    if args.miss_profile:
        print("\nFactAppeal miss profile (counts only)")
        print_profile(miss_profile(fa))
    if args.errors:
        for name, rows in (("PolNeAR false cues", pr["_fp"]), ("PolNeAR missed speech cues", pr["_fn"]),
                           ("PolNeAR source disagreements", pr["_src"]), ("FactAppeal missed sources", fr["_miss"]),
                           ("FactAppeal named errors", fr["_named"]), ("FactAppeal false sources", fr["_fp"])):
            print(f"\n== {name}")
            for row in rows:
                print("  ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
