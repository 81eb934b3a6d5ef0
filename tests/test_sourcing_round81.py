"""Round 81: sentences from new phrasebooks (immigration and asylum; labour disputes; aviation,
shipping and rail; agriculture and food; energy and mining; the English-language press of South
Asia) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text", [
    "Said Ahmed, a forklift driver from Bradford, has worked nights at the depot since 2011.",
    "Said Hamdan, a deckhand from Pemba, swam two kilometres to shore after the dhow capsized.",
    "Said Ahmed Khan was among those injured in the stampede.",
])
def test_said_opening_a_sentence_before_a_capital_and_nothing_quoted_is_a_given_name(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, source, content", [
    ('Said Rubio: "We will win this state."', "Rubio", None),
    ('Said Smith, "We will win this state."', "Smith", "We will win this state."),
])
def test_an_inverted_said_opening_a_sentence_before_a_quotation_stays_a_cue(text, source, content):
    assert source_and_content(text, "Said") == (source, content)


@pytest.mark.parametrize("text", [
    "The old farmer told his rosary beads on the porch.",
    "The women told their prayer beads in silence as the hearing began.",
])
def test_beads_named_by_another_rite_are_told_as_a_rite(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "Miners observed a minute's silence for the twelve men killed in the rockfall.",
    "The nation observed a minute’s silence in memory of the children.",
    "Traders observed a complete shutter-down strike across Sindh on Friday.",
    "Both sides observed the ceasefire.",
])
def test_an_observance_kept_is_no_remark(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("Monitors observed the truce was fragile.", "the truce was fragile"),
    ("Smith observed that the silence was telling.", "the silence was telling"),
])
def test_an_observance_opening_a_clause_is_still_observed(text, content):
    assert source_and_content(text, "observed")[1] == content


@pytest.mark.parametrize("text", [
    "The union’s five-a-side team conceded four goals in the charity match.",
    "The defence conceded a late penalty.",
])
def test_a_score_conceded_on_the_field_is_no_concession_in_words(text):
    assert cues(text) == []


def test_a_concession_in_words_stays_a_cue():
    assert source_and_content("Smith conceded that the plan failed.", "conceded") == ("Smith", "the plan failed")


@pytest.mark.parametrize("text", [
    "Rain threatened to delay the wheat harvest.",
    "Floodwater claimed a second footbridge on the coastal line overnight.",
])
def test_weather_threatens_and_claims_without_words(text):
    assert cues(text) == []


def test_people_still_threaten():
    assert typed_source("The union threatened to strike.", "threatened")[:2] == ("The union", "unnamed_group")


@pytest.mark.parametrize("text", [
    "The ferry reported for inspection at Dover shortly before 6am.",
    "The bulk carrier reported to the quarantine anchorage for fumigation.",
    "The lorry driver reported to the weighbridge at six in the morning.",
])
def test_a_vessel_or_driver_reporting_to_a_place_tells_nothing(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "She declared her savings at customs when she landed in Melbourne.",
    "Pakistan recalled its high commissioner from New Delhi.",
    "Redundancies will be made strictly according to length of service.",
    "The terminal was built according to designs by a Danish firm.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source", [
    ("Tarkan Aviation said in a statement that the aircraft was safe.", "Tarkan Aviation"),
    ("Caspiana Oil announced that its second well had struck gas.", "Caspiana Oil"),
])
def test_an_industry_word_ends_a_firm_name(text, source):
    cue = "said" if " said " in text else "announced"
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("This scribe has learnt that the chief secretary has sought a report.", "learnt", "This scribe"),
    ("Inquiries by this newspaper found that none of the lifeboats had been serviced.", "found",
     "Inquiries by this newspaper"),
])
def test_the_outlet_names_itself(text, cue, source):
    assert typed_source(text, cue)[:2] == (source, "self")


@pytest.mark.parametrize("text, source", [
    ("Federal Minister for Information Chaudhry Asghar Nadeem told a press conference that the talks failed.",
     "Federal Minister for Information Chaudhry Asghar Nadeem"),
    ("UN High Commissioner for Refugees Filippo Grandi said the camps were full.",
     "UN High Commissioner for Refugees Filippo Grandi"),
])
def test_a_title_with_for_may_end_in_a_name_no_list_knows(text, source):
    cue = "told" if " told " in text else "said"
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("The Commissioner for Human Rights said the camps were full.", "The Commissioner for Human Rights"),
    ("The Secretary for Health and Human Services said the camps were full.",
     "The Secretary for Health and Human Services"),
])
def test_a_title_with_for_and_a_short_field_names_no_one(text, source):
    assert typed_source(text, "said") == (source, "unnamed_individual", False)


def test_a_survey_with_a_name_is_a_body_that_it_resolves_to():
    text = "The Kestrel Fertiliser Survey found that nitrogen use fell. It said gas prices were the cause."
    assert typed_source(text, "found") == ("The Kestrel Fertiliser Survey", "named_organization", True)
    assert typed_source(text, "said") == ("It", "named_organization", True)


@pytest.mark.parametrize("text", [
    "The Argus Claims Tribunal in Perth hears disputes over unpaid wages.",
    "Students wrote their board examinations under heavy security.",
    "Dozens of migrants answered an advertisement for fruit pickers.",
])
def test_more_acts_that_look_like_cues(text):
    assert cues(text) == []


def test_a_presidency_is_a_body():
    text = "The presidency reiterated on Tuesday that pump prices would not rise."
    assert typed_source(text, "reiterated") == ("The presidency", "unnamed_group", False)


def test_carrier_stays_a_name_a_source_noun_would_hide():
    # the air-conditioning maker of 2016's Indiana coverage; "the carrier" is left a person noun
    source, _, named = typed_source("Carrier has said it will return public money.", "said")
    assert (source, named) == ("Carrier", True)


@pytest.mark.parametrize("text, source", [
    ("Ministers agreed to meet again in June, a statement issued after the talks said.",
     "a statement issued after the talks"),
    ("A statement issued after the talks said the plan had failed.", "A statement issued after the talks"),
    ("The report published after the inquiry found the plan had failed.", "The report published after the inquiry"),
])
def test_the_occasion_a_record_came_out_on_belongs_to_the_record(text, source):
    cue = "found" if " found " in text else "said"
    assert typed_source(text, cue)[:2] == (source, "document")


def test_after_without_a_record_still_opens_a_clause():
    assert source_and_content("He resigned after the talks said nothing.", "said")[0] == "the talks"


def test_is_learnt_to_is_hearsay_and_learned_to_a_skill():
    text = "The outlawed group is learnt to have recruited dozens of youths."
    a = next(a for a in attributions(text))
    assert (a.source, a.source_type) == (None, "agentless")
    assert cues("Recruits learned to strip a rifle.") == []


@pytest.mark.parametrize("text", [
    "The hearing into the chicken recall was adjourned until June.",
    "The product recall was expanded on Monday.",
])
def test_recall_after_a_noun_is_a_recall_of_goods(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source", [
    ("Officials recall that the plan failed.", "Officials"),
    ("As many residents recall, the flood came at night.", "many residents"),
])
def test_people_still_recall(text, source):
    assert source_and_content(text, "recall")[0] == source


def test_a_sign_that_marks_a_coming_says_nothing():
    assert cues("Aid trucks signalled their arrival at the camp with long blasts of the horn.") == []


def test_a_signal_of_intent_stays_a_cue():
    assert source_and_content("The Fed signalled that rates would rise.", "signalled") == ("The Fed", "rates would rise")


@pytest.mark.parametrize("text", [
    "Engineers maintained the turbines through the night even as their colleagues walked out.",
    "The actress, who is expecting her second child, walked the red carpet.",
    "The pastor's wife is expecting their third child in the spring.",
])
def test_things_kept_in_repair_and_births_expected_are_no_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("Smith maintained that the plan failed.", "maintained", "the plan failed"),
    ("Analysts expect the child poverty rate to rise.", "expect", "the child poverty rate to rise"),
])
def test_positions_held_and_beliefs_stay_cues(text, cue, content):
    assert source_and_content(text, cue)[1] == content
