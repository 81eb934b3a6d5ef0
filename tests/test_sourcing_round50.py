"""Round 50: an issuing verb after a subject with a set-off insertion still hands its record's
words to that subject, an adverb-like word after an article is an adjective ("his earlier
comments"), "speak out" against or about something is speech, a demand made with the noun "call"
is one, a source that stands for no one in particular is no antecedent, and a preposition's
object ends where a clause with its own subject is joined on."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, source", [
    ("Mr. Trump, who said the judge was biased, issued a statement saying that he was fine.", "Mr. Trump"),
    ('Mr. Trump, who said the judge was biased, issued a statement Tuesday saying, "I feel fine."', "Mr. Trump"),
    ("The company, based in Ohio, released a statement saying it would appeal.", "The company"),
    ("Smith, 45, put out a video claiming the vote was rigged.", "Smith"),
    ("Senate Majority Leader Mitch McConnell (R-Ky.) issued a statement saying that the Senate should wait.",
     "Senate Majority Leader Mitch McConnell (R-Ky.)"),
])
def test_the_subject_of_an_issuing_verb_after_an_insertion_speaks_through_the_record(text, source):
    assert span_text(text, one(text, "saying" if "saying" in text else "claiming").source) == source


def test_a_quotation_before_the_insertion_keeps_it_from_being_read_as_a_subject():
    text = '“We will appeal,” the company, based in Ohio, released a statement saying it would.'
    assert "The company" not in [span_text(text, a.source) for a in attributions(text)]


@pytest.mark.parametrize("text", [
    "The campaign put out a statement contradicting his earlier comments.",
    "They were contradicting Trump's earlier comments.",
    "The later reports were wrong.",
])
def test_an_adverb_like_word_after_an_article_or_owner_is_an_adjective(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Smith earlier said that he would run.", "said", "Smith"),
    ("The mayor, who earlier notes that the plan failed, spoke.", "notes", "who"),
])
def test_an_adverb_after_a_subject_still_precedes_a_verb(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source, content", [
    ("Libby Schaaf, the mayor of Oakland, also spoke out against Trump.", "spoke out against", "Libby Schaaf", "Trump"),
    ("In 2011 she spoke out for shotgun marriages.", "spoke out for", "she", "shotgun marriages"),
    ("Neither man has spoken out about the case.", "spoken out about", "Neither man", "the case"),
    ("Two senators spoke out on the bill.", "spoke out on", "Two senators", "the bill"),
])
def test_speaking_out_against_or_about_something_is_speech(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_speaking_out_alone_is_not_read():
    assert cues("A few others have begun to speak out, however.") == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Cruz made an unprompted call for an end to sugar subsidies.", "made an unprompted call", "Cruz",
     "an end to sugar subsidies"),
    ("Felicia Sanders made an impassioned call for love and unity.", "made an impassioned call", "Felicia Sanders",
     "love and unity"),
    ("Washington is using the attacks to renew its calls for Silicon Valley to act.", "renew its calls", "Washington",
     "Silicon Valley to act"),
    ("The party renewed its Republican calls for a special prosecutor.", "renewed its Republican calls", "The party",
     "a special prosecutor"),
    ("Christie made a call to arms against Clinton.", "made a call to arms", "Christie", None),
])
def test_a_demand_made_with_the_noun_call_is_speech(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Clark said Brooks had begun making calls to committee members.",
    "Trump made a call to the governor on Monday.",
])
def test_a_telephone_call_is_not_a_demand(text):
    assert not any(c is not None and c.startswith(("making", "made")) for c in cues(text))


def test_a_capitalised_modifier_without_a_determiner_names_the_callers():
    text = "The investigation has renewed Republican calls for a special prosecutor."
    assert "renewed Republican calls" not in cues(text)


@pytest.mark.parametrize("text", [
    "Neither man has spoken out about the case. One of his sons is a Marine, a fact he frequently mentions.",
    "No official has spoken out about the case. He mentions it often.",
])
def test_a_source_that_stands_for_no_one_is_no_antecedent(text):
    last = attributions(text)[-1]
    assert last.source_type == "unresolved" and last.resolved_from is None


def test_a_named_source_before_still_resolves_the_pronoun():
    text = "Mike Pence spoke out about the case. One of his sons is a Marine, a fact he frequently mentions."
    last = attributions(text)[-1]
    assert span_text(text, last.resolved_from) == "Mike Pence"


@pytest.mark.parametrize("text, cue, content", [
    ("Recently, he talked about the bathroom law, and he was quick to make his pitch.", "talked about",
     "the bathroom law"),
    ("He spoke out against the law, but they said nothing.", "spoke out against", "the law"),
    ("Smith called for calm, and he left.", "called", "calm"),
])
def test_a_prepositions_object_ends_where_a_clause_with_its_own_subject_joins(text, cue, content):
    assert span_text(text, one(text, cue).content) == content



@pytest.mark.parametrize("text, cue, source", [
    ("Bernie Sanders is releasing a new ad that urges voters to send a message.", "urges", "Bernie Sanders"),
    ("The Washington Post recently ran a piece that noted his plan would help the rich.", "noted", "The Washington Post"),
    ("The campaign releases a statement saying it won.", "saying", "The campaign"),
])
def test_the_issuer_speaks_through_what_it_is_issuing_or_runs(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_piece_is_a_document():
    text = "The piece says the plan failed."
    assert one(text, "says").source_type == "document"


@pytest.mark.parametrize("text, cue, source, content", [
    ("Years after Bill Clinton claimed that the era was over, Obama won the nomination by promising revenge.",
     "promising", "Obama", "revenge"),
    ("Years after Bill Clinton claimed that the era was over, Obama won the nomination by promising revenge.",
     "claimed", "Bill Clinton", "the era was over"),
    ("Just two days after Smith said the plan was dead, the council passed it.", "said", "Smith", "the plan was dead"),
])
def test_a_span_of_time_may_lead_an_opening_subordinate_clause(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", ["When Smith asked, Jones said no.", "But when Smith asked, Jones said no."])
def test_a_cue_that_closes_an_opening_clause_has_no_content(text):
    assert one(text, "asked").content is None
    assert span_text(text, one(text, "said").content) == "no"


@pytest.mark.parametrize("text, content", [
    ('When asked why, Sembler responded in a text message: "Trump will be the nominee."', "why"),
    ("Asked whether he would run, Smith said no.", "whether he would run"),
    ("Smith was asked whether he would run, and he said no.", "whether he would run"),
])
def test_an_opening_question_ends_at_its_comma(text, content):
    asked = [a for a in attributions(text) if span_text(text, a.cue).lower() == "asked"]
    assert len(asked) == 1 and span_text(text, asked[0].content) == content


def test_the_one_who_asks_ends_before_the_question():
    text = "When asked by Ingraham about it, Cruz said no."
    assert source_and_content(text, "asked") == ("Ingraham", "about it")


@pytest.mark.parametrize("text, cue, source", [
    ("One of them, UnitedHealth Group, has threatened to leave the exchanges.", "threatened", "UnitedHealth Group"),
    ("Its parent company, Alphabet Inc., said it would appeal.", "said", "Alphabet Inc."),
])
def test_a_bodys_name_set_off_after_a_description_is_the_source(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Editorial pages across the country, including USA TODAY, warned that the sky was falling.", "warned",
     "Editorial pages across the country"),
    ("The mother of a man killed in Benghazi, Libya, discussed the controversy.", "discussed",
     "The mother of a man killed in Benghazi, Libya"),
])
def test_an_example_or_a_place_set_off_is_not_the_source(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_title_set_off_after_a_text_is_not_a_body():
    text = "In his most recent book, The Restless Wave, McCain wrote about his death."
    assert "The Restless Wave" not in [span_text(text, a.source) for a in attributions(text)]


@pytest.mark.parametrize("text, cue, source", [
    ('Lori Bernstein held up a sign saying "Jews Against Trump."', "saying", "a sign"),
    ("A petition calling on him to be banned has 500,000 signatures.", "calling", "A petition"),
    ("Motorists are used to seeing the digital road sign warning of accidents.", "warning", "the digital road sign"),
])
def test_a_text_with_no_issuer_before_it_speaks_for_itself(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source and a.source_type == "document"


@pytest.mark.parametrize("text, cue, source", [
    ("The St. Paul City Council on Wednesday approved a resolution condemning the ban.", "condemning",
     "The St. Paul City Council"),
    ("Sanders started a petition calling on the candidates to act.", "calling", "Sanders"),
    ("Later, she revised her statement explaining that she had sent no emails.", "explaining", "she"),
])
def test_starting_approving_or_revising_a_text_issues_it(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_passing_out_bottles_issues_nothing():
    text = "They passed out water bottles that said, “Welcome.”"
    assert span_text(text, one(text, "said").source) == "that"
