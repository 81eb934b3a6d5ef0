"""Round 69: sentences from the round-68 phrasebooks left unread (sport and arts, science and
health, security, local news) and four new ones (business and markets, courts and police,
technology and religion, English-language news outside the US and UK): what an apposition, a
word before a name or a later "it" says about a one-word name, the outlet's own writers, named
indices, transcript labels in capitals and trailing beliefs of described people."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, source", [
    # a plural owner's apostrophe is a token of its own, and the head after it still counts
    ("Equity, the actors' union, said the understudies had not been paid.", "Equity"),
    ("Equity, the actors’ union, said the understudies had not been paid.", "Equity"),
    ("Unite, the workers' union, said the strike would go ahead.", "Unite"),
])
def test_an_apposition_after_a_plural_owner_names_a_body(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


@pytest.mark.parametrize("text, source", [
    ("The journal Nature said it was investigating concerns about duplicated images.", "The journal Nature"),
    ("Distributor Harvest said the film's release in China had been blocked.", "Distributor Harvest"),
    ("Carmaker Tesla said deliveries would resume in May.", "Carmaker Tesla"),
])
def test_a_word_for_a_body_before_a_name_makes_it_one(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


def test_a_title_before_a_name_at_the_start_of_a_sentence_keeps_a_person():
    assert typed_source("Agency Director John Smith said the fund was empty.", "said") == (
        "Agency Director John Smith", "named_person", True,
    )


@pytest.mark.parametrize("text, cue, source", [
    ("Our chief football writer reports that the striker has asked to leave.", "reports", "Our chief football writer"),
    ("Our Washington correspondent reported that the vote had failed.", "reported", "Our Washington correspondent"),
])
def test_the_outlets_described_writers_are_the_outlet(text, cue, source):
    assert typed_source(text, cue) == (source, "self", False)


def test_a_named_index_is_a_document():
    text = "The latest Global Terrorism Index says the Sahel now accounts for half of all deaths."
    assert typed_source(text, "says") == ("The latest Global Terrorism Index", "document", True)


@pytest.mark.parametrize("text, source", [
    ("MAYOR LEE: We will not close a single library while I hold this office.", "MAYOR LEE"),
    ("COUNCILLOR OKORO: The budget is balanced and the reserves are untouched.", "COUNCILLOR OKORO"),
])
def test_a_title_and_name_in_capitals_label_a_person(text, source):
    assert typed_source(text, ":") == (source, "named_person", True)


def test_an_acronym_label_in_capitals_stays_a_body():
    assert typed_source("NATO: The alliance will not be divided by this threat.", ":")[1] == "named_organization"


@pytest.mark.parametrize("text, expected", [
    # "it" is never a person, so a one-word name it stands for is a body's
    ("Lionsgate released the trailer on Monday. It said the film would open in 3,000 cinemas.",
     ("It", "named_organization", True)),
    # but the surname of someone named in full stays a person's, and "it" finds nobody
    ("Donald Trump spoke first. Trump released a statement on Monday. It said the talks had failed.",
     ("It", "unresolved", False)),
])
def test_it_after_a_one_word_name(text, expected):
    assert typed_source(text, "said") == expected


@pytest.mark.parametrize("text, source", [
    ("The blaze was started deliberately, fire investigators believe.", "fire investigators"),
    ("The virus came from the market, senior scientists suspect.", "senior scientists"),
])
def test_a_trailing_belief_of_described_people(text, source):
    cue = text.rstrip(".").rsplit(" ", 1)[1]
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    # what the outlet's reporting found out from someone is sourced to the outlet
    ("This newspaper understands that at least three bidders have been shortlisted.", "understands", "This newspaper"),
    ("Our court reporter understands that the trial will be moved to Manchester.", "understands", "Our court reporter"),
    ("Our correspondent gathered that the deceased had reported threats to the police.", "gathered that",
     "Our correspondent"),
    ("This newspaper has established that the land was allocated to a company.", "established that", "This newspaper"),
])
def test_what_the_outlet_found_out_is_its_own_reporting(text, cue, source):
    assert typed_source(text, cue) == (source, "self", False)


def test_the_outlets_opinion_is_still_no_attribution():
    assert cues("This newspaper believes the amendment should be withdrawn.") == []
    assert cues("We understand the frustration of the families.") == []


def test_gathered_needs_that():
    assert cues("Supporters gathered to protest the ruling outside the court.") == []
    assert typed_source("It was further gathered that the victims were returning from a wedding.", "gathered that") == (
        None, "agentless", False,
    )


@pytest.mark.parametrize("text, source", [
    ("Analysts at Carrow & Finch cut their price target on the stock. They said the valuation reflected a recovery.",
     "Analysts at Carrow & Finch"),
    ("Researchers at the University of Leeds tracked 2,000 teenagers. They concluded that phone use harmed sleep.",
     "Researchers at the University of Leeds"),
])
def test_they_stands_for_a_described_group_with_a_name_after_its_head(text, source):
    a = [x for x in attributions(text) if x.resolved_from is not None][0]
    assert (span_text(text, a.resolved_from), a.source_type) == (source, "unnamed_group")


def test_a_title_anywhere_in_a_label_in_capitals_makes_a_person():
    text = "PRESS SECRETARY VILLANUEVA: The President has been briefed and is monitoring the situation."
    assert typed_source(text, ":") == ("PRESS SECRETARY VILLANUEVA", "named_person", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Doyle’s predecessor had warned that the chain was expanding too quickly.", "warned", "Doyle’s predecessor",
     "unnamed_individual"),
    ("Exporters complain that the strong currency has wiped out their margins.", "complain", "Exporters",
     "unnamed_group"),
    ("Hackers claimed on a forum that they had stolen the records.", "claimed", "Hackers", "unnamed_group"),
    ("Worshippers said the livestream had been cut off mid-sermon.", "said", "Worshippers", "unnamed_group"),
    ("The diocese said it had not been consulted about the sale.", "said", "The diocese", "unnamed_group"),
    ("The defence argued that the confession had been obtained under duress.", "argued", "The defence",
     "unnamed_group"),
    ("A fatwa issued in March says the images are forbidden.", "says", "A fatwa issued in March", "document"),
    ("According to the PEMRA notification, the licence stands suspended.", "According to",
     "the PEMRA notification", "document"),
])
def test_nouns_for_sources_from_business_courts_religion_and_regional_press(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "He has said for years that the figures were inflated.",
    "The opposition has been saying for months now that the figures were inflated.",
])
def test_how_long_it_has_been_said_is_not_what_was_said(text):
    cue = "said" if " said " in text else "saying"
    assert source_and_content(text, cue)[1] == "the figures were inflated"


@pytest.mark.parametrize("text", [
    "Kestrel's chief executive, Tomas Berg, was quoted as saying the bank would compensate anyone.",
    "The chief executive, Tomas Berg, was quoted as saying the bank would compensate anyone.",
])
def test_a_name_inserted_after_a_description_is_quoted(text):
    assert typed_source(text, "quoted as saying") == ("Tomas Berg", "named_person", True)
