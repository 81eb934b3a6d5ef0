"""A count's leading words ("At least two officials", "More than a dozen residents") and a bare
plural after "said" with its description ("..., said officials in the region").  Written for
these tests from construction grids (speaker x word order), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import source_and_content, typed_source

_LEADS = ["At least", "At most", "About", "Around", "Some", "Over", "More than", "Fewer than", "Less than",
          "No more than", "No fewer than", "As many as", "As few as"]


@pytest.mark.parametrize("lead", _LEADS)
@pytest.mark.parametrize("order", [
    "{L} 30 nurses said the ward was closed.", "The ward was closed, {l} 30 nurses said.", "The ward was closed, said {l} 30 nurses.",
])
def test_the_words_that_lead_a_count_are_part_of_the_source(lead, order):
    text = order.format(L=lead, l=lead.lower())
    source = lead + " 30 nurses" if order.startswith("{L}") else lead.lower() + " 30 nurses"
    assert source_and_content(text, "said") == (source, "the ward was closed" if order.startswith("{L}") else "The ward was closed")
    assert typed_source(text, "said")[1:] == ("unnamed_group", False)


@pytest.mark.parametrize("text, source", [
    ("At least one official said the ward was closed.", "At least one official"),
    ("More than a dozen residents said the ward was closed.", "More than a dozen residents"),
    ("“The ward is closed,” said more than a dozen residents.", "more than a dozen residents"),
    ("The plan, at least two officials said, was drafted in May.", "at least two officials"),
])
def test_a_led_count_of_people(text, source):
    assert source_and_content(text, "said")[0] == source


@pytest.mark.parametrize("text, source, content", [
    # guards: the words stay out where they lead a count inside what was said, or follow a preposition
    ("Police said at least 30 people died.", "Police", "at least 30 people died"),
    ("Smith said more than a dozen residents were moved.", "Smith", "more than a dozen residents were moved"),
    ("Police spoke to about 200 residents, who said the ward was closed.", "who", "the ward was closed"),
])
def test_a_count_in_the_content_or_after_a_preposition_is_no_source(text, source, content):
    assert source_and_content(text, "said") == (source, content)


@pytest.mark.parametrize("text, source", [
    ("The ward was closed, said officials in the region.", "officials in the region"),
    ("The ward was closed, said sources close to Smith.", "sources close to Smith"),
    ("The ward was closed, said senior officials close to Smith.", "senior officials close to Smith"),
    ("“The ward is closed,” said nurses at the hospital.", "nurses at the hospital"),
    # where and how it was said is no part of the speaker
    ("The ward was closed, said officials in a statement.", "officials"),
    ("The ward was closed, said a nurse at a press conference.", "a nurse"),
    ("The ward was closed, said the official at a briefing on Tuesday.", "the official"),
])
def test_a_bare_plural_after_said_keeps_its_description(text, source):
    assert source_and_content(text, "said")[0] == source
