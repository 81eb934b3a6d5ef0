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


# a record that shows something, with a post-modifier whose object is a common noun
@pytest.mark.parametrize("text, source", [
    ("Dashcam video of the crash shows the car swerving.", "Dashcam video of the crash"),
    ("A photo of the rally shows empty seats.", "A photo of the rally"),
    ("The clip shows the officer kicking the man.", "The clip"),
    ("FEC records from the 2008 election cycle show he backed both men.", "FEC records from the 2008 election cycle"),
])
def test_a_record_with_a_post_modifier_shows(text, source):
    a = one(text, "show" if " show " in text else "shows")
    assert span_text(text, a.source) == source


def test_what_is_not_a_record_shows_nothing():
    assert not attributions("The fight over the budget shows the limits of power.")


def test_audio_is_a_document():
    text = "The mayor was booed, according to audio provided to The Times."
    assert one(text, "according to").source_type == "document"


# the source phrase reads across a thousands comma, an adjective in -ly before a noun and a
# present participle that says where the source speaks
@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The survey of 1,000 adults, conducted by Ipsos, found broad support.", "found",
     "The survey of 1,000 adults", "document"),
    ("In Nevada, 34,000 people said they voted.", "said", "34,000 people", "unnamed_group"),
    ("A poll of likely voters shows Clinton ahead.", "shows", "A poll of likely voters", "document"),
    # (since round 32 the terms of the interview are not part of the source)
    ("Officials speaking on condition of anonymity said the talks stalled.", "said", "Officials", "unnamed_group"),
    ("Scientists writing in the journal Nature said the species is extinct.", "said",
     "Scientists writing in the journal Nature", "unnamed_group"),
    ("Another intelligence source speaking to Fox News said the leak was real.", "said",
     "Another intelligence source speaking to Fox News", "unnamed_individual"),
])
def test_the_source_phrase_reads_across_numbers_adjectives_and_modifiers(text, cue, source, source_type):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == source_type


def test_a_participle_that_modifies_the_subject_is_no_attribution_of_its_own():
    text = "Scientists writing in the journal Nature said the species is extinct."
    assert [span_text(text, a.cue) for a in attributions(text)] == ["said"]


def test_an_adverb_in_ly_is_still_no_part_of_the_source():
    text = "Clinton likely said that it was over."
    assert span_text(text, one(text, "said").source) == "Clinton"


@pytest.mark.parametrize("text, source", [
    ("As Smith notes, the sample was small.", "Smith"),
    ("As the report notes, the sample was small.", "the report"),
])
def test_as_someone_notes_attributes_what_follows(text, source):
    a = one(text, "notes")
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == "the sample was small"


def test_warned_about_after_have_is_a_warning_not_a_reduced_passive():
    text = "Experts have long warned about the dangers of the chemical."
    a = one(text, "warned")
    assert span_text(text, a.source) == "Experts"
    assert span_text(text, a.content) == "the dangers of the chemical"
    text = "People briefed on the matter said the deal was done."
    assert [span_text(text, a.cue) for a in attributions(text)] == ["said"]


# a source and cue inserted into a statement: what was said is both sides of the insertion
@pytest.mark.parametrize("text, cue, before, after", [
    ("The plan, says Tucker, is bigger than that.", "says", "The plan", "is bigger than that"),
    ("The deal, Smith says, is close.", "says", "The deal", "is close"),
    ("Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery.", "say",
     "Pivoting to deficit reduction too soon", "limited the recovery"),
    ("The emails were on many topics, the Times said, including speeches.", "said",
     "The emails were on many topics", "including speeches"),
])
def test_an_inserted_source_splits_the_statement_in_two(text, cue, before, after):
    a = one(text, cue)
    assert span_text(text, a.content) == before
    assert [span_text(text, c) for c in a.continued] == [after]
    assert not a.direct


@pytest.mark.parametrize("text, content", [
    ("On the subject of Israel, Trump added, “Sheldon knows that.”", "Sheldon knows that."),
    ("Of course, Clinton said, “I did know him.”", "I did know him."),
])
def test_a_frame_before_an_inserted_source_is_not_what_was_said(text, content):
    a = attributions(text)[0]
    assert span_text(text, a.content) == content
    assert not a.continued


def test_the_second_half_of_an_inserted_statement_is_attributed_voice():
    from credscore.analysis import AnalyzedText
    from credscore.signals.language import voice_of

    text = "The deal, Smith says, is close to collapse."
    voice = voice_of(AnalyzedText(text))
    assert voice(text.index("deal")) == voice(text.index("collapse")) != voice(text.index("Smith"))


@pytest.mark.parametrize("text, cue, source, content", [
    ("According to a poll of 1,000 voters, Clinton leads.", "According to", "a poll of 1,000 voters", "Clinton leads"),
    ("Clinton leads, according to a poll of 1,000 voters.", "according to", "a poll of 1,000 voters", "Clinton leads"),
    ("Clinton leads, said a survey of 1,000 voters.", "said", "a survey of 1,000 voters", "Clinton leads"),
])
def test_a_thousands_comma_stays_inside_a_source_after_its_cue(text, cue, source, content):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content
    assert not a.continued
