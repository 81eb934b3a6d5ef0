"""Round 56: verbs joined inside a relative clause ("where voters watched and responded", ", in
which he ... but then announced") take that clause's subject; a statement made inside a relative
clause set off by commas ends at the comma that closes it; "no mention" and "little mention" are
the clause subject's; "that same day" says when, not what."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, sources


@pytest.mark.parametrize("text, cue, source", [
    ("The ads ran in Ohio, where voters watched and responded angrily.", "responded", "voters"),
    ("Dozens more are piled on the kitchen table, where Ghazala Khan is reading and responding to them.",
     "responding", "Ghazala Khan"),
    ("The ads ran in Ohio, where the governor is reading and responding to them.", "responding", "the governor"),
    ("The meeting, at which the mayor spoke and warned that taxes would rise, ended late.", "warned", "the mayor"),
    ("Comey's news conference on Tuesday, in which he laid out a record of misconduct but then announced "
     "that he would not recommend charges, was the latest failure.", "announced", "he"),
])
def test_a_verb_joined_inside_a_relative_clause_takes_its_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_verb_joined_to_the_main_clause_keeps_the_sentence_subject():
    text = "Weaver, who came out and endorsed Clinton, left."
    assert source_and_content(text, "endorsed")[0] == "who"
    text = "The senator visited Ohio and warned that taxes would rise."
    assert source_and_content(text, "warned")[0] == "The senator"


@pytest.mark.parametrize("text, cue, source, content", [
    ("The plan, which Trump says will create jobs, failed.", "says", "Trump", "will create jobs"),
    ("The rules, which Trump says are rigged, have been changed.", "says", "Trump", "are rigged"),
    ("The bill, which critics say would cut jobs, passed.", "say", "critics", "would cut jobs"),
    ("The meeting, at which the mayor warned that taxes would rise, ended late.", "warned", "the mayor",
     "taxes would rise"),
])
def test_what_is_said_inside_a_set_off_relative_ends_where_it_closes(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_a_list_after_the_statement_is_not_the_main_verb():
    # the comma before "taxes" continues the statement: no verb follows it
    text = "The bill, which critics say would cut jobs, taxes and growth, passed."
    assert source_and_content(text, "say")[1] == "would cut jobs, taxes and growth, passed"


def test_a_relative_that_is_the_subject_still_stands_for_its_noun():
    text = "The foundation, which buys land said it would expand."
    assert source_and_content(text, "said") == ("The foundation", "it would expand")


@pytest.mark.parametrize("text, source", [
    ("Cruz closed out his New Hampshire tour with only sparing mention of his rivals.", "Cruz"),
    ("Bernie Sanders was handed three early defeats on Tuesday \u2014 but his speech carried little mention "
     "of them.", "his speech"),
])
def test_a_scant_mention_is_the_clause_subjects(text, source):
    assert source_and_content(text, "mention")[0] == source


def test_mention_as_a_verb_and_as_a_plain_noun():
    assert sources("They mention it often.") == ["They"]
    assert cues("The mention of the deal angered him.") == []


@pytest.mark.parametrize("text", [
    "The importance of fund-raising will become suspect if the groups win.",
    "Her motives seem suspect.",
    "The claims became suspect after the audit.",
])
def test_suspect_after_a_linking_verb_is_an_adjective(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("He said that day that he would run.", "he would run"),
    ("Obama announced that same week that he would veto the bill.", "he would veto the bill"),
    ("He said that day he would run.", "he would run"),
    ("He said that time is running out.", "time is running out"),
    ("He said that day was the best of his life.", "day was the best of his life"),
])
def test_that_day_after_a_cue_says_when(text, content):
    a = [x for x in ("said", "announced") if x in text][0]
    assert source_and_content(text, a)[1] == content


def test_a_dash_then_but_opens_a_clause_with_its_own_subject():
    text = "Trump pivoted to talking about trade \u2014 but Wallace brought him back, asking about taxes."
    assert one(text, "asking").source is not None
    assert source_and_content(text, "asking")[0] == "Wallace"


@pytest.mark.parametrize("text, source", [
    ("It doesn\u2019t sound like Rubio knows what he\u2019ll do next.", "Rubio"),
    ("It seems like Rubio knows what he will do.", "Rubio"),
    ("Looks like someone told Trump that he would lose.", "someone"),
])
def test_like_after_a_verb_of_seeming_opens_a_clause_with_its_own_subject(text, source):
    assert sources(text) == [source]


def test_like_inside_a_noun_phrase_stays_in_it():
    assert sources("People like me say the plan failed.") == ["People like me"]


@pytest.mark.parametrize("text", [
    "After slamming into the crowd, the driver emerged with a gun.",
    "The truck slammed against the barrier.",
])
def test_slamming_into_something_is_a_crash(text):
    assert cues(text) == []


def test_slamming_a_deal_is_a_rebuke():
    assert sources("Trump slammed the deal as a disaster.") == ["Trump"]


@pytest.mark.parametrize("text, source", [
    ("In a riff on his campaign line, they will hold banners proclaiming: \u201cYes we can!\u201d", "banners"),
    ("Voters will likely say no.", "Voters"),
    ("Why would any rational person believe Clinton would win?", "any rational person"),
])
def test_a_verb_after_a_modal_is_not_in_the_source(text, source):
    assert sources(text) == [source]


def test_a_compound_adjective_stays_in_the_subject():
    text = "Its post-primary salvo began with a Web ad, yelling \u201ceminent domain!\u201d"
    assert sources(text) == ["Its post-primary salvo"]


def test_a_pronoun_inside_a_relative_clause_is_its_own_source():
    text = ("Colin Kaepernick, who began the protest during the anthem in what he said was a gesture, left.")
    assert source_and_content(text, "said")[0] == "he"


@pytest.mark.parametrize("text, source", [
    ("The plan is being considered, according to a Washington Post report Thursday.", "a Washington Post report"),
    ("The regulator covered up the intrusions, according to a congressional report on Wednesday.",
     "a congressional report"),
    ("The plan failed, according to a poll released Sunday.", "a poll released Sunday"),
    ("He won 40 states, according to results tallied through Wednesday afternoon.",
     "results tallied through Wednesday afternoon"),
])
def test_a_day_after_the_according_to_phrase_says_when(text, source):
    assert source_and_content(text, "according to")[0] == source


def test_the_noun_inside_an_according_to_phrase_is_no_cue_of_its_own():
    text = "The plan is being considered, according to a Washington Post report Thursday."
    assert cues(text) == ["according to"]
    assert one(text, "according to").source_type == "document" and one(text, "according to").named


@pytest.mark.parametrize("text, source", [
    ("The plan failed, according to a copy of the report.", "a copy of the report"),
    ("The plan failed, according to a draft of the memo.", "a draft of the memo"),
])
def test_a_copy_or_draft_is_a_document(text, source):
    a = one(text, "according to")
    assert text[a.source.start:a.source.end] == source and a.source_type == "document"
