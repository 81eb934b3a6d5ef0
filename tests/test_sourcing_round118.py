"""Round 118: sentences from the pigeon racing and surfing phrasebooks (unseen in round 117) and
the leads they opened: "according to her" alone, "fancier" as a person's noun, people counted
before "off" a place, an acronym inside a short object, and acts that are not statements (a
count of any plural things claimed, after "at least" or "another"; a sound with a place after
it that announces an arrival; lives claimed "along" a coast)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Dr Ruth Amos has tested the water since 2018. According to her, the counts peak after heavy rain.",
     "According to", "her", "named_person"),
    ("The cock bird, fanciers believe, flew home through a thunderstorm.", "believe", "fanciers", "unnamed_group"),
    # (an owner before its noun is still read as one)
    ("According to her coach, the swell was too big.", "According to", "her coach", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "A marshal warned three boys off the slipway after they tried to launch a dinghy.",
    "A sparrowhawk has claimed at least six birds from the loft since March.",
    "The Pacific claimed another two boards at the reef on Sunday.",
    "Riptides claimed three lives along the Devon coast last year, the worst toll since 2009.",
    "A roar from the beach announced the first wave of the set.",
    "The club answered the shortage of RNLI volunteers by training its own members.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("She claimed two boards were stolen.", "claimed"),
    ("She claimed two years later that she was innocent.", "claimed"),
    ("He told two reporters that the plan had failed.", "told"),
    ("The harbour master warned two skippers that the bar was dangerous.", "warned"),
    ("A spokesman at the club announced that the contest was off.", "announced"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
