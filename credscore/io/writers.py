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
    row: dict[str, Any] = {
        "id": item.id,
        "outlet": item.outlet,
        "url": item.url,
        "title": item.title,
        "score": item.to_dict()["score"],
    }
    for name, dim in item.dimensions.items():
        row[f"dimension_{name}"] = dim.score
    row.update(item.to_dict()["signals"])
    row["flags"] = ";".join(item.flags)
    row["error"] = None
    return row


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
        raise ValueError(f"unknown output format {format!r}; use jsonl, json or csv")
    return ok, failed
