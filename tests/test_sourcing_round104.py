"""Round 104: sentences from the mountaineering and school phrasebooks (unseen in round 103) and
the leads they opened: a school's year group in a source, a passive held from its "that" by a
longer circumstance, hearing bodies, "continues:", tables as documents, and acts that are not
statements (screenings, deliveries, prices quoted, languages understood, titles read)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    # a capital "Year" before a one- or two-digit number is a school's year group, not a time
    ('"We were given less than a week\'s notice," said Year 6 teacher Hannah Lowe.', "said",
     "Year 6 teacher Hannah Lowe", "named_person"),
    ("Year 6 teacher Hannah Lowe said the notice was short.", "said", "Year 6 teacher Hannah Lowe", "named_person"),
    ("Year 11 pupils said the exam was fair.", "said", "Year 11 pupils", "unnamed_group"),
    # (and "year" stays a time word elsewhere)
    ("Last year officials said the exam was fair.", "said", "officials", "unnamed_group"),
])
def test_a_year_group_stays_in_the_source(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_longer_circumstance_before_that_keeps_a_passive_hearsay():
    text = "Parents were warned in a text message on Thursday night that the school would be closed."
    assert source_and_content(text, "warned") == (None, "the school would be closed")
    assert [a.source_type for a in attributions(text)] == ["agentless"]


@pytest.mark.parametrize("text, source, kind", [
    ("The independent appeal panel heard that the family had moved house.", "The independent appeal panel",
     "unnamed_group"),
    ("The meeting heard that the roof of the village hall leaked.", "The meeting", "unnamed_group"),
    ("Magistrates heard that the driver had been warned twice.", "Magistrates", "unnamed_group"),
])
def test_a_hearing_body_credits_what_it_heard(text, source, kind):
    assert typed_source(text, "heard")[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The panel heard the case over six weeks.",
    "The senior coroner heard four treasure cases in a single afternoon at the county hall in Truro.",
    "The committee heard from 41 witnesses.",
])
def test_a_hearing_held_credits_nothing(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The trust’s letter to staff continues: “No compulsory redundancies are planned at this stage.”",
     "continues", "The trust’s letter to staff", "document"),
    ("Prager continues, “In fact, the argument fails on its own terms.”", "continues", "Prager", "named_person"),
    # a table of results is a document, like a chart
    ("The Department for Education's performance table, published on Thursday, shows Fairfield Grammar "
     "as the highest-scoring state school in the county.", "shows",
     "The Department for Education's performance table", "document"),
])
def test_continues_and_tables(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    # a screening and a class's game
    "The Borrowdale Mountain Film Festival will show 32 films over four nights in November.",
    "Reception children brought in their favourite teddies for show and tell on Friday afternoon.",
    # added to a tally, after a clause that says nothing
    "Lena Brandt, 19, claimed the women's lead title on Sunday, adding to the bouldering bronze she won in June.",
    # famous, not remarked on
    "Noted alpinist Harriet Vance, 74, will open the festival at the Brewery Arts Centre on Friday.",
    # people let in
    "The bothy admits only eight people at a time under the new booking rules.",
    # confirmed in a rite, the subject's head before its place
    "Forty-two pupils from St Oswald’s Catholic High were confirmed by the Bishop of Wendlebury at a service on Sunday.",
    # a price, a skill, a delivery, a title read
    "The guide quoted a price of £1,200 for the three-day traverse, including hut fees.",
    "The guide understood German, French and just enough Italian to order dinner in the refuge.",
    "Volunteers from the PTA posted raffle tickets through every letterbox on the Meadowcroft estate.",
    'Year 7 pupils read "Holes" by Louis Sachar in their first term.',
])
def test_acts_that_look_like_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Polls show 52 percent of voters back him.", "show", "Polls"),
    ("She said it was fine, adding to the Associated Press that it would pass.", "adding", "She"),
    ('Noted Smith: "It is over."', "Noted", "Smith"),
    ("He admitted only two mistakes.", "admitted", "He"),
    ("The news from St Oswald’s Catholic High was confirmed by the Bishop of Wendlebury.", "confirmed",
     "the Bishop of Wendlebury"),
    ("She understood German concerns about the plan.", "understood", "She"),
    ('"We will win," read the protesters.', "read", "the protesters"),
])
def test_the_same_verbs_still_attribute(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_the_screened_film_is_a_finding_when_it_shows_a_clause():
    text = "The film shows that the keeper was not to blame."
    assert [span_text(text, a.cue) for a in attributions(text)] == ["shows"]
