"""Round 69: sentences from the round-68 phrasebooks left unread (sport and arts, science and
health, security, local news) and four new ones (business and markets, courts and police,
technology and religion, English-language news outside the US and UK): what an apposition, a
word before a name or a later "it" says about a one-word name, the outlet's own writers, named
indices, transcript labels in capitals and trailing beliefs of described people."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import typed_source


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
