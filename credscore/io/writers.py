"""Writing profiles and error records as JSONL, JSON or flat CSV."""

from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from credscore.pipeline import ErrorRecord
from credscore.profile import Profile


def _json_default(obj: Any) -> Any:
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, allow_nan=False, default=_json_default)


def record_dict(item: Profile | ErrorRecord) -> dict[str, Any]:
    return item.to_dict()


def flat_row(item: Profile | ErrorRecord) -> dict[str, Any]:
    """One CSV row: identity, score, dimension scores, every signal, flags, or the error."""
    if isinstance(item, ErrorRecord):
        return {"id": item.id, "error": item.error}
    public = item.to_dict()
    row: dict[str, Any] = {
        "id": item.id,
        "outlet": item.outlet,
        "url": item.url,
        "title": item.title,
        "score": public["score"],
    }
    for name, dim in item.dimensions.items():
        row[f"dimension_{name}"] = dim.score
    row.update(public["signals"])
    row["flags"] = ";".join(item.flags)
    row["error"] = None
    return row


# The columns of the human-readable summary, when the profile has them.
SUMMARY_SIGNALS = (
    "attribution_density",
    "named_source_share",
    "anonymous_source_share",
    "loaded_language_rate",
    "boilerplate_ratio",
    "flesch_kincaid_grade",
    "sentiment_mean_compound",
)


def _summary_cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def write_summary(items: Iterable[Profile | ErrorRecord], out: IO[str]) -> tuple[int, int]:
    """A fixed-width table for people: id, outlet, score, dimensions, headline signals, flags."""
    ok = failed = 0
    rows: list[list[str]] = []
    header: list[str] | None = None
    for item in items:
        if isinstance(item, ErrorRecord):
            failed += 1
            rows.append([_summary_cell(item.id), "error: " + item.error])
            continue
        ok += 1
        signals = [name for name in SUMMARY_SIGNALS if name in item.signals]
        if header is None:
            header = ["id", "outlet", "score", *item.dimensions, *signals, "flags"]
        outlet = item.outlet or "-"
        rows.append(
            [_summary_cell(item.id), outlet[:24], _summary_cell(item.score)]
            + [_summary_cell(d.score) for d in item.dimensions.values()]
            + [_summary_cell(item.signals[name]) for name in signals]
            + [",".join(item.flags) or "-"]
        )
    table = ([header] if header else []) + rows
    widths = [max(len(r[i]) for r in table if i < len(r)) for i in range(len(header or [0, 0]))]
    for r in table:
        if len(r) == 2 and header and len(header) > 2:
            out.write(f"{r[0]:<{widths[0]}}  {r[1]}\n")
            continue
        out.write("  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths))).rstrip() + "\n")
    return ok, failed


def write_records(
    items: Iterable[Profile | ErrorRecord], out: IO[str], *, format: str = "jsonl"
) -> tuple[int, int]:
    """Write ``items``; return (profiles written, errors written)."""
    ok = failed = 0
    if format == "jsonl":
        for item in items:
            out.write(_dump(record_dict(item)) + "\n")
            ok, failed = (ok, failed + 1) if isinstance(item, ErrorRecord) else (ok + 1, failed)
    elif format == "json":
        out.write("[")
        for i, item in enumerate(items):
            out.write(("," if i else "") + "\n" + _dump(record_dict(item)))
            ok, failed = (ok, failed + 1) if isinstance(item, ErrorRecord) else (ok + 1, failed)
        out.write("\n]\n")
    elif format == "summary":
        return write_summary(items, out)
    elif format == "csv":
        writer = None
        pending_errors = []
        for item in items:
            row = flat_row(item)
            if isinstance(item, ErrorRecord):
                failed += 1
                if writer is None:
                    pending_errors.append(row)
                    continue
            else:
                ok += 1
            if writer is None:
                fields = list(row) if not isinstance(item, ErrorRecord) else ["id", "error"]
                writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
                writer.writeheader()
                for err in pending_errors:
                    writer.writerow(err)
                pending_errors = []
            writer.writerow(row)
        if writer is None and pending_errors:
            writer = csv.DictWriter(out, fieldnames=["id", "error"])
            writer.writeheader()
            writer.writerows(pending_errors)
    else:
        raise ValueError(f"unknown output format {format!r}; use jsonl, json, csv or summary")
    return ok, failed
