"""Round 117: sentences from the bowls and cinemas phrasebooks (unseen in round 116) and the
leads they opened: a plural of people that "who" restricts before a bare verb of thinking, a
record and its post-modifier before a quotation, "they" after a subject with a plural owner's
apostrophe, "the cinema" as a body, a noun after a count or "a" and describing words, an object
that a set-off relative clause turns into a clause's subject, and acts that are not statements
(a surplus declared, a benefit felt, a title confirmed, a recall of "all 40", a parcel sent by
post, a film seen or shown, a ballad's author, a note in pencil)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Residents who live beside the old picture house fear the site will be sold for flats.", "fear", "Residents",
     "unnamed_group"),
    ("Stewards who work the Saturday matches believe that the new turnstiles are too slow.", "believe", "Stewards",
     "unnamed_group"),
    ("The leaflet at the club's front desk promises “free coaching for every new member”.", "promises",
     "The leaflet at the club's front desk", "document"),
    ("Members of the Thursday pensioners' section cleared the ditches on Monday. They said the damage was the "
     "worst in years.", "said", "They", "unnamed_group"),
    ("Matinee prices will fall to £4 from March, the cinema said.", "said", "the cinema", "unnamed_group"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_set_off_relative_clause_after_the_object_keeps_the_claim():
    text = ("The application claims the building, which has stood empty since the last looms were sold in "
            "1998, is unsafe.")
    assert source_and_content(text, "claims") == (
        "The application", "the building, which has stood empty since the last looms were sold in 1998, is unsafe"
    )


@pytest.mark.parametrize("text", [
    "The society declared a surplus of £800 at its meeting on Friday.",
    "Bowlers felt the benefit of the new canopy during the autumn fixtures.",
    "Saturday's draw confirmed Millbrook as second division champions.",
    "The importer recalled all 300 kettles after a fault was found in the switch.",
    "The league posted the new handbooks to every affiliated club by first-class post on Monday.",
    "Children under 15 may see the film with an adult.",
    "The Plaza showed its last film on Sunday night.",
    "The anthem was played, a hymn written by the vicar's grandfather in 1912.",
    "The steward noted each arrival in pencil on the back of the programme.",
    "His uncle ran a travelling picture show across Kerry in the 1930s.",
    "The panel gave a winner and three honourable mentions.",
])
def test_acts_and_nouns_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # guards: the same words where someone does say or think something
    ("She recalled all three of her visits to the hospital.", "recalled"),
    ("Critics see the film as a triumph.", "see"),
    ("Photos from a security camera show the men fleeing.", "show"),
    ("Two senior officials say the plan failed.", "say"),
    ("One notes that the plan failed.", "notes"),
    ("The board confirmed Smith as the source of the leak.", "confirmed"),
    ("She posted on her blog that the club would close by the end of May.", "posted"),
    ("Residents fear the series will end.", "fear"),
    ("Sanders, who travelled to Iowa, said the plan would fail.", "said"),
    ("The report claims the mill is unsafe.", "claims"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
