"""Round 130: sentences from the care homes and printing phrasebooks (unseen in round 129): a
laugh beside a quotation reports it; printers' and paper merchants' words end a firm's name; a
participle before a record's noun describes it ("the firm's last filed accounts"); and acts that
are not statements (a level declined to, money claimed "in refunded fees", people recalled from
a garden, a rate quoted, parcels labelled for delivery, a wing claimed by a fire whose relative
clause is set off, a firm confirmed "as the biggest" by a machine)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("“We sang every song from The Sound of Music, twice,” laughed Ivy Brennan, 97.",
     "laughed", "Ivy Brennan", "named_person"),
    ('"Ninety per cent of this job is crawling about in the dark," the apprentice laughed.',
     "laughed", "the apprentice", "unnamed_individual"),
    ("“It was the wrong ink,” chuckled Dennis Hale, the works manager.",
     "chuckled", "Dennis Hale", "named_person"),
    ("Foxley Inks insisted the fault lay with the press settings, not with its new black.",
     "insisted", "Foxley Inks", "named_organization"),
    ("Hawthorn Letterpress tweeted on Sunday that its studio would reopen.",
     "tweeted", "Hawthorn Letterpress", "named_organization"),
    ("Marlow Fine Papers denied that it had raised prices for small printers.",
     "denied", "Marlow Fine Papers", "named_organization"),
    ("In a statement, Corbridge Litho said it had been let down by a customer.",
     "said", "Corbridge Litho", "named_organization"),
    ("Stourside Print did not respond to repeated requests for comment.",
     "respond", "Stourside Print", "named_organization"),
    ("Kendal Printers said the presses would run through the weekend.",
     "said", "Kendal Printers", "named_organization"),
    ("According to the firm's last filed accounts, turnover fell by a third.",
     "According to", "the firm's last filed accounts", "document"),
    ("Per the festival's published accounts, author fees made up just 4% of its spending.",
     "Per", "the festival's published accounts", "document"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "Bed occupancy at the group's 22 homes declined to 81 per cent in the first quarter.",
    "Membership declined to a low of 40 in 2019.",
    "Families claimed more than £4,000 in refunded fees after the overcharging came to light.",
    "The nurse recalled residents from the garden as soon as the rain started.",
    "The agency quoted a rate of £48 an hour for a nurse on nights.",
    "The printer quoted a fixed price for the whole run.",
    "The copies, already bundled and labelled for delivery to homes in Kendal, were pulped.",
    "Jars labelled with a use-by date lined the shelves.",
    "The fire of 1987, which started in a waste-paper bin in the basement on a Sunday morning in "
    "August, claimed the whole east wing of the works, including the bindery.",
    "The new perfect binder confirmed Brayford Bindery as the biggest finishing house in Lincolnshire.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He declined to comment on the price rises.", "declined"),
    ("the increase he seeks to the minimum wage", "seeks"),
    ("He claimed $5 million in stolen funds was missing.", "claimed"),
    ("He recalled colleagues from the campaign as loyal.", "recalled"),
    ("CNN quoted an American witness as saying he saw one person.", "quoted"),
    ("He quoted a line from Shakespeare.", "quoted"),
    ("Critics labelled him a traitor.", "labelled"),
    ("The group, which is based in Syria, claimed the attack was staged.", "claimed"),
    ("Police confirmed the victim as a local man.", "confirmed"),
    ("Most growers surveyed said prices rose.", "said"),
])
def test_statements_stay(text, cue):
    assert cue in cues(text)


def test_a_laugh_alone_reports_nothing():
    assert cues("The audience laughed and applauded.") == []


def test_a_survey_s_people_keep_their_participle():
    assert typed_source("Most growers surveyed said prices rose.", "said")[:2] == ("Most growers surveyed", "unnamed_group")


def test_the_laugh_takes_the_quotation_as_content():
    assert source_and_content("“We sang every song,” laughed Ivy Brennan.", "laughed") == (
        "Ivy Brennan", "We sang every song,")
