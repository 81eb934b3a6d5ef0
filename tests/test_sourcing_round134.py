"""Round 134: sentences from the pawnbroker and stonemason phrasebooks (unseen in round 133): the
people of the two trades are sources ("one Bradford pawnbroker", "Castlegate Jewellers",
"Stonemasons ... They said"); "Our" inside a name makes a campaign; a bare verb of saying closes a
sentence after plural people ("..., campaigners claim."); a perfect ("this newspaper has
learned") is set off inside the statement it credits; and acts or signs that are not statements
(a ring pledged for a sum, a weight felt in the palm, a storm on a given night claiming a
pinnacle, a cloud of dust or a crack heralding a thing, fixers recalled from a cemetery, and a
thing's fact "suggesting" another)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("One Bradford pawnbroker said gold was the only thing nobody stops wanting.",
     "said", "One Bradford pawnbroker", "unnamed_individual"),
    ("A Leeds jeweller told the court the ring was a fake.",
     "told", "A Leeds jeweller", "unnamed_individual"),
    ("Castlegate Jewellers posted on Facebook that it would no longer buy gold.",
     "posted", "Castlegate Jewellers", "named_organization"),
    ("Save Our Churchyards believes the new rules will turn graveyards into rows of slabs.",
     "believes", "Save Our Churchyards", "named_organization"),
    ("The Rolex, this newspaper has learned, was reported stolen in Solihull.",
     "learned", "this newspaper", "self"),
    ("The tender, the BBC has learned, was worth £2.2m.",
     "learned", "the BBC", "named_organization"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_plural_trade_resolves_they():
    text = "Stonemasons at the works yard stopped work on Friday. They said the new shifts left no time to teach."
    assert typed_source(text, "said") == ("They", "unnamed_group", False)


@pytest.mark.parametrize("text, cue", [
    ("Headstones were left lying face down, campaigners claim.", "claim"),
    ("The council acted unlawfully, residents claim.", "claim"),
])
def test_a_bare_verb_closes_after_plural_people(text, cue):
    assert [(span_text(text, a.cue), a.source_type, span_text(text, a.content)) for a in attributions(text)] == [
        (cue, "unnamed_group", text[: text.index(",")]),
    ]


@pytest.mark.parametrize("text", [
    "She pledged her late husband's wedding band for £120 and redeemed it three weeks later.",
    "On the wall hangs a pawn ticket for a pair of boots, pledged for a shilling and never collected.",
    "The valuer felt the weight of the bangle in her palm before reaching for the acid kit.",
    "The storm on the night of 18 February claimed the top of the pinnacle.",
    "A cloud of pale dust announced each new cut of the wire saw.",
    "A sharp crack signalled the moment the block gave way.",
    "The contractor recalled its fixers from the cemetery when the ground froze.",
    "The river rose three metres overnight, suggesting the dam had failed.",
    "A mason's mark appears on more than 200 stones, suggesting one man cut them.",
])
def test_acts_and_signs_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a promise of money, support pledged, a person's hint, a herald who speaks, people
    # before the post-modifier of an event
    ("The donors pledged £5m for flood relief.", "pledged", "The donors"),
    ("He pledged his support for the plan.", "pledged", "He"),
    ("The spokesman paused, suggesting the plan had failed.", "suggesting", "The spokesman"),
    ("The minister announced the plan on Monday.", "announced", "The minister"),
    ("Survivors of the fire claimed the council ignored warnings.", "claimed", "Survivors of the fire"),
    ("The plan, officials have claimed, was drafted in May.", "claimed", "officials"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
