"""Round 64: sentences from two phrasebooks of health, science, consumer, local crime and accident
copy (benchmarks/frame_battery.py): bodies named by a plural or a patrol, a listed name whose first
word could be a role, records with a participle and its time, names described without a comma,
relative clauses before a closing cue, and people who report that."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("The Centers for Disease Control and Prevention said the risk is low.", "said",
     "The Centers for Disease Control and Prevention"),
    ("The Ohio State Highway Patrol said the road was closed.", "said", "The Ohio State Highway Patrol"),
    ("The House Freedom Caucus said it would oppose the bill.", "said", "The House Freedom Caucus"),
    ("The Clean Water Coalition warned that the river was unsafe.", "warned", "The Clean Water Coalition"),
    ("Consumer Reports found that three of the eight air fryers ran hot.", "found", "Consumer Reports"),
    ("The dryer was unsafe, according to Consumer Reports.", "according to", "Consumer Reports"),
    ("General Electric says that in 2012 it paid $3.2 billion in taxes.", "says", "General Electric"),
])
def test_bodies_are_organisations(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Satellite images taken last week reveal that the reservoir has shrunk.", "reveal",
     "Satellite images taken last week"),
    ("Images taken yesterday show the reservoir has shrunk.", "show", "Images taken yesterday"),
    ("A poll conducted last week found that most voters were undecided.", "found",
     "A poll conducted last week"),
])
def test_a_records_participle_keeps_its_time(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_time_before_the_verb_is_still_no_part_of_people():
    text = "Officials last week said the dam was safe."
    assert span_text(text, one(text, "said").source) == "Officials"


@pytest.mark.parametrize("text, cue, source_type", [
    ("Sensor readings showed carbon monoxide levels were four times the safe limit.", "showed", "unnamed_group"),
    ("A meta-analysis of 40 trials concluded that vitamin D did not prevent fractures.", "concluded", "document"),
    ("The agency's latest outlook predicts that prices will rise.", "predicts", "document"),
])
def test_readings_and_outlooks_are_records(text, cue, source_type):
    assert one(text, cue).source_type == source_type


@pytest.mark.parametrize("text, source, source_type", [
    ("Bill Turner a truck driver said the car was upside down.", "Bill Turner a truck driver", "named_person"),
    ("Chief Deputy Luis Arroyo a 25-year veteran of the department said the chase reached 110 mph.",
     "Chief Deputy Luis Arroyo a 25-year veteran of the department", "named_person"),
    ("Sheriff Tom Reed the county's top lawman said the chase ended.",
     "Sheriff Tom Reed the county's top lawman", "named_person"),
    ("Tom Clemens a historian who leads the foundation said the statue was flawed.",
     "Tom Clemens a historian", "named_person"),
])
def test_a_name_described_without_a_comma_is_named(text, source, source_type):
    assert typed_source(text, "said") == (source, source_type, True)


@pytest.mark.parametrize("text, source, content", [
    ("A woman who tried to help said the car was upside down.", "A woman", "the car was upside down"),
    ("The crash happened after 7 a.m., a motorist who stopped to help said.", "a motorist",
     "The crash happened after 7 a.m"),
    ("The fire spread quickly, the man who lives nearby said.", "the man", "The fire spread quickly"),
])
def test_a_relative_clause_before_the_cue_hangs_on_the_source(text, source, content):
    assert source_and_content(text, "said") == (source, content)


def test_helping_decide_is_still_no_statement():
    assert cues("He will help determine who succeeds him.") == []


@pytest.mark.parametrize("text, source", [
    ("Mortgage brokers report that buyers are waiting longer.", "Mortgage brokers"),
    ("Pediatricians report that more children are arriving with asthma.", "Pediatricians"),
])
def test_people_who_report_that(text, source):
    assert span_text(text, one(text, "report").source) == source


def test_a_report_that_is_still_a_noun():
    assert cues("The sales report that came out Monday was weak.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("A TikTok video posted Tuesday showed students fleeing.", "showed", "A TikTok video posted Tuesday"),
    ("A video posted Tuesday by the mayor shows him laughing.", "shows", "A video posted Tuesday by the mayor"),
])
def test_a_record_posted_at_a_time_is_no_posting(text, cue, source):
    assert cues(text) == [cue]
    assert span_text(text, attributions(text)[0].source) == source


def test_a_posting_at_a_time_still_says():
    text = "The campaign posted Tuesday that it had raised $10 million."
    assert source_and_content(text, "posted") == ("The campaign", "it had raised $10 million")


@pytest.mark.parametrize("text, cue", [
    ("The Zapruder film shows the president slumping.", "shows"),
    ("The tapes reveal that the president knew.", "reveal"),
    ("The broadcast showed the crowd cheering.", "showed"),
])
def test_films_tapes_and_broadcasts_are_records(text, cue):
    assert one(text, cue).source_type in ("document", "unnamed_group")


@pytest.mark.parametrize("text, cue, source", [
    ("A photo he posted on Instagram shows him holding a rifle.", "shows", "A photo"),
    ("The letter she wrote to the board says the plan failed.", "says", "The letter"),
    ("The video they shared with police shows a man running.", "shows", "The video"),
])
def test_a_relative_clause_without_that_hangs_on_the_opening_phrase(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_quotation_is_no_relative_clause():
    text = "“The way I see it,” she elaborated, “no one questioned him.”"
    assert span_text(text, one(text, "elaborated").source) == "she"


@pytest.mark.parametrize("text", [
    "The flood claimed three lives in the valley last spring.",
    "The farmer claimed the land in 1974 after his uncle died.",
    "She claimed first place in the 400 metres.",
    "Everything went according to plan until the ferry's engine failed.",
    "According to tradition, the bride arrives late.",
    "She posted bail of $25,000 and left the county jail.",
    "The team posted a 12-4 record in its first season.",
    "Police posted officers at every exit of the stadium.",
    "The defendant was admitted to hospital with chest pains.",
    "The customer wrote a check for the full amount and left.",
    "Volunteers wrote the names of the victims on white crosses.",
])
def test_acts_are_no_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("He claimed the land was his.", "claimed", "He"),
    ("He claimed the first attack was staged.", "claimed", "He"),
    ("According to the plan, troops will leave in May.", "According to", "the plan"),
    ("According to Plan International, 40 girls were abducted.", "According to", "Plan International"),
    ("He admitted to reporters that he lied.", "admitted", "He"),
    ("The company posted a statement saying it was sorry.", "posted", "The company"),
])
def test_statements_beside_the_acts_stay(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_plan_international_is_an_organisation():
    text = "According to Plan International, 40 girls were abducted."
    assert one(text, "According to").source_type == "named_organization"


@pytest.mark.parametrize("text, cue, source", [
    ("Most adults need eight hours of sleep, notes Dr. Priya Raman, a sleep specialist.", "notes", "Dr. Priya Raman"),
    ("Rinsing raw chicken spreads bacteria, cautions Dr. Alan Pruitt.", "cautions", "Dr. Alan Pruitt"),
])
def test_an_s_form_after_a_comma_and_before_a_title_is_inverted(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_state_before_a_title_is_still_a_modifier():
    text = "In Georgia, state Rep. Jane Doe said the bill failed."
    assert cues(text) == ["said"]
    assert span_text(text, one(text, "said").source) == "state Rep. Jane Doe"


@pytest.mark.parametrize("text, source, content", [
    ("The injured cyclist's wife texted friends that he was awake.", "The injured cyclist's wife", "he was awake"),
    ("He texted me that he was late.", "He", "he was late"),
])
def test_texting_is_saying(text, source, content):
    assert source_and_content(text, "texted") == (source, content)


@pytest.mark.parametrize("text, cue, source", [
    ("The court ruled on Monday that the law was void.", "ruled", "The court"),
    ("Investigators discovered during the audit that funds were missing.", "discovered", "Investigators"),
])
def test_a_circumstance_before_that(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source, source_type", [
    ("Officials handling the case said the suspect fled.", "Officials handling the case", "unnamed_group"),
    ("Shoppers leaving the store said the shelves had been bare.", "Shoppers leaving the store", "unnamed_group"),
    ("A man carrying a sign said he was angry.", "A man carrying a sign", "unnamed_individual"),
    ("Experts studying the virus say it is spreading.", "Experts studying the virus", "unnamed_group"),
])
def test_people_doing_something_are_the_source_not_what_they_do(text, source, source_type):
    attribution = attributions(text)[0]
    assert (span_text(text, attribution.source), attribution.source_type) == (source, source_type)


def test_an_opening_circumstance_with_a_participle_still_ends_before_the_source():
    text = "After hearing the news the mayor said he was shocked."
    assert span_text(text, one(text, "said").source) == "the mayor"
