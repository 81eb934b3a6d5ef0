"""Round 52: adding to a lead or to deficits is an act; an adjective joined by "and" may stand
before a graded participle ("his rough and racially charged dismissal"); a participle after a
comma skips the subjects of clauses embedded in the object ("rebuked critics who say he should
..., saying"); a name before "though she praised" is not the speaker's description; and "both"
floats after a dashed insertion."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, sources


@pytest.mark.parametrize("text", [
    "Clinton won the primary, adding to her lead over Sanders.",
    "Budget groups pressed Congress to avoid adding to deficits.",
    "Trump was poised to win, substantially adding to his lead over Cruz.",
])
def test_adding_to_what_one_has_is_an_act(text):
    assert "adding" not in cues(text)


@pytest.mark.parametrize("text", [
    "Smith won, adding to reporters that he was happy.",
    "Smith won, adding to him that the race was over.",
])
def test_adding_to_a_hearer_still_speaks(text):
    assert source_and_content(text, "adding")[0] == "Smith"


def test_responding_to_critics_is_still_a_reply():
    text = "Officials, responding to his critics, said no."
    assert source_and_content(text, "responding")[0] == "Officials"


def test_an_adjective_joined_before_a_graded_participle_makes_it_a_modifier():
    text = "His rough and racially charged dismissal of the couple angered many."
    assert "charged" not in cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("The staff and volunteers warmly praised Smith.", "praised", "The staff and volunteers"),
    ("Critics repeatedly charged that the hearing failed.", "charged", "Critics"),
])
def test_subjects_joined_by_and_still_speak(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, participle, source", [
    ("President Obama rebuked critics who say he should condemn terrorists, saying the name would not help.",
     "saying", "President Obama"),
    ("Smith said Jones told him the plan failed, adding that he was sad.", "adding", "Smith"),
])
def test_a_participle_skips_the_subjects_embedded_in_what_came_before(text, participle, source):
    assert source_and_content(text, participle)[0] == source


def test_a_name_before_a_concessive_clause_is_not_the_speakers_description():
    text = "Clinton, though she praised Garland, stopped short of committing."
    assert source_and_content(text, "praised")[0] == "she"


def test_a_quantifier_floats_after_a_dashed_insertion():
    text = "Republican figures — whose party was once respected for its discipline — both suggested he be fired."
    assert sources(text) == ["Republican figures"]


def test_a_quantifier_after_a_lone_dash_is_the_subject():
    text = "The plan failed — both said so."
    assert source_and_content(text, "said")[0] == "both"


@pytest.mark.parametrize("text, cue, source", [
    ("At a conference that month in Aspen, Colo., the graduate ended her speech by quoting da Vinci.",
     "quoting", "the graduate"),
    ("In Flint, Michigan, the mayor ended the rally by saying the water was safe.", "saying", "the mayor"),
])
def test_a_place_split_by_a_comma_stays_in_the_opening_phrase(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_participle_after_a_governed_noun_and_a_time_is_a_passive():
    text = "The administration will admit more refugees, under a plan announced Monday."
    assert source_and_content(text, "announced") == (None, None)


def test_a_subject_after_a_subordinator_still_announces():
    text = "Smith resigned after the company announced Monday."
    assert source_and_content(text, "announced")[0] == "the company"


@pytest.mark.parametrize("text, source", [
    ("Ryan calls Trump line 'racist,' but backs him.", "Ryan"),
    ("State calls 22 emails of Clinton 'top secret.'", "State"),
])
def test_a_headline_may_quote_what_was_called_with_apostrophes(text, source):
    assert source_and_content(text, "calls")[0] == source


def test_a_clipped_pronoun_is_no_quotation():
    assert "called" not in cues("They called 'em in.")


@pytest.mark.parametrize("text", [
    "Bill Clinton proved that prediction wrong.",
    "Trump must prove that he deserves the nomination.",
    "In German politics, the post of defense minister has traditionally proved difficult.",
    "Syria proved to be resistant to the calls for change.",
    "The poll proved decisive.",
])
def test_only_a_record_proves_and_a_copula_proves_nothing(text):
    assert not [c for c in cues(text) if c and c.lower().startswith("prov")]


@pytest.mark.parametrize("text, source, content", [
    ("As intelligence reports have proven them to be part of several attacks, the army acted.",
     "intelligence reports", None),
    ("Records prove that he lied.", "Records", "he lied"),
    ("The records proved the claim false.", "The records", "the claim false"),
])
def test_a_record_still_proves(text, source, content):
    cue = next(c for c in cues(text) if c and c.lower().startswith("prov"))
    got_source, got_content = source_and_content(text, cue)
    assert got_source == source
    if content is not None:
        assert got_content == content
