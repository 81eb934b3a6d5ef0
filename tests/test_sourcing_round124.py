"""Round 124: sentences from the caving and thatching phrasebooks (unseen in round 123) and the
leads they opened: a shop's "Stores" ending its name; a person's age set off before a relative
clause that lists places; and acts that are not statements (a shape described past "beneath", a
route denied, people posted at a place, a final conceded, a thing found by someone, software
written by someone, readings noted on an envelope, layers revealed beneath a roof)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Pennine Outdoor Stores said oversuits had sold out.", "said", "Pennine Outdoor Stores", "named_organization"),
    ("Cave diver Ann Rees, 58, who has dived sumps in Wales, Spain and Mexico, said the line was cut.",
     "said", "Cave diver Ann Rees", "named_person"),
    ("Master thatcher Tom Hale, 40, who has thatched in Devon, Dorset and Somerset, told the inquiry the reed was wet.",
     "told", "Master thatcher Tom Hale", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The river describes a slow curve beneath the crag before it sinks.",
    "The rockfall denied the divers their only route to the far sump.",
    "The club posted three members at the gate to turn back walkers.",
    "The team conceded the final of the rescue challenge to a crew from Kendal.",
    "The bones, which were found by a digger on the first day, are now in the museum.",
    "The survey was drawn with software written by a club member in 1998.",
    "He noted the measurements on the back of an envelope before climbing down.",
    "The thatcher stripped the ridge, revealing two older coats of straw beneath it.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("An affidavit written by the detective says the men were armed.", "says"),
    ("The report was found by the panel to be flawed.", "found"),
    ("It was found by inspectors that the wall was unsafe.", "found"),
    ("He revealed the secret behind the deal.", "revealed"),
    ("The audit revealed the debts hidden under the scheme were huge.", "revealed"),
    ("He conceded the final decision was hers.", "conceded"),
    ("She denied her campaign had lied to the press.", "denied"),
    ("She noted the rise in prices on the last day of the sale.", "noted"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
