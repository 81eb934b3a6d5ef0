"""What a source said, and what it did: a request for comment left unanswered counts as "declined
to comment" does (a source with nothing said); a request for anonymity, and claiming an attack or
lives, are not statements; a few more reporting verbs (bragged, opined, elaborated ...) are cues."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, span_text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Apple did not immediately respond to a request for comment.", "respond", "Apple"),
        ("A spokeswoman for the ministry did not respond to requests for comment.", "respond", "A spokeswoman for the ministry"),
        ("The White House didn't respond to emails and phone calls seeking comment.", "respond", "The White House"),
        ("The Cruz campaign has not responded to a request for comment.", "responded", "The Cruz campaign"),
        ("He never replied to our request for comment.", "replied", "He"),
    ],
)
def test_unanswered_request_for_comment_is_an_attribution_without_content(text: str, cue: str, source: str) -> None:
    """The source is found, as for "declined to comment", and nothing said is its content."""
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.content is None


def test_unanswered_request_in_a_relative_clause_has_no_content() -> None:
    """ "Smith, who did not respond to a request for comment, resigned": "resigned" was not said."""
    text = "Smith, who did not respond to a request for comment, resigned on Monday."
    a = one(text, "respond")
    assert span_text(text, a.source) == "who"
    assert a.content is None


@pytest.mark.parametrize(
    "text",
    [
        "The company did not respond to the lawsuit.",  # answering a lawsuit is an act
        "The company responded to the lawsuit within a week.",
        "Smith responded to a request for comment by saying the report was false.",  # not negated
    ],
)
def test_respond_to_anything_else_is_an_act(text: str) -> None:
    """Only a negated answer to a request for comment counts; "respond to" stays an act."""
    assert "respond" not in cues(text) and "responded" not in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        '"This is a disaster," said one diplomat, who asked not to be named.',
        "A police officer, who requested anonymity, said the men were armed.",
        "The official asked not to be identified because he was not authorised to speak.",
    ],
)
def test_asking_for_anonymity_is_not_a_statement(text: str) -> None:
    """The source's terms are not something the source said: no "asked"/"requested" attribution."""
    found = cues(text)
    assert "asked" not in found and "requested" not in found


def test_asking_for_something_else_still_counts() -> None:
    """ "asked reporters not to be fooled" is still a request the speaker made."""
    text = "The minister asked reporters not to be fooled by the rumours."
    assert span_text(text, one(text, "asked").source) == "The minister"


def test_quoted_by_name_has_no_agent() -> None:
    """ "not to be quoted by name": "name" is no source."""
    assert "quoted" not in cues("She asked not to be quoted by name because she feared reprisals.")


def test_infinitive_after_a_relative_pronoun() -> None:
    """ "Voters who continued to say": the relative pronoun is the source of the infinitive's cue."""
    text = "Voters who continued to say the race was close stayed home."
    assert span_text(text, one(text, "say").source) == "who"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Trump brags that the economy has never been stronger.", "brags", "Trump"),
        ("Robert Rubin opined on the state of the world.", "opined", "Robert Rubin"),
        ('"No one questioned him," she elaborated.', "elaborated", "she"),
        ("A staffer emailed reporters the list of attendees.", "emailed", "A staffer"),
        ("Budget analysts had already forecast that deficits would grow.", "forecast", "Budget analysts"),
        ("Workers objected that the move would cost jobs.", "objected", "Workers"),
        ("Republicans have portrayed her as careless.", "portrayed", "Republicans"),
        ("The candidates outlined their priorities in interviews.", "outlined", "The candidates"),
    ],
)
def test_more_reporting_verbs(text: str, cue: str, source: str) -> None:
    """Bragging, opining, elaborating, emailing, forecasting, objecting, portraying and outlining
    report what a source said."""
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize(
    "text",
    [
        "The weather forecast was wrong again.",  # a forecast as a noun
        "The outline of the plan was vague.",
        "The object of the game is to win.",
    ],
)
def test_their_nouns_are_not_cues(text: str) -> None:
    """The noun forms of the new verbs are not attributions."""
    assert cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban claimed the bombing in a statement.",
        "Hamas claimed the attack.",
        "The IMU claimed Monday's attack on the base.",
        "The group claimed a suicide bombing that killed 12.",
        "The blast claimed the lives of 30 people.",
        "The virus has claimed more than 1,000 lives.",
    ],
)
def test_claiming_an_act_or_lives_is_not_a_statement(text: str) -> None:
    """As "claimed responsibility": a group claiming an attack, or a disaster claiming lives, is an act."""
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Russia claimed the attack was staged by Ukraine.", "Russia"),  # a clause after the noun
        ("Trump claimed that the attack was a hoax.", "Trump"),
        ("Officials claimed 1,000 troops were deployed.", "Officials"),
        ("Officials claimed the rebels staged an attack on Monday.", "Officials"),  # a clause before it
        ("He claimed his life was in danger.", "He"),
    ],
)
def test_claiming_that_something_happened_is_a_statement(text: str, source: str) -> None:
    """A claim whose object starts a clause is still a sourced statement."""
    assert span_text(text, one(text, "claimed").source) == source
