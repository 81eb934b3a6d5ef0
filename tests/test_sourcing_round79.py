"""Round 79: sentences from new phrasebooks (motoring and road safety; charities and their
regulators; museums, archaeology and heritage; weather services) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text", [
    "Ruth Kellerman led the 1987 excavation at the site. She insists the mound was never a burial.",
    "Professor Ruth Kellerman visited the site. She said the mound was never a burial.",
    "Fiona Newman opened the new wing on Monday. She said the museum would stay free.",
])
def test_a_surname_ending_in_man_does_not_make_a_woman_a_man(text):
    a = attributions(text)[-1]
    assert span_text(text, a.source) == "She"
    assert a.source_type == "named_person" and a.named


@pytest.mark.parametrize("text", [
    "A spokesman visited the site. She said the mound was never a burial.",
    "A fireman opened the station. She said the museum would stay free.",
])
def test_a_described_head_ending_in_man_still_says_a_man(text):
    a = attributions(text)[-1]
    assert a.source_type == "unresolved"


@pytest.mark.parametrize("text, source", [
    ("Heathrow Airport said flights would resume at noon.", "Heathrow Airport"),
    ("Glasgow Museums said the totem pole would be returned.", "Glasgow Museums"),
    ("The Tate Gallery said the painting had been withdrawn.", "The Tate Gallery"),
    ("Whipsnade Zoo said the calf was thriving.", "Whipsnade Zoo"),
    ("Wessex Constabulary said the road would remain closed.", "Wessex Constabulary"),
    ("Wessex Water said the coffin was found by contractors.", "Wessex Water"),
    ("English Heritage warned that parts of the site would close.", "English Heritage"),
    ("Transport for London said several stations had closed.", "Transport for London"),
    ("Halvorsen Automotive said it was cooperating with prosecutors.", "Halvorsen Automotive"),
])
def test_a_noun_for_a_body_ends_the_name_of_one(text, source):
    cue = next(w for w in ("said", "warned") if f" {w} " in text)
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, source", [
    ("Russell Brand said the show would go on.", "Russell Brand"),
    ("Shirley Temple said the film was her favourite.", "Shirley Temple"),
    ("Mr Temple said the film was his favourite.", "Mr Temple"),
    ("Transport Secretary Grant Shapps said the plan failed.", "Transport Secretary Grant Shapps"),
])
def test_a_given_name_or_a_title_keeps_a_person(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The Global Risks Report warns that the plan had failed.", "warns", "The Global Risks Report"),
    ("This year's Road Casualties Bulletin reveals a sharp rise in deaths.", "reveals", "This year's Road Casualties Bulletin"),
])
def test_a_capitalised_record_noun_ends_the_name_of_a_record(text, cue, source):
    assert typed_source(text, cue) == (source, "document", True)


def test_a_capitalised_survey_may_be_an_agency_and_is_not_a_named_record():
    text = "The U.S. Geological Survey said it detected a 5.1-magnitude earthquake."
    src, kind, named = typed_source(text, "said")
    assert src == "The U.S. Geological Survey" and named and kind != "document"


@pytest.mark.parametrize("text, cue, source", [
    ("The inspection certificate stated that the tyres were in good condition.", "stated", "The inspection certificate"),
    ("The museum's inventory shows that 40 objects are missing.", "shows", "The museum's inventory"),
])
def test_certificates_and_inventories_are_records(text, cue, source):
    src, kind, _ = typed_source(text, cue)
    assert (src, kind) == (source, "document")


def test_a_plan_that_was_simple_introduces_no_quotation():
    assert [c for c in cues('The plan was simple: "Get in and get out fast."') if c and c.endswith(":")] == []


@pytest.mark.parametrize("text, source, content", [
    ("“It has made it her mission,” Clinton continued, prompting loud cheers.", "Clinton", "It has made it her mission,"),
    ("“Honestly,” he continued, “we may be on the brink.”", "he", "Honestly,"),
    ("He continued, “I believe it is not about turnout.”", "He", "I believe it is not about turnout."),
    ("''You'll see more depth,'' Mr. Manafort continued, referring to more appearances.", "Mr. Manafort", "You'll see more depth,"),
])
def test_continued_next_to_a_quotation_with_a_comma_is_a_cue(text, source, content):
    assert source_and_content(text, "continued") == (source, content)


@pytest.mark.parametrize("text", [
    "“We won,” he said, and the party continued, with dancing.",
    "The rain continued, and the match was abandoned.",
    "Talks continued, officials said.",
])
def test_continued_away_from_a_quotation_is_no_cue(text):
    assert "continued" not in cues(text)


@pytest.mark.parametrize("text", [
    "The trust has claimed £1.4m from its insurers for the flood damage.",
    "The firm claimed $2 million from the fund last year.",
    "Kerrigan says a quick prayer on the grid before every race.",
    "The priest said a short prayer for the victims.",
    "Costumed interpreters told fortunes for visitors at the fair.",
    "The 19-year-old claimed pole position with a lap of 1:27.304.",
    "The runner claimed a personal best despite a stiff headwind.",
    "The gale claimed the roof of the boathouse shortly before dawn.",
    "Nobody could tell whether the coin was gold or gilded bronze.",
    "Veteran observer Glenys Parry can tell cirrus from cirrostratus at a glance.",
    "She can’t tell whether it works.",
])
def test_acts_that_look_like_cues_are_no_attribution(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("He claimed £1.4m had gone missing.", "claimed", "£1.4m had gone missing"),
    ("He claimed his position was untenable.", "claimed", "his position was untenable"),
    ("He claimed the best deal was his.", "claimed", "the best deal was his"),
    ("I can tell you that the plan failed.", "tell", "the plan failed"),
])
def test_claims_and_tellings_with_a_clause_stay_cues(text, cue, content):
    assert source_and_content(text, cue)[1] == content


def test_could_tell_a_hearer_something_from_a_podium_stays_a_cue():
    assert "tell" in cues("He could tell reporters from the podium that the plan failed.")


@pytest.mark.parametrize("text, source", [
    ("Friends of the Earth said the decision was wrong.", "Friends of the Earth"),
    ("Save the Children said the decision was wrong.", "Save the Children"),
])
def test_a_listed_name_of_several_words_is_that_organisation(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


def test_residents_of_a_listed_place_stay_a_group():
    src, kind, named = typed_source("Residents of New York said the decision was wrong.", "said")
    assert src == "Residents of New York" and kind == "unnamed_group"


@pytest.mark.parametrize("text, source, content", [
    ("The mayor claims without evidence that the vote was rigged.", "The mayor", "the vote was rigged"),
    ("Smith states without any proof that the money was lost.", "Smith", "the money was lost"),
    ("Trump claimed without evidence that millions voted illegally.", "Trump", "millions voted illegally"),
])
def test_a_cue_without_evidence_before_its_that(text, source, content):
    cue = text.split()[2] if text.startswith("The") else text.split()[1]
    assert source_and_content(text, cue) == (source, content)


def test_claims_without_a_clause_stay_a_noun():
    assert cues("Trump claims about the vote were false.") == []
