"""The agent of a passive before what was said: "It was announced by the ministry that ..." (the
clause is what was announced, not "It") and "Reporters were told by Smith the ward was closed"
(the agent ends where the statement's subject begins).  Written for these tests from a
construction grid (agent x passive form), not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import source_and_content

AGENTS = ["Smith", "the ministry", "a spokeswoman", "officials", "Acme Corp.", "the head of the council"]


@pytest.mark.parametrize("agent", AGENTS)
@pytest.mark.parametrize("verb", ["announced", "reported", "claimed", "confirmed"])
@pytest.mark.parametrize("it_was", ["It was", "It has been", "It's been"])
def test_the_clause_after_an_impersonal_passive_and_its_agent_is_what_was_said(agent, verb, it_was):
    text = f"{it_was} {verb} by {agent} that the ward was closed."
    assert source_and_content(text, verb) == (agent, "the ward was closed")


@pytest.mark.parametrize("agent", AGENTS)
@pytest.mark.parametrize("between", ["", " that", " this week that", " on Tuesday that"])
def test_the_agent_of_a_hearer_passive_ends_before_the_statement(agent, between):
    text = f"Reporters were told by {agent}{between} the ward was closed."
    assert source_and_content(text, "told") == (agent, "the ward was closed")


@pytest.mark.parametrize("text, source, content", [
    # guards: the subject of a plain passive is what was said, and an agent keeps its own "the"
    ("The claim was denied by the head of the council.", "the head of the council", "The claim"),
    ("The plan was criticised by the leader of the opposition.", "the leader of the opposition", "The plan"),
])
def test_the_subject_of_a_plain_passive_stays_what_was_said(text, source, content):
    cue = text.split()[3]
    assert source_and_content(text, cue) == (source, content)
