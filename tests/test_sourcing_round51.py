"""Round 51: a participle after an opening "since" or "despite" speaks for the main clause's
subject, and an opening span of time may lead the conjunction ("In the six months since
announcing ..., Fiorina"); a cue whose recipient or time closes an opening clause has no
content; and a pronoun after an opening clause takes the person named as that clause's subject
("When Smith arrived, he said")."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text


def _the_one_he(text: str):
    """The only attribution whose source is the pronoun "he"."""
    found = [a for a in attributions(text) if span_text(text, a.source) == "he"]
    assert len(found) == 1, [span_text(text, a.source) for a in attributions(text)]
    return found[0]


@pytest.mark.parametrize("text, cue, source, content", [
    ("In the six months since announcing her decision in New York, Fiorina had waged a charm offensive.",
     "announcing", "Fiorina", "her decision in New York"),
    ("In the months since announcing her decision, Fiorina waged a charm offensive.", "announcing", "Fiorina",
     "her decision"),
    ("Despite saying he would not run, Ryan entered.", "saying", "Ryan", "he would not run"),
    ("Since announcing in October that he would not seek the presidency, Biden has been quiet.", "announcing",
     "Biden", "he would not seek the presidency"),
])
def test_an_opening_participle_after_a_span_of_time_or_a_concession_ends_with_its_clause(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_has_since_said_is_still_an_adverb():
    text = "Smith has since said that the plan failed."
    assert source_and_content(text, "said") == ("Smith", "the plan failed")


@pytest.mark.parametrize("text", [
    # mid-sentence, "since saying" and "despite saying" are left alone (PolNeAR seldom marks them)
    "Trump has refused to apologize since saying the judge was biased.",
    "Ryan entered the race despite saying he would not run.",
])
def test_a_participle_after_since_or_despite_mid_sentence_is_not_taken(text):
    assert "saying" not in cues(text)


@pytest.mark.parametrize("text, cue", [
    ("Two days before testifying to Congress, the director resigned.", "testifying"),
    ("When Smith said Tuesday, Jones left.", "said"),
    ("When Smith told reporters, Jones left.", "told"),
])
def test_a_cue_whose_recipient_or_time_closes_the_opening_clause_has_no_content(text, cue):
    assert one(text, cue).content is None


@pytest.mark.parametrize("text, antecedent", [
    ("When Smith arrived, he said the plan failed.", "Smith"),
    ("After Smith met Jones, he said the plan failed.", "Smith"),
    ("But after Ted Cruz won Iowa, he told reporters the race was over.", "Ted Cruz"),
    # nearer than the last source
    ("Jones said the plan was good. When Smith arrived, he said the plan failed.", "Smith"),
])
def test_a_pronoun_after_an_opening_clause_takes_that_clause_subject(text, antecedent):
    he = _the_one_he(text)
    assert he.source_type == "named_person" and he.named
    assert span_text(text, he.resolved_from) == antecedent


@pytest.mark.parametrize("text, antecedent", [
    # the other sex passes the clause's subject over
    ("Jones said the plan was good. When Mrs. Smith arrived, he said the plan failed.", "Jones"),
    ("When Hillary Clinton arrived, he said the plan failed.", None),
    # no comma: the pronoun may be inside the clause
    ("When Smith arrived he said the plan failed.", None),
])
def test_a_pronoun_after_an_opening_clause_needs_a_fitting_subject_and_a_closed_clause(text, antecedent):
    he = _the_one_he(text)
    assert span_text(text, he.resolved_from) == antecedent
    if antecedent is None:
        assert he.source_type == "unresolved"


def test_a_pronoun_inside_the_opening_clause_is_its_own_source():
    text = "Jones said the plan was good. When Smith said he would run, Jones left."
    assert cues(text) == ["said", "said"]
    assert span_text(text, attributions(text)[1].source) == "Smith"


@pytest.mark.parametrize("text, antecedent", [
    ("Jack Smith gave a press conference on Monday, when he said that he underestimated ISIS.", "Jack Smith"),
    # nearer than the last source
    ("Jones said it was fine. Jack Smith spoke on Monday, and he said the plan failed.", "Jack Smith"),
])
def test_a_pronoun_later_in_a_sentence_takes_the_person_it_opens_with(text, antecedent):
    he = _the_one_he(text)
    assert span_text(text, he.resolved_from) == antecedent


@pytest.mark.parametrize("text", [
    '"Swaps are tricky," he said.',  # a quotation, not a name, opens the sentence
    '"Right now the risk is low," he said in the interview.',
    "Smith gave a press conference, when he said that he underestimated ISIS.",  # a lone word not known as a name
])
def test_a_sentence_opening_with_words_or_an_unknown_word_gives_no_antecedent(text):
    he = _the_one_he(text)
    assert he.source_type == "unresolved" and he.resolved_from is None


@pytest.mark.parametrize("text, cue, source", [
    ("Obama gave a press conference on Monday, when he refused to admit that he underestimated ISIS.", "refused", "he"),
    ("The challenge for Mrs. Clinton is reversed from 2008, when she sought to counter Mr. Obama's appeal.", "sought",
     "she"),
])
def test_a_belief_in_a_when_clause_after_a_comma_is_no_question(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_belief_asked_about_is_still_embedded():
    text = "She asked him when he thought the war would end."
    assert cues(text) == ["asked"]


@pytest.mark.parametrize("text, cue, source, content", [
    ("Trump stood by his comment, refusing to acknowledge that not all Muslims hate the U.S.", "refusing", "Trump",
     "to acknowledge that not all Muslims hate the U.S"),
    ("Trump was making a pitch, refusing to concede that the backers were unlikely to vote for him.", "refusing",
     "Trump", "to concede that the backers were unlikely to vote for him"),
])
def test_refusing_words_speaks_for_the_clause_subject(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Clinton chastised Snyder for refusing to ask for federal assistance.",
    "They were arrested after refusing to leave the lobby.",
    "Declining turnout hurt Clinton.",
])
def test_refusing_an_act_or_a_declining_number_says_nothing(text):
    assert not any((c or "").lower() in ("refusing", "declining") for c in cues(text))


@pytest.mark.parametrize("text", [
    "When he assumed office as U.N. secretary general in 2007, he made climate a priority.",
    "Ryan assumed his post in November.",
    "He assumed the role of mediator.",
])
def test_assuming_an_office_is_an_act(text):
    assert "assumed" not in cues(text)


@pytest.mark.parametrize("text, source", [
    ("But it assumes that a majority of delegates would switch.", "it"),
    ("It is assumed that Sanders has earned a speaking slot.", None),
])
def test_assuming_that_is_a_belief(text, source):
    a = one(text, "assumes" if "assumes" in text else "assumed")
    assert span_text(text, a.source) == source


@pytest.mark.parametrize("text", [
    "Ms. Arnold, who helped found EDGE, an environmental justice group, said she did not condone violence.",
    "They decided to found Centerview.",
])
def test_found_after_help_or_to_is_founding(text):
    assert "found" not in cues(text)


def test_found_as_the_past_of_find_still_reports():
    text = "The study found that the plan failed."
    assert source_and_content(text, "found") == ("The study", "the plan failed")


def test_an_opening_together_is_no_name():
    text = "Together, Rubio and Cruz represent a watershed, referring to the popular Cuban staple."
    a = one(text, "referring to")
    assert span_text(text, a.source) == "Rubio and Cruz"
