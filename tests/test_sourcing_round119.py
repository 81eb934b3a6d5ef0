"""Round 119: sentences from the choirs and scrapyards phrasebooks (unseen in round 118) and the
leads they opened: a bare verb after a shop's or a church's possessive name ("Staff at
Sainsbury's say"); a share before the bodies a "that" hangs on ("Most of the firms that
attended said"); a parenthesis inside a long description; a machine's operator as a person; a
plural owner's website as a record; new nouns (a cathedral, a soprano); and acts that are not
statements (a car claimed from a pound; a best ever mark posted).  Also an older lead: "at
least" after a participle is a count, not where people were ("Police claimed at least nine
protesters were armed" had been read as "police [who were] claimed at ...")."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Staff at Sainsbury's say the store will close in March.", "say", "Staff at Sainsbury's", "unnamed_group"),
    ("Churchwardens at St Mary's think the new boiler will make evensong bearable.",
     "think", "Churchwardens at St Mary's", "unnamed_group"),
    ("Half of the clubs that replied said hall hire was their biggest worry.", "said", "Half of the clubs", "unnamed_group"),
    ("Sixty per cent of the choirs that responded said costs had risen.",
     "said", "Sixty per cent of the choirs", "unnamed_group"),
    ("Most of the firms that attended said prices had fallen.", "said", "Most of the firms", "unnamed_group"),
    ("One longtime member, who has sung bass with the society since 1979 and missed only two concerts in "
     "that time (both for the births of his daughters), said the singing had never been better.",
     "said", "One longtime member", "unnamed_individual"),
    ("A crane operator, speaking on condition of anonymity, said the jib had been faulty for weeks.",
     "said", "A crane operator", "unnamed_individual"),
    ("The crusher’s operator said he had followed the manual.", "said", "The crusher’s operator", "unnamed_individual"),
    ("The Ravensworth Singers' website claims the choir has no auditions.",
     "claims", "The Ravensworth Singers' website", "document"),
    ("The cathedral said the choir would return in October.", "said", "The cathedral", "unnamed_group"),
    ("A soprano from the visiting choir spoke after the final. She said the hall was kind to voices.",
     "said", "She", "unnamed_individual"),
    # (a firm that runs a network or tours stays a body; a lone plural owner is left as it was)
    ("The network operator said the line was down.", "said", "The network operator", "unnamed_group"),
    ("A tour operator said bookings were down.", "said", "A tour operator", "unnamed_group"),
    ("Reuters' website said the plan had failed.", "said", "Reuters' website", "named_organization"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_relative_verb_with_its_own_clause_still_reports():
    text = "Voters who believe the economy is weak said so."
    assert cues(text) == ["believe", "said"]
    assert source_and_content(text, "believe")[1] == "the economy is weak"


@pytest.mark.parametrize("text", [
    "He claimed the car from the police pound three days too late.",
    "She claimed her bags from the lost property office.",
    "The choir posted its highest ever mark at the regional finals in Stoke.",
    "The club posted its best ever tally of points.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He claimed the money from the fund was stolen.", "claimed"),
    ("Trump's claim that he won was false.", "claim"),
    ("The choir posted a message on Facebook saying the concert was off.", "posted"),
    ("Voters in Leeds think the plan will work.", "think"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Police claimed at least nine protesters were armed.", "claimed", "Police", "at least nine protesters were armed"),
    ("Organisers estimated at most 300 people were inside.", "estimated", "Organisers", "at most 300 people were inside"),
    # (a place after the participle still makes the reduced relative)
    ("The punters questioned at Cheltenham said the going was soft.",
     "said", "The punters questioned at Cheltenham", "the going was soft"),
])
def test_at_least_after_a_verb_is_a_count(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)
