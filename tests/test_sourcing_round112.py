"""Round 112: sentences from the bookshops and fishing phrasebooks (unseen in round 111) and the
leads they opened: a name's last word that is also a record's ("Wrenfield Books posted"),
distribution firms, and acts that are not statements (people warned off a place, a turn
signalled to starboard, a fleet recalled, a named trophy or prize claimed, goods named after
"of" posted to someone, brochures posted through counted letterboxes, stock sorted according to
a measure, visitors admitted only, credit denied, collections written, a photograph's credit, a
blast of a siren in acknowledgement, things declared at a place before the clause's verb)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Harbour Lane Books posted on Instagram that the shop would reopen on Friday.", "posted",
     "Harbour Lane Books", "named_organization"),
    ("Osprey Distribution told its customers that deliveries would be late.", "told", "Osprey Distribution",
     "named_organization"),
])
def test_bodies(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The harbourmaster warned the Belgian beam trawlers off the mussel beds with his loudhailer.",
    "The lead boat signalled a turn to port as the fog came down.",
    "The whole inshore fleet was recalled to harbour before the storm arrived.",
    "The Whitby boat claimed the Silver Skate trophy for the biggest catch of the year.",
    "The Kestrel Medal for first fiction was claimed by a retired teacher from Hull.",
    "She posted a jar of Cromer crab paste to her brother in Leeds every spring.",
    "Volunteers posted leaflets through 4,000 letterboxes in the town over the weekend.",
    "The depot sorts unsold copies according to title and format.",
    "The book fair admitted trade visitors only on the Monday.",
    "The printer denied credit to two small publishers last year.",
    "The novelist wrote four collections while teaching at a school in Hull.",
    "Photograph: Jo Brereton for the Gazette",
    "The ferry acknowledged the waving children with a blast of her horn.",
    "Cod landings declared at northern ports rose by a fifth last year.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause or words follow
    ("He warned the reporters that the deal was dead.", "warned"),
    ("The minister signalled a turn in policy on quotas.", "signalled"),
    ("The ambassador recalled that talks had failed.", "recalled"),
    ("He admitted visitors only had themselves to blame.", "admitted"),
    ("He posted a video of Boris Johnson to his followers.", "posted"),
    ("The decision was made last week according to sources.", "according to"),
    ("Jones reported on Monday the team had won.", "reported"),
    ("Officials declared at the meeting that the deal was off.", "declared"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
