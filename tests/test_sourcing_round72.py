"""Round 72: sentences from four new phrasebooks (partisan blogs and opinion; celebrity and
tabloid news; transport and accident investigations; education, religion and charities): a
speaker after a quotation who is described by a relative clause or followed by words of manner,
bodies and records the lexicons lacked, rites and chores that are said or answered, and a verb
joined to a relative clause that follows an attribution."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("“The carriage just lifted and went over,” a woman who was on the train told the BBC.", "told", "a woman"),
    ("“It was chaos,” a man who lives nearby said.", "said", "a man"),
])
def test_a_speaker_after_a_quotation_keeps_the_relative_clause_out_of_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, source", [
    ("“You'll have to wait and see,” the singer added with a wink.", "the singer"),
    ("“Wait and see,” the coach added on Monday.", "the coach"),
])
def test_a_verb_after_a_quotation_credits_it_whatever_follows(text, source):
    assert source_and_content(text, "added") == (source, text[1:text.index("”")])


@pytest.mark.parametrize("text, cue", [
    ("The ministry added 40 new staff in March.", "added"),
    ("The club added two more signings on Friday.", "added"),
])
def test_a_statement_verb_before_its_object_stays_an_act(text, cue):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Buckingham Palace said the Princess would miss the garden party.", "said", "Buckingham Palace", "named_organization"),
    ("Lantern Pictures denied that the star had been paid less.", "denied", "Lantern Pictures", "named_organization"),
    ("The British Fashion Guild warned that the show would be cancelled.", "warned",
     "The British Fashion Guild", "named_organization"),
    ("The Marine Accident Investigation Branch found that the lookout had been asleep.", "found",
     "The Marine Accident Investigation Branch", "named_organization"),
    ("Northwind Air said the aircraft had passed a maintenance check.", "said", "Northwind Air", "named_organization"),
    ("Oceanic Blue Lines denied that the ship had been overloaded.", "denied", "Oceanic Blue Lines", "named_organization"),
    ("Western Valley Trains says it will refund everyone.", "says", "Western Valley Trains", "named_organization"),
    ("The progressive blog Red Ledger accused the senator of lying.", "accused", "The progressive blog Red Ledger",
     "named_organization"),
    ("Pals say the actress has never been happier.", "say", "Pals", "unnamed_group"),
    ("Hardliners fear that talks will be seen as weakness.", "fear", "Hardliners",
     "unnamed_group"),
    ("Controllers had warned management that the radar was unreliable.", "warned", "Controllers", "unnamed_group"),
    ("The cockpit voice recorder showed that the warning had sounded.", "showed", "The cockpit voice recorder",
     "document"),
    ("The driver had been at the wheel for eleven hours, according to his tachograph.", "according to",
     "his tachograph", "document"),
    ("The campaign's latest advert suggests that the incumbent is soft on crime.", "suggests",
     "The campaign's latest advert", "document"),
    ("The awards body's rulebook says a film must play in cinemas for seven days.", "says",
     "The awards body's rulebook", "document"),
])
def test_new_bodies_people_and_records(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_the_outlets_own_newsletter_is_self():
    text = "This newsletter has learned that the board will vote in secret."
    assert typed_source(text, "learned")[:2] == ("This newsletter", "self")


@pytest.mark.parametrize("text", [
    "The bishop said Mass at the cathedral on Easter morning.",
    "The children said grace before lunch.",
    "His grandmother told her rosary in the back pew every morning.",
    "The star answered the door in a dressing gown.",
    "The lifeboat crew answered the call within minutes.",
    "A pupil answered the register with a wave.",
    "The debating team argued its way into the national final.",
    "And who, pray tell, paid for the minister's helicopter?",
    "Staff and pupils reported back for the new term on Wednesday.",
    "The under-11s claimed the county cup after a penalty shoot-out.",
    "The actress claimed her first Bafta in 2012.",
    "Passengers can claim compensation if their flight arrives three hours late.",
])
def test_rites_chores_and_prizes_are_acts(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("Democrats cautioned against it, saying mass immigration was to blame.", "saying"),
    ("He reported back to the committee that the plan had failed.", "reported"),
    ("She answered that the plan was sound.", "answered"),
    ("Mrs. Clinton, who was saying goodbye to a guest, was not listening.", "saying"),
])
def test_a_clause_or_a_greeting_after_them_is_still_said(text, cue):
    assert cue in cues(text)


def test_a_verb_joined_to_a_relative_after_an_attribution_is_the_relatives():
    text = ("“This is one of her friends,” Tom told Jane Ordway, who opened her door on Sunday "
            "and said she planned to vote for the mayor.")
    found = [a for a in attributions(text) if text[a.cue.start:a.cue.end] == "said"]
    assert len(found) == 1 and text[found[0].source.start:found[0].source.end] == "who"
    assert text[found[0].resolved_from.start:found[0].resolved_from.end] == "Jane Ordway"


@pytest.mark.parametrize("text, cue, source", [
    ("Protesters chanted that the president was a thief.", "chanted", "Protesters"),
    ('About 200 protesters gathered, holding signs and chanting "Dump Trump."', "chanting", "200 protesters"),
    ('About 200 protesters gathered, holding signs and saying "Dump Trump."', "saying", "200 protesters"),
    ("The Institute for Fiscal Studies calculates that spending per pupil is lower.", "calculates",
     "The Institute for Fiscal Studies"),
])
def test_chants_and_calculations_are_attributed(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "The crowd chanted his name.",
    "It was a calculated political move.",
    "The plan would calculate tuition based on income.",
])
def test_a_chanted_name_or_a_calculated_move_is_no_attribution(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue, pronoun, antecedent, source_type", [
    ("A whistleblower contacted this newsletter in May. She alleged that the audit had been rewritten.",
     "alleged", "She", "A whistleblower", "unnamed_individual"),
    ("The Workers' Alliance held a rally in the square. It said the minimum wage should double.",
     "said", "It", "The Workers' Alliance", "named_organization"),
    ("A report by the Local Government Association was published on Monday. It warns that services face a shortfall.",
     "warns", "It", "A report by the Local Government Association", "document"),
    ("Dinner ladies at three Sheffield schools walked out on Monday. They said their hours had been cut.",
     "said", "They", "Dinner ladies at three Sheffield schools", "unnamed_group"),
])
def test_a_pronoun_stands_for_the_subject_the_sentence_before_opens_with(text, cue, pronoun, antecedent, source_type):
    found = [a for a in attributions(text) if text[a.cue.start:a.cue.end] == cue]
    assert len(found) == 1
    a = found[0]
    assert text[a.source.start:a.source.end] == pronoun and a.source_type == source_type
    assert text[a.resolved_from.start:a.resolved_from.end] == antecedent


@pytest.mark.parametrize("text, source_type", [
    ("The Archbishop of Canterbury's spokesman said the archbishop had not been told.", "unnamed_individual"),
    ("The Bank of England's governor said rates would rise.", "unnamed_individual"),
    ("The deputy head of China's delegation said the patrols should stop.", "unnamed_individual"),
    ("The Bank of England said rates would rise.", "named_organization"),
])
def test_a_name_in_the_possessive_after_of_owns_the_head(text, source_type):
    assert typed_source(text, "said")[1] == source_type


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The letter home to parents, signed by the head, warned that phones would be taken.", "warned",
     "The letter home to parents", "document"),
    ("According to a letter sent home on Friday, pupils must wear blazers.", "According to",
     "a letter sent home on Friday", "document"),
    ("Monaco announced that the day of the wedding would be a holiday.", "announced", "Monaco", "named_organization"),
])
def test_a_record_sent_home_and_a_small_state(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)
