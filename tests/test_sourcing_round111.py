"""Round 111: sentences from the museums and weather phrasebooks (unseen in round 110) and the
leads they opened: a house named for its founder and its town, a name that ends in a plural of
people, builders' merchants and conservators, a plural noun before a role and a name after an
inverted cue, a list of places inside an insertion, a recipient described at length before what
was advised, and acts that are not statements (a thing felt to move, the cold felt most, ground
conceded to the sea, weather that threatens or promises, a river that claims, labels written,
donors acknowledged, letters posted through windows, a weather warning in force)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Pemberton's of Ludlow confirmed that the shop would close in March.", "confirmed",
     "Pemberton's of Ludlow", "named_organization"),
    ("Upper Wharfe Flood Wardens said the river was still rising.", "said", "Upper Wharfe Flood Wardens",
     "named_organization"),
    ("Pollard & Reid Plumbers' Merchants said prices rose by a fifth.", "said",
     "Pollard & Reid Plumbers' Merchants", "named_organization"),
    ("Conservators said the frame was beyond repair.", "said", "Conservators", "unnamed_group"),
])
def test_bodies_and_people(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source, kind", [
    # a founder's possessive and a plural of people own no person's name
    ("Gerald Pemberton said the shop would close.", "said", "Gerald Pemberton", "named_person"),
    ("Sergeant Tom Warden said the road was closed.", "said", "Sergeant Tom Warden", "named_person"),
])
def test_people_stay_people(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_plural_before_a_role_and_a_name_is_no_verb():
    # "finds" reads as a verb in "-s"; before "liaison officer Anna Bryce" it is a noun
    text = "“It is a very rare brooch,” says finds liaison officer Anna Bryce, turning it over."
    assert typed_source(text, "says") == ("finds liaison officer Anna Bryce", "named_person", True)


def test_a_list_of_places_stays_inside_the_insertion():
    text = (
        "A study by the water board, carried out in Ripon, Thirsk and Bedale over the summer, "
        "found that one pipe in five leaked."
    )
    assert source_and_content(text, "found") == ("A study by the water board", "one pipe in five leaked")


def test_a_list_after_a_past_verb_stays_inside_the_insertion():
    text = "The bishop, who visited Ripon, Thirsk, Masham and Bedale in May, said the churches were cold."
    assert source_and_content(text, "said")[0] == "The bishop"


def test_advice_reaches_past_a_described_recipient():
    text = "Water company engineers advised residents in the lower streets to run their taps for a minute."
    assert cues(text) == ["advised"]
    assert source_and_content(text, "advised")[0] == "Water company engineers"


@pytest.mark.parametrize("text", [
    "The restorer felt the brittle paper tear at the fold and put the letter down.",
    "Passengers felt the old ferry lurch as it left the pier.",
    "Allotment holders felt the frost most in the low corner by the brook.",
    "The dunes at Winterton conceded another three metres to the tide overnight.",
    "Heavy showers threatened to halt the county show on Saturday afternoon.",
    "The leaden sky promised more rain for the weekend.",
    "The river claimed the footbridge at Grinton in the storm of 2019.",
    "The archivist wrote the captions for the whole exhibition in a single weekend.",
    "The gallery acknowledged its sponsors with a reception on the opening night.",
    "The postman posted the parish's newsletters through bedroom windows from a ladder.",
    "The Met Office issued a yellow warning for ice across the Pennines.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words or thoughts where a clause or words follow
    ("She felt the rise in fares was unjustified.", "felt"),
    ("He felt the ferry would never sail again.", "felt"),
    ("The council conceded another mistake had been made.", "conceded"),
    ("The minister promised another review of flood defences.", "promised"),
    ("The curator wrote that the labels were misleading.", "wrote"),
    ("The gallery acknowledged its sponsors had been misled.", "acknowledged"),
    ("The agency issued an amber warning that rivers would rise.", "warning"),
    ("The mayor posted a message through the council's website.", "posted"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)


def test_a_list_of_speakers_still_speaks():
    text = "Smith, Jones and Brown said the plan had failed."
    assert [a.source_type for a in attributions(text)] == ["named_person"]
