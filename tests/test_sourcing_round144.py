"""Round 144: sentences from the allotment and clock-repair phrasebooks (unseen in round 143):
words spelt in "-eed" that are no participles, advice given after a quotation, people placed
before a comma's town, the time told by a clock, people refused something where they are, a
trophy conceded, a rota posted, and an auxiliary that ends the first of two objects of "deny"."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Volunteers at the Saturday seed swap told reporters that demand for free seed had tripled.",
     "told", "Volunteers at the Saturday seed swap"),
    ("Members of the rare breed society said the show would go ahead.", "said", "Members of the rare breed society"),
    ("“Grow what you’ll eat, not what wins cups,” Peggy Lomas advises every new tenant who turns up at Walkley.",
     "advises", "Peggy Lomas"),
    ("“Keep the pendulum clean,” she advised them.", "advised", "she"),
    # guards: a participle in "-eed" still ends a phrase; advice given as a trade is no statement
    ("Officials agreed Jones said it was over.", "said", "Jones"),
])
def test_sources(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Bell-ringers at St Giles, Wrexham, stressed that they had never wound the clock.",
     "stressed", "Bell-ringers at St Giles, Wrexham"),
    ("The winders at All Saints, Hertford, agreed that the clock ran better.", "agreed", "The winders at All Saints, Hertford"),
])
def test_people_at_a_place_in_a_town(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "The tenor bell told the hour across the Wolds for the first time since 2008.",
    "The sundial on the south porch tells the time only when the sun shines.",
    "Late frosts denied growers on the Pennine sites their usual early crop of new potatoes.",
    "Hillside conceded the inter-society shield to Moorfield after a tie-break.",
    "The church posted the winding rota on the noticeboard in the porch.",
    "He advised the company on its merger.",
])
def test_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # guards: a time that opens a clause, a newspaper, a denial of a claim, a concession of a point
    ("He told the hour was late.", "told"),
    ("She told the Times that it was over.", "told"),
    ("Residents at the estate denied their dogs had caused any damage.", "denied"),
    ("He denied the firm had made any profit.", "denied"),
    ("He conceded the cup was lost before half-time.", "conceded"),
])
def test_still_a_statement(text, cue):
    assert cue in cues(text)
