"""Round 125: sentences from the bridges and locksmiths phrasebooks (unseen in round 124) and the
leads they opened: advice inverted after a quotation; an act denied ("denied removing any
props"); a relative "who" after a name and its age; a subject with its own relative "that"
before an apposition; "told" and its hearer set off inside what was told; a comma inside a list
of common nouns in a relative clause; and things added or reported that are no statements (an
amount added to a cost, a service added to a firm's, a break-in reported to police)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("“Don’t buy a lock on price alone,” advised Ruth Ames of the Guild of Keycutters.",
     "advised", "Ruth Ames of the Guild of Keycutters", "named_person"),
    ('"Keep every receipt," advised Tom Rudd.', "advised", "Tom Rudd", "named_person"),
    ("The yard's foreman, Colin Marsh, denied moving any props without permission.",
     "denied", "Colin Marsh", "named_person"),
    ("A complaint came from Joan Pyke, 91, who said she was charged £400 to be let back in.",
     "said", "who", "named_person"),
    ("The company that carried out the repairs, a joinery firm from Leeds, said it regretted the delay.",
     "said", "The company", "unnamed_group"),
    ("Thieves, one former burglar told the Echo, “pick the weakest lock on the street”.",
     "told", "one former burglar", "unnamed_individual"),
    ("Safe engineer Omar Shah, 51, who has opened vaults for banks, jewellers and auction houses for 20 years, "
     "said demand was rising.", "said", "Safe engineer Omar Shah", "named_person"),
    ("The mayor, who thanked police, paramedics and volunteers for their work, said the town was grateful.",
     "said", "The mayor", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_denied_act_is_the_content():
    text = "The site manager, Darren Pike, denied removing any props without permission."
    assert source_and_content(text, "denied") == ("Darren Pike", "removing any props without permission")


@pytest.mark.parametrize("text", [
    "The new roof added about £3,400 to the cost of the extension.",
    "The scheme added £1.4 million to the bill.",
    "Trade rose after the firm added safe opening and key cutting to its services.",
    "The burglary was reported to police the next morning.",
    "The theft was reported to authorities on Monday.",
])
def test_things_added_or_reported_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He added the move was a warning to others.", "added"),
    ("He added the decision was a blow to the town.", "added"),
    ("It was reported to police that the van had been stolen.", "reported"),
    ("Neighbours reported to police that they heard glass breaking.", "reported"),
    ("He denied giving the keys to anyone.", "denied"),
    ("Nadia Brook advised buyers to shop around.", "advised"),
    ('"Keep every receipt," the guild advised.', "advised"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text", [
    "The council denied planning permission for the scheme.",
    "The airline denied boarding to the family.",
])
def test_things_withheld_stay_unsaid(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("But Gordon, a Georgetown expert told the BBC, “The house is fine.”", "told", "Gordon"),
    ("The claim that officials lied, first aired in May, was denied by the council.", "denied", "the council"),
    ("Jane Roe, who sells apples, pears and plums, said trade was slow.", "said", "Jane Roe"),
    ("Jane Roe, who sells apples, pears and plums at the market, said trade was slow.", "said", "Jane Roe"),
])
def test_sources_that_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
