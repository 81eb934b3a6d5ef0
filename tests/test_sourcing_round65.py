"""Round 65: sentences from two phrasebooks of wire, foreign-desk, business, court and state
politics copy (benchmarks/frame_battery.py): how sources are typed (firms named with a
possessive, demonyms that are surnames, plural bodies after a capital, records described by a
participle), and acts that read like speech."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Moody's warned that it could downgrade the city's credit rating.", "warned", "Moody's"),
    ("McDonald's has said the plan failed.", "said", "McDonald's"),
    ("S&P Global Ratings said the downgrade reflected the state's reliance on one-time fixes.", "said",
     "S&P Global Ratings"),
    ("Brightline Semiconductor, which supplies chips to carmakers, said it would cut 1,200 jobs.", "said",
     "Brightline Semiconductor"),
    ("Russian state television reported that the suspects had confessed.", "reported", "Russian state television"),
])
def test_firms_and_broadcasters_are_organisations(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Trump's suggestion that Russia spy on his rival was odd.", "suggestion", "Trump's"),
    ("In Professor Knittel's view, the tax would work.", "In Professor Knittel's view", "Professor Knittel's"),
])
def test_a_possessive_that_owns_the_cue_is_still_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("“We will not allow it,” Interior Minister Rauf Baloch told reporters in Quetta on Monday.", "told",
     "Interior Minister Rauf Baloch"),
    ("Mark Cuban says he's open to running in the future.", "says", "Mark Cuban"),
])
def test_a_demonym_after_a_given_name_or_a_titled_name_is_a_surname(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Rights groups say thousands of people have been detained without charge.", "say", "Rights groups"),
    ("Aid agencies warned that the closure would leave thousands without food.", "warned", "Aid agencies"),
    ("Business groups criticize the move.", "criticize", "Business groups"),
])
def test_a_capital_before_a_plural_body_names_no_one(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("A leaked memo seen by the Telegraph warns that the mission could run out of fuel.", "warns",
     "A leaked memo seen by the Telegraph"),
    ("The leaked memo shows that he knew.", "shows", "The leaked memo"),
    ("According to the charge sheet, the accused had been in contact with handlers.", "According to",
     "the charge sheet"),
])
def test_records_described_by_a_participle_are_documents(text, cue, source):
    assert typed_source(text, cue)[:2] == (source, "document")


def test_chicago_police_is_still_named_by_its_place():
    assert typed_source("Chicago police said the man fled.", "said") == ("Chicago police", "named_organization", True)


@pytest.mark.parametrize("text, source, source_type", [
    ("A separatist group, the Baloch Raji Lashkar, said in a statement that it had carried out the attack.",
     "the Baloch Raji Lashkar", "named_organization"),
    ("The militant group, Jamaat-ul-Ahrar, said it carried out the attack.", "Jamaat-ul-Ahrar", "named_organization"),
    ("Elliott's father, the Rev. Charles Elliott Jr., said he knew Ali for decades.", "the Rev. Charles Elliott Jr.",
     "named_person"),
])
def test_a_name_set_off_after_a_description_is_the_source(text, source, source_type):
    assert typed_source(text, "said") == (source, source_type, True)


@pytest.mark.parametrize("text", [
    "Women have little say in how the village council spends its budget.",
    "Voters should have the final say on the bond.",
    "Coast guard vessels warned off two fishing boats that had strayed into the zone.",
    "The army claimed the hilltop town after a week of heavy fighting.",
    "Rosa Jimenez claimed the $2 million prize at a lottery office in Sacramento on Friday.",
    "The families were told to leave their homes before the bulldozers arrived.",
])
def test_acts_that_read_like_speech_are_no_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Some say the plan failed.", "say"),
    ("The army claimed the town was cleared of militants.", "claimed"),
    ("We were told that the plan had failed.", "told"),
    ("Officials warned that the bridge could fail.", "warned"),
])
def test_the_same_verbs_still_attribute_a_statement(text, cue):
    assert cue in cues(text)


def test_a_vote_goes_with_the_ruling():
    text = "The Supreme Court ruled 6-3 on Thursday that the agency had exceeded its authority."
    attribution = one(text, "ruled 6-3")
    assert (span_text(text, attribution.source), span_text(text, attribution.content)) == (
        "The Supreme Court", "the agency had exceeded its authority")


@pytest.mark.parametrize("text, cue, source", [
    ("Our analysis of campaign finance records found that a third of the donations came from outside the state.",
     "found", "Our analysis of campaign finance records"),
    ("Our own review shows the figures were wrong.", "shows", "Our own review"),
])
def test_the_outlets_own_work_is_self(text, cue, source):
    assert typed_source(text, cue) == (source, "self", False)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("NBC 5 reported that the road was closed.", "reported", "NBC 5", "named_organization"),
    ("The road was closed, KPRC 2 reported.", "reported", "KPRC 2", "named_organization"),
    ("Local news affiliate ABC 7 is reporting that the couple was surprised.", "reporting",
     "Local news affiliate ABC 7", "named_organization"),
    ("Doorbell camera video obtained by KPRC 2 shows a man walking off with three packages.", "shows",
     "Doorbell camera video obtained by KPRC 2", "document"),
    ("Screenshots shared with NBC 5 show the seller demanding payment.", "show", "Screenshots shared with NBC 5",
     "unnamed_group"),
])
def test_a_stations_channel_number_is_part_of_its_name(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_a_count_before_shows_is_still_a_count():
    assert cues("The network aired 2 shows about the storm.") == []


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Our tests showed that the budget cooler kept ice frozen just as long.", "showed", "Our tests", "self"),
    ("A policy brief from the Urban Institute argues that raising the wage would cut enrollment.", "argues",
     "A policy brief from the Urban Institute", "document"),
])
def test_tests_and_briefs(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


@pytest.mark.parametrize("text", [
    "The results were promising.",
    "The data is very encouraging.",
    "The Obamas cut back the ritual because it is demanding and time-consuming.",
])
def test_an_ing_adjective_after_be_tells_nothing(text):
    assert cues(text) == []


def test_an_ing_adjective_leaves_the_saying_around_it():
    text = "Experts who were not involved in the study said the results were promising."
    assert cues(text) == ["said"]
    assert span_text(text, one(text, "said").content) == "the results were promising"


@pytest.mark.parametrize("text, cue", [
    ("They were promising to cut taxes.", "promising"),
    ("He was promising voters that taxes would fall.", "promising"),
    ("He was warning, however, that the dam would fail.", "warning"),
    ("Something they aren't proposing.", "proposing"),
])
def test_a_progressive_with_its_own_words_still_tells(text, cue):
    assert cue in cues(text)
