"""The NELA features toolkit (``pip install nela_features``) as a benchmark peer of credscore.

NELA pulls in NLTK and needs NLTK data, so it lives in its own virtualenv
(``benchmarks/setup_peers.sh``) and runs there as a worker that prints one JSON line.  The
harness, running in credscore's venv, calls ``measure_nela(texts, seconds, python_exe)``.

    benchmarks/setup_peers.sh                                   # creates .peers/nela-venv
    python benchmarks/peer_nela.py --seconds 20                 # the seeds, via .peers/nela-venv
    python benchmarks/peer_nela.py --data ../shared/data/credibility-dev.jsonl --limit 50 \\
        --min-bytes 3000 --max-bytes 7000 --seconds 20
    .peers/nela-venv/bin/python benchmarks/peer_nela.py --worker --seconds 5 < texts.jsonl
    .peers/nela-venv/bin/python benchmarks/peer_nela.py --worker --probe   # what runs offline

What is timed is ``NELAFeatureExtractor().extract_all(text)``, the one call the toolkit's README
gives for "all feature groups at once".  When that call cannot run (NLTK data missing: the
downloader fetches from raw.githubusercontent.com), the result says so in ``unavailable`` and,
unless ``--no-partial``, ``partial`` times the same pipeline restricted to the feature groups that
do run.  A partial run skips the part-of-speech tagger and the named-entity chunker, the
toolkit's most expensive steps, so its speed is an upper bound on the real toolkit's and must
not be reported as a like-for-like ratio.

The worker checks its deadline after every document (NELA can be slower than one pass over the
corpus per budget), so a run takes import + probe + warm-up + ``seconds`` + the memory pass,
each bounded.  Everything here is standard library at module level: the module is imported by
the harness in credscore's venv and executed by the peer's interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any, Callable, Sequence

TOOL = "nela_features"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PYTHON = ROOT / ".peers" / "nela-venv" / "bin" / "python"

GROUPS = ("style", "complexity", "bias", "affect", "moral", "event")

# NLTK data each group needs in nela_features 3.0.1 with NLTK >= 3.9 (the "_tab"/"_eng" names
# replaced the pickled resources).  Stemming, VADER (its lexicon ships in the wheel) and
# datefinder need no download.
NLTK_RESOURCES = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "stopwords": "corpora/stopwords",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "maxent_ne_chunker_tab": "chunkers/maxent_ne_chunker_tab/english_ace_multiclass/",
    "words": "corpora/words",
}
GROUP_NEEDS = {
    "style": ("punkt_tab", "stopwords", "averaged_perceptron_tagger_eng"),
    "complexity": ("punkt_tab",),
    "bias": ("punkt_tab",),
    "affect": ("punkt_tab",),
    "moral": ("punkt_tab",),
    "event": ("punkt_tab", "averaged_perceptron_tagger_eng", "maxent_ne_chunker_tab", "words"),
}

# Written for this probe; only used when the worker is given no texts (--probe).
PROBE_TEXT = (
    "The city council in Springfield voted on Tuesday, March 3, 2020, to close two libraries. "
    "\"We had no other choice,\" the mayor said, adding that the budget might improve next year. "
    "Critics argued the decision was unfair and would probably hurt families in the north of the "
    "county. According to a report by the state auditor, spending rose by 12 percent since 2015."
)


# ---------------------------------------------------------------- worker (peer interpreter) --


def _reason(exc: BaseException) -> str:
    """One line naming the exception; NLTK's LookupError banner reduced to its resource line."""
    text = str(exc)
    if isinstance(exc, LookupError):
        for line in text.splitlines():
            if "Resource" in line and "not found" in line:
                return f"LookupError: {line.strip()} (NLTK data)"
    first = next((line.strip() for line in text.splitlines() if line.strip(" *")), "")
    return f"{type(exc).__name__}: {first}"[:300]


def _max_rss_mb() -> float:
    """Peak resident memory of this interpreter.

    Linux carries ru_maxrss across exec, so a worker started from a large harness would report
    the harness's size; VmHWM belongs to the address space created by exec.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _versions() -> dict[str, str | None]:
    from importlib import metadata

    found: dict[str, str | None] = {}
    for dist in ("nela_features", "nltk", "vaderSentiment", "datefinder", "numpy"):
        try:
            found[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[dist] = None
    return found


def _nltk_data() -> dict[str, str | None]:
    """Where each NLTK resource the toolkit needs was found, or None when it is missing."""
    import nltk

    found: dict[str, str | None] = {}
    for name, path in NLTK_RESOURCES.items():
        try:
            found[name] = str(nltk.data.find(path))
        except LookupError:
            found[name] = None
    return found


def _pipeline(nela: Any, groups: Sequence[str]) -> Callable[[str], list]:
    """``extract_all`` of nela_features 3.0.1 restricted to ``groups``, with the same arguments.

    Tokenising once and handing the tokens to each group is what extract_all itself does
    (including passing the unfiltered tokens to extract_moral), so per-group costs match.
    """
    from nela_features import nela_features as nf

    def run(text: str) -> list:
        tokens = nf.word_tokenize(text)
        sentences = nf.sent_tokenize(text)
        words = nela.Functions.get_filtered_words(tokens)
        calls = {
            "style": lambda: nela.extract_style(text, tokens),
            "complexity": lambda: nela.extract_complexity(text, tokens, sentences),
            "bias": lambda: nela.extract_bias(text, tokens),
            "affect": lambda: nela.extract_affect(text, tokens, words),
            "moral": lambda: nela.extract_moral(text, tokens),
            "event": lambda: nela.extract_event(text, tokens, words),
        }
        vector: list = []
        for group in groups:
            vector.extend(calls[group]()[0])
        return vector

    return run


def _measure(func: Callable[[str], object], texts: list[str], seconds: float, mem_seconds: float) -> dict:
    """Time ``func`` over ``texts`` (cycling) until ``seconds`` pass; then a bounded tracemalloc pass."""
    sizes = [len(t.encode("utf-8")) for t in texts]
    errors = 0
    first_error: str | None = None

    def call(text: str) -> None:
        nonlocal errors, first_error
        try:
            func(text)
        except Exception as exc:  # a document the toolkit cannot handle still cost time
            errors += 1
            first_error = first_error or _reason(exc)

    # warm lazy loads (punkt tables, stopword list, lexicons) outside the timing, as the harness does
    w0 = time.perf_counter()
    for text in texts[:3]:
        call(text)
        if time.perf_counter() - w0 >= max(1.0, 0.25 * seconds):
            break
    warmup = time.perf_counter() - w0
    errors, first_error = 0, None

    n_docs = n_bytes = 0
    t0 = time.perf_counter()
    deadline = t0 + seconds
    while True:
        i = n_docs % len(texts)
        call(texts[i])
        n_docs += 1
        n_bytes += sizes[i]
        if time.perf_counter() >= deadline:
            break
    elapsed = time.perf_counter() - t0

    # tracemalloc slows every allocation, so it gets its own pass; largest documents first so a
    # pass cut short by its budget still sees the worst case
    order = sorted(range(len(texts)), key=sizes.__getitem__, reverse=True)
    tracemalloc.start()
    m0 = time.perf_counter()
    peak_docs = 0
    for i in order:
        call(texts[i])
        peak_docs += 1
        if time.perf_counter() - m0 >= mem_seconds:
            break
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    return {
        "docs": n_docs,
        "seconds": elapsed,
        "docs_per_s": n_docs / elapsed,
        "mb_per_s": n_bytes / elapsed / 1e6,
        "full_passes": n_docs / len(texts),
        "doc_errors": errors,
        "first_error": first_error,
        "warmup_seconds": warmup,
        "peak_mb_tracemalloc": peak / 1e6,
        "peak_docs": peak_docs,
    }


def run_worker(texts: list[str], seconds: float, mem_seconds: float | None = None,
               partial: bool = True, probe_only: bool = False) -> dict:
    """Everything the peer interpreter does; returns the result dict (never raises)."""
    result: dict[str, Any] = {
        "tool": TOOL,
        "python": sys.version.split()[0],
        "input_docs": len(texts),
        "input_mb": sum(len(t.encode("utf-8")) for t in texts) / 1e6,
    }
    if mem_seconds is None:
        mem_seconds = max(2.0, 0.25 * seconds)
    try:
        t0 = time.perf_counter()
        from nela_features.nela_features import NELAFeatureExtractor

        nela = NELAFeatureExtractor()
        result["import_seconds"] = time.perf_counter() - t0
    except Exception as exc:  # ImportError, or a dependency failing on import
        result["unavailable"] = f"cannot import nela_features in {sys.executable}: {_reason(exc)}"
        return result
    versions = _versions()
    result["version"] = versions.pop("nela_features")
    result["dependencies"] = versions
    try:
        result["nltk_data"] = _nltk_data()
    except Exception as exc:
        result["nltk_data"] = {"error": _reason(exc)}

    sample = max(texts, key=len) if texts else PROBE_TEXT  # the longest: least likely degenerate
    p0 = time.perf_counter()
    ok: list[str] = []
    failed: dict[str, str] = {}
    for group in GROUPS:
        try:
            getattr(nela, f"extract_{group}")(sample)
            ok.append(group)
        except Exception as exc:
            failed[group] = _reason(exc)
    try:
        nela.extract_all(sample)
        all_error = None
    except Exception as exc:
        all_error = _reason(exc)
    result["probe_seconds"] = time.perf_counter() - p0
    result["feature_groups_ok"] = ok
    result["feature_groups_failed"] = failed

    if all_error is not None:
        missing = [name for name, path in result["nltk_data"].items() if path is None]
        reason = f"NELAFeatureExtractor().extract_all raised {all_error}"
        if missing:
            reason += (f"; NLTK data not installed: {', '.join(missing)} (nltk.download fetches "
                       "from raw.githubusercontent.com; see benchmarks/setup_peers.sh)")
        result["unavailable"] = reason
    if probe_only or not texts:
        result["max_rss_mb"] = _max_rss_mb()
        return result

    try:
        if all_error is None:
            result["mode"] = "extract_all"
            result.update(_measure(nela.extract_all, texts, seconds, mem_seconds))
        elif partial and ok:
            part = {
                "groups": ok,
                "note": "extract_all's pipeline without the failing groups "
                        f"({', '.join(failed)}): an upper bound on the toolkit's speed, not its speed",
            }
            part.update(_measure(_pipeline(nela, ok), texts, seconds, mem_seconds))
            result["partial"] = part
    except Exception as exc:  # never leave the harness without a line to parse
        result["unavailable"] = f"measurement failed: {_reason(exc)}"
    result["max_rss_mb"] = _max_rss_mb()
    return result


def _read_jsonl(lines: Sequence[str] | Any, text_key: str) -> list[str]:
    texts = []
    for line in lines:
        if not line.strip():
            continue
        value = json.loads(line)
        if isinstance(value, dict):
            value = value.get(text_key)
        if isinstance(value, str) and value.strip():
            texts.append(value)
    return texts


def _worker_main(args: argparse.Namespace) -> int:
    real_stdout = sys.stdout
    sys.stdout = sys.stderr  # the toolkit and NLTK print; only our JSON line goes to stdout
    try:
        if args.probe and args.input is None:
            texts: list[str] = []
        elif args.input in (None, "-"):
            texts = _read_jsonl(sys.stdin, args.text_key)
        else:
            with open(args.input, encoding="utf-8", errors="replace") as fh:
                texts = _read_jsonl(fh, args.text_key)
        result = run_worker(texts, args.seconds, args.mem_seconds, partial=not args.no_partial,
                            probe_only=args.probe)
    except Exception as exc:
        result = {"tool": TOOL, "unavailable": f"worker failed: {_reason(exc)}"}
    print(json.dumps(result), file=real_stdout, flush=True)
    return 0


# ---------------------------------------------------------------- harness side (any venv) --


def measure_nela(texts: Sequence[str], seconds: float, python_exe: str | os.PathLike[str] = DEFAULT_PYTHON,
                 *, mem_seconds: float | None = None, partial: bool = True,
                 startup_timeout: float = 120.0) -> dict:
    """Run the NELA worker under ``python_exe`` on ``texts`` for ``seconds``; never raises.

    Returns the worker's dict plus ``wall_seconds`` (the whole subprocess, interpreter start-up
    included) and ``python_exe``; on any failure ``{"tool": "nela_features", "unavailable": why}``.
    """
    exe = str(python_exe)
    base = {"tool": TOOL, "python_exe": exe}
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        return {**base, "unavailable": f"peer interpreter not found: {exe} (run benchmarks/setup_peers.sh)"}
    if mem_seconds is None:
        mem_seconds = max(2.0, 0.25 * seconds)
    cmd = [exe, str(Path(__file__).resolve()), "--worker", "--seconds", repr(float(seconds)),
           "--mem-seconds", repr(float(mem_seconds))]
    if not partial:
        cmd.append("--no-partial")
    payload = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    # start-up and imports, then warm-up, timing and memory pass, each of which may overrun its
    # budget by one document
    timeout = startup_timeout + 1.5 * seconds + 2 * mem_seconds + 30
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("PYTHONPATH", None)  # keep credscore's venv paths out of the peer interpreter
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, input=payload, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {**base, "unavailable": f"worker killed after {timeout:.0f} s (budget {seconds} s)"}
    except Exception as exc:
        return {**base, "unavailable": f"could not start {exe}: {type(exc).__name__}: {exc}"}
    wall = time.perf_counter() - t0
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            try:
                result = json.loads(line)
            except ValueError:
                break
            if isinstance(result, dict):
                result.update(base, wall_seconds=wall)
                return result
    tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
    return {**base, "wall_seconds": wall,
            "unavailable": f"worker exited {proc.returncode} without a result: {tail}"[:500]}


def load_texts(data: str | None, text_key: str = "text", limit: int | None = None,
               min_bytes: int = 0, max_bytes: int | None = None) -> list[str]:
    """Texts from a directory of .txt files or a .jsonl file (default: the seeds), size-filtered."""
    def keep(text: str) -> bool:
        size = len(text.encode("utf-8"))
        return bool(text.strip()) and size >= min_bytes and (max_bytes is None or size <= max_bytes)

    path = Path(data) if data else ROOT / "seeds"
    texts: list[str] = []
    if path.is_dir():
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(path.glob("*.txt"))]
        texts = [t for t in texts if keep(t)]
    else:
        with path.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                texts.extend(t for t in _read_jsonl([line], text_key) if keep(t))
                if limit and len(texts) >= limit:
                    break
    return texts[:limit] if limit else texts


def _summary(result: dict) -> str:
    def row(label: str, r: dict) -> str:
        return (f"{label}: {r['docs_per_s']:.2f} docs/s, {r['mb_per_s']:.4f} MB/s, "
                f"peak {r['peak_mb_tracemalloc']:.1f} MB (tracemalloc), {r['docs']} docs in {r['seconds']:.1f} s")

    lines = []
    if "docs_per_s" in result:
        lines.append(row("nela_features extract_all", result))
    if "unavailable" in result:
        lines.append(f"nela_features extract_all: unavailable: {result['unavailable']}")
    if "partial" in result:
        lines.append(row(f"partial ({'+'.join(result['partial']['groups'])}) UPPER BOUND", result["partial"]))
    if "import_seconds" in result:
        lines.append(f"import {result['import_seconds']:.2f} s, wall {result.get('wall_seconds', 0):.1f} s, "
                     f"max RSS {result.get('max_rss_mb', 0):.0f} MB")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--worker", action="store_true", help="run the toolkit here (peer interpreter)")
    parser.add_argument("--probe", action="store_true", help="with --worker: only report what runs")
    parser.add_argument("--input", help="with --worker: a JSON-lines file (default: stdin)")
    parser.add_argument("--data", help="a directory of .txt files or a .jsonl corpus (default: seeds)")
    parser.add_argument("--text-key", default="text")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--min-bytes", type=int, default=0)
    parser.add_argument("--max-bytes", type=int)
    parser.add_argument("--seconds", type=float, default=20.0, help="timed budget")
    parser.add_argument("--mem-seconds", type=float, help="budget of the tracemalloc pass")
    parser.add_argument("--no-partial", action="store_true", help="skip the partial run when extract_all fails")
    parser.add_argument("--python", default=str(DEFAULT_PYTHON), help="the peer venv's interpreter")
    args = parser.parse_args(argv)

    if args.worker:
        return _worker_main(args)
    texts = load_texts(args.data, args.text_key, args.limit, args.min_bytes, args.max_bytes)
    if not texts:
        print("no texts to benchmark", file=sys.stderr)
        return 2
    mean_kb = sum(len(t.encode("utf-8")) for t in texts) / len(texts) / 1000
    print(f"{len(texts)} documents, mean {mean_kb:.1f} KB, source: {args.data or 'seeds/'}", file=sys.stderr)
    result = measure_nela(texts, args.seconds, args.python, mem_seconds=args.mem_seconds,
                          partial=not args.no_partial)
    print(_summary(result), file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
