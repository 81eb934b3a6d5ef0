"""Fitting weights: exact additive form, sign constraints, grouped cross-validation."""

from __future__ import annotations

import json
import random

import pytest

from credscore import score
from credscore.calibration import SIGN_CONSTRAINTS, fit_weights, grouped_cv_auc
from credscore.profile import Profile
from credscore.scoring import Weights, combine


def synthetic_profiles(n: int = 200, seed: int = 0) -> tuple[list[Profile], list[int], list[str]]:
    """Profiles whose label depends on named sourcing (up) and loaded language (down)."""
    rng = random.Random(seed)
    profiles, labels, groups = [], [], []
    for i in range(n):
        y = i % 2
        named = rng.gauss(0.6 if y else 0.4, 0.15)
        loaded = rng.gauss(1.0 if y else 3.0, 1.0)
        noise = rng.gauss(0, 1)
        profiles.append(
            Profile(
                id=str(i), outlet=None, url=None, title=None, text="", score=None,
                dimensions={}, evidence={}, flags=(), provenance={},
                signals={"named_source_share": named, "loaded_language_rate": loaded,
                         "sentiment_mean_compound": noise, "flesch_kincaid_grade": None},
            )
        )
        labels.append(y)
        groups.append(f"outlet{i % 10}")
    return profiles, labels, groups


SIGNALS = ["named_source_share", "loaded_language_rate", "sentiment_mean_compound", "flesch_kincaid_grade"]


def test_fitted_weights_have_sensible_signs() -> None:
    """More named sourcing raises the score; more loaded language lowers it."""
    profiles, labels, _ = synthetic_profiles()
    w = fit_weights(profiles, labels, signals=SIGNALS)
    flat = {k: v for d in w.dimensions.values() for k, v in d["weights"].items()}
    assert flat["named_source_share"] > 0 and flat["loaded_language_rate"] < 0


def test_sign_constraints_hold_even_against_the_data() -> None:
    """When the data pull a constrained weight the wrong way, it is held at zero."""
    profiles, labels, _ = synthetic_profiles()
    flipped = [1 - y for y in labels]
    w = fit_weights(profiles, flipped, signals=SIGNALS)
    flat = {k: v for d in w.dimensions.values() for k, v in d["weights"].items()}
    for name, sign in SIGN_CONSTRAINTS.items():
        if name in flat:
            assert sign * flat[name] >= 0, name


def test_more_named_sourcing_never_lowers_the_score() -> None:
    """With fitted weights, raising named_source_share or cutting loaded language never lowers the score."""
    profiles, labels, _ = synthetic_profiles()
    w = fit_weights(profiles, labels, signals=SIGNALS)
    base = {"named_source_share": 0.5, "loaded_language_rate": 2.0, "sentiment_mean_compound": 0.0}
    s0, _ = combine(base, w)
    s1, _ = combine({**base, "named_source_share": 0.9}, w)
    s2, _ = combine({**base, "loaded_language_rate": 0.5}, w)
    assert s1 >= s0 and s2 >= s0


def test_weights_round_trip_through_json_and_score() -> None:
    """Fitted weights saved as JSON can be passed back to score()."""
    profiles, labels, _ = synthetic_profiles()
    w = fit_weights(profiles, labels, signals=SIGNALS, version="mine-1")
    again = Weights.from_dict(json.loads(json.dumps(w.to_dict())))
    assert again == w
    profile = score("Officials said the talks failed, according to a report.", weights=again)
    assert profile.provenance["weights"] == "mine-1"


def test_missing_values_contribute_nothing() -> None:
    """A signal that is None contributes exactly zero, as its standardised mean would."""
    profiles, labels, _ = synthetic_profiles()
    w = fit_weights(profiles, labels, signals=SIGNALS)
    _, dims = combine({"named_source_share": None}, w)
    terms = [c for d in dims.values() for c in d.contributions if c.signal == "named_source_share"]
    assert terms and terms[0].contribution == 0.0 and terms[0].value is None


def test_grouped_cv_separates_classes_on_learnable_data() -> None:
    """Grouped cross-validation finds the planted signal (AUC well above chance)."""
    profiles, labels, groups = synthetic_profiles()
    result = grouped_cv_auc(profiles, labels, groups, signals=SIGNALS)
    assert result["auc"] > 0.8 and result["n_groups"] == 10


def test_fit_needs_two_classes() -> None:
    """One-class labels are a clear error."""
    profiles, _, _ = synthetic_profiles(20)
    with pytest.raises(ValueError, match="both classes"):
        fit_weights(profiles, [1] * 20, signals=SIGNALS)


def test_shipped_weights_never_punish_named_sourcing_or_reward_loaded_language(seeds: dict[str, str]) -> None:
    """With the shipped weights, more named sourcing or less loaded language never lowers a seed's score."""
    from credscore.scoring import load_weights

    w = load_weights()
    for text in seeds.values():
        signals = dict(score(text).signals)
        base, _ = combine(signals, w)
        more_named = dict(signals, named_source_share=min(1.0, (signals["named_source_share"] or 0) + 0.3))
        less_loaded = dict(signals, loaded_language_rate=max(0.0, (signals["loaded_language_rate"] or 0) - 3.0))
        assert combine(more_named, w)[0] >= base
        assert combine(less_loaded, w)[0] >= base


def test_shipped_weights_are_fitted_and_versioned() -> None:
    """The default weights are the fitted news-en-1, with every weight's reference statistics."""
    from credscore.scoring import load_weights

    w = load_weights()
    assert w.version == "news-en-1" and "credibility-dev" in w.description
    for spec in w.dimensions.values():
        for name in spec["weights"]:
            assert w.reference[name]["scale"] > 0
