"""A second verb joined to a speaker's first ("Smith said the ward was closed and added that
...", "... but warned it could reopen") and an occasion between a speaker and the verb ("Smith
at a press conference on Monday said").  Written for these tests from construction grids
(speaker x first content x joiner x second verb; speaker x words before the verb x words after
it), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, first_content, second, second_content", [
    ("Smith said the ward was closed and added that staff had been moved.",
     "the ward was closed", "added", "staff had been moved"),
    ("Smith said the plan was approved and added that work would start soon.",
     "the plan was approved", "added", "work would start soon"),
    ("Officials said the ward was closed and insisted that it would reopen.",
     "the ward was closed", "insisted", "it would reopen"),
])
def test_a_speech_verb_with_a_clause_after_a_passive_is_the_speakers(text, first_content, second, second_content):
    speaker = text.split(" said", 1)[0]
    assert source_and_content(text, "said") == (speaker, first_content)
    assert source_and_content(text, second) == (speaker, second_content)


@pytest.mark.parametrize("text", [
    # guards: a passive joined to a passive stays one ("that week" is a time, not a clause)
    "The plan was drafted and announced that day.",
    "Officials were mocked and criticized that week.",
])
def test_joined_passives_stay_passive(text):
    assert all(a.source is None for a in attributions(text))


def test_it_was_added_that_stays_agentless():
    text = "It was reported and confirmed that the ward closed."
    assert typed_source(text, "confirmed") == (None, "agentless", False)


@pytest.mark.parametrize("text, kind", [
    ("Smith said the ward was closed but warned it could reopen.", "named_person"),
    ("Acme said it would cut jobs and added that profits fell.", "named_organization"),
])
def test_one_source_one_kind(text, kind):
    # a one-word name's kind is read once, at its first verb: the second verb's "it" is the ward's
    types = {(span_text(text, a.source), a.source_type) for a in attributions(text)}
    assert len(types) == 1 and types.pop()[1] == kind


@pytest.mark.parametrize("text, cue, source", [
    ("Smith at a press conference on Monday said the ward was closed.", "said", "Smith"),
    ("The ministry at a news conference claimed the ward was closed.", "claimed", "The ministry"),
    ("Smith in a statement said the ward was closed.", "said", "Smith"),
    # guards: "at" a place or a body still describes the speaker
    ("Officials at the ministry said the ward was closed.", "said", "Officials at the ministry"),
    ("Nurses at the hospital said the ward was closed.", "said", "Nurses at the hospital"),
])
def test_an_occasion_after_at_is_no_part_of_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source
    assert cue in cues(text)
