"""Round 106: sentences from the library and farming phrasebooks (unseen in round 105) and the
leads they opened: a count after "has learned that", a passive hearsay whose clause opens with
"it" or a number, people polled, bookshops and agents as bodies, a report made by someone, and
acts that are not statements (contests conceded, leases agreed, cases argued, prices written,
histories written, livestock shown, a share of a flock taken, things posted to people)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, source, content", [
    # a count opens the clause after "that": not "that lesson", a noun pointed at
    ("This newspaper has learned that two of the county's five record offices are to merge next year.",
     "This newspaper", "two of the county's five record offices are to merge next year"),
    ("She learned that one of the files was missing.", "She", "one of the files was missing"),
])
def test_a_count_after_learned_that_opens_a_clause(text, source, content):
    assert source_and_content(text, "learned") == (source, content)


def test_learned_that_lesson_is_still_no_attribution():
    assert cues("Officials learned that lesson.") == []


@pytest.mark.parametrize("text, content", [
    ("Staff were told at a meeting on Monday morning that 40 posts would go across the service.",
     "40 posts would go across the service"),
    ("Parents were told on Monday that it was shut.", "it was shut"),
])
def test_a_passive_hearsay_whose_clause_opens_with_it_or_a_number(text, content):
    assert source_and_content(text, "told") == (None, content)
    assert [a.source_type for a in attributions(text)] == ["agentless"]


def test_a_relative_after_a_circumstance_is_still_no_hearsay():
    assert cues("They were briefed on the topics that will come up.") == []


def test_people_polled_are_not_doubted_by_the_pollster():
    text = ("Nearly half of the 400 dairy farmers questioned by the union in its annual survey, carried out in January "
            "and February, said they expected to leave the industry within ten years.")
    assert cues(text) == ["said"]
    # (a claim questioned by experts is still doubted)
    assert typed_source("The claim was questioned by experts.", "questioned")[:2] == ("experts", "unnamed_group")


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Hobb's Bookshop posted on its Instagram page that the signed copies had sold out within an hour.", "posted",
     "Hobb's Bookshop", "named_organization"),
    ("Holm Land Agents denied that it had advised the estate to serve notice on the tenants.", "denied",
     "Holm Land Agents", "named_organization"),
    ("The Rowe Report, commissioned by the county in 2022, concluded that the service could save £1.4m a year.",
     "concluded", "The Rowe Report", "document"),
    # (alone, "The X Report" may be an outlet)
    ("The Drudge Report said it was true.", "said", "The Drudge Report", "named_organization"),
])
def test_bookshops_agents_and_reports_made_by_someone(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The bookshop conceded the quiz title to the library staff team on a tie-break question about Dickens.",
    "On Thursday, Sanders said he would not seek a recount, conceding the race to Clinton.",
    "The shop's owners agreed a ten-year lease with the new landlord in November.",
    "The barrister argued the campaigners' case before the High Court in Leeds over three days in February.",
    "The bookseller wrote the price in pencil on the flyleaf, as secondhand dealers always have.",
    "He has written three histories of the town's mills and is working on a fourth.",
    "The Said family have farmed at Brough Sowerby since 1874 and have shown cattle at Appleby every summer.",
    "A fox claimed four of the pet lambs in the orchard pen on the night before the show.",
    "The new electronic ear tags were posted to registered keepers in the first week of January.",
])
def test_acts_that_are_not_statements(text):
    assert [c for c in cues(text) if c != "said"] == []  # (the Sanders sentence keeps its "said")


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause follows the object
    ("He conceded the election was lost.", "conceded"),
    ("He argued the case was weak.", "argued"),
    ("He argued the campaigners' case was weak.", "argued"),
    ("The data showed cattle prices had fallen.", "showed"),
    ("He claimed two of the officers were innocent.", "claimed"),
    ("He is said to need funds.", "said"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
