"""Round 139: sentences from the escape-room and crossword phrasebooks (unseen in round 138): an
inverted speaker followed by when it was said, a name ending in "-tion", people found at a place,
records (a preamble, a style guide, a waiver), and acts that are not statements (a byline under a
pen name, clues answered, a crossword written, a parcel sent next-day)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, content", [
    ('"Record smashed. 14:58. We are speechless," tweeted Mindlock Escapes shortly after midnight.',
     "tweeted", "Mindlock Escapes", '"Record smashed. 14:58. We are speechless,"'),
    ("“We are speechless,” said Smith later.", "said", "Smith", "“We are speechless,”"),
    ("“We lost,” said the coach soon afterwards.", "said", "the coach", "“We lost,”"),
    ("“We lost,” said Jane Roe just before the final whistle.", "said", "Jane Roe", "“We lost,”"),
    # guards: a time inside a relative stays the relative's, and a day after the name stays as it was
    ("“We lost,” said a man who arrived later.", "said", "a man", "“We lost,”"),
    ("“We lost,” said Jane Roe on Tuesday.", "said", "Jane Roe", "“We lost,”"),
])
def test_inverted_speaker_then_when(text, cue, source, content):
    found_source, found_content = source_and_content(text, cue)
    assert found_source == source
    assert found_content is not None and found_content.strip('"“”,') == content.strip('"“”,')


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Wordsmith Syndication estimates that its crosswords appear in 140 newspapers.",
     "estimates", "Wordsmith Syndication", "named_organization"),
    ("Solvers at the Cheltenham heat agreed the final puzzle was the hardest in years.",
     "agreed", "Solvers at the Cheltenham heat", "unnamed_group"),
    ("The preamble to the Christmas puzzle explains that twelve answers must be entered.",
     "explains", "The preamble to the Christmas puzzle", "document"),
    ("The paper's style guide says crossword answers may not include names.",
     "says", "The paper's style guide", "document"),
    ("The waiver states that the venue is not liable.", "states", "The waiver", "document"),
    # guards: a given name before "-tion" is a person's, a tour guide is a person, a surname
    # that recurs in mid-sentence stays a name
    ("Grace Redemption said the choir would sing.", "said", "Grace Redemption", "named_person"),
    ("The guide said the cave was closed.", "said", "The guide", "unnamed_individual"),
    ("Councillor Ann Rogers opened the fair. Rogers at the gate said it had done well.",
     "said", "Rogers at the gate", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "She answered all 32 clues in eleven minutes, a record for the Cheltenham heat.",
    "Margery Lisle wrote her first crossword on the back of a bus ticket in 1974.",
    "The owner posted the replacement cipher wheel to the Aberdeen franchise by next-day delivery.",
    "Weiner wrote under the pseudonym Carlos Danger.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("The puzzle's setter, writing under the name Corvid, is believed to be a retired solicitor from Bath.",
     "believed", None),
    # guards: a question answered in an interview, a column written, a letter posted online
    ("She answered all 32 questions put to her by the committee.", "answered", "She"),
    ("He wrote under the headline that the plan had failed.", "wrote", "He"),
    ("The owner posted a message on Facebook.", "posted", "The owner"),
])
def test_statements(text, cue, source):
    assert source_and_content(text, cue)[0] == source
