"""A source in an "as" clause ("as Smith put it in her memoir", "as Smith put it, “...”") and a
quotation after "in the words of X, a lawyer,".  Written for these tests from a construction grid
(speaker x "as" form x description), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content

SPEAKERS = ["Smith", "the report", "officials", "one resident", "Acme Corp."]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("circumstance", ["on Tuesday", "in a letter", "in her memoir", "last week"])
def test_put_it_with_a_circumstance_after_a_quotation(speaker, circumstance):
    text = f"“The ward is closed,” as {speaker} put it {circumstance}."
    assert source_and_content(text, "put it") == (speaker, "The ward is closed,")


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_put_it_with_a_circumstance_before_the_statement(speaker):
    text = f"As {speaker} put it in a statement, the ward was closed."
    assert source_and_content(text, "put it") == (speaker, "the ward was closed")


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("opening", ["At the time, as", "But as", "The ward, as"])
def test_the_quotation_after_an_as_clause_is_what_was_put(speaker, opening):
    text = f"{opening} {speaker} put it, “the ward is closed.”"
    assert source_and_content(text, "put it") == (speaker, "the ward is closed.")


@pytest.mark.parametrize("speaker, source", [
    ("Smith, a lawyer for the family,", "Smith"),
    ("Dr Jane Roe, who runs the clinic,", "Dr Jane Roe"),
    ("Acme Corp., the maker of the beds,", "Acme Corp."),
])
@pytest.mark.parametrize("after", [".", " in a letter."])
def test_a_described_speaker_of_put_it_leaves_the_as_out_of_the_statement(speaker, source, after):
    text = f"“The ward is closed,” as {speaker} put it{after}"
    assert source_and_content(text, "put it") == (source, "The ward is closed,")


@pytest.mark.parametrize("speaker, source", [
    ("Smith", "Smith"),
    ("Smith, a lawyer for the family,", "Smith"),
    ("Dr Jane Roe, who runs the clinic,", "Dr Jane Roe"),
])
def test_in_the_words_of_a_described_speaker_credits_the_quotation(speaker, source):
    text = f"The ward was, in the words of {speaker} “closed for good.”".replace("of Smith “", "of Smith, “")
    assert source_and_content(text, "in the words of") == (source, "closed for good.")


@pytest.mark.parametrize("text, content", [
    # guards: a statement before the "as" with no quotation after it stays the content
    ("The ward was closed, as Smith put it.", "The ward was closed"),
    ("The ward was closed, as Smith said on Tuesday.", "The ward was closed"),
    ("“The ward is closed,” as Smith said, “and will not reopen.”", "The ward is closed,"),
])
def test_the_statement_before_the_as_stays_the_content(text, content):
    cue = "put it" if "put it" in text else "said"
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text", ["He put it in the drawer.", "She put it on the table, and left.", "They put it on hold."])
def test_put_it_as_an_act_is_no_attribution(text):
    assert "put it" not in cues(text)
