"""Round 55: a quotation closed by a misused opening mark ('“Not yet,“ he said') or opened by a
closing one is read as its writer meant it; invisible characters inside a name (doubly decoded
UTF-8, a soft hyphen) do not split it."""

from __future__ import annotations

import pytest

from credscore.analysis import AnalyzedText, tokenize

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text


@pytest.mark.parametrize("text, source, content", [
    ("\u201cApparently not,\u201c he said. \u201cA leopard doesn\u2019t change its spots.\u201d", "he", "Apparently not,"),
    ("\u201cThe reality is, that could create new problems for her here,\u201c said Jim Clyburn, a Democratic "
     "congressman.", "Jim Clyburn", "The reality is, that could create new problems for her here,"),
    ("\u201dWe won,\u201d she said.", "she", "We won,"),
])
def test_a_misused_mark_still_closes_or_opens_the_quotation(text, source, content):
    assert source_and_content(text, "said") == (source, content)


def test_spans_found_through_turned_marks_point_into_the_original_text():
    text = "Intro line.\n\n\u201cApparently not,\u201c said Ben Carson. He left."
    a = one(text, "said")
    # the offsets are the original text's: its misused mark stays where it was
    assert text[a.content.end] == "\u201c" and span_text(text, a.source) == "Ben Carson"


def test_a_german_quotation_is_not_misread():
    text = "\u201eWir haben gewonnen,\u201c said Merkel."
    assert source_and_content(text, "said")[0] == "Merkel"


def test_replacing_marks_keeps_offsets_and_line_labels():
    doc = AnalyzedText("a \u201cb\u201c\nc", line_classifier=lambda d: ["nav", None])
    copy = doc.with_marks_replaced({4: "\u201d"})
    assert copy.text == "a \u201cb\u201d\nc" and copy.line_labels == ("nav", None)
    with pytest.raises(ValueError):
        doc.with_marks_replaced({5: "x"})  # the line break


@pytest.mark.parametrize("word", [
    "Jes\u00c3\x83\u00c2os", "Jes\xadsica", "Mo\u200chammad", "Ab\ufeffdul", "Sm\u2060ith",
])
def test_invisible_characters_inside_a_word_join_it(word):
    assert tokenize(f"said {word}, a strategist").texts[:3] == ["said", word, ","]


@pytest.mark.parametrize("text", ["said Jes\x85os", "said Jes\u200bos", "said Jes\x7fos"])
def test_white_space_and_visible_controls_still_split(text):
    assert len(tokenize(text).texts) > 2


def test_a_name_with_mojibake_is_the_source():
    text = ("\"If they start now, I think they're on time,\" said Federico de Jes\u00c3\x83\u00c2os, "
            "a Democratic strategist.")
    a = one(text, "said")
    assert span_text(text, a.source) == "Federico de Jes\u00c3\x83\u00c2os" and a.named


def test_a_trailing_invisible_character_stays_outside_the_word():
    assert tokenize("said\xad now").texts == ["said", "\xad", "now"]


@pytest.mark.parametrize("text, source", [
    ("Jose Antonia Vargas, an immigration activist, asked the former secretary of state during a chat "
     "if she would commit to his pledge.", "Jose Antonia Vargas"),
    ("Clinton, the front-runner, asked the crowd whether they were ready.", "Clinton"),
])
def test_a_name_and_its_description_ask_their_object(text, source):
    a = one(text, "asked")
    assert span_text(text, a.source) == source and a.source_type == "named_person"


@pytest.mark.parametrize("text", [
    "Trump, asked the same question, said he would.",
    "Trump, asked the same question by Fox, said he would.",
])
def test_a_participle_asked_set_off_by_commas_is_still_the_question(text):
    assert one(text, "asked").source_type == "agentless"


@pytest.mark.parametrize("text, source", [
    ("Just a quarter of the rules committee \u2013 28 members \u2013 can ask the full convention to vote.",
     "a quarter of the rules committee"),
    ("The board \u2014 all nine members \u2014 could ask the state to vote.", "The board"),
])
def test_an_auxiliary_after_a_dashed_insertion_rules_out_an_inverted_speaker(text, source):
    assert span_text(text, one(text, "ask").source) == source


def test_an_inverted_speaker_after_a_dash_still_counts():
    text = "\u201cThe plan will fail\u201d \u2014 warned Smith."
    assert span_text(text, one(text, "warned").source) == "Smith"


@pytest.mark.parametrize("text, cue, content", [
    ("Gorka also made the point that Clinton\u2019s philosophy would make her weak.", "made the point",
     "Clinton\u2019s philosophy would make her weak"),
    ("He made the observation that the judge was tired.", "made the observation", "the judge was tired"),
])
def test_making_a_point_or_an_observation_says_it(text, cue, content):
    assert source_and_content(text, cue)[1] == content


def test_making_a_point_of_doing_is_no_cue():
    assert cues("She made a point of visiting every county.") == []


@pytest.mark.parametrize("text", [
    "Zucker didn\u2019t officially respond to Trump\u2019s initial request for the network to give.",
    "Manafort did not directly respond to AP's requests to discuss the work.",
])
def test_a_negated_answer_to_a_request_is_a_refusal_to_comment(text):
    a = one(text, "respond")
    assert a.content is None and a.source_type == "named_person"


def test_answering_a_request_with_an_act_is_still_an_act():
    assert "responded" not in cues("The city responded to the request with new buses.")


@pytest.mark.parametrize("text, source", [
    ("According to her \u201cclawback\u201d plan, firms relocating overseas must repay.", "her \u201cclawback\u201d plan"),
    ("According to the so-called \"clawback\" plan, firms must repay.", "the so-called \"clawback\" plan"),
])
def test_a_quoted_modifier_stays_inside_the_source(text, source):
    assert span_text(text, one(text, "According to").source) == source


def test_a_quoted_subject_before_its_object_is_not_an_inverted_speaker():
    text = 'Just shy of half, 49%, say the "sharing economy" reflects an improvement.'
    assert source_and_content(text, "say") == ("shy of half", 'the "sharing economy" reflects an improvement')


@pytest.mark.parametrize("text, cue, source, content", [
    ("Having announced that he would not send me to prison, Judge Berman proceeded to sentence me.",
     "announced", "Judge Berman", "he would not send me to prison"),
    ("Having told reporters that he would run, Smith left.", "told", "Smith", "he would run"),
])
def test_an_opening_perfect_participle_has_the_main_subject(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_having_said_that_is_a_turn_in_the_argument():
    assert cues("Having said that, Smith left the room.") == []


@pytest.mark.parametrize("text, source", [
    ("Immediately after the attacks, Trump issued a statement, \u201cLast night, our nation was attacked.\u201d", "Trump"),
    ("The senator sent a letter, \u201cWe demand answers from the agency.\u201d", "The senator"),
])
def test_a_comma_after_a_noun_of_words_introduces_a_quotation(text, source):
    (a,) = [a for a in attributions(text)]
    assert span_text(text, a.source) == source and span_text(text, a.content).endswith(".")


@pytest.mark.parametrize("text", [
    "Trump visited the plant, \u201cThe Beast Of Detroit Motors.\u201d",
    "He gave the speech, \u201cWe will fight on the beaches.\u201d",
    "Trump issued a statement, \u201cWe won\u201d, and left.",
])
def test_a_comma_before_a_quotation_elsewhere_introduces_nothing(text):
    assert attributions(text) == ()


def test_a_copy_with_marks_replaced_tokenizes_as_its_own_text_would():
    text = "Intro.\n\n\u201cApparently not,\u201c he said. \u201cA leopard doesn\u2019t change.\u201d"
    doc = AnalyzedText(text)
    copy = doc.with_marks_replaced({text.index("\u201c he"): "\u201d"})
    fresh = tokenize(copy.text)
    assert (copy.tokens.starts, copy.tokens.ends, copy.tokens.texts) == (fresh.starts, fresh.ends, fresh.texts)
    assert copy.paragraphs == doc.paragraphs and copy.sentences == AnalyzedText(copy.text).sentences
    with pytest.raises(ValueError):
        doc.with_marks_replaced({0: "x"})  # a word's letter
