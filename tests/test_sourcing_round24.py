"""Tests for round 24's sourcing rules.  Every text is written for the test."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions as _atts, cues as _cues, one as _one, span_text as _t


# --- "and" that joins two clauses, not two sources ------------------------------------------

_CLAUSE_JOINS = [
    # (text, cue, source, source type)
    ("Neither rival has won a county and Okafor suggested the race was over.", "suggested", "Okafor", "named_person"),
    ("They rebuilt the old ferry terminal and he pledged to keep it open.", "pledged", "he", "unresolved"),
    ("She called him a liar and the Harbour Gazette accused her of bias.", "accused", "the Harbour Gazette", "named_organization"),
    ("The storm hit the coast and officials said ten boats sank.", "said", "officials", "unnamed_group"),
    ("The team lost the final and coach Mira Tolland said the growth was real.", "said", "coach Mira Tolland", "named_person"),
]


@pytest.mark.parametrize(("text", "cue", "source", "source_type"), _CLAUSE_JOINS)
def test_the_source_starts_after_and_when_the_words_before_end_the_clause_before(text, cue, source, source_type):
    a = _one(text, cue)
    assert _t(text, a.source) == source
    assert a.source_type == source_type


_PAIRS = [
    ("Okafor and Lindqvist said the budget would pass.", "Okafor and Lindqvist"),
    ("Last week the officials and Okafor said the budget would pass.", "the officials and Okafor"),
    ("The company and its founder said the budget would pass.", "The company and its founder"),
    ("Harbour mogul and former mayor Mira Tolland said it would pass.", "Harbour mogul and former mayor Mira Tolland"),
    ("She and her aides said the budget would pass.", "She and her aides"),
]


@pytest.mark.parametrize(("text", "source"), _PAIRS)
def test_a_pair_of_sources_stays_whole(text, source):
    assert _t(text, _one(text, "said").source) == source


def test_a_left_out_subject_after_and_is_not_a_time_phrase():
    text = "Mayor Okafor found money to repair the bridge and on Monday announced the plan."
    a = _one(text, "announced")
    assert _t(text, a.source) != "on Monday"


# --- a cue word that is a noun after an adjective of place ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Iranian state TV said the talks had failed.",
        "Many state officials say the talks had failed.",
        "The race now moves to Western states this week.",
        "Most Southern states that hold contests in March have large minorities.",
        "Harbour State University's Mira Tolland agreed with the finding.",
    ],
)
def test_state_after_an_adjective_of_place_or_before_a_noun_is_no_cue(text):
    assert "state" not in [c.lower() for c in _cues(text)]
    assert "states" not in [c.lower() for c in _cues(text)]


def test_the_people_of_a_place_can_still_state():
    assert _one("The Chinese state that the talks failed.", "state").source_type != "agentless"


# --- a possessive name before its person is a modifier -----------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The Harbour Gazette's Mira Tolland wrote that the ferry was late.", "wrote"),
        ("Harbour State University's Mira Tolland agreed with the finding.", "agreed"),
    ],
)
def test_a_person_after_an_organisations_possessive_is_a_named_person(text, cue):
    a = _one(text, cue)
    assert a.source_type == "named_person" and a.named


# --- a company whose name ends in "'s" -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Tolland's said on Monday that sales fell.", "said"),
        ("Okafor's announced a new menu for the winter.", "announced"),
        ("Okafor's said he would run again.", "said"),
    ],
)
def test_a_past_form_after_a_names_apostrophe_s_is_a_verb(text, cue):
    assert _t(text, _one(text, cue).source).startswith(text.split()[0][:-2])


@pytest.mark.parametrize(
    "text",
    [
        "Okafor's stated goal is growth.",
        "Okafor's call for a recount was rejected.",
        "It's implied that the council will agree.",
    ],
)
def test_a_possessive_before_an_adjective_or_a_noun_is_no_source(text):
    assert not [a for a in _atts(text) if a.source is not None and _t(text, a.source).startswith(text.split()[0])]


# --- a name before a colon that opens a quotation ---------------------------------------------

_QUOTE_LABELS = [
    ("Panels differ - Harbour Research: “All the samples include more engaged people.”", "Harbour Research"),
    ("What it means - More from Okafor: “The partisanship of the county is a starting point.”", "Okafor"),
    ("The surge does not surprise pollster Mira Tolland: “Lesser-known candidates often win early.”", "Mira Tolland"),
    ("FERRIES RUN LATE - Mira Tolland and Ben Okafor: “The timetable was never realistic.”", "Mira Tolland and Ben Okafor"),
]


@pytest.mark.parametrize(("text", "source"), _QUOTE_LABELS)
def test_a_name_before_a_colon_and_a_quotation_is_its_speaker(text, source):
    a = _one(text, ":")
    assert _t(text, a.source) == source and a.named and a.kind == "speech"
    assert a.direct and _t(text, a.content) == text[text.index("“") + 1 : text.rindex("”")]


@pytest.mark.parametrize(
    "text",
    [
        "The advert was aimed at Okafor: “You are fired.”",  # one name mid-sentence: the topic
        "Continued Tolland: “So I think the timetable is a real problem.”",  # the verb's own rule
        "The mayor's office said: “The ferry will run.”",  # a cue before the colon already credits it
    ],
)
def test_no_second_label_for_a_topic_a_verb_or_a_cued_colon(text):
    assert [a for a in _atts(text) if _t(text, a.cue) == ":"] == []


# --- a verb and its subject set off by commas ---------------------------------------------------

_SET_OFF = [
    ("The ferry was insured for $3 million in 2011, records show, and experts say it is worth less.", "show", "records"),
    ("During the same stretch, F.A.A. records show, the plane flew 216 hours.", "show", "F.A.A. records"),
    ("The plan, officials claim, was drafted in May.", "claim", "officials"),
    ("The plan, the report notes, was drafted in May.", "notes", "the report"),
    ("The plan, Okafor claims, was drafted in May.", "claims", "Okafor"),
    ("The plan, the lawsuit states, was drafted in May.", "states", "the lawsuit"),
]


@pytest.mark.parametrize(("text", "cue", "source"), _SET_OFF)
def test_a_cue_set_off_by_commas_credits_the_statement_around_it(text, cue, source):
    assert _t(text, _one(text, cue).source) == source


@pytest.mark.parametrize(
    "text",
    [
        "Guests included Mira Tolland, The Harbour Report, and Ben Okafor.",
        "The film shows, at length, the harbour in winter.",
    ],
)
def test_a_name_in_a_list_or_a_showing_is_no_set_off_cue(text):
    assert [c for c in _cues(text) if c.lower() in ("report", "shows")] == []


def test_an_inverted_source_may_be_a_name_and_others():
    text = "The contrast with the mayor, said Okafor and others, would be clear by spring."
    assert _t(text, _one(text, "said").source) == "Okafor and others"


# --- naming speech with an adjective, and an -ing adjective that says nothing -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, who was not involved in the study, called the results promising.",
        "Okafor called the decision disgraceful, and left the hall.",
        "Okafor called the report false.",
    ],
)
def test_calling_a_thing_an_adjective_of_judgement_is_naming_speech(text):
    assert _t(text, _one(text, "called").source) == "Okafor"


@pytest.mark.parametrize("text", ["He called the police detective.", "She called the county executive."])
def test_calling_a_person_by_role_is_no_naming_speech(text):
    assert "called" not in _cues(text)


def test_an_ing_adjective_at_the_end_of_a_clause_is_no_cue():
    assert _cues("She found the early results promising.") == []


def test_a_participle_before_a_quotation_still_counts():
    text = "The campaign sent a text message to supporters saying: “We won the county.”"
    assert _one(text, "saying").source is not None


# --- initials that spell a function word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The WHO has repeatedly said the virus is airborne.", "The WHO"),
        ("WHO said the virus is airborne.", "WHO"),
    ],
)
def test_initials_that_spell_who_are_an_organisation(text, source):
    a = _one(text, "said")
    assert _t(text, a.source) == source and a.source_type == "named_organization" and a.named


def test_a_relative_who_is_still_a_relative():
    text = "The doctors who said the virus is airborne were right."
    assert _t(text, _one(text, "said").source) == "who"
