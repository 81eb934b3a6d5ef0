"""Round 90: sentences from new phrasebooks (intelligence and espionage; militancy in Central and
South Asia; banking and central banks; climate policy and science; corruption investigations;
video games and esports) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Halvorsen Interactive said the delayed sequel would now launch in the spring.", "said", "Halvorsen Interactive"),
    ("Ferrovia Games admitted that the PC version had shipped with problems.", "admitted", "Ferrovia Games"),
    ("In a statement, Castellan Savings said no customer data had been compromised.", "said", "Castellan Savings"),
    ("Harrowgate Signals, the contractor that built the system, said it was cooperating.", "said",
     "Harrowgate Signals"),
    ("The tender was rigged, Harbour Lights alleged in its latest report.", "alleged", "Harbour Lights"),
    ("Pixel Ledger reported on Friday that the studio had laid off staff.", "reported", "Pixel Ledger"),
])
def test_words_that_end_a_bodys_name(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("A leaked roadmap shows three expansions planned through 2027.", "shows", "A leaked roadmap"),
    ("The redacted annex notes that two of the sources had been paid.", "notes", "The redacted annex"),
    ("A commentary on the partisan blog insisted that the militants were students.", "insisted",
     "A commentary on the partisan blog"),
    ("The developer's FAQ explains that cross-progression will not be available.", "explains", "The developer's FAQ"),
])
def test_new_records(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text, cue, source", [
    ("The lender's shares fell 6 per cent after it warned that profits would miss forecasts.", "warned",
     "The lender"),
    ("The publisher's shares fell 9 per cent after it said the game would slip.", "said", "The publisher"),
])
def test_it_stands_for_the_body_that_owns_the_subject(text, cue, source):
    found = typed_source(text, cue)
    assert found == ("it", "unnamed_group", False)
    attribution = one(text, cue)
    assert text[attribution.resolved_from.start : attribution.resolved_from.end] == source


@pytest.mark.parametrize("text", [
    "The bank's chief executive resigned after it said losses had grown.",  # people of its own
    "Acme's profits slid after it said demand was weak.",  # a one-word name no one knows
])
def test_it_takes_no_owner_of_people_or_an_unknown_word(text):
    assert typed_source(text, "said")[1] == "unresolved"


@pytest.mark.parametrize("text", [
    "The said accused was produced before the anti-terrorism court in chains.",
    "The three accused were brought to court under heavy security.",
])
def test_the_accused_are_people_not_an_accusation(text):
    assert cues(text) == []


def test_accused_with_an_object_still_accuses():
    assert source_and_content("The three accused him of lying.", "accused")[0] == "The three"


@pytest.mark.parametrize("text", [
    "The bomb went off as worshippers were saying their Friday prayers.",
    "Delegates said their goodbyes in the car park as the cleaners moved in.",
])
def test_rites_said_are_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Dataminers say files in the latest build point to a new character.", "say", "Dataminers"),
    ("Fundraisers fear the appeal will fall short.", "fear", "Fundraisers"),
    ("Marchers claim the police charged first.", "claim", "Marchers"),
])
def test_a_capitalised_plural_with_a_plural_verb_is_a_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Sanders says the bill is dead.", "says", "Sanders"),
    ("Peters forecast that rates would rise.", "forecast", "Peters"),
])
def test_a_surname_in_s_stays_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("A declassified report released on Thursday found that the program had collected messages.", "found",
     "A declassified report released on Thursday"),
    ("A transcript of the intercepted call shows the commander ordering the strike.", "shows",
     "A transcript of the intercepted call"),
])
def test_a_participle_before_a_cue_noun_inside_the_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_participle_before_the_cue_noun_itself_stays_out():
    assert cues("The debunked claim that vaccines cause autism spread.") == []


def test_a_manner_with_with_before_that_keeps_the_verb():
    text = "The assessment states with high confidence that human influence has warmed the climate."
    assert typed_source(text, "states") == ("The assessment", "document", False)


def test_plural_bodies_in_a_place_are_a_kind():
    text = "Regulators in Belgium have argued that loot boxes amount to gambling."
    assert typed_source(text, "argued") == ("Regulators in Belgium", "unnamed_group", False)


def test_one_body_in_a_place_is_named_by_it():
    text = "The government in Kabul said the road was closed."
    assert typed_source(text, "said") == ("The government in Kabul", "named_organization", True)


@pytest.mark.parametrize("text", [
    "Lindqvist claimed her third world championship in front of a sold-out crowd in Seoul.",
    "The deputy minister reported for questioning at the bureau's headquarters at 9am.",
    "The fraud claimed the savings of thousands of pensioners.",
    "Officers called at the house twice but nobody answered.",
    "She phoned the tax helpline three times before anyone answered.",
])
def test_acts_that_look_like_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He claimed the world was flat.", "claimed"),
    ("Nobody answered his question.", "answered"),
])
def test_statements_near_those_acts_still_count(text, cue):
    assert cue in cues(text)


def test_an_organiser_in_apposition_leaves_the_body_its_own_name():
    text = "Apex Circuit, the tournament organiser, said the grand final would be replayed."
    assert typed_source(text, "said") == ("Apex Circuit", "named_organization", True)


def test_a_person_described_as_an_organiser_stays_a_person():
    text = "Maria Lopez, the march organiser, said the route had changed."
    assert typed_source(text, "said") == ("Maria Lopez", "named_person", True)
