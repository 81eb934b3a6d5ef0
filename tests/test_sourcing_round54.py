"""Round 54: "called" with a long object still calls it something quoted; an answer verb before a
circumstance and a colon that opens a quotation is a statement; a broadcast "show" is a noun,
and a quoted title after a work's noun is skipped on the way to "that"; "who" with a clitic
opens a relative clause; "Just ask X." is addressed to the reader."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, sources, span_text


@pytest.mark.parametrize("text, source", [
    ("In April, Trump called Ford's plans to open a $1.6 billion assembly plant in Mexico "
     "\"an absolute disgrace,\" and threatened to impose a tax.", "Trump"),
    ("A spokesman for Clinton called a report suggesting donors to the Clinton Foundation were "
     "granted greater access to the State Department \u201coutrageous.\u201d", "A spokesman for Clinton"),
])
def test_called_with_a_long_object_before_a_quoted_description(text, source):
    assert span_text(text, one(text, "called").source) == source


@pytest.mark.parametrize("text", [
    # a break before the quotation: what is quoted is not what the object was called
    "Trump called the owners of the plant in Mexico, who had promised jobs for the whole town, \"liars.\"",
    "Trump called a meeting of the party leaders and the donors who fund the campaign in the state (\"a summit\").",
])
def test_a_break_between_a_long_object_and_a_quotation_names_nothing(text):
    assert "called" not in cues(text)


@pytest.mark.parametrize("text", [
    "When asked why, Sembler responded in a text message: \"Trump will be the nominee.\"",
    "Asked why, Sembler replied in an email: \u201cTrump will be the nominee.\u201d",
])
def test_an_answer_after_a_circumstance_and_a_colon_says_the_quotation(text):
    verb = "responded" if "responded" in text else "replied"
    source, content = source_and_content(text, verb)
    assert source == "Sembler" and content is not None and content.startswith("Trump will be")


def test_an_answer_before_a_circumstance_with_no_words_is_still_an_act():
    assert "responded" not in cues("The city responded in a matter of hours: crews were everywhere.")


@pytest.mark.parametrize("text", [
    "Gainor will be interviewed about ABC's TV show Scandal showing an on-air abortion.",
    "Trump, the star of the reality TV show \"The Apprentice,\" said in an interview that conventions pay.",
    "She hosts a radio show on Sundays.",
])
def test_a_broadcast_show_is_a_noun(text):
    assert not any(c is not None and c.startswith("show") for c in cues(text))


@pytest.mark.parametrize("text, source", [
    ("The polls show Trump ahead.", "The polls"),
    ("The Quinnipiac shows Clinton ahead in Ohio.", "The Quinnipiac"),
    ("The CNN poll shows Trump ahead.", "The CNN poll"),
])
def test_a_record_still_shows(text, source):
    verb = "shows" if " shows " in text else "show"
    assert span_text(text, one(text, verb).source) == source


@pytest.mark.parametrize("text, content", [
    ("Stephens said on the MSNBC show ''Morning Joe'' that the party became an echo chamber.",
     "the party became an echo chamber"),
    ("Stephens said on the MSNBC show \u201cMorning Joe\u201d that the party became an echo chamber.",
     "the party became an echo chamber"),
    ("He said in his book \u201cThe Art of the Deal\u201d that deals are art.", "deals are art"),
])
def test_a_quoted_title_after_a_work_is_skipped_before_that(text, content):
    assert source_and_content(text, "said")[1] == content


@pytest.mark.parametrize("text, source", [
    ("Many leaders who\u2019d rather work for Ben Carson said they have rallied.", "Many leaders"),
    ("Voters who'll decide the race for Clinton say they are unsure.", "Voters"),
])
def test_who_with_a_clitic_opens_a_relative_clause(text, source):
    assert sources(text) == [source]


@pytest.mark.parametrize("text", [
    "Not everyone is on the Trump train. Just ask former NFL star Herschel Walker.",
    "Simply ask the voters in Iowa.",
])
def test_just_ask_is_addressed_to_the_reader(text):
    assert "ask" not in cues(text)


def test_a_speaker_who_just_asked_still_asks():
    assert sources("He just asked the voters to wait.") == ["He"]


@pytest.mark.parametrize("text, source", [
    ("The state officials whose laws have been invalidated say the real change has come.", "The state officials"),
    ("The candidates who have been endorsed say they are grateful.", "The candidates"),
])
def test_a_relative_clause_ending_in_a_participle_leaves_its_noun_the_subject(text, source):
    assert sources(text) == [source]


@pytest.mark.parametrize("text, content", [
    ("Still, he called Clinton's public squabble with the intelligence community unusual.",
     "Clinton's public squabble with the intelligence community unusual"),
    ("He called the plan strange.", "the plan strange"),
])
def test_called_a_thing_a_listed_judgement(text, content):
    assert source_and_content(text, "called")[1] == content


def test_called_a_place_at_a_time_is_no_judgement():
    assert "called" not in cues("He called the office of the mayor early.")


@pytest.mark.parametrize("text, content", [
    ("Ted Cruz, when asked specifically what about Trump's vision is wrong, responded that he is right.",
     "what about Trump's vision is wrong"),
    ("When asked repeatedly whether he would run, Cruz said no.", "whether he would run"),
])
def test_an_adverb_between_asked_and_the_question(text, content):
    a = one(text, "asked")
    assert a.source_type == "agentless" and span_text(text, a.content) == content


@pytest.mark.parametrize("text, cue", [
    ("But that headline, which mirrors a widely denounced tweet by Ann Coulter, is misleading.", "denounced"),
    ("She added that Sanders' widely criticized April 1 interview raised questions.", "criticized"),
])
def test_a_graded_participle_inside_a_noun_phrase_is_a_modifier(text, cue):
    assert cue not in cues(text)


def test_a_graded_verb_after_a_possessive_subject_still_speaks():
    text = "Sanders' aides widely criticized the plan."
    assert source_and_content(text, "criticized") == ("Sanders' aides", "the plan")


def test_a_broken_long_object_still_reads_the_short_description():
    # the quotation fourteen words on follows a comma; the object's description comes first
    text = "He called the plan a disaster for the workers of the state and the nation, \u201ca shame.\u201d"
    assert span_text(text, one(text, "called").source) == "He"
