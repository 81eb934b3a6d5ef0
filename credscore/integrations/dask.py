"""Dask: score and compare articles across a cluster, partition by partition.

Scoring is embarrassingly parallel: each partition of a ``dask.bag`` of records, or of a
``dask.dataframe``, is scored on the worker that holds it, in order, with failures turned into
error records (:func:`credscore.pipeline.score_one_safely`).  Comparing outlets uses the mergeable
aggregation of :mod:`credscore.compare`: each partition is reduced to a
:class:`~credscore.compare.Partial` where it lies, the partials are merged in a tree, and only the
merged partial reaches the client, which finalises it once.  No step gathers the profiles on one
machine.

>>> import dask.bag as db, json
>>> records = db.read_text("articles-*.jsonl").map(json.loads)        # doctest: +SKIP
>>> comparison = compare_bag(score_bag(records, as_dict=False))      # doctest: +SKIP

Workers import credscore themselves: install the same version (with this extra,
``pip install 'credscore[dask]'``) everywhere, and register custom signal families in a module the
workers import, since a family registered only in the client's session does not exist on them.
See ``docs/scaling.md``.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from credscore import registry
from credscore._optional import require
from credscore.article import Article
from credscore.compare import DEFAULT_MAX_VALUES, Comparison, Partial, aggregate, merge
from credscore.pipeline import ErrorRecord, _resolve_weights, score_article, score_one_safely

# Fail at import, naming the extra, rather than at the first call.
require("dask.bag", "dask", purpose="credscore.integrations.dask")

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = [
    "aggregate_bag",
    "aggregate_partition",
    "compare_bag",
    "compare_dataframe",
    "dataframe_records",
    "score_bag",
    "score_dataframe",
]

# ---------------------------------------------------------------------------------------------
# Scoring


def score_bag(
    bag: "dask.bag.Bag",
    *,
    signals: Iterable[str] | None = None,
    weights: Any = None,
    as_dict: bool = True,
) -> "dask.bag.Bag":
    """Score every record of ``bag``: a lazy bag of profiles, in the input's order.

    Records are what :func:`credscore.score_many` takes: plain strings, :class:`Article` s, or
    dicts with ``"text"`` and optional ``id``, ``outlet``, ``url``, ``title``, ``published``.  A
    record that cannot be scored (no text, text that is not a string) becomes an error record in
    its place; the batch goes on.  With ``as_dict`` (the default) the items are
    ``Profile.to_dict()`` and ``{"id", "error"}`` dicts, ready for ``json.dumps`` and
    ``to_textfiles``; otherwise :class:`Profile` and :class:`ErrorRecord` objects.  ``weights``
    (a name, a :class:`~credscore.scoring.Weights`, or its dict) is loaded once per partition.
    """
    signals = _check_signals(signals)
    return bag.map_partitions(_score_partition, signals=signals, weights=weights, as_dict=as_dict)


def _score_partition(
    items: Iterable[Any], *, signals: tuple[str, ...] | None, weights: Any, as_dict: bool
) -> list[Any]:
    w = _resolve_weights(weights)
    out = []
    for item in items:
        result = score_one_safely(item, signals=signals, weights=w)
        out.append(result.to_dict() if as_dict else result)
    return out


def score_dataframe(
    ddf: "dask.dataframe.DataFrame",
    *,
    text: str = "text",
    id: str | None = "id",
    outlet: str | None = "outlet",
    url: str | None = "url",
    title: str | None = "title",
    signals: Iterable[str] | None = None,
    weights: Any = None,
) -> "dask.dataframe.DataFrame":
    """Score the ``text`` column of ``ddf``: the flat table of :func:`credscore.profiles_to_frame`.

    One row per input row, with the input's index and divisions: ``id``, ``outlet``, ``url``,
    ``title``, ``score``, ``dimension_<name>``, every signal value, ``flags`` and ``error``.  A
    row whose text is missing or not a string keeps its ``id`` and gets an ``error``; its numbers
    are NaN.  ``id``, ``outlet``, ``url`` and ``title`` name the columns that fill those fields;
    None leaves a field empty, and a default name the frame lacks is skipped.  Ids are turned
    into strings.

    The column types are fixed whatever a partition holds (floats for the numbers, pandas' string
    type for the rest).  The columns come from one sample sentence scored on the client, and
    ``meta`` from the partition function run on an empty partition, so dask never has to guess
    it from made-up rows.
    """
    signals = _check_signals(signals)
    columns = _field_columns(ddf.columns, text=text, id=id, outlet=outlet, url=url, title=title)
    dtypes = _output_dtypes(signals, weights)
    options = {"columns": columns, "signals": signals, "weights": weights, "dtypes": dtypes}
    meta = _score_frame(ddf._meta, **options)
    return ddf.map_partitions(_score_frame, meta=meta, **options)


def _score_frame(
    part: "pandas.DataFrame",
    *,
    columns: tuple[tuple[str, str], ...],
    signals: tuple[str, ...] | None,
    weights: Any,
    dtypes: tuple[tuple[str, Any], ...],
) -> "pandas.DataFrame":
    import pandas as pd

    from credscore.frame import profiles_to_frame

    results = []
    if len(part):
        w = _resolve_weights(weights)
        for record in _frame_records(part, columns):
            results.append(score_one_safely(record, signals=signals, weights=w))
    frame = profiles_to_frame(results) if results else pd.DataFrame()
    # profiles_to_frame infers types from the values it sees (a column of nothing but None is
    # object, an all-error partition has no signal columns); a dask column needs one type.
    frame = frame.reindex(columns=[name for name, _ in dtypes]).astype(dict(dtypes))
    frame.index = part.index
    return frame


def _frame_records(part: "pandas.DataFrame", columns: tuple[tuple[str, str], ...]) -> Iterator[dict]:
    fields = [field for field, _ in columns]
    for values in zip(*(part[column] for _, column in columns)):
        yield _record(dict(zip(fields, values)))


def _record(values: Mapping[str, Any]) -> dict[str, Any]:
    """A scoring record from one row's values: missing values (None, NaN, NA) become None."""
    record: dict[str, Any] = {}
    for field, value in values.items():
        if _is_missing(value):
            value = None
        elif field != "text" and not isinstance(value, str):
            value = str(value)
        record[field] = value
    return record


def _is_missing(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    # pandas.NA and NaT: their truth value or comparison is not a plain bool.
    return type(value).__name__ in ("NAType", "NaTType")


def _field_columns(
    available: Iterable[Any], *, text: str, **fields: str | None
) -> tuple[tuple[str, str], ...]:
    names = set(available)
    if text not in names:
        raise KeyError(f"no text column {text!r}; the frame has {sorted(map(str, names))}")
    out = [("text", text)]
    for field, column in fields.items():
        if column is None:
            continue
        if column in names:
            out.append((field, column))
        elif column != field:  # asked for by name, not the default: a typo must not pass
            raise KeyError(f"no {field} column {column!r}; the frame has {sorted(map(str, names))}")
    return tuple(out)


def _output_dtypes(signals: tuple[str, ...] | None, weights: Any) -> tuple[tuple[str, Any], ...]:
    """The output's columns and types, from a tiny sample scored on the client.

    The columns depend only on the signal families and the weights' dimensions; scoring a
    sentence, with every text field filled and beside an error record, lets profiles_to_frame
    itself say what they are called and how this pandas types a text column.
    """
    from credscore.frame import profiles_to_frame

    sample = score_article(
        Article(text="A sample sentence.", id="x", outlet="x", url="x", title="x"),
        signals=signals,
        weights=weights,
    )
    frame = profiles_to_frame([sample, ErrorRecord(id="x", error="x")])
    return tuple((str(name), dtype) for name, dtype in frame.dtypes.items())


def _check_signals(signals: Iterable[str] | None) -> tuple[str, ...] | None:
    """The signal names as a tuple; an unknown name fails here, on the client, not on a worker."""
    if signals is None:
        return None
    signals = (signals,) if isinstance(signals, str) else tuple(signals)
    registry.resolve(signals)
    return signals


# ---------------------------------------------------------------------------------------------
# Comparing


def aggregate_partition(
    profiles: Iterable[Any],
    *,
    by: "str | Callable[[Any], Any]" = "outlet",
    max_values: int = DEFAULT_MAX_VALUES,
) -> Partial:
    """One partition's :class:`~credscore.compare.Partial`: what a worker sends on instead of
    its profiles (profile objects or dicts; error records are counted)."""
    return aggregate(profiles, by, max_values=max_values)


def _merge_partials(partials: Iterable[Partial], *, by: Any, max_values: int) -> Partial:
    partials = list(partials)
    # Every partition of the bag can be empty; dask then hands the last step nothing at all.
    return merge(partials) if partials else aggregate((), by, max_values=max_values)


def aggregate_bag(
    profiles: "dask.bag.Bag",
    *,
    by: "str | Callable[[Any], Any]" = "outlet",
    max_values: int = DEFAULT_MAX_VALUES,
    split_every: int | None = None,
) -> "dask.bag.Item":
    """A lazy :class:`~credscore.compare.Partial` of the whole bag, reduced as a tree.

    Each partition becomes a partial on its worker (:func:`aggregate_partition`); ``split_every``
    partials at a time (8 by default) are merged until one is left.  ``.compute()`` it and call
    ``.finalise()``, or use :func:`compare_bag`.
    """
    if max_values < 1:
        raise ValueError("max_values must be at least 1")
    # Looked up here, not bound at import, so a test can watch the per-partition calls.
    perpartition = functools.partial(aggregate_partition, by=by, max_values=max_values)
    combine = functools.partial(_merge_partials, by=by, max_values=max_values)
    return profiles.reduction(perpartition, combine, split_every=split_every, name="credscore-aggregate")


def compare_bag(
    profiles: "dask.bag.Bag",
    *,
    by: "str | Callable[[Any], Any]" = "outlet",
    max_values: int = DEFAULT_MAX_VALUES,
    split_every: int | None = None,
    **finalise_kwargs: Any,
) -> Comparison:
    """Compare groups (outlets by default) of a bag of profiles, as :func:`credscore.compare` does.

    Partitions are aggregated where they lie and merged as a tree; only partials travel and the
    client finalises the merged one.  ``finalise_kwargs`` are those of
    :meth:`Partial.finalise`: ``seed``, ``n_boot``, ``confidence``, ``thin_below``, ``pairwise``.
    Below ``max_values`` articles per group the result equals ``credscore.compare`` on the whole
    list exactly, whatever the partitioning.
    """
    partial = aggregate_bag(profiles, by=by, max_values=max_values, split_every=split_every)
    return partial.compute().finalise(**finalise_kwargs)


def compare_dataframe(
    ddf: "dask.dataframe.DataFrame",
    *,
    text: str = "text",
    id: str | None = "id",
    outlet: str | None = "outlet",
    url: str | None = "url",
    title: str | None = "title",
    by: "str | Callable[[Any], Any]" = "outlet",
    signals: Iterable[str] | None = None,
    weights: Any = None,
    max_values: int = DEFAULT_MAX_VALUES,
    split_every: int | None = None,
    **finalise_kwargs: Any,
) -> Comparison:
    """Score the ``text`` column of ``ddf`` and compare groups, in one pass.

    The comparison's drivers need each profile's contributions and evidence, which the flat
    table of :func:`score_dataframe` does not keep, so the rows are scored as profiles inside the
    tasks that aggregate them: a profile lives only as long as its partition's task.  Columns
    are chosen as in :func:`score_dataframe`; the rest is :func:`compare_bag`.
    """
    records = dataframe_records(ddf, text=text, id=id, outlet=outlet, url=url, title=title)
    profiles = score_bag(records, signals=signals, weights=weights, as_dict=False)
    return compare_bag(
        profiles, by=by, max_values=max_values, split_every=split_every, **finalise_kwargs
    )


def dataframe_records(
    ddf: "dask.dataframe.DataFrame",
    *,
    text: str = "text",
    id: str | None = "id",
    outlet: str | None = "outlet",
    url: str | None = "url",
    title: str | None = "title",
) -> "dask.bag.Bag":
    """The rows of ``ddf`` as a bag of scoring records, for :func:`score_bag`.

    Columns are chosen as in :func:`score_dataframe`.  Missing values (NaN, None, NA) become
    None rather than the string "nan", and ids and outlets become strings.
    """
    columns = _field_columns(ddf.columns, text=text, id=id, outlet=outlet, url=url, title=title)
    return ddf.to_bag(index=False, format="dict").map_partitions(_bag_records, columns=columns)


def _bag_records(rows: Iterable[Mapping[str, Any]], *, columns: tuple[tuple[str, str], ...]) -> list[dict]:
    return [_record({field: row[column] for field, column in columns}) for row in rows]
