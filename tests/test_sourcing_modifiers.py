"""Cue words used as modifiers, requests or advice are not attributions; real cues nearby still are."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues as _cues
from ._sourcing_helpers import sources as _sources


@pytest.mark.parametrize(
    "text",
    [
        "Clinton keeps a large pledged delegate lead over her rival.",
        "None of her five proposed bills reached the floor.",
        "Britain's emotionally charged uprising against the union surprised markets.",
        "Ohio, the first state to hold its primary, is set to play a big role.",
        "However, most state parties release their delegates early.",
        "The candidates he named are South Carolina state Reps. Jo Ames and Lee Hart.",
        "The consultant advised a governor on the health overhaul last year.",
        "Readers may want to check the figures again.",
        "But please know that the office is closed.",
        "The court lacks jurisdiction. (Additional reporting by Marius Zaharia in Singapore; Editing by Eric Beech.)",
        "(Reporting by David Bailey; Editing by Cynthia Osterman.)",
    ],
)
def test_modifiers_requests_and_advice_are_not_attributions(text: str) -> None:
    """A cue word that describes a noun, asks, advises as a trade, or credits a reporter yields no attribution."""
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The two said they would meet again.", "said", "The two"),
        ("Most said they would vote for him.", "said", "Most"),
        ("Several reported seeing smoke over the hills.", "reported", "Several"),
        ("The company announced plans to close the plant.", "announced", "The company"),
        ("The family reported threats to the police.", "reported", "The family"),
        ("The ministry advised residents to stay indoors.", "advised", "The ministry"),
        ("Small, who attended the rally, said the crowd was large.", "said", "Small"),
    ],
)
def test_nearby_real_cues_still_count(text: str, cue: str, source: str) -> None:
    """Counts, quantifiers, ordinary subjects and advice with content stay attributions."""
    assert cue in _cues(text)
    assert source in _sources(text)
