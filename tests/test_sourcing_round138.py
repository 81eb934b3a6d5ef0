"""Round 138: sentences from the saddlery and ice-cream phrasebooks (unseen in round 137): a
works named by its trade after its owner's possessive, "Register" ending a body's name, a body's
word inside a firm's name, people found across a place, "for" inside a described name, a head
lad and a parlour, "Co." inside a subject before its verb, a particle that ends a clause before
"and", and acts that are not statements (a race claimed, a horse urged on)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Brennan's Saddlery declined to comment on the complaint.", "declined", "Brennan's Saddlery", "named_organization"),
    ("The Saddle Fitters' Register conceded that its online directory had listed six fitters.",
     "conceded", "The Saddle Fitters' Register", "named_organization"),
    ("Ellis Dairy Ices said the cost of sugar had left it no choice.", "said", "Ellis Dairy Ices", "named_organization"),
    ("Fitters across the south-west have warned that the rise is leading to more sore backs.",
     "warned", "Fitters across the south-west", "unnamed_group"),
    ("Valets in the Cheltenham weighing room say the new saddles split.",
     "say", "Valets in the Cheltenham weighing room", "unnamed_group"),
    ('In the words of one Middleham head lad, "A good saddler is worth two vets in this town."',
     "In the words of", "one Middleham head lad", "unnamed_individual"),
    ("The parlour posted a short message on its Facebook page: “Thank you, Largs.”",
     "posted", "The parlour", "unnamed_group"),
    ("Cones for Kids, a Blackpool charity that takes children to the seaside, said the van had been donated.",
     "said", "Cones for Kids", "named_organization"),
    ("A spokeswoman for Bracken Hill Dairy Co. showed visitors round the new milking parlour on Tuesday. "
     "She said the milk reaches the churn within an hour.", "said", "She", "unnamed_individual"),
    # guards: a person's possessive before a common noun, a surname that recurs in mid-sentence,
    # a person's name with a plural surname, a person for a body
    ("Smith's Daughter said nothing.", "said", "Smith's Daughter", "named_person"),
    ("Councillor Ann Rogers opened the fair. Rogers in the marquee said the fair had done well.",
     "said", "Rogers in the marquee", "named_person"),
    ("Grace Dairy Williams said the price was fair.", "said", "Grace Dairy Williams", "named_person"),
    ("Jane Doe, a spokeswoman for Acme, said the price was fair.", "said", "Jane Doe", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Sir Tanner claimed the novice chase at Wetherby by four lengths.",
    "She urged the cob on over the final fence and crossed the line two seconds inside the time.",
    "The jockey urged him on.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("The saddle was stripped down and the panel revealed that the tree was cracked.", "revealed", "the panel"),
    ("The hut was taken apart and the council said it would be rebuilt.", "said", "the council"),
    # guards: a pair of sources, a minister urged on a day, a horse claimed in a claiming race
    ("The owner and the trainer said the horse was sound.", "said", "The owner and the trainer"),
    ("She urged Congress on Tuesday to act.", "urged", "She"),
    ("He claimed the chase had been run too fast.", "claimed", "He"),
])
def test_sources_and_statements(text, cue, source):
    assert source_and_content(text, cue)[0] == source
