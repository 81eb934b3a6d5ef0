"""Round 92: sentences from new phrasebooks (opinion polling; book publishing; tobacco and alcohol;
veterans' affairs; humanitarian aid; cryptocurrency), from round 91's water and property
phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Norvik Property, the Oslo-listed landlord, insists the sale was not forced.", "insists", "Norvik Property"),
    ("In a statement, Corran Tobacco said it would 'vigorously defend' the claim.", "said", "Corran Tobacco"),
    ("Arbor Wallet said a flaw in its browser extension had exposed about 2,000 users.", "said", "Arbor Wallet"),
    ("Free Choice Now has long maintained that smoking bans in beer gardens are unenforceable.", "maintained",
     "Free Choice Now"),
    ("Fuel for the generators will run out by the weekend, Lifeline Africa warned.", "warned", "Lifeline Africa"),
])
def test_words_that_end_a_bodys_name(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Asking prices fell for a third month, according to Homestead, the property portal.", "according to",
     "Homestead"),
    ("Tessellate, the Singapore-based derivatives venue, insisted that its reserves were ample.", "insisted",
     "Tessellate"),
    ("Nature, the weekly journal, reported that the mice slept longer.", "reported", "Nature"),
])
def test_an_apposition_that_names_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_an_apposition_headed_by_a_record_makes_a_record_of_a_records_name():
    text = "The Palmer Report, an annual survey of consumer confidence, warns that prices will rise."
    assert typed_source(text, "warns") == ("The Palmer Report", "document", True)


def test_an_apposition_headed_by_a_record_leaves_a_persons_name_alone():
    text = "Kestrel, a report by the ministry, said the mice slept."
    assert typed_source(text, "said")[1] == "named_person"


@pytest.mark.parametrize("text, cue", [
    ("“The market has turned,” Crestmoor said in its half-year results.", "said"),
    ("Crestmoor said in its annual report that sales had fallen.", "said"),
])
def test_a_name_that_speaks_in_its_own_record_is_a_body(text, cue):
    assert typed_source(text, cue) == ("Crestmoor", "named_organization", True)


def test_a_name_that_speaks_in_a_record_stays_a_person():
    assert typed_source("Crestmoor said in a statement that sales had fallen.", "said")[1] == "named_person"


def test_a_share_of_what_it_owns_shows_a_one_word_name_is_a_body():
    text = "Tidewell conceded that parts of its pipe network were not fit for purpose."
    assert typed_source(text, "conceded") == ("Tidewell", "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The 2025 Water Resources Outlook warns that the south-east could face a shortfall.", "warns",
     "The 2025 Water Resources Outlook"),
    ("The 2024 Veterans’ Wellbeing Survey suggests that loneliness is now a bigger problem.", "suggests",
     "The 2024 Veterans’ Wellbeing Survey"),
    ("According to the 2025 Global Humanitarian Overview, one in every 22 people needs aid.", "According to",
     "the 2025 Global Humanitarian Overview"),
])
def test_named_records(text, cue, source):
    assert typed_source(text, cue) == (source, "document", True)


def test_a_survey_without_a_year_may_still_be_an_agency():
    text = "The British Geological Survey said the quake was small."
    assert typed_source(text, "said") == ("The British Geological Survey", "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("A footnote in the report acknowledges that the sample was only 140 people.", "acknowledges", "A footnote"),
    ("The weekly tracker shows the Liberal Alliance ahead in every region.", "shows", "The weekly tracker"),
    ("His medical file states that he complained of nightmares as early as 2012.", "states", "His medical file"),
])
def test_records_that_speak(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The imprint said in a statement that all remaining copies would be withdrawn.", "said", "The imprint",
     "unnamed_group"),
    ("Customer funds are safe, the exchange said in a post on Tuesday.", "said", "the exchange", "unnamed_group"),
    ("The industry body argued that higher bills were needed.", "argued", "The industry body", "unnamed_group"),
    ("The tribe argues that the water was guaranteed to it under an 1868 treaty.", "argues", "The tribe",
     "unnamed_group"),
    ("Interviewers reported that many respondents hung up.", "reported", "Interviewers", "unnamed_group"),
    ("Smokers told researchers they would switch to hand-rolling tobacco.", "told", "Smokers", "unnamed_group"),
    ("The Ridgeway Inn's licensee said trade had never recovered.", "said", "The Ridgeway Inn's licensee",
     "unnamed_individual"),
])
def test_unnamed_sources(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text", [
    "The river posted its highest level since the floods of 2007.",
    "The analyst posted the anonymised dataset to a public repository on Friday.",
    "The author posted signed copies to readers in 30 countries.",
    "The farmer admitted the cattle to the lower field.",
    "The broker admitted the inspectors to the warehouse after an hour's delay.",
    "Service charges are apportioned according to the floor area of each flat.",
    "The couple viewed the flat on Tuesday and made an offer the same evening.",
    "The survey found favour with ministers, who extended it for another three years.",
    "About 2,300 adults answered the online questionnaire in the first week.",
    "The bookshop answered the surge in demand by opening on Sundays.",
    "The author wrote the first draft in longhand.",
    "He wrote the first version of the smart contract in a single weekend.",
    "The novel According to Ruth was longlisted for the Calloway Award.",
    "The bookshop's owner reported for jury service on Monday.",
    "Health workers reported for their shifts despite not being paid.",
    "She reports directly to the humanitarian coordinator.",
    "Funding for the famine early warning network was cut by half.",
    "Arrivals must declare any weapons at the gate.",
    "Families claimed replacement ration cards at the help desk.",
    "Users claimed their airdropped tokens before the deadline on Friday.",
    "The bartender noted the order on a slip of paper.",
    "The statistician told her colleagues' handwriting apart at a glance.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


def test_the_bank_denied_an_account_is_no_denial():
    text = "The bank denied the exchange an account, citing money-laundering risks."
    assert "denied" not in cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Voters viewed the footage as proof of fraud.", "viewed", "Voters"),
    ("Investors viewed the deal as a betrayal.", "viewed", "Investors"),
    ("She reports directly to the board that sales have fallen.", "reports", "She"),
    ("Prices rose in January According to the ministry.", "According to", "the ministry"),
    ("Fees rose, according to the floor manager of the store.", "according to", "the floor manager of the store"),
])
def test_cues_that_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_run_on_sentence_keeps_its_according_to():
    text = "She was a member of a sorority According to the police report, she left in 2010."
    assert one(text, "According to").source_type == "document"


@pytest.mark.parametrize("text", [
    "The firm has been accused of cherry-picking results, though it says its methods are transparent.",
    "The firm lost money last year, though it says its methods are transparent.",
])
def test_it_stands_for_the_body_its_sentence_opens_with(text):
    a = one(text, "says")
    assert (a.source_type, a.named) == ("unnamed_group", False)
    assert text[a.resolved_from.start : a.resolved_from.end] == "The firm"


def test_it_leaves_a_described_body_for_a_name_before_it():
    text = "Smith joined Acme in May. The firm lost money last year, though it says its methods are transparent."
    assert one(text, "says").source_type == "named_organization"
