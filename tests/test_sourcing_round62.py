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
