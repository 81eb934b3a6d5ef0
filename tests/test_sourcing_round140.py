"""Round 140: sentences from the ten-pin and bicycle-repair phrasebooks (unseen in round 139):
"Bowl" ends a body's name, a notice board's notices are a record, and a thing that signals says
nothing."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Hennessey's Bowl said it had no plans to remove the cosmic bowling lights.",
     "said", "Hennessey's Bowl", "named_organization"),
    ("Rollaway Bowl posted on Instagram that lanes 1 to 8 would be closed on Sunday.",
     "posted", "Rollaway Bowl", "named_organization"),
    ('The club\'s notice board put it bluntly: "No subs, no bowling."', "put it bluntly", "The club's notice board", "document"),
    # guards: a board of people stays a body
    ("The club's board said the fees would rise.", "said", "The club's board", "unnamed_group"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The lane machine signalled the end of its oiling run with a long beep.",
    "The team minibus was signalling to turn into the alley's car park when it was hit from behind.",
    "Two blasts on the whistle signalled the start of the second detail.",
])
def test_things_that_signal(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a thing that signals a clause, a body that signals
    ("The data signalled that the economy was slowing.", "signalled", "The data"),
    ("The company signalled it would cut jobs.", "signalled", "The company"),
    ("The minister signalled a change of course.", "signalled", "The minister"),
])
def test_signals_that_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
