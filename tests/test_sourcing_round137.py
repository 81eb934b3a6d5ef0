"""Round 137: sentences from the cobbler and piano-tuner phrasebooks (unseen in round 136):
"Showroom" ends a body's name; a person's noun whose apposition names a body is an unnamed
group; "about" before a count in words rounds it; a reduced relative after an amount's list is no
clause; and acts that are not statements (a heading with a comma, a thing that refuses, answers
or determines, decay that claims, an encore)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Marlowe’s Piano Showroom denied selling the instrument with a cracked frame.",
     "denied", "Marlowe’s Piano Showroom", "named_organization"),
    ("The landlord, a property company registered in Jersey, declined to comment.",
     "declined", "The landlord", "unnamed_group"),
    ("The buyer, a Dublin investment fund, said it would keep the shop open.",
     "said", "The buyer", "unnamed_group"),
    # guards: a person's apposition, a body's spokesman whose relative describes the body
    ("The official, a member of the committee, said it was fine.", "said", "The official", "unnamed_individual"),
    ("A spokesman for Grebe Lane Marina, which has about 240 berths, declined to comment.",
     "declined", "A spokesman for Grebe Lane Marina", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Mr Corrigan, who spoke to the crowd of about sixty people at the reopening on Saturday morning, "
    "cut the ribbon with a clicking knife that had belonged to his grandfather.",
    "He spoke at the hall for about twenty minutes.",
    "The winner claimed £500 in prize money, a trophy shaped like a cobbler's last and a set of German-made awls.",
    "Shoe repair explained in six steps, from prising off the old heel to the final buff on the finishing wheel.",
    "The sustain pedal refused to budge, and the lid would not close.",
    "The old upright answered every knock and scrape with a faint hum from its strings.",
    "The speaking length of each string, from the bridge to the agraffe, determines its pitch.",
    "The length of each string determines its pitch.",
    "Damp had claimed the bottom two octaves of the parish hall piano by the time anyone noticed.",
    "The pianist was recalled to the stage three times by a standing audience at the Corn Exchange.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a topic after "about", a clause after an amount's insertion, a minister's words, a
    # body that refuses, a thing's finding with a clause, a record's finding, a noun for someone
    # (in -or) that no list holds
    ("Mr Corrigan spoke to the crowd about the plan.", "spoke to the crowd about", "Mr Corrigan"),
    ("He claimed £500 in prize money, a sum earned in a week, was not enough.", "claimed", "He"),
    ("The minister explained in two sentences, and then left.", "explained", "The minister"),
    ("The company refused to comment.", "refused", "The company"),
    ("The tests determined that he was ill.", "determined", "The tests"),
    ("The report, published on Monday, determined that he was ill.", "determined", "The report"),
    ("After a spectator, who had stood by board three all afternoon, refused to leave, the arbiter called the police.",
     "refused", "a spectator"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
