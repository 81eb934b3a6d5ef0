"""scikit-learn and pandas: CredibilityFeaturizer and profiles_to_frame."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings

import credscore
from credscore import registry
from credscore._optional import MissingExtraError
from credscore.frame import profiles_to_frame
from credscore.integrations.sklearn import CredibilityFeaturizer
from credscore.pipeline import ErrorRecord
from tests.strategies import tricky_text

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """The five seed texts."""
    return [p.read_text(encoding="utf-8") for p in SEEDS]


def test_transform_gives_one_float_column_per_signal(texts):
    """transform returns a float array (documents x registry feature names)."""
    f = CredibilityFeaturizer()
    X = f.fit(texts).transform(texts)
    names = list(f.get_feature_names_out())
    assert X.dtype == np.float64 and X.shape == (5, len(names))
    assert names == list(registry.feature_names())


def test_rows_equal_the_profiles_signals(texts):
    """Each row holds exactly the values credscore.score puts in the profile (single == batch)."""
    f = CredibilityFeaturizer()
    X = f.fit_transform(texts)
    for row, text in zip(X, texts):
        signals = credscore.score(text).signals
        for name, value in zip(f.get_feature_names_out(), row):
            expected = signals[name]
            assert (np.isnan(value) and expected is None) or value == pytest.approx(expected)


def test_missing_values_are_nan():
    """A signal without a value (an empty text) becomes NaN, not 0."""
    X = CredibilityFeaturizer(signals=["readability"]).fit_transform(["", "A sentence. Another one here."])
    assert np.isnan(X[0]).all()
    assert not np.isnan(X[1]).all()


def test_signals_parameter_selects_families():
    """signals=['readability'] gives only the readability columns."""
    f = CredibilityFeaturizer(signals=["readability"])
    assert list(f.get_feature_names_out()) == list(registry.get("readability").provides)
    assert f.fit_transform(["Some text here."]).shape == (1, len(registry.get("readability").provides))


def test_unknown_signal_fails_at_fit_listing_known_ones():
    """An unknown family name raises UnknownSignalError when fitting."""
    with pytest.raises(credscore.UnknownSignalError, match="known signals"):
        CredibilityFeaturizer(signals=["nope"]).fit(["text"])


def test_init_only_stores_params_and_fit_learns_nothing(texts):
    """__init__ stores params as given; fit returns self and adds no fitted attributes."""
    families = ["readability"]
    f = CredibilityFeaturizer(signals=families)
    assert f.signals is families and f.get_params() == {"signals": families}
    before = dict(vars(f))
    assert f.fit(texts) is f
    assert vars(f) == before


def test_clone_and_set_params():
    """clone and set_params work as for any scikit-learn estimator."""
    from sklearn.base import clone

    f = CredibilityFeaturizer(signals=["readability"])
    g = clone(f).set_params(signals=["sentiment"])
    assert f.signals == ["readability"] and g.signals == ["sentiment"]


def test_transform_without_fit_is_allowed(texts):
    """A stateless transformer can transform before fit, and scikit-learn knows it needs no fit."""
    f = CredibilityFeaturizer(signals=["sentiment"])
    assert f.transform(texts[:1]).shape[0] == 1
    assert f.__sklearn_tags__().requires_fit is False


def test_single_string_is_refused():
    """A bare string (not a list of documents) raises ValueError instead of being split."""
    with pytest.raises(ValueError, match="single string"):
        CredibilityFeaturizer().transform("one article")


def test_works_in_a_pipeline(texts):
    """In a Pipeline with an imputer and a classifier it fits and predicts."""
    from sklearn.impute import SimpleImputer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(
        CredibilityFeaturizer(), SimpleImputer(keep_empty_features=True), StandardScaler(), LogisticRegression()
    )
    labels = [1, 1, 1, 0, 1]
    model.fit(texts, labels)
    assert model.predict(texts).shape == (5,)
    assert list(model[:-1].get_feature_names_out()) == list(registry.feature_names())


def test_set_output_pandas_gives_named_columns_and_keeps_index(texts):
    """set_output(transform='pandas') returns a DataFrame with signal columns and the input index."""
    pd = pytest.importorskip("pandas")
    f = CredibilityFeaturizer().set_output(transform="pandas")
    frame = f.fit_transform(pd.Series(texts, index=["a", "b", "c", "d", "e"]))
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(registry.feature_names())
    assert list(frame.index) == ["a", "b", "c", "d", "e"]


def test_accepts_a_one_column_frame(texts):
    """A one-column DataFrame of texts is read as the documents (as a ColumnTransformer passes)."""
    pd = pytest.importorskip("pandas")
    X = CredibilityFeaturizer(signals=["sentiment"]).fit_transform(pd.DataFrame({"text": texts}))
    assert X.shape[0] == 5


@settings(max_examples=25, deadline=None)
@given(tricky_text)
def test_any_text_gives_a_finite_or_nan_row(text):
    """Arbitrary text yields one row of finite numbers or NaN, never an error or infinity."""
    X = CredibilityFeaturizer().transform([text])
    assert X.shape == (1, len(registry.feature_names()))
    assert not np.isinf(X).any()


# --- profiles_to_frame --------------------------------------------------------------------


@pytest.fixture(scope="module")
def profiles():
    """The five seed profiles, each with its manifest outlet."""
    manifest = Path(__file__).resolve().parent.parent / "seeds" / "manifest.json"
    return list(credscore.score_many(credscore.read_articles(str(manifest))))


def test_profiles_to_frame_one_row_per_profile_with_float_signals(profiles):
    """One row per profile; score, dimensions and every signal are float columns."""
    pd = pytest.importorskip("pandas")
    frame = profiles_to_frame(profiles)
    assert len(frame) == 5 and list(frame["id"]) == ["000", "001", "002", "003", "004"]
    for name in ["score", *profiles[0].signals, *(f"dimension_{d}" for d in profiles[0].dimensions)]:
        assert frame[name].dtype == np.float64, name
    assert frame.loc[3, "outlet"] == "Citizen Awareness Program"
    assert frame.loc[3, "score"] == pytest.approx(profiles[3].score)
    assert isinstance(frame, pd.DataFrame)


def test_profiles_to_frame_accepts_dicts_and_error_records(profiles):
    """Profile dicts give the same frame; an error record is a row with its id and error."""
    pytest.importorskip("pandas")
    a = profiles_to_frame(profiles)
    b = profiles_to_frame([p.to_dict() for p in profiles])
    assert a.equals(b)
    c = profiles_to_frame(profiles[:1] + [ErrorRecord(id="x", error="boom"), {"id": "y", "error": "bad"}])
    assert list(c["error"].iloc[1:]) == ["boom", "bad"]
    assert np.isnan(c["score"].iloc[1])


def test_profiles_to_frame_without_pandas_names_the_extra(monkeypatch, profiles):
    """Without pandas, profiles_to_frame tells to install credscore[pandas]."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"credscore\[pandas\]"):
        profiles_to_frame(profiles)
