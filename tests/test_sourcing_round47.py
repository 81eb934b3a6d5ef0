"""Round 47: "discuss" as a verb of speech (like "talk about"), and times that stood in for a
speaker: a weekday before a participle ("spent Thursday discussing") and a weekday that opens the
sentence ("Tuesday on WTMJ's show, while discussing ...")."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("Bolton also discussed the lengths to which most must go.", "discussed", "Bolton",
     "the lengths to which most must go"),
    ("He did not discuss any ways that workers could stay.", "discuss", "He",
     "any ways that workers could stay"),
    ("The candidate discusses fun topics every week.", "discusses", "The candidate", "fun topics every week"),
    ("Clinton is discussing the race on the radio.", "discussing", "Clinton", "the race on the radio"),
])
def test_discuss_is_a_verb_of_speech(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The topic was actively discussed in 2010.",
    "They met last week to discuss how to escalate their efforts.",
    "Obama and Xi also have other topics to discuss.",
])
def test_discuss_without_a_speaker_or_as_a_purpose_is_not_an_attribution(text):
    assert cues(text) == []


def test_the_anonymity_clause_keeps_its_discuss_inside_the_source_description():
    text = "An official, who spoke on the condition of anonymity to discuss internal directives, said the plan failed."
    assert [(span_text(text, a.cue), span_text(text, a.source)) for a in attributions(text)] == [
        ("said", "An official")
    ]


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Obama spent Thursday saying that the storms were bad.", "saying", "Obama", "named_person"),
    ("President Obama spent Thursday discussing challenges in Asia.", "discussing", "President Obama",
     "named_person"),
    ("The senator spent last Tuesday telling donors that the race was close.", "telling", "The senator",
     "unnamed_individual"),
])
def test_a_weekday_before_a_participle_is_when_the_subject_speaks(text, cue, source, source_type):
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type) == (source, source_type)


@pytest.mark.parametrize("text", [
    "Tuesday on WTMJ's “Midday with Charlie Sykes,” while talking about a tweet from Trump, Walker compared him to a bully.",
    "Thursday, while discussing the storms, Walker compared the damage to a war zone.",
])
def test_an_opening_weekday_is_never_the_speaker(text):
    assert all(span_text(text, a.source) not in ("Tuesday", "Thursday") for a in attributions(text))


def test_an_opening_weekday_then_a_participle_takes_the_main_subject():
    text = "Thursday night, speaking to reporters, Obama said it was over, citing new polls."
    assert [(span_text(text, a.cue), span_text(text, a.source)) for a in attributions(text)][-1] == (
        "citing", "Obama"
    )


@pytest.mark.parametrize("text, cue, source, content", [
    ("Trump also offered his early assessment of the game.", "offered", "Trump", "his early assessment of the game"),
    ("Rubio offered the crowd an emotional evaluation of politics.", "offered", "Rubio",
     "the crowd an emotional evaluation of politics"),
    ("Mr. Pence used his speech to offer ''encouragement'' to the crowd.", "offer", "Mr. Pence",
     "''encouragement'' to the crowd"),
    ("Mr. Trump even offered some kind words about Mr. Bush.", "offered", "Mr. Trump", "some kind words about Mr. Bush"),
    ("People involved in the project offered contradictory descriptions of how it came about.", "offered",
     "People involved in the project", "contradictory descriptions of how it came about"),
])
def test_offering_words_is_speaking(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Hillary Clinton has offered to answer any questions.",
    "He offered a job to his nephew.",
    "The company offers new mothers eight weeks of paid leave.",
    "The initial public offering raised money.",
    "Clubs are cutting fees and offering family-friendly amenities.",
    "The plan would rebuild the middle class by offering free college tuition.",
    "Voters can choose programs offered by private schools.",
    "He offered a seat on the board to his rival's advisers.",
])
def test_offering_things_or_help_is_not_speaking(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Trump took aim at Clinton's record.", "took aim at", "Trump", "Clinton's record"),
    ("Mr. Sanders took issue with recent criticism.", "took issue with", "Mr. Sanders", "recent criticism"),
    ("Trump shot back that she was lying.", "shot back", "Trump", "she was lying"),
    ("Sanders railed against Wall Street.", "railed against", "Sanders", "Wall Street"),
    ("Rubio made the case that he could win.", "made the case", "Rubio", "he could win"),
    ("Clinton fired back that the voters had spoken.", "fired back", "Clinton", "the voters had spoken"),
])
def test_idioms_of_retort_and_attack_are_speech(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text, source", [
    ("State fire officials said the blaze was contained.", "State fire officials"),
    ("Rail officials said trains would run.", "Rail officials"),
    ("The fire killed two, officials said.", "officials"),
    ("His take on the race, aides said, was wrong.", "aides"),
])
def test_the_new_idiom_verbs_stay_nouns_inside_a_source(text, source):
    assert [span_text(text, a.source) for a in attributions(text)] == [source]


@pytest.mark.parametrize("text", [
    "The officers fired at the car.",
    "He took the train to Boston.",
    "They made a case for the defense in court filings.",
    "The rail line runs against the river.",
])
def test_the_idiom_verbs_alone_are_acts(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("He talked to reporters about the plan.", "talked to reporters about", "He", "the plan"),
    ("Obama spoke at the White House on Tuesday about rights.", "spoke at the White House on Tuesday about",
     "Obama", "rights"),
    ("Obama spoke Tuesday about rights.", "spoke Tuesday about", "Obama", "rights"),
    ("She has spoken at length about her views.", "spoken at length about", "She", "her views"),
])
def test_speaking_about_past_circumstances_between_the_verb_and_about(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Mrs. Clinton spoke for about 30 minutes, took questions and posed for photos.",
    "She talked to voters who care about jobs.",
    "He spoke to her. About the plan, nothing was settled.",
    "He spoke in Ohio and then walked about the town.",
])
def test_about_after_a_clause_or_before_a_number_is_not_the_topic_of_speech(text):
    assert cues(text) == []


def test_an_answer_to_a_possessive_in_s_is_an_answer_to_words():
    text = "Clinton responded to Vargas’ question."
    assert span_text(text, one(text, "responded").source) == "Clinton"


@pytest.mark.parametrize("text, cue, source", [
    ("Clinton paused, then said it was over.", "said", "Clinton"),
    ("Clinton paused, then revealed why the activism was moving.", "revealed", "Clinton"),
    ("He waited a moment, then told reporters it was over.", "told", "He"),
    ("In Ohio, Trump paused, then added that it was over.", "added", "Trump"),
    ("“It is over,” he said, then added that he was tired.", "added", "he"),
])
def test_a_verb_after_comma_then_is_the_next_step_of_the_clause_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, content", [
    ("Experts warn the variant could spread quickly.", "warn", "the variant could spread quickly"),
    ("Officials warned the economy is slowing.", "warned", "the economy is slowing"),
    ("The Saudis have warned they could sell off assets.", "warned", "they could sell off assets"),
    ("Beck reminded Thor he’d have to earn 15 percent.", "reminded", "he’d have to earn 15 percent"),
    ("He told reporters the deal was done.", "told", "the deal was done"),
    ("He told them it was over.", "told", "it was over"),
])
def test_a_phrase_before_an_auxiliary_is_the_statements_subject_not_its_hearer(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


@pytest.mark.parametrize("text", [
    "Sanders’ stated goal is to win.",
    "The Sanders' claimed victory was hollow.",
])
def test_a_participle_after_a_names_possessive_mark_is_an_adjective(text):
    assert cues(text) == []
