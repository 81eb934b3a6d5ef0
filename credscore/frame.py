"""Profiles to one flat pandas DataFrame (pandas is optional: ``pip install 'credscore[pandas]'``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from credscore._optional import require

if TYPE_CHECKING:  # pragma: no cover
    import pandas


def profiles_to_frame(profiles: Iterable[Any]) -> "pandas.DataFrame":
    """One row per profile: ``id``, ``outlet``, ``url``, ``title``, ``score``,
    ``dimension_<name>``, every signal value, ``flags`` (";"-joined) and ``error``.

    Accepts :class:`~credscore.profile.Profile` objects, their ``to_dict()`` form (as read from
    JSONL) and error records; an error record is a row with only ``id`` and ``error`` filled.
    Signal and score columns are floats, with NaN where a value is missing.  The columns match
    ``credscore score --format csv``.
    """
    pd = require("pandas", "pandas", purpose="profiles_to_frame()")
    from credscore.io.writers import flat_row
    from credscore.pipeline import ErrorRecord
    from credscore.profile import Profile

    rows: list[dict[str, Any]] = []
    numeric: dict[str, None] = {"score": None}
    for item in profiles:
        if isinstance(item, dict):
            item = (
                ErrorRecord(id=item.get("id"), error=str(item["error"]))
                if "error" in item and "text" not in item
                else Profile.from_dict(item)
            )
        if not isinstance(item, (Profile, ErrorRecord)):
            raise TypeError(f"not a profile or error record: {type(item).__name__}")
        if isinstance(item, Profile):
            numeric.update((f"dimension_{n}", None) for n in item.dimensions)
            numeric.update((n, None) for n in item.signals)
        rows.append(flat_row(item))
    columns = ["id", "outlet", "url", "title", *numeric, "flags", "error"]
    frame = pd.DataFrame.from_records(rows, columns=columns)
    for name in numeric:
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
    return frame
