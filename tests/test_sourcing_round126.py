"""Round 126: sentences from the plumbing and ambulance phrasebooks (unseen in round 125) and the
leads they opened: verbs that speak only beside a quotation ("pleaded", "begged"); "Responders"
ending a body's name; a "whose" clause with its own name and age; a named record cut short by
the "of" in its name; a checklist as a record; an industry as a body that "he" does not stand
for; and acts that are not statements (a written warning, a picture's label, a headline's
question, devices charged, vehicles recalled, engineers posted to a depot, a title claimed, a
quarrel over a parking bay)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("“Please stop ringing 999 for updates,” pleaded the trust's control room manager, Jo Baines.",
     "pleaded", "Jo Baines", "named_person"),
    ("Fenland Community First Responders posted on Facebook that the group needed volunteers.",
     "posted", "Fenland Community First Responders", "named_organization"),
    ("Harlow resident Denise Amis, whose husband Keith, 82, waited five hours on the floor after a fall, "
     "said the wait was cruel.", "said", "Harlow resident Denise Amis", "named_person"),
    ("Freedom of Information figures obtained by the Dorset Echo reveal that crews waited for hours.",
     "reveal", "Freedom of Information figures obtained by the Dorset Echo", "document"),
    ("The installer's commissioning checklist shows the flue test was never done.",
     "shows", "The installer's commissioning checklist", "document"),
    ("The industry said the rules were unworkable.", "said", "The industry", "unnamed_group"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_he_passes_over_an_industry_to_the_named_speaker():
    text = ("Graham Tait said the industry had been warning ministers for years. "
            "He added that the training pipeline was too small.")
    added = [a for a in attributions(text) if span_text(text, a.cue) == "added"]
    assert [(a.source_type, a.named) for a in added] == [("named_person", True)]


@pytest.mark.parametrize("text", [
    "Paramedic Dan Pike was given a final written warning for speeding.",
    "Picture: An air ambulance lands at the county hospital in Hereford.",
    "Handover Delays: Why Ambulances Queue Outside A&E",
    "The paramedic charged the defibrillator to 200 joules before a second shock.",
    "The technician charged the heat pump with refrigerant before switching it on.",
    "The new cars will be based in Salisbury and charged overnight at the station.",
    "The trust recalled all 40 of its older ambulances to the depot.",
    "The firm posted three engineers to its new depot in Doncaster.",
    "The Plough claimed the Wetherby and District darts league title again.",
    "Two plumbers argued over a parking bay outside the merchant's counter in Leeds at 7am on Tuesday until staff came out.",
    "Chatwal pleaded guilty to fraud.",
    "He pleaded with voters to reject the plan.",
    "It begs the question.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("“I never took it,” she begged.", "begged"),
    ("Prosecutors charged the firm with fraud.", "charged"),
    ("Democrats argued over whether the bill should pass.", "argued"),
    ("She recalled all three of her visits to the camp.", "recalled"),
    ("He posted three messages to his Facebook page.", "posted"),
    ("Report: Half of the trust's calls were answered late.", ":"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
