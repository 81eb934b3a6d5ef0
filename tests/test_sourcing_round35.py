"""Round 35: the relative "that" of a record noun ("a poll that shows", "an ad that urges")."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text, cue, antecedent, content", [
    ("Police released a video that shows the suspect fleeing.", "shows", "a video", "the suspect fleeing"),
    ("He wrote a 2014 paper that found wage hikes caused losses.", "found", "a 2014 paper",
     "wage hikes caused losses"),
    ("The White House cited initial analysis that showed inconsistencies.", "showed", "initial analysis",
     "inconsistencies"),
])
def test_a_record_speaks_through_its_relative_that(text, cue, antecedent, content):
    a = one(text, cue)
    assert span_text(text, a.source) == "that"
    assert span_text(text, a.resolved_from) == antecedent
    assert a.source_type == "document"
    assert span_text(text, a.content) == content


def test_a_named_record_keeps_its_name_through_that():
    text = "The group cited a Pew survey that found most voters disagree."
    a = one(text, "found")
    assert span_text(text, a.resolved_from) == "a Pew survey"
    assert a.named


@pytest.mark.parametrize("text", [
    "He said that shows how weak the case is.",  # a demonstrative after a verb, not a relative
    "The story that posted this week drew thousands of readers.",  # came out; said nothing
    "It was a test that determines eligibility.",  # a belief verb needs a believer
])
def test_that_without_a_record_speaking(text):
    found = [c for c in cues(text) if c not in ("said",)]
    assert found == [], found


@pytest.mark.parametrize("text, cue, source", [
    ("The letter that she wrote was long.", "wrote", "she"),
    ("The man who she said attacked her fled.", "said", "she"),
])
def test_a_relative_pronoun_right_before_the_subject_is_the_object(text, cue, source):
    # the noun before the pronoun is what was written or said about, not who wrote or said it
    assert span_text(text, one(text, cue).source) == source


def test_a_relative_clause_on_the_subject_still_leaves_it_the_subject():
    text = "Several employees who spoke to the Reader said the plan failed."
    assert span_text(text, one(text, "said").source) == "Several employees"


@pytest.mark.parametrize("text, cue, source", [
    ("In August, the agency released a report saying that they had no evidence.", "saying", "the agency"),
    ("She sent an email claiming the vote was rigged.", "claiming", "She"),
    ("The committee published a report detailing the losses.", "detailing", "The committee"),
])
def test_an_issuer_speaks_through_a_record_whose_noun_is_also_a_cue(text, cue, source):
    # "report" and "email" are verbs too; after a determiner they are the record's noun
    assert span_text(text, one(text, cue).source) == source


def test_a_record_noun_after_a_determiner_that_says_nothing():
    assert cues("Officials were reading the report saying nothing.") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Trump in his announcement speech called undocumented immigrants “rapists” and criminals.", "called", "Trump",
     "undocumented immigrants “rapists” and criminals"),
    ("Obama in a statement called the ruling “a victory for America.”", "called", "Obama",
     "the ruling “a victory for America.”"),
    ("Sanders called Clinton dishonest.", "called", "Sanders", "Clinton dishonest"),
    ("Tensions flare after Sanders calls Clinton unqualified.", "calls", "Sanders", "Clinton unqualified"),
    ("64 percent call him competent.", "call", "64 percent", "him competent"),
])
def test_calling_someone_something_is_a_judgement(text, cue, source, content):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "Politifact traced the story to a website called Real News Right Now.",
    "During their phone call Tuesday, the two leaders talked about trade.",
    "Rubio backed Obama’s original call for a funding package.",
    "The campaign was a sustained clarion call for democracy.",
    "He said there was no telephone call planned.",
    "They called Smith early.",
    "Putin and Biden are to hold a high-stakes telephone call on Saturday.",
    "So 2019 is going to see robust calls for new privacy legislation.",
    "Amid growing calls for his resignation, he left.",
])
def test_a_call_that_is_a_name_or_a_noun(text):
    assert not any(c.startswith(("call", "Call")) for c in cues(text)), cues(text)


def test_a_modal_before_call_leaves_it_a_verb():
    text = "Trump said the media would call him a “chicken” if he didn’t."
    assert span_text(text, one(text, "call").source) == "the media"


@pytest.mark.parametrize("text, cue, source", [
    ("His plan calls for higher rates.", "calls", "His plan"),
    ("Today, the People's Daily newspaper calls it “the pearl” of the Silk Road.", "calls", "the People's Daily newspaper"),
    ("The authors of that study wrote that some rafts may hold ants.", "wrote", "The authors of that study"),  # as "of the study" (round 39)
])
def test_calls_after_its_subject_is_a_verb(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Ramos used his acceptance speech to call for the resignation of the president.", "call", "Ramos"),
    ("The candidates used much of their time to criticize the media.", "criticize", "The candidates"),
    ("Beyond that, he used the speech to refute gloomy assessments.", "refute", "he"),
    ("Sanders took the stage Tuesday night to acknowledge his victory.", "acknowledge", "Sanders"),
    ("She took the opportunity to warn her rivals.", "warn", "She"),
])
def test_a_speaker_spends_something_on_saying_it(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "They used the money to pay for ads.",
    "They took the bus to tell the mayor about it.",  # a ride, not something spent on saying
    "Officials asked him to explain the delay.",  # a request: he may never have explained
])
def test_purpose_without_a_speaking_subject(text):
    assert [c for c in cues(text) if c != "asked"] == [], cues(text)


@pytest.mark.parametrize("text, cue, content", [
    ("Even before Sanders took the stage to acknowledge his victory, his campaign sent a message.",
     "acknowledge", "his victory"),
    ("After the mayor said the city was safe, crime rose.", "said", "the city was safe"),
    ("If Trump says he will win, voters will believe him.", "says", "he will win"),
    # (round 83: "maintains the title campaign manager" is a title kept, no cue; a clause keeps the case)
    ("While Lewandowski maintains the title is his, Trump has hired two veterans.", "maintains",
     "the title is his"),
    # a relative clause or a list inside the opening clause does not close it
    ("Although Smith said the plan, which was new, would fail, Jones backed it.", "said",
     "the plan, which was new, would fail"),
    ("When Smith said Iowa, Ohio and Texas would vote for him, few listened.", "said",
     "Iowa, Ohio and Texas would vote for him"),
])
def test_a_cue_in_an_opening_clause_says_only_what_the_clause_holds(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


def test_a_cue_after_an_opening_clause_keeps_its_content():
    text = "When asked, Smith said the plan, which was new, would fail."
    assert span_text(text, one(text, "said").content) == "the plan, which was new, would fail"


def test_the_main_clause_after_an_opening_cue_can_attribute_on_its_own():
    text = 'Before Sanders acknowledged his victory, his campaign sent out a text message saying: "We won."'
    a = one(text, "saying")
    assert span_text(text, a.content) == "We won."


@pytest.mark.parametrize("text, cue, owner, content", [
    ("Republicans distanced themselves from his suggestion that a federal judge can't be impartial.",
     "suggestion", "his", "a federal judge can't be impartial"),
    ("Her wins solidify her argument that she is popular across the country.", "argument", "her",
     "she is popular across the country"),
    ("After a series of controversies, including Mr. Trump's assertion that Russia should hack the emails.",
     "assertion", "Mr. Trump's", "Russia should hack the emails"),
    ("That determination was based on the nonprofit's assurances that none of its work was political.",
     "assurances", "the nonprofit's", "none of its work was political"),
])
def test_a_noun_of_saying_owned_by_a_source_reports_its_clause(text, cue, owner, content):
    a = one(text, cue)
    assert a.kind == "speech"
    assert span_text(text, a.source) == owner
    assert span_text(text, a.content) == content


def test_an_owned_belief_is_cognition_and_its_pronoun_resolves():
    text = "Woods spoke at the convention. Woods shared her belief that none of it was beyond the pale."
    a = one(text, "belief")
    assert a.kind == "cognition"
    assert span_text(text, a.resolved_from) == "Woods"


@pytest.mark.parametrize("text", [
    "He rejected the notion that pressure from Wall Street mattered.",  # no owner: no source
    "Supporters could influence the Democratic Party's message that emerges from the convention.",  # a relative
    "The idea that debt is bad is old.",
])
def test_a_noun_with_that_but_no_owner_or_no_clause(text):
    assert not any(c in ("notion", "message", "idea") for c in cues(text)), cues(text)


def test_an_owned_claim_inside_another_attribution_is_not_counted_twice():
    text = "He reiterated his claim that Mrs. Clinton had bullied some of the women."
    assert cues(text) == ["reiterated"]


def test_a_thousands_comma_does_not_close_an_opening_clause():
    text = "Although the firm said it hired around 292,000 people in December, China suffered market chaos."
    assert span_text(text, one(text, "said").content) == "it hired around 292,000 people in December"


@pytest.mark.parametrize("text", [
    "While the U.S. added around 292,000 jobs in December, China suffered market chaos.",
    "The firm added nearly $1 billion in value.",
])
def test_adding_an_approximate_number_is_an_act(text):
    assert "added" not in cues(text), cues(text)
