"""Round 30: verbs of warning and reminding, prepositions that carry a source's circumstance
("obtained through", "officials across the region"), and the description of a speaker named
after an unquoted statement."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source, source type
_NEW_CUES = [
    ("Experts caution that the numbers may be incomplete.", "caution", "Experts", "unnamed_group"),
    ("The agency cautions that results vary.", "cautions", "The agency", "unnamed_group"),
    ("O'Malley reminded viewers that he does not support it.", "reminded", "O'Malley", "named_person"),
    ("In one ad, a narrator reminds viewers that Sanders marched in 1963.", "reminds", "a narrator",
     "unnamed_individual"),
]


@pytest.mark.parametrize("text, cue, source, source_type", _NEW_CUES)
def test_warning_and_reminding_verbs_attribute(text, cue, source, source_type):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == source_type


@pytest.mark.parametrize("text", [
    "He urged caution on the issue.",
    "Proceed with caution, the sign said.",
    "The program is a reminder of the war.",
])
def test_caution_and_reminder_as_nouns_are_no_cues(text):
    assert not any(span_text(text, a.cue).lower().startswith(("caution", "remind")) for a in attributions(text)), cues(text)


# a preposition other than "of", "in", "by" ... inside the source phrase: the head is before it
_PREPOSITIONS = [
    ("Officials across the region said the storm was over.", "said", "Officials across the region",
     "unnamed_group", False),
    ("One operative inside Trump Tower said the comments hurt.", "said", "One operative inside Trump Tower",
     "unnamed_individual", False),
    ("Records obtained through the lawsuit reveal the scope of the program.", "reveal",
     "Records obtained through the lawsuit", "unnamed_group", False),
    ("Documents obtained under the Freedom of Information Act show that officials knew.", "show",
     "Documents obtained under the Freedom of Information Act", "unnamed_group", False),
]


@pytest.mark.parametrize("text, cue, source, source_type, named", _PREPOSITIONS)
def test_a_source_phrase_keeps_its_head_before_a_preposition(text, cue, source, source_type, named):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert (a.source_type, a.named) == (source_type, named)


# an unquoted statement, then the inverted speaker and a description of them
_DESCRIBED = [
    ("It was too late, said Kessel, whose organization is pushing for bills.", "It was too late"),
    ("The economy is weak, said Smith, the chief economist at the bank.", "The economy is weak"),
    ("The economy is weak, said Smith, a former adviser.", "The economy is weak"),
    ("The economy is weak, said Smith, chief economist at the bank.", "The economy is weak"),
    # the statement runs on after the speaker
    ("The plan, says Tucker, is bigger than that.", "The plan, says Tucker, is bigger than that"),
]


@pytest.mark.parametrize("text, content", _DESCRIBED)
def test_the_description_after_an_inverted_speaker_is_not_what_they_said(text, content):
    a = one(text, "said" if " said " in text else "says")
    assert span_text(text, a.content) == content


# a question put to a source, then its answer: the question ends where the answer's speaker begins
_QUESTIONS = [
    ("Asked if he was ever bullied, the Republican candidate said no.", "if he was ever bullied"),
    ("Asked whether Clinton “has the integrity to serve,” 75 percent of Democrats said yes.",
     "whether Clinton “has the integrity to serve,”"),
    ("Asked what a firm commitment looks like, Devine replied: “We are a long way off.”",
     "what a firm commitment looks like"),
    ("When asked about the allegations, she replied that she had done nothing wrong.", "about the allegations"),
]


@pytest.mark.parametrize("text, content", _QUESTIONS)
def test_a_question_ends_before_the_answer(text, content):
    a = one(text, "Asked" if text.startswith("Asked") else "asked")
    assert a.source is None
    assert span_text(text, a.content) == content


def test_an_agentless_content_ends_before_the_outlet_that_reports_it():
    text = "He allegedly sent lurid photos to another woman, the New York Post reported."
    assert span_text(text, one(text, "allegedly").content) == "sent lurid photos to another woman"
    assert span_text(text, one(text, "reported").content) == "He allegedly sent lurid photos to another woman"


def test_a_quotation_closed_after_its_comma_ends_the_content_before_another_speaker():
    text = "He said she would “support the nominee,” while Maine Sen. Susan Collins said she would not."
    first, second = attributions(text)
    assert span_text(text, first.content) == "she would “support the nominee,”"
    assert span_text(text, second.source) == "Maine Sen. Susan Collins"


@pytest.mark.parametrize("text", [
    "The mother of one victim, who did not want to be named, said the school ignored warnings.",
    "A resident, who didn't want to be identified, said the water was rising.",
])
def test_not_wanting_to_be_named_is_the_terms_of_an_interview(text):
    (a,) = attributions(text)
    assert span_text(text, a.cue) == "said"
    assert a.source_type == "unnamed_individual"


# a verb that is also a noun ("reports", "notes") before a colon: a verb after a named or
# source subject, a noun elsewhere
@pytest.mark.parametrize("text, cue, source", [
    ("Fox News reports: at least four emails were classified.", "reports", "Fox News"),
    ("The report notes: “The plan failed.”", "notes", "The report"),
])
def test_a_speech_verb_before_a_colon_introduces_what_follows(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "He led three states: Iowa and Ohio.",
    "They benefit from the programs that Sanders supports: jobs and grants.",
    "Claims: none were filed.",
])
def test_a_noun_or_a_stance_before_a_colon_is_no_cue(text):
    assert not attributions(text), cues(text)
