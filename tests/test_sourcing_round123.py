"""Round 123: sentences from the archery and textile-mill phrasebooks (unseen in round 122) and
the leads they opened: clubs and firms named for their members or trade ("Kingsmere Archers",
"Hallbridge Dyeworks"); plurals of trades that are also surnames ("Weavers said"); a fashion
house set off after its name; birds, which tweet but say nothing; and acts that are not
statements (a team recalled from a fair, a title denied to a team named in capitals, a return
"shot back into contention", an arc described, goods claimed where they were left, cloths shown
at a fair)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Ashford Archers said the range would reopen in May.", "said", "Ashford Archers", "named_organization"),
    ("Ryedale Bowmen wrote on their website that the shoot was cancelled.",
     "wrote", "Ryedale Bowmen", "named_organization"),
    ("Pennine Textile Supplies declined to comment.", "declined", "Pennine Textile Supplies", "named_organization"),
    ("Calder Dyeworks admitted that the river had been stained blue.",
     "admitted", "Calder Dyeworks", "named_organization"),
    ("Archers said the new field was too exposed.", "said", "Archers", "unnamed_group"),
    ("Weavers at the mill say the new looms are too loud.", "say", "Weavers at the mill", "unnamed_group"),
    ("Dyers said the indigo harvest was poor.", "said", "Dyers", "unnamed_group"),
    ("The county coaching framework advises that juniors rest after 30 arrows.",
     "advises", "The county coaching framework", "document"),
    ("“We are paid by the piece,” said Shirin Akter, a sewing operator at a garment factory in Gazipur.",
     "said", "Shirin Akter", "named_person"),
    ("Orvella, the Paris fashion house, declined to comment on the order.",
     "declined", "Orvella", "named_organization"),
    # (the surnames stay people's)
    ("Jeffrey Archer said the novel was finished.", "said", "Jeffrey Archer", "named_person"),
    ("Sigourney Weaver said the film was finished.", "said", "Sigourney Weaver", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "A wren tweeted from the hedge behind the targets all afternoon.",
    "Sparrows tweeted from the eaves of the old dye house.",
    "The firm recalled its sales team from the Leeds trade fair after the fire.",
    "The judges denied the Hawick team a fourth straight title by two points.",
    "He shot back into contention with three golds in the last end.",
    "The arrow described a high, lazy arc over the clout flag.",
    "Nobody came forward to claim the 40 bales of wool left in the bonded store.",
    "Kelvale Mills will show its winter cloths at the Paris fair in February.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He shot back at critics that the scores were fair.", "shot back"),
    ("“Nonsense,” she shot back.", "shot back"),
    ("She recalled her team from the campaign as loyal.", "recalled"),
    ("He denied the Guardian report was accurate.", "denied"),
    ("She claimed the car parked in the street belonged to the council.", "claimed"),
    ("He claimed the money left in the account was his.", "claimed"),
    ("Figures show the collection of taxes fell.", "show"),
    ("He described a long, painful road to recovery.", "described"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
