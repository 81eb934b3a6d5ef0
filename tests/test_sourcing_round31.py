"""Round 31: the present-tense "-s" forms of verbs that had only their past ("Pence blames",
"Sanders questions"), people nouns in "-ists" and "-ians" opening a sentence, a subject pronoun
inside a longer phrase, adverbs after a source, and records set off by an inserted phrase."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source
_PRESENT_FORMS = [
    ("Pence blames the media for the uproar.", "blames", "Pence"),
    ("He dismisses the idea that the vote was rigged.", "dismisses", "He"),
    ("The governor rejects claims that the plan failed.", "rejects", "The governor"),
    ("Sanders praises Obama after a meeting on policy.", "praises", "Sanders"),
    ("Sanders often questions Clinton's ties to super PACs.", "questions", "Sanders"),
    ("Trump demands that Ginsburg resign.", "demands", "Trump"),
    ("Gowdy's office strongly disputes the claim.", "disputes", "Gowdy's office"),
    ("Ben Carson hints that he may leave the race.", "hints", "Ben Carson"),
]


@pytest.mark.parametrize("text, cue, source", _PRESENT_FORMS)
def test_present_tense_forms_attribute(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source


@pytest.mark.parametrize("text", [
    "Critics will no doubt raise questions about the plan.",
    "She spent the hour taking questions from voters.",
    "The country has territorial disputes with its neighbours.",
    "The union made new demands of the company.",
    "There were hints of interest from the White House.",
])
def test_the_same_words_as_nouns_are_no_cues(text):
    words = ("questions", "disputes", "demands", "hints")
    assert not any(span_text(text, a.cue).lower() in words for a in attributions(text)), cues(text)


# an unknown plural for a kind of people opens the sentence: the capital is the sentence's
@pytest.mark.parametrize("text, source", [
    ("Lobbyists said the bill was dead.", "Lobbyists"),
    ("Paleontologists believe the bones are old.", "Paleontologists"),
    ("Statisticians warn that the sample is small.", "Statisticians"),
])
def test_people_plurals_opening_a_sentence_are_unnamed_groups(text, source):
    a = attributions(text)[0]
    assert span_text(text, a.source) == source
    assert (a.source_type, a.named) == ("unnamed_group", False)


def test_a_surname_opening_a_sentence_stays_named():
    text = "Sanders said the bill was dead."
    a = one(text, "said")
    assert (a.source_type, a.named) == ("named_person", True)


# a subject pronoun after a noun is the whole subject of an object relative clause
@pytest.mark.parametrize("text, cue", [
    ("Cleveland has raised $57 million of the $64 million it pledged to raise.", "pledged"),
    ("It is more than the 1.2 billion dollars it expects to collect.", "expects"),
])
def test_a_pronoun_after_a_noun_is_the_source_alone(text, cue):
    a = one(text, cue)
    assert span_text(text, a.source) == "it"


def test_a_pronoun_after_a_preposition_is_no_subject():
    text = "The group spent $5.5 million, the bulk of it attacking Dewhurst."
    assert not any(span_text(text, a.cue) == "attacking" for a in attributions(text)), cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Clinton has been mocked by Trump already as a scripted candidate.", "mocked", "Trump"),
    # an adverb after a participle or a relative clause belongs to it
    ("The plan failed, according to a Gallup poll taken last week.", "according to",
     "a Gallup poll taken last week"),
    ("The plan failed, according to an official who spoke publicly.", "according to",
     "an official who spoke publicly"),
])
def test_an_adverb_ends_a_source_only_after_a_plain_noun_phrase(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source


# a record opens the sentence and a phrase set off by commas stands before its verb
@pytest.mark.parametrize("text, source, content", [
    ("The video, shared widely online, shows two men fighting.", "The video", "two men fighting"),
    ("The survey, conducted by Gallup in May, shows support falling.", "The survey", "support falling"),
    ("Video of the incident, which was shared widely online, shows two men fighting.",
     "Video of the incident", "two men fighting"),
])
def test_a_record_with_an_inserted_phrase_shows(text, source, content):
    a = one(text, "shows")
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "Smith, the coach, shows no fear.",
    "The coach, a veteran, showed no fear.",
])
def test_a_person_with_an_inserted_phrase_shows_nothing(text):
    # "showed" with a person for subject is an act, with or without the description between them
    assert not any(span_text(text, a.cue).startswith("show") for a in attributions(text)), cues(text)


# a source and cue inserted into the statement, with a circumstance of the cue before the comma
@pytest.mark.parametrize("text, cue, content, continued", [
    ("The decision, Smith argued in a 40-page brief, violates the First Amendment.", "argued",
     "The decision", "violates the First Amendment"),
    ("The plan, officials said Monday, was drafted in May.", "said", "The plan", "was drafted in May"),
    ("The economy, he said in an interview, is strong.", "said", "The economy", "is strong"),
    ("The plan, officials said, was drafted in May.", "said", "The plan", "was drafted in May"),
])
def test_an_inserted_source_with_a_circumstance_splits_the_statement(text, cue, content, continued):
    a = one(text, cue)
    assert span_text(text, a.content) == content
    assert [span_text(text, c) for c in a.continued] == [continued]


def test_a_circumstance_before_that_is_no_insertion():
    text = "Smith said in a statement that the plan, which passed, was bad."
    a = one(text, "said")
    assert span_text(text, a.content) == "the plan, which passed, was bad"
    assert a.continued == ()


# a cue inside the subject of the next cue: its content ends where the subject does
@pytest.mark.parametrize("text, cue, content", [
    ("One neighbor, who asked that her name not be used, said she heard screaming.", "asked",
     "her name not be used"),
    ("Smith, who has long argued that taxes are too high, has also said the plan is bad.", "argued",
     "taxes are too high"),
])
def test_a_relative_clause_cue_ends_its_content_at_the_subject_end(text, cue, content):
    assert span_text(text, one(text, cue).content) == content
    assert span_text(text, one(text, "said").content) in ("she heard screaming", "the plan is bad")


def test_a_described_subject_introduces_with_a_colon():
    text = "Jane Roe, a historian at Yale, notes: the plan failed."
    assert span_text(text, one(text, "notes").source) == "Jane Roe"


# a company named with "'s" is the subject of the verb after it
@pytest.mark.parametrize("text, cue", [
    ("The plan had failed, McDonald's said.", "said"),
    ("“The plan has failed,” Macy's added.", "added"),
    ("McDonald's wrote that the plan had failed.", "wrote"),
    ("The plan, McDonald's wrote, had failed.", "wrote"),
])
def test_a_name_in_s_is_the_subject_of_the_verb_after_it(text, cue):
    a = one(text, cue)
    assert span_text(text, a.source) in ("McDonald's", "Macy's")


@pytest.mark.parametrize("text", [
    "Sanders tried to dismiss questions about Trump's taunts.",
    "Trump's stated goal is to win.",
    "She contrasted her record with Mr. Obama's calls for gun control.",
    "He had to respond to Jeb Bush's calling him a jerk.",
])
def test_a_noun_owned_by_a_name_is_no_cue(text):
    cue_words = ("taunts", "stated", "calls", "calling")
    assert not any(span_text(text, a.cue) in cue_words for a in attributions(text)), cues(text)


@pytest.mark.parametrize("text, source, source_type", [
    ("Rumors suggest the leader fled.", "Rumors", "unnamed_group"),
    ("The minutes show the board approved it.", "The minutes", "document"),
    ("Leaks suggest the deal is off.", "Leaks", "unnamed_group"),
])
def test_records_of_hearsay_and_meetings_are_unnamed(text, source, source_type):
    a = attributions(text)[0]
    assert span_text(text, a.source) == source
    assert (a.source_type, a.named) == (source_type, False)


@pytest.mark.parametrize("text, cue", [
    ("The leader is rumored to have fled.", "rumored"),
    ("It was rumoured that the leader fled.", "rumoured"),
])
def test_rumored_is_agentless(text, cue):
    assert one(text, cue).source_type == "agentless"


# a pronoun resolves only to a source its gender fits, when the source's words give one
@pytest.mark.parametrize("text, pronoun_index, antecedent", [
    ("Mary Johnson said the plan failed. Senator Robert Smith disagreed. She said the vote was rigged.",
     2, "Mary Johnson"),
    ("Mrs. Clinton said the plan failed. Mr. Sanders disagreed. She said it was rigged.", 2, "Mrs. Clinton"),
    ("His wife said the plan failed. The senator's spokesman disagreed. She said it was rigged.", 2, "His wife"),
])
def test_a_pronoun_skips_a_source_of_the_other_gender(text, pronoun_index, antecedent):
    a = attributions(text)[pronoun_index]
    assert span_text(text, a.resolved_from) == antecedent


def test_a_pronoun_with_no_source_of_its_gender_is_unresolved():
    text = "His lawyer, Jane Doe, said he denies the charges."
    a = one(text, "denies")
    assert (a.source_type, a.resolved_from) == ("unresolved", None)


@pytest.mark.parametrize("text, antecedent", [
    # a source without a gendered word fits either pronoun
    ("Smith said the plan failed. She said it was rigged.", "Smith"),
    # the owner's name before a possessive says nothing of the head: Brian Fallon is the source
    ("Hillary Clinton's spokesman Brian Fallon said it failed. Mary Doe disagreed. He said it was rigged.",
     "Hillary Clinton's spokesman Brian Fallon"),
    # nor does a name after a preposition: the aide is of unknown gender
    ("An aide to Hillary Clinton said it failed. He said it was rigged.", "An aide to Hillary Clinton"),
])
def test_a_source_s_own_words_give_its_gender(text, antecedent):
    a = attributions(text)[-1]
    assert span_text(text, a.resolved_from) == antecedent



def test_decomposed_accents_stay_inside_a_name():
    # "c" followed by a combining cedilla (text in Unicode's decomposed form)
    text = "Franc\u0327ois Hollande said the plan failed."
    assert span_text(text, one(text, "said").source) == "Franc\u0327ois Hollande"
