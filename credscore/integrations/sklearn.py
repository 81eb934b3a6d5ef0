"""scikit-learn: ``CredibilityFeaturizer`` turns texts into the matrix of signal values.

It follows scikit-learn's conventions (``sklearn/base.py``, the developer guide): ``__init__``
only stores its parameters, nothing is learned (so ``fit`` only records ``n_features_in_``-style
facts scikit-learn's checks look for), and ``get_feature_names_out`` names the columns, which makes
``set_output(transform="pandas")`` return a DataFrame with one column per signal value.  Column
names come from the signal registry, so new signal families appear without changes here.

>>> from sklearn.pipeline import make_pipeline
>>> from sklearn.linear_model import LogisticRegression
>>> model = make_pipeline(CredibilityFeaturizer(), SimpleImputer(), LogisticRegression())  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any, Iterable

from sklearn.base import BaseEstimator, TransformerMixin

from credscore import registry


class CredibilityFeaturizer(TransformerMixin, BaseEstimator):
    """Texts (or Articles, or records with a ``text`` key) to a float matrix of signal values.

    Parameters
    ----------
    signals : iterable of str or None
        Signal families to run (``"sourcing"``, ``"readability.v1"``, ...); None runs the
        default families, as ``credscore.score`` does.

    A value a signal cannot compute (say, a readability grade for an empty text) is NaN; put an
    imputer after this step when the estimator downstream cannot take NaN.
    """

    def __init__(self, signals: Iterable[str] | None = None) -> None:
        self.signals = signals

    def _families(self) -> tuple[str, ...] | None:
        if self.signals is None:
            return None
        if isinstance(self.signals, str):
            return (self.signals,)
        return tuple(self.signals)

    def fit(self, X: Any, y: Any = None) -> "CredibilityFeaturizer":
        """Nothing to learn: checks the signal names and returns self."""
        registry.resolve(self._families())  # an unknown name fails here, listing the known ones
        _check_documents(X)
        return self

    def transform(self, X: Any) -> Any:
        """A ``(n_documents, n_features)`` float array; NaN where a signal has no value."""
        import numpy as np

        from credscore.pipeline import as_article, score_article

        families = self._families()
        names = registry.feature_names(families)
        docs = _check_documents(X)
        out = np.full((len(docs), len(names)), np.nan, dtype=float)
        for i, doc in enumerate(docs):
            profile = score_article(as_article(doc), signals=families)
            for j, name in enumerate(names):
                value = profile.signals.get(name)
                if value is not None:
                    out[i, j] = value
        return out

    def get_feature_names_out(self, input_features: Any = None) -> Any:
        """The signal value names, one per column, in registry order."""
        import numpy as np

        return np.asarray(registry.feature_names(self._families()), dtype=object)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.requires_fit = False
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.non_deterministic = False
        return tags


def _check_documents(X: Any) -> list[Any]:
    """The documents as a list; a bare string is refused (it would be read letter by letter)."""
    if isinstance(X, (str, bytes)):
        raise ValueError(
            "CredibilityFeaturizer expects an iterable of documents, got a single string; "
            "wrap it in a list"
        )
    if hasattr(X, "ndim") and getattr(X, "ndim") == 2:
        shape = getattr(X, "shape")
        if shape[1] != 1:
            raise ValueError(f"expected one column of texts, got shape {shape}")
        X = X.iloc[:, 0] if hasattr(X, "iloc") else X[:, 0]
    return list(X)
