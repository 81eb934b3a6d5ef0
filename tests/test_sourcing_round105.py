"""Round 105: sentences from the aviation and zoo phrasebooks (unseen in round 104) and the
leads they opened: people placed "under" or "beside" something, a plural counted by "many of
whom", parks, farms, plans and studbooks as sources, and acts that are not statements (prizes,
costs and corners claimed, cards posted, signals to act, readings, names taken, charges run,
animals let in, claims for money refused, a greeting with a grunt)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    # people described by where they live are people, whatever the last noun of the phrase
    ("Residents living under the approach path complained that the new departure route sent jets over the "
     "primary school every four minutes.", "complained", "Residents living under the approach path", "unnamed_group"),
    ("Families living beside the runway said the noise had doubled.", "said", "Families living beside the runway",
     "unnamed_group"),
    # a capitalised plural that opens the sentence, counted by "many of whom", is people, not a family
    ("Spotters, many of whom had driven overnight from the Netherlands and Belgium, said they had waited six hours "
     "in the rain.", "said", "Spotters", "unnamed_group"),
    ("Walkers, most of them pensioners, said the path was too steep.", "said", "Walkers", "unnamed_group"),
    # (a surname set off by a clause stays a person)
    ("Sanders, who spoke on Monday, said the plan was fine.", "said", "Sanders", "named_person"),
])
def test_people_placed_or_counted_are_a_group(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Bramble's Farm Park announced it would stop offering pony rides after a string of complaints.", "announced",
     "Bramble's Farm Park", "named_organization"),
    ("Hillside Farm said the open day would go ahead.", "said", "Hillside Farm", "named_organization"),
    ("Footage filmed by a visitor appears to show a keeper striking an elephant, but the park insists the clip was "
     "edited.", "insists", "the park", "unnamed_group"),
    ("According to the international studbook, only 43 Amur leopards are currently held in European collections.",
     "According to", "the international studbook", "document"),
    ("The airport’s masterplan, which was approved by councillors in 2019, predicts that annual passenger numbers "
     "will reach three million by 2035.", "predicts", "The airport’s masterplan", "document"),
    # a capital "Park" after a name is a surname, and stays one
    ("Inbee Park said the greens were fast.", "said", "Inbee Park", "named_person"),
    ("Chan-ho Park said the greens were fast.", "said", "Chan-ho Park", "named_person"),
])
def test_parks_farms_plans_and_studbooks(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Kestrel Regional Airways claimed the regional airline of the year title at the Aviation Industry Awards in "
    "Birmingham on Thursday night.",
    "She claimed the player of the year award for a second time.",
    "Members can claim the cost of their class 2 medical back from the club's welfare fund.",
    "The sea otters claimed the warmest corner of the pool as soon as the heaters came on.",
    "The club secretary posted the new membership cards to all 140 members last week.",
    "The marshaller signalled the pilot to shut down his engines as the fuel bowser approached.",
    "The altimeter said 400 feet when the aircraft was in fact at more than 1,200.",
    "Baggage not claimed within 90 days is sold at auction, with the money going to the airport's charity.",
    "Prizes not claimed by Friday will be drawn again.",
    "Escaped Tortoise Tells No Tales After Week on the Run",
    "A group calling itself the Big Cat Liberation Front claimed responsibility for cutting through the perimeter "
    "fence.",
    "Kumbuka, the 300lb silverback, charged the glass twice during the afternoon.",
    "After a fortnight in the holding pen, keepers admitted the young female into the main wolf pack.",
    "The insurer denied the park's claim for £80,000 of storm damage to the monkey house.",
    "The female orangutan acknowledged her keeper with a pant-grunt and went back to her breakfast.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause, a quotation or an accusation follows
    ("He claimed the head of the year group was lying.", "claimed"),
    ("He claimed the cost of the war was too high.", "claimed"),
    ("She claimed the corner shop had been closed for a year.", "claimed"),
    ("She posted the message to all her followers.", "posted"),
    ("He signalled his willingness to talk.", "signalled"),
    ("He has not claimed that the deal is done.", "claimed"),
    ("He called himself the first gentleman.", "called"),
    ("Prosecutors charged the keeper with neglect.", "charged"),
    ("He admitted the error.", "admitted"),
    ("He denied the claim that he had lied.", "denied"),
    ("The meter reading said it was high.", "said"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
