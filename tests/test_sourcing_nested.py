"""Attributions inside attributions: a speaker described by a relative clause who reports what
someone else said ("A resident who asked not to be named said police told them to leave"), a
speaker inserted between a subject and its own cue ("The minister, Smith said, announced his
resignation"), "be there" inside a relative clause, and a body named in capitals before a plain
plural verb ("the BBC say officers ...").  Each sentence was written for these tests from a
construction grid (outer speaker x modifier x reported speaker x reported verb), not from a
corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, outer, outer_source, inner, inner_source", [
    ("A resident who asked not to be named said police told them to leave.", "said", "A resident", "told", "police"),
    ("A spokesman who declined to be named said the company denied the claims.", "said", "A spokesman", "denied", "the company"),
    ("Officials who spoke on condition of anonymity said the minister announced his resignation.",
     "said", "Officials", "announced", "the minister"),
    ("Two people who attended the meeting said the chairman warned staff.", "said", "Two people", "warned", "the chairman"),
    ("A bystander who filmed the scene said the officer never warned him.", "said", "A bystander", "warned", "the officer"),
    ("A woman who lives nearby said her son told her about it.", "said", "A woman", "told", "her son"),
    ("Residents who fled said Smith warned them.", "said", "Residents", "warned", "Smith"),
    ("Analysts who follow the firm say Apple reported strong sales.", "say", "Analysts", "reported", "Apple"),
    ("Officials who said the minister announced it were wrong.", "said", "who", "announced", "the minister"),
    ("Officials interviewed by the BBC say officers announced his resignation.",
     "say", "Officials interviewed by the BBC", "announced", "officers"),
    ("Officials interviewed by the BBC say police announced his resignation.",
     "say", "Officials interviewed by the BBC", "announced", "police"),
])
def test_reported_speaker_after_a_described_speaker(text, outer, outer_source, inner, inner_source):
    source, content = source_and_content(text, outer)
    assert source == outer_source
    # what the outer speaker said runs to the end of the sentence, the inner cue inside it
    assert content is not None and content.endswith(text.split(inner, 1)[1].rstrip("."))
    assert source_and_content(text, inner)[0] == inner_source


@pytest.mark.parametrize("text, cue, source", [
    # guards: a verb whose object ends on a verb is no reported speaker ("vaccines work", "Smith lied")
    ("People who believe vaccines work said they would get the shot.", "said", "People"),
    ("Those who say the plan works argue it saves money.", "argue", "Those"),
    ("Those who believe Smith lied say he should resign.", "say", "Those"),
    ("Voters who think the economy is strong said they back him.", "said", "Voters"),
    # guard: "told" takes a hearer, and the verb after it is the relative's antecedent's
    ("Officials who said the minister resigned told reporters nothing.", "told", "Officials"),
])
def test_a_relative_with_a_clause_keeps_its_antecedent(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("People who were there said the crowd panicked.", "said", "People", "unnamed_group"),
    ("People who were there told me the crowd panicked.", "told", "People", "unnamed_group"),
    ("Everyone who was there said he shouted.", "said", "Everyone", "unnamed_group"),
    ("Those who weren't there said nothing happened.", "said", "Those", "unnamed_group"),
    ("Reporters who were here asked him twice.", "asked", "Reporters", "unnamed_group"),
])
def test_be_there_ends_a_relative_clause(text, cue, source, source_type):
    assert typed_source(text, cue) == (source, source_type, False)


def test_there_before_a_passive_stays_agentless():
    text = "There were said to be 40 people."
    assert typed_source(text, "said") == (None, "agentless", False)


@pytest.mark.parametrize("text, outer_source, first_half, inner, inner_source", [
    ("The minister, Smith said, announced his resignation.", "Smith", "The minister", "announced", "The minister"),
    ("Jones, Smith said, denied the claims.", "Smith", "Jones", "denied", "Jones"),
    ("The company, Acme said, had denied the claims.", "Acme", "The company", "denied", "The company"),
    ("The minister, he said, announced his resignation.", "he", "The minister", "announced", "The minister"),
    ("Clinton, Sanders said, told voters to wait.", "Sanders", "Clinton", "told", "Clinton"),
    ("Those officials, he added, warned staff.", "he", "Those officials", "warned", "Those officials"),
])
def test_speaker_inserted_before_a_reported_cue(text, outer_source, first_half, inner, inner_source):
    outer = "added" if " added," in text else "said"
    source, content = source_and_content(text, outer)
    assert (source, content) == (outer_source, first_half)  # not "The minister, Smith said"
    assert source_and_content(text, inner)[0] == inner_source


def test_inserted_speaker_content_continues_after_the_insertion():
    text = "The minister, he said, announced his resignation."
    said = one(text, "said")
    assert [span_text(text, c) for c in said.continued] == ["announced his resignation"]


@pytest.mark.parametrize("text, cue, source", [
    # guards: the relative's own cue before a comma still ends in its antecedent's clause
    ("One neighbor, who asked that her name not be used, said she heard screaming.", "said", "One neighbor"),
    ("The plan, officials said, was drafted in May.", "said", "officials"),
])
def test_neighbouring_forms_keep_their_sources(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("The Council say residents complained.", "say", "The Council"),
    ("Visitors to the Harwich open day said the boats impressed them.", "said", "Visitors to the Harwich open day"),
])
def test_a_name_before_a_bare_cue(text, cue, source):
    assert source_and_content(text, cue)[0] == source
    assert "open" not in cues(text)
