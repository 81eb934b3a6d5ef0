"""Readability through textstat, offline, with Pyphen syllables."""

from __future__ import annotations

import subprocess
import sys

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
@given(
    st.one_of(
        st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAEIOU -'.,\n")), max_size=120),
        st.text(max_size=120),
    )
)
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


# readability_values(seed text, 40 sentences), recorded from the straightforward textstat
# implementation before the counts were cached: any drift in a single bit fails here.  The
# whole seed text is used (not its article sentences) so segmentation changes cannot move it.
SEED_GOLDEN = {
    "000": (
        63.93228773584909, 7.6337264150943405, 10.9516, 12.59660377358491,
        10.069132075471696, 13.25, 1.530188679245283,
    ),
    "001": (
        57.98712103594082, 11.046607822410149, 12.941063947141263, 13.22367864693446,
        15.045327695560253, 23.65, 1.4756871035940804,
    ),
    "002": (
        69.35367415730339, 8.007898876404496, 10.899274998029323, 11.602247191011234,
        11.079536516853935, 17.8, 1.4115168539325842,
    ),
    "003": (
        64.25133445945949, 7.7444932432432445, 10.899274998029323, 13.219459459459461,
        10.805716216216219, 13.875, 1.518918918918919,
    ),
    "004": (
        56.11889944703145, 10.766856519208385, 13.227904075235838, 13.165308498253783,
        13.987022700814904, 21.475, 1.5238649592549476,
    ),
}


@pytest.mark.parametrize("seed_id", sorted(SEED_GOLDEN))
def test_seed_values_are_bit_identical_to_recorded(seeds: dict[str, str], seed_id: str) -> None:
    """Every readability value of each seed equals, exactly, the value textstat's way gave."""
    values = readability.readability_values(seeds[seed_id], 40)
    assert tuple(values[name] for name in readability.PROVIDES) == SEED_GOLDEN[seed_id]


def test_seed_values_do_not_depend_on_cache_state(
    seeds: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Scoring a seed with empty caches and again with warm ones gives the same values."""
    monkeypatch.setattr(readability, "_word_syllables", {})
    readability._token_counter.cache_clear()
    try:
        cold = score(seeds["003"]).signals
        warm = score(seeds["003"]).signals
    finally:
        readability._token_counter.cache_clear()
    assert {k: cold[k] for k in readability.PROVIDES} == {k: warm[k] for k in readability.PROVIDES}


def test_importing_credscore_does_not_import_textstat() -> None:
    """textstat (and NLTK behind it) load on first readability use, not on ``import credscore``."""
    code = (
        "import sys, credscore; "
        "print(sorted(m for m in ('textstat', 'nltk', 'pyphen') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
