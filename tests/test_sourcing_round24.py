"""Tests for round 24's sourcing rules.  Every text is written for the test."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import one as _one, span_text as _t


# --- "and" that joins two clauses, not two sources ------------------------------------------

_CLAUSE_JOINS = [
    # (text, cue, source, source type)
    ("Neither rival has won a county and Okafor suggested the race was over.", "suggested", "Okafor", "named_person"),
    ("They rebuilt the old ferry terminal and he pledged to keep it open.", "pledged", "he", "unresolved"),
    ("She called him a liar and the Harbour Gazette accused her of bias.", "accused", "the Harbour Gazette", "named_organization"),
    ("The storm hit the coast and officials said ten boats sank.", "said", "officials", "unnamed_group"),
    ("The team lost the final and coach Mira Tolland said the growth was real.", "said", "coach Mira Tolland", "named_person"),
]


@pytest.mark.parametrize(("text", "cue", "source", "source_type"), _CLAUSE_JOINS)
def test_the_source_starts_after_and_when_the_words_before_end_the_clause_before(text, cue, source, source_type):
    a = _one(text, cue)
    assert _t(text, a.source) == source
    assert a.source_type == source_type


_PAIRS = [
    ("Okafor and Lindqvist said the budget would pass.", "Okafor and Lindqvist"),
    ("Last week the officials and Okafor said the budget would pass.", "the officials and Okafor"),
    ("The company and its founder said the budget would pass.", "The company and its founder"),
    ("Harbour mogul and former mayor Mira Tolland said it would pass.", "Harbour mogul and former mayor Mira Tolland"),
    ("She and her aides said the budget would pass.", "She and her aides"),
]


@pytest.mark.parametrize(("text", "source"), _PAIRS)
def test_a_pair_of_sources_stays_whole(text, source):
    assert _t(text, _one(text, "said").source) == source


def test_a_left_out_subject_after_and_is_not_a_time_phrase():
    text = "Mayor Okafor found money to repair the bridge and on Monday announced the plan."
    a = _one(text, "announced")
    assert _t(text, a.source) != "on Monday"
