"""Round 45: errors found in samples of PolNeAR source disagreements and of attributions that
match no gold cue (dev split only): passives without "be", a negated "be", times between a
description and its verb, and participles after a possessive's noun cue."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, span_text


@pytest.mark.parametrize("text, cue", [
    ("Donald Trump isn’t expected to attend the dinner.", "expected"),
    ("Donald Trump isn't expected to attend the dinner.", "expected"),
    ("The senators weren't expected to vote for it.", "expected"),
    ("The primary is Aug. 30, with Rubio and Murphy expected to win.", "expected"),
    ("A developer known to be bullish on golf is Trump.", "known"),
    ("In a presidential year expected to produce record turnout, there are few signs.", "expected"),
    ("With the number of retirees projected to swell, the fund will run dry.", "projected"),
    ("The neighborhood, a community known to be supportive of the cause, cheered.", "known"),
])
def test_a_passive_of_expectation_has_no_source(text, cue):
    a = one(text, cue)
    assert a.source is None and a.source_type == "agentless"


@pytest.mark.parametrize("text, cue, source", [
    ("He survived what many people believed to be a campaign killer.", "believed", "many people"),
    ("He expected to win the state.", "expected", "He"),
    ("Sanders said to cheers that he will win.", "said", "Sanders"),
    ("The foundation reported to the IRS that his salary was paid.", "reported", "The foundation"),
])
def test_an_active_verb_before_to_keeps_its_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("Donald Trump wasn't saying much about the plan.", "Donald Trump"),
    ("They aren't proposing any troops.", "They"),
])
def test_a_negated_progressive_is_still_active(text, source):
    cue = "saying" if "saying" in text else "proposing"
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("Reince Priebus, the GOP chairman, this past week announced a website.", "Reince Priebus"),
    ("Priebus this past week announced a website.", "Priebus"),
    ("This week officials said the plan failed.", "officials"),
    ("This past week officials said the plan failed.", "officials"),
    ("That day the ministry said the plan failed.", "the ministry"),
])
def test_a_pointed_time_is_not_part_of_the_source(text, source):
    cue = "announced" if "announced" in text else "said"
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("This week's report said the plan failed.", "This week's report"),
    ("This report said the plan failed.", "This report"),
])
def test_a_determiner_before_a_noun_stays_in_the_source(text, source):
    assert span_text(text, one(text, "said").source) == source


@pytest.mark.parametrize("text, source", [
    ("Weaver didn’t seem impressed with Sanders’ comments Tuesday, telling reporters the plan failed.", "Weaver"),
    ("Weaver responded to Sanders’ remarks, saying the plan failed.", "Weaver"),
    ("Weaver was unhappy with Trump's remarks, saying they failed.", "Weaver"),
])
def test_a_participle_skips_the_owner_of_a_noun_cue_in_a_prepositional_phrase(text, source):
    cue = "telling" if "telling" in text else "saying"
    assert span_text(text, one(text, cue).source) == source


def test_a_participle_after_with_and_a_speaker_keeps_that_speaker():
    text = "Republicans chimed in, with Donald Trump tweeting that it was a disaster and asking why."
    assert span_text(text, one(text, "asking").source) == "Donald Trump"


@pytest.mark.parametrize("text, source", [
    ("In the 1980s, the KGB planted newspaper articles alleging that the U.S. invented AIDS.", "the KGB"),
    ("Fifty officials signed an open letter Monday making it clear that they oppose Trump.", "Fifty officials"),
    ("She delivered a speech attacking Trump.", "She"),
])
def test_who_plants_signs_or_delivers_a_document_speaks_through_it(text, source):
    cue = next(c for c in ("alleging", "making it clear", "attacking") if c in text)
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Some senators vented about Sanders vowing to fight on and said that they had lost patience.", "said", "Some senators"),
    ("Republicans chimed in, with officials saying it was a disaster and asking why.", "asking", "officials"),
])
def test_a_participle_or_joined_verb_skips_the_object_of_a_preposition(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Trump pivoted to trade, but Wallace brought him back to the attacks, asking Trump to share his views.", "asking", "Wallace"),
    ("He was challenged over his temperament, but he talked more about policy, saying that he would send troops.", "saying", "he"),
    ("The deal failed; the mayor left the room, saying it was costly.", "saying", "the mayor"),
    ("The senator, and his aide, left early, saying it was costly.", "saying", "The senator"),
    ("Trump said the plan, the budget, and the tax cuts failed, adding that he would fix them.", "adding", "Trump"),
])
def test_a_participle_takes_the_subject_of_the_clause_joined_before_it(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("The plan failed, Smith, Jones and Brown said.", "Smith, Jones and Brown"),
    ("The plan, Smith, Jones and Brown said, failed.", "Smith, Jones and Brown"),
    ("In the end, Ferguson, Jorgensen and Chen argue, the campaign had to be rescued.", "Ferguson, Jorgensen and Chen"),
    ("Smith, Jones and Brown said the plan failed.", "Smith, Jones and Brown"),
    ("In Iowa, Cruz and Kasich said the plan failed.", "Cruz and Kasich"),
    ("The plan failed, Cruz and Kasich said.", "Cruz and Kasich"),
])
def test_a_set_off_list_of_names_is_the_whole_source(text, source):
    cue = "argue" if "argue" in text else "said"
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue", [
    ("The man accused of purchasing two of the guns will remain in custody.", "accused"),
    ("A woman charged with fraud will appear in court.", "charged"),
])
def test_a_participle_of_accusation_right_after_its_noun_is_an_agentless_passive(text, cue):
    a = one(text, cue)
    assert a.source is None and a.source_type == "agentless"


@pytest.mark.parametrize("text, cue, source", [
    ("Trump accused Clinton of lying.", "accused", "Trump"),
    ("She attacked a socialist whom she has accused of selling pipe dreams.", "accused", "she"),
    ("Prosecutors charged Smith with fraud.", "charged", "Prosecutors"),
])
def test_an_active_accusation_keeps_its_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_all_told_is_no_telling():
    assert attributions("All told, 40 people were hurt in the attack.") == ()
    text = "All told reporters the plan failed."
    assert span_text(text, one(text, "told").source) == "All"
