"""Round 71: sentences from four new phrasebooks (Washington politics; local government, housing
and labour; long-form features; energy, commodities and trade): people and bodies the source
nouns lacked, a capitalised adjective before a party's members, money that is claimed or posted,
and a sentence that opens with a name whose -s verb is also a plural noun."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, typed_source


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Delegates from three Gulf producers said the cut could be extended.", "said",
     "Delegates from three Gulf producers", "unnamed_group"),
    ("One California delegate said he could not give away a single pass.", "said", "One California delegate", "unnamed_individual"),
    ("The Senate parliamentarian advised that the provision could not be included.", "advised",
     "The Senate parliamentarian", "unnamed_individual"),
    ("Moderate Democrats fear that the party's left flank will cost them their seats.", "fear",
     "Moderate Democrats", "unnamed_group"),
    ("Independents remain skeptical that either party can fix the economy.", "skeptical", "Independents", "unnamed_group"),
    ("According to the White House's official schedule, the president has no public events.", "According to",
     "the White House's official schedule", "document"),
])
def test_new_source_nouns(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_the_independent_stays_a_newspaper():
    assert typed_source("The Independent reported that the deal was off.", "reported")[1:] == ("named_organization", True)


@pytest.mark.parametrize("text", [
    "Wyndham, the borough with the longest waiting list in the county, said it had run out of beds.",
    "Anchor, the Norwegian offshore driller, has warned that rig rates could fall next year.",
])
def test_an_apposition_headed_by_a_body_makes_the_name_an_organisation(text):
    cue = "warned" if "warned" in text else "said"
    assert typed_source(text, cue)[1:] == ("named_organization", True)


@pytest.mark.parametrize("text", [
    "The Treasury posted a $200 billion deficit in March.",
    "The representative claimed $12,000 in travel expenses last quarter.",
    "The cooperative claimed 4 million euros in drought compensation last year.",
    "Refugee families claimed the last few places at the language school.",
    "The striker claimed a hat-trick in the second half.",
])
def test_money_places_and_goals_claimed_or_posted_are_acts(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("He claimed $1 million was stolen from the account.", "claimed"),
    ("The firm posted a message saying it was closed.", "posted"),
])
def test_a_clause_or_a_message_after_them_is_still_a_statement(text, cue):
    assert cue in cues(text)


def test_a_name_whose_verb_is_also_a_plural_noun_opens_the_sentence_before():
    text = "Councillor Joan Pike chairs the housing committee. She told the meeting that the waiting list had doubled."
    assert typed_source(text, "told") == ("She", "named_person", True)


def test_a_name_before_a_plural_noun_still_modifies_it():
    text = "Clinton aides met on Monday. They said the talks went well."
    assert typed_source(text, "said")[1] != "named_person"


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Many of the cleaners fear they will lose their jobs.", "fear", "Many of the cleaners", "unnamed_group"),
    ("A 2003 profile in Vanity Fair described him as “the loneliest man in Hollywood”.", "described",
     "A 2003 profile in Vanity Fair", "document"),
    ("Our critic described the production as “three hours of beautiful confusion”.", "described", "Our critic", "self"),
])
def test_more_people_records_and_the_outlets_critic(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_a_described_group_opening_the_sentence_before_is_what_they_stands_for():
    text = "Cleaners at St Anne's Hospital walked out on Monday. They say they have been paid late four months running."
    assert typed_source(text, "say") == ("They", "unnamed_group", False)


def test_her_before_a_record_is_its_owner_not_a_subject():
    text = "Her new memoir claims the band was put together by a Swedish marketing firm."
    assert typed_source(text, "claims")[:2] == ("Her new memoir", "document")


def test_a_subject_pronoun_before_a_bare_noun_still_makes_it_a_modifier():
    assert attributions("They fulfill campaign promises that cost money.") == ()


@pytest.mark.parametrize("text, cue, source_type", [
    ("Local Government Ombudsman Harriet Cole found that the council had ignored 14 complaints.", "found", "named_person"),
    ("The museum's curator said the vase had been in storage since 1951.", "said", "unnamed_individual"),
    ("An independent arbitrator ruled that the dismissal was unfair.", "ruled", "unnamed_individual"),
])
def test_offices_and_trades_that_speak_for_themselves(text, cue, source_type):
    assert typed_source(text, cue)[1] == source_type
