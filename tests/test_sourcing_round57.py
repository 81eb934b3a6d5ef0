"""Round 57: a speaker who comes before an audience to say something ("stood at a Bush event here
to say", "went out of his way to say") is the source of the purpose infinitive."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, sources, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("Recently, Tom Emanuel of Laconia stood at a Bush event here to say he was leaning toward Mr. Trump.",
     "say", "Tom Emanuel of Laconia", "he was leaning toward Mr. Trump"),
    ("He went out of his way to say that Russia's economy had hit bottom.", "say", "He",
     "Russia's economy had hit bottom"),
    ("A dozen Carrier workers gathered at Sully's Bar & Grill to talk about the decades they had spent there.",
     "talk about", "A dozen Carrier workers", "the decades they had spent there"),
    ("Breitbart editor Brandon Darby will come on the program to talk about the border.", "talk about",
     "Breitbart editor Brandon Darby", "the border"),
    ("The nominee has not stepped forward publicly to defend Manafort.", "defend", "The nominee", "Manafort"),
])
def test_a_speaker_who_comes_before_an_audience_says_the_purpose_infinitive(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text, cue", [
    # a request between the verb and "to": what is asked for may never be said
    ("His comments came after being asked yet again to defend his criticism.", "defend"),
    # a noun that takes the infinitive itself
    ("The revelations came during Facebook's attempt to assure its users of its efforts.", "assure"),
    # nothing between "going" and "to": a future, not a journey
    ("I am going to say it again.", "say"),
])
def test_no_purpose_infinitive_without_a_presence_verb_governing_it(text, cue):
    assert cue not in cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("The people involved said it was fine.", "said", "The people involved"),
    ("The actors involved are all quick to point out that they aren't representing him.", "point out",
     "The actors involved"),
    ("The families affected said the water was brown.", "said", "The families affected"),
    ("The officials contacted told reporters they would appeal.", "told", "The officials contacted"),
])
def test_a_participle_after_its_noun_stays_in_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_would_like_to_announce_is_the_speakers_announcement():
    text = "Also after great thought, I would like to respectfully announce my departure from the party."
    assert source_and_content(text, "announce") == ("I", "my departure from the party")


def test_a_capitalised_preposition_after_a_quotation_is_its_speakers_name():
    text = '"In this case, people point the finger at Wall Street," From said.'
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type, a.named) == ("From", "named_person", True)


@pytest.mark.parametrize("text", [
    '"It was a depression," So said Smith.',  # an adverb, not a name
    "He came back. From then on, he said little.",  # a preposition that opens its sentence
])
def test_a_capitalised_function_word_elsewhere_is_no_name(text):
    assert all(span_text(text, a.source) not in ("So", "From") for a in attributions(text))


@pytest.mark.parametrize("text, source, content", [
    ('"Family Medical Leave," the document states, becomes available after a year.', "the document",
     "Family Medical Leave,"),
    ('"The plan is sound," the memo states.', "the memo", "The plan is sound,"),
])
def test_an_s_form_after_a_quotation_and_its_subject_is_the_verb(text, source, content):
    assert source_and_content(text, "states") == (source, content)


def test_neither_nor_before_an_answer_to_requests_is_a_refusal_to_comment():
    text = "Neither Maples nor Trump responded to requests for clarification."
    a = one(text, "responded")
    assert span_text(text, a.source) == "Trump" and a.content is None
    # an answer to something said is no refusal: nothing is found without the request
    assert "responded" not in cues("Neither Maples nor Trump responded to the attack.")


@pytest.mark.parametrize("text, cue, source", [
    ("He talked more about policy than he has in past debates.", "talked more about", "He"),
    ("This Trump doppelganger spoke instead about improving NAFTA.", "spoke instead about",
     "This Trump doppelganger"),
])
def test_an_adverb_may_stand_between_the_cue_and_its_particle(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_without_its_particle_after_the_adverb_the_verb_is_no_cue():
    assert cues("He spoke again to the crowd.") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Continuing to explain his perspective, Carson rejected the notion.", "explain", "Carson", "his perspective"),
    ("Beginning to criticize the plan, Smith said it was a failure.", "criticize", "Smith", "the plan"),
])
def test_an_opening_participle_that_governs_the_cue_takes_the_main_subject(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text, source", [
    ("A retired teacher said it was fine.", "A retired teacher"),
    ("Many unnaturalized adoptees stay quiet, telling friends about it.", "Many unnaturalized adoptees"),
    ("And some undecided conservatives think Ayotte should drop out.", "some undecided conservatives"),
])
def test_a_participle_between_a_determiner_and_its_noun_is_an_adjective_of_the_source(text, source):
    assert sources(text) == [source]


def test_a_participle_before_a_cue_noun_opens_no_source():
    # "claim" is the noun of "the debunked claim", not a verb whose subject is "the debunked"
    text = "It included the debunked claim that Mr. Trump opposed the Iraq invasion."
    assert cues(text) == ["opposed"]


def test_a_weekday_between_a_noun_of_saying_and_its_clause():
    text = "He spoke just prior to Trump’s announcement Friday that he would endorse Ayotte."
    a = one(text, "announcement")
    assert (span_text(text, a.source), span_text(text, a.content)) == ("Trump’s", "he would endorse Ayotte")


def test_the_look_for_a_presence_verb_stays_in_its_sentence():
    # the full stop after "came" ends the look: "To say the least" has no speaker
    assert cues("Trump came. To say the least, it went badly.") == []
    text = "He went with Mr. Smith to say goodbye to the troops."
    assert source_and_content(text, "say") == ("He", "goodbye to the troops")
