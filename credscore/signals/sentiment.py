"""Sentiment through VADER, sentence by sentence.

VADER's compound score normalises a sum that grows with the text, so over a whole article it
saturates towards -1 or +1 whatever the tone; scored per sentence and averaged it stays
meaningful.  The analyser parses its lexicon when built (about 0.1 s), so it is built once per
process, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from credscore.analysis import AnalyzedText
from credscore.registry import SignalResult, register
from credscore.spans import Evidence

STRONG = 0.5  # |compound| at or above this marks a strongly negative or positive sentence

PROVIDES = ("sentiment_mean_compound", "sentiment_negative_share", "sentiment_positive_share")


@lru_cache(maxsize=1)
def analyzer() -> Any:
    """The process-wide VADER analyser."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def compound(sentence: str) -> float:
    return float(analyzer().polarity_scores(sentence)["compound"])


@register(
    "sentiment",
    version=1,
    provides=PROVIDES,
    evidence=("sentiment",),
    description="VADER compound per article sentence: mean, and shares of strongly negative "
    "and strongly positive sentences",
)
def sentiment(doc: AnalyzedText) -> SignalResult:
    text = doc.text
    sentences = doc.article_sentences
    if not sentences:
        return SignalResult(values=dict.fromkeys(PROVIDES), evidence={"sentiment": ()})
    scores = [compound(text[s.start : s.end]) for s in sentences]
    strong = tuple(
        Evidence.from_text(
            text, s.start, s.end, label="negative" if c < 0 else "positive", compound=c
        )
        for s, c in zip(sentences, scores)
        if abs(c) >= STRONG
    )
    n = len(scores)
    return SignalResult(
        values={
            "sentiment_mean_compound": sum(scores) / n,
            "sentiment_negative_share": sum(1 for c in scores if c <= -STRONG) / n,
            "sentiment_positive_share": sum(1 for c in scores if c >= STRONG) / n,
        },
        evidence={"sentiment": strong},
    )
