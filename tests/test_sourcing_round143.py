"""Round 143: sentences from the model railway and community radio phrasebooks (unseen in round
142): kinds of show, a radio station's number, firms named for their stock, a Welsh given name
after a post at a body, a superlative result posted, languages before a noun added to a
schedule, greeting cards written, and a cue word inside a name's modifier."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text", [
    "Gwen Hollis presented her last Sunday request show on the stroke ward at the hospital in Barnstaple.",
    "The station took 63 calls in the first hour of its Christmas Day request show.",
    "The Friday night request show has run without a break since the hospital opened its new wing.",
    "Pictured: presenter Kayla Dunmore at the desk during Saturday's marathon request show.",
    "He hosted a late-night phone-in show for eleven years.",
    "The breakfast show posted its highest listener figures in a decade during the floods.",
    "Station volunteers have added Polish and Urdu programmes to the evening schedule.",
    "Volunteers wrote 400 birthday cards to patients on the long-stay wards last year.",
])
def test_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # guards: a plural subject's "show", a kind of show that may end a modifier, a name before
    # "show", and words added after a people's word
    ("Polls show Clinton ahead in Ohio.", "show"),
    ("Tests on the horse show a fracture of the cannon bone.", "show"),
    ("Figures from the Guild show that removals peak in July.", "show"),
    ("He added British troops would stay until the spring.", "added"),
    ("She posted her worst fears about the closure on Facebook.", "posted"),
    ("Pupils wrote 30 letters to the council about the bus.", "wrote"),
])
def test_still_a_statement(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Riverbend 97.4 told the regulator in a letter that it could not afford a new frequency.",
     "told", "Riverbend 97.4", "named_organization"),
    ("BBC Radio 4 said the programme would return in the autumn.", "said", "BBC Radio 4", "named_organization"),
    ("According to Ridgeway Miniatures, demand for ready-to-run locomotives has tripled.",
     "According to", "Ridgeway Miniatures", "named_organization"),
    ("“We will be back on air by Friday,” Dialtone Masts said on its Facebook page.",
     "said", "Dialtone Masts", "named_organization"),
    ("Wyvern Sound admitted it had failed to log a complaint from a listener.", "admitted", "Wyvern Sound", "named_organization"),
    ("The advertising manager at Radio Tansy, Carys Lloyd, said income from adverts had fallen.",
     "said", "Carys Lloyd", "named_person"),
    # guard: a given name still makes a person
    ("Margaret Tools said the stall would reopen.", "said", "Margaret Tools", "named_person"),
])
def test_typed_sources(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source", [
    ("A straw poll of visitors to the Lowestoft open day suggested most would come again next year.",
     "suggested", "A straw poll of visitors to the Lowestoft open day"),
    # guard: a past form after a one-word name is the name's verb, not a modifier
    ("On Monday, The Post sought more details. In response, Trump cited several reports.", "cited", "Trump"),
])
def test_sources(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_decimal_that_is_no_frequency_counts_people():
    assert typed_source("About 2.5 said they would vote.", "said")[1:] != ("named_organization", True)


def test_no_cue_inside_a_sought_object():
    assert "details" not in cues("On Monday, The Post sought more details.")
