"""Round 62: a court that hears evidence credits what was said in it ("..., the court heard.",
"The inquest heard that ..."); anyone else who hears something is no source, and "was heard
asking" still credits the one heard."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("Millard had a strained relationship with his father, the court heard.", "heard", "the court",
     "Millard had a strained relationship with his father"),
    ("The inquest heard that he had been drinking before the crash.", "heard", "The inquest",
     "he had been drinking before the crash"),
    ("Millard had a strained relationship with his own father, the court would later hear.", "hear", "the court",
     "Millard had a strained relationship with his own father"),
    ("The plan was doomed from the start, Smith would later recall.", "recall", "Smith",
     "The plan was doomed from the start"),
])
def test_a_court_hears_what_is_said_in_it(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_a_jury_is_an_unnamed_body():
    text = "The jury heard that the defendant had fled the country."
    attribution = one(text, "heard")
    assert (span_text(text, attribution.source), attribution.source_type, attribution.named) == (
        "The jury", "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "I heard him describe the deal as over.",
    "We hear that the deal is off.",
    "She heard the news on Tuesday.",
    "Voters have heard enough from both campaigns.",
])
def test_anyone_else_who_hears_is_no_source(text):
    assert not {"hear", "heard"} & set(cues(text))


@pytest.mark.parametrize("text", [
    "Trump was heard asking aides whether the wall was built.",
    "Trump could be heard asking aides whether the wall was built.",
])
def test_one_heard_asking_still_asks(text):
    assert source_and_content(text, "asking") == ("Trump", "aides whether the wall was built")


@pytest.mark.parametrize("text, cue, source, content", [
    ("Security footage captured the suspect entering the store at 9 p.m.", "captured", "Security footage",
     "the suspect entering the store at 9 p.m"),
    ("A video posted on Twitter depicts officers dragging a man from his car.", "depicts", "A video posted on Twitter",
     "officers dragging a man from his car"),
    ("Photos from the scene depict a building reduced to rubble.", "depict", "Photos from the scene",
     "a building reduced to rubble"),
])
def test_a_picture_that_captures_or_depicts_is_a_source(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Troops captured the town on Sunday.",
    "The Army captured the bridge after a week of fighting.",
    "The moment was captured on video.",
    "The suspect was captured by police.",
    "He now depicted the village as a tinderbox.",
    "The film depicts the war as a tragedy.",
])
def test_people_who_capture_or_depict_are_no_source(text):
    assert not {"captured", "depicted", "depicts", "capture"} & set(cues(text))
