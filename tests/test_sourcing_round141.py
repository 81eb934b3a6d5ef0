"""Round 141: sentences from the village-hall and sign-maker phrasebooks (unseen in round 140):
a firm named for its stock in the plural, people inside a name's plural possessive, a
confession of one's first attempt, and a thing as a passive's agent."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Enigma Vaults announced on Tuesday that its flagship site would close at the end of the month.",
     "announced", "Enigma Vaults", "named_organization"),
    ('"Record smashed," tweeted Mindlock Escapes shortly after midnight.', "tweeted", "Mindlock Escapes", "named_organization"),
    ("Hammerfelt Pianos posted on Instagram that the square piano had found a new home.",
     "posted", "Hammerfelt Pianos", "named_organization"),
    ('In a statement, Pruett\'s Signs said it was "deeply sorry" for the error.', "said", "Pruett's Signs", "named_organization"),
    ("Ashcombe Stoves said the fault affected fewer than 200 units.", "said", "Ashcombe Stoves", "named_organization"),
    ("Objectors argued the 3m-wide digital screen would be a distraction to drivers.", "argued", "Objectors", "unnamed_group"),
    ("The conservation area appraisal describes the street's shopfronts as intact.",
     "describes", "The conservation area appraisal", "document"),
    ("The council's shopfront design guide, adopted in 2019, says hanging signs should be small.",
     "says", "The council's shopfront design guide", "document"),
    # guards: a given name keeps a person; a guide who speaks is a person
    ("Margaret Stoves said the fault affected fewer than 200 units.", "said", "Margaret Stoves", "named_person"),
    ("The mountain guide said the path was closed.", "said", "The mountain guide", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Members of the Ryde Traders' Group met on Tuesday. They said the proposed ban would hit shops hardest.",
    # guard: the plural owner before a lower-case word, as before
    "Members of the Tuesday veterans' group met on Monday. They said the hall was too cold.",
])
def test_they_after_members_of_a_named_group(text):
    assert typed_source(text, "said") == ("They", "unnamed_group", False)


@pytest.mark.parametrize("text, content", [
    ('Scaife admitted his first attempt at a gilded window "looked like a fried egg."',
     'his first attempt at a gilded window "looked like a fried egg."'),
    ("She admitted her first reaction was anger.", "her first reaction was anger"),
])
def test_admitting_ones_first_attempt(text, content):
    assert source_and_content(text, "admitted")[1] == content


@pytest.mark.parametrize("text", [
    # guard: letting people in
    "The college admitted its first women students in 1970.",
    # a thing as a passive's agent
    "The projecting sign will be supported by a wrought-iron bracket fixed into the mortar joints.",
    "The seam was proved by boreholes in the 1950s but never worked.",
    "The tipper truck's number plate was captured by a camera installed at the gateway to the woods.",
])
def test_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: people as the agent, however they are called
    ("In Vermont, Sanders was supported by overwhelming majorities of both men and women.", "supported",
     "overwhelming majorities of both men and women"),
    ("The proposal was rejected by 64 percent of the electorate.", "rejected", "64 percent of the electorate"),
    ("He was criticized by libertarians on social media.", "criticized", "libertarians"),
    ("Mr. Bush had been soundly rejected by an electorate he no longer recognized.", "rejected", "an electorate"),
    ("The plan was criticised by the mayor.", "criticised", "the mayor"),
    # a person by the ending of a word for them, though no list holds it
    ("The story was confirmed by a saddler.", "confirmed", "a saddler"),
    ("The figure was estimated by a ropemaker.", "estimated", "a ropemaker"),
])
def test_agents_that_stay(text, cue, source):
    found = source_and_content(text, cue)[0]
    assert found is not None and found.startswith(source)
