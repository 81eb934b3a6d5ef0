"""Round 67: sentences from three phrasebooks of business and market copy, world news and court
reporting, and celebrity, social-media and first-hand copy (benchmarks/frame_battery.py): what an
apposition or a relative says about a name, names given in full once and cut short later, two
parties speaking together, and a quantifier before a plural record."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Walker Harrison, which advises several governments on sanctions, said the measures would bite.", "said",
     "Walker Harrison"),
    ("Sentinel, the monitoring group, said it had documented 61 attacks.", "said", "Sentinel"),
    ("Pemberton, the insurer, estimated that claims would top $1.2 billion.", "estimated", "Pemberton"),
    ("Brightwater, the security firm guarding the pipeline, said its guards fired warning shots.", "said",
     "Brightwater"),
    ("Whitcombe, the Nairobi-based payments firm, said volumes had doubled.", "said", "Whitcombe"),
    ("The Justice League of Ardena, a bar association, said the verdict set a dangerous precedent.", "said",
     "The Justice League of Ardena"),
])
def test_an_apposition_or_which_headed_by_a_body_makes_the_name_an_organisation(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("GrimWolf, a streamer with 3 million subscribers, said police had raided his home.", "said", "GrimWolf"),
    ("Sterling Church, the defendant's brother, testified that the two had not spoken since 2018.", "testified",
     "Sterling Church"),
])
def test_an_apposition_headed_by_a_person_makes_the_name_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    # the apposition describes what the phrase ends in, not its head
    ("Tom Fitton, the president of Judicial Watch, which has sued for the records, said the damage is done.",
     "said", "Tom Fitton"),
    # a name inside the apposition neither heads nor modifies it into a body
    ("Lloyd Grove, the Daily Beast editor who wrote the profile, tweeted the praise.", "tweeted", "Lloyd Grove"),
    ("“Facts may be undervalued,” said Robert Mason, a University of Washington professor.", "said", "Robert Mason"),
])
def test_appositions_that_describe_something_else_leave_a_person_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Harwell & Finch said it would seek damages.", "said", "Harwell & Finch"),
    ("The aid agency Bread Road warned that food stocks would run out.", "warned", "The aid agency Bread Road"),
    ("Halvorsen Freight said in a filing that it would cut 400 jobs.", "said", "Halvorsen Freight"),
    ("Corvel Analytics estimates that the drought has cut output by 9 percent.", "estimates", "Corvel Analytics"),
    ("According to the Lantern Rights Collective, 3,000 people have been detained.", "According to",
     "the Lantern Rights Collective"),
])
def test_partners_a_body_noun_before_the_name_and_trade_words_name_firms(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Castellan Defence Systems makes the drones. Castellan said none had been sold to the militia.", "said",
     "Castellan"),
    ("Mercer Logistics ran the supply contract. Mercer said its drivers had been told the road was safe.", "said",
     "Mercer"),
])
def test_a_firm_cut_to_its_first_word_stays_a_firm(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_firm_cut_short_lets_it_stand_for_it():
    text = "Oakridge Mutual has raised premiums three times. It blamed rising repair costs."
    a = one(text, "blamed")
    assert (a.source_type, a.named, span_text(text, a.resolved_from)) == ("named_organization", True, "Oakridge Mutual")


@pytest.mark.parametrize("text, cue, source", [
    # a person's name the document gives elsewhere is never the firm named after them
    ("The Clinton Foundation paid for the trip. Mrs. Clinton flew home. Clinton said it was worth it.", "said",
     "Clinton"),
    ("The Hillary Victory Fund raised $9 million. Hillary said the money would go to the states.", "said",
     "Hillary"),
    ("Sarah Banks produced three tracks. Banks said the sessions were chaos.", "said", "Banks"),
])
def test_a_persons_short_name_stays_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


def test_banks_alone_are_still_banks():
    assert typed_source("Banks said they would lend more.", "said") == ("Banks", "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source, kind, named", [
    ("Karen Lowe and her attorney said they would appeal the ruling.", "said", "Karen Lowe and her attorney",
     "named_person", True),
    ("The mayor and her deputy said the festival would return.", "said", "The mayor and her deputy",
     "unnamed_group", False),
    ("His lawyer and Karen Lowe said they would appeal.", "said", "His lawyer and Karen Lowe", "named_person", True),
])
def test_two_parties_speaking_together(text, cue, source, kind, named):
    assert typed_source(text, cue) == (source, kind, named)


def test_a_pronoun_and_a_second_party_resolve_through_the_pronoun():
    text = "Jessa Kline arrived just after nine. She and her manager said they were relieved."
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type, a.named, span_text(text, a.resolved_from)) == (
        "She and her manager", "named_person", True, "Jessa Kline")


def test_names_joined_inside_one_body_stay_one_body():
    text = "The Department of Health and Human Services said the rule would take effect in May."
    assert typed_source(text, "said") == ("The Department of Health and Human Services", "named_organization", True)


@pytest.mark.parametrize("text, source", [
    ("Some reports say he fled.", "Some reports"),
    ("Several reports suggest that he fled.", "Several reports"),
    ("Many reports claim that he fled.", "Many reports"),
    ("Some reports have said that he fled.", "Some reports"),
])
def test_a_quantifier_before_a_plural_record_and_its_verb_is_one_source(text, source):
    # "reports" before a verb of its own is the noun, not a second attribution with "Some" as source
    atts = attributions(text)
    assert [(span_text(text, a.source), a.source_type) for a in atts] == [(source, "unnamed_group")]


@pytest.mark.parametrize("text", ["Some report seeing lights over the lake.", "Many claim that he fled."])
def test_a_quantifier_standing_for_people_still_speaks(text):
    assert len(cues(text)) == 1


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The prospectus warns that the company may never turn a profit.", "warns", "The prospectus", "document"),
    ("The memoir claims that the creator banned her from the party.", "claims", "The memoir", "document"),
    ("The YouTuber said he had failed to do basic research.", "said", "The YouTuber", "unnamed_individual"),
    ("According to a regulatory filing made public on Friday, Pellworth sold its stake.", "According to",
     "a regulatory filing made public on Friday", "document"),
])
def test_new_records_and_people_nouns(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text", [
    "Delegates were seated according to the alphabetical order of their countries.",
    "He was sentenced according to the guidelines set out in the 2011 penal code.",
    "Delivery fees are calculated according to the weight of each parcel.",
])
def test_an_order_or_a_measure_according_to_is_nobodys_word(text):
    assert cues(text) == []
