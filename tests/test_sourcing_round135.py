"""Round 135: sentences from the tailoring and confectioner phrasebooks (unseen in round 134):
"Factory" and "Circle" end a body's name; one of a trade from a place or of a name's ("A Whitby
confectioner", "one Trump confidant") names no one; a participle describes an inverted record
("reads a card stuck to the window"); a quoted description may follow an object's apposition;
and acts that are not statements (reporting for a first day, noting every measurement in a
ledger, claiming a unit, admission to a course, an explainer's heading, a sound that tells)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Dobbin's Chocolate Factory said in a statement that the fire had destroyed the packing hall.",
     "said", "Dobbin's Chocolate Factory", "named_organization"),
    ("The Cloth Merchants’ Circle claimed that cheap imports had cost its members £3m.",
     "claimed", "The Cloth Merchants’ Circle", "named_organization"),
    ("A Whitby confectioner, speaking on condition of anonymity, said two shops had been inspected.",
     "said", "A Whitby confectioner", "unnamed_individual"),
    ("One Galashiels weaver said the cloth remembers every mistake.",
     "said", "One Galashiels weaver", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_participle_describes_an_inverted_record():
    text = "“Please do not tap on the glass, the sugar is very hot,” reads a laminated card stuck to the viewing window."
    assert [(span_text(text, a.cue), span_text(text, a.source), a.source_type) for a in attributions(text)] == [
        ("reads", "a laminated card", "document"),
    ]


def test_a_quoted_description_after_an_apposition():
    text = ('Lord Mayor Helen Ashworth, presenting the Golden Shears at a black-tie dinner at the Merchant Taylors\' '
            'Hall on Thursday, called the winning jacket, a double-breasted dinner coat in midnight barathea, '
            '"a piece of architecture".')
    assert source_and_content(text, "called")[0] == "Lord Mayor Helen Ashworth"


@pytest.mark.parametrize("text", [
    "Three new apprentices reported for their first day at the workroom at 8am on Monday.",
    "The cutter noted every measurement in a leather-bound ledger that dates back to 1911.",
    "Hemline Alterations claimed the last empty unit on the parade before the developers moved in.",
    "The apprentice admitted to the coat-making course this year is the first from Northern Ireland.",
    "Sugar tax explained in five charts",
    "The crackle of the cooling sugar tells a good boiler more than any thermometer.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a named body's person, a clause after the course's director, a programme that hears
    # a confession, a minister explaining, a clause after "noted every", a unit described in a clause
    ("A Goldman Sachs analyst said gold would rise.", "said", "A Goldman Sachs analyst"),
    ("She admitted to the course director that she had lied.", "admitted", "She"),
    ("He admitted to the programme that he had lied.", "admitted", "He"),
    ("The minister explained in two sentences.", "explained", "The minister"),
    ("He noted every change in the law was bad.", "noted", "He"),
    ("He claimed the unit had been empty for years.", "claimed", "He"),
    ("The fire chief told the press that it was arson.", "told", "The fire chief"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_named_record_after_an_indefinite_stays_named():
    text = "A Real Clear Politics average of polls shows Clinton leading by two points."
    assert typed_source(text, "shows")[2] is True
