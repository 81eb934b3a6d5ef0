"""Tests for round-4 sourcing rules: records that set a sentence, cue nouns read as verbs, issuers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._sourcing_helpers import attributions as _atts, sources as _sources, span_text as _t


# --- "In the video, ...": a record that opens its sentence -------------------------------------


def test_record_setting_credits_the_record():
    """'In the video, ...' with no verb of saying credits the video, kind 'record'."""
    text = "In the video, a man in a red coat runs out of the bank."
    (a,) = _atts(text)
    assert a.kind == "record" and _t(text, a.cue) == "In"
    assert _t(text, a.source) == "the video" and a.source_type == "document" and not a.named
    assert _t(text, a.content).startswith("a man in a red coat")


def test_record_setting_with_relative_clause_keeps_head():
    """'In a clip that spread online, ...': the source ends at the record's head noun."""
    text = "In a clip that spread online, two pelicans fight over a fish."
    assert _sources(text) == ["a clip"]


def test_record_setting_defers_to_a_verb_of_saying():
    """'In a statement, the ministry said ...': the ministry is the source, not the statement."""
    text = "In a statement, the ministry said the road would reopen."
    atts = _atts(text)
    assert [a.kind for a in atts] == ["speech"] and _sources(text) == ["the ministry"]


def test_record_of_words_is_not_a_setting():
    """A memo or an interview is its author's medium: 'In her memo, Ms Berg listed ...' adds nothing."""
    assert _atts("In her memo, Ms Berg listed three options for the park.") == ()
    assert _atts("In an interview with the Gazette, the coach smiled a lot.") == ()


def test_time_or_place_opening_is_not_a_setting():
    """'In 2019,' and 'In the years that followed,' name no record."""
    assert _atts("In 2019, the bakery doubled its sales.") == ()
    assert _atts("In the years that followed, the town grew quickly.") == ()


def test_our_own_data_is_not_a_setting():
    """'In our data, ...' is the outlet's own record, not a source it cites."""
    assert _atts("In our data, turnout rose in every county.") == ()


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # wire-photo captions carry the picture's date inside the phrase, commas and all
        ("In this Aug. 5, 2019, file photo, President Trump speaks in the Rose Garden.", "this Aug. 5, 2019, file photo"),
        ("FILE - In this Wednesday, April 8, 2020, file photo, youths sit outside a cafe.",
         "this Wednesday, April 8, 2020, file photo"),
        ("In this March 3, 2020 photo, a nurse holds a swab.", "this March 3, 2020 photo"),
    ],
)
def test_dated_caption_credits_the_photo(text, source):
    """A date names no one: the dated photo is an unnamed document, not a person called April."""
    (a,) = _atts(text)
    assert a.kind == "record" and _t(text, a.source) == source
    assert a.source_type == "document" and not a.named


def test_a_place_with_commas_is_not_a_dated_record():
    assert _atts("In Washington, D.C., protesters marched past the White House.") == ()
    assert _atts("In this case, the court ruled against him.") == ()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from("In the a video poll , that new shows cats . run In photo of 2020 and".split()),
        min_size=1,
        max_size=30,
    )
)
def test_record_attributions_are_well_formed(words):
    """Every 'record' attribution has cue 'In', a source right after it and content after the source."""
    text = " ".join(words)
    for a in _atts(text):
        if a.kind != "record":
            continue
        assert _t(text, a.cue) == "In"
        assert a.source is not None and a.source.start > a.cue.end
        assert a.content is not None and a.content.start >= a.source.end


# --- cue words that are also nouns, read as verbs -------------------------------------------------


def test_cue_noun_before_a_circumstance_and_that_is_a_verb():
    """'notes in the report that', 'claims on its website that': verbs of saying."""
    text = "Dr Halvorsen notes in the annual review that costs rose."
    assert _sources(text) == ["Dr Halvorsen"]
    text = "The company claims on its website that the bread is organic."
    assert _sources(text) == ["The company"]


def test_cue_noun_with_relative_clause_stays_a_noun():
    """'Police reports from the city that were released ...' is a noun with a relative clause."""
    text = "Police reports from the city that were released last week describe a rise in thefts."
    assert "Police" not in _sources(text)


def test_singular_subject_and_count_make_a_verb():
    """'The agency reports 500 new cases': an -s form between a singular subject and a count."""
    text = "The agency reports 500 new cases in the valley."
    assert _sources(text) == ["The agency"]


def test_plural_people_and_ing_make_a_verb():
    """'Witnesses report seeing ...' is a verb; 'A police report detailing ...' is not."""
    assert _sources("Witnesses report seeing a grey van near the school.") == ["Witnesses"]
    assert _atts("A police report detailing the crash was filed on Friday.") == ()


def test_stress_is_a_verb_of_saying_after_people_and_a_noun_elsewhere():
    """'Officials stress that ...' says something; 'the stress of the campaign' does not."""
    assert _sources("Officials stress that the water is safe to drink.") == ["Officials"]
    assert _atts("The stress of the campaign showed on the candidates.") == ()


def test_wh_clause_after_cue_noun_makes_a_verb():
    """'The study details how ...' reports what the study says."""
    assert _sources("The study details how the fungus spreads between trees.") == ["The study"]


# --- new cue verbs -----------------------------------------------------------------------------


def test_court_ruled_that_is_attributed():
    """'The court ruled that ...' credits the court; the noun 'rules' is no cue."""
    assert _sources("The court ruled that the fence must come down.") == ["The court"]
    assert _atts("The rules are clear about fences.") == ()


def test_reads_with_colon_is_attributed():
    """'The letter reads: "..."' credits the letter; 'He read the book.' is no attribution."""
    text = 'The letter reads: "We are sorry for the delay."'
    assert _sources(text) == ["The letter"]
    assert _atts("He read the book on the train.") == ()


# --- the issuer of an unnamed document -----------------------------------------------------------


def test_issuer_of_a_statement_is_the_source():
    """'The bakery released a statement saying ...' credits the bakery, not the statement."""
    text = "The bakery released a statement saying it regretted the error."
    (a,) = _atts(text)
    assert _t(text, a.source) == "The bakery" and _t(text, a.cue) == "saying"


def test_issuer_stops_before_a_circumstance():
    """'The Harbor Council on June 3 issued a statement saying': the source is the council only."""
    text = "The Harbor Council on June 3 issued a statement saying the pier was safe."
    assert _sources(text) == ["The Harbor Council"]


def test_unnamed_document_without_issuer_speaks_for_itself():
    """'... a story advising the public': with no issuing subject, the text is the source (round 50;
    it had no source before, but PolNeAR credits "a sign saying", "A petition calling")."""
    text = "Behind the counter hung a story advising the public to stay calm."
    assert _sources(text) == ["a story"]
