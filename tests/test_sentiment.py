"""Sentiment through VADER, sentence by sentence."""

from __future__ import annotations

from credscore import score
from credscore.signals import sentiment


def test_analyzer_is_built_once() -> None:
    """The VADER analyser is one object per process."""
    assert sentiment.analyzer() is sentiment.analyzer()


def test_mean_is_over_sentences_not_the_whole_document() -> None:
    """A long mixed text keeps a moderate mean compound, unlike VADER's saturating document score."""
    good = "The rescue went well and everyone was happy. "
    bad = "The attack was horrible and many were killed. "
    text = (good + bad) * 20
    profile = score(text)
    whole = sentiment.analyzer().polarity_scores(text)["compound"]
    assert abs(whole) > 0.9  # the saturation we avoid
    assert abs(profile.signals["sentiment_mean_compound"]) < 0.5
    assert profile.signals["sentiment_negative_share"] == 0.5
    assert profile.signals["sentiment_positive_share"] == 0.5


def test_strong_sentences_are_evidence() -> None:
    """Strongly negative sentences appear as evidence with their compound score."""
    text = "The attack was horrible and many were killed. The meeting was on Tuesday."
    profile = score(text)
    (item,) = profile.evidence["sentiment"]
    assert item.label == "negative" and item.text == text[: text.index(".") + 1]
    assert item.details["compound"] <= -0.5
