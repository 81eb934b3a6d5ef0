"""Round 43: errors found by sampling attributions in articles of other outlets
(credibility-dev, missed seeds 24 on, found seeds 20 on): a participle that takes its agent
after a common noun, a speaker described after an inverted verb, what a name said in a relative
clause without "that", and facts that "say a lot"."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    # the noun before the participle had been the source, and "by ..." what it said
    ("The standard history recounted by Roy was popular.", "recounted", "Roy", "The standard history"),
    ("The country described by the president on Tuesday night is a strong one.", "described", "the president", "The country"),
    ("Critics cited a number of arrests documented by Fusion.", "documented", "Fusion", "a number of arrests"),
    # what was proposed is the noun the participle follows, not the sentence up to it
    ("He rejected the figures cited by the OECD.", "cited", "the OECD", "the figures"),
])
def test_a_participle_after_a_common_noun_takes_its_agent_after_by(text, cue, source, content):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text, cue, source", [
    ("As reported by Western Journalism, the plan failed.", "reported", "Western Journalism"),
    ("The claim, denied by the ministry, spread.", "denied", "the ministry"),
])
def test_the_passives_without_be_found_before_keep_their_agent(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue", [
    ("The company announced by Friday that it would close.", "announced"),
    ("Sales rose, the firm reported by midday.", "reported"),
    ("The board said by the end of the week that it would decide.", "said"),
    ("The agency confirmed by 5 p.m. that the road was open.", "confirmed"),
    ("The party said by 2020 it would have a plan.", "said"),
])
def test_by_before_a_time_sets_a_deadline_not_an_agent(text, cue):
    a = one(text, cue)
    source = span_text(text, a.source)
    assert source is not None and source.split()[-1] in ("company", "firm", "board", "agency", "party")


def test_by_before_a_count_of_people_is_still_an_agent():
    text = "The view, expressed by 60 percent of voters, was clear."
    assert span_text(text, one(text, "expressed").source) == "60 percent of voters"


@pytest.mark.parametrize("text, source", [
    ('"We will win," said an aide speaking on condition of anonymity.', "an aide"),
    ('"We will win," said an aide granted anonymity to speak.', "an aide"),
    ('"We will win," said an official not authorized to speak publicly.', "an official"),
    ('"We will win," said Smith speaking at a rally.', "Smith"),
    ("'Nobody has a place here!'' wrote a man calling himself Paul Paul.", "a man"),
])
def test_a_participle_after_an_inverted_speaker_describes_him(text, source):
    # these quotations had no attribution at all
    a = attributions(text)
    assert len(a) == 1
    assert span_text(text, a[0].source) == source
    assert a[0].content is not None and span_text(text, a[0].content).strip("'\",“”") in text


def test_an_inverted_verb_without_a_quotation_still_needs_its_clause_closed():
    # without a quotation before it, "said the company planning ..." is not an inverted speaker
    assert not attributions("Said the company planning the merger that it would close.")


@pytest.mark.parametrize("text, source, content", [
    ("He would never say the things Ryan said about him.", "Ryan", "the things"),
    ("The lies Clinton told were many.", "Clinton", "The lies"),
])
def test_a_name_after_a_plural_noun_opens_a_relative_clause_on_it(text, source, content):
    # had been "the things Ryan" saying "him"
    a = one(text, "said" if "said" in text else "told")
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text, source", [
    ("The billionaire Donald Trump said that he won.", "The billionaire Donald Trump"),
    ("The senator Bernie Sanders said that he won.", "The senator Bernie Sanders"),
])
def test_a_singular_noun_before_a_name_is_its_title(text, source):
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == "he won"


@pytest.mark.parametrize("text", [
    "His silence speaks volumes.",
    "Their smiles said a lot.",
    "The vote tells us something about the party.",
    "The choice said much about him.",
    "Her conduct says a great deal about her.",
])
def test_a_fact_that_says_a_lot_is_no_source(text):
    assert not attributions(text)


@pytest.mark.parametrize("text, source", [
    ("He said a lot about trade.", "He"),
    ("The report says a lot about trade.", "The report"),
    ("Trump says a lot of things.", "Trump"),
    ("It says a lot about him.", "It"),  # a pronoun may stand for a person or a text: PolNeAR marks it
    ("The silence said a lot of things.", "The silence"),  # "a lot of" counts what was said
])
def test_a_source_that_says_a_lot_still_speaks(text, source):
    a = attributions(text)
    assert len(a) == 1 and span_text(text, a[0].source) == source


@pytest.mark.parametrize("text, source", [
    ("“We lost,” said Smith to reporters on Monday.", "Smith"),  # had been "Smith to reporters on Monday"
    ("“It makes me sad,” commented Miley Cyrus to the Rolling Stone magazine this week.", "Miley Cyrus"),
    ("“We lost,” said the official to reporters on Monday.", "the official"),
    ("“We lost,” said a spokesman to the crowd.", "a spokesman"),
])
def test_to_after_an_inverted_speaker_names_the_hearer(text, source):
    a = attributions(text)
    assert len(a) == 1 and span_text(text, a[0].source) == source


@pytest.mark.parametrize("text, source", [
    ("“We lost,” said a person close to the campaign.", "a person close to the campaign"),
    ("“We lost,” said an adviser to the president.", "an adviser to the president"),
])
def test_to_inside_a_described_speaker_stays_his_description(text, source):
    a = attributions(text)
    assert len(a) == 1 and span_text(text, a[0].source) == source


@pytest.mark.parametrize("text, cue, source", [
    # a verb joined by "and" inside a clause opened by "when" or "after" shares that clause's subject
    ("The story takes a sad turn when he returns home and sees that the niece is there.", "sees", "he"),
    ("It happened after they met and agreed that the plan was bad.", "agreed", "they"),
    ("The crowd cheered when Rubio thanked Miami and said it was great.", "said", "Rubio"),
])
def test_a_joined_verb_in_a_subordinate_clause_takes_its_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Let us agree that November 8 is the last chance.", "agree", "us"),  # had been "Let us"
    ("Let me just say that it was not crowded.", "say", "me"),
])
def test_the_speaker_of_an_imperative_let_is_its_pronoun(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_pronoun_after_an_inverted_verb_and_before_to_is_its_object():
    text = "Facebook found the posting, reported it to the F.B.I., and removed it."
    assert span_text(text, one(text, "reported").source) == "Facebook"


@pytest.mark.parametrize("text, source", [
    ("Schultz will not speak tonight, a Democrat close to her says.", "a Democrat close to her"),
    ("A source close to her told CNN that she would quit.", "A source close to her"),
])
def test_her_before_a_verb_only_cue_is_an_object(text, source):
    # "her said" had been read as a possessive and a noun: the attribution was dropped
    a = attributions(text)
    assert len(a) == 1 and span_text(text, a[0].source) == source


@pytest.mark.parametrize("text", ["Her claims were false.", "Her said remarks were odd."])
def test_her_before_a_noun_stays_a_possessive(text):
    assert not attributions(text)


def test_her_before_a_participle_and_a_noun_stays_a_possessive():
    # "her repeated comments": an adjective (the object reading had credited "receiving criticism for her")
    assert not attributions("Clinton is already receiving criticism for her repeated comments in interviews.")


@pytest.mark.parametrize("text, cue, source", [
    ("The firm was the target of enforcement actions announced Monday morning by the Department of Justice.",
     "announced", "the Department of Justice"),
    ("The plan, proposed on Jan. 5 by the governor, failed.", "proposed", "the governor"),
])
def test_a_short_time_between_a_participle_and_its_agent(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", ["He said Monday by phone that it failed.", "Trump said Monday by the way that it failed."])
def test_a_time_then_by_after_an_active_verb_is_no_agent(text):
    a = one(text, "said")
    assert span_text(text, a.source) in ("He", "Trump")
    assert span_text(text, a.content) == "it failed"


@pytest.mark.parametrize("text, source", [
    # had been "CNN) One of the"
    ("(CNN) One of the stars at the Emmys delivered criticism of Trump, warning against efforts.", "One of the stars"),
    ("(CNN) Hillary Clinton attacked Trump on Monday, saying he was unfit.", "Hillary Clinton"),
])
def test_a_bracketed_dateline_opens_no_subject(text, source):
    cue = "warning" if "warning" in text else "saying"
    assert span_text(text, one(text, cue).source) == source


def test_story_highlights_is_a_heading():
    assert not attributions("Story highlights Monday night marks the first of three debates")
    text = "The story highlights the risks."
    assert span_text(text, one(text, "highlights").source) == "The story"


@pytest.mark.parametrize("text, cue, source", [
    ("Offstage, the actors agree with the widespread Mexican view.", "agree", "the actors"),  # had been "Offstage"
    ("Later, the officials said that it failed.", "said", "the officials"),
    ("Obama, the former president said that he won.", "said", "Obama"),  # one name and its description
    ("Everlywell, the digital health company which offers lab tests today announced a new hire.", "announced", "Everlywell"),
])
def test_the_and_a_group_after_an_opening_comma_is_the_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, source", [
    ("Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready.”",
     "Hillary Clinton’s right-hand woman"),  # had been "Hillary Clinton’s"
    ("CNN's reality check team investigated the claim and found that it was false.", "CNN's reality check team"),
])
def test_a_possessive_subject_runs_to_its_head_noun_and_stops_at_the_verb(text, source):
    a = attributions(text)
    assert span_text(text, a[-1].source) == source


def test_a_verb_after_not_is_no_source():
    # "details" had been a verb whose subject was "release"
    text = "Gowdy did not release further details about the interviews, saying only that they took place."
    a = attributions(text)
    assert len(a) == 1 and span_text(text, a[0].source) == "Gowdy"
    text = "Not everyone agrees that it failed."
    assert span_text(text, one(text, "agrees").source) == "everyone"


@pytest.mark.parametrize("text", [
    "After winning Ohio, Gov. John Kasich (R-OH), said, “I’m getting ready.”",
    "Speaking in Columbus, after winning Ohio in the primary, Gov. John Kasich (R-OH), said, “I’m getting ready.”",
])
def test_a_circumstance_before_an_inserted_name_is_not_the_subject(text):
    assert span_text(text, one(text, "said").source) == "Gov. John Kasich (R-OH)"


@pytest.mark.parametrize("text, cue, source", [
    ("But when Mr. Hurt asked Norton to republish the book this year, it declined, citing legal risks.", "citing", "it"),
    ("After Smith said it failed, he left, adding that he was sad.", "adding", "he"),
    ("Smith said it failed, adding that he was sad.", "adding", "Smith"),  # one clause: the speaker before
    ("When Trump suggested that Cuba would sue the U.S. for reneging on the Obama administration’s deal, Rubio "
     "fired back forcefully: “If they sue us, they’re going to lose,” referencing the immigrants.", "referencing", "Rubio"),
    ("He pushed back: “If they sue us in Miami, they’re going to lose,” referencing the immigrants.", "referencing", "He"),
])
def test_a_participle_after_the_main_clause_takes_its_subject_not_the_subordinate_speaker(text, cue, source):
    assert span_text(text, one(text, cue).source) == source



def test_a_quoted_subordinate_clause_leaves_the_speaker_before():
    text = "Trump pushed back forcefully: “If they sue us in Miami, they’re going to lose,” referencing the immigrants."
    assert span_text(text, one(text, "referencing").source) == "Trump"


@pytest.mark.parametrize("text, source, content", [
    # what follows the cue had been read as an inverted speaker ("the Trump", "the days", "Fiorina")
    ('Mike Murphy, who ran a pro-Jeb Bush super PAC, said the Trump "train may have left the station."',
     "Mike Murphy", 'the Trump "train may have left the station."'),
    ('Hemsley, the co-author of "Going Viral," about the spread of news, said the days when the nation had one voice were over.',
     "Hemsley", "the days when the nation had one voice were over"),
    ("But Murshed Zaheed, political director of CREDO Action, which organized the letter, said Clinton’s response was weak.",
     "Murshed Zaheed", "Clinton’s response was weak"),
    ('In an interview, Steve Huhn, a former HP vice president of global sales, said Fiorina "was very embarrassed."',
     "Steve Huhn", 'Fiorina "was very embarrassed."'),
])
def test_a_described_name_that_opens_the_sentence_is_the_speaker(text, source, content):
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text, source", [
    ('"It was late," said Kessel, whose group won.', "Kessel"),
    ("The plan failed, said Smith, a resident.", "Smith"),
])
def test_inverted_speakers_after_a_statement_stay(text, source):
    assert span_text(text, one(text, "said").source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("Scott has freed up $26 million to address the problem and on Monday announced $5 million more was sent.",
     "announced", "Scott"),  # had been "the problem and"
    ("Following Sanders on MSNBC, Clinton seemed to implore Sanders to let up by referencing her own role.",
     "referencing", "Clinton"),  # had been "Following Sanders"
    ('When Sanders pointed out that he calls it "Medicare for all," Clinton seized upon the reference, repeating her line.',
     "repeating", "Clinton"),  # the comma that closes the opening clause sits inside the quotation marks
])
def test_the_subject_of_a_joined_verb_or_a_participle(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source", [
    ("The Washington Post columnist Ruth Marcus has been critical of Mr. Trump but on Tuesday wrote that she agreed.",
     "wrote", "The Washington Post columnist Ruth Marcus"),  # had been "Tuesday"
    ("When Robby Mook, Clinton’s campaign manager was asked if Clinton would hold a press conference, he laughed "
     "and said, “We’ll see.”", "said", "he"),  # the comma after the name sets off a description, not the clause's end
])
def test_a_joined_verb_past_a_time_or_a_description(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", ["0%iS told", "He is told", "They were warned"])
def test_a_passive_verb_of_telling_that_ends_the_text_is_no_attribution(text):
    # the hearer test read the word after the cue past the end of the text (found by hypothesis in CI)
    assert not attributions(text)
