"""Round 116: sentences from the darts and highways phrasebooks (unseen in round 115) and the
leads they opened: "bellowed" after a quotation, a subject's members listed after "among them"
or "including", "Hire" at the end of a firm's name, and acts that are not statements (a double
claimed, an appeal answered, a vehicle posted to a depot, a signal given by a deed, a name
confirmed "as its" new holder of a role, an average posted)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("“Game on!” bellowed the referee as the players stepped up.", "bellowed", "the referee", "unnamed_individual"),
    ("Traders on Mill Lane, among them a baker, two cafes and a family butcher's, said the diversion was dangerous.",
     "said", "Traders on Mill Lane", "unnamed_group"),
    # (a list after "including" was read right before, and still is)
    ("Several hauliers, including a Leeds firm, two bus companies and a removals business, warned that the "
     "closure would cost them.", "warned", "Several hauliers", "unnamed_group"),
    ("Hartley's Tool Hire said three of its excavators had been stolen.", "said", "Hartley's Tool Hire",
     "named_organization"),
    # the same shapes where the name is the source
    ("The chairman, Alan Pike, said the diversion was dangerous.", "said", "Alan Pike", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The Crown A team claimed the league and cup double for the second season running.",
    "Forty members answered the appeal for volunteers to paint the clubhouse.",
    "The snowplough posted to the Ambleside depot this winter is the oldest in the fleet.",
    "The marker signalled the end of the leg by tapping the board.",
    "The county confirmed Jean Sollis as its new head of roads in April.",
    "She posted a match average of 101.4 in the semi-final.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He bellowed that the result was a disgrace.", "bellowed"),
    ("She forgot that the match had been moved.", "forgot"),
    # (PolNeAR marks "remember to" and "forget to"; round 116 tried to drop them and put it back)
    ("Captains who have forgotten to send in their results will be fined.", "forgotten"),
    ("She posted to her Facebook page that the road would close.", "posted"),
    ("The minister signalled the change by announcing a review.", "signalled"),
    ("Police confirmed Smith as their source.", "confirmed"),
    ("She claimed the double was unfair.", "claimed"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
