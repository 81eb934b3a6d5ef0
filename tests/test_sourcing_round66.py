"""Round 66: sentences from two phrasebooks of science, health, technology and sport copy, and of
US politics, local news and opinion copy (benchmarks/frame_battery.py): bodies named in brand
spelling or by a word that only a body's name ends in, the outlet's own reporting, and acts that
read like speech."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("“We take the security of our customers seriously,” NorthBank said.", "said", "NorthBank"),
    ("HarperCollins declined to comment on the memoir.", "declined", "HarperCollins"),
    ("Immigration and Customs Enforcement confirmed that 37 people were detained in the raids.", "confirmed",
     "Immigration and Customs Enforcement"),
    ("Customs and Border Protection said the number of crossings fell in May.", "said", "Customs and Border Protection"),
    ("Manchester City confirmed that the midfielder had torn a hamstring.", "confirmed", "Manchester City"),
    ("Citizens Advice said the number of people seeking help had doubled.", "said", "Citizens Advice"),
    ("City Hall insisted that the budget was balanced.", "insisted", "City Hall"),
])
def test_bodies_named_by_brand_spelling_or_a_body_word_are_organisations(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("DeSantis said the count was right.", "said", "DeSantis"),
    ("MacArthur said the count was right.", "said", "MacArthur"),
    ("RossellÛ said he was grateful for the aid.", "said", "RossellÛ"),
    ("“We won,” said United Auto Workers Secretary-Treasurer Gary Casteel.", "said",
     "United Auto Workers Secretary-Treasurer Gary Casteel"),
])
def test_capitals_inside_a_persons_name_and_hyphenated_titles_stay_people(text, cue, source):
    # (two-letter prefixes and "Mac" are names' spelling; a capital at the end is a mis-decoded accent)
    assert typed_source(text, cue) == (source, "named_person", True)


def test_a_hashtag_in_brand_spelling_is_not_a_body():
    # the relative "which" after a hashtag did not become the hashtag's statement
    text = ("They are better trained than #TehreekeTalibanPakistan, which strongly indicates to the "
            "established notion that they are mercenaries.")
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Advocates say the count misses thousands of people.", "say", "Advocates"),
    ("Advocates for the homeless noted that the annual count likely misses thousands of people.", "noted",
     "Advocates for the homeless"),
    ("Iowa biofuels advocates say they already have private promises.", "say", "Iowa biofuels advocates"),
])
def test_advocates_are_an_unnamed_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_advocates_after_a_name_is_still_the_verb():
    a = one("Joe Smith advocates a new tax. He says it works.", "says")
    assert (a.source_type, a.named) == ("named_person", True)


@pytest.mark.parametrize("text, source", [
    ("This newspaper has learned that the superintendent submitted her resignation on Friday.", "This newspaper"),
    ("An investigation by this newspaper found that the app had shared users' health data.",
     "An investigation by this newspaper"),
])
def test_the_outlets_own_reporting_is_self(text, source):
    cue = "learned" if "learned" in text else "found"
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type) == (source, "self")


@pytest.mark.parametrize("text", [
    "We have learned that the mayor will resign.",  # the writers' own knowledge, as "we believe"
    "I learned that the hard way.",
])
def test_the_writer_learning_in_person_is_no_source(text):
    assert cues(text) == []


def test_someone_elses_investigation_stays_a_document():
    text = "An investigation by the Times found that the app had shared data."
    assert typed_source(text, "found") == ("An investigation by the Times", "document", True)


@pytest.mark.parametrize("text", [
    "The relay team claimed a bronze medal in Budapest.",
    "The senator claimed her luggage at Reagan National and headed to the Capitol.",
    "The marathon runner posted a personal best of 2:04:31 in Berlin.",
    "The agency posted 400 job openings on its website last month.",
    "He wrote his name on the ballot envelope and dropped it in the box.",
    "She wrote her doctoral thesis on the migration of Arctic terns.",
    "Academy players must report for pre-season training on July 1.",
    "Players were ranked according to their average scores over the season.",
    "Prices vary according to the size of the room.",
    "She noted down the readings every hour throughout the night shift.",
    "Urged on by the home crowd, the sprinter surged past the leader.",
    "The prototype was shown to visitors at the trade fair in Hanover.",
])
def test_acts_that_read_like_speech_are_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The rebels claimed the attack was staged by the army.", "claimed"),
    ("She wrote in her thesis that the birds were declining.", "wrote"),
    ("He posted on Facebook that the race was rigged.", "posted"),
    ("According to the coach, players were ranked by their scores.", "According to"),
    ("She noted that the readings were falling.", "noted"),
    ("He urged voters on Tuesday to stay home.", "urged"),
    ("Both women are well known to voters across the aisle.", "known"),
])
def test_the_same_words_still_attribute(text, cue):
    assert cue in cues(text)


def test_an_ing_noun_before_a_verb_is_no_reduced_relative():
    # "briefing" was read as "the press [who are] briefing", its content "was postponed"
    assert cues("The White House press briefing was postponed until Thursday.") == []
    assert "said" in cues("Officials briefing reporters said the talks had stalled.")


@pytest.mark.parametrize("text, cue, source", [
    ("Internal campaign polling, shared with donors, shows the race within the margin of error.", "shows",
     "Internal campaign polling"),
    ("Recent polling shows that the senator's rating fell.", "shows", "Recent polling"),
])
def test_polling_is_a_record(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


def test_a_relative_after_an_adverb_and_an_opening_phrase_ends_at_its_comma():
    text = ("Even in the face of polling that documented Mr. Trump's appeal, and even after his win in "
            "New Hampshire, they privately doubted that he could sustain his momentum.")
    assert span_text(text, one(text, "documented").content) == "Mr. Trump's appeal"
    assert span_text(text, one(text, "doubted").content) == "he could sustain his momentum"


@pytest.mark.parametrize("text, antecedent, source_type", [
    ("Even in the face of polling that documented his appeal, they doubted him.", "polling", "document"),
    ("Clinton drew the ire of lawmakers who thought she was too involved.", "lawmakers", "unnamed_group"),
    ("Hollande has joined a growing list of world leaders who have slammed Trump.", "world leaders", "unnamed_group"),
])
def test_a_relative_after_of_stands_for_the_source_when_the_word_before_is_none(text, antecedent, source_type):
    a = attributions(text)[0]
    assert (span_text(text, a.resolved_from), a.source_type) == (antecedent, source_type)



@pytest.mark.parametrize("text, cue, source", [
    ("Brokers report that first-time buyers are waiting longer.", "report", "Brokers"),
    ("Commuters say the new timetable has made journeys longer.", "say", "Commuters"),
    ("Motorists complained that the roadworks had doubled their journey times.", "complained", "Motorists"),
])
def test_more_people_by_their_trade_or_their_travel_are_unnamed(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Hadley Construction denied that corners had been cut on the tower's fire safety.", "denied", "Hadley Construction"),
    ("Brightwater Properties said the tenants had been given notice.", "said", "Brightwater Properties"),
])
def test_firms_named_by_their_trade_are_organisations(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text", [
    "The carmaker recalled 80,000 pickup trucks in 2019 over a faulty fuel pump.",
    "The toy maker recalled two million teething rings last spring.",
])
def test_a_product_recall_is_not_remembering(text):
    assert cues(text) == []


def test_remembering_still_attributes():
    assert cues("He recalled that the plant had closed in 1998.") == ["recalled"]


@pytest.mark.parametrize("text, cue, source", [
    ("The receipt shows the purchase was made at 11:42 p.m.", "shows", "The receipt"),
    ("A voicemail left on the family's phone indicated the caller knew where they lived.", "indicated",
     "A voicemail left on the family's phone"),
    ("A note left at the scene said the attack was revenge.", "said", "A note left at the scene"),
    ("The product description claims the vacuum runs for up to 90 minutes.", "claims", "The product description"),
])
def test_more_records_speak(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Campers interviewed by the station said the warning came with almost no notice.", "said",
     "Campers interviewed by the station"),
    ("Hikers rescued from the mountain said they had run out of water.", "said", "Hikers rescued from the mountain"),
])
def test_people_outdoors_are_unnamed_groups(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_delta_is_the_airline():
    text = "Delta told customers in an email that the route would be suspended."
    assert typed_source(text, "told") == ("Delta", "named_organization", True)


def test_our_testers_are_the_outlet():
    text = "Our testers found that the mattress was too firm for most side sleepers."
    assert typed_source(text, "found") == ("Our testers", "self", False)


@pytest.mark.parametrize("text, cue", [
    ("Up to 30 people are feared dead after the landslide.", "feared"),
    ("The crew of the trawler is believed missing.", "believed"),
])
def test_a_fate_believed_in_the_passive_is_agentless(text, cue):
    a = one(text, cue)
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", text[:-1])



def test_a_fate_word_after_an_active_belief_keeps_its_holder():
    text = "Residents feared dead bodies lay under the rubble."
    assert [a.source_type for a in attributions(text)] == ["unnamed_group"]


def test_a_count_after_recalled_that_follows_a_quotation_is_its_speakers():
    text = "“The plan has failed,” recalled two people familiar with the matter."
    assert typed_source(text, "recalled") == ("two people familiar with the matter", "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "He is said to always carry a gun.",
    "The men are said to sometimes sleep in the mosque.",
])
def test_an_adverb_in_s_after_to_is_no_plural(text):
    # the bare plural after a passive verb of speech ("was shown to visitors") is an act; an
    # adverb that splits the infinitive leaves it hearsay
    a = attributions(text)[0]
    assert (a.source_type, span_text(text, a.content)) == ("agentless", text[:-1])
