"""Two speakers set against each other in one sentence ("Smith said the ward was closed but
Jones said it was open"), a name's abbreviation before a verb that governs a speech infinitive
("Acme Corp. went on to say"), and "quoted as saying that".  Written for these tests from
construction grids (speaker x joiner x second speaker; speaker x verb chain), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import source_and_content, typed_source


@pytest.mark.parametrize("joiner", [" but", " whereas", ", whereas", " while", " yet", " - but", " whilst"])
@pytest.mark.parametrize("first, second", [("Smith", "Jones"), ("Officials", "critics"), ("The ministry", "a nurse")])
def test_a_contrasted_speakers_clause_ends_the_first_content(joiner, first, second):
    text = f"{first} said the ward was closed{joiner} {second} insisted it was open."
    assert source_and_content(text, "said") == (first, "the ward was closed")
    assert source_and_content(text, "insisted") == (second, "it was open")


@pytest.mark.parametrize("text, content", [
    # guards: with no comma, "and" may join two things one speaker said, a speaker reported
    # inside the content stays there, and "even though" may be part of what was said
    ("Smith said the ward was closed and Jones insisted it was open.", "the ward was closed and Jones insisted it was open"),
    ("Song insisted Clinton had said the ward was closed.", "Clinton had said the ward was closed"),
    ("Smith insisted the ward would stay open even though he had said it was unsafe.",
     "the ward would stay open even though he had said it was unsafe"),
])
def test_an_uncontrasted_speaker_stays_inside_the_content(text, content):
    assert source_and_content(text, text.split()[1])[1] == content


@pytest.mark.parametrize("name", ["Acme Corp.", "Acme Inc.", "Acme Ltd."])
@pytest.mark.parametrize("chain, cue", [
    ("went on to say", "say"), ("used to say", "say"), ("continued to insist", "insist"), ("is likely to argue", "argue"),
])
def test_a_name_ending_in_an_abbreviation_governs_a_speech_infinitive(name, chain, cue):
    text = f"{name} {chain} that the ward was closed."
    assert source_and_content(text, cue) == (name, "the ward was closed")
    assert typed_source(text, cue)[1] == "named_organization"


@pytest.mark.parametrize("text, cue, content", [
    ("Smith was quoted as saying that the ward was closed.", "quoted as saying", "the ward was closed"),
    ("Officials were quoted by the BBC as saying that the ward was closed.", "quoted by the BBC as saying", "the ward was closed"),
    ("Smith was quoted as saying the ward was closed.", "quoted as saying", "the ward was closed"),
    ("Smith was quoted as saying that.", "quoted as saying", "that"),  # (a pronoun object: what was said)
])
def test_quoted_as_saying_that_leaves_that_out(text, cue, content):
    assert source_and_content(text, cue)[1] == content
