"""Round 53: the bare people of a demonym ("Americans say") and sentence-initial plurals in -ees and
-ants ("Retirees say") are counted, not named; an agent of a named body is anonymous ("an FBI
agent"); a hearer told something after a short circumstance still heard it ("was told just
before the vote that"); a particle before an occasion's object keeps its holder the speaker
("started out their debate saying"); an opening clause may end without a comma at a new
subject pronoun ("When he returned he began by saying"); people finding a thing, helping decide
and a short -ly adverb before a participle are no statements."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, source, source_type", [
    ("Americans say the vote was rigged.", "Americans", "unnamed_group"),
    ("Saudis insist they are fighting terror.", "Saudis", "unnamed_group"),
    ("Europeans believe the plan will fail.", "Europeans", "unnamed_group"),
    # with an article or a name before it, the plural stays a named body
    ("The Saudis have warned they could sell off assets.", "The Saudis", "named_organization"),
    ("House Democrats said they would refuse to leave.", "House Democrats", "named_organization"),
])
def test_a_bare_demonym_plural_is_people_counted(text, source, source_type):
    a = one(text, next(c for c in cues(text) if c is not None))
    assert span_text(text, a.source) == source
    assert a.source_type == source_type and a.named == (source_type == "named_organization")


@pytest.mark.parametrize("text", [
    "Immigrants say the vote was rigged.",
    "Retirees say the vote was rigged.",
    "Participants said the meeting ran long.",
])
def test_a_sentence_initial_plural_of_people_is_no_name(text):
    a = one(text, "say" if " say " in text else "said")
    assert a.source_type == "unnamed_group" and not a.named


@pytest.mark.parametrize("text, source", [
    ("Rees said the vote was rigged.", "Rees"),
    ("Sanders says the vote was rigged.", "Sanders"),
])
def test_short_surnames_with_those_endings_stay_names(text, source):
    a = one(text, "said" if " said " in text else "says")
    assert span_text(text, a.source) == source and a.source_type == "named_person"


@pytest.mark.parametrize("text, source_type", [
    ("An FBI agent said the vote was rigged.", "unnamed_individual"),
    ("Border Patrol agents said the tunnel was new.", "unnamed_group"),
])
def test_an_agent_of_a_named_body_is_anonymous(text, source_type):
    a = one(text, "said")
    assert a.source_type == source_type and not a.named


def test_a_named_agent_is_named():
    a = one("Agent Smith said the vote was rigged.", "said")
    assert a.source_type == "named_person" and a.named


@pytest.mark.parametrize("text", [
    "Sanders had been told just before the vote that he would lose.",
    "Sanders was told on Tuesday that he would lose.",
    "He was told repeatedly that he would lose.",
])
def test_a_hearer_told_after_a_short_circumstance_heard_it(text):
    a = one(text, "told")
    assert a.source is None and a.source_type == "agentless"
    assert span_text(text, a.content) == "he would lose"


def test_a_relative_after_a_circumstance_is_not_what_was_told():
    assert cues("He is already being briefed on the topics that will come up in the debate.") == []


@pytest.mark.parametrize("text", [
    'Sanders started out their ninth debate saying "of course" Clinton has the qualifications.',
    "Sanders started out their debate saying that Clinton has the qualifications.",
])
def test_a_particle_before_an_occasion_keeps_its_holder_the_speaker(text):
    assert source_and_content(text, "saying")[0] == "Sanders"


@pytest.mark.parametrize("text, source", [
    ("When he returned he began by saying that it was not necessary.", "he"),
    ("When Smith arrived they started shouting, saying it was over.", "they"),
])
def test_an_opening_clause_may_end_at_a_new_subject_without_a_comma(text, source):
    assert source_and_content(text, "saying")[0] == source


def test_a_pronoun_after_a_cue_opens_what_was_said_not_the_main_clause():
    text = "When he said she lied he left."
    assert source_and_content(text, "said") == ("he", "she lied he left")


@pytest.mark.parametrize("text", [
    "She hoped the private sector and law enforcement could come together and find a solution.",
    "The people who get a degree and then cannot find a job should sue.",
])
def test_people_finding_a_thing_is_an_act(text):
    assert "find" not in cues(text)


@pytest.mark.parametrize("text, source", [
    ("Investigators searched the house and found that the gun was missing.", "Investigators"),
    ("The study, which found no link, was retracted.", "which"),
])
def test_findings_of_people_with_a_clause_and_of_records_still_count(text, source):
    assert source_and_content(text, "found")[0] == source


@pytest.mark.parametrize("text, cue", [
    ("Whichever view seems more credible will help determine who succeeds Mr. Obama.", "determine"),
    ("The trip gives Biden the chance to help defend Pennsylvania for Democrats.", "defend"),
])
def test_helping_to_do_something_is_no_statement(text, cue):
    assert cue not in cues(text)


@pytest.mark.parametrize("text", [
    "They won, solidifying their leads in the hotly contested race.",
    "It was a truly contested race.",
])
def test_a_short_ly_adverb_before_a_participle_makes_it_a_modifier(text):
    assert not {"contested", "disclosed"} & set(cues(text))


@pytest.mark.parametrize("text, cue, source", [
    ("Dr. Thomas Williams will be interviewed about Pope Francis calling Christmas a sham.", "calling", "Pope Francis"),
    ("Voters interviewed by the Post said no.", "said", "Voters interviewed by the Post"),
])
def test_a_participle_opening_a_phrase_leaves_its_object_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, source", [
    ("The video replays his remarks, followed by a clip of McCain saying he will support the nominee.", "McCain"),
    ("Footage of the senator saying he would resign went viral.", "the senator"),
])
def test_the_person_a_record_shows_is_the_speaker(text, source):
    assert source_and_content(text, "saying")[0] == source
