"""The people told before a reported clause ("He told reporters police had arrested two men")
and a news website named for being online ("Central Asia Online reported").  Written for these
tests from construction grids, not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import source_and_content, typed_source


@pytest.mark.parametrize("text, content", [
    ("He told reporters police had arrested two men.", "police had arrested two men"),
    ("He told reporters Jones had resigned.", "Jones had resigned"),
    ("He told reporters officials were investigating.", "officials were investigating"),
    ("He told lawmakers Democrats would block the bill.", "Democrats would block the bill"),
    # guards: a determiner or a pronoun opened the clause already; "police officers" and "women
    # voters" are one phrase
    ("He told reporters the minister announced his resignation.", "the minister announced his resignation"),
    ("He told reporters he was tired.", "he was tired"),
    ("He told police officers had beaten him.", "police officers had beaten him"),
    ("She told women voters were angry.", "women voters were angry"),
])
def test_the_hearers_are_no_part_of_what_was_told(text, content):
    assert source_and_content(text, "told")[1] == content


@pytest.mark.parametrize("text, content", [
    ("He told me Jones resigned.", "Jones resigned"),
    ("He told them police had denied the claims.", "police had denied the claims"),
    ("He told me her lawyer said nothing.", "her lawyer said nothing"),
    ("He told reporters police warned staff.", "police warned staff"),
    # guards: "her" may open the hearer; people described after the hearer are still told
    ("He told her lawyer the plan failed.", "the plan failed"),
    ("He told reporters travelling with him the plan failed.", "the plan failed"),
])
def test_an_object_pronoun_or_a_plural_is_the_whole_hearer(text, content):
    assert source_and_content(text, "told")[1] == content


def test_the_reported_speakers_verb_takes_nothing_before_the_hearer():
    # "warned staff." ends the sentence, but "He told reporters" is not what police warned
    assert source_and_content("He told reporters police warned staff.", "warned") == ("police", None)


@pytest.mark.parametrize("text, cue, source", [
    ("He told reporters Smith said nothing.", "said", "Smith"),
    ("He told reporters officials said nothing.", "said", "officials"),
    ("He told me her lawyer said nothing.", "said", "her lawyer"),
    ("He told them Jones denied the claims.", "denied", "Jones"),
])
def test_the_hearers_are_no_part_of_the_next_speaker(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue", [
    ("Central Asia Online reported that the ward was closed.", "reported"),
    ("According to Central Asia Online, the ward was closed.", "According to"),
])
def test_a_website_named_online_is_an_organisation(text, cue):
    assert typed_source(text, cue) == ("Central Asia Online", "named_organization", True)


def test_the_outlet_told_stays_the_recipient():
    text = "A top intelligence official exclusively told Central Asia Online that the IMU was active."
    assert typed_source(text, "told") == ("A top intelligence official", "unnamed_individual", False)
