"""The ``credscore compare`` and ``credscore report`` subcommands.

``compare`` reads profiles (JSONL, as ``credscore score`` writes them) and writes the comparison
as Markdown, CSV, JSON or HTML.  ``report`` reads articles exactly as ``credscore score`` does
(including a seeds-style ``manifest.json``), scores them and writes the comparison report in one
go.  ``cli.py`` adds both with :func:`add_compare_parsers` and dispatches through
:data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import IO, Any, Iterator

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2

FORMATS = ("md", "csv", "json", "html")
_SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json",
                   ".html": "html", ".htm": "html"}


def _add_statistics_options(parser: argparse.ArgumentParser) -> None:
    stats = parser.add_argument_group("statistics")
    stats.add_argument("--by", default="outlet",
                       help="group by 'outlet' (default), 'domain' (the URL's host) or another profile field")
    stats.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0)")
    stats.add_argument("--bootstrap", type=int, default=2000, metavar="N",
                       help="bootstrap resamples (default 2000)")
    stats.add_argument("--confidence", type=float, default=0.95, help="interval level (default 0.95)")
    stats.add_argument("--thin", type=int, default=5, metavar="N",
                       help="mark groups with fewer than N articles as thin (default 5)")
    stats.add_argument("--title", help="report title")


def add_compare_parsers(subparsers: Any) -> None:
    """Add ``compare`` and ``report`` to the ``credscore`` subcommand parsers."""
    comp = subparsers.add_parser(
        "compare", help="compare groups (outlets) of scored profiles",
        description="Aggregate profiles by outlet: mean and median score, bootstrap intervals for "
        "the score and every signal, pairwise differences with Cliff's delta, thin groups marked.",
    )
    comp.add_argument("profiles", nargs="+", metavar="PROFILES",
                      help="profile JSONL files as written by 'credscore score' (- for stdin)")
    out = comp.add_argument_group("output")
    out.add_argument("--format", choices=FORMATS,
                     help="md, csv, json or html (default: by the output file's suffix, else md)")
    out.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    _add_statistics_options(comp)
    comp.set_defaults(handler=cmd_compare)

    rep = subparsers.add_parser(
        "report", help="score articles and write an outlet comparison report",
        description="Score articles (same inputs as 'credscore score') and compare their outlets "
        "in one go.",
    )
    rep.add_argument("paths", nargs="+", metavar="ARTICLES",
                     help=".txt, .jsonl, .csv, .html, a directory, a manifest.json, or - for stdin")
    from credscore.cli import add_input_options, add_scoring_options

    add_input_options(rep)
    add_scoring_options(rep)
    out = rep.add_argument_group("output")
    out.add_argument("-o", "--output", required=True, help="report file (.html or .md)")
    out.add_argument("--format", choices=FORMATS,
                     help="html, md, json or csv (default: by the output file's suffix, else html)")
    out.add_argument("--profiles-out", metavar="FILE",
                     help="also write the scored profiles here as JSONL")
    _add_statistics_options(rep)
    rep.set_defaults(handler=cmd_report)


def _format_for(args: argparse.Namespace, default: str) -> str:
    if args.format:
        return args.format
    if args.output != "-":
        return _SUFFIX_FORMATS.get(Path(args.output).suffix.lower(), default)
    return default


def _render(comparison: Any, fmt: str, title: str | None) -> str:
    if fmt == "json":
        return comparison.to_json() + "\n"
    if fmt == "csv":
        return comparison.to_csv()
    if fmt == "html":
        return comparison.to_html(title=title)
    from credscore.report.markdown import render_markdown

    return render_markdown(comparison, title=title)


def _write(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8", newline="")


def read_profiles(paths: list[str], errors: list[str]) -> Iterator[Any]:
    """Profile dicts from JSONL files; unreadable lines are reported in ``errors`` and yielded as
    error records so the comparison counts them."""
    for path in paths:
        try:
            stream: IO[bytes] = sys.stdin.buffer if path == "-" else open(path, "rb")
        except OSError as exc:
            errors.append(f"{path}: {exc}")
            continue
        try:
            for lineno, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8-sig"))
                    if not isinstance(record, dict):
                        raise ValueError("not a JSON object")
                except ValueError as exc:
                    errors.append(f"{path}:{lineno}: {exc}")
                    yield {"id": f"{path}:{lineno}", "error": str(exc)}
                    continue
                yield record
        finally:
            if path != "-":
                stream.close()


def _compare(items: Any, args: argparse.Namespace) -> Any:
    from credscore.compare import compare

    return compare(
        items, by=args.by, seed=args.seed, n_boot=args.bootstrap, confidence=args.confidence,
        thin_below=args.thin,
    )


def cmd_compare(args: argparse.Namespace) -> int:
    """``credscore compare PROFILES.jsonl --by outlet --format md|csv|json|html -o FILE``."""
    from credscore._optional import MissingExtraError

    fmt = _format_for(args, "md")
    errors: list[str] = []
    try:
        comparison = _compare(read_profiles(args.profiles, errors), args)
        text = _render(comparison, fmt, args.title)
    except (ValueError, KeyError, MissingExtraError) as exc:
        print(f"credscore: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _write(text, args.output)
    for message in errors[:10]:
        print(f"credscore: {message}", file=sys.stderr)
    bad = comparison.errors
    if bad or errors:
        print(f"credscore: {bad} input records were errors and are not in the comparison",
              file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    """``credscore report ARTICLES... -o report.html``: score, compare and render in one go."""
    from credscore._optional import MissingExtraError
    from credscore.cli import UsageError, scorer_from_args
    from credscore.io import read_articles, write_records
    from credscore.pipeline import ErrorRecord

    fmt = _format_for(args, "html")
    try:
        score = scorer_from_args(args)
    except UsageError as exc:
        print(f"credscore: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if fmt == "html":
        try:  # fail before scoring, not after
            from credscore.report.html import _environment

            _environment()
        except MissingExtraError as exc:
            print(f"credscore: {exc}", file=sys.stderr)
            return EXIT_USAGE
    articles = read_articles(
        *args.paths, text_key=args.text_key, id_key=args.id_key, outlet_key=args.outlet_key,
        format=args.input_format,
    )
    failed: list[Any] = []
    total = 0
    sink = open(args.profiles_out, "w", encoding="utf-8") if args.profiles_out else None

    def scored() -> Iterator[Any]:
        # Streams: profiles are aggregated (and optionally written) one at a time, never held.
        nonlocal total
        for item in score(articles):
            total += 1
            if isinstance(item, ErrorRecord):
                failed.append(item)
            if sink is not None:
                write_records([item], sink, format="jsonl")
            yield item

    try:
        comparison = _compare(scored(), args)
        text = _render(comparison, fmt, args.title)
    except (ValueError, KeyError, MissingExtraError) as exc:
        print(f"credscore: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if sink is not None:
            sink.close()
    _write(text, args.output)
    for record in failed[:10]:
        print(f"credscore: {record.id}: {record.error}", file=sys.stderr)
    if failed:
        print(f"credscore: {len(failed)} of {total} documents failed", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


COMMANDS = {"compare": cmd_compare, "report": cmd_report}
