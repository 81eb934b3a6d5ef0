"""Round 99: sentences from new phrasebooks (sailing; ceramics; veterinary practice; theme parks;
salons), from round 98's circus and bakery phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Circus Orlov said the ponies had been rehomed.", "said", "Circus Orlov"),
    ("Cirque Lumen announced that it had cancelled the tour.", "announced", "Cirque Lumen"),
    ("Greystone Milling said it would close the mill.", "said", "Greystone Milling"),
    ("Team Sable said it would not appeal the jury's decision.", "said", "Team Sable"),
    ("Harbour Marinas says the new berths will go to existing customers.", "says", "Harbour Marinas"),
    ("Redfern Sails noted that orders had doubled.", "noted", "Redfern Sails"),
    ("Ashcombe Pottery said the moulds were not for sale.", "said", "Ashcombe Pottery"),
    ("Linden Ware told investors that hotel orders had recovered.", "told", "Linden Ware"),
    ("Blackwater Resort confirmed that the ride would stay shut.", "confirmed", "Blackwater Resort"),
    ("High Street Barbers insisted that its franchisees set their own prices.", "insisted", "High Street Barbers"),
    ("According to Lustre Professional, the treatment is stocked by 9,000 salons.", "According to",
     "Lustre Professional"),
    ("Faithful Paws said none of its other products were affected.", "said", "Faithful Paws"),
])
def test_bodies_named_for_their_trade_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Jin-ho Park said he had never sailed better.", "said", "Jin-ho Park"),
    ("Marina Abramovic said the show was over.", "said", "Marina Abramovic"),
    ("Lionel Barber said the paper was in good health.", "said", "Lionel Barber"),
    ("Laura Ware said the strip would return.", "said", "Laura Ware"),
])
def test_people_whose_names_are_also_trade_words_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    # what a name's apposition or relative says about it, past a participle without "-ed" or a
    # name that runs on past its head
    ("Pennyworth, the bakery chain known for its pasties, said sales rose 6%.", "said", "Pennyworth"),
    ("Hooves Out of the Ring, which has campaigned against animal acts since 1994, said the footage was "
     "distressing.", "said", "Hooves Out of the Ring"),
    # a name in the possessive with nothing owned after it is a house named after its founder
    ("According to Graysmith's, the buyer was a private collector.", "According to", "Graysmith's"),
    ("Bonhurst's said the sale had raised £4m.", "said", "Bonhurst's"),
    # "Team" opens a team's name
    ("Team Trump said the poll was rigged.", "said", "Team Trump"),
])
def test_what_follows_a_name_types_it_as_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Jane Doe of Acme, which makes widgets, said the plant would close.", "said", "Jane Doe of Acme"),
])
def test_a_relative_after_a_persons_name_and_body_leaves_the_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue", [
    ("Trump's suggestion that Russia spy on his rival was odd.", "suggestion"),
    ("In Dr. Okonkwo's view, the outbreak could have been contained.", "In Dr. Okonkwo's view"),
])
def test_a_possessive_that_owns_its_cue_stays_a_person(text, cue):
    assert typed_source(text, cue)[1] == "named_person"


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The syndicate has denied reports that its helmsman is leaving.", "denied", "The syndicate", "unnamed_group"),
    ("The yard denied that the hull had been laid up with cheap resin.", "denied", "The yard", "unnamed_group"),
    ("The practice said the dog's death had been a tragic complication.", "said", "The practice", "unnamed_group"),
    ("The guild said apprenticeship starts had halved.", "said", "The guild", "unnamed_group"),
    ("The Kiwi helmsman joked that he had spent more time in the gym.", "joked", "The Kiwi helmsman",
     "unnamed_individual"),
    ("The two-time Olympian said the fleet had never been stronger.", "said", "The two-time Olympian",
     "unnamed_individual"),
    ("Showmen fear that the new fees will drive fairs out of town.", "fear", "Showmen", "unnamed_group"),
    ("Most showmen think the fair will not survive.", "think", "Most showmen", "unnamed_group"),
    ("Paintresses at the factory told the paper they were paid by the piece.", "told",
     "Paintresses at the factory", "unnamed_group"),
    ("Barbers across the city fear that fees will rise.", "fear", "Barbers across the city", "unnamed_group"),
    ("Regulars at the shop say the barber knows everyone.", "say", "Regulars at the shop", "unnamed_group"),
    ("Wood-firers say the ash gives each pot a unique surface.", "say", "Wood-firers", "unnamed_group"),
])
def test_trade_nouns_type_their_sources(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


def test_a_hyphened_name_in_capitals_stays_a_name():
    assert typed_source("Smith-Jones says the ash gives each pot a unique surface.", "says") == (
        "Smith-Jones", "named_person", True
    )


def test_a_plural_owned_by_a_described_body_gives_it_to_it():
    # "Shares in the group": "it" is the group, not a body named "Shares"
    assert typed_source("Shares in the group fell 8% after it admitted that sales had slowed.", "admitted") == (
        "it", "unnamed_group", False
    )
    assert typed_source("Profits at the company fell after it admitted that costs had risen.", "admitted") == (
        "it", "unnamed_group", False
    )


def test_a_body_read_as_a_person_still_takes_it():
    assert typed_source("Drizzlepay expects to break even next year, it said.", "said") == (
        "it", "named_organization", True
    )


@pytest.mark.parametrize("text, source", [
    ("A source close to the takeover talks said the deal could be announced within weeks.",
     "A source close to the takeover talks"),
    ("Officials at the daily briefing said the toll had risen.", "Officials at the daily briefing"),
])
def test_talks_and_briefings_of_a_kind_are_nouns_in_a_source(text, source):
    assert source_and_content(text, "said")[0] == source


@pytest.mark.parametrize("text", [
    "Mr. Lou told a news briefing near the end of the day that the talks had gone well.",
])
def test_a_briefing_of_a_kind_is_no_participle(text):
    assert "briefing" not in cues(text)


@pytest.mark.parametrize("text", [
    # nouns in -ing, not cues
    "Allergen labelling became compulsory for pre-packed food in 2021.",
    "The crews reported to the race office for the skippers' briefing at 8am.",
    # refused to oneself
    "The fire-eater denied himself a drink until the last show was over.",
    # a reply in deeds, with the owner's word in the object
    "The troupe answered the crowd's chants with a second encore.",
    "The owner wrote the day’s specials on a chalkboard.",
    # claimed goods
    "The strongman claimed the last bunk on the tour bus.",
    "The stranded riders claimed free re-ride passes at guest services.",
    # let in
    "The club admitted twenty new junior members this season.",
    # a hearing sat
    "The jury heard the protest on Thursday evening.",
    # a skill learnt
    "The crew learnt the boat's quirks during the delivery.",
    # a rule kept
    "Crews must observe a 500-metre exclusion zone around the wind farm.",
    # a toll taken, a difference told
    "The turning tide told against the boats that had gone inshore.",
    "Surgeons told the difference between the tumour and healthy tissue by its colour.",
    # moving by touch, a force undergone
    "The crew sounded the channel as they felt their way in.",
    "The park felt the impact of the rail strike on its busiest weekend.",
    "Farmers felt the brunt of the drought.",
    # a sign that bids someone act
    "The farmer signalled to the vet to pull the tractor into the yard.",
    "The lifeguard signalled to the slide attendant to stop sending riders.",
    # mailed
    "The gallery posted the vase to a buyer in Ohio.",
])
def test_acts_and_nouns_are_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # a clause after the object's "of" phrase keeps the cue
    ("Voters felt the effects of the policy were harmful.", "felt", "Voters"),
    ("She claimed the photos of the boat were fake.", "claimed", "She"),
    ("Can he maintain the enthusiasm of followers who were new to politics? Aides said he can.", "said", "Aides"),
    # "against" that opens no toll, and words after "signalled to"
    ("The Fed signalled to markets that rates would rise.", "signalled", "The Fed"),
    # words posted, even to a person
    ("She posted a message to the president on Twitter.", "posted", "She"),
    ("He posted the clip to YouTube on Thursday.", "posted", "He"),
    # a belief, not a force
    ("Voters felt the impact was small.", "felt", "Voters"),
    # a plea, not an admission of people
    ("He admitted two counts of fraud and said he was sorry.", "said", "He"),
])
def test_words_and_views_stay_attributions(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_claim_with_its_own_clause_after_of_keeps_its_content():
    attribution = one("Voters felt the effects of the policy were harmful.", "felt")
    assert span_text("Voters felt the effects of the policy were harmful.", attribution.content) == (
        "the effects of the policy were harmful"
    )


def test_the_maintained_enthusiasm_of_followers_is_no_attribution():
    assert cues("Can he maintain the enthusiasm of followers who were new to politics?") == []
