"""Round 63: sentences from a phrasebook of wire, British, South Asian, business and consumer copy
(benchmarks/frame_battery.py): complaining verbs, titles of a body, letters after a name,
business names, the outlet naming itself, and forecasts."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("Senator Ray Castellano whined on cable news that he was the victim.", "whined",
     "Senator Ray Castellano", "he was the victim"),
    ("Party insiders grumble that the leader has surrounded himself with yes-men.", "grumble",
     "Party insiders", "the leader has surrounded himself with yes-men"),
    ("“It's a disgrace,” fumed pensioner Derek Hollins.", "fumed", "pensioner Derek Hollins", "It's a disgrace,"),
    ("Fans gripe that the tickets cost too much.", "gripe", "Fans", "the tickets cost too much"),
    ("She vented to her husband that the deal was doomed.", "vented", "She", "the deal was doomed"),
    ("On Monday, the mayor groused to a crowd that the paper was unfair.", "groused", "the mayor",
     "the paper was unfair"),
])
def test_complaining_is_saying(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The air vent was blocked.",
    "Their main gripe is the price.",
    "The moan of the wind kept us awake.",
])
def test_the_nouns_of_complaining_are_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source, source_type, named", [
    ("A senior officer of the Delhi Police said the module had been active.",
     "A senior officer of the Delhi Police", "unnamed_individual", False),
    ("The director of the FBI said the module had been active.", "The director of the FBI", "unnamed_individual", False),
    ("Officials of the Interior Ministry said the module had been active.",
     "Officials of the Interior Ministry", "unnamed_group", False),
    ("Director of the CIA John Brennan said the module had been active.",
     "Director of the CIA John Brennan", "named_person", True),
    ("Secretary of State John Kerry said the module had been active.",
     "Secretary of State John Kerry", "named_person", True),
])
def test_a_title_of_a_body_names_no_one(text, source, source_type, named):
    attribution = one(text, "said")
    assert (span_text(text, attribution.source), attribution.source_type, attribution.named) == (
        source, source_type, named)


def test_the_name_after_a_title_of_a_body_is_the_source():
    text = "The director of the European Centre, Ina Kirsch, told the AP her group never worked with him."
    attribution = one(text, "told")
    assert (span_text(text, attribution.source), attribution.source_type) == ("Ina Kirsch", "named_person")


@pytest.mark.parametrize("text, source", [
    ("Prosecutor Helen Marsh KC told the court that the accounts were plundered.", "Prosecutor Helen Marsh KC"),
    ("Helen Marsh MP said the accounts were plundered.", "Helen Marsh MP"),
    ("Jane Roe OBE said the accounts were plundered.", "Jane Roe OBE"),
    ("Mr Okafor QC said the accounts were plundered.", "Mr Okafor QC"),
])
def test_letters_after_a_name_are_a_person_s(text, source):
    attribution = attributions_with_source(text)
    assert attribution == (source, "named_person")


@pytest.mark.parametrize("text, source", [
    ("Northwind Energy said it would cut 1,200 jobs.", "Northwind Energy"),
    ("Vantage Labs said in a blog post that the outage was caused by a faulty change.", "Vantage Labs"),
    ("Capital Economics said growth would slow.", "Capital Economics"),
    ("Halcyon Pharmaceuticals said the trial had been stopped.", "Halcyon Pharmaceuticals"),
])
def test_a_business_name_is_an_organisation(text, source):
    assert attributions_with_source(text) == (source, "named_organization")


def test_the_irish_police_are_an_unnamed_group():
    assert attributions_with_source("Gardaí said a man in his 30s had been arrested.") == ("Gardaí", "unnamed_group")


@pytest.mark.parametrize("text, source", [
    ("As this blog has repeatedly argued, the parking scheme is a tax.", "this blog"),
    ("Our correspondent reported that the town had fallen.", "Our correspondent"),
    ("This paper reported last year that the contract was never signed.", "This paper"),
])
def test_the_outlet_naming_itself_is_self(text, source):
    assert attributions_with_source(text) == (source, "self")


def test_the_outlet_s_recipient_is_not_its_source():
    text = "The spokesman told this correspondent that the town fell."
    assert attributions_with_source(text) == ("The spokesman", "unnamed_individual")


def attributions_with_source(text):
    (attribution,) = [a for a in attributions(text) if a.source is not None]
    return span_text(text, attribution.source), attribution.source_type


@pytest.mark.parametrize("text, cue, source, content", [
    ("The India Meteorological Department has forecast heavy rainfall over the next 48 hours.", "forecast",
     "The India Meteorological Department", "heavy rainfall over the next 48 hours"),
    ("The agency has forecast that rainfall will be heavy.", "forecast", "The agency", "rainfall will be heavy"),
])
def test_a_participle_spelt_as_its_base_is_a_verb_after_have(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_forecasts_held_are_no_cue():
    assert cues("The agency has forecasts of rain for the weekend.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("A petition signed by more than 4,000 people demands that the pool be kept open.", "demands",
     "A petition signed by more than 4,000 people"),
    ("More than 40 senators said the plan had failed.", "said", "More than 40 senators"),
    ("Fewer than 10 residents said they had been consulted.", "said", "Fewer than 10 residents"),
])
def test_a_count_with_than_stays_in_its_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, source", [
    ("The planning application states that the building would be no higher than four storeys.",
     "The planning application"),
    ("The agreement says that both sides will withdraw.", "The agreement"),
    ("The policy states that staff must wear masks.", "The policy"),
])
def test_an_application_an_agreement_and_a_policy_are_documents(text, source):
    assert attributions_with_source(text) == (source, "document")


def test_a_setting_after_an_opening_adverb_credits_the_video():
    text = ("Incredibly, in a video that has gone viral on Facebook, tourists in India were witness to a brutal "
            "fight between a male Bengal tiger and a mother sloth bear defending her cub.")
    assert [(a.source_type, span_text(text, a.source)) for a in attributions(text)] == [("document", "a video")]


@pytest.mark.parametrize("text, cue, source_type", [
    ("The confrontation between Mr. Trump and the Khan family echoes a controversy in June.", "echoes",
     "unnamed_individual"),
])
def test_a_name_after_between_does_not_name_the_head(text, cue, source_type):
    attribution = one(text, cue)
    assert (attribution.source_type, attribution.named) == (source_type, False)


@pytest.mark.parametrize("text, source", [
    ("Abdulrahman al-Hashimi, a spokesman for the interior ministry in Baghdad, said 14 suspects had been detained.",
     "Abdulrahman al-Hashimi"),
    ("Prince Faisal bin Turki al-Rashed said the kingdom would host the next round of talks.",
     "Prince Faisal bin Turki al-Rashed"),
    ("The talks failed, said Abu Bakr al-Baghdadi.", "Abu Bakr al-Baghdadi"),
    ("Omar ibn Hamad al-Mansouri said the fund would invest $3bn.", "Omar ibn Hamad al-Mansouri"),
])
def test_an_arabic_name_with_a_joined_particle_is_a_person(text, source):
    assert attributions_with_source(text) == (source, "named_person")


@pytest.mark.parametrize("text, cue, source", [
    ("Tolliver, who police say ran the network, will stand trial.", "say", "police"),
    ("Tolliver, who prosecutors allege ran the network from his cell, will stand trial.", "allege", "prosecutors"),
    ("The man, who witnesses said was armed, fled.", "said", "witnesses"),
])
def test_people_inside_a_relative_clause_speak_of_its_antecedent(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_name_with_an_unclosed_description_still_speaks():
    text = "Dr Jones, who is from the US Geological Survey said the quake was small."
    assert source_and_content(text, "said") == ("Dr Jones", "the quake was small")


@pytest.mark.parametrize("text", [
    "He claimed the title with a final-round 66.",
    "She claimed gold in the 400 metres on the final night.",
    "She reported for duty at 6 a.m. on the day of the attack.",
    "The midfielder reported to the training camp a week late.",
    "He wrote off his car in a collision on the ring road.",
])
def test_winning_turning_up_and_writing_off_are_acts(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("He claimed the title was rigged.", "claimed", "the title was rigged"),
    ("He reported to Congress that the plan failed.", "reported", "the plan failed"),
])
def test_a_clause_after_the_same_words_is_still_a_statement(text, cue, content):
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text, source", [
    ("In Dr. Okonkwo's view, the outbreak could have been contained.", "Dr. Okonkwo's"),
    ("In Gov. Chris Christie's words, the deal is dead.", "Gov. Chris Christie's"),
])
def test_a_title_with_a_period_stays_in_an_owned_frame(text, source):
    assert attributions_with_source(text) == (source, "named_person")
