"""score() and score_many(): bad input, batches, invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import Article, ErrorRecord, pipeline, score, score_many
from tests.strategies import news_like_text, tricky_text


@given(st.text(alphabet=st.sampled_from(" \t\n\r\x0b\x0c\x1c\x85\xa0\u2000\u2028\u3000\u200bab.")))
def test_the_empty_flag_means_nothing_but_white_space(text: str) -> None:
    """Text is flagged empty exactly when stripping its white space leaves nothing."""
    _, flags = pipeline.prepare_text(text)
    assert ("empty" in flags) == (not text.strip())


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_gives_flagged_profile(text: str) -> None:
    """Empty or whitespace-only text is a profile flagged empty with a null score."""
    profile = score(text)
    assert "empty" in profile.flags
    assert profile.score is None
    assert all(v is None or v == 0 for v in profile.signals.values())  # counts may be 0


def test_bytes_are_refused_with_a_clear_error() -> None:
    """score() takes text; bytes raise TypeError saying to decode first."""
    with pytest.raises(TypeError, match="decode"):
        score(b"abc")  # type: ignore[arg-type]


def test_oversized_document_is_truncated_at_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the size limit the text is cut at a line break and flagged truncated."""
    monkeypatch.setattr(pipeline, "MAX_CHARS", 1000)
    text = ("A line of news text that says something.\n" * 100)
    profile = score(text)
    assert "truncated" in profile.flags
    assert len(profile.text) <= 1000 and text.startswith(profile.text)
    assert profile.text.endswith("something.")


def test_batch_goes_on_past_a_failure() -> None:
    """A document that fails becomes an error record and the batch continues in order."""
    items = ["First text here.", {"id": "bad", "text": 42}, Article(text="Third.", id="c")]
    results = list(score_many(items))
    assert [type(r).__name__ for r in results] == ["Profile", "ErrorRecord", "Profile"]
    assert results[1].to_dict() == {"id": "bad", "error": "ValueError: record has no 'text' string"}
    assert results[2].id == "c"


def test_unknown_signal_name_fails_fast() -> None:
    """score() with an unknown signal name raises an error listing the known ones."""
    with pytest.raises(KeyError, match="known signals"):
        score("text", signals=["nope"])


def test_weights_by_name_and_unknown_weights() -> None:
    """Weights are chosen by version; an unknown version lists the shipped ones."""
    assert score("Some text.", weights="handset-0").provenance["weights"] == "handset-0"
    with pytest.raises(KeyError, match="handset-0"):
        score("Some text.", weights="nope-9")


@settings(max_examples=80, deadline=None)
@given(tricky_text)
def test_evidence_offsets_point_at_their_text(text: str) -> None:
    """Every evidence item lies inside the profile text and carries exactly that slice."""
    profile = score(text)
    for items in profile.evidence.values():
        for ev in items:
            assert 0 <= ev.start <= ev.end <= len(profile.text)
            assert profile.text[ev.start : ev.end] == ev.text
            for key in ("cue", "source", "content", "head"):
                sub = ev.details.get(key)
                if isinstance(sub, dict):
                    assert profile.text[sub["start"] : sub["end"]] == sub["text"]


@settings(max_examples=40, deadline=None)
@given(news_like_text)
def test_scoring_is_deterministic(text: str) -> None:
    """The same text gives the same profile twice."""
    assert score(text).to_dict() == score(text).to_dict()


@settings(max_examples=25, deadline=None)
@given(news_like_text, news_like_text, news_like_text)
def test_batch_equals_one_by_one(a: str, b: str, c: str) -> None:
    """score_many over a batch gives what score gives for each document alone."""
    batch = [p.to_dict() for p in score_many([a, b, c])]
    assert batch == [score(t).to_dict() for t in (a, b, c)]


def test_seeds_score_without_flags_except_expected(seeds: dict[str, str]) -> None:
    """The seeds are full articles: none is empty, truncated or short."""
    for key, text in seeds.items():
        profile = score(text, id=key)
        assert not {"empty", "truncated", "short_text"} & set(profile.flags), key


@pytest.mark.parametrize("enabled_before", [True, False])
def test_scoring_restores_the_collector_state(enabled_before: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The garbage collector is paused while a document is scored, and left as the caller had it."""
    import gc

    from credscore import pipeline

    seen: list[bool] = []
    real = pipeline._score_prepared
    monkeypatch.setattr(pipeline, "_score_prepared", lambda *a: seen.append(gc.isenabled()) or real(*a))
    (gc.enable if enabled_before else gc.disable)()
    try:
        profile = score("The minister said the bridge would open in May. " * 5)
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable()
    assert seen == [False] and profile.score is not None
