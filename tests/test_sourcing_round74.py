"""Round 74: sentences from four new phrasebooks (sport transfers and team news; hospitals and
health systems; immigration, asylum and borders; defence and procurement) and leads left by
round 73: a pronoun whose antecedent opens the sentence before with an aside or a relative
clause after it."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, antecedent, source_type", [
    ("The report, published on Tuesday, was gloomy. It warned of rising defaults.", "warned", "The report", "document"),
    ("The audit, which ran to 300 pages, was leaked. It said the tanks were late.", "said", "The audit", "document"),
    ("Two paramedics who attended the scene gave evidence. They said the man was conscious.", "said", "Two paramedics", "unnamed_group"),
    ("Officers who searched the flat found a knife. They said the door was open.", "said", "Officers", "unnamed_group"),
    ("The central bank's financial stability report was gloomy. It warned of rising defaults.", "warned",
     "The central bank's financial stability report", "document"),
])
def test_a_pronoun_finds_a_subject_with_an_aside_or_a_relative_clause(text, cue, antecedent, source_type):
    a = one(text, cue)
    assert (span_text(text, a.resolved_from), a.source_type) == (antecedent, source_type)


@pytest.mark.parametrize("text, cue", [
    # a list after the first comma is no aside: the antecedent is not "The police" alone
    ("The police, the army and the fire service arrived. They said the road was shut.", "said"),
    # no verb of the subject's after the relative clause
    ("Paramedics who attended the scene. They said the man was conscious.", "said"),
])
def test_no_antecedent_without_the_subjects_verb(text, cue):
    assert typed_source(text, cue)[1] == "unresolved"


@pytest.mark.parametrize("text, cue, source", [
    ("Critics of the war claimed that the casualty figures were false.", "claimed", "Critics of the war"),
    ("Survivors of the crash claimed the pilot had been drinking.", "claimed", "Survivors of the crash"),
    ("Militants who carried out the attack claimed that it was revenge.", "claimed", "Militants"),
])
def test_an_event_inside_the_subjects_post_modifier_does_not_make_a_claim_an_act(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "The flood claimed their home and most of the harvest.",
    "The explosion claimed the lives of four miners.",
    "The bushfire claimed two farmhouses overnight.",
])
def test_an_event_that_claims_is_no_statement(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source", [
    ("The report, Broken Promises, found that waiting lists had doubled.", "found", "Broken Promises"),
    ("His memoir, A Promised Land, says he doubted the plan.", "says", "A Promised Land"),
    ('The book, "Dark Money," argues that donors shaped the party.', "argues", "Dark Money"),
    ("The film, “Gone with the Wind,” shows a South that never was.", "shows", "Gone with the Wind"),
])
def test_a_title_set_off_after_its_record_is_a_named_document(text, cue, source):
    assert typed_source(text, cue) == (source, "document", True)


@pytest.mark.parametrize("text, cue, source", [
    ("One of the authors of that 2013 report, Ari Fleischer, said the party would split.", "said", "Ari Fleischer"),
    ("A study by a Russian sociologist, Mikhail Dmitriyev, concluded that the state had failed.", "concluded", "Mikhail Dmitriyev"),
    # a quotation after a record that does not open the sentence is speech with an inverted speaker
    ("He told the paper, “We Won,” said Smith.", "said", "Smith"),
])
def test_a_name_after_a_phrase_that_only_ends_in_a_record_is_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The Dodgers said the pitcher would miss a month.", "said", "The Dodgers", "named_organization"),
    ("“There is no timeline on his return,” the Celtics said.", "said", "the Celtics", "named_organization"),
    # a family the article names in the singular or without "the" stays people
    ("Michelle Obama spoke first. The Obamas said they were delighted.", "said", "The Obamas", "named_person"),
    ("Sanders spoke first. Later the Sanders said they were tired.", "said", "the Sanders", "named_person"),
])
def test_the_plural_of_a_name_is_a_team_unless_the_article_names_the_family(text, cue, source, source_type):
    assert typed_source(text, cue) == (source, source_type, True)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Meridian Dynamics said the missile had passed its final trial.", "said", "Meridian Dynamics", "named_organization"),
    ("World Rugby said in a statement that it would review the laws.", "said", "World Rugby", "named_organization"),
    ("Major League Baseball told teams that the pitch clock would change.", "told", "Major League Baseball", "named_organization"),
    ("“Every delay costs us pilots,” Air Marshal Rana Qureshi said.", "said", "Air Marshal Rana Qureshi", "named_person"),
    ("Air Commodore Helen Prideaux told the hearing that the risks were known.", "told", "Air Commodore Helen Prideaux", "named_person"),
])
def test_names_of_firms_sports_bodies_and_air_force_officers(text, cue, source, source_type):
    assert typed_source(text, cue) == (source, source_type, True)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The Greek coastguard has repeatedly denied pushing boats back.", "denied", "The Greek coastguard", "named_organization"),
    ("The Rams' offensive coordinator stressed that the rookie would not start.", "stressed",
     "The Rams' offensive coordinator", "unnamed_individual"),
    ("According to the annual arms transfers yearbook, the country is third.", "According to",
     "the annual arms transfers yearbook", "document"),
])
def test_new_source_nouns(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_an_inverted_speaker_before_a_where_clause():
    text = "“It was like a war zone,” said one resident of the street where the hotel stands."
    assert typed_source(text, "said") == ("one resident of the street", "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, antecedent", [
    ("The inspectors' report was published on Tuesday. It found that detainees had waited.", "found", "The inspectors' report"),
    ("The Defence Committee's report was published on Wednesday. It warned that the army was weak.", "warned",
     "The Defence Committee's report"),
])
def test_a_pronoun_finds_a_record_with_a_plural_or_named_owner(text, cue, antecedent):
    a = one(text, cue)
    assert (span_text(text, a.resolved_from), a.source_type) == (antecedent, "document")


@pytest.mark.parametrize("text", [
    "Reservists can claim travel expenses for weekend drills.",
    "The hosts posted 312 for eight from their 50 overs.",
    "The golf club admitted women as full members for the first time in 2019.",
    "The Dodgers claimed the reliever off waivers from the Giants on Tuesday.",
    "The 19-year-old announced himself with a hat-trick on his first start.",
    "The two trusts agreed a merger in principle last year.",
    "The law centre charged no fee for the first appeal hearing.",
    "A detention officer reported sick on the night of the escape.",
    "He reported to the immigration centre in Croydon every fortnight.",
])
def test_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("He admitted women were paid less than men.", "admitted"),
    ("They agreed the deal was fair to both sides.", "agreed"),
    ("She claimed police officers had lied to the court.", "claimed"),
    ("The ministry charged that the fee had been hidden.", "charged"),
])
def test_the_same_verbs_with_a_clause_stay_statements(text, cue):
    assert one(text, cue).content is not None


@pytest.mark.parametrize("text, cue, source", [
    ("Paris has insisted that it is doing everything it can to stop the boats.", "insisted", "Paris"),
    ("Kigali said it was ready to receive the first flight.", "said", "Kigali"),
])
def test_capitals_stand_for_their_governments(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("“We are ready,” Paris, who used to work on Capitol Hill, said.", "said", "Paris"),
    ("“It is a good question,” said Guardian, who declined to say who he backed.", "said", "Guardian"),
])
def test_who_after_a_name_makes_it_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The Cowboys, as this paper revealed on Saturday, have held talks with two candidates.", "revealed", "this paper", "self"),
    ("The Cowboys, as Reuters revealed on Saturday, have held talks.", "revealed", "Reuters", "named_organization"),
])
def test_an_as_clause_after_an_opening_name_has_its_own_source(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_what_one_article_names_does_not_make_a_family_in_the_next():
    # the words an article names without "the" are kept per document
    assert typed_source("Michelle Obama spoke first. The Obamas said they were delighted.", "said")[1] == "named_person"
    assert typed_source("The Obamas said they were delighted.", "said")[1] == "named_organization"
