"""Round 33: the time of a participle stays in its record ("images taken in March show"), a
passive of perception before a speech participle ("can be heard saying"), a party label before
an issuing verb, verbs of expressing, and more nouns for people who review, buy and use things."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text, source", [
    ("Satellite images taken in March show that smoke is rising.", "Satellite images taken in March"),
    ("Satellite images taken on Monday showed smoke over the port.", "Satellite images taken on Monday"),
    ("Photos seen by Reuters show that smoke is rising.", "Photos seen by Reuters"),
])
def test_the_time_of_an_irregular_participle_belongs_to_the_record(text, source):
    verb = next(w for w in ("showed", "show") if f" {w} " in text)
    a = one(text, verb)
    assert span_text(text, a.source) == source
    assert a.source_type == "unnamed_group"


def test_a_time_after_a_source_is_still_cut():
    text = "The ministry on Monday said that smoke is rising."
    assert span_text(text, one(text, "said").source) == "The ministry"


@pytest.mark.parametrize("text, cue, source", [
    ("The mayor can be heard saying the roads were closed.", "saying", "The mayor"),
    ("In the video, the mayor can be heard saying the roads were closed.", "saying", "the mayor"),
    ("In the recording, Smith is heard telling aides that the roads were closed.", "telling", "Smith"),
    ("Smith was overheard saying that the deal was dead.", "saying", "Smith"),
])
def test_a_passive_of_perception_before_a_speech_participle(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content).startswith("the")


@pytest.mark.parametrize("text", [
    "Smith was seen leaving the house.",
    "The man who was heard saying it left.",
])
def test_a_passive_of_perception_without_speech_or_subject_is_nothing(text):
    assert not any(span_text(text, a.source) in ("Smith", "The man") for a in attributions(text)), cues(text)


def test_a_party_label_before_an_issuing_verb_keeps_the_speaker():
    text = "Senate Majority Leader Mitch McConnell (R-Ky.) issued a statement saying that the Senate should wait."
    a = one(text, "saying")
    assert span_text(text, a.source) == "Senate Majority Leader Mitch McConnell (R-Ky.)"
    assert a.source_type == "named_person"
    assert span_text(text, a.content) == "the Senate should wait"


@pytest.mark.parametrize("text, cue, source", [
    ("He expressed concern that the billionaire was encouraging violence.", "expressed", "He"),
    ("Mrs. Clinton expressed frustration with the process.", "expressed", "Mrs. Clinton"),
    ("They express doubts about the plan.", "express", "They"),
    ("Customers rave about the sheets.", "rave", "Customers"),
    ("Reviewers gush about the sheets.", "gush", "Reviewers"),
])
def test_verbs_of_expressing(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "There are better ways to express your anger.",
    "The Orient Express left at noon.",
    "The film got rave reviews.",
    "Rave reviews poured in.",
])
def test_expressing_words_that_attribute_nothing(text):
    assert attributions(text) == (), cues(text)


@pytest.mark.parametrize("text, source, source_type", [
    ("Reviewers say the blender is easy to clean.", "Reviewers", "unnamed_group"),
    ("Twitter users said the post was fake.", "Twitter users", "unnamed_group"),
    ("One reviewer wrote that the charger broke.", "One reviewer", "unnamed_individual"),
    ("Guests said the hotel was dirty.", "Guests", "unnamed_group"),
    ("The coroner said he drowned.", "The coroner", "unnamed_individual"),
])
def test_people_who_review_buy_and_use_things(text, source, source_type):
    a = attributions(text)[0]
    assert span_text(text, a.source) == source
    assert a.source_type == source_type
    assert not a.named


@pytest.mark.parametrize("text, cue, source", [
    ("Jane Roe made clear that the talks have stalled.", "made clear", "Jane Roe"),
    ("Jane Roe made it clear that the talks have stalled.", "made it clear", "Jane Roe"),
    ("Hillary Clinton made it clear to House Democrats on Wednesday that she has their back.", "made it clear", "Hillary Clinton"),
    ("Officials have made clear that they are raising more money.", "made clear", "Officials"),
])
def test_making_something_clear_is_saying_it(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.kind == "speech"
    assert span_text(text, a.content).split()[0] in ("the", "she", "they")


@pytest.mark.parametrize("text", [
    "He made a cake.",
    "But it will not be easy, as was made clear last week when the minister resigned.",
    "The rules make it hard to vote.",
])
def test_make_without_clear_attributes_nothing(text):
    assert attributions(text) == (), cues(text)


def test_a_verb_that_needs_a_particle_does_not_end_a_circumstance():
    # "make" is a cue only as "make clear": before "the case that" it is no verb of saying, so
    # "hopes" still reaches its clause (what is hoped is the whole infinitive, round 37)
    text = "Trump hopes to make the case that he would protect them."
    a = one(text, "hopes")
    assert span_text(text, a.content) == "to make the case that he would protect them"


@pytest.mark.parametrize("text, cue, source", [
    ("Jane Roe is convinced that the talks have stalled.", "convinced", "Jane Roe"),
    ("People briefed on the talks were adamant that the deal was dead.", "adamant", "People briefed on the talks"),
    ("Party insiders are now more convinced that there will be an effort.", "convinced", "Party insiders"),
    ("But they remain hopeful that the lapse will help.", "hopeful", "they"),
    ("Jane Roe has long been adamant that the talks stalled.", "adamant", "Jane Roe"),
    ("Some Democrats are worried that the tactics could hurt.", "worried", "Some Democrats"),
])
def test_an_adjective_of_belief_after_be(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.kind == "cognition"


@pytest.mark.parametrize("text", [
    "It is certain that the talks have stalled.",
    "Convinced voters came out in force.",
    "Convinced that he was right, Smith left.",
    "The minister is sure of victory.",
    "There is no doubt that it failed.",
])
def test_an_adjective_of_belief_without_be_subject_or_clause(text):
    assert not any(a.kind == "cognition" and a.source is not None for a in attributions(text)), cues(text)


def test_an_impersonal_passive_of_belief_stays_agentless():
    text = "It is believed that the man fled."
    a = one(text, "believed")
    assert a.source is None and a.source_type == "agentless"


@pytest.mark.parametrize("text, source_type", [
    ("They’re saying that the plan failed.", "unresolved"),
    ("I’ve said that the plan failed.", "self"),
])
def test_a_pronoun_with_a_clitic_is_typed_as_the_pronoun(text, source_type):
    a = attributions(text)[0]
    assert a.source_type == source_type
    assert not a.named


@pytest.mark.parametrize("text, cue, source", [
    ("Amnesty International has documented abuses by the army.", "documented", "Amnesty International"),
    ("Researchers documented a sharp rise in cases.", "documented", "Researchers"),
    ("She also referenced the loophole in her speech.", "referenced", "She"),
])
def test_documenting_and_referencing(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("The documents show that the deal was signed.", "The documents"),
    ("According to documents, the deal was signed.", "documents"),
])
def test_documents_as_a_noun_stay_the_source(text, source):
    assert [span_text(text, a.source) for a in attributions(text)] == [source]


@pytest.mark.parametrize("text, cue, source", [
    ("The talks stalled, a fact acknowledged by the minister.", "acknowledged", "the minister"),
    ("It was a point emphasized by the minister.", "emphasized", "the minister"),
])
def test_a_reduced_passive_after_an_indefinite_noun_credits_the_agent(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("The company confirmed by email that the talks stalled.", "confirmed", "The company"),
    ("Smith confirmed by phone that the talks stalled.", "confirmed", "Smith"),
    ("The company said by email that the talks stalled.", "said", "The company"),
])
def test_by_a_means_is_not_an_agent(text, cue, source):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == "the talks stalled"


@pytest.mark.parametrize("text, content", [
    ("Police said late Monday three people had died.", "three people had died"),
    ("Police said last week two people died.", "two people died"),
    ("Police said on Tuesday several people died.", "several people died"),
    ("Police said in a statement on Tuesday the plan failed.", "the plan failed"),
    ("Police said in a statement Monday night the plan failed.", "the plan failed"),
    ("Police said two days ago that three people had died.", "three people had died"),
    ("Police said May 5 the plan failed.", "the plan failed"),
    ("Police said 10 people died.", "10 people died"),
])
def test_the_statement_after_a_time(text, content):
    assert span_text(text, one(text, "said").content) == content


@pytest.mark.parametrize("text", ["Police said on Tuesday.", "Police said in Kabul on Tuesday."])
def test_a_time_with_nothing_after_it_is_no_statement(text):
    assert one(text, "said").content is None


def test_a_month_keeps_its_day_and_year():
    text = "He is expected to be the top donor in the November 2016 election."
    assert all("2016 election" != span_text(text, a.content) for a in attributions(text))


@pytest.mark.parametrize("text, content", [
    ("“I haven't quite recovered,” Smith said on “Morning Joe.”", "I haven't quite recovered,"),
    ('“We know that,” Smith said on "Fox News Sunday."', "We know that,"),
    ("Smith said on “Morning Joe” that the plan failed.", "the plan failed"),
    ("Smith said in “The Art of the Deal” that he wins.", "he wins"),
])
def test_a_quoted_title_after_a_preposition_is_where_not_what(text, content):
    assert span_text(text, one(text, "said").content) == content


@pytest.mark.parametrize("text, content", [
    ("Smith said on Tuesday “we will win this one.”", "we will win this one."),
    ("Smith promised to “rip up the deal.”", "rip up the deal."),
])
def test_a_quotation_after_a_circumstance_is_still_the_statement(text, content):
    cue = "said" if "said" in text else "promised"
    assert span_text(text, one(text, cue).content).endswith(content)


@pytest.mark.parametrize("text, source", [
    ("Apple said the phone was safe.", "Apple"),
    ("Amazon said the delivery was late.", "Amazon"),
    ("Bank of America said rates would rise.", "Bank of America"),
])
def test_companies_named_with_common_words_are_organisations(text, source):
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == "named_organization" and a.named


def test_a_company_word_that_does_not_head_the_source_is_not_the_source():
    text = "Apple pie sales rose, the baker said."
    a = one(text, "said")
    assert span_text(text, a.source) == "the baker"
    assert a.source_type == "unnamed_individual"


@pytest.mark.parametrize("text, source, content", [
    ("Incredibly, in a video that has gone viral, tourists watched a fight.", "a video", "tourists watched a fight"),
    ("But in the video, the crowd cheers.", "the video", "the crowd cheers"),
    ("Meanwhile, in the new poll, Clinton leads by 8 points.", "the new poll", "Clinton leads by 8 points"),
])
def test_a_record_setting_after_an_opening_word(text, source, content):
    (a,) = attributions(text)
    assert a.kind == "record"
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", ["Sadly, in the end, nobody came.", "Still, in a sense, it worked."])
def test_an_opening_word_before_a_setting_that_is_no_record(text):
    assert attributions(text) == (), cues(text)
