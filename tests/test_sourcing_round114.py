"""Round 114: sentences from the canals and bands phrasebooks (unseen in round 113) and the
leads they opened: a role's word before a body's word ("Male Voice Choir"), people "at" a body,
marinas, chandleries and editions, a board that "reads" a notice, a compound role that opens the
sentence before a pronoun ("A volunteer lock keeper ... She said"), a subject's relative clause
set off by commas after "claim", and acts that are not statements (water admitted into a
chamber, a habit "has been known to", an upbeat signalled with a lift of the bell, a results
table after a colon, a director recalled from retirement, a fanfare answered, contests felt in
the legs, a title defended)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The Caerwen Male Voice Choir said it would hold open rehearsals.", "said", "The Caerwen Male Voice Choir",
     "named_organization"),
    ("Tillerman's Marina said the basin would open in May.", "said", "Tillerman's Marina", "named_organization"),
    ("Kellett's Chandlery said it had sold out of fenders.", "said", "Kellett's Chandlery", "named_organization"),
    ("Fenwright Brass Editions said its march had been copied.", "said", "Fenwright Brass Editions", "named_organization"),
    ("Staff at Gorton Boat Services said the yard was full.", "said", "Staff at Gorton Boat Services", "unnamed_group"),
    ('"Don\'t moor here," reads a hand-lettered board by the lock.', "reads", "a hand-lettered board by the lock",
     "document"),
    ("A volunteer lock keeper spent two hours helping the crew. She said the boat was going too fast.", "said",
     "She", "unnamed_individual"),
    # the same shapes with a person in them
    ("Campaign Manager Robby Mook said the race was close.", "said", "Campaign Manager Robby Mook", "named_person"),
    ("Marina Hyde said the vote was close.", "said", "Marina Hyde", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_claim_before_a_subject_with_its_relative_clause():
    text = "Neighbours of the bandroom claim the Wednesday rehearsals, which run until 10pm, are too loud."
    assert typed_source(text, "claim")[0] == "Neighbours of the bandroom"


@pytest.mark.parametrize("text", [
    "The top gates admitted a steady trickle of water into the chamber overnight.",
    "The gates admitted water into the chamber.",
    "The dog has been known to ride down to the bottom lock.",
    "Firth signalled the upbeat to the rest of the euphonium section with a small lift of his bell.",
    "Championship Section: 1 Thornlea Silver (Gareth Lloyd-Powell) 194 pts; 2 Hebble Vale Brass (Marie Doyle) 193.",
    "The choir recalled its former musical director from retirement to conduct the anniversary concert.",
    "The basses answered the cornets' opening fanfare with a low growl.",
    "After four hours of marching, the players felt every one of the 14 contests in their legs.",
    "Thornlea will defend their title at the Yorkshire area in March.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He admitted that water got into the chamber.", "admitted"),
    ("The dog is known to bite.", "known"),
    ("The minister signalled his displeasure with the ruling of the court.", "signalled"),
    ("Report: 40 percent of voters back the plan; 12 percent do not.", ":"),
    ("He felt in his heart that the vote was rigged.", "felt"),
    ("He defended his record in office.", "defended"),
    ("She defended the title as fair.", "defended"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
