"""Round 136: sentences from the taxidermy and window-cleaning phrasebooks (unseen in round 135):
"Housing" and "Bros" end a body's name; a share of people after "with" speaks ("with a third
saying"); and acts that are not statements (a count of people recalled from a roof, a gust of
wind that claims a ladder, a crate labelled as furniture, a body's hands that tell a story)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("In a letter to tenants, Riverside Vale Housing wrote that external window cleaning would be cut "
     "from four visits a year to two.", "wrote", "Riverside Vale Housing", "named_organization"),
    ("Sparkle Bros said on Facebook that its van had been broken into overnight and every pole stolen.",
     "said", "Sparkle Bros", "named_organization"),
    ("Of the 212 cleaners who took part, 60 per cent had raised their prices in the past year, with a "
     "third saying they had lost customers as a result.", "saying", "a third", "unnamed_group"),
    ("Turnout fell, with a majority saying the vote had been badly run.", "saying", "a majority", "unnamed_group"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Stan Hobbs recalled both apprentices from the roof of the library as the wind picked up.",
    "The foreman recalled both of his apprentices from the scaffold.",
    "A gust of wind claimed the firm's best ladder, snapping it in two against a garage wall in Penrith.",
    "Border officers at Felixstowe denied entry to a crate of elephant-foot umbrella stands labelled as furniture.",
    "He sold jars labelled 'organic honey' at the market.",
    "His hands, cracked and raw after a winter on the round, told their own story.",
    "Her eyes said it all.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a memory of people, people labelling, a sentence-opening labelled subject, people
    # joined to a body's hands, a share that opens the sentence
    ("She recalled both colleagues from the campaign as loyal.", "recalled", "She"),
    ("Critics labelled the plan a disaster.", "labelled", "Critics"),
    ("After critics labelled the plan a disaster, it was dropped.", "labelled", "critics"),
    ("The captain and his hands said they had not been paid.", "said", "The captain and his hands"),
    ("A third said they had lost customers.", "said", "A third"),
    ("Her hands, she said, were shaking.", "said", "she"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
