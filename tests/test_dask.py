"""Dask: scoring bags and dataframes on a local cluster, and comparing outlets from partials."""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
import warnings
from pathlib import Path

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from distributed import Client, LocalCluster
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import credscore
from credscore._optional import MissingExtraError
from credscore.compare import Partial, aggregate, compare
from credscore.frame import profiles_to_frame
from credscore.integrations import dask as cdask
from credscore.pipeline import ErrorRecord
from credscore.profile import Profile
from credscore.registry import UnknownSignalError
from tests.test_compare import make_profile

MANIFEST = Path(__file__).resolve().parent.parent / "seeds" / "manifest.json"


@pytest.fixture(scope="module")
def client():
    """Two single-threaded worker processes on loopback: pickling and shipping really happen."""
    with warnings.catch_warnings():
        # Without a dashboard the scheduler still serves health checks, on 8787 when it is free
        # and on another port, with a warning, when another cluster on the machine holds it.
        warnings.filterwarnings("ignore", message="Port 8787 is already in use")
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
            host="127.0.0.1",
        )
    with cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def records() -> list[dict]:
    """The five seeds as plain records (text, id, outlet), as JSONL would hold them."""
    return [
        {"text": a.text, "id": a.id, "outlet": a.outlet}
        for a in credscore.read_articles(str(MANIFEST))
    ]


@pytest.fixture(scope="module")
def local(records) -> list:
    """The seeds scored in this process by credscore.score_many: the reference."""
    return list(credscore.score_many(records))


@pytest.fixture
def sync():
    """Run dask in this process, so a monkeypatched function is the one that runs."""
    with dask.config.set(scheduler="sync"):
        yield


# --- scoring ------------------------------------------------------------------------------


def test_score_bag_equals_score_many_in_order(client, records, local):
    """Bag scoring on the cluster gives score_many's profiles, value for value, in input order."""
    bag = db.from_sequence(records, npartitions=3)
    assert bag.npartitions == 3
    assert cdask.score_bag(bag).compute() == [p.to_dict() for p in local]
    objects = cdask.score_bag(bag, as_dict=False).compute()
    assert all(isinstance(p, Profile) for p in objects)
    assert objects == local


def test_bad_records_become_error_records_without_failing_the_batch(client, records, local):
    """Binary or non-string text gives an error record in its place; the others are scored."""
    items = [records[0], {"id": "bin", "text": b"\x00\xff"}, {"id": 7, "text": 42}, b"raw", records[1]]
    out = cdask.score_bag(db.from_sequence(items, npartitions=2)).compute()
    assert [o.get("id") for o in out] == ["000", "bin", "7", None, "001"]
    assert out[0] == local[0].to_dict() and out[4] == local[1].to_dict()
    assert set(out[1]) == {"id", "error"} and "text" in out[1]["error"]
    assert out[3]["error"].startswith("TypeError")


def test_weights_are_resolved_once_per_partition(sync, monkeypatch, records):
    """The weights are loaded once for each partition, not once per record."""
    calls = []
    real = cdask._resolve_weights
    monkeypatch.setattr(cdask, "_resolve_weights", lambda w: calls.append(w) or real(w))
    items = ["One short text.", "Another short text.", "A third.", "A fourth one."]
    cdask.score_bag(db.from_sequence(items, npartitions=2), weights="handset-0").compute()
    assert calls == ["handset-0", "handset-0"]


def test_unknown_signal_fails_on_the_client():
    """An unknown signal family is refused when the graph is built, before any worker runs."""
    with pytest.raises(UnknownSignalError):
        cdask.score_bag(db.from_sequence(["x"]), signals=["no_such_family"])


def test_score_dataframe_equals_profiles_to_frame(client, records, local):
    """Dataframe scoring gives profiles_to_frame's table, one row per input row, same index."""
    rows = records + [{"text": None, "id": 99, "outlet": "Nowhere"}]
    pdf = pd.DataFrame(rows, index=pd.Index(range(10, 10 + len(rows)), name="row"))
    ddf = dd.from_pandas(pdf, npartitions=3)
    scored = cdask.score_dataframe(ddf)
    assert scored.divisions == ddf.divisions
    got = scored.compute()
    assert list(got.dtypes.items()) == list(scored._meta.dtypes.items())
    errors = [ErrorRecord(id="99", error="ValueError: record has no 'text' string")]
    want = profiles_to_frame(local + errors).astype(got.dtypes.to_dict())
    want.index = pdf.index
    pd.testing.assert_frame_equal(got, want)


def test_all_error_partition_keeps_the_columns_and_types():
    """A partition of nothing but errors has every column, typed as meta says, with its ids."""
    part = pd.DataFrame({"text": [None, 3], "id": ["a", "b"]}, index=[5, 6])
    options = {"columns": (("text", "text"), ("id", "id")), "signals": None, "weights": None,
               "dtypes": cdask._output_dtypes(None, None)}
    meta = cdask._score_frame(part.iloc[:0], **options)
    out = cdask._score_frame(part, **options)
    assert len(meta) == 0 and "score" in meta.columns and "flesch_kincaid_grade" in meta.columns
    assert list(out.dtypes.items()) == list(meta.dtypes.items())
    assert list(out.index) == [5, 6] and list(out["id"]) == ["a", "b"]
    assert out["error"].notna().all() and out["score"].isna().all()


def test_score_dataframe_refuses_a_misnamed_column():
    """A column asked for by name that the frame lacks is an error, not a silent null field."""
    ddf = dd.from_pandas(pd.DataFrame({"body": ["x"], "source": ["y"]}), npartitions=1)
    with pytest.raises(KeyError, match="text"):
        cdask.score_dataframe(ddf)
    with pytest.raises(KeyError, match="publisher"):
        cdask.score_dataframe(ddf, text="body", outlet="publisher")
    assert cdask._field_columns(ddf.columns, text="body", outlet="source", id="id") == (
        ("text", "body"), ("outlet", "source"))


def test_dataframe_records_are_clean_scoring_records(sync):
    """Rows become records: NaN is None (not the outlet "nan"), ids are strings, columns renamed."""
    pdf = pd.DataFrame({"body": ["One text.", None], "id": [1, 2], "outlet": ["A", None]})
    bag = cdask.dataframe_records(dd.from_pandas(pdf, npartitions=2), text="body")
    assert bag.compute() == [
        {"text": "One text.", "id": "1", "outlet": "A"},
        {"text": None, "id": "2", "outlet": None},
    ]


# --- comparing ----------------------------------------------------------------------------


def _many(local: list, n: int = 24) -> list[dict]:
    """n profile dicts from the seeds' profiles, spread over three outlets with distinct ids."""
    out = []
    for i in range(n):
        d = copy.deepcopy(local[i % len(local)].to_dict())
        d["id"], d["outlet"] = f"a{i}", "ABC"[i % 3]
        out.append(d)
    return out


def test_compare_bag_equals_compare_on_the_whole_list(client, local):
    """Partitioned, tree-merged comparison finalises to exactly what compare gives on the list."""
    profiles = _many(local) + [{"id": "x", "error": "broken"}]
    bag = db.from_sequence(profiles, npartitions=6)
    got = cdask.compare_bag(bag, split_every=2, n_boot=300, seed=4)
    want = compare(profiles, n_boot=300, seed=4)
    assert got.to_dict() == want.to_dict()
    assert [g.count for g in got.groups] == [8, 8, 8] and got.errors == 1
    seeds = cdask.compare_bag(db.from_sequence(local, npartitions=3))
    assert seeds.to_dict() == compare(local).to_dict()


def test_compare_dataframe_scores_and_compares_in_one_pass(client, records, local):
    """compare_dataframe on the seeds' frame equals compare on locally scored profiles."""
    ddf = dd.from_pandas(pd.DataFrame(records), npartitions=2)
    assert cdask.compare_dataframe(ddf, n_boot=200).to_dict() == compare(local, n_boot=200).to_dict()


def test_partition_function_reduces_a_partition_to_a_partial(local):
    """aggregate_partition turns one partition into a Partial that merges into the whole."""
    profiles = _many(local, 9)
    parts = [cdask.aggregate_partition(profiles[i:i + 3]) for i in range(0, 9, 3)]
    assert all(isinstance(p, Partial) for p in parts)
    assert [sum(g.count for g in p.groups.values()) for p in parts] == [3, 3, 3]
    assert cdask._merge_partials(parts, by="outlet", max_values=10_000) == aggregate(profiles)


def test_compare_bag_ships_partials_not_profiles(sync, monkeypatch, local):
    """Each partition is aggregated by itself, and the merge steps receive only Partials."""
    seen_parts, seen_merged = [], []
    real_part, real_merge = cdask.aggregate_partition, cdask._merge_partials

    def part(profiles, **kw):
        profiles = list(profiles)
        seen_parts.append(len(profiles))
        return real_part(profiles, **kw)

    def merge(partials, **kw):
        partials = list(partials)
        seen_merged.extend(type(p) for p in partials)
        return real_merge(partials, **kw)

    monkeypatch.setattr(cdask, "aggregate_partition", part)
    monkeypatch.setattr(cdask, "_merge_partials", merge)
    profiles = _many(local, 12)
    got = cdask.compare_bag(db.from_sequence(profiles, npartitions=4), split_every=2, n_boot=50)
    assert sorted(seen_parts) == [3, 3, 3, 3]
    assert seen_merged and set(seen_merged) == {Partial}
    assert got.to_dict() == compare(profiles, n_boot=50).to_dict()


def test_compare_bag_of_empty_partitions_is_empty(sync):
    """A bag with nothing in it gives an empty comparison rather than failing."""
    c = cdask.compare_bag(db.from_sequence([], npartitions=1), n_boot=10)
    assert c.groups == () and c.errors == 0


_synthetic = st.lists(
    st.builds(
        lambda outlet, score, i: make_profile(outlet, score, id=str(i)),
        st.sampled_from(["A", "B", None]),
        st.one_of(st.none(), st.floats(0, 100, allow_nan=False)),
        st.integers(0, 10**6),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_synthetic, st.integers(1, 6), st.integers(2, 4))
def test_compare_bag_does_not_depend_on_partitioning(profiles, npartitions, split_every):
    """However the bag is partitioned and the tree shaped, compare_bag equals compare."""
    with dask.config.set(scheduler="sync"):
        bag = db.from_sequence(profiles, npartitions=npartitions)
        got = cdask.compare_bag(bag, split_every=split_every, n_boot=40)
    assert got.to_dict() == compare(profiles, n_boot=40).to_dict()


# --- imports ------------------------------------------------------------------------------


def test_import_credscore_does_not_import_dask():
    """Importing credscore leaves dask and distributed unimported."""
    code = ("import sys, credscore; "
            "print(sorted(m for m in ('dask', 'distributed') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_dask_names_the_extra(monkeypatch):
    """Without dask, importing the integration raises MissingExtraError naming credscore[dask]."""
    for name in [m for m in sys.modules if m == "dask" or m.startswith("dask.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "dask", None)
    monkeypatch.delitem(sys.modules, "credscore.integrations.dask")
    with pytest.raises(MissingExtraError, match=r"credscore\[dask\]"):
        importlib.import_module("credscore.integrations.dask")
