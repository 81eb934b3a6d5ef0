"""Round 103: sentences from the opera and auction phrasebooks (unseen in round 102) and the
leads they opened: a written book or role, a participle between a preposition and its noun,
period and state demonyms, and acts that are not statements."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text", [
    # a work written, not a source cited
    "Al From, who helped found the DLC, wrote a book that inspired the documentary.",
    "The agency helped an East German journalist write a book, “Who’s Who in the CIA,” that outed agents.",
    "Britten wrote the role of Quint for Peter Pears in 1954.",
    "The firm's founder, Josiah Pelham (1861-1937), wrote a history of Worcester porcelain in 1911.",
])
def test_a_book_or_a_role_written_is_no_attribution(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # but a book opened as what its writer says is cited
    ("Gary Byrne has written a book in which he exposes the rage.", "written", "Gary Byrne"),
    ("She wrote a book saying the war was lost.", "wrote", "She"),
    ("He wrote in his book that the war was lost.", "wrote", "He"),
    ("Jill Hart wrote a book: the war, she argued, was lost.", "wrote", "Jill Hart"),
])
def test_a_book_that_carries_words_stays_a_cue(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source, kind", [
    # a participle between a preposition or an article and its noun describes the noun
    ("An email sent to registered bidders on Friday warned that the platform would be down.", "warned",
     "An email sent to registered bidders", "document"),
    ("The committee of elected members warned that fees would rise.", "warned", "The committee of elected members",
     "unnamed_group"),
    ("A spokesman for embattled Governor Bob Smith said he would stay.", "said",
     "A spokesman for embattled Governor Bob Smith", "unnamed_individual"),
    ("The accused man told the court he was innocent.", "told", "The accused man", "unnamed_individual"),
    # a share of people counted by an average is a group; the polling average stays a name
    ("An average of 10 percent of registered voters reported no opinion.", "reported",
     "An average of 10 percent of registered voters", "unnamed_group"),
    ("Trump leads, according to the RealClearPolitics polling average.", "according to",
     "the RealClearPolitics polling average", "named_organization"),
])
def test_a_participle_before_a_noun_stays_in_the_phrase(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    # Georgian and Victorian are of a place (or a period): a describing word, not a name
    "A Georgian mahogany writing slope with a secret drawer made £780.",
    "A Victorian mahogany writing slope made £780.",
    "A Georgian writing slope made £780.",
])
def test_a_demonym_before_a_noun_is_no_source(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source", [
    # a demonym after a given name is a surname, as "Anna White"
    ("Victoria Georgian said the road was closed.", "Victoria Georgian"),
    ("Tom Victorian said the road was closed.", "Tom Victorian"),
    ("Anna Texan said the road was closed.", "Anna Texan"),
    # "Welsh" is not a demonym here: too common a surname ("Irvine Welsh")
    ("Irvine Welsh said the road was closed.", "Irvine Welsh"),
])
def test_a_demonym_after_a_given_name_stays_a_person(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


def test_recordings_ends_a_body_name():
    text = "Polyhymnia Recordings predicts that the box set will sell 20,000 copies."
    assert typed_source(text, "predicts") == ("Polyhymnia Recordings", "named_organization", True)


@pytest.mark.parametrize("text", [
    # acts, not statements
    "The conductor signalled the cut to the brass with a small flick of the left hand.",
    "A bidder at the back signalled with a rolled-up catalogue, and the price jumped to £9,000.",
    "The dealer noted the lot numbers in a pocketbook during the viewing.",
    "The saleroom admitted the first viewers at 9am, an hour early, because of the queue.",
    "The chorus reported for the first music call at 10am on Monday.",
    "The opera house posted two ushers at every exit during the evacuation drill.",
    "A Victorian rocking horse, complete with its original saddle, claimed the top price of the day at £4,800.",
])
def test_acts_are_no_attribution(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: the same verbs as statements
    ("The union claimed the price was too high.", "claimed", "The union"),
    ("He claimed the price of freedom was eternal vigilance.", "claimed", "He"),
    ("He reported for the call that the line was down.", "reported", "He"),
    ("The Fed signalled its displeasure with the ruling.", "signalled", "The Fed"),
    ("The court admitted the error, its clerk said.", "admitted", "The court"),
])
def test_statements_with_the_same_verbs_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
