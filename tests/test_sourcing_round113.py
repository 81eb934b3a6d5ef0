"""Round 113: sentences from the pharmacy and buses phrasebooks (unseen in round 112) and the
leads they opened: a trade's firm named for its owner ("Mercer's Chemists"), a body named with a
plural of people inside it ("Bus Users Northshire"), a campaign for a numbered route, "hopes to"
after a subject set off by commas or before a participle that describes, "was quoted in" a
channel whose name has an ampersand, and acts that are not statements (money claimed "in" fees,
things posted to counted people or put up "at every" place, a thing added, the cold felt all
winter, people and vehicles recalled to a place, a bus hailed by its number, a count of charging
points)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Mercer's Chemists has said it will close on Sundays.", "said", "Mercer's Chemists", "named_organization"),
    ("Dobson's Bakery said the price of flour had doubled.", "said", "Dobson's Bakery", "named_organization"),
    ("Bus Users Northshire said the service had failed again.", "said", "Bus Users Northshire", "named_organization"),
    ("Pennine Link said the route would close.", "said", "Pennine Link", "named_organization"),
    ("Friends of the 38 said it would hand in the petition on Saturday.", "said", "Friends of the 38",
     "named_organization"),
    # the same shapes, with a person's name in them, are still a person
    ("Fox News' Hannity said the vote was rigged.", "said", "Fox News' Hannity", "named_person"),
    ("Senate Democrats Leader Chuck Schumer said the bill would fail.", "said", "Senate Democrats Leader Chuck Schumer",
     "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source", [
    ("Mr Sayle hopes to reopen 30 of the shuttered branches by the summer.", "hopes", "Mr Sayle"),
    ("Vantage Tours Ltd, which runs day trips, hopes to run its first electric coach.", "hopes", "Vantage Tours Ltd"),
    ("The firm, based in Leeds, promises to cut fares by a fifth.", "promises", "The firm"),
])
def test_hopes_and_promises_to(text, cue, source):
    assert typed_source(text, cue)[0] == source


def test_quoted_in_a_channel_with_an_ampersand():
    text = "Mr Pryce was quoted in Bus & Coach Weekly as saying the company was not for sale."
    found = attributions(text)
    assert [(text[a.source.start:a.source.end], a.source_type) for a in found] == [("Mr Pryce", "named_person")]


def test_quoted_in_a_channel_is_no_second_speaker():
    # the channel after a passive "was quoted in" only carries the words; it does not say them
    text = "Mr Pryce was quoted in the Times as saying the company was not for sale."
    assert [text[a.source.start:a.source.end] for a in attributions(text)] == ["Mr Pryce"]


@pytest.mark.parametrize("text", [
    "The pharmacy claimed £2,400 in consultation fees under the scheme in the last quarter, almost all of it for sore throats.",
    "During the snow, the dispensary team posted repeat prescriptions to all 140 of its housebound patients.",
    "Staff posted the new timetables at every stop on the route over the weekend.",
    "The Mistry family bought the business in 1984 and added a second consultation room in 2019.",
    "The council added two new routes last year.",
    "Staff at the Victoria Road branch felt the cold all winter after the heating gave out.",
    "Dunmore Generics Ltd recalled its sales representatives to head office for a week of training.",
    "The controller recalled the bus to the depot shortly after 8am on Wednesday.",
    "She hailed the 22 from outside the post office, and the driver stopped anyway.",
    "They hailed a bus outside the school.",
    "The depot in Stanley Street has 40 charging points.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause, words or a speaker follow
    ("He claimed $5 billion in aid under the scheme, the largest sum ever, was stolen.", "claimed"),
    ("He claimed $5 billion in aid under the scheme was stolen by officials.", "claimed"),
    ("Staff posted a message at every stop.", "posted"),
    ("She posted updates to supporters.", "posted"),
    ("'Better check all your drains,' added a third.", "added"),
    ("He added the remark in passing.", "added"),
    ("He felt the cold all winter was worse than ever.", "felt"),
    ("She recalled a visit to the hospital in 2003.", "recalled"),
    ("He recalled the bus ride to the depot.", "recalled"),
    ("He hailed the 22 nations that signed the deal.", "hailed"),
    ("Police said two warning shots were fired.", "said"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
