"""Two described people who speak together ("Smith, a lawyer, and Jones, a teacher, said"), and a
led count after "according to".  Written for these tests from construction grids (pairs of
speakers x descriptions), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, source", [
    ("Smith, a lawyer, and Jones, a teacher, said the ward was closed.", "Smith, a lawyer, and Jones"),
    ("Smith, a lawyer, and Jones said the ward was closed.", "Smith, a lawyer, and Jones"),
    ("Smith, a lawyer, and Jones, who teaches, said the ward was closed.", "Smith, a lawyer, and Jones"),
    ("Anna Berg, a nurse, and Carl Diaz, a doctor at the clinic, said the ward was closed.", "Anna Berg, a nurse, and Carl Diaz"),
    ("Smith, a lawyer, and Jones, a teacher, told reporters that the ward was closed.", "Smith, a lawyer, and Jones"),
])
def test_two_described_people_speak_together(text, source):
    cue = "told" if "told" in text else "said"
    assert source_and_content(text, cue) == (source, "the ward was closed")
    assert typed_source(text, cue)[1:] == ("named_person", True)


def test_they_after_a_described_pair_is_the_pair():
    text = "Smith, a lawyer, and Jones, a teacher, said the ward was closed. They added that staff had moved."
    added = next(a for a in attributions(text) if span_text(text, a.cue) == "added")
    assert span_text(text, added.resolved_from) == "Smith, a lawyer, and Jones"


@pytest.mark.parametrize("text, source", [
    # guards: a second description of the same person is no second speaker
    ("Smith, a lawyer, and a former judge, said the ward was closed.", "Smith"),
    ("Smith, a lawyer and a former judge, said the ward was closed.", "Smith"),
    ("Smith, Jones and Brown said the ward was closed.", "Smith, Jones and Brown"),
])
def test_one_described_person_or_a_list_stays_as_it_was(text, source):
    assert source_and_content(text, "said")[0] == source


@pytest.mark.parametrize("text, source", [
    ("According to at least two officials, the ward was closed.", "at least two officials"),
    ("The ward was closed, according to more than a dozen residents.", "more than a dozen residents"),
    ("According to as many as 40 doctors, the ward was closed.", "as many as 40 doctors"),
])
def test_according_to_a_led_count(text, source):
    cue = "According to" if text.startswith("According") else "according to"
    assert source_and_content(text, cue)[0] == source
