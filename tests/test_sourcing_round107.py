"""Round 107: sentences from the motorsport and ports phrasebooks (unseen in round 106) and the
leads they opened: a person named after a description set off in commas as a pronoun's
antecedent, an owner's named record, garages, terminals and voyages as bodies, "claims that" with
a determiner after it, a passive hearsay whose clause opens with a bare plural, people asked
"after" an event, a title "of the" something before a name, and acts that are not statements
(things posted, boats recalled, admitted, claimed and answered, names written, fines added, winds
that threaten, water that reveals, makes and breeds called by a name, contents found)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text", [
    "Brennock Shipping's founder, Olav Brennock, started the company with a single second-hand coaster in 1978. "
    "He recalled that its first cargo was 600 tonnes of Norwegian timber.",
    "The founder, Peter Brennock, started the company in 1978. He recalled that its first cargo was timber.",
])
def test_a_pronoun_takes_the_name_a_description_sets_off(text):
    a = [x for x in attributions(text) if text[x.cue.start : x.cue.end] == "recalled"][0]
    assert (a.source_type, a.named) == ("named_person", True)
    assert text[a.resolved_from.start : a.resolved_from.end].endswith("Brennock")


def test_a_set_off_body_is_still_it():
    text = "Its parent, Acme Holdings, said it would sell. It said profits rose."
    assert [a.source_type for a in attributions(text)] == ["named_organization", "named_organization"]


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The Harbour Master's Report for 2024 warns that silt is building up in the approach channel.", "warns",
     "The Harbour Master's Report for 2024", "document"),
    ("The Mayor's Report warns that crime is up.", "warns", "The Mayor's Report", "document"),
    # (a record's word that is also a masthead's stays a title's: an outlet)
    ("The Collector's Ledger reported that three dealers were under investigation.", "reported",
     "The Collector's Ledger", "named_organization"),
    ("Harrow's Garage, the team's title sponsor since 2011, confirmed it would not renew its deal.", "confirmed",
     "Harrow's Garage", "named_organization"),
    ("Meridian Container Terminals said in a statement that the gantry crane had collapsed.", "said",
     "Meridian Container Terminals", "named_organization"),
    ("Cruise line Aurora Voyages has pledged to plug its ships into shore power at Kellport from 2027.", "pledged",
     "Cruise line Aurora Voyages", "named_organization"),
    ("The harbour byelaw says no vessel may anchor within 200 metres of the ferry berth.", "says",
     "The harbour byelaw", "document"),
    ("Islanders on Inishmore, where the population has fallen from 900 to just over 600 since 1991, fear the loss "
     "of the winter sailing will force the island's only school to close.", "fear", "Islanders on Inishmore",
     "unnamed_group"),
    ("Clerk of the course Martin Hedley warned competitors at the morning briefing that anyone crossing the line "
     "would be excluded.", "warned", "Clerk of the course Martin Hedley", "named_person"),
])
def test_records_bodies_people_and_titles(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source, content", [
    ("A leaflet pushed through letterboxes in Millbrook last week claims that most track days at Hollins Moor "
     "finish by 5pm.", "claims", "A leaflet pushed through letterboxes in Millbrook",
     "most track days at Hollins Moor finish by 5pm"),
    ("He claims that most days finish by 5pm.", "claims", "He", "most days finish by 5pm"),
    ("Hauliers were warned on Thursday that queues at the port could stretch back 15 miles.", "warned", None,
     "queues at the port could stretch back 15 miles"),
    ("Staff were told at the meeting that costs would rise.", "told", None, "costs would rise"),
    ("Voters interviewed after the debate said they were undecided.", "said",
     "Voters interviewed after the debate", "they were undecided"),
    ("Most of the 60 competitors questioned by the club after the event said they would return next year.", "said",
     "Most of the 60 competitors questioned by the club after the event", "they would return next year"),
])
def test_clauses_and_sources_found(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_people_polled_after_an_event_are_not_doubted():
    assert cues("Most of the 60 competitors questioned by the club after the event said they would return.") == ["said"]


@pytest.mark.parametrize("text", [
    "The club posted the new licence application packs to all 300 members last week.",
    "Tidewell Ferries recalled its relief vessel from dry dock in Birkenhead to cover the Easter timetable.",
    "The ferry answered her helm sluggishly in the crosswind as she backed off the linkspan.",
    "Until the new sea lock opened in 2011, the port admitted only vessels of less than 180 metres in length.",
    "The scrutineering bay admits only entrants and their named mechanics.",
    "The lock keeper admitted the yacht to the inner basin shortly after high water.",
    "The Port of Brora Authority claimed the abandoned fishing boat after its owner failed to pay two years of fees.",
    "The shipowner declared general average after the engine-room fire.",
    "Pilotage charges at the port are set according to a vessel's gross tonnage and draught.",
    "Each new crew member wrote his or her name in the ship's articles before signing on.",
    "The three-member panel upheld the exclusion and added a £2,000 fine.",
    "Keel was shown a black-and-white warning flag for exceeding track limits at the chicane.",
    "The tanker passed the Bravo reporting point off the breakwater at 03.10 on Sunday.",
    "Winds gusting to 70mph threatened to close the port for a third successive day.",
    "Low water on Tuesday revealed the ribs of a Victorian schooner buried in the sand beside the old pier.",
    "An inspector signalled to the driver of the lorry to pull into the search bay.",
    "The stock car, a battered Ford Granada called “Big Bertha,” has won more than 40 heats since 2016.",
    "A Labrador called Biscuit stole a sandwich from the judges' lunch table.",
    "Customs officers searched the trailer, which was later found to hold 14 people.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause or a person's words follow
    ("She posted a letter to the president.", "posted"),
    ("He admitted the boat was unsafe.", "admitted"),
    ("She claimed the boat was hers.", "claimed"),
    ("They claimed the damaged car had been stolen.", "claimed"),
    ("He claimed that the victory was stolen.", "claimed"),
    ("A Republican called the plan reckless.", "called"),
    ("The drug was found to cause cancer.", "found"),
    ("Officials estimated before the vote that turnout would be low.", "estimated"),
    ("He signalled to investors of the firm that he would sell.", "signalled"),
    ("A report published in 2020 revealed that the port was losing money.", "revealed"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)


def test_a_relative_after_a_circumstance_is_still_no_hearsay():
    assert cues("They were briefed on the topics that will come up.") == []
