"""Round 131: sentences from the scaffolding and bookbinding phrasebooks (unseen in round 130): a
builder's and an access firm's words end a firm's name; a works named by its trade in "-ery" is
a body; a register is a record; a record requested "by" someone keeps its head; people of a
kind counted before a place's name are a group; a record's "notes" and a body's "estimates"
take their object or clause as verbs; and acts that are not statements (a weather warning
ignored, a quarrel over a thing with its place after it, a grain felt with the fingertips, a
tender answered, a crown claimed in a title-case headline)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The main contractor, Harrowgate Build, said it had paused work on the east elevation.",
     "said", "Harrowgate Build", "named_organization"),
    ("Pennine Access said its towers had passed every inspection this year.",
     "said", "Pennine Access", "named_organization"),
    ("The bindery said in a statement that the order would ship in March.",
     "said", "The bindery", "unnamed_group"),
    ("A local cattery said it had turned away 40 cats since Easter.",
     "said", "A local cattery", "unnamed_group"),
    ("According to the visitors' register kept at the gate, 212 people came on Sunday.",
     "According to", "the visitors' register kept at the gate", "document"),
    ("Per the council's licensing register, the shop has changed hands twice.",
     "Per", "the council's licensing register", "document"),
    ("A Freedom of Information request by the Courier revealed that only nine checks were made.",
     "revealed", "A Freedom of Information request by the Courier", "document"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_count_of_people_before_a_place_is_an_unnamed_group():
    text = "Most Leeds upholsterers of the time thought the new horsehair stuffing would fail."
    assert typed_source(text, "thought") == ("Most Leeds upholsterers of the time", "unnamed_group", False)


def test_a_trade_works_is_one_body_that_it_resolves_to():
    text = "The tannery said on Monday that the batch was faulty. It said it would refund every buyer."
    assert [(span_text(text, a.source), a.source_type) for a in attributions(text)] == [
        ("The tannery", "unnamed_group"), ("It", "unnamed_group"),
    ]


@pytest.mark.parametrize("text", [
    "The discovery suggests that the kiln is older than the hall.",
    "The mystery deepened when the second ledger surfaced, he said.",
])
def test_an_act_or_a_state_in_ery_is_no_works(text):
    assert all(a.source_type != "unnamed_group" or span_text(text, a.source) not in ("The discovery", "The mystery")
               for a in attributions(text))


@pytest.mark.parametrize("text, cue, source, content", [
    ("The condition report notes slight cracking along both hinges.",
     "notes", "The condition report", "slight cracking along both hinges"),
    ("The survey notes heavy wear to the lower treads.",
     "notes", "The survey", "heavy wear to the lower treads"),
    ("The auction house estimates the atlas will fetch about £30,000.",
     "estimates", "The auction house", "the atlas will fetch about £30,000"),
    ("The fire brigade estimates the blaze was started by a heater.",
     "estimates", "The fire brigade", "the blaze was started by a heater"),
])
def test_verbs_after_one_record_or_body(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The crew ignored the weather warning and kept working on the top lift.",
    "Walkers ignored a flood warning and crossed the ford.",
    "Two drivers argued over the last parking bay on Mill Lane for most of the morning.",
    "Okafor argued with the porter for ten minutes over a torn parcel on the library steps.",
    "She felt the edge of the board with her fingertips before trimming it.",
    "Tyne Access answered the tender with a price well below its rivals.",
    "Bradford Apprentice Claims National Plastering Crown",
    "The programme notes run to 12 pages and include a full stop-list.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a warning that says what it warns of, a question argued over, a topic after "on",
    # a feeling held with the heart, a claim in title case with a clause
    ("Forecasters issued a flood warning that rivers would burst their banks.", "warning", "Forecasters"),
    ("The porters argued over who would carry the heavy end on the stairs.", "argued", "The porters"),
    ("He was arguing with the host on how the attack should be described.", "arguing", "He"),
    ("She felt with her whole heart that the verdict was wrong.", "felt", "She"),
    ("Residents claimed national parks were closed without notice.", "claimed", "Residents"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
