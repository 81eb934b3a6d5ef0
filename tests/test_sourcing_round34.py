"""Round 34: "as X put it", verbs of speaking that need a particle ("lashed out", "brushed off",
"opened up about"), a screen grab as a record, judgements after "called the X", the "as" that
links a trailing cue to what was said, and an infinitive cue after a coordinated verb."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("As one survivor put it, “We were lucky.”", "put it", "one survivor", "We were lucky."),
    ("Smith put it bluntly: “We lost.”", "put it bluntly", "Smith", "We lost."),
    ("Or, as the coach puts it, the team has to grow up.", "puts it", "the coach", "the team has to grow up"),
    ("Smith put it this way: the team has to grow up.", "put it this way", "Smith", "the team has to grow up"),
    ("As Smith put it best, the team has to grow up.", "put it best", "Smith", "the team has to grow up"),
    ("The plan was, as the report put it, “a disaster.”", "put it", "the report", "a disaster."),
])
def test_putting_it_into_words_is_saying(text, cue, source, content):
    a = one(text, cue)
    assert a.kind == "speech"
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "The campaign hopes to put it into play this fall.",
    "She put it on the table and left.",
    "They put it together in a week.",
])
def test_putting_a_thing_somewhere_is_an_act(text):
    assert not any(c and c.startswith("put") for c in cues(text)), cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Trump lashed out at Khan after the speech.", "lashed out", "Trump"),
    ("He brushed off the criticism.", "brushed off", "He"),
    ("The minister brushed aside questions about the deal.", "brushed aside", "The minister"),
    ("Smith opened up about her struggles with anxiety.", "opened up about", "Smith"),
])
def test_verbs_of_speaking_with_their_particles(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "The storm lashed the coast.",
    "She brushed the dust from her coat.",
    "The store opened up a new branch.",
    "The shop opened on Monday.",
])
def test_the_same_verbs_without_their_particles_say_nothing(text):
    assert attributions(text) == (), cues(text)


def test_a_screen_grab_is_a_record():
    text = "A screen grab from the broadcast shows the minister leaving the building."
    a = one(text, "shows")
    assert span_text(text, a.source) == "A screen grab from the broadcast"
    assert a.source_type == "document"


@pytest.mark.parametrize("text, content", [
    ("The White House called the attack cowardly.", "the attack cowardly"),
    ("A statement from the ministry called the raid illegal.", "the raid illegal"),
    ("Smith called the ban racist and illegal.", "the ban racist and illegal"),
])
def test_calling_a_thing_a_judgement(text, content):
    a = one(text, "called")
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "He called the hotel late.",
    "He called the hotel and left.",
])
def test_calling_a_place_is_no_judgement(text):
    assert attributions(text) == (), cues(text)


@pytest.mark.parametrize("text, content", [
    ("The plan failed, as Smith said.", "The plan failed"),
    ("“We lost,” as Smith put it.", "We lost,"),
])
def test_the_as_before_a_trailing_source_is_not_what_was_said(text, content):
    cue = "put it" if "put it" in text else "said"
    assert span_text(text, one(text, cue).content) == content


def test_a_lone_as_clause_has_no_content():
    text = "As Smith said."
    assert one(text, "said").content is None


@pytest.mark.parametrize("text, cue, source", [
    ("The senator left the room and began to criticize the plan.", "criticize", "The senator"),
    ("Trump's advisers expressed anger at the coverage and immediately began to call the claims unfair.",
     "call", "Trump's advisers"),
    ("Smith walked to the podium and went on to say the plan was dead.", "say", "Smith"),
])
def test_an_infinitive_cue_after_a_coordinated_verb_has_the_clause_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source
