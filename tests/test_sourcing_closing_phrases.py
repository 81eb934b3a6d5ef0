"""What closes a sentence after what was said: an owner's speaker ("..., its treasurer fears."),
a hearer set off with a time or a place ("..., staff were told on Wednesday."), a time between
"there were reports" and its clause, and a list of three or more names after a quotation
('“...,” said Smith, Jones and Brown.').  Written for these tests from construction grids, not
from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text

STATEMENT = "The fair will lose money again"


@pytest.mark.parametrize("owner", ["its", "his", "her", "their"])
@pytest.mark.parametrize("noun", ["treasurer", "lawyer", "spokesman"])
@pytest.mark.parametrize("verb", ["fears", "claims", "believes", "warns"])
def test_an_owned_speaker_closing_the_sentence_is_the_source(owner, noun, verb):
    text = f"{STATEMENT}, {owner} {noun} {verb}."
    assert source_and_content(text, verb) == (f"{owner} {noun}", STATEMENT)


@pytest.mark.parametrize("owner", ["its", "his", "their"])
@pytest.mark.parametrize("words", ["worst fears", "own claims", "deepest fears"])
def test_an_owned_noun_closing_the_sentence_is_no_speaker(owner, words):
    assert cues(f"{STATEMENT}, {owner} {words}.") == []


@pytest.mark.parametrize("noun", ["reports", "claims", "fears"])
@pytest.mark.parametrize("when", ["on Friday evening", "overnight", "in the local press", "last week",
                                  "from the capital", "earlier this month", "at the weekend"])
def test_a_time_or_place_after_there_were_reports_keeps_the_clause(noun, when):
    text = f"There were {noun} {when} that the team bus had been broken into."
    a = one(text, noun)
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", "the team bus had been broken into")


@pytest.mark.parametrize("text", [
    "There were reports from the city that were later denied.",
    "There were reports on the radio.",
    "There were reports on Friday evening about the team bus.",
])
def test_reports_without_a_clause_are_no_attribution(text):
    assert cues(text) == []


HEARERS = ["the court", "the staff", "parents", "staff", "Smith", "the BBC", "reporters"]


@pytest.mark.parametrize("hearer", HEARERS)
@pytest.mark.parametrize("when", ["", " on Wednesday", " at a meeting on Wednesday", " last week", " yesterday"])
def test_a_hearer_set_off_after_what_was_said_closes_it(hearer, when):
    verb = "were" if hearer in ("the staff", "parents", "staff", "reporters") else "was"
    text = f"The school will close, {hearer} {verb} told{when}."
    a = one(text, "told")
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", "The school will close")


@pytest.mark.parametrize("when", ["on Monday", "at the hearing"])
def test_a_hearer_inserted_with_a_time_leaves_the_sentence_around_it(when):
    text = f"The inventory, the tribunal was told {when}, recorded the mirror as chipped."
    assert source_and_content(text, "told") == (None, text[:-1])


@pytest.mark.parametrize("text", [
    "The house was old, walls were painted on Monday.",
    "The school will close, parents were told to collect their children on Wednesday.",
])
def test_a_passive_that_tells_nothing_set_off_is_no_hearing(text):
    assert all(a.content is None or span_text(text, a.content) != "The school will close" for a in attributions(text))


NAMES = [
    ("Smith, Jones and Brown", 3),
    ("Smith, Jones, and Brown", 3),
    ("Smith, Jones, Patel and Brown", 4),
    ("Sen. Ted Cruz, Gov. John Kasich and Donald Trump", 3),
]


@pytest.mark.parametrize("names, count", NAMES)
@pytest.mark.parametrize("template", [
    "“The ward is closed,” said {names}.",
    "The ward was closed, said {names}.",
    "“The ward is closed,” {names} said.",
    '"The ward is closed," {names} said.',
    "The ward was closed, {names} said.",
    "{names} said the ward was closed.",
])
def test_every_listed_speaker_is_in_the_source(names, count, template):
    text = template.format(names=names)
    source, content = source_and_content(text, "said")
    assert source == names
    assert content.strip(",“”\"").endswith("closed")


@pytest.mark.parametrize("text, source", [
    ("“The ward is closed,” said Smith, a lawyer.", "Smith"),
    ("“The ward is closed,” said Smith, of Leeds.", "Smith"),
    ("“The ward is closed,” said Smith and Jones.", "Smith and Jones"),
])
def test_a_speaker_described_after_a_comma_is_no_list(text, source):
    assert source_and_content(text, "said")[0] == source


SPEAKERS = [("Smith", "named_person"), ("the minister", "unnamed_individual"), ("a spokeswoman for the council", "unnamed_individual"),
            ("the BBC", "named_organization"), ("its treasurer", "unnamed_individual")]
CIRCUMSTANCES = [" on Tuesday", " in a statement", " in an interview with the BBC", " on Twitter",
                 " in a letter to shareholders", " on condition of anonymity", " at a news conference on Tuesday"]


@pytest.mark.parametrize("speaker, kind", SPEAKERS)
@pytest.mark.parametrize("verb", ["added", "warned", "reported", "claims"])
@pytest.mark.parametrize("when", CIRCUMSTANCES)
def test_a_verb_that_also_takes_an_object_closes_a_statement_before_a_circumstance(speaker, kind, verb, when):
    # "added on Tuesday", "warned on Twitter", "reported at a news conference": no object, no
    # phrasal verb, no turning up somewhere; the clause before the comma is what was said
    text = f"The ward was closed, {speaker} {verb}{when}."
    a = one(text, verb)
    assert (span_text(text, a.source), a.source_type, span_text(text, a.content)) == (speaker, kind, "The ward was closed")


@pytest.mark.parametrize("text", [
    "The firm grew, and Smith added 40 jobs on Tuesday.",
    "Pickers reported to the packing shed at dawn.",
    "The ward was closed, despite the minister's claims on Twitter.",
])
def test_an_act_or_a_noun_before_a_circumstance_stays_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("verb", ["said", "added", "wrote", "claimed", "confirmed", "insisted", "noted"])
@pytest.mark.parametrize("when", ["last week", "this morning", "last Tuesday", "this year"])
@pytest.mark.parametrize("opening, content", [("“The ward is closed,”", "The ward is closed,"), ("The ward was closed,", "The ward was closed")])
def test_a_near_time_after_an_inverted_speaker_is_when_it_was_said(verb, when, opening, content):
    text = f"{opening} {verb} Smith {when}."
    assert source_and_content(text, verb) == ("Smith", content)


@pytest.mark.parametrize("people", ["officials", "police", "residents"])
@pytest.mark.parametrize("venue", ["at a news conference", "at a news conference on Tuesday", "at the briefing"])
def test_a_venue_after_inverted_people_is_where_they_said_it(people, venue):
    text = f"“The ward is closed,” said {people} {venue}."
    assert source_and_content(text, "said")[0] == people


def test_people_of_a_place_after_the_verb_keep_it():
    assert source_and_content("“The ward is closed,” said officials at the ministry.", "said")[0] == "officials at the ministry"


@pytest.mark.parametrize("verb", ["warned", "told"])
def test_a_circumstance_right_after_a_verb_of_telling_is_no_hearer(verb):
    text = f"Smith {verb} in an interview with the BBC that the ward was closed."
    assert source_and_content(text, verb) == ("Smith", "the ward was closed")
