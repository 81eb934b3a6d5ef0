"""A speaker after "said" described before the name, and an impersonal passive with a circumstance."""

from __future__ import annotations

import pytest

from tests._sourcing_helpers import attributions, one, span_text


@pytest.mark.parametrize(
    "text, source",
    [
        ('"Hello," said retired neurosurgeon Ben Carson.', "retired neurosurgeon Ben Carson"),
        ('"Thanks for coming," said master of ceremonies Asab Al-Tabchi, a local.', "master of ceremonies Asab Al-Tabchi"),
        ('"We won," said director of communications Jen Psaki.', "director of communications Jen Psaki"),
        # the sentence's last full stop is not part of a short surname
        ('"Hi," said longtime Republican strategist John Doe.', "longtime Republican strategist John Doe"),
    ],
)
def test_inverted_speaker_with_a_description_before_the_name(text: str, source: str) -> None:
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == "named_person" and a.named


@pytest.mark.parametrize(
    "text, source, source_type",
    [
        # a place does not name the speaker; it describes the officials, as in "Officials in
        # Washington said" (session 147: a bare plural after "said" keeps its description)
        ('"Hello," said officials in Washington.', "officials in Washington", "unnamed_group"),
        # a count of people, not a name at the end
        ('"No," said two out of three Americans.', "two out of three Americans", "unnamed_group"),
    ],
)
def test_a_capitalised_word_at_the_end_is_not_always_the_speaker(text: str, source: str, source_type: str) -> None:
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == source_type and not a.named


def test_a_participle_verb_before_a_lower_case_phrase_is_not_an_adjective() -> None:
    """ "showed considerable restraint Monday": "showed" stays a verb, "Monday" no name."""
    text = "The former president showed considerable restraint Monday and described his outburst as emotion."
    assert span_text(text, one(text, "described").source) == "The former president"


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("It was revealed in March that she had used a private server.", "revealed", "she had used a private server"),
        ("It was announced on Friday that the plant would close.", "announced", "the plant would close"),
        ("It was reported last week that the talks failed.", "reported", "the talks failed"),
    ],
)
def test_impersonal_passive_with_a_circumstance_is_agentless(text: str, cue: str, content: str) -> None:
    # what is said is the clause after "that" (round 38; it was the whole sentence, frame included)
    a = one(text, cue)
    assert a.source is None and a.source_type == "agentless"
    assert span_text(text, a.content) == content


def test_impersonal_passive_without_a_clause_is_no_attribution() -> None:
    assert attributions("It was said in jest.") == ()


@pytest.mark.parametrize(
    "text, cue, source",
    [
        ("Eric Trump was pressed to explain the contrast.", "explain", "Eric Trump"),
        ('Mr. Trump was prompted to say, "So far, so good."', "say", "Mr. Trump"),
        ("The minister was forced to admit that the figures were wrong.", "admit", "The minister"),
    ],
)
def test_an_infinitive_after_a_passive_of_pressure_shares_its_subject(text: str, cue: str, source: str) -> None:
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize(
    "text, source",
    [
        ("Murphy, the head of the group, Tweeted on Friday with an image.", "Murphy"),
        ("Lloyd Grove, the editor who wrote the profile, Tweeted out Trump's praise of Boyle.", "Lloyd Grove"),
    ],
)
def test_a_past_form_with_a_stray_capital_is_still_the_verb(text: str, source: str) -> None:
    assert span_text(text, one(text, "Tweeted").source) == source


@pytest.mark.parametrize(
    "text", ["He met Said Kakar yesterday.", "They visited Added Value Ltd on a cold morning last week."]
)
def test_a_capitalised_cue_word_inside_a_name_is_no_cue(text: str) -> None:
    assert attributions(text) == ()
