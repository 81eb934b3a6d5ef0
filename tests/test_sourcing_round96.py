"""Round 96: sentences from new phrasebooks (dentistry; opera; postal services; beekeeping; tennis;
maps and surveying), from round 95's brewing and cycling phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("The Spaniard conceded that he had misjudged the distance to the line.", "conceded", "The Spaniard"),
    ("“The wind was brutal out there,” the Dutchman told Dutch television after the stage.", "told",
     "the Dutchman"),
    ("The Norwegian said it was the best day of her career.", "said", "The Norwegian"),
    ("The Briton said the grass had been slower than last year.", "said", "The Briton"),
    ("“I'm not here to make friends,” the world No 1 said with a smile.", "said", "the world No 1"),
    ("The world No 212 told the Evening Ledger he had spent more on travel than he had earned.", "told",
     "The world No 212"),
])
def test_one_person_named_by_nation_or_ranking_is_an_unnamed_individual(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Swedes say the tax is fair.", "say", "Swedes"),
    ("Two cellarmen allege that safety checks were skipped to meet Christmas orders.", "allege",
     "Two cellarmen"),
    ("Sponsors have privately told the company that they want a more popular repertoire.", "told", "Sponsors"),
    ("Geographers at the conference predicted that most agencies would stop printing paper maps.", "predicted",
     "Geographers at the conference"),
    ("The opera house said the production would open as planned on Thursday.", "said", "The opera house"),
    ("According to the auction house, the buyer was a private collector from Singapore.", "According to",
     "the auction house"),
    ("The tournament said it would refund tickets for the abandoned evening session.", "said", "The tournament"),
    ("The inspectorate confirmed that the hornet nest had been destroyed.", "confirmed", "The inspectorate"),
])
def test_peoples_counted_people_and_trade_houses_are_groups(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("In a statement, Brackenridge Brewing said the recall affected only cans.", "said", "Brackenridge Brewing"),
    ("Oakhurst Taverns confirmed that it had received an approach.", "confirmed", "Oakhurst Taverns"),
    ("Ardent Pro Cycling said on its website that the rider had been suspended.", "said", "Ardent Pro Cycling"),
    ("Kestrel Couriers denied that its drivers had been told to mark parcels as delivered.", "denied",
     "Kestrel Couriers"),
    ("Meadowlark Seeds denied that its treated seed had anything to do with the bee kill.", "denied",
     "Meadowlark Seeds"),
    ("Thistledown Apiaries told customers in an email that colonies would be delayed.", "told",
     "Thistledown Apiaries"),
    ("Tennis Nordica said its new indoor centre in Bergen would open in September.", "said", "Tennis Nordica"),
    ("Grand Théâtre de Vaucelles confirmed on Sunday that the premiere would go ahead.", "confirmed",
     "Grand Théâtre de Vaucelles"),
    ("The tenor pulled out with a chest infection, Teatro Saverna said.", "said", "Teatro Saverna"),
    ("HM Land Registry of Arden said the average wait had risen to nine months.", "said",
     "HM Land Registry of Arden"),
])
def test_firms_named_for_their_trade_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("According to Swiftbox, more than 40 million parcels passed through its hub.", "According to", "Swiftbox"),
    ("Northpost insists the changes will protect the six-day letter service.", "insists", "Northpost"),
    ("Skyloom said the pictures had been taken on Thursday.", "said", "Skyloom"),
    ("Orbitwatch alleged that the roads had been cut by a company linked to the governor.", "alleged",
     "Orbitwatch"),
    ("Kestrelwave said: “We have no plans to move production out of Norfolk.”", "said", "Kestrelwave"),
    ("According to Sportwire, the Australian has won 91 per cent of his service games.", "According to",
     "Sportwire"),
])
def test_a_one_word_brand_made_of_two_words_is_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Sarah Northpost runs the firm. Northpost said she was fine.", "said", "Northpost"),
    ("Phyllis Schlafly founded the group. Schlafly said it would fight on.", "said", "Schlafly"),
    ("Talbot said the plan would fail.", "said", "Talbot"),
    ("The geographer and broadcaster Sunniva Okonjo-Hale told listeners that maps are arguments.", "told",
     "The geographer and broadcaster Sunniva Okonjo-Hale"),
])
def test_people_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The 2024 Opera Audiences Survey found that first-time attenders came back.", "found",
     "The 2024 Opera Audiences Survey"),
    ("Kestrel Opera's own website states that the company receives no public subsidy.", "states",
     "Kestrel Opera's own website"),
    ("The replay showed the ball had clipped the back of the baseline.", "showed", "The replay"),
])
def test_a_dated_survey_an_own_website_and_a_replay_are_records(text, cue, source):
    assert typed_source(text, cue)[:2] == (source, "document")


def test_a_survey_with_no_year_may_still_be_an_agency():
    assert typed_source("The National Opera Survey found that audiences were ageing.", "found")[1] == (
        "named_organization"
    )


@pytest.mark.parametrize("text, source, content", [
    ("Doctors warned in an open letter that cavities would rise.", "Doctors", "cavities would rise"),
    ("Local dentists warned in an open letter that cavities would rise within five years.", "Local dentists",
     "cavities would rise within five years"),
    ("Teachers warned in a written statement that cuts would hurt.", "Teachers", "cuts would hurt"),
])
def test_an_adjective_before_a_record_is_no_main_verb(text, source, content):
    assert source_and_content(text, "warned") == (source, content)


def test_people_taking_part_keep_their_head():
    source, _ = source_and_content("Volunteers taking part in the count reported seeing fewer bumblebees.", "reported")
    assert source is not None and source.startswith("Volunteers taking part")


@pytest.mark.parametrize("text", [
    "The lager is brewed according to the Bavarian purity law.",
    "The pub does not admit under-18s after 9pm.",
    "The hive entrance admits only one bee at a time.",
    "Ruiz claimed the stage after a late attack on the cobbles.",
    "Aasen claimed the yellow jersey by four seconds.",
    "The Belgian claimed his third monument of the season in Roubaix.",
    "Mrs Doyle claimed her parcel from the depot counter on Saturday morning.",
    "Hornets claimed three colonies in a single week at the coastal apiary.",
    "Ruiz was forced to concede the jersey after puncturing on the final ascent.",
    "She conceded serve twice in the second set but still closed out the match.",
    "The jury's decision denied Ruiz his first Grand Tour stage win.",
    "The Brazilian denied Ansah-Lindqvist a fourth straight title in Rotterdam.",
    "Kennedy denied Carter a final-night photograph of unity.",
    "The Chilean assured himself of a seeding at the Australian Open with the win.",
    "The two sets of measurements agreed to within a centimetre.",
    "The Garsides' claim to the strip of land ran to 40 pages of documents.",
    "The address had been written by hand in green ink.",
    "The hives were labelled by hand with the date each queen was introduced.",
    "He posted the cheque to the tax office on Monday afternoon.",
    "The county posted surveyors at each junction to count traffic.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He claimed the stage was rigged.", "claimed"),
    ("Clinton denied Tuesday the claims.", "denied"),
    ("She denied her role in the affair.", "denied"),
    ("The Kremlin denied Western reports that troops had crossed.", "denied"),
    ("She insisted on a recount.", "insisted"),
    ("Manafort insisted on CNN that there was no cribbing.", "insisted"),
    ("The ‘Young Turks’ said they would vote.", "said"),
    ("Weaver was not impressed with Sanders' comments, telling reporters he had heard it before.", "telling"),
    ("The letter, written by hand, said he was sorry.", "said"),
])
def test_statements_beside_those_acts_stay_cues(text, cue):
    assert cue in cues(text)


def test_thousands_who_register_stay_people():
    assert typed_source("Thousands register each year and say they are tired.", "say") == (
        "Thousands", "unnamed_group", False
    )
