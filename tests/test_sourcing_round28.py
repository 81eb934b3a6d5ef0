"""Round 28: lists of names before a cue, "So says X", and texts that carry a quotation after a
relative pronoun."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source
_NAME_LISTS = [
    ("Smith, Jones and Brown said the plan failed.", "said", "Smith, Jones and Brown"),
    ("Smith, Jones, and Brown said the plan failed.", "said", "Smith, Jones, and Brown"),
    ("Sen. Ted Cruz, Gov. John Kasich and Donald Trump said the plan failed.", "said",
     "Sen. Ted Cruz, Gov. John Kasich and Donald Trump"),
    ("Ben Carson, Ted Cruz and Rand Paul have all attacked the plan.", "attacked", "Ben Carson, Ted Cruz and Rand Paul"),
    ("But Smith, Jones and Brown said it failed.", "said", "Smith, Jones and Brown"),
    ("Google, Apple and Microsoft said in statements that the plan failed.", "said", "Google, Apple and Microsoft"),
]


@pytest.mark.parametrize("text, cue, source", _NAME_LISTS)
def test_a_list_of_names_before_a_cue_is_one_source(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.named


# the phrase before the list is no name, so only the names joined by "and" speak
_NOT_LISTS = [
    ("Meanwhile, Jones and Brown said the plan failed.", "Jones and Brown"),  # an adverb
    ("In Iowa, Cruz and Kasich said the plan failed.", "Cruz and Kasich"),  # a circumstance
    ("Monday, Jones and Brown said it failed.", "Jones and Brown"),  # a weekday
    ("Smith, Jones and Brown executives said the plan failed.", "Jones and Brown executives"),
]


@pytest.mark.parametrize("text, source", _NOT_LISTS)
def test_a_phrase_that_is_not_a_name_does_not_join_the_list(text, source):
    assert span_text(text, one(text, "said").source) == source


# text, cue, source, type
_SO_SAYS = [
    ("So says the report.", "says", "the report", "document"),
    ("So said Smith, the mayor.", "said", "Smith", "named_person"),
    ("So says a booming voice at the end of the film.", "says", "a booming voice", "unnamed_individual"),
    ("He married her after a fling (or so writes Mr. Fleming).", "writes", "Mr. Fleming", "named_person"),
]


@pytest.mark.parametrize("text, cue, source, source_type", _SO_SAYS)
def test_so_says_puts_the_source_after_the_cue(text, cue, source, source_type):
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type) == (source, source_type)
    assert a.content is None  # what is said is the sentence before


def test_so_without_a_speaker_after_it_is_no_inversion():
    assert cues("He was tired, so said nothing.") == []


# text, cue, what the relative stands for, type
_TEXTS_THAT_SAY = [
    ('He wore a campaign hat that says "Make America Great Again."', "says", "a campaign hat", "document"),
    ('They painted a wall which said "Go home."', "said", "a wall", "document"),
    ('She got a letter that said: "You are fired."', "said", "a letter", "document"),
    ('She received a text from her mother that read: "Well, I am done with you."', "read",
     "a text from her mother", "document"),
    ('She met a man that said "I am with her."', "said", "a man", "unnamed_individual"),
    ("He drew fire from Charles Barkley, who said he was done.", "said", "Charles Barkley", "named_person"),
    ("He cited a letter from Senator Smith, who said the plan was dead.", "said", "Senator Smith", "named_person"),
]


@pytest.mark.parametrize("text, cue, antecedent, source_type", _TEXTS_THAT_SAY)
def test_a_relative_pronoun_before_a_quotation_stands_for_the_text_that_carries_it(text, cue, antecedent, source_type):
    a = one(text, cue)
    assert span_text(text, a.resolved_from) == antecedent
    assert a.source_type == source_type


# text, cue, content: what one cue says ends where the same speaker's next verb, or a clause with
# another speaker after a comma, begins
_CONTENT_ENDS = [
    ("Sanders said the plan failed and called on Trump to quit.", "said", "the plan failed"),
    ('He said he would release it on Friday, calling them "very boring tax returns."', "said",
     "he would release it on Friday"),
    ("He answered questions and even assured the crowd that his hands are big.", "answered", "questions"),
    ("She said the plan failed after telling reporters it would work.", "said", "the plan failed"),
    ("He said the deal was done, but aides insisted it was not.", "said", "the deal was done"),
    ("While he described himself as pro-life, the Huffington Post reported that he has moved.", "described",
     "himself as pro-life"),
]


@pytest.mark.parametrize("text, cue, content", _CONTENT_ENDS)
def test_content_ends_before_the_next_verb_or_the_next_speaker(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


# reported speech inside the content, a relative clause and a manner phrase stay in it
_CONTENT_KEEPS = [
    ("Song said Clinton had said the plan failed.", "Song", "Clinton had said the plan failed"),
    ("He praised Franklin Graham, who has vowed not to buy cookies.", "He",
     "Franklin Graham, who has vowed not to buy cookies"),
    ("He answered a question on trade by asserting that visas are bad.", "He",
     "a question on trade by asserting that visas are bad"),
]


@pytest.mark.parametrize("text, source, content", _CONTENT_KEEPS)
def test_content_keeps_nested_speech_relatives_and_manner(text, source, content):
    first = attributions(text)[0]
    assert span_text(text, first.source) == source
    assert span_text(text, first.content) == content


# a quotation opens the sentence and its speaker's cue is followed by a time or a circumstance
_QUOTATION_FIRST = [
    ("“People are sick and tired,” Trump said last month.", "said", "People are sick and tired,"),
    ('"Standing in the rain," Johnson said with disbelief.', "said", "Standing in the rain,"),
    ("“Who can remember?” she asks as a maintenance guy walks in front of her.", "asks", "Who can remember?"),
    ("“It was great,” he said that night.", "said", "It was great,"),
    # a clause or a second quotation after the cue is what it says
    ("“It was great,” he said that the team won.", "said", "the team won"),
    ('"We will win," he told reporters: "Believe me."', "told", "Believe me."),
]


@pytest.mark.parametrize("text, cue, content", _QUOTATION_FIRST)
def test_a_quotation_that_opens_the_sentence_is_the_content_of_the_speaker_after_it(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


def test_a_participle_after_the_quotation_keeps_its_own_object():
    text = '"It goes in here and goes out here," he said, pointing to one and then the other of his ears.'
    assert span_text(text, one(text, "pointing to").content) == "one and then the other of his ears"


# a time or a manner between the cue and "that", and a preposition that opens the verb's complement
_CONTENT_STARTS = [
    ("The Post reported Thursday that the FBI has interviewed aides.", "reported", "the FBI has interviewed aides"),
    ("He said repeatedly that he plans to support the nominee.", "said", "he plans to support the nominee"),
    ("She admitted late last week that it would be hard.", "admitted", "it would be hard"),
    ("He called for more flexibility for advisers.", "called", "more flexibility for advisers"),
    ("She asked about his daughter.", "asked", "his daughter"),
    ("He called on Trump to quit.", "called", "Trump to quit"),
    ("He said Tuesday the plan failed.", "said", "the plan failed"),
    ("He said Monday night he would run.", "said", "he would run"),
    ("He said Monday was the worst day.", "said", "Monday was the worst day"),  # the date is the subject
]


@pytest.mark.parametrize("text, cue, content", _CONTENT_STARTS)
def test_content_starts_after_a_time_before_that_and_after_a_complement_preposition(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


# text, cue, source: an adverb, a subordinator or a two-word adverbial is not the subject, and a
# lower-case description before a name belongs to the subject
_SUBJECTS = [
    ("Rather, sources close to her campaign say she stands behind the president.", "say",
     "sources close to her campaign"),
    ("Domestic and international critics have in particular noted the material.", "noted",
     "Domestic and international critics"),
    ("He has in fact said the plan failed.", "said", "He"),
    ('Republican presidential hopeful Sen. Ted Cruz was critical of the stance, telling Breitbart: "It is wrong."',
     "telling", "Republican presidential hopeful Sen. Ted Cruz"),
]


@pytest.mark.parametrize("text, cue, source", _SUBJECTS)
def test_openers_and_adverbials_are_not_the_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_whenever_asked_is_a_question_without_a_named_asker():
    a = one("Whenever asked about her weaknesses, they shifted topics.", "asked")
    assert (a.source, a.source_type) == (None, "agentless")


@pytest.mark.parametrize("text, source_type", [
    ("The GOP front-runner said the plan failed.", "unnamed_individual"),
    ("The two contenders agree that taxes are too high.", "unnamed_group"),
])
def test_candidates_described_without_a_name_are_unnamed(text, source_type):
    assert attributions(text)[0].source_type == source_type
