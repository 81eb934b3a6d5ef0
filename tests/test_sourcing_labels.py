"""Tests for round 23's sourcing rules: a line labelled with its source ("Sanders: Clinton Email
Story Has Moved.", a transcript's "Lopez: Well, ..."), a description in title case between a name
and its cue ("Jane Doe, Professor of History at Yale University said"), a named poll, a state's
initials as the source ("The EU said"), and a subject with an inserted participle ("The findings,
published in Nature, suggest").  Every text is written for the test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ._sourcing_helpers import attributions as _atts, cues as _cues, one as _one, span_text as _t


# --- a headline credited with a colon --------------------------------------------------------


def test_a_headline_credits_its_claim_to_the_name_before_the_colon():
    text = "Harlow: The Mill Must Stay Open Until Spring.\n\nThe mayor spoke on Tuesday."
    a = _one(text, ":")
    assert _t(text, a.source) == "Harlow" and a.source_type == "named_person" and a.named
    assert _t(text, a.content) == "The Mill Must Stay Open Until Spring"
    assert a.kind == "speech"


def test_a_quoted_headline_claim_is_direct():
    text = "Mira Tolland: ‘We will rebuild the harbour before winter.’\n\nShe spoke at the docks."
    a = _one(text, ":")
    assert _t(text, a.source) == "Mira Tolland" and a.direct


def test_a_document_label_is_a_document():
    text = "Report: Half of the county's bridges need repair within a decade.\n\nThe study ran a year."
    a = _one(text, ":")
    assert _t(text, a.source) == "Report" and a.source_type == "document" and not a.named


def test_transcript_turns_credit_each_speaker():
    text = (
        "The panel met on Friday.\n\n"
        "Okafor: The budget will not pass this week.\n\n"
        "Lindqvist: Then the council should vote on it in March.\n\n"
        "Okafor: That is too late for the schools."
    )
    atts = [a for a in _atts(text) if _t(text, a.cue) == ":"]
    assert [_t(text, a.source) for a in atts] == ["Okafor", "Lindqvist", "Okafor"]


def test_field_labels_teasers_places_and_short_values_are_not_sources():
    texts = [
        "The Latest: The council votes on the budget tonight.",
        "Editor’s Note: This story was updated with the final results.",
        "Update: The road reopened after the storm had passed.",
        "BOOM: The council just rejected the plan in a late vote.",
        "Contributing: Nora Hale and Peter Quist in the state capital.",
        "Iowa: Tim Albrecht, Brad Anderson and Rob Barron all voted.",
        "Defense: James Mattis.",
        "Q: When did you first visit the harbour as a child?",
        "Tuesday’s Morning Email: The council votes on the budget.",
        "Netanyahu and Obama: A tortured relationship over many years.",
    ]
    for text in texts:
        assert ":" not in _cues(text), text


def test_a_colon_in_the_middle_of_a_paragraph_is_not_a_label():
    text = "The council met late. Harlow had one message: the mill must stay open for the town."
    assert ":" not in _cues(text)


def test_a_cue_after_the_colon_does_not_block_the_label_but_one_before_it_does():
    """Across many lines, each label is judged by the cues of its own sentence only."""
    text = (
        "Okafor: The mayor said the budget will not pass.\n\n"
        "Lindqvist tweeted: The council should vote on it in March.\n\n"
        "Okafor: That is too late for the schools, she said.\n\n"
        "Brandt: The schools can wait until the spring term."
    )
    labels = [_t(text, a.source) for a in _atts(text) if _t(text, a.cue) == ":"]
    assert labels == ["Okafor", "Okafor", "Brandt"]
    assert "tweeted" in _cues(text)


def test_a_colon_after_a_cue_keeps_the_cue():
    text = "Harlow tweeted: “The mill must stay open until spring.”"
    assert _cues(text) == ["tweeted"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Okafor", "Report", "The Latest", "Iowa", "BOOM", "Mira Tolland", "x"]), min_size=1, max_size=6))
def test_label_attributions_point_into_their_own_line(labels):
    """Whatever the labels, a label attribution's source ends at its colon and its content lies
    after it, on the same line."""
    text = "\n\n".join(f"{label}: the harbour will reopen in the spring" for label in labels)
    for a in _atts(text):
        if _t(text, a.cue) != ":":
            continue
        assert a.source is not None and a.source.end == a.cue.start
        assert a.content is not None and a.content.start > a.cue.end
        assert "\n" not in text[a.source.start : a.content.end]


# --- the source of one cue: title-case roles, named polls, initials, inserted phrases ----------

# (text, cue, source, source_type, named): the source the cue credits, its type, whether named
_SOURCES = [
    # a role in title case between the name and the cue is a description of the name
    ("Jane Doe, Professor of History at Yale University said the war was long.", "said", "Jane Doe", "named_person", True),
    (
        "Vikram Shah, Clinical Director and Consultant Surgeon, Eye Specialist at the Royal Harbour "
        "Hospital, London said the clinic would open.",
        "said", "Vikram Shah", "named_person", True,
    ),
    # ... but a title before a name opens the subject itself
    ("Meanwhile, Secretary of State John Kerry said the deal held.", "said", "Secretary of State John Kerry", "named_person", True),
    # a capitalised poll or study after a name is a named record, not a person
    ("An Orbis-Lund Poll found that voters see the mayor as electable.", "found", "An Orbis-Lund Poll", "document", True),
    ("The Harwell Study showed the effect in three counties.", "showed", "The Harwell Study", "document", True),
    ("Orbis-Lund Poll: Voters increasingly see the mayor as electable.", ":", "Orbis-Lund Poll", "document", True),
    # a state's or a union's initials heading the phrase name the body; before a noun, a modifier
    ("The EU said it would respond within a week.", "said", "The EU", "named_organization", True),
    ("UN said the convoy had reached the town.", "said", "UN", "named_organization", True),
    ("The UK warned that the talks could fail.", "warned", "The UK", "named_organization", True),
    ("US officials said the convoy had reached the town.", "said", "US officials", "unnamed_group", False),
    ("He told us the convoy had reached the town.", "told", "He", "unresolved", False),
    # a verb after a subject with an inserted phrase has that subject (or the inserted name) ...
    ("The findings, published in the journal Nature, suggest the drug works.", "suggest", "The findings", "document", False),
    ("The results, which were published in Nature, suggest the drug works.", "suggest", "The results", None, False),
    ("The spokesperson for the ministry, Ahmed Ali, confirmed the deaths.", "confirmed", "Ahmed Ali", "named_person", True),
    # ... while a cue after content, or after a long opening clause, is inverted
    ("The drug works, suggest the findings.", "suggest", "the findings", "document", False),
    (
        "Cruz also lacks support from his Republican colleagues in Congress, whom he has alienated "
        "with his rhetoric, said Larry Sabato.",
        "said", "Larry Sabato", "named_person", True,
    ),
    # the British party
    ("Labour said the figures were a disgrace.", "said", "Labour", "named_organization", True),
]


@pytest.mark.parametrize(("text", "cue", "source", "source_type", "named"), _SOURCES, ids=[c[0][:40] for c in _SOURCES])
def test_source_of_the_cue(text, cue, source, source_type, named):
    a = _one(text, cue)
    assert _t(text, a.source) == source
    if source_type is not None:
        assert a.source_type == source_type
    assert a.named is named


def test_an_agency_named_survey_is_not_made_a_record():
    """ "Survey" also names agencies ("the Geological Survey"), so it is left to the name rules."""
    text = "The Harbor Geological Survey said the quake was shallow."
    assert _one(text, "said").source_type != "document"
