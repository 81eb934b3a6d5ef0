"""Sentiment through VADER, sentence by sentence."""

from __future__ import annotations

from credscore import score
from credscore.pipeline import analyze
from credscore.signals import _vader, sentiment


def test_scorer_is_built_once() -> None:
    """VADER's tables are read once per process and shared."""
    assert _vader._scorer() is _vader._scorer()


def test_mean_is_over_sentences_not_the_whole_document() -> None:
    """A long mixed text keeps a moderate mean compound; VADER on the whole text saturates."""
    good = "The rescue went well and everyone was happy. "
    bad = "The attack was horrible and many were killed. "
    text = (good + bad) * 20
    profile = score(text)
    whole = _vader.polarity_scores(text)["compound"]
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


def test_values_are_the_library_compounds(seeds: dict[str, str]) -> None:
    """On a seed, the family's mean is the mean of vaderSentiment's own sentence compounds."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    library = SentimentIntensityAnalyzer()
    text = seeds["000"]
    doc = analyze(text)
    expected = [
        library.polarity_scores(text[s.start : s.end])["compound"] for s in doc.article_sentences
    ]
    result = sentiment.sentiment(doc)
    assert result.values["sentiment_mean_compound"] == sum(expected) / len(expected)
    assert [e.details["compound"] for e in result.evidence["sentiment"]] == [
        c for c in expected if abs(c) >= sentiment.STRONG
    ]


def test_provenance_names_the_implementation() -> None:
    """The profile records that credscore's equivalent computed VADER, and the library version."""
    meta = score("The rescue went well.").provenance["signal_meta"]["sentiment"]
    assert meta == {"vader_implementation": "credscore", "vaderSentiment": _vader.VERIFIED_VERSION}
