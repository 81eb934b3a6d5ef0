"""Round 61: people whose evidence verb is set off by commas inside what they credit ("...,
the authors show, ...") report a finding, as a record would; an act ("police found the body")
is still no attribution."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content


@pytest.mark.parametrize("text, cue, source", [
    ("During the convention, Ferguson and Chen show, Trump's campaign had to be rescued.", "show", "Ferguson and Chen"),
    ("Trump's campaign, the authors show, had to be rescued by major industries.", "show", "the authors"),
    ("In 2015, researchers found, the rate of new cases fell by half.", "found", "researchers"),
])
def test_a_set_off_evidence_verb_credits_its_people(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "Police found the body near the river on Sunday.",
    "The coach, a former player, showed no fear in the final.",
    "Smith, however, showed up late to the meeting.",
])
def test_people_who_show_or_find_a_thing_are_no_source(text):
    assert not {"found", "showed"} & set(cues(text))
