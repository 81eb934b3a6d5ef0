"""Round 58: a participle after "besides", "in addition to" or "aside from" shares its clause's
subject; headline labels that credit a group ("Insiders:") or a named record in lower case ("IG
report:"); initials opening a sentence name what they modify ("PICSS report")."""

from __future__ import annotations

import pytest

from credscore.signals._attribution_names import classify_phrase

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text

_BODY = "  WASHINGTON (AP) — The story went on for a while and ended late in the evening."


@pytest.mark.parametrize("text, cue, source, content", [
    ("In addition to stating that unborn babies have no rights, Clinton has vowed to repeal the amendment.",
     "stating", "Clinton", "unborn babies have no rights"),
    ("Besides saying that he won, Trump conceded.", "saying", "Trump", "he won"),
    ("Aside from claiming that he won, Trump said nothing.", "claiming", "Trump", "he won"),
    ("Apart from announcing his run, Cruz did little.", "announcing", "Cruz", "his run"),
    ("Donald Trump has offered few ideas aside from stating that the government shouldn't profit.",
     "stating", "Donald Trump", "the government shouldn't profit"),
])
def test_a_participle_after_besides_has_its_clauses_subject(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_besides_as_an_adverb_opens_no_participle_clause():
    text = "Besides, officials said the plan failed."
    assert source_and_content(text, "said") == ("officials", "the plan failed")


def test_in_addition_to_does_not_make_an_infinitive():
    # "to stating" is no infinitive: the main clause's subject speaks, not the one before "to"
    text = "In addition to stating that unborn babies have no rights, Clinton has vowed to repeal the amendment."
    assert one(text, "stating").source_type == "named_person"


@pytest.mark.parametrize("headline, source, source_type", [
    ("Insiders: Trump will rebound in New Hampshire.", "Insiders", "unnamed_group"),
    ("Historians: Clinton and Obama are linked no matter what.", "Historians", "unnamed_group"),
    ("IG report: State was inaccurate on Clinton.", "IG report", "document"),
])
def test_a_headline_label_may_credit_a_group_or_a_lower_case_record(headline, source, source_type):
    text = headline + _BODY
    a = one(text, ":")
    assert (span_text(text, a.source), a.source_type) == (source, source_type)
    assert span_text(text, a.content) == headline[len(source) + 2 : -1]


@pytest.mark.parametrize("headline", [
    "Big win for Bernie: AFL-CIO holds off on its endorsement.",  # lower-case words that are no source noun
    "Still to come: the rest of the news and much more.",
    "Trump rallies: the crowds grow larger every single week.",  # a plural noun after a name is a topic
])
def test_a_headline_topic_is_no_label(headline):
    assert ":" not in cues(headline + _BODY)


@pytest.mark.parametrize("phrase, named", [
    ("PICSS report", True),
    ("IG report", True),
    ("US officials", False),  # a state's initials are a demonym
    ("AT LEAST ten", False),  # capitals throughout are a shout, not initials
])
def test_initials_opening_a_sentence_name_what_they_modify(phrase, named):
    T = phrase.split()
    assert classify_phrase(T, [t.lower() for t in T], 0, len(T), 0).named is named


def test_initials_opening_a_sentence_make_a_named_report_source():
    text = "IG report said the State Department was inaccurate."
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type, a.named) == ("IG report", "document", True)
    assert len(attributions(text)) == 1


def test_a_verb_joined_inside_a_set_off_which_clause_has_the_clauses_subject():
    # "which he favors but says": the relative clause's own subject, not the sentence's
    text = ("Obama met President Xi. Obama made no effort to introduce a carbon tax, which he favors but says "
            "would never win support in the current Congress.")
    a = one(text, "says")
    assert (span_text(text, a.source), span_text(text, a.resolved_from)) == ("he", "Obama")


@pytest.mark.parametrize("text, cue, source", [
    ("Companies including Coca-Cola are taking pains to say they are not endorsing any candidate.", "say",
     "Companies including Coca-Cola"),
    ("He took great pains to stress that he was neutral.", "stress", "He"),
])
def test_taking_pains_to_say_is_the_subjects_saying(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_taking_a_ride_to_tell_is_still_no_saying():
    assert cues("They took the bus to tell the mayor about it.") == []


@pytest.mark.parametrize("text, cue", [
    # the infinitive belongs to the noun before it, not to the verb of presence
    ("She appeared on television despite her reluctance to discuss the case.", "discuss"),
    ("He went to the meeting with a willingness to explain the merger.", "explain"),
])
def test_a_noun_that_takes_the_infinitive_stops_the_look_for_a_presence_verb(text, cue):
    assert cue not in cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Scarborough and Brzezinski have struck down assertions, taking pains to emphasize that every candidate "
     "is welcome.", "emphasize", "Scarborough and Brzezinski"),
    ("Trump spent the day in Ohio, continuing to say that the election was rigged.", "say", "Trump"),
])
def test_a_participle_after_a_comma_that_governs_the_infinitive_hangs_on_the_clauses_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Scarborough and co-host Mika Brzezinski have struck down assertions, saying that every candidate is welcome.",
     "saying", "Scarborough and co-host Mika Brzezinski"),
    ("Yahoo News and former TV network anchor Katie Couric has promoted humility, telling graduates that it "
     "matters.", "telling", "Yahoo News and former TV network anchor Katie Couric"),
    # a verb after "and" ends the subject, though a name follows it
    ("Smith and others told Jones that it failed, saying it was over.", "saying", "Smith and others"),
])
def test_a_description_after_and_stays_in_the_subject_up_to_its_name(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Rubio quickly distanced himself from the bill and moved to emphasize border security as a priority.",
     "emphasize", "Rubio"),
    ("Republicans were scrambling to explain the vote.", "explain", "Republicans"),
])
def test_moving_or_scrambling_to_say_shares_the_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_moving_somewhere_to_say_is_no_governed_infinitive():
    assert cues("The family moved to Florida to say goodbye.") == []
