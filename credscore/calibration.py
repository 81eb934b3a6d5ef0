"""Fitting weights: a logistic model over standardised signals, grouped cross-validation.

The fitted model is exactly the additive form :mod:`credscore.scoring` evaluates: each signal is
standardised against the training corpus (its mean and spread ship with the weights), a missing
value counts as the mean (contributes nothing), and the coefficients are the weights.  Some
signs are fixed by what the score means: more named sourcing, or less loaded language in the
writer's voice, must never lower it.  A coefficient that comes out with the wrong sign is set to
zero and the model refitted without it, so the shipped weights respect these constraints
exactly.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Mapping, Sequence

from credscore import registry
from credscore.profile import Profile
from credscore.scoring import Weights

# Which dimension each signal family feeds.
DIMENSION_OF_FAMILY = {
    "sourcing": "sourcing",
    "language": "language",
    "sentiment": "language",
    "boilerplate": "presentation",
    "readability": "presentation",
}

# +1: the weight may not be negative; -1: it may not be positive.
SIGN_CONSTRAINTS: dict[str, int] = {
    "named_source_share": +1,
    "distinct_named_sources": +1,
    "loaded_language_rate": -1,
    "certainty_without_attribution_rate": -1,
    "unresolved_source_share": -1,
    "boilerplate_ratio": -1,
}

# The signals the shipped model reads: each describes a practice a reader can check in the
# article (who is cited, how it is worded, how it is presented).  Near-duplicates (five
# readability formulas, a boilerplate ratio per kind) are left out so that each weight can be
# read on its own; on the development data the full set of 31 signals did no better in
# outlet-grouped cross-validation (AUC 0.585 against 0.583).
MODEL_SIGNALS = (
    "attribution_density",
    "attributed_sentence_share",
    "named_source_share",
    "anonymous_source_share",
    "quote_share",
    "distinct_named_sources",
    "loaded_language_rate",
    "quoted_loaded_rate",
    "loaded_language_intensity",
    "certainty_without_attribution_rate",
    "hedging_rate",
    "sentiment_mean_compound",
    "sentiment_negative_share",
    "boilerplate_ratio",
    "flesch_kincaid_grade",
    "words_per_sentence",
)

MIN_SCALE = 1e-6


def dimension_of(signal: str) -> str | None:
    for spec in registry.available():
        if signal in spec.provides:
            return DIMENSION_OF_FAMILY.get(spec.name)
    return None


def default_signals(profiles: Sequence[Profile]) -> list[str]:
    """The model signals present in the profiles, in :data:`MODEL_SIGNALS` order."""
    present = set()
    for p in profiles:
        present.update(p.signals)
    return [name for name in MODEL_SIGNALS if name in present and dimension_of(name) is not None]


def signal_matrix(profiles: Sequence[Profile], signals: Sequence[str]) -> Any:
    """A float matrix (documents x signals) with NaN where a signal is missing."""
    import numpy as np

    X = np.full((len(profiles), len(signals)), np.nan)
    for i, p in enumerate(profiles):
        for j, name in enumerate(signals):
            v = p.signals.get(name)
            if v is not None and math.isfinite(v):
                X[i, j] = v
    return X


def _standardise(X: Any) -> tuple[Any, Any, Any]:
    import warnings

    import numpy as np

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # an all-missing column is expected
        mean = np.nanmean(X, axis=0)
        scale = np.nanstd(X, axis=0)
    mean = np.where(np.isfinite(mean), mean, 0.0)
    scale = np.where(np.isfinite(scale) & (scale > MIN_SCALE), scale, 1.0)
    Z = (X - mean) / scale
    Z = np.where(np.isfinite(Z), Z, 0.0)  # a missing value contributes nothing, as in scoring
    return Z, mean, scale


def _fit_constrained(Z: Any, y: Any, signals: Sequence[str], C: float) -> tuple[Any, float]:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    active = np.ones(len(signals), dtype=bool)
    coef = np.zeros(len(signals))
    intercept = 0.0
    for _ in range(len(signals) + 1):
        model = LogisticRegression(C=C, max_iter=2000)
        if active.any():
            model.fit(Z[:, active], y)
            coef = np.zeros(len(signals))
            coef[active] = model.coef_[0]
            intercept = float(model.intercept_[0])
        else:
            p = float(np.clip(np.mean(y), 1e-6, 1 - 1e-6))
            intercept = math.log(p / (1 - p))
        wrong = [
            j
            for j, name in enumerate(signals)
            if active[j] and SIGN_CONSTRAINTS.get(name, 0) * coef[j] < 0
        ]
        if not wrong:
            return coef, intercept
        active[wrong] = False
    return coef, intercept


def fit_weights(
    profiles: Sequence[Profile],
    labels: Sequence[int | bool],
    groups: Sequence[Any] | None = None,
    *,
    signals: Sequence[str] | None = None,
    C: float = 0.5,
    version: str = "custom-1",
    description: str = "",
) -> Weights:
    """Weights fitted to ``profiles`` with ``labels`` (1 = credible practice, 0 = not).

    ``groups`` (e.g. outlets) are not needed for the fit itself; pass them to
    :func:`grouped_cv_auc` to measure how the weights transfer to unseen groups.  The result can
    be saved with ``json.dump(weights.to_dict(), fh)`` and passed back as
    ``credscore.score(text, weights=weights)``.
    """
    import numpy as np

    if len(profiles) != len(labels):
        raise ValueError("profiles and labels differ in length")
    y = np.asarray([int(bool(v)) for v in labels])
    if len(set(y.tolist())) < 2:
        raise ValueError("labels need both classes")
    names = list(signals) if signals is not None else default_signals(profiles)
    if not names:
        raise ValueError("no signals to fit on")
    Z, mean, scale = _standardise(signal_matrix(profiles, names))
    coef, intercept = _fit_constrained(Z, y, names, C)
    dimensions: dict[str, dict[str, Any]] = {}
    for j, name in enumerate(names):
        dim = dimension_of(name) or "other"
        dimensions.setdefault(dim, {"intercept": 0.0, "weights": {}})["weights"][name] = round(
            float(coef[j]), 6
        )
    return Weights(
        version=version,
        intercept=round(intercept, 6),
        reference={
            name: {"mean": round(float(mean[j]), 6), "scale": round(float(scale[j]), 6)}
            for j, name in enumerate(names)
        },
        dimensions=dimensions,
        description=description
        or f"fitted by credscore.fit_weights on {len(profiles)} profiles (C={C})",
    )


def grouped_cv_auc(
    profiles: Sequence[Profile],
    labels: Sequence[int | bool],
    groups: Sequence[Any],
    *,
    n_splits: int = 5,
    signals: Sequence[str] | None = None,
    C: float = 0.5,
) -> dict[str, Any]:
    """ROC AUC of held-out predictions when no group is both trained on and tested on."""
    import numpy as np
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    from credscore.scoring import combine

    y = np.asarray([int(bool(v)) for v in labels])
    g = np.asarray([str(x) for x in groups])
    n_groups = len(set(g.tolist()))
    splits = min(n_splits, n_groups)
    if splits < 2:
        raise ValueError("grouped cross-validation needs at least two groups")
    predictions = np.zeros(len(profiles))
    for train, test in GroupKFold(n_splits=splits).split(np.zeros(len(y)), y, g):
        w = fit_weights([profiles[i] for i in train], y[train], signals=signals, C=C)
        for i in test:
            s, _ = combine(profiles[i].signals, w)
            predictions[i] = 50.0 if s is None else s
    return {
        "auc": float(roc_auc_score(y, predictions)),
        "n": int(len(y)),
        "n_groups": n_groups,
        "n_splits": splits,
        "predictions": predictions.tolist(),
    }


def labels_from(values: Iterable[Any], positive: Iterable[Any] = ("real", 1, True)) -> list[int]:
    """1 for values in ``positive`` (e.g. "real"), else 0."""
    pos = set(positive)
    return [1 if v in pos else 0 for v in values]


def weights_from_mapping(data: Mapping[str, Any]) -> Weights:
    return Weights.from_dict(data)
