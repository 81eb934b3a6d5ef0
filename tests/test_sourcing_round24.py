"""Tests for round 24's sourcing rules: "and" that joins two clauses, a cue word that is a noun,
a possessive before a name, a past form after a name's "'s", a name before a colon and a
quotation, a cue set off by commas, "said X and others", naming speech with an adjective, an
-ing adjective, and initials that spell a function word.  Every text is written for the test."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions as _atts, cues as _cues, one as _one, span_text as _t

# (text, cue, source, source type or None when the type is not the point)
_SOURCES = [
    # "and" that joins two clauses: the source starts after it
    ("Neither rival has won a county and Okafor suggested the race was over.", "suggested", "Okafor", "named_person"),
    ("They rebuilt the old ferry terminal and he pledged to keep it open.", "pledged", "he", "unresolved"),
    ("She called him a liar and the Harbour Gazette accused her of bias.", "accused", "the Harbour Gazette", "named_organization"),
    ("The storm hit the coast and officials said ten boats sank.", "said", "officials", "unnamed_group"),
    ("The team lost the final and coach Mira Tolland said the growth was real.", "said", "coach Mira Tolland", "named_person"),
    # ... and a pair of sources stays whole
    ("Okafor and Lindqvist said the budget would pass.", "said", "Okafor and Lindqvist", None),
    ("Last week the officials and Okafor said the budget would pass.", "said", "the officials and Okafor", None),
    ("The company and its founder said the budget would pass.", "said", "The company and its founder", None),
    ("Harbour mogul and former mayor Mira Tolland said it would pass.", "said", "Harbour mogul and former mayor Mira Tolland", None),
    ("She and her aides said the budget would pass.", "said", "She and her aides", None),
    # a possessive before a name is a modifier
    ("The Harbour Gazette's Mira Tolland wrote that the ferry was late.", "wrote", "The Harbour Gazette's Mira Tolland", "named_person"),
    ("Harbour State University's Mira Tolland agreed with the finding.", "agreed", "Harbour State University's Mira Tolland", "named_person"),
    # a past form after a name's "'s" is a verb
    ("Tolland's said on Monday that sales fell.", "said", "Tolland's", None),
    ("Okafor's announced a new menu for the winter.", "announced", "Okafor's", None),
    ("Okafor's said he would run again.", "said", "Okafor's", None),
    # a cue set off by commas inside the statement it credits
    ("The ferry was insured for $3 million in 2011, records show, and experts say it is worth less.", "show", "records", None),
    ("During the same stretch, F.A.A. records show, the plane flew 216 hours.", "show", "F.A.A. records", None),
    ("The plan, officials claim, was drafted in May.", "claim", "officials", None),
    ("The plan, the report notes, was drafted in May.", "notes", "the report", None),
    ("The plan, Okafor claims, was drafted in May.", "claims", "Okafor", None),
    ("The plan, the lawsuit states, was drafted in May.", "states", "the lawsuit", None),
    # an inverted source may end in "and others"
    ("The contrast with the mayor, said Okafor and others, would be clear by spring.", "said", "Okafor and others", None),
    # naming speech with an adjective of judgement
    ("Okafor, who was not involved in the study, called the results promising.", "called", "Okafor", None),
    ("Okafor called the decision disgraceful, and left the hall.", "called", "Okafor", None),
    ("Okafor called the report false.", "called", "Okafor", None),
    # initials that spell a function word; a relative "who" stays one
    ("The WHO has repeatedly said the virus is airborne.", "said", "The WHO", "named_organization"),
    ("WHO said the virus is airborne.", "said", "WHO", "named_organization"),
    ("The doctors who said the virus is airborne were right.", "said", "who", None),
]


@pytest.mark.parametrize(("text", "cue", "source", "source_type"), _SOURCES)
def test_the_source_of_each_cue(text, cue, source, source_type):
    a = _one(text, cue)
    assert _t(text, a.source) == source
    if source_type is not None:
        assert a.source_type == source_type


# (text, a cue word that must not be found, in lower case)
_NO_CUES = [
    # a cue word that is a noun after an adjective of place, before an institution word or
    # between a quantifier and a source noun
    ("Iranian state TV said the talks had failed.", "state"),
    ("Many state officials say the talks had failed.", "state"),
    ("The race now moves to Western states this week.", "states"),
    ("Most Southern states that hold contests in March have large minorities.", "states"),
    ("Harbour State University's Mira Tolland agreed with the finding.", "state"),
    # a name in a list, and a showing, are no set-off cues
    ("Guests included Mira Tolland, The Harbour Report, and Ben Okafor.", "report"),
    ("The film shows, at length, the harbour in winter.", "shows"),
    # a call to a person by role; an -ing adjective with nothing said after it
    ("He called the police detective.", "called"),
    ("She called the county executive.", "called"),
    ("She found the early results promising.", "promising"),
]


@pytest.mark.parametrize(("text", "word"), _NO_CUES)
def test_a_word_that_is_no_cue_here(text, word):
    assert word not in [c.lower() for c in _cues(text)]


def test_a_left_out_subject_after_and_is_not_a_time_phrase():
    text = "Mayor Okafor found money to repair the bridge and on Monday announced the plan."
    assert _t(text, _one(text, "announced").source) != "on Monday"


def test_the_people_of_a_place_can_still_state():
    assert _one("The Chinese state that the talks failed.", "state").source_type != "agentless"


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


def test_a_participle_before_a_quotation_still_counts():
    text = "The campaign sent a text message to supporters saying: “We won the county.”"
    assert _one(text, "saying").source is not None


# --- a name before a colon that opens a quotation ---------------------------------------------

_QUOTE_LABELS = [
    ("Panels differ - Harbour Research: “All the samples include more engaged people.”", "Harbour Research"),
    ("What it means - More from Okafor: “The partisanship of the county is a starting point.”", "Okafor"),
    ("The surge does not surprise pollster Mira Tolland: “Lesser-known candidates often win early.”", "Mira Tolland"),
    ("FERRIES RUN LATE - Mira Tolland and Ben Okafor: “The timetable was never realistic.”", "Mira Tolland and Ben Okafor"),
    ("NOT WRONG - Mira Tolland-Okafor: “The timetable was never realistic.”", "Mira Tolland-Okafor"),
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
