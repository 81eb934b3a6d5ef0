"""The ``credscore`` command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable, Iterable, Iterator, Sequence

from credscore._version import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """How articles are read: the options shared by every command that reads articles."""
    inp = parser.add_argument_group("input")
    inp.add_argument("--text-key", default="text", help="field holding the text (jsonl, csv)")
    inp.add_argument("--id-key", default="id", help="field holding the document id")
    inp.add_argument("--outlet-key", default="outlet", help="field holding the outlet name")
    inp.add_argument("--input-format", choices=("txt", "jsonl", "csv", "html"),
                     help="read every path as this format (default: by extension)")


def add_scoring_options(parser: argparse.ArgumentParser) -> None:
    """Which signals and weights score the articles."""
    sig = parser.add_argument_group("scoring")
    sig.add_argument("--signals", help="comma-separated signal families (default: all default ones)")
    sig.add_argument("--weights", help="weights version or path to a weights JSON file")
    run = parser.add_argument_group("execution")
    run.add_argument("--n-jobs", type=int, default=1, metavar="N",
                     help="worker processes (default 1; -1 for one per core); output order is kept")
    run.add_argument("--batch-size", type=int, default=None, metavar="B",
                     help="documents sent to a worker at a time (default 32)")
    run.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                     help="report progress on stderr (default: when stderr is a terminal)")


class UsageError(ValueError):
    """A command-line option that cannot be used; reported with exit status 2."""


def scorer_from_args(args: argparse.Namespace) -> Callable[[Iterable[Any]], Iterator[Any]]:
    """Check the scoring and execution options once (``UsageError`` if they cannot be used) and
    return the function that scores a stream of articles as they say."""
    from credscore import registry
    from credscore.pipeline import _resolve_weights, score_many

    signals = None
    try:
        if args.signals:
            signals = tuple(s.strip() for s in args.signals.split(",") if s.strip())
            registry.resolve(signals)
        weights = _load_weights_arg(args.weights)
        weights = _resolve_weights(weights) if weights is not None else None
    except (KeyError, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    if args.batch_size is not None and args.batch_size < 1:
        raise UsageError(f"--batch-size must be at least 1, not {args.batch_size}")
    progress = sys.stderr.isatty() if args.progress is None else args.progress

    def score(articles: Iterable[Any]) -> Iterator[Any]:
        return score_many(
            articles, signals=signals, weights=weights, n_jobs=args.n_jobs,
            batch_size=args.batch_size, progress=progress,
        )

    return score


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="credscore",
        description="Explainable credibility and bias signals for news articles.",
    )
    parser.add_argument("--version", action="version", version=f"credscore {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    score = sub.add_parser("score", help="score articles and write one profile per document")
    score.add_argument("paths", nargs="+", metavar="PATH",
                       help=".txt (one article), .jsonl, .csv, a directory, or - for stdin")
    add_input_options(score)
    out = score.add_argument_group("output")
    out.add_argument("--format", choices=("jsonl", "json", "csv", "summary"), default="jsonl",
                     help="jsonl profiles (default), a json array, csv with flat signals, "
                     "or a summary table for reading")
    out.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    add_scoring_options(score)

    sub.add_parser("signals", help="list the registered signal families")
    from credscore.cli_compare import add_compare_parsers

    add_compare_parsers(sub)
    return parser


def _cmd_signals() -> int:
    from credscore import registry

    for spec in registry.available():
        print(f"{spec.qualified_name:<18} {spec.description}")
        print(f"{'':<18} values: {', '.join(spec.provides)}")
    return EXIT_OK


def _load_weights_arg(value: str | None):
    if value is None:
        return None
    import json
    from pathlib import Path

    if value.endswith(".json") and Path(value).is_file():
        return json.loads(Path(value).read_text(encoding="utf-8"))
    return value


def _cmd_score(args: argparse.Namespace) -> int:
    from credscore.io import read_articles, write_records

    try:
        score = scorer_from_args(args)
    except UsageError as exc:
        print(f"credscore: {exc}", file=sys.stderr)
        return EXIT_USAGE
    articles = read_articles(
        *args.paths, text_key=args.text_key, id_key=args.id_key, outlet_key=args.outlet_key,
        format=args.input_format,
    )
    results = score(articles)
    if args.output == "-":
        ok, failed = write_records(results, sys.stdout, format=args.format)
    else:
        newline = "" if args.format == "csv" else None
        with open(args.output, "w", encoding="utf-8", newline=newline) as fh:
            ok, failed = write_records(results, fh, format=args.format)
    if failed:
        print(f"credscore: {failed} of {ok + failed} documents failed", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "score":
        return _cmd_score(args)
    if args.command == "signals":
        return _cmd_signals()
    if args.command in ("compare", "report"):
        return args.handler(args)
    parser.print_help(sys.stderr)
    return EXIT_USAGE
