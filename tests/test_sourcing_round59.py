"""Round 59: an evidence verb ("show", "find", "prove") reached through a joined clause or a
relative pronoun attributes only for a record; "see" with a possessive and no "as" tells what
befell someone, not what they think."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content


@pytest.mark.parametrize("text", [
    "While he is in good health and has shown remarkable stamina on the trail, his aides worry.",
    "Back at the bungalow, he led me down the corridor and showed me where he slept.",
    "Mr. Cruz is the lone candidate who has shown an ability to top Mr. Trump.",
    "The wild card is Trump, who had shown cross-cutting appeal in polls.",
    "She faces an opponent who has proved to be more resilient than expected.",
])
def test_a_person_who_shows_a_quality_is_no_source(text):
    assert not {"shown", "showed", "proved"} & set(cues(text))


@pytest.mark.parametrize("text, cue, source, content", [
    ("She released a poll that showed Clinton ahead.", "showed", "that", "Clinton ahead"),
    ("The survey was released Monday and showed Clinton ahead.", "showed", "The survey", "Clinton ahead"),
    ("The campaign released its numbers and showed that Clinton led.", "showed", "The campaign", "Clinton led"),
])
def test_a_record_or_a_that_clause_still_shows(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Robert F. Greenhill, founder of his own firm, saw his worth balloon to at least $550 million.",
    "Most recently, Rubio saw his support collapse quickly after mocking Trump.",
    "More than 2 million workers in California would see their incomes increase in the first year.",
])
def test_seeing_what_befalls_one_is_no_view(text):
    assert "saw" not in cues(text) and "see" not in cues(text)


@pytest.mark.parametrize("text, cue, source, content", [
    ("They see their own party as insufficiently committed to it.", "see", "They",
     "their own party as insufficiently committed to it"),
    ("Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy.", "sees", "Mr. Obama",
     "Mr. Netanyahu as captured by a hard-line philosophy"),
    ("Black voters saw that Obama could actually win.", "saw", "Black voters", "Obama could actually win"),
])
def test_a_view_is_still_a_view(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)
