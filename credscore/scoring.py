"""Combining signals into dimension scores and an overall score, additively and exactly.

A weights file names, for each dimension, the signals it reads and their weights, and for every
signal the mean and spread of a reference corpus.  A contribution is
``weight * (value - mean) / scale``; a dimension's contributions plus its intercept are the logit
of its score, and every contribution plus the overall intercept is the logit of the overall
score, so a reader can recompute each number by hand from ``Profile.to_dict()``.  A signal that
could not be computed (None) contributes nothing and is listed with value null.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Final, Mapping

import attrs

from credscore._records import maker
from credscore.profile import Contribution, Dimension

DEFAULT_WEIGHTS: Final = "news-en-1"
# Contribution(signal, value, mean, scale, weight, contribution) without its generated __init__
_make_contribution: Final = maker(Contribution)


@attrs.frozen(kw_only=True)
class Weights:
    """A versioned set of weights with the reference statistics they standardise against."""

    version: str
    intercept: float
    reference: Mapping[str, Mapping[str, float]]
    dimensions: Mapping[str, Mapping[str, Any]]
    description: str = ""
    # each dimension's intercept and (signal, mean, scale, weight) terms as floats, read once
    # here instead of looked up and converted for every document
    _terms: tuple[tuple[str, float, tuple[tuple[str, float, float, float], ...]], ...] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        terms = tuple(
            (
                name,
                float(spec.get("intercept", 0.0)),
                tuple(
                    (
                        signal,
                        float(self.reference[signal]["mean"]),
                        float(self.reference[signal]["scale"]),
                        float(weight),
                    )
                    for signal, weight in spec["weights"].items()
                ),
            )
            for name, spec in self.dimensions.items()
        )
        object.__setattr__(self, "_terms", terms)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Weights":
        for dim, spec in d["dimensions"].items():
            for signal in spec["weights"]:
                ref = d["reference"].get(signal)
                if ref is None or not float(ref["scale"]) > 0:
                    raise ValueError(f"weights {d['version']}: {dim}/{signal} needs a positive scale")
        return cls(
            version=str(d["version"]),
            intercept=float(d["intercept"]),
            reference=d["reference"],
            dimensions=d["dimensions"],
            description=d.get("description", ""),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "description": self.description,
            "intercept": self.intercept,
            "reference": {k: dict(v) for k, v in self.reference.items()},
            "dimensions": {k: dict(v) for k, v in self.dimensions.items()},
        }


@lru_cache(maxsize=8)
def load_weights(version: str = DEFAULT_WEIGHTS) -> Weights:
    """Weights shipped with the package, by version name."""
    path = resources.files("credscore.weights").joinpath(f"{version}.json")
    if not path.is_file():
        known = sorted(
            p.name[: -len(".json")]
            for p in resources.files("credscore.weights").iterdir()
            if p.name.endswith(".json")
        )
        raise KeyError(f"unknown weights {version!r}; shipped weights: {', '.join(known)}")
    return Weights.from_dict(json.loads(path.read_text(encoding="utf-8")))


def sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def combine(
    signals: Mapping[str, float | None], weights: Weights
) -> tuple[float | None, dict[str, Dimension]]:
    """The overall score (0-100) and each dimension, from signal values."""
    dimensions: dict[str, Dimension] = {}
    total = weights.intercept
    any_value = False
    isfinite = math.isfinite
    for name, intercept, terms_of in weights._terms:
        contributions = []
        has_value = False
        for signal, mean, scale, weight in terms_of:
            value = signals.get(signal)
            if value is None or not isfinite(value):
                term, value = 0.0, None
            else:
                term = weight * (float(value) - mean) / scale
                has_value = True
            contributions.append(
                _make_contribution(signal, value, mean, scale, weight, term)
            )
        any_value = any_value or has_value
        terms = sum(c.contribution for c in contributions)
        # intercept + terms is Dimension.logit, summed in the same order
        score = 100 * sigmoid(intercept + terms) if has_value else None
        dimensions[name] = Dimension(
            name=name, score=score, intercept=intercept, contributions=tuple(contributions)
        )
        total += terms
    return (100 * sigmoid(total) if any_value else None), dimensions
