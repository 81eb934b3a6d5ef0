"""Round 89: sentences from new phrasebooks (technology start-ups; organised crime; tax and public
finance; fashion and retail; protests and activism; verification and open-source reporting;
charities) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Images taken by a drone show the damaged bridge.", "show", "Images taken by a drone"),
    ("Pictures sent by a reader show that the roof had gone.", "show", "Pictures sent by a reader"),
    ("Images captured by a satellite show the camp.", "show", "Images captured by a satellite"),
])
def test_a_record_taken_by_a_one_shows(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "Tickets for a drone show the council organised sold out.",
    "The fair, sponsored by a trade show, drew crowds.",
])
def test_a_show_after_a_and_one_word_is_still_a_show(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, kind, content", [
    ("Footage filmed by a bystander and shared online shows the vehicle swerving before the explosion.", "shows",
     "Footage", "document", "the vehicle swerving before the explosion"),
    ("Photographs taken inside the detention site, and shared with the Courier by a former guard, show rows of "
     "mattresses on a concrete floor.", "show", "Photographs", "unnamed_group", "rows of mattresses on a concrete floor"),
])
def test_a_record_with_joined_participles_is_the_subject(text, cue, source, kind, content):
    assert typed_source(text, cue)[:2] == (source, kind)
    assert source_and_content(text, cue)[1] == content


def test_a_record_with_one_participle_keeps_its_whole_phrase():
    assert source_and_content("Footage filmed by a bystander shows the car.", "shows")[0] == "Footage filmed by a bystander"


def test_a_participle_record_with_its_own_auxiliary_is_no_statement():
    assert cues("Photos taken at the party were later shown to the court.") == []


@pytest.mark.parametrize("text, cue, content, main_content", [
    ("The official who announced the plan said it would save money.", "announced", "the plan", "it would save money"),
    ("A shopkeeper who saw the blast said the windows shattered.", "saw", "the blast", "the windows shattered"),
    ("Voters who say the economy is weak said they would vote.", "say", "the economy is weak", "they would vote"),
])
def test_a_relative_on_the_subject_ends_before_the_subjects_cue(text, cue, content, main_content):
    assert source_and_content(text, cue)[1] == content
    assert source_and_content(text, "said")[1] == main_content


@pytest.mark.parametrize("text, cue, source", [
    ("Scientists not involved in the study cautioned that the trial was small.", "cautioned",
     "Scientists not involved in the study"),
    ("Researchers not involved in the work said the trial was small.", "said", "Researchers not involved in the work"),
])
def test_a_negated_post_modifier_leaves_people_plural(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("A Northgate partner said the deal was done.", "said", "A Northgate partner", "unnamed_individual"),
    ("The crowd chanted slogans against the mayor.", "chanted", "The crowd", "unnamed_group"),
    ("The permit, seen by the Courier, says the march must disperse by 4pm.", "says", "The permit", "document"),
    ("The start-up's pitch deck also claims the company has no competitors.", "claims", "The start-up's pitch deck",
     "document"),
    ("The brand's lookbook describes the collection as romantic.", "describes", "The brand's lookbook", "document"),
])
def test_new_words_for_people_groups_and_records(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text, cue, source", [
    ("The Ethical Trading Compact said brands must pay.", "said", "The Ethical Trading Compact"),
    ("Copenhagen Fashion Week said brands must comply.", "said", "Copenhagen Fashion Week"),
    ("Maison Duvallon confirmed that its director would leave.", "confirmed", "Maison Duvallon"),
    ("Bellamy Row told The Ledger it had processes.", "told", "Bellamy Row"),
])
def test_names_of_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The Global Resistance Report estimates that infections killed 1.2 million people.", "estimates",
     "The Global Resistance Report", "document"),
    ("The Venerable Lobsang Dorje, abbot of Tashi Ling monastery, said the monks had been ordered to leave.", "said",
     "The Venerable Lobsang Dorje", "named_person"),
    ("The Reverend Al Green said he would pray.", "said", "The Reverend Al Green", "named_person"),
])
def test_long_names_after_the_that_are_records_or_titled_people(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, True)


@pytest.mark.parametrize("text, source", [
    ("The Senate Budget Office projects that the deficit will top $2tn by 2030.", "The Senate Budget Office"),
    ("The budget office projects that the deficit will grow.", "The budget office"),
])
def test_projects_that_is_a_forecast(text, source):
    assert source_and_content(text, "projects")[0] == source


@pytest.mark.parametrize("text", [
    "The building projects that the council approved were delayed.",
    "Two projects that began last year have stalled.",
    "Many projects that the city funded failed.",
    "Two reports that came out last year have stalled.",
])
def test_counted_or_compound_projects_are_nouns(text):
    assert cues(text) == []


def test_a_count_word_alone_still_speaks():
    assert source_and_content("Many say the plan failed.", "say") == ("Many", "the plan failed")


@pytest.mark.parametrize("text, cue, source", [
    ("A motorist stuck in the queue shouted that he was going to miss his flight.", "shouted",
     "A motorist stuck in the queue"),
    ("A man shot in the leg said soldiers opened fire.", "said", "A man shot in the leg"),
    ("A woman struck by debris told reporters the roof fell in.", "told", "A woman struck by debris"),
])
def test_irregular_participles_after_people(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_an_official_warning_issued_is_no_one_warning():
    assert cues("The regulator issued an official warning to the trustees.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("The ministry released a statement saying the talks failed.", "saying", "The ministry"),
    ("The group issued a video warning that attacks would follow.", "warning", "The group"),
])
def test_a_record_issued_still_speaks_for_its_issuer(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "Meridian AI released a model on Wednesday, which it said was faster.",
    "The Red Cross opened a clinic, which it said would treat 500 people a day.",
])
def test_it_in_a_relative_stands_for_the_body_that_opens_the_sentence(text):
    assert typed_source(text, "said") == ("it", "named_organization", True)
