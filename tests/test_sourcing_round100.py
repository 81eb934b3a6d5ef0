"""Round 100: sentences from new phrasebooks (chess; puppetry; falconry; tattoo studios; lifeboats;
dentistry) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    # a trade's word ends a body's name
    ("Penhallow Boatyard said the lifeboat would be back in the water by May.", "said", "Penhallow Boatyard"),
    ("Blackthorn Tattoo has said it will appeal against the suspension.", "said", "Blackthorn Tattoo"),
    ("Redgate Ink did not respond to a request for comment.", "respond", "Redgate Ink"),
    ("Seaholme Marine confirmed the tender had been lifted out.", "confirmed", "Seaholme Marine"),
    # a house's name: a capitalised owner, then the word for the business
    ("Tremayne's Boatyard confirmed that the damaged tender would be repaired.", "confirmed", "Tremayne's Boatyard"),
    ("According to Bellamy's Games Emporium, sales of wooden sets have tripled.", "According to",
     "Bellamy's Games Emporium"),
    # an "of" inside one body's name
    ("Ashworth's Owls of the North Centre announced that it would close for the winter.", "announced",
     "Ashworth's Owls of the North Centre"),
    ("The Museum of Puppetry Trust said the collection would tour.", "said", "The Museum of Puppetry Trust"),
])
def test_bodies_named_for_their_trade_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Jo Lee of Harbour Grid said the plan had failed.", "said", "Jo Lee of Harbour Grid"),
    ("Marine Le Pen said the vote was rigged.", "said", "Marine Le Pen"),
    ("Bethan Pryce, a deputy launching authority at the station, said the tractor had struggled.", "said",
     "Bethan Pryce"),
    ("Oskar Berg, a puppet maker whose work appeared in two BAFTA-winning series, claimed the studio "
     "had copied his designs.", "claimed", "Oskar Berg"),
])
def test_people_whose_descriptions_name_bodies_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Arbiters estimated that about 600 players had taken part.", "estimated", "Arbiters", "unnamed_group"),
    ("Stagehands at the Orchard Theatre complained that the gantry had no rail.", "complained",
     "Stagehands at the Orchard Theatre", "unnamed_group"),
    ("Clients at the clinic in Bury told us the first session hurt.", "told", "Clients at the clinic in Bury",
     "unnamed_group"),
    ("The troupe posted on Instagram that the matinee had been cancelled.", "posted", "The troupe", "unnamed_group"),
    ("The rescue estimates that most of the owls it takes in were hit by cars.", "estimates", "The rescue",
     "unnamed_group"),
    ("A falconer, writing in the club newsletter, admitted he had flown his eagle without permission.",
     "admitted", "A falconer", "unnamed_individual"),
    ("A record kept behind the reception desk showed the steriliser had been tested weekly.", "showed",
     "A record kept behind the reception desk", "document"),
])
def test_trade_nouns_type_their_sources(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


def test_platform_list_and_register_stay_out_of_the_source_nouns():
    # "The Democratic platform recognizes", "hopes to register voters", "a list of leaders who have"
    assert "hopes" in cues("The campaign hopes to register and mobilize new voters.")
    assert typed_source("A growing list of leaders who have condemned the plan met on Monday.", "condemned")[1] != "document"


def test_a_firms_co_ends_its_name_for_it():
    text = "Harwood Co. makes the walnut boards used at the Olympiad. It said production had been disrupted."
    assert typed_source(text, "said") == ("It", "named_organization", True)


def test_an_inverted_source_has_no_verb_of_its_own():
    # "said" and a clause with its own modal is what was said, not who said it, past a number's comma
    text = ("Punch and Judy man Derek Saltmarsh, 64, who has performed on the beach every summer since 1983, "
            "said the new pitch fee of £1,200 a season would drive him off the sand.")
    source, content = source_and_content(text, "said")
    assert source == "Punch and Judy man Derek Saltmarsh"
    assert content.startswith("the new pitch fee of £1,200")


def test_a_claim_that_a_share_did_something_is_a_statement():
    text = "The union, Tattoo Workers United, claimed that more than half of trainees received no wage."
    assert typed_source(text, "claimed") == ("Tattoo Workers United", "named_organization", True)
    assert typed_source("The party claimed that half of its members backed the deal.", "claimed")[0] == "The party"


@pytest.mark.parametrize("text, cue, source", [
    ("The missing diver may have been swept north, rescuers fear.", "fear", "rescuers"),
    ("The bridge will not reopen before winter, many residents worry.", "worry", "many residents"),
])
def test_people_may_close_a_sentence_with_a_fear(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    # forces and weather undergone
    "The lifeboat crew felt the cold long before they reached the casualty.",
    "The young kestrels felt the cold badly during the first week of March.",
    # a path traced
    "The red kite described lazy circles over the valley before dropping on to the carrion.",
    "The searchlight described a slow arc across the black water.",
    # a call, a lure or a tug answered
    "The tiercel answered the lure within seconds.",
    "The helm answered the pager from the checkout queue at the Co-op.",
    "A tawny owl answered the falconer's hoot every evening that week.",
    "The all-weather lifeboat answered a pan-pan from a yacht with fouled steering.",
    "The station answered 112 shouts last year.",
    # a price
    "Displays cost £350 an hour, with travel charged at 45p per mile.",
    # things mailed to someone
    "The workshop posted the finished marionettes to a collector in Montreal.",
    "She posted her first glove puppet to a television producer in 1962.",
    "The manager posted the aftercare kits to clients who had missed their slot.",
    # counts and tallies
    "It was the station's 40th shout of the year.",
    "Voss gained 23 rating points to climb into the top 20.",
    "The side took three points to go top of the table.",
    # a form, not a writer
    "Draw claims must be made in writing on the official form.",
    # gains and people let in
    "Fenwick's Dental Practice claimed the best small practice title at the regional awards.",
    "Puppeteers on the tour can claim mileage under the company's expenses policy.",
    "The surgery admitted new NHS patients on Saturday for the first time in four years.",
    "The puppeteers admitted the public to the workshop for one afternoon a year.",
    # a knowledge verb with a demonstrative
    "Officials learned that lesson.",
    # a driver's indicator
    "The falconer signalled a left turn and pulled into the lay-by.",
])
def test_acts_and_nouns_are_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("She described the circle of advisers as loyal.", "described", "She"),
    ("He described a vicious circle of debt that traps families.", "described", "He"),
    ("Officials described the loop as dangerous.", "described", "Officials"),
    ("He posted a message to the president.", "posted", "He"),
    ("Voters felt the cold shoulder of the party was deserved.", "felt", "Voters"),
    ("He admitted the public was misled.", "admitted", "He"),
    ("She claimed the best small practice was hers.", "claimed", "She"),
    ("The evidence points to a cover-up.", "points to", "The evidence"),
    ("Rubio joined Democrats in writing an immigration reform bill.", "writing", "Rubio"),
    ("The Fed signalled a turn in policy.", "signalled", "The Fed"),
    ("Nearly a third say they don't know.", "say", "Nearly a third"),
    ("The Congressional Budget Office hasn't yet endorsed that perspective.", "endorsed",
     "The Congressional Budget Office"),
    ("He knew that Smith was lying.", "knew", "He"),
])
def test_words_and_views_stay_attributions(text, cue, source):
    assert source_and_content(text, cue)[0] == source
