"""Dates and times next to a source: part of a record's description, never a name or a subject."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions as _atts, sources as _sources, span_text as _t


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A photo from October 14 showed the damage to the bridge.", "A photo from October 14"),
        ("A poll released Oct. 14 showed Clinton ahead in Ohio.", "A poll released Oct. 14"),
        ("A Sept. 15, 2011 email shows State sent ten staff to the event.", "A Sept. 15, 2011 email"),
        ("A screenshot from January 15, 2016 shows he had 300 followers.", "A screenshot from January 15, 2016"),
        ("Data from 2019 show that crime fell in the city.", "Data from 2019"),
    ],
)
def test_a_record_with_a_date_is_the_source_and_the_date_names_no_one(text: str, source: str) -> None:
    """A number after a month, or a year, is a date: the participle after it is a verb (not "271
    pledged delegates"), the comma inside "January 15, 2016" does not end the phrase, and the
    month's capital does not make the record named."""
    (a,) = _atts(text)
    assert _t(text, a.source) == source
    assert a.source_type == "document" and not a.named


def test_a_count_before_a_participle_is_still_an_adjective() -> None:
    assert _atts("The campaign has won 271 pledged delegates so far.") == ()


def test_a_record_from_a_named_author_stays_named() -> None:
    text = "A report from Theresa May said costs rose."
    (a,) = _atts(text)
    assert a.named and _t(text, a.source) == "A report from Theresa May"


@pytest.mark.parametrize(
    ("text", "source", "issuer"),
    [
        ("President Obama released a statement Thursday night condemning the attack.", "President Obama", None),
        ("The ministry issued a statement late Sunday saying the talks had failed.", "The ministry", None),
        ("The ACLU of Oregon, which released a statement Tuesday questioning the ruling, sued.", "which", "The ACLU of Oregon"),
    ],
)
def test_the_issuer_speaks_through_a_statement_put_out_at_a_time(text: str, source: str, issuer: str | None) -> None:
    """A time after the document ("a statement Thursday night") is not part of it, so its issuer,
    or the relative pronoun standing for the issuer, is the source."""
    (a,) = _atts(text)
    assert _t(text, a.source) == source
    if issuer is not None:
        assert a.source_type == "named_organization" and a.named


def test_a_relative_before_a_circumstance_is_the_subject() -> None:
    """'which in the wake of the defeat in 2012 urged': not the defeat, the book urged."""
    text = "The book, which in the wake of the defeat in 2012 urged the party to change, sold well."
    (a,) = _atts(text)
    assert _t(text, a.source) == "which" and a.source_type == "document"


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Sanders defended his vote. But late Saturday he announced a change.", "he"),
        ("Clinton spoke first. At the town hall this week she said it was a mistake.", "she"),
        ("Joe Santilli hosts a show. He wears a tie in videos he says are his best work.", "he"),
    ],
)
def test_a_subject_pronoun_after_a_time_or_a_noun_is_the_source(text: str, pronoun: str) -> None:
    """'late Saturday he announced', 'videos he calls': the pronoun is the subject, resolved to
    the person it stands for, not a phrase that runs into it."""
    a = _atts(text)[-1]
    assert _t(text, a.source) == pronoun
    assert a.source_type == "named_person" and a.named


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Smith and I said it was over.", "Smith and I"),
        ("Many of you have noted the difference between them.", "Many of you"),
        ("Veterans of World War I said the memorial was overdue.", "Veterans of World War I"),
    ],
)
def test_a_pronoun_inside_a_coordination_a_partitive_or_a_numeral_keeps_its_phrase(text: str, source: str) -> None:
    assert _sources(text)[-1] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("RNC spokesman Sean Spicer on Thursday evening said the party was united.", "RNC spokesman Sean Spicer"),
        ("Priebus later Thursday told reporters he was confident.", "Priebus"),
        ("A Bloomberg poll in June showed the race tightening.", "A Bloomberg poll"),
        # kept: the participle's time, a name, a time that modifies a noun
        ("New polls released Sunday showed the race tightening.", "New polls released Sunday"),
        ("Voters going to the polls on Super Tuesday said the economy mattered most.",
         "Voters going to the polls on Super Tuesday"),
        ("The hosts of USA TODAY reported the story first.", "The hosts of USA TODAY"),
    ],
)
def test_a_time_after_the_subject_is_not_part_of_the_source(text: str, source: str) -> None:
    assert _sources(text) == [source]


def test_may_and_march_in_lower_case_are_verbs_not_times() -> None:
    """Only a capitalised month or weekday is a time: "officials may" keeps its modal reading."""
    from credscore.signals._attribution_clauses import _time_word

    assert _time_word("Thursday", "thursday") and _time_word("night", "night")
    assert not _time_word("may", "may") and not _time_word("march", "march")
    assert not _time_word("Today", "today") and not _time_word("MONDAY", "monday")
