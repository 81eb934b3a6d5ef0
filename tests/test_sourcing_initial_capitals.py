"""A capital at the start of a sentence is not a name; "per" as "according to"; counted people.

The sentence-initial rule: "Tax filings reveal", "Debt buyers said", "Local media reported" open
with a capital because of their position, so the phrase is not named, while a listed place or
organisation, a possessive, a following capitalised word, or the same word capitalised in
mid-sentence elsewhere in the document still makes a name.
"""

from __future__ import annotations

import pytest

from tests._sourcing_helpers import attributions, one, span_text


@pytest.mark.parametrize(
    "text, cue, source_type",
    [
        ("Tax filings reveal that the charity spent little on programs.", "reveal", "unnamed_group"),
        ("Debt buyers said the rules were unfair.", "said", "unnamed_group"),
        ("Lab tests confirmed the presence of lead.", "confirmed", "unnamed_group"),
        ("Satellite images indicate the base has expanded.", "indicate", "unnamed_group"),
        ("Body camera video released Friday shows officers approaching.", "shows", "document"),
        ("Local media reported that the ship sank.", "reported", "unnamed_group"),
        ("State police said the road was closed.", "said", "unnamed_group"),
    ],
)
def test_common_word_opening_the_sentence_names_nothing(text: str, cue: str, source_type: str) -> None:
    a = one(text, cue)
    assert (a.source_type, a.named) == (source_type, False)


@pytest.mark.parametrize(
    "text, cue, source, source_type",
    [
        # a place before an institution
        ("Chicago police said the man was armed.", "said", "Chicago police", "named_organization"),
        # a proper adjective stays one at the start
        ("Syrian state media said the convoy was hit.", "said", "Syrian state media", "named_organization"),
        # the next word is capitalised: one name of several words
        ("Homeland Security documents show the plan.", "show", "Homeland Security documents", "document"),
        # a listed organisation
        ("Pew data show a decline in trust.", "show", "Pew data", "document"),
    ],
)
def test_names_that_open_the_sentence_still_count(text: str, cue: str, source: str, source_type: str) -> None:
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == source_type and a.named


def test_a_name_written_mid_sentence_elsewhere_names_the_opening_modifier() -> None:
    text = "Comey memos show the president asked for loyalty. The memos were written by James Comey."
    a = one(text, "show")
    assert a.named and a.source_type == "document"
    # the same opening without the later mention: nothing says "Comey" is a name
    b = one("Comey memos show the president asked for loyalty.", "show")
    assert not b.named


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("Per the Washington Post, the meeting lasted an hour.", "the Washington Post", "the meeting lasted an hour"),
        ("The meeting lasted an hour, per the Washington Post.", "the Washington Post", "The meeting lasted an hour"),
        ("Prices rose sharply, per data from the BLS.", "data from the BLS", "Prices rose sharply"),
    ],
)
def test_per_credits_a_source_like_according_to(text: str, source: str, content: str) -> None:
    a = one(text, text[text.lower().index("per") : text.lower().index("per") + 3])
    assert a.kind == "according"
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize(
    "text",
    [
        "It costs $5 per hour to park.",
        "We pay 10 per cent per year.",
        "Per capita income rose.",
        "Per usual, he was late.",
        "The rules, per the agreement, are clear.",
    ],
)
def test_per_as_a_rate_or_idiom_is_no_attribution(text: str) -> None:
    assert [span_text(text, a.cue) for a in attributions(text) if a.kind == "according"] == []


def test_according_to_at_the_end_leaves_the_full_stop_out_of_the_source() -> None:
    text = "The meeting lasted an hour, according to the Washington Post."
    assert span_text(text, one(text, "according to").source) == "the Washington Post"
    # but a dotted abbreviation keeps its own dot
    text = "He served abroad, according to the U.S."
    assert span_text(text, one(text, "according to").source) == "the U.S."


@pytest.mark.parametrize(
    "text, source",
    [
        ("Almost half of respondents said the party is hostile.", "Almost half of respondents"),
        ("Nearly three in four say they would buy.", "Nearly three in four"),
        ("Two said they saw the crash.", "Two"),
    ],
)
def test_people_counted_by_a_number_word_or_a_fraction_are_a_group(text: str, source: str) -> None:
    a = attributions(text)[0]
    assert span_text(text, a.source) == source
    assert a.source_type == "unnamed_group" and not a.named


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Putin chides Turkey over the downed jet.", "chides"),
        ("Kasich bemoaned America's reputation around the world.", "bemoaned"),
        ("Ms. Khan rebuked Mr. Trump for his remarks.", "rebuked"),
        ("Freddy confided to her that his parents had panicked.", "confided"),
        ("A pollster posited that turnout would fall.", "posited"),
    ],
)
def test_more_speech_act_verbs_are_cues(text: str, cue: str) -> None:
    assert one(text, cue).source is not None


def test_a_heading_without_a_full_stop_does_not_make_the_opening_word_a_name() -> None:
    """The opening word follows the heading's last word, so it looks mid-sentence; it must not
    count as its own evidence."""
    text = "Charity Watch\n\nTax filings reveal that the charity spent little on programs."
    a = one(text, "reveal")
    assert not a.named
