"""Tests for described names, infinitive cues, particles and trailing cues after a quotation.

Every sentence here was written for the test.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ._sourcing_helpers import attributions as _atts, one, span_text as _t


def _source_of(text: str, cue: str) -> str | None:
    return _t(text, one(text, cue).source)


# --- a name, a description with commas of its own, the cue --------------------------------------


def test_description_with_a_list_credits_the_opening_name():
    """A list inside the description (and no closing comma) still credits the name that opens it."""
    text = "Maria Delgado, head of the Parks, Roads and Water committee said the plan was late."
    assert _source_of(text, "said") == "Maria Delgado"


def test_description_with_a_place_credits_the_opening_name():
    """ "Name, a Y from Town, State, said": the place after a comma is not the source."""
    text = "Tom Baxter, a farmer from Dayton, Ohio, said the harvest failed."
    assert _source_of(text, "said") == "Tom Baxter"


def test_name_after_a_quotation_with_a_description():
    """'“...,” Name, a spokesman for X told Y': the name, not the organisation, is the source."""
    text = "“We are ready,” Paul Okafor, a spokesman for the Riverside Housing Trust told reporters."
    a = next(a for a in _atts(text) if _t(text, a.cue) == "told")
    assert _t(text, a.source) == "Paul Okafor"
    assert a.source_type == "named_person" and a.named


def test_parenthetical_cue_does_not_credit_the_opening_name():
    """ "Mr. Hale, his aides said, will run": the aides speak, not Mr. Hale."""
    text = "Mr. Hale, his aides said, will run again next year."
    assert _source_of(text, "said") == "his aides"


def test_a_list_of_names_is_not_a_description():
    """ "A B, C D and E F said": the phrase before the cue is kept, not the first name alone."""
    text = "Anna Berg, Carl Diaz and Emma Frost said they would attend."
    assert _source_of(text, "said") != "Anna Berg"


def test_an_opening_circumstance_is_not_a_name():
    """ "Early this year, the group said": a time phrase with a comma names nobody."""
    text = "Early this year, the Harbor Alliance said it had merged with a rival."
    assert _source_of(text, "said") == "the Harbor Alliance"


def test_a_subject_after_a_relative_clause_is_kept():
    """ "Mr. Vane, who ..., the Daily Ledger reported": the last phrase is the subject."""
    text = "Mr. Vane, who sold the farm in May, the Daily Ledger reported."
    assert _source_of(text, "reported") == "the Daily Ledger"


# --- cues that follow "to", particles, and a trailing cue after a quotation ---------------------


def test_infinitive_after_continued_credits_the_subject():
    """ "X continued to say": one speech attribution whose source is X."""
    text = "Even after the vote, Senator Ruiz continued to say the count was wrong."
    a = next(a for a in _atts(text) if _t(text, a.cue) == "say")
    assert _t(text, a.source) == "Senator Ruiz" and a.kind == "speech"


def test_infinitive_of_purpose_is_not_a_cue():
    """ "went to the store to tell": "to" after an ordinary word does not make a cue."""
    text = "The farmers met at the hall to talk about prices."
    assert not any(_t(text, a.cue).startswith("talk") for a in _atts(text))


def test_referring_to_after_a_quotation():
    """ "..., Kim said, referring to the mayor": the participle shares the speaker."""
    text = "“He is not ready,” Kim said, referring to the mayor."
    a = next(a for a in _atts(text) if _t(text, a.cue) == "referring to")
    assert _t(text, a.source) == "Kim"


def test_pointed_to_is_a_cue():
    """ "X pointed to Y" is a speech cue with X as its source."""
    text = "Ms. Arden pointed to the rising cost of rent."
    assert _source_of(text, "pointed to") == "Ms. Arden"


def test_trailing_evidence_verb_after_a_quotation():
    """ '“...,” the report states.': the -s form after a quotation and a short subject is a verb."""
    text = "Officials were warned, but “nobody had stockpiled enough water,” the report states."
    assert _source_of(text, "states") == "the report"


def test_record_with_a_release_participle():
    """ "..., a Norland survey published this week showed, ...": the survey is the source."""
    text = "Support rose to 59 percent, a Norland survey published this week showed, a new high."
    a = next(a for a in _atts(text) if _t(text, a.cue) == "showed")
    assert "survey" in _t(text, a.source) and a.source_type == "document" and a.named


def test_sources_familiar_with_is_a_group():
    """ "three sources familiar with the matter": a group, typed by "sources", not "familiar"."""
    text = "Three sources familiar with the President's thinking told the paper he was undecided."
    a = next(a for a in _atts(text) if _t(text, a.cue) == "told")
    assert a.source_type == "unnamed_group" and not a.named


def test_passive_act_is_not_agentless():
    """ "a postscript might be added to the film": a passive act, not "is said to"."""
    text = "A postscript might be added to the film in the autumn."
    assert _atts(text) == ()


def test_phone_call_to_a_named_person_is_speech():
    """ "Mayor Lee called Dana Ortiz, ..." is a call to a person; "a group called X" is naming."""
    text = "Mayor Lee called Dana Ortiz, a former aide, on Tuesday."
    assert _source_of(text, "called") == "Mayor Lee"
    named = "They joined a group called Black Water Rising."
    assert not any(_t(named, a.cue) == "called" for a in _atts(named))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Ann Lee,", "a clerk", "from Reno,", "Nev.,", "who", "said", "to", "say", "continued", ","]), max_size=30))
def test_described_name_never_crashes_and_sources_lie_in_text(words):
    """Any word salad of description pieces yields sources inside the text and before the end."""
    text = " ".join(words)
    for a in _atts(text):
        if a.source is not None:
            assert 0 <= a.source.start < a.source.end <= len(text)
