"""Round 29: hearsay that no one in the text owns ("in some reports", "by all accounts"), verbs
that take a participle ("began tweeting"), verbs joined inside a relative clause, and irregular
past verbs that end a source phrase."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source, content
_HEARSAY = [
    ("In some reports, the militants were paid.", "In", "some reports", "the militants were paid"),
    ("By all accounts, he was a kind man.", "By", "all accounts", "he was a kind man"),
    ("By some estimates, 10,000 people died.", "By", "some estimates", "10,000 people died"),
    ("But in unconfirmed Russian media reports, the general was killed.", "in",
     "unconfirmed Russian media reports", "the general was killed"),
    ("Uzbek militants have been blamed in some reports for violence.", "in", "some reports",
     "Uzbek militants have been blamed"),
    ("He was named in several media reports as a suspect.", "in", "several media reports", "He was named"),
    ("He is by all accounts enjoying his new role.", "by", "all accounts", "He is"),
    ("The toll, by one estimate, exceeds 10,000.", "by", "one estimate", "The toll"),
]


@pytest.mark.parametrize("text, cue, source, content", _HEARSAY)
def test_hearsay_without_an_owner_is_credited_to_the_reports(text, cue, source, content):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content
    assert not a.named
    assert a.source_type in ("unnamed_group", "document")


_NOT_HEARSAY = [
    "He was interested in some reports.",  # the complement of an adjective, not a frame
    "In his reports, Smith described the war.",  # his reports are his: "described" credits him
    "He has 12 bank accounts.",
    "He used a personal email account to do government business.",  # not "according to"
    "News accounts to portray the race as close were common.",
    "In a report published Tuesday, the agency said the toll rose.",  # the agency's medium
]


@pytest.mark.parametrize("text", _NOT_HEARSAY)
def test_owned_or_unrelated_reports_are_no_hearsay(text):
    assert all(a.kind != "according" for a in attributions(text)), cues(text)


def test_the_seed_phrase_in_some_reports_is_found():
    text = (
        "Uzbek militants have been blamed in some reports for violence against and disregard for "
        "local Pashtun culture in Waziristan."
    )
    a = one(text, "in")
    assert (span_text(text, a.source), a.source_type, a.named) == ("some reports", "unnamed_group", False)


def test_a_number_after_according_to_is_no_apposition():
    text = "According to police, 10,000 people died."
    assert span_text(text, one(text, "According to").content) == "10,000 people died"


def test_hearsay_is_no_subject_for_a_later_verb():
    text = (
        "It is an argument against change, especially for the elder Mr. Murdoch, who is by all "
        "accounts enjoying his new role running the network and is saying he won't rush."
    )
    a = one(text, "saying")
    assert span_text(text, a.source) == "who"
    assert a.named and a.source_type == "named_person"


# text, cue, source
_CATENATIVES = [
    ("As Donald Trump began tweeting out his new nickname for her, she laughed.", "tweeting", "Donald Trump"),
    ("At a rally, speakers took turns urging voters to act.", "urging", "speakers"),
    ("Trump kept insisting the election was rigged.", "insisting", "Trump"),
    ("Perez just starts talking about the race.", "talking about", "Perez"),
    ("He decamped to Citigroup and began writing op-eds defending the tax cuts.", "writing", "He"),
]


@pytest.mark.parametrize("text, cue, source", _CATENATIVES)
def test_the_subject_of_a_verb_that_takes_a_participle_speaks(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


# text, cue, antecedent
_RELATIVE_JOINED = [
    ("The crowd cheered Rubio, who thanked Miami and said it was great.", "said", "Rubio"),
    ("Officials met Smith, who shook hands and told reporters the deal was done.", "told", "Smith"),
    ("The approach has won over Weaver, who came out and endorsed her.", "endorsed", "Weaver"),
]


@pytest.mark.parametrize("text, cue, antecedent", _RELATIVE_JOINED)
def test_a_verb_joined_inside_a_relative_clause_has_the_relative_as_subject(text, cue, antecedent):
    a = one(text, cue)
    assert span_text(text, a.source) == "who"
    assert span_text(text, a.resolved_from) == antecedent


def test_a_relative_after_a_comma_outside_the_clause_is_not_the_subject():
    text = "The crowd cheered Rubio, who left, and Smith said it was great."
    assert span_text(text, one(text, "said").source) == "Smith"


_PAST_VERB_STOPS = [
    ("Officials met Smith, who said the deal was done.", "Smith"),
    ("Voters in Ohio took the bus, and the driver said it was late.", "the driver"),
]


@pytest.mark.parametrize("text, antecedent_or_source", _PAST_VERB_STOPS)
def test_an_irregular_past_verb_ends_the_phrase_before_it(text, antecedent_or_source):
    a = one(text, "said")
    shown = a.resolved_from if span_text(text, a.source) == "who" else a.source
    assert span_text(text, shown) == antecedent_or_source


def test_a_past_form_that_is_also_a_noun_stays_inside_a_phrase():
    text = "The budget cut supporters said the plan failed."
    assert span_text(text, one(text, "said").source) == "The budget cut supporters"
