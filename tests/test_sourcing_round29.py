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


# quotations written with two apostrophes ('' ... ''), as some newspapers' archives do
def test_a_two_apostrophe_quotation_continues_the_speaker_before_it():
    text = (
        "''A lot of clubs that have closed really should have closed,'' Mr. Hedge said.  "
        "''Florida is a good microcosm of the nation.''"
    )
    a = one(text, "said")
    assert [span_text(text, c) for c in a.continued] == ["Florida is a good microcosm of the nation."]


# text, cue, content: the quotation closes right before its speaker, in the sentence before the
# cue's (the splitter cut after "?" or "." inside the marks) or across several sentences
_QUOTATION_BEFORE = [
    ("The audience laughed. “What kind of people do I have here?” Trump asked, looking pleased.",
     "asked", "What kind of people do I have here?"),
    ("He made a reference to emails. “Russia, if you’re listening, find the emails.” Trump said. "
     "Clinton says the mails were personal.", "said", "Russia, if you’re listening, find the emails."),
    ("He spoke. \"I never said that. I never said that,\" Trump said, after Becky Quick said so.",
     "said", "I never said that. I never said that,"),
    ("''Florida is good,'' Mr. Hedge said on Monday.", "said", "Florida is good,"),
    ("It was late. \"What are we going to do? We fight,\" Clinton said in a brief speech.", "said",
     "What are we going to do? We fight,"),
]


@pytest.mark.parametrize("text, cue, content", _QUOTATION_BEFORE)
def test_a_quotation_that_closes_right_before_its_speaker_is_the_content(text, cue, content):
    a = [x for x in attributions(text) if span_text(text, x.cue) == cue][0]
    assert span_text(text, a.content) == content
    assert a.direct


# text, cue, content: the cue has words of its own, or the quotation is a title or a phrase
_NOT_QUOTATION_BEFORE = [
    ("“We won.” Trump said the plan failed.", "said", "the plan failed"),  # a new report
    ("He cited the “eminent domain!” Cruz accuses Trump of buying influence.", "accuses",
     "Trump of buying influence"),
    ("He appeared on “CBS This Morning,” Trump said in a statement.", "said", "He appeared on “CBS This Morning,”"),
]


@pytest.mark.parametrize("text, cue, content", _NOT_QUOTATION_BEFORE)
def test_a_cue_with_its_own_words_or_a_quoted_title_keeps_its_content(text, cue, content):
    a = [x for x in attributions(text) if span_text(text, x.cue) == cue][0]
    assert span_text(text, a.content) == content


def test_a_participle_with_a_speaker_from_afar_keeps_its_object():
    text = "“It goes in here and goes out here,” he said, pointing to one and then the other of his ears."
    a = one(text, "pointing to")
    assert span_text(text, a.content) == "one and then the other of his ears"


def test_a_content_that_is_one_short_quotation_is_its_words():
    text = "Trump said: “We won.” Clinton said nothing."
    assert span_text(text, attributions(text)[0].content) == "We won."


_ADDED_TO = [
    ("“It was 50 percent more than Hillary’s show,” Trump added to People.", "Trump"),
    ("''We won,'' he added to reporters.", "he"),
]


@pytest.mark.parametrize("text, source", _ADDED_TO)
def test_a_statement_verb_after_a_quotation_and_its_speaker_names_a_recipient(text, source):
    a = one(text, "added")
    assert span_text(text, a.source) == source
    assert a.content is not None and a.direct


def test_a_statement_verb_before_to_without_a_quotation_is_an_act():
    assert cues("The firm added to its losses.") == []


# poll respondents: a share of people, "those who", and an absolute clause with "with"
_RESPONDENTS = [
    ("The share of voters saying they want a ban rose.", "saying", "The share of voters", "they want a ban rose"),
    ("The proportion of GOP voters said they want a ban.", "said", "The proportion of GOP voters", "they want a ban"),
    ("He won the state, with 60 percent of voters saying they backed him.", "saying", "60 percent of voters",
     "they backed him"),
    ("Many described themselves as liberals with about three in 10 saying they are very liberal.", "saying",
     "about three in 10", "they are very liberal"),
]


@pytest.mark.parametrize("text, cue, source, content", _RESPONDENTS)
def test_counted_respondents_are_an_unnamed_group(text, cue, source, content):
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type, a.named) == (source, "unnamed_group", False)
    assert span_text(text, a.content) == content


def test_an_absolute_clause_with_its_own_speakers_ends_the_content_before_it():
    text = "Voters still view Mrs. Clinton as more prepared for the job - with 50 percent saying she is prepared."
    assert span_text(text, one(text, "view").content) == "Mrs. Clinton as more prepared for the job"
    assert span_text(text, one(text, "saying").source) == "50 percent"


@pytest.mark.parametrize("text", [
    "Among those who said they cared most about honesty, most in both states supported Sanders.",
    "Those who said they cared most about honesty supported Sanders.",
])
def test_those_who_said_are_an_unnamed_group(text):
    a = one(text, "said")
    assert span_text(text, a.source) == "who"
    assert span_text(text, a.resolved_from) in ("those", "Those")
    assert a.source_type == "unnamed_group" and not a.named


def test_a_relative_in_an_opening_phrase_ends_at_the_phrase_comma():
    text = "Among those who said they cared most about honesty, most in both states supported Sanders."
    assert span_text(text, one(text, "said").content) == "they cared most about honesty"
    assert span_text(text, one(text, "supported").source) == "most in both states"
