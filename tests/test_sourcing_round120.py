"""Round 120: sentences from the forestry and cheesemaking phrasebooks (unseen in round 119) and
the leads they opened: a past participle with a place after it that describes an inverted
speaker ("said one of the protesters chained to the oak"); new nouns (walkers, a creamery, a
dairy); and acts that are not statements (a vehicle signalled back; a deed that goes
"some way to explaining"; a count of goods posted after "more than"; wheels and packs
recalled)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("“We’re not anti-development,” said one of the protesters chained to the oak.",
     "said", "one of the protesters", "unnamed_individual"),
    ("“It is over,” said a man trapped in the lift.", "said", "a man", "unnamed_individual"),
    ("Walkers in Thornley Wood found their paths blocked. They said no signs had been put up.",
     "said", "They", "unnamed_group"),
    ("Hollowmere Creamery told its suppliers on Monday that it would stop collecting milk.",
     "told", "Hollowmere Creamery", "named_organization"),
    ("Later, the creamery said in a statement that no illnesses had been linked to its cheese.",
     "said", "the creamery", "unnamed_group"),
    # (a surname stays a name)
    ("Walker did not run. Walker now says he is being kept off the stage.", "says", "Walker", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_described_speaker_keeps_the_quotation():
    text = "“It is over,” said a man trapped in the lift."
    assert source_and_content(text, "said") == ("a man", "It is over,")


@pytest.mark.parametrize("text", [
    "The banksman signalled the timber lorry back into the loading bay a metre at a time.",
    "The steward signalled the driver forward.",
    "Two wet summers in a row go some way to explaining the rapid spread of the fungus.",
    "The new rota goes a long way towards answering the complaints.",
    "The shop posted more than 900 Christmas hampers last year.",
    "The creamery has recalled every wheel of its washed-rind cheese made in June.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The official signalled the end of the talks.", "signalled"),
    ("She signalled that the deal was off.", "signalled"),
    ("He has come a long way, he said.", "said"),
    ("The club posted a message saying the match was off.", "posted"),
    ("The creamery recalled the day it opened in 1982.", "recalled"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
