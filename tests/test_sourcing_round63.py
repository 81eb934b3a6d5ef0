"""Round 63: sentences from a phrasebook of wire, British, South Asian, business and consumer copy
(benchmarks/frame_battery.py): complaining verbs, titles of a body, letters after a name,
business names, the outlet naming itself, and forecasts."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("Senator Ray Castellano whined on cable news that he was the victim.", "whined",
     "Senator Ray Castellano", "he was the victim"),
    ("Party insiders grumble that the leader has surrounded himself with yes-men.", "grumble",
     "Party insiders", "the leader has surrounded himself with yes-men"),
    ("“It's a disgrace,” fumed pensioner Derek Hollins.", "fumed", "pensioner Derek Hollins", "It's a disgrace,"),
    ("Fans gripe that the tickets cost too much.", "gripe", "Fans", "the tickets cost too much"),
    ("She vented to her husband that the deal was doomed.", "vented", "She", "the deal was doomed"),
    ("On Monday, the mayor groused to a crowd that the paper was unfair.", "groused", "the mayor",
     "the paper was unfair"),
])
def test_complaining_is_saying(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The air vent was blocked.",
    "Their main gripe is the price.",
    "The moan of the wind kept us awake.",
])
def test_the_nouns_of_complaining_are_no_cue(text):
    assert cues(text) == []
