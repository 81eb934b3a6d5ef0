"""Tests for source shapes that recur across news copy: passive agents without "be", reduced
relatives on the subject, records as subjects of evidence verbs, "appears to show", and a lone
name before a description.  Every sentence is written for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ._sourcing_helpers import attributions as _atts, one as _one, span_text as _t


# --- a passive agent without "be" ------------------------------------------------------------


def test_as_reported_by_credits_the_agent():
    """ "As reported by the Ledger, ..." credits the Ledger, named, with what follows as content."""
    text = "As reported by the Morning Ledger, the mill will close in May."
    a = _one(text, "reported")
    assert _t(text, a.source) == "the Morning Ledger" and a.named
    assert _t(text, a.content) == "the mill will close in May"


def test_trailing_as_confirmed_by_credits_the_agent():
    """ "..., as confirmed by county officials." credits the officials, unnamed."""
    text = "The bridge was shut for repairs, as confirmed by county officials."
    a = _one(text, "confirmed")
    assert _t(text, a.source) == "county officials" and not a.named


def test_a_participle_of_an_act_with_by_is_not_speech():
    """ "targets attacked by militants" and "responded by closing" are acts, not attributions."""
    assert _atts("The depots attacked by the rebels were rebuilt.") == ()
    assert _atts("The agency responded by closing the office.") == ()


# --- a reduced relative on the subject -------------------------------------------------------


def test_reduced_relative_keeps_the_head_noun():
    """ "People briefed on the talks said": the people are the source, "briefed" is not a cue."""
    text = "People briefed on the talks said a deal was near."
    atts = _atts(text)
    assert [_t(text, a.cue) for a in atts] == ["said"]
    assert _t(text, atts[0].source).startswith("People") and atts[0].source_type == "unnamed_group"


def test_photo_provided_to_an_agency_is_the_source_not_the_agency():
    """ "This photo provided to the Wire Service shows": an unnamed document, not the agency."""
    text = "This 2011 photo provided to the Harbor Wire Service shows the pier before the storm."
    a = _one(text, "shows")
    assert _t(text, a.source).startswith("This 2011 photo")
    assert a.source_type == "document" and not a.named


# --- records as subjects of evidence verbs ---------------------------------------------------


def test_data_from_a_named_body_show():
    """ "Data from the Statistics Office show ...": the data are the source, named by their author."""
    text = "Data from the Statistics Office show wages rose in March."
    a = _one(text, "show")
    assert _t(text, a.source) == "Data from the Statistics Office"
    assert a.source_type == "document" and a.named


def test_record_with_a_relative_clause_appears_to_show():
    """ "a video that surfaced online appeared to show": the video, past the relative clause."""
    text = "However, a video that surfaced online a day later appeared to show the mayor at the party."
    a = _one(text, "show")
    assert _t(text, a.source) == "a video"


def test_seems_to_say_shares_the_subject():
    """ "The coach seemed to say that ..." credits the coach."""
    text = "The coach seemed to say that the season was over."
    assert _t(text, _one(text, "say").source) == "The coach"


# --- a lone name before a description --------------------------------------------------------


def test_one_word_name_opening_a_sentence_before_a_description():
    """ "Orvell, originally from Lyon, France, said": the name, not the place before the cue."""
    text = "Orvell, originally from Lyon, France, said he moved here in 2015."
    a = _one(text, "said")
    assert _t(text, a.source) == "Orvell" and a.source_type == "named_person"


def test_name_after_a_conjunction_with_a_bare_description():
    """ "But Marsh, Eastfield historian said": the name after the conjunction is the source."""
    text = "But Marsh, Eastfield historian said the statue was moved twice."
    a = _one(text, "said")
    assert _t(text, a.source) == "Marsh" and a.named


def test_discourse_adverb_is_not_a_name():
    """ "Overall, local groups said": the adverb opening the sentence is not a lone name."""
    text = "Overall, local groups said the plan was sound."
    a = _one(text, "said")
    assert _t(text, a.source) == "local groups" and not a.named


_OPENERS = st.sampled_from(
    "However Overall Nevertheless Meanwhile Instead Ultimately Similarly Afterwards Yesterday Still".split()
)


@settings(max_examples=40, deadline=None)
@given(_OPENERS)
def test_no_opening_adverb_is_taken_for_a_name(opener):
    """Whatever discourse adverb opens the sentence, the source is the phrase before the cue."""
    text = f"{opener}, a local farmer said the harvest was late."
    a = _one(text, "said")
    assert _t(text, a.source) == "a local farmer" and not a.named
