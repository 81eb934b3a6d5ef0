"""Round 44: errors found in FactAppeal's missed sources and in a sample of PolNeAR attributions
that match no gold cue (dev split only): imperatives, cue words that modify a noun, and a
closing parenthesis left on a source."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text", [
    "Recall Jorge Ramos' characterization of voters: they are angry.",
    "Remember Smith's promise to fix the roads.",
    "Recall the senator's words on Monday.",
])
def test_an_imperative_that_opens_the_sentence_has_no_inverted_speaker(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, source", [
    ("Says Smith: the plan failed.", "Smith"),
    ("Said the mayor: we will rebuild.", "the mayor"),
])
def test_an_inverted_speaker_after_a_past_or_s_form_stays(text, source):
    assert span_text(text, attributions(text)[0].source) == source


@pytest.mark.parametrize("text", [
    "Ramos' telling characterization of voters drew criticism.",
    "Smith's telling remark drew criticism.",
    "His finish and proven ability to turn out conservatives make him an asset.",
    "They offer proven ability and written guarantees.",
])
def test_a_cue_word_that_modifies_a_noun_is_no_cue(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source", [
    ("Smith was telling reporters that the plan failed.", "telling", "Smith"),
    ("Smith has written letters to the board.", "written", "Smith"),
    ("Smith had long written columns against the plan.", "written", "Smith"),
    ("He's written letters to the board.", "written", "He"),
])
def test_a_cue_after_its_auxiliary_stays(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("(the actual number is closer to 15 percent, according to Factcheck.org).", "Factcheck.org"),
    ("The number is closer to 15 percent (according to the Census Bureau).", "the Census Bureau"),
])
def test_a_closing_parenthesis_is_not_part_of_the_source(text, source):
    assert span_text(text, one(text, "according to").source) == source


@pytest.mark.parametrize("text, source", [
    ("Sen. Rand Paul (R-Ky.) said the plan failed.", "Sen. Rand Paul (R-Ky.)"),
    ("The plan failed, according to the agency (FEMA).", "the agency (FEMA)"),
])
def test_a_parenthesis_that_opens_inside_the_source_keeps_its_close(text, source):
    assert span_text(text, attributions(text)[0].source) == source


@pytest.mark.parametrize("text, source, content", [
    ("Rubio was asked by Fox Business moderator Gerard Baker whether his plan would cost too much.",
     "Fox Business moderator Gerard Baker", "whether his plan would cost too much"),
    ("Herman Cain was asked by a caller why young men are coming.", "a caller", "why young men are coming"),
    ("When asked by Ingraham on Thursday about foreign workers, Cruz said no.", "Ingraham", "on Thursday about foreign workers"),
    ("Asked by reporters if he would run, Smith smiled.", "reporters", "if he would run"),
])
def test_the_one_who_asks_after_by_is_the_source_of_the_question(text, source, content):
    a = one(text, cue=text.split()[text.split().index("by") - 1])
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)


def test_asked_by_a_means_stays_an_agentless_question():
    text = "He was asked by phone whether he would run."
    a = one(text, "asked")
    assert a.source is None and a.source_type == "agentless"


@pytest.mark.parametrize("text, source", [
    ("Texas, leading a coalition of 13 states, asked a federal judge to block the rules.", "Texas"),
    ("Friday, Texas, leading a coalition of 13 states, asked a federal judge to block the rules.", "Texas"),
])
def test_a_request_after_an_inserted_participle_is_no_agentless_question(text, source):
    a = one(text, "asked")
    assert span_text(text, a.source) == source


def test_an_inverted_asker_after_a_quotation_keeps_to_my_left():
    text = "“Will you run?” asked a reporter to my left."
    assert span_text(text, one(text, "asked").source) == "a reporter to my left"


@pytest.mark.parametrize("text", [
    "The talks are held ahead of a significant ruling expected in coming weeks on a case.",
    "The outcome feared for months came on Friday.",
])
def test_a_belief_participle_after_a_noun_and_before_a_preposition_is_no_attribution(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, source", [
    ("Analysts expected in January that rates would rise.", "Analysts"),
    ("The analysts expected in January that rates would rise.", "The analysts"),
])
def test_a_belief_with_its_clause_after_a_preposition_stays(text, source):
    assert span_text(text, one(text, "expected").source) == source


@pytest.mark.parametrize("text, cue, source, content", [
    ("The plan was drafted and criticized by the unions.", "criticized", "the unions", "The plan"),
    ("The plan was quickly drafted and announced by the mayor.", "announced", "the mayor", "The plan"),
])
def test_a_participle_joined_to_a_passive_is_passive(text, cue, source, content):
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)


def test_a_participle_joined_to_a_passive_without_an_agent_credits_no_one():
    # (round 48: a criticism with no agent is agentless, never the subject's)
    found = attributions("Officials who made statements were mocked and criticized on social media.")
    assert [(a.source, a.source_type) for a in found] == [(None, "agentless")]


def test_an_active_verb_joined_to_a_passive_keeps_its_subject():
    text = "Smith was fired and criticized the board."
    assert span_text(text, one(text, "criticized").source) == "Smith"


@pytest.mark.parametrize("text, source, source_type", [
    ("An email to supporters said the plan failed.", "An email to supporters", "document"),
    ("A letter to Congress said the plan failed.", "A letter to Congress", "document"),
    ("A senior adviser to Trump said the plan failed.", "A senior adviser to Trump", "unnamed_individual"),
    ("U.S. Ambassador to the United Nations Samantha Power said the plan failed.",
     "U.S. Ambassador to the United Nations Samantha Power", "named_person"),
])
def test_the_head_of_a_source_comes_before_to(text, source, source_type):
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type) == (source, source_type)
    assert a.named == (source_type == "named_person")


@pytest.mark.parametrize("text, cue, source", [
    ("Her campaign quickly blasted out an email to supporters stating, “Ryan joins the list.”", "stating", "Her campaign"),
    ('His campaign sent out a text message to supporters saying: "We won!"', "saying", "His campaign"),
    ("The senator fired off a tweet saying the plan failed.", "saying", "The senator"),
])
def test_the_sender_of_a_message_speaks_through_it(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Texas Sen. Ted Cruz is making a pitch to New York voters saying a state law is hurting.", "saying", "Texas Sen. Ted Cruz"),
    ("Obama gave a speech saying the war was over.", "saying", "Obama"),
])
def test_the_maker_of_a_pitch_or_a_speech_speaks_through_it(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_an_account_of_someone_telling_credits_no_one_else():
    text = "At one point in the book, Byrne gives an account of Clinton telling one agent to go."
    assert [span_text(text, a.source) for a in attributions(text)] != ["Byrne"]


def test_a_participle_that_opens_the_phrase_before_a_speaker_is_not_the_speaker():
    text = "The unveiled ad, featuring Hispanics telling their stories, aired Sunday."
    assert span_text(text, one(text, "telling").source) == "Hispanics"


@pytest.mark.parametrize("text, cue, source", [
    ("The group ran ads saying the senator lied.", "saying", "The group"),
    ("The PAC aired ads attacking Dewhurst.", "attacking", "The PAC"),
])
def test_the_one_who_runs_ads_speaks_through_them(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_ads_that_no_one_runs_in_the_sentence_speak_for_themselves():
    text = "Ads attacking Dewhurst flooded the state."
    assert [span_text(text, a.source) for a in attributions(text)] in ([], ["Ads"])


@pytest.mark.parametrize("text, source", [
    ("More recently, he has spoken out against the law, citing his approach.", "he"),
    ("Most importantly, Smith won the vote, saying it was fair.", "Smith"),
    ("They're angry at the plan, saying it failed.", "They"),
    ("More recently, he’s spoken out against the law, citing his approach.", "he"),
])
def test_the_subject_after_an_opening_adverb_or_in_a_contraction(text, source):
    a = [a for a in attributions(text) if span_text(text, a.cue) in ("citing", "saying")][0]
    assert span_text(text, a.source) == source


@pytest.mark.parametrize("text", [
    "Ryan, the nation's highest-ranking Republican, on Tuesday called Donald J. Trump a liar.",
    "Ryan, the Speaker, on Tuesday said the plan failed.",
])
def test_a_weekday_after_a_description_is_not_the_speaker(text):
    assert span_text(text, attributions(text)[0].source) == "Ryan"


@pytest.mark.parametrize("text, source", [
    ("The retired neurosurgeon has provided no details about how he planned to reboot his campaign, "
     "saying only that he was refining practices.", "The retired neurosurgeon"),
    ("Smith said that officials believe the plan failed, adding that he was sad.", "Smith"),
])
def test_a_participle_takes_the_main_clause_subject_not_an_embedded_one(text, source):
    a = [a for a in attributions(text) if span_text(text, a.cue) in ("saying", "adding")][0]
    assert span_text(text, a.source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("For an hour, the nominee sat with House Speaker Paul Ryan, who just a week ago surprised Trump by declaring "
     "he couldn’t yet support him.", "declaring", "who"),
    ("It's another riposte to the candidate who launched his campaign by declaring that immigrants were criminals.",
     "declaring", "who"),
    ("The snub led to a meeting with Ryan, but Ryan has been very vocal in rejecting several of Trump’s comments.",
     "rejecting", "Ryan"),
    ("Groups such as Emily's List have spent more than $10 million since June 1 attacking Ayotte.", "attacking", "Groups"),
    ("Hunter represents a district in San Diego, and like Trump has spoken about the need for border control.",
     "spoken about", "Hunter"),
    ("In the coming months, he vowed to ban Muslims, declined to criticize Duke, and most recently defended the image.",
     "defended", "he"),
])
def test_the_subject_of_the_nearest_clause(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_most_before_an_adverb_does_not_end_what_was_said_before():
    text = "In the coming months, he vowed to ban Muslims, declined to criticize Duke, and most recently defended the image."
    assert span_text(text, one(text, "vowed").content) == "to ban Muslims, declined to criticize Duke"


@pytest.mark.parametrize("text", [
    "The Japanese constitution makes no specific mention of nuclear weapons.",
    "There was no overt mention from the senator that he remained in the race.",
])
def test_a_bare_cue_after_no_and_an_adjective_is_a_noun(text):
    assert all(span_text(text, a.source) not in ("no specific", "no overt") for a in attributions(text))


def test_a_count_before_a_bare_cue_still_speaks():
    text = "A majority believe the economy is weak."
    assert span_text(text, one(text, "believe").source) == "A majority"
