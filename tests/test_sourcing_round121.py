"""Round 121: sentences from the ballooning and farriery phrasebooks (unseen in round 120) and the
leads they opened: a plural's possessive before a compound source ("A pilots' briefing note");
a firm's name in "'s" before "said" or "told" ("McDonald's said profits fell"); a law's or a
code's name ("The Highway Code says"); demonyms of nations within nations ("one Welsh
supplier"); firms whose names end in what they sell ("Ravensworth Balloons"); new nouns
(farriers, blacksmiths, a broadsheet); "bellows" as a noun; animals, which are nobody's source;
and acts that are not statements (readings noted down, a passive joined after an adverb, a trade
learned, a gesture "signalled for", ponies admitted)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("A pilots' briefing note warned that surface winds could exceed 10 knots.",
     "warned", "A pilots' briefing note", "document"),
    ("The farmers' briefing paper warned that the subsidy would end.",
     "warned", "The farmers' briefing paper", "document"),
    ("The price of coal, according to one Welsh official, has risen.",
     "according to", "one Welsh official", "unnamed_individual"),
    ("A Welsh firm said the price had risen.", "said", "A Welsh firm", "unnamed_group"),
    ("A Cornish fisherman said the catch was down.", "said", "A Cornish fisherman", "unnamed_individual"),
    ("Ravensworth Balloons declined to comment on the findings.",
     "declined", "Ravensworth Balloons", "named_organization"),
    ("Cloud Nine Balloon Flights said all passengers were safe.",
     "said", "Cloud Nine Balloon Flights", "named_organization"),
    ("Blacksmiths at the demonstration forge told visitors that a horseshoe takes twenty minutes.",
     "told", "Blacksmiths at the demonstration forge", "unnamed_group"),
    ("Farriers said the new rules were unworkable.", "said", "Farriers", "unnamed_group"),
    ("The 1785 broadsheet on display at the museum describes the ascent as a spectacle.",
     "describes", "The 1785 broadsheet on display at the museum", "document"),
    ("McDonald's said profits fell.", "said", "McDonald's", "named_organization"),
    ("Sainsbury's told staff that the store would close.", "told", "Sainsbury's", "named_organization"),
    ("The Highway Code says drivers must give way.", "says", "The Highway Code", "document"),
    ("The Road Traffic Act says drivers must stop.", "says", "The Road Traffic Act", "document"),
    ("The Second Amendment says citizens may bear arms.", "says", "The Second Amendment", "document"),
    # (names stay names)
    ("Quayle's Air Charter admitted it had flown without a certificate.",
     "admitted", "Quayle's Air Charter", "named_organization"),
    ("Irvine Welsh said the book was finished.", "said", "Irvine Welsh", "named_person"),
    ("Bill English said the book was finished.", "said", "Bill English", "named_person"),
    ("The Welsh Government said it would act.", "said", "The Welsh Government", "named_organization"),
    ("The mare's owner said she was sound again.", "said", "The mare's owner", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The forge's old bellows, made of elm and oxhide, were restored by a saddler.",
    "The old bellows were restored by a saddler in Leek.",
    "The mare confirmed her return to form by winning the novice hunter class.",
    "The gelding told the vet everything she needed to know by the way he stood.",
    "The clinic admitted eleven laminitic ponies in May alone.",
    "The crew noted the grid reference of the landing site and drove off to find the farmer.",
    "He noted the horse's weight, hoof angles and shoe size in a battered ledger by the forge door.",
    "The Guild Bulletin is printed quarterly and posted to 1,200 members across Britain.",
    "The blacksmith, who learned his trade repairing bridges in Burma, died in 1968.",
    "The vet signalled for a trot-up on the hard standing.",
    "Trump's stated goal is to win.",
    "Tesco's reported profits fell.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("'Get out!' bellows the landlord.", "bellows"),
    ("He bellows that the referees are blind.", "bellows"),
    ("The hospital admitted that it had made mistakes.", "admitted"),
    ("She noted the rise, in a letter to members, and said it would continue.", "noted"),
    ("He learned the news watching television.", "learned"),
    ("The bank signalled for a second time that rates would rise.", "signalled"),
    ("Bird flu fears grew, the poultry farmers said.", "said"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


def test_a_pronoun_after_an_animal_finds_the_person():
    text = "Dana Rees shod the mare on Monday. She said the hooves were in good shape."
    assert source_and_content(text, "said") == ("She", "the hooves were in good shape")
    assert typed_source(text, "said")[1] == "named_person"
