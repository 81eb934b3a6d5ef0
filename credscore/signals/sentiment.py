"""Sentiment through VADER, sentence by sentence.

VADER's compound score normalises a sum that grows with the text, so over a whole article it
saturates towards -1 or +1 whatever the tone; scored per sentence and averaged it stays
meaningful.  VADER's arithmetic runs through :mod:`credscore.signals._vader`, which returns
exactly vaderSentiment's ``polarity_scores`` (a hypothesis test compares them on arbitrary text)
several times faster; its tables come from the installed library, read once per process on
first use.  The profile records which implementation ran.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Final

from credscore.analysis import AnalyzedText
from credscore.registry import SignalResult, register
from credscore.signals import _vader
from credscore.spans import make_evidence

STRONG: Final = 0.5  # |compound| at or above this marks a strongly negative or positive sentence

PROVIDES: Final = ("sentiment_mean_compound", "sentiment_negative_share", "sentiment_positive_share")


@lru_cache(maxsize=1)
def provenance() -> dict[str, Any]:
    """Which code computed VADER's scores, and the vaderSentiment version they equal."""
    return {
        "vader_implementation": _vader.implementation(),
        "vaderSentiment": _vader.installed_version(),
    }


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
    meta = dict(provenance())
    if not sentences:
        return SignalResult(values=dict.fromkeys(PROVIDES), evidence={"sentiment": ()}, meta=meta)
    scores = [  # each sentence's fields come split already: one split serves readability too
        _vader.compound(text[s.start : s.end], fields)
        for s, fields in zip(sentences, doc.article_sentence_fields)
    ]
    strong = tuple(
        make_evidence(s.start, s.end, text[s.start : s.end], "negative" if c < 0 else "positive", {"compound": c})
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
        meta=meta,
    )
