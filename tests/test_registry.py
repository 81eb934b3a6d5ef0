"""The signal registry: versioned names, lookup errors, feature names."""

from __future__ import annotations

import pytest

from credscore import registry
from credscore.registry import SignalResult, UnknownSignalError, register


def test_unknown_signal_lists_known_ones() -> None:
    """Asking for an unregistered name raises an error naming every known family."""
    with pytest.raises(UnknownSignalError) as info:
        registry.get("no-such-signal")
    message = str(info.value)
    assert "no-such-signal" in message
    assert "readability.v1" in message and "sentiment.v1" in message


def test_get_by_bare_name_returns_newest_version() -> None:
    """"readability" and "readability.v1" name the same family."""
    assert registry.get("readability") is registry.get("readability.v1")


def test_feature_names_follow_registration_order() -> None:
    """Feature names are the provided value names of the chosen families, in order."""
    names = registry.feature_names(["sentiment", "readability"])
    assert names[:3] == ("sentiment_mean_compound", "sentiment_negative_share", "sentiment_positive_share")
    assert "flesch_reading_ease" in names


def test_register_adds_a_family_in_one_call() -> None:
    """A new family is one decorated function; it is then found by name and version."""

    @register("test_length", version=3, provides=("char_count",), description="characters")
    def _length(doc):
        return SignalResult(values={"char_count": float(len(doc.text))})

    try:
        spec = registry.get("test_length")
        assert spec.qualified_name == "test_length.v3"
        from credscore import score

        profile = score("Some words here.", signals=["test_length"])
        assert profile.signals == {"char_count": 16.0}
        assert profile.provenance["signals"] == {"test_length": "test_length.v3"}
    finally:
        registry._REGISTRY.pop("test_length.v3", None)


def test_register_rejects_dotted_names_and_duplicates() -> None:
    """Versions are separate from names, and one name-version pair has one function."""
    with pytest.raises(ValueError):
        register("a.v1", version=1, provides=(), description="")
    spec = registry.get("readability")
    with pytest.raises(ValueError):
        register("readability", version=spec.version, provides=(), description="")(lambda d: None)


def test_signal_returning_wrong_names_is_an_error() -> None:
    """A family must return exactly the values it registered."""

    @register("test_liar", version=1, provides=("a",), description="returns b")
    def _liar(doc):
        return SignalResult(values={"b": 1.0})

    try:
        from credscore import score

        with pytest.raises(RuntimeError, match="test_liar.v1"):
            score("text", signals=["test_liar"])
    finally:
        registry._REGISTRY.pop("test_liar.v1", None)
