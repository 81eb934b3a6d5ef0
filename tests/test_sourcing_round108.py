"""Round 108: sentences from the vineyards and tennis phrasebooks (unseen in round 107) and the
leads they opened: wine estates named in their own language, the outlet's own panel, a
treasurer and a specification, a quantifier after "though", a clause-ending verb after a number,
a role in two words after "confirmed ... as", and acts that are not statements (trucks recalled,
sets conceded, a point claimed, a bag left behind and claimed, a match reported for, officials
posted, samples rejected, a reading on a refractometer, a recipe that calls for, a sound that
announces, replies in play, a caution for a fault, a headline's title claimed)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Château Bellerive claimed in a statement on Tuesday that its vines had been sprayed.", "claimed",
     "Château Bellerive", "named_organization"),
    ("Bodegas Ortuzar denied that any grapes from outside the denomination had gone into its crianza.", "denied",
     "Bodegas Ortuzar", "named_organization"),
    ("Weingut Falkenstein has pledged to convert all 28 hectares of its Riesling to organic farming by 2027.",
     "pledged", "Weingut Falkenstein", "named_organization"),
    ("Our tasting panel found that more than a third of the own-label wines it sampled were faulty.", "found",
     "Our tasting panel", "self"),
    ("The appellation's specification states that yields must not exceed 55 hectolitres per hectare.", "states",
     "The appellation's specification", "document"),
    ("The club's treasurer fears that rising floodlight costs could push winter membership fees up by a third.",
     "fears", "The club's treasurer", "unnamed_individual"),
    ("“The queue started at 4am,” a steward at Gate 3 recalled.", "recalled", "a steward at Gate 3",
     "unnamed_individual"),
    # (a surname that spells a word for a place stays a person's after a given name)
    ("Nick Cave said the album was done.", "said", "Nick Cave", "named_person"),
])
def test_bodies_records_people_and_the_outlet(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_pronoun_takes_a_wine_estate():
    text = ("Kellerei Sankt Anna lost most of its Gewürztraminer to frost in April. It said on Monday that members "
            "would be paid for the lost fruit.")
    a = attributions(text)[0]
    assert (a.source_type, a.named) == ("named_organization", True)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Members voted to accept the cut, though several told this newspaper they felt they had no choice.", "told",
     "several", "they felt they had no choice"),
    ("Members voted to accept the cut, though several said they had no choice.", "said", "several",
     "they had no choice"),
])
def test_a_quantifier_after_though_stands_for_people(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The co-operative recalled its delivery trucks when the hail began.",
    "The refractometer said 24 Brix, but the seeds were still green and bitter.",
    "The recipe for the estate's mulled wine calls for a whole bottle of young Grenache.",
    "A clatter of empty bins announced the first trailer of the morning.",
    "The Institut's tasting panel rejected 31 of the 240 samples submitted for approval.",
    "The board confirmed Hannah Ferro as team captain for next year's cup tie against Norway.",
    "The Irishman conceded the first set with a double fault on set point.",
    "Marchetti claimed her first ranking point at a $15,000 event in Monastir in 2017.",
    "Ferreira reported for his first-round match with his left thigh heavily strapped.",
    "The referee posted three extra officials at the entrance to the players' garden.",
    "Stefanov answered with a love hold to level the match at one set all.",
    "The veteran answered the teenager's challenge with a 6-1 opening set in the Sunday final.",
    "The umpire gave Costa a time warning for taking too long between points at 4-4.",
    "Nobody claimed the racquet bag left in the men's changing room for three weeks.",
    "Nowak Claims Third Clay Title of the Season",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause or words follow
    ("He claimed the bag found in the car was not his.", "claimed"),
    ("She claimed the bag was left in the car.", "claimed"),
    ("He claimed the third quarter was decisive.", "claimed"),
    ("Nowak Claims Third Title Was Stolen", "Claims"),
    ("She answered the question with a statement.", "answered"),
    ("The mayor issued a stark warning that the city would flood.", "warning"),
    ("The panel rejected the claim that it was biased.", "rejected"),
    ("The chairman of the guild announced that the tower would close.", "announced"),
    ("The board confirmed Smith as the source of the leak.", "confirmed"),
    # (a point claimed is a gain, but "at one point" is a time)
    ("He claimed at one point, a supporter asked people to leave.", "claimed"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)


def test_a_participle_before_its_noun_after_a_number_is_still_no_verb():
    assert cues("The 271 pledged delegates met on Monday.") == []
