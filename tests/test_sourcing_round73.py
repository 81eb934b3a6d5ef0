"""Round 73: sentences from four new phrasebooks (crime and policing; briefings, interviews and
transcripts; financial markets; environment, climate and farming) and leads left by round 72:
an -s verb after a source and its post-modifier, "several" as a subject, and acts that look
like cues (a disaster that claims, a declaration that closes an innings or opens a building, a
reporting line, a college admitting students)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("The reporter in the capital reports that the army has sealed off the airport.", "reports", "The reporter in the capital"),
    ("The agency's annual report on measles notes that cases have tripled.", "notes", "The agency's annual report on measles"),
    ("A filing with the regulator claims that the chief executive sold shares early.", "claims", "A filing with the regulator"),
])
def test_an_s_verb_after_a_source_and_its_post_modifier_is_a_verb(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "Police reports that were filed in May have gone missing.",
    "The insurance claims that were rejected last year are under review.",
])
def test_a_plural_noun_before_a_relative_that_stays_a_noun(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("The shop owners are angry, several told the paper.", "told"),
    ("Rents have doubled, several said.", "said"),
])
def test_several_is_a_group_that_speaks(text, cue):
    assert typed_source(text, cue) == ("several", "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "The drought claimed thousands of sheep across the plateau.",
    "The floods have claimed the bridge and two farmhouses.",
    "Hurricane Olga claimed the pier and most of the boardwalk.",
    "The closure of the mill claimed another 300 jobs.",
    "The spinner claimed six wickets on the final morning.",
])
def test_a_disaster_or_a_bowler_claiming_is_no_statement(text):
    assert attributions(text) == ()


def test_a_claim_by_a_person_about_losses_is_still_a_statement():
    assert cues("The farmers claimed the drought had killed their cattle.") == ["claimed"]


@pytest.mark.parametrize("text", [
    "Australia declared on 503 for eight before lunch.",
    "The minister declared the new hospital wing open on Monday.",
    "The college admitted its first female students in 1921.",
    "Their finance director, who reports to the chief executive, joined in March.",
])
def test_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("The AP declared on Wednesday that the senator had won.", "declared"),
    ("The clerk, who reported to police that the safe was open, was praised.", "reported"),
    ("The mayor declared that the bridge was open.", "declared"),
])
def test_declarations_and_reports_with_a_clause_stay_attributions(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text", [
    "The Senate confirmed the new envoy by 61 votes to 37.",
    "The board declared a dividend of 12 cents a share.",
    "The carrier declared bankruptcy in 2009.",
    "Dealers called it a day before noon.",
    "The shares claimed back most of their losses by the close.",
    "The council claimed £2 million in payments from the fund.",
    "Campaigners have claimed several victories in the courts.",
    "The sea has claimed 20 metres of the cliff since March.",
    "The captain declared the innings closed at lunch.",
    "The winger charged down the clearance and scored.",
    "The bank wrote down the value of the loans by a quarter.",
    "The rebels posted lookouts on the ridge.",
    "The club recalled its goalkeeper from a loan spell in Scotland.",
    "The new constable reported to the station on Monday.",
])
def test_more_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("The Senate said in a report that the agency had failed.", "said"),
    ("The board declared that the merger was off.", "declared"),
    ("The traders called the move a mistake.", "called"),
])
def test_the_same_verbs_with_words_stay_attributions(text, cue):
    assert cue in cues(text)


def test_a_force_is_a_body_of_people():
    assert typed_source("The force denied that its officers had been warned.", "denied") == ("The force", "unnamed_group", False)


def test_an_inquiry_hears_evidence():
    assert cues("The inquiry heard that the alarms had been switched off.") == ["heard"]


@pytest.mark.parametrize("text, cue, source", [
    ("Asked by a reporter whether she would resign, Mayor Ida Quill smiled and said she had work to do.", "said", "Mayor Ida Quill"),
    ("Asked by the judge why he had fled, Harlan Vope shrugged and said he was scared.", "said", "Harlan Vope"),
])
def test_the_asker_of_an_opening_question_is_not_the_main_clause_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_the_speaker_of_an_opening_participle_still_shares_a_joined_verb():
    text = "Speaking to reporters, Ida Quill said the plan was dead and added that she would vote no."
    assert source_and_content(text, "added")[0] == "Ida Quill"


@pytest.mark.parametrize("text, cue, source_type", [
    ("Hundreds of nurses marched on the parliament on Monday. They said wards were unsafe.", "said", "unnamed_group"),
    ("Three firefighters gave evidence on Friday. They said the doors were locked.", "said", "unnamed_group"),
    ("A spokesman for Cork and Kerry Water spoke outside the plant. He said the leak was fixed.", "said", "unnamed_individual"),
])
def test_a_pronoun_finds_a_counted_or_described_subject_in_the_sentence_before(text, cue, source_type):
    assert typed_source(text, cue)[1] == source_type


def test_a_count_of_things_is_no_antecedent():
    assert typed_source("Two years passed. They said nothing about it.", "said")[1] == "unresolved"


def test_the_senate_confirming_a_fact_is_a_statement():
    assert cues("The Senate confirmed that the vote would be held on Friday.") == ["confirmed"]
