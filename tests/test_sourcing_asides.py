"""Asides around a reporting verb: brackets ("The ward was closed (Smith said)."), a manner word
before a colon ('said simply: “...”'), a pointer to what follows ('said the following:'), a time
set off after the subject ("A nurse, on Tuesday, said") and a participle after an inverted
speaker ("..., said Smith, adding that").  Written for these tests from construction grids
(speaker x aside x order), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content

SPEAKERS = ["Smith", "officials", "the report", "a spokeswoman", "Acme Corp."]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("verb", ["said", "told the BBC"])
def test_a_speaker_in_brackets_leaves_the_bracket_out(speaker, verb):
    text = f"The ward was closed ({speaker} {verb})."
    assert source_and_content(text, verb.split()[0]) == (speaker, "The ward was closed")


@pytest.mark.parametrize("text, source, content", [
    ("(The ward was closed, officials said.) Staff had moved.", "officials", "The ward was closed"),
    ("(“The ward is closed,” Smith said.) Staff had moved.", "Smith", "The ward is closed,"),
    ("Jones (who said the ward was closed) left early.", "who", "the ward was closed"),
    ("The plan (which officials said would fail) was dropped.", "officials", "would fail"),
])
def test_a_cue_inside_brackets_says_no_more_than_they_hold(text, source, content):
    assert source_and_content(text, "said") == (source, content)


@pytest.mark.parametrize("text, content", [
    # a bracket that belongs to the words stays in them
    ("Smith said he met Sen. Roe (D-Ill.).", "he met Sen. Roe (D-Ill.)"),
    ("Smith said the ward was closed (for now).", "the ward was closed (for now)"),
])
def test_a_bracket_inside_what_was_said_stays(text, content):
    assert source_and_content(text, "said")[1] == content


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("how", ["simply:", "bluntly:", "later,", "on Tuesday:", "Tuesday:", "the following:", "this:"])
def test_how_or_when_before_a_colon_is_no_part_of_what_was_said(speaker, how):
    text = f"{speaker.capitalize() if speaker[0].islower() else speaker} said {how} “The ward is closed.”"
    assert source_and_content(text, "said")[1] == "The ward is closed."


@pytest.mark.parametrize("speaker, kind", [("A spokeswoman", "a"), ("Officials", "o"), ("The report", "r")])
@pytest.mark.parametrize("aside", ["on Tuesday", "in a statement", "at the hearing", "during the debate"])
def test_a_time_or_place_set_off_after_the_subject_is_no_name(speaker, kind, aside):
    text = f"{speaker}, {aside}, said the ward was closed."
    assert source_and_content(text, "said") == (speaker, "the ward was closed")


def test_a_member_set_off_after_the_subject_still_names_the_source():
    text = "Several candidates, including Smith, said the ward was closed."
    assert source_and_content(text, "said")[0] == "Smith"


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("participle", ["adding", "noting", "saying"])
def test_a_participle_after_an_inverted_speaker_is_a_statement_of_its_own(speaker, participle):
    text = f"The ward was closed, said {speaker}, {participle} that staff had moved."
    assert source_and_content(text, "said") == (speaker, "The ward was closed")
    assert source_and_content(text, participle) == (speaker, "staff had moved")


def test_a_description_after_an_inverted_speaker_is_still_no_statement():
    text = "The ward was closed, said Smith, a nurse at the hospital."
    assert source_and_content(text, "said")[1] == "The ward was closed"
    assert cues(text) == ["said"]
