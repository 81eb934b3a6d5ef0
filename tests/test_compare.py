"""Outlet comparison: statistics, mergeable partials, effect sizes, thin groups, drivers."""

from __future__ import annotations

import importlib
import json
import math
import statistics
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import credscore
from credscore._optional import MissingExtraError
from credscore.compare import (
    Partial,
    aggregate,
    bootstrap_means,
    cliffs_delta,
    compare,
    delta_magnitude,
    merge,
    percentile_interval,
)
from credscore.pipeline import ErrorRecord
from credscore.profile import Contribution, Dimension, Profile
from credscore.spans import Evidence

SEEDS_MANIFEST = "seeds/manifest.json"


def make_profile(
    outlet: str | None,
    score: float | None,
    *,
    id: str | None = None,
    text: str = "",
    signals: dict | None = None,
    contributions: dict | None = None,
    evidence: dict | None = None,
    url: str | None = None,
    flags: tuple = (),
    weights: str = "test-0",
) -> Profile:
    contributions = contributions or {}
    dim = Dimension(
        name="test",
        score=score,
        intercept=0.0,
        contributions=tuple(
            Contribution(signal=s, value=1.0, mean=0.0, scale=1.0, weight=c, contribution=c)
            for s, c in contributions.items()
        ),
    )
    return Profile(
        id=id,
        outlet=outlet,
        url=url,
        title=None,
        text=text or f"article {id} of {outlet}",
        score=score,
        dimensions={"test": dim},
        signals=signals if signals is not None else {"alpha": score, "beta": None},
        evidence=evidence or {},
        flags=flags,
        provenance={"weights": weights},
    )


@pytest.fixture(scope="module")
def seed_profiles():
    """The five seeds scored, each its own outlet via the manifest."""
    import os

    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    return list(credscore.score_many(credscore.read_articles(os.path.join(here, SEEDS_MANIFEST))))


# --- statistics -------------------------------------------------------------------------------


def test_count_mean_median_exact():
    """Count, mean and median of a group are the plain statistics of its scores."""
    scores = [10.0, 20.0, 30.0, 80.0, 90.0, 95.0]
    c = compare([make_profile("A", s, id=str(i)) for i, s in enumerate(scores)], n_boot=200)
    g = c.group("A")
    assert g.count == 6 and g.score.n == 6
    assert g.score.mean == pytest.approx(statistics.fmean(scores), abs=1e-12)
    assert g.score.median == pytest.approx(statistics.median(scores))


def test_bootstrap_interval_contains_mean_and_matches_standard_error():
    """The 95% interval holds the sample mean and is about ±1.96 standard errors wide."""
    rng = np.random.default_rng(1)
    scores = rng.normal(60, 10, size=200).tolist()
    c = compare([make_profile("A", s, id=str(i)) for i, s in enumerate(scores)], n_boot=4000)
    g = c.group("A")
    assert g.score.low < g.score.mean < g.score.high
    se = statistics.stdev(scores) / math.sqrt(len(scores))
    assert (g.score.high - g.score.low) == pytest.approx(2 * 1.96 * se, rel=0.12)
    assert g.score.low == pytest.approx(g.score.mean - 1.96 * se, abs=0.5 * se)


def test_bootstrap_interval_for_every_signal():
    """Every signal gets its own interval around its own mean; a signal with no values gets none."""
    profiles = [
        make_profile("A", 50.0 + i, id=str(i), signals={"alpha": float(i), "beta": None, "gamma": 2.0 * i})
        for i in range(12)
    ]
    g = compare(profiles, n_boot=500).group("A")
    for name in ("alpha", "gamma"):
        s = g.signals[name]
        assert s.n == 12 and s.low <= s.mean <= s.high and s.high > s.low
    assert g.signals["gamma"].mean == pytest.approx(2 * g.signals["alpha"].mean)
    assert g.signals["beta"].n == 0 and g.signals["beta"].mean is None and g.signals["beta"].low is None


def test_bootstrap_means_ignore_missing_values():
    """A column's bootstrap mean skips NaN cells, so a partly missing signal is not dragged to 0."""
    values = np.array([[1.0, np.nan], [1.0, 5.0], [1.0, 5.0]])
    boots = bootstrap_means(values, n_boot=300, rng=np.random.default_rng(0))
    assert np.allclose(boots[:, 0], 1.0)
    finite = boots[:, 1][~np.isnan(boots[:, 1])]
    assert finite.size > 0 and np.allclose(finite, 5.0)


def test_percentile_interval_of_known_replicates():
    """The percentile interval of 0..100 at 90% is (5, 95)."""
    assert percentile_interval(np.arange(101.0), 0.90) == pytest.approx((5.0, 95.0))
    assert percentile_interval(np.array([np.nan]), 0.95) == (None, None)


def test_single_article_group_has_zero_width_interval_and_is_thin():
    """One article: mean = median = both interval ends, and the group is thin."""
    g = compare([make_profile("Solo", 42.0, id="1")], n_boot=100).group("Solo")
    assert g.thin
    assert g.score.mean == g.score.median == g.score.low == g.score.high == 42.0


@pytest.mark.parametrize("n, thin", [(1, True), (4, True), (5, False), (9, False)])
def test_thin_marks_groups_below_five_articles(n, thin):
    """Groups with fewer than five articles are thin; five or more are not."""
    c = compare([make_profile("A", 50.0 + i, id=str(i)) for i in range(n)], n_boot=50)
    assert c.group("A").thin is thin


def test_thin_threshold_is_configurable():
    """thin_below moves the threshold."""
    profiles = [make_profile("A", 50.0 + i, id=str(i)) for i in range(5)]
    assert compare(profiles, n_boot=20, thin_below=6).group("A").thin
    assert not compare(profiles, n_boot=20, thin_below=5).group("A").thin


# --- effect sizes and pairs ---------------------------------------------------------------


def test_cliffs_delta_sign_and_magnitude_on_constructed_groups():
    """Cliff's delta: +1 when a dominates, -1 when b does, -1/3 for interleaved values."""
    assert cliffs_delta([4, 5, 6], [1, 2, 3]) == 1.0
    assert cliffs_delta([1, 2, 3], [4, 5, 6]) == -1.0
    assert cliffs_delta([1, 3, 5], [2, 4, 6]) == pytest.approx(-1 / 3)
    assert cliffs_delta([1, 2], [1, 2]) == 0.0
    assert delta_magnitude(-1 / 3) == "medium"
    assert delta_magnitude(0.1) == "negligible"
    assert delta_magnitude(0.2) == "small"
    assert delta_magnitude(-0.9) == "large"


@given(
    st.lists(st.integers(0, 10), min_size=1, max_size=15),
    st.lists(st.integers(0, 10), min_size=1, max_size=15),
)
def test_cliffs_delta_equals_brute_force(a, b):
    """The O(n log n) Cliff's delta equals the definition over all pairs, and is antisymmetric."""
    brute = sum((x > y) - (x < y) for x in a for y in b) / (len(a) * len(b))
    assert cliffs_delta(a, b) == pytest.approx(brute)
    assert cliffs_delta(b, a) == pytest.approx(-brute)


def test_pairwise_difference_sign_interval_and_effect():
    """The pair (higher, lower) has a positive difference inside its interval and a large delta."""
    high = [make_profile("High", 70.0 + i, id=f"h{i}") for i in range(8)]
    low = [make_profile("Low", 40.0 + i, id=f"l{i}") for i in range(8)]
    c = compare(high + low, n_boot=1000)
    (pair,) = c.pairs
    assert (pair.a, pair.b) == ("High", "Low")
    assert pair.difference == pytest.approx(30.0)
    assert pair.low < pair.difference < pair.high
    assert pair.cliffs_delta == 1.0 and pair.magnitude == "large" and not pair.thin


def test_overlapping_groups_have_small_effect_and_interval_covering_zero():
    """Two groups with the same scores: difference 0 inside its interval, negligible delta."""
    values = np.random.default_rng(7).normal(50, 10, 40)
    ps = [make_profile(g, float(v), id=f"{g}{i}") for g in ("A", "B") for i, v in enumerate(values)]
    (pair,) = compare(ps, n_boot=2000).pairs
    assert pair.difference == pytest.approx(0.0, abs=1e-9)
    assert pair.low < 0 < pair.high
    assert pair.cliffs_delta == 0.0 and pair.magnitude == "negligible"


def test_pairwise_adjacent_only_compares_neighbours():
    """pairwise='adjacent' compares each group with the next one in the ranking only."""
    ps = [make_profile(name, s, id=name) for name, s in (("A", 90.0), ("B", 60.0), ("C", 30.0))]
    all_pairs = compare(ps, n_boot=20, pairwise="all").pairs
    adjacent = compare(ps, n_boot=20, pairwise="adjacent").pairs
    assert len(all_pairs) == 3
    assert [(p.a, p.b) for p in adjacent] == [("A", "B"), ("B", "C")]
    assert compare(ps, n_boot=20, pairwise="none").pairs == ()


# --- grouping, ranking, inputs ------------------------------------------------------------


def test_ranking_is_by_mean_score_with_unscored_groups_last():
    """Ranks follow the mean score, highest first; a group without scores has no rank."""
    ps = [
        make_profile("Mid", 50.0, id="1"),
        make_profile("Top", 80.0, id="2"),
        make_profile("Empty", None, id="3", signals={"alpha": None}),
        make_profile("Bottom", 20.0, id="4"),
    ]
    c = compare(ps, n_boot=20)
    assert [(g.group, g.rank) for g in c.groups] == [("Top", 1), ("Mid", 2), ("Bottom", 3), ("Empty", None)]
    assert c.group("Empty").score.mean is None and c.group("Empty").count == 1


def test_error_records_are_counted_not_grouped():
    """Error records (objects or dicts) count as errors and form no group."""
    ps = [make_profile("A", 50.0, id="1"), ErrorRecord(id="x", error="bad"), {"id": "y", "error": "bad"}]
    c = compare(ps, n_boot=20)
    assert c.errors == 2 and [g.group for g in c.groups] == ["A"]


def test_profile_dicts_are_accepted():
    """Profiles as dicts (the JSONL form) compare exactly like the Profile objects."""
    ps = [make_profile("A", 40.0 + i, id=str(i)) for i in range(6)]
    assert compare([p.to_dict() for p in ps], n_boot=50).to_dict() == compare(ps, n_boot=50).to_dict()


def test_group_by_domain_and_by_function():
    """by='domain' groups on the URL's host without www.; a function groups on anything."""
    ps = [
        make_profile("X", 50.0, id="1", url="https://www.example.org/a"),
        make_profile("Y", 60.0, id="2", url="https://example.org/b"),
        make_profile("Z", 70.0, id="3", url=None),
    ]
    c = compare(ps, by="domain", n_boot=20)
    assert sorted(g.label for g in c.groups) == ["(no outlet)", "example.org"]
    assert c.group("example.org").count == 2
    c2 = compare(ps, by=lambda p: "high" if p.score >= 60 else "low", n_boot=20)
    assert c2.group("high").count == 2


def test_unknown_grouping_is_refused():
    """Grouping by something that is not a profile field raises ValueError naming the choices."""
    with pytest.raises(ValueError, match="outlet"):
        compare([make_profile("A", 1.0)], by="colour")


def test_missing_outlet_is_its_own_labelled_group():
    """Profiles without an outlet form one group labelled '(no outlet)', JSON group null."""
    c = compare([make_profile(None, 50.0, id="1")], n_boot=20)
    assert c.groups[0].group is None and c.groups[0].label == "(no outlet)"
    assert c.to_dict()["groups"][0]["group"] is None


def test_flags_and_weights_are_tallied():
    """Flags are counted per group and the weights versions across the comparison."""
    ps = [make_profile("A", 50.0, id="1", flags=("short_text",)), make_profile("A", 60.0, id="2", weights="w-2")]
    c = compare(ps, n_boot=20)
    assert c.group("A").flags == {"short_text": 1}
    assert c.weights == {"test-0": 1, "w-2": 1}


# --- determinism and merging --------------------------------------------------------------


def test_same_seed_same_result_other_seed_other_interval():
    """A seed fixes the intervals exactly; another seed moves them."""
    ps = [make_profile("A", float(v), id=str(i)) for i, v in enumerate([10, 40, 45, 70, 90, 20, 65])]
    assert compare(ps, seed=3).to_dict() == compare(ps, seed=3).to_dict()
    assert compare(ps, seed=3).group("A").score.low != compare(ps, seed=4).group("A").score.low


def test_group_interval_does_not_depend_on_other_groups():
    """Adding another outlet leaves a group's interval unchanged (per-group random streams)."""
    a = [make_profile("A", float(v), id=str(i)) for i, v in enumerate([10, 40, 45, 70, 90])]
    b = [make_profile("B", float(v), id=f"b{i}") for i, v in enumerate([5, 95])]
    assert compare(a).group("A") == compare(a + b).group("A")


def test_input_order_does_not_matter():
    """Shuffling the profiles gives the same comparison."""
    ps = [make_profile("AB"[i % 2], float((i * 37) % 100), id=str(i)) for i in range(20)]
    assert compare(ps, n_boot=300).to_dict() == compare(ps[::-1], n_boot=300).to_dict()


_profiles = st.lists(
    st.builds(
        lambda outlet, score, alpha, beta, i: make_profile(
            outlet, score, id=str(i), signals={"alpha": alpha, "beta": beta},
            contributions={"alpha": 0.0 if alpha is None else alpha / 100},
        ),
        st.sampled_from(["A", "B", "C", None]),
        st.one_of(st.none(), st.floats(0, 100, allow_nan=False)),
        st.one_of(st.none(), st.floats(-50, 50, allow_nan=False)),
        st.one_of(st.none(), st.floats(0, 1, allow_nan=False)),
        st.integers(0, 10**6),
    ),
    max_size=30,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_profiles, _profiles)
def test_merge_of_partials_equals_aggregating_everything(a, b):
    """merge(aggregate(a), aggregate(b)) finalises exactly like aggregate(a + b), in either order."""
    whole = aggregate(a + b).finalise(n_boot=60).to_dict()
    assert aggregate(a).merge(aggregate(b)).finalise(n_boot=60).to_dict() == whole
    assert aggregate(b).merge(aggregate(a)).finalise(n_boot=60).to_dict() == whole


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_profiles, _profiles, st.integers(1, 6))
def test_capped_samples_merge_exactly(a, b, cap):
    """With a value cap, the merged bottom-k sample equals the one-pass sample; means stay close."""
    whole = aggregate(a + b, max_values=cap)
    merged = aggregate(a, max_values=cap).merge(aggregate(b, max_values=cap))
    assert {k: g.samples for k, g in merged.groups.items()} == {k: g.samples for k, g in whole.groups.items()}
    for k, g in whole.groups.items():
        assert len(g.samples) == min(cap, g.count)
        assert merged.groups[k].count == g.count
        assert merged.groups[k].score_sum == pytest.approx(g.score_sum)
    fw, fm = whole.finalise(n_boot=30), merged.finalise(n_boot=30)
    for gw, gm in zip(fw.groups, fm.groups):
        assert (gw.group, gw.score.median, gw.score.low, gw.score.high) == (
            gm.group, gm.score.median, gm.score.low, gm.score.high)


def test_sampled_group_keeps_exact_count_and_mean():
    """Above the cap a group is marked sampled, yet its count and mean use every article."""
    scores = [float(i) for i in range(50)]
    c = compare([make_profile("A", s, id=str(i)) for i, s in enumerate(scores)], max_values=10, n_boot=50)
    g = c.group("A")
    assert g.sampled and g.count == 50
    assert g.score.mean == pytest.approx(statistics.fmean(scores))


def test_merge_of_many_partials_and_json_round_trip():
    """Partials survive JSON between machines and merge from several partitions."""
    ps = [make_profile("AB"[i % 2], float(i * 3 % 100), id=str(i)) for i in range(30)]
    parts = [aggregate(ps[i::3]) for i in range(3)]
    shipped = [Partial.from_dict(json.loads(json.dumps(p.to_dict()))) for p in parts]
    assert merge(shipped).finalise(n_boot=100).to_dict() == compare(ps, n_boot=100).to_dict()


def test_merge_refuses_different_groupings():
    """Partials grouped differently cannot be merged."""
    with pytest.raises(ValueError):
        aggregate([], by="outlet").merge(aggregate([], by="domain"))


# --- drivers and evidence -----------------------------------------------------------------


def test_drivers_rank_by_mean_contribution_and_carry_evidence(monkeypatch):
    """Drivers are the largest mean contributions; evidence is the exact span with its context."""
    text = "Intro words here. The ruthless mercenaries struck again, officials said. End of story."
    start = text.index("ruthless mercenaries")
    end = start + len("ruthless mercenaries")
    ev = Evidence.from_text(text, start, end, label="loaded", voice="writer", intensity=0.9)
    p = make_profile(
        "A", 30.0, id="a1", text=text,
        signals={"loaded_language_rate": 5.0, "words_per_sentence": 30.0},
        contributions={"loaded_language_rate": -0.8, "words_per_sentence": -0.1},
        evidence={"loaded_language": (ev,)},
    )
    # import_module, not "import credscore.compare as m": the package exports a function of
    # that name, which the attribute lookup would find first.
    module = importlib.import_module("credscore.compare")
    monkeypatch.setattr(
        module, "_evidence_lists_by_signal", lambda: {"loaded_language_rate": ("loaded_language",)}
    )
    g = compare([p], n_boot=20).group("A")
    assert [d.signal for d in g.drivers] == ["loaded_language_rate", "words_per_sentence"]
    top = g.drivers[0]
    assert top.direction == "lowers" and top.mean_contribution == pytest.approx(-0.8)
    (item,) = top.evidence
    assert item.highlight == "ruthless mercenaries" and (item.start, item.end) == (start, end)
    assert item.before.endswith("The") and item.after.startswith("struck again")
    assert (item.before + " " + item.highlight + " " + item.after).replace(" ", "") in text.replace(" ", "")


def test_seeds_compare_each_as_its_own_outlet(seed_profiles):
    """On the seeds: five thin groups, ranks 1-5, the unnamed outlet labelled, 10 pairs."""
    c = compare(seed_profiles)
    assert len(c.groups) == 5 and all(g.thin and g.count == 1 for g in c.groups)
    assert sorted(g.rank for g in c.groups) == [1, 2, 3, 4, 5]
    assert "(no outlet)" in [g.label for g in c.groups]
    assert len(c.pairs) == 10
    assert set(c.signals) == {name for p in seed_profiles for name in p.signals}


def test_partisan_blog_ranks_lowest_on_the_seeds(seed_profiles):
    """Seed 003 (the partisan blog, Citizen Awareness Program) ranks last of the five."""
    c = compare(seed_profiles)
    assert c.groups[-1].group == "Citizen Awareness Program"


# --- outputs ------------------------------------------------------------------------------


def test_to_json_is_strict_json_with_settings():
    """to_json is valid JSON without NaN and records the seed, resamples and effect size."""
    c = compare([make_profile("A", 50.0, id="1", signals={"alpha": float("nan")})], n_boot=20, seed=9)
    d = json.loads(c.to_json())
    assert d["settings"] == {"seed": 9, "n_boot": 20, "confidence": 0.95, "thin_below": 5,
                             "max_values": 10000, "effect_size": "cliffs_delta"}
    assert d["groups"][0]["signals"]["alpha"]["mean"] is None


def test_to_frame_has_one_row_per_group():
    """to_frame gives one row per group indexed by outlet, with score and signal columns."""
    pytest.importorskip("pandas")
    ps = [make_profile("AB"[i % 2], 40.0 + i, id=str(i)) for i in range(6)]
    frame = compare(ps, n_boot=20).to_frame()
    assert list(frame.index) == ["B", "A"]
    assert {"score_mean", "score_low", "score_high", "thin", "alpha_mean", "beta_mean"} <= set(frame.columns)
    assert frame.loc["A", "count"] == 3


def test_to_frame_without_pandas_names_the_extra(monkeypatch):
    """Without pandas, to_frame raises an error telling to install credscore[pandas]."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"credscore\[pandas\]"):
        compare([make_profile("A", 1.0)], n_boot=5).to_frame()


def test_to_csv_header_and_rows():
    """to_csv writes a header and one row per group, signals as mean/low/high columns."""
    text = compare([make_profile("A", 50.0, id="1"), make_profile("B", 60.0, id="2")], n_boot=5).to_csv()
    lines = text.strip().splitlines()
    assert lines[0].startswith("outlet,rank,count,scored,thin,score_mean")
    assert "alpha_mean,alpha_low,alpha_high" in lines[0]
    assert [line.split(",")[0] for line in lines[1:]] == ["B", "A"]


def test_import_compare_stays_light():
    """Importing credscore.compare and credscore.report imports no numpy, jinja2 or pandas."""
    import subprocess

    code = ("import sys, credscore; before = set(sys.modules); "
            "import credscore.compare, credscore.report, credscore.frame; "
            "print(sorted(m for m in ('numpy', 'jinja2', 'pandas') if m in set(sys.modules) - before))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
