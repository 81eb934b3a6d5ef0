"""Round 75: sentences from four new phrasebooks (local television news; technology and
cybersecurity; farming, food safety and consumer affairs; spaceflight and university science)
and leads left by round 74: counted calls, a petition's plural post-modifier, two capitals as
one source, a trailing "has learned" or "advised"."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text", [
    "Paramedics answered 1,200 calls on Saturday night.",
    "Officers answered 212 calls for service in July.",
    "Police received three calls from neighbours.",
    "Two calls for calm went unheeded.",
])
def test_counted_calls_are_a_noun(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source", [
    # a name with a number is no count: the verb stays
    ("Resolution 1325 calls on states to protect women in war.", "calls", "Resolution 1325"),
    # a plural without "-s" ends a post-modifier: its verb is the record's
    ("A petition signed by 60,000 people calls on ministers to act.", "calls", "A petition signed by 60,000 people"),
    ("A letter from 40 women calls for change.", "calls", "A letter from 40 women"),
])
def test_calls_stays_a_verb_after_a_name_or_a_post_modifier(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, source", [
    ("Paris and Berlin said they would share the cost.", "Paris and Berlin"),
    ("Washington and Moscow said the talks were useful.", "Washington and Moscow"),
])
def test_two_capitals_are_two_governments(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


def test_a_person_and_a_capital_stay_people():
    assert typed_source("Paris Hilton and Berlin said no.", "said")[1] == "named_person"


@pytest.mark.parametrize("text, cue, source, source_type, content", [
    ("The stolen database was put up for sale on a forum, this newspaper has learned.", "learned", "this newspaper",
     "self", "The stolen database was put up for sale on a forum"),
    ("The deal is dead, officials have learned.", "learned", "officials", "unnamed_group", "The deal is dead"),
    ("The deal is dead, CNN has learned.", "learned", "CNN", "named_organization", "The deal is dead"),
    ("Customers who bought the cheese should not eat it, the agency advised.", "advised", "the agency", "unnamed_group",
     "Customers who bought the cheese should not eat it"),
])
def test_a_trailing_perfect_or_advice_closes_its_content(text, cue, source, source_type, content):
    assert typed_source(text, cue)[:2] == (source, source_type)
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text", [
    "He was advised.",  # no content before it
    "The deal is dead, this shows.",  # "this" alone is no outlet
])
def test_no_trailing_attribution_without_content_or_outlet(text):
    assert attributions(text) == ()


def test_radioed_is_speech():
    assert typed_source("Cmdr. Lucia Ferraro radioed that the hatch seal was holding.", "radioed") == (
        "Cmdr. Lucia Ferraro", "named_person", True
    )


@pytest.mark.parametrize("text", [
    "The rocket's second stage added enough speed to reach orbit.",
    "Travelers claimed their bags at the airport after a two-hour delay.",
    "A truck spilled its load, and crews reported to the scene within minutes.",
    "Blight claimed half the potato crop this summer.",
    "The drought claimed thousands of cattle.",
])
def test_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Vets fear the disease could spread to cattle.", "fear", "Vets", "unnamed_group"),
    ("Beekeepers have long argued that imported syrup is passed off as honey.", "argued", "Beekeepers", "unnamed_group"),
    ("Lifeguards said the sea was rough.", "said", "Lifeguards", "unnamed_group"),
    ("Speaking at the show, the Taoiseach said farmers would not be left behind.", "said", "the Taoiseach",
     "unnamed_individual"),
    ("Plant-based drinks, the dairy lobby argues, confuse shoppers.", "argues", "the dairy lobby", "unnamed_group"),
    ("The upper stage failed, according to telemetry released by the company.", "according to",
     "telemetry released by the company", "document"),
])
def test_new_source_nouns(text, cue, source, source_type):
    assert typed_source(text, cue) == (source, source_type, False)


def test_cues_unchanged_where_a_count_is_the_subject():
    # "1,200 said": a count of people may still speak
    assert cues("Of those polled, 1,200 said they would vote.") == ["said"]


@pytest.mark.parametrize("text, antecedent", [
    ("Lisa Varga and Omar Haddad built the app in their spare time. They say it now has 3 million users.",
     "Lisa Varga and Omar Haddad"),
    ("Dr. Ada Kim and Prof. Luis Oroz met as graduate students. They said the discovery took eleven years.",
     "Dr. Ada Kim and Prof. Luis Oroz"),
])
def test_they_finds_two_people_who_open_the_sentence_before(text, antecedent):
    a = one(text, "said" if "said" in text else "say")
    assert (span_text(text, a.resolved_from), a.source_type, a.named) == (antecedent, "named_person", True)


def test_he_does_not_take_one_of_a_pair():
    assert typed_source("Lisa Varga and Omar Haddad built the app. He said it was hard.", "said")[1] == "unresolved"


def test_it_in_capitals_is_a_name_not_a_pronoun():
    text = "Officials at the Ministry of Electronics and IT said the advisory was not binding."
    assert typed_source(text, "said") == ("Officials at the Ministry of Electronics and IT", "unnamed_group", False)


@pytest.mark.parametrize("text, source", [
    ("ESA's director general told a press conference that the agency could not afford a lander.",
     "ESA's director general"),
    ("The general said the troops would stay.", "The general"),
])
def test_a_general_is_one_unnamed_person(text, source):
    cue = "told" if "told" in text else "said"
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text", [
    "Deputies wrote more than 60 speeding tickets over the holiday weekend.",
    "Crews answered more than 300 calls.",
    "Park rangers recalled the search boats at dusk.",
    "The court admitted the chat logs as evidence.",
])
def test_more_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("He wrote more than 60 letters to the editor.", "wrote"),  # letters are words
    ("He admitted that he used the logs as evidence.", "admitted"),  # a clause: a confession
])
def test_approximate_counts_and_evidence_leave_statements_alone(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text", [
    "The reserve deputy was recalled to active duty after the flooding.",
    "Ancient navigators told the time at night by the stars.",
    "A new setting lets blind users tell the time by feeling vibrations.",
])
def test_called_back_and_telling_the_time_are_acts(text):
    assert attributions(text) == ()


def test_telling_that_the_time_has_come_is_a_statement():
    assert cues("He told the time had come.") == ["told"]


def test_it_finds_a_two_word_name_without_a_given_name():
    text = "Meridian Rocketworks lost its second rocket on Friday. It said an investigation was under way."
    a = one(text, "said")
    assert (span_text(text, a.resolved_from), a.source_type, a.named) == ("Meridian Rocketworks", "named_organization", True)


def test_it_never_takes_a_person():
    text = "Lisa Varga lost her phone on Friday. It said the battery was flat."
    assert typed_source(text, "said")[1] == "unresolved"
