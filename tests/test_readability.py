"""Readability through textstat, offline, with Pyphen syllables."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import score
from credscore.signals import readability


def test_syllable_backend_is_recorded(seeds: dict[str, str]) -> None:
    """Every profile says which syllable backend counted its syllables."""
    profile = score(seeds["000"])
    assert profile.provenance["syllable_backend"] == "pyphen"
    assert profile.provenance["signal_meta"]["readability"]["language"] == "en"


def test_textstat_cmudict_is_never_loaded(seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Scoring never reaches textstat's CMU dictionary, which downloads on first use."""
    from textstat.backend.utils import _get_cmudict

    def forbidden(lang: str):
        raise AssertionError("textstat's cmudict path was used")

    monkeypatch.setattr(_get_cmudict, "get_cmudict", forbidden)
    profile = score(seeds["001"])
    assert profile.signals["flesch_reading_ease"] is not None


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAEIOU -'.,\n")), max_size=120))
def test_syllables_equal_textstat_pyphen_fallback(text: str) -> None:
    """Our syllable count equals textstat's own count when its CMU dictionary is unavailable."""
    from textstat.backend.counts import _count_syllables

    original = _count_syllables.get_cmudict
    _count_syllables.get_cmudict = lambda lang: None
    try:
        expected = _count_syllables.count_syllables.__wrapped__(text, "en")
    finally:
        _count_syllables.get_cmudict = original
    assert readability.count_syllables(text) == expected


def test_formulas_match_hand_computation() -> None:
    """Flesch reading ease follows 206.835 - 1.015 wps - 84.6 spw on a known text."""
    text = "The cat sat. The dog ran away."
    values = readability.readability_values(text, 2)
    words = 7
    syllables = sum(readability.word_syllables(w) for w in ["the", "cat", "sat", "the", "dog", "ran", "away"])
    assert values["words_per_sentence"] == pytest.approx(words / 2)
    assert values["flesch_reading_ease"] == pytest.approx(
        206.835 - 1.015 * (words / 2) - 84.6 * (syllables / words)
    )


def test_empty_text_has_no_readability() -> None:
    """With no words there is no readability, not a zero."""
    assert set(readability.readability_values("", 0).values()) == {None}


def test_seed_readability_golden(seeds: dict[str, str]) -> None:
    """Seed 000 reads at a Flesch-Kincaid grade near 12 (wire-service news)."""
    fk = score(seeds["000"]).signals["flesch_kincaid_grade"]
    assert 10.5 < fk < 13.5
