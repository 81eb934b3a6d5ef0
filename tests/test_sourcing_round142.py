"""Round 142: sentences from the dry-stone walling and car boot sale phrasebooks (unseen in
round 141): a promise after a record and its post-modifier, a kind of writing, a plural owner
inside what a speaker spends, and a firm that runs fairs."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("The brochure for the course promises that students will have built a metre of wall by Sunday.",
     "promises", "The brochure for the course"),
    ("The manifesto for the election pledges that every village will keep its bus.", "pledges", "The manifesto for the election"),
    ("Sally Merrion used her speech at the Hereford traders’ dinner to warn that the sale could not survive.",
     "warn", "Sally Merrion"),
    # guards: within the old reach, as before
    ("Ramos used his acceptance speech to call for unity.", "call", "Ramos"),
    ("Scientists writing in the journal Nature said the ice was thinning.", "said", "Scientists writing in the journal Nature"),
])
def test_sources(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_fairs_end_a_firms_name():
    text = "Copperkettle Fairs tweeted on Saturday night that the Sunday sale was off."
    assert typed_source(text, "tweeted") == ("Copperkettle Fairs", "named_organization", True)


@pytest.mark.parametrize("text", [
    "Her book won a regional prize for nature writing in 2022 and has been reprinted twice.",
    "She won the award for travel writing in 2019.",
    # guard: a plural noun after a post-modifier, and a relative after it
    "A list of campaign promises that Trump made was published.",
])
def test_no_statement(text):
    assert cues(text) == []
