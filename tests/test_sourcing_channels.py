"""The channel a statement went through ("said via Twitter that") and a belief verb after a
quoted question that the sentence splitter cut off ('“Why is the ward closed?” Smith wondered.').
Written for these tests from construction grids (speaker x medium; speaker x quoted question x
verb), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, source_and_content, span_text


@pytest.mark.parametrize("subject", ["Smith", "The ministry", "Acme Corp.", "Officials"])
@pytest.mark.parametrize("channel", ["via Twitter that", "via Twitter", "via a spokesman that"])
def test_the_channel_after_via_is_no_part_of_what_was_said(subject, channel):
    text = f"{subject} said {channel} the ward was closed."
    assert source_and_content(text, "said") == (subject, "the ward was closed")


@pytest.mark.parametrize("text, cue, source", [
    ("“Why is the ward closed?” Smith wondered.", "wondered", "Smith"),
    ("“Is it over?” Smith thought.", "thought", "Smith"),
    ("“Is it over?” The nurses wondered.", "wondered", "The nurses"),
    ("“Why is the ward closed?” he wondered.", "wondered", "he"),
])
def test_a_belief_after_a_quoted_question_credits_the_question(text, cue, source):
    assert source_and_content(text, cue) == (source, text[1 : text.index("”")])


@pytest.mark.parametrize("text", [
    # guards: a belief verb with nothing before it but a plain sentence states nothing
    "The ward is closed. Smith wondered.",
    "The ward is closed. Smith thought.",
])
def test_a_bare_belief_after_a_plain_sentence_is_no_attribution(text):
    assert all(span_text(text, a.cue) not in ("wondered", "thought") for a in attributions(text))


@pytest.mark.parametrize("text, cue, content", [
    ("The ward is closed, he said aloud.", "said", "The ward is closed"),
    ("“Why is the ward closed?” Smith wondered aloud.", "wondered", "Why is the ward closed?"),
    ("Smith said aloud that the ward was closed.", "said", "the ward was closed"),
])
def test_aloud_says_how_it_was_said(text, cue, content):
    assert source_and_content(text, cue)[1] == content
