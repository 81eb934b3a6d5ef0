"""Titles of programmes and books around a reporting verb: the show told ('told ABC’s “Good
Morning America” that'), and a book's title set off after it ('wrote in his memoir, “A Promised
Land,” that').  The title is neither what was said nor part of it.  Written for these tests from a
construction grid (speaker x title x order), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import source_and_content

SHOWS = ["“60 Minutes”", "ABC’s “Good Morning America”", "CBS's \"Face the Nation\"", "“Fox & Friends”", "“20/20”"]


@pytest.mark.parametrize("show", SHOWS)
@pytest.mark.parametrize("subject", ["Smith", "The senator", "He"])
@pytest.mark.parametrize("after", [" that", " on Sunday that", " on Monday"])
def test_the_show_told_is_no_part_of_what_was_said(show, subject, after):
    text = f"{subject} told {show}{after} the ward was closed."
    assert source_and_content(text, "told") == (subject, "the ward was closed")


@pytest.mark.parametrize("show", SHOWS)
def test_a_quotation_before_the_speaker_is_what_the_show_was_told(show):
    text = f"“The ward is closed,” Smith told {show} on Sunday."
    assert source_and_content(text, "told") == ("Smith", "The ward is closed,")


@pytest.mark.parametrize("text", [
    '"The ward is closed," Smith told "Fox and Friends," reminding the hosts that it had been full.',
    '"The ward is closed," Smith told ABC\'s "Good Morning America." "It will not reopen."',
])
def test_a_mark_inside_the_title_ends_the_clause(text):
    assert source_and_content(text, "told") == ("Smith", "The ward is closed,")


def test_a_quotation_after_the_show_and_a_colon_is_what_was_said():
    text = "Smith told NBC’s “Meet the Press”: “The ward is closed.”"
    assert source_and_content(text, "told") == ("Smith", "The ward is closed.")


@pytest.mark.parametrize("work", ["his memoir, “A Promised Land,”", "her book, “Rage,”", "the documentary, \"The Ward,\""])
@pytest.mark.parametrize("that", [" that", ""])
def test_a_title_set_off_after_its_work_is_no_part_of_what_was_said(work, that):
    text = f"Smith wrote in {work}{that} the ward was closed."
    assert source_and_content(text, "wrote") == ("Smith", "the ward was closed")


@pytest.mark.parametrize("text, content", [
    # guards: a hearer who is not a quoted title, and a quotation that is not one
    ("Smith told reporters that the ward was closed.", "the ward was closed"),
    ("Smith told Jones “the ward is closed and nobody will reopen it.”", "the ward is closed and nobody will reopen it."),
    ("Smith told reporters “the ward is closed.”", "the ward is closed."),
])
def test_other_hearers_and_quotations_read_as_before(text, content):
    assert source_and_content(text, text.split()[1])[1] == content
