"""Round 36: times inside a subject's phrase and records that set the scene mid-sentence."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text, cue, source", [
    ("A poll released that week showed Clinton ahead.", "showed", "A poll released"),
    ("Officials that day said the plan failed.", "said", "Officials"),
    ("The senator that morning said the plan failed.", "said", "The senator"),
    ("The senator this morning said the plan failed.", "said", "The senator"),
])
def test_a_demonstrative_time_between_subject_and_verb_is_passed_over(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("A poll from October showed Clinton ahead.", "showed", "A poll from October"),
    ("The report from Tuesday said the plan failed.", "said", "The report from Tuesday"),
    ("Prices rose while another poll from October 14 that year showed Clinton ahead.", "showed",
     "another poll from October 14"),
])
def test_a_time_after_a_preposition_stays_in_the_phrase(text, cue, source):
    # the time completes the noun's phrase; cutting it would leave a dangling "from"
    assert span_text(text, one(text, cue).source) == source


def test_a_trailing_time_is_still_cut_from_a_source():
    text = "RNC spokesman Sean Spicer on Thursday evening said the plan failed."
    assert span_text(text, one(text, "said").source) == "RNC spokesman Sean Spicer"


@pytest.mark.parametrize("text, record, content", [
    ("She is supposed to land a twist and, in the first video, she drops out of the air.",
     "the first video", "she drops out of the air"),
    ("Protesters gathered, and, in the video, police can be seen pushing them.",
     "the video", "police can be seen pushing them"),
    ("Turnout fell, but, in the new poll, Clinton leads by eight points.",
     "the new poll", "Clinton leads by eight points"),
])
def test_a_record_set_off_by_commas_mid_sentence_is_the_source(text, record, content):
    a = one(text, "in")
    assert a.kind == "record"
    assert span_text(text, a.source) == record
    assert a.source_type == "document"
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "Clinton leads, in the new poll, by eight points.",  # no clause follows the setting
    "He spoke, in the video, about taxes.",
    "He spoke, in the video, slowly and calmly.",
    "Prices rose, in the years that followed, by half.",  # no record
])
def test_a_record_mid_sentence_needs_a_clause_after_it(text):
    assert "in" not in cues(text)


def test_a_record_mid_sentence_yields_to_an_attribution_of_the_sentence():
    text = "He spoke, in the video, about taxes, the mayor said."
    assert [a.kind for a in attributions(text)] == ["speech"]


def test_an_opening_record_is_found_once():
    text = "Incredibly, in a video that has gone viral, tourists watched a fight."
    found = attributions(text)
    assert [(a.kind, span_text(text, a.source)) for a in found] == [("record", "a video")]


@pytest.mark.parametrize("text, record, content", [
    ("FILE - In this Wednesday, April 8, 2020 file photo youths hang out outside a restaurant.",
     "this Wednesday, April 8, 2020 file photo", "youths hang out outside a restaurant"),
    ("In this file photo, a man walks to work.", "this file photo", "a man walks to work"),
])
def test_a_wire_caption_file_photo_needs_no_comma(text, record, content):
    a = one(text, "In")
    assert span_text(text, a.source) == record
    assert span_text(text, a.content) == content


def test_a_photo_without_file_still_needs_its_comma():
    # "In the photo shoot she ...": without the caption's "file" the phrase's end is unknown
    assert cues("In the photo shoot she wore red.") == []


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("A lawsuit filed Monday alleges that he fled.", "alleges", "A lawsuit filed Monday", "document"),
    ("Court papers filed Monday show he fled.", "show", "Court papers filed Monday", "unnamed_group"),
    ("A memo leaked Tuesday says the plan failed.", "says", "A memo leaked Tuesday", "document"),
    ("A court document filed Thursday says the plan failed.", "says", "A court document filed Thursday", "document"),
])
def test_a_record_keeps_the_participle_that_says_how_it_came_out(text, cue, source, source_type):
    # the weekday belongs to "filed", so it neither ends the phrase nor names a person
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == source_type
    assert not a.named


def test_enough_said_is_an_idiom():
    assert cues("Enough said.") == []
    assert cues("Officials said enough was enough.") == ["said"]


@pytest.mark.parametrize("text, cue, source", [
    ("Video circulating on social media shows the man running.", "shows", "Video circulating on social media"),
    ("Footage surfacing on Reddit appears to show a crash.", "show", "Footage surfacing on Reddit"),
])
def test_a_record_keeps_a_present_participle_that_says_where_it_spreads(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == "document"


@pytest.mark.parametrize("text, cue, content", [
    ("The claim was denied by the ministry.", "denied", "The claim"),
    ("The attack was swiftly condemned by the UN.", "condemned", "The attack"),
    ("Trump was described by aides as furious.", "described", "Trump"),
    ("As reported by Reuters, the talks failed.", "reported", "the talks failed"),
])
def test_a_passive_content_is_its_subject_without_the_auxiliary(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


@pytest.mark.parametrize("text", [
    "Clinton has won more pledged delegates, but Sanders has momentum.",
    "It is hard to win if he has fewer pledged delegates when the primaries end.",
    "The paper is strikingly straightforward and relatively detailed.",
])
def test_a_participle_graded_by_a_degree_word_is_an_adjective(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source", [
    ("Most reported seeing smoke.", "reported", "Most"),  # a count of people, not a degree
    ("Obama too criticized the plan.", "criticized", "Obama"),
    ("Experts were highly concerned that the plan would fail.", "concerned", "Experts"),
])
def test_degree_words_leave_verbs_and_their_subjects_alone(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source


def test_too_after_a_name_is_no_part_of_it():
    a = one("Obama too criticized the plan.", "criticized")
    assert (a.source_type, a.named) == ("named_person", True)


def test_a_degree_word_before_a_verb_with_an_object_leaves_the_verb():
    text = "After the loss, party Chairman Reince Priebus fairly scolded Romney for his remarks."
    assert span_text(text, one(text, "scolded").source) == "party Chairman Reince Priebus"
