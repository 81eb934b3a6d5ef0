"""Round 82: sentences from new phrasebooks (disasters and emergency response; prisons and
corrections; social media platforms and misinformation; tourism and travel; water and power
utilities; the English-language press of Nigeria, Ghana and Kenya) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content


@pytest.mark.parametrize("text, cue, source, content", [
    ("Smith claims in his new book the plan failed.", "claims", "Smith", "the plan failed"),
    ("The company claims on its website the product is safe.", "claims", "The company", "the product is safe"),
    ("Dr Ruth Abara notes in the report the wards were full.", "notes", "Dr Ruth Abara", "the wards were full"),
    ("Smith insists in an interview he was never told.", "insists", "Smith", "he was never told"),
    ("Smith said in an interview he was never told.", "said", "Smith", "he was never told"),
])
def test_a_clause_without_that_after_a_circumstance_is_what_was_said(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Trump comments on trade drew fire.",
    "Smith's claims in the book the reviewers liked were false.",
    "The reports from the city the army shelled were grim.",
])
def test_a_noun_before_a_circumstance_whose_verb_follows_it_stays_a_noun(text):
    assert cues(text) == []
