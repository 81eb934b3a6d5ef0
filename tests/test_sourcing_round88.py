"""Round 88: sentences from new phrasebooks (the motor industry; insurance and pensions; gambling
and betting; weather and climate; customs and smuggling; the news media) and the leads they
opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text", [
    "She claimed on her home insurance after the burglary.",
    "More than 2,000 households have claimed on their policies since the floods.",
    "He claimed £3,200 for a damaged laptop and a stolen bicycle.",
    "Policyholders can claim up to £85,000 through the compensation scheme if an insurer fails.",
    "Punters claimed more than two million free bets during the tournament.",
    "The widow claimed her late husband's pension eighteen months after his death.",
    "The team claimed the constructors' title with two races to spare.",
    "The smuggler claimed his bag from the carousel.",
    "Nobody has claimed the container, which has sat on the quay since March.",
    "The £84m jackpot was claimed by a syndicate of nurses from Leeds.",
    "The attack was claimed by the IMU.",
    "The storm surge claimed dozens of small boats moored in the harbour.",
    "Her debut album claimed four trophies at the ceremony in Dublin.",
])
def test_money_cover_prizes_and_things_claimed_are_no_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("He claimed the attack was staged.", "the attack was staged"),
    ("She claimed two million people had signed.", "two million people had signed"),
    ("He claimed on Monday that the vote was rigged.", "the vote was rigged"),
    ("She claimed the stolen car was hers.", "the stolen car was hers"),
    ("The union claimed the container had been tampered with.", "the container had been tampered with"),
])
def test_a_clause_after_claimed_is_still_a_statement(text, content):
    assert source_and_content(text, "claimed")[1] == content


@pytest.mark.parametrize("text", [
    "The underwriter wrote £40m of marine business last year.",
    "The with-profits fund declared a bonus of 2.5% for the year.",
    "The sniffer dog, Bramble, has notched up more than 300 finds.",
    "Officers questioned the crew for six hours before releasing them.",
    "Police questioned two men.",
    "The driver signalled and pulled into the inspection bay.",
    "The smugglers signalled to a waiting boat with torches.",
    "The starter signalled the off with a drop of his flag.",
    "Lifting the carpet revealed a false floor beneath the rear seats.",
    "Scratching off the final panel revealed a prize of £10,000.",
    "The favourite conceded 10lb to the rest of the field.",
    "The home side conceded in stoppage time, wrecking thousands of accumulators.",
    "They conceded twice before the break.",
    "He confirmed his seat at the main event by paying the $10,000 buy-in.",
    "The band confirmed their reputation as the best live act in the country.",
    "The anchor concluded the bulletin with the weather forecast.",
    "She voiced the character of the mother in the film.",
    "The pianist voiced the chords differently every night of the residency.",
    "The bricklayers learnt their trade at Dunmore College.",
    "The producer wrote the string arrangement in a single afternoon.",
    "The venue admitted ticket holders from 6pm.",
    "Engineers tested the new signalling system over the weekend.",
    "The firm missed a reporting deadline.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("Trump has signaled that he may make peace.", "signaled", "he may make peace"),
    ("He signaled his displeasure with the ruling.", "signaled", "his displeasure with the ruling"),
    ("He questioned her judgment.", "questioned", "her judgment"),
    ("Critics questioned the officials' claims.", "questioned", "the officials' claims"),
    ("He questioned whether it was legal.", "questioned", "whether it was legal"),
    ("He conceded twice that he was wrong.", "conceded", "twice that he was wrong"),
    ("The campaign conceded 3 points were lost.", "conceded", "3 points were lost"),
    ("He conceded defeat on Tuesday.", "conceded", "defeat on Tuesday"),
    ("He learned the trade was booming.", "learned", "the trade was booming"),
    ("Reading the report revealed that it was flawed.", "revealed", "it was flawed"),
    ("She voiced concern about the role of money.", "voiced", "concern about the role of money"),
])
def test_the_same_verbs_still_attribute_what_follows(text, cue, content):
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text, source", [
    ("Cal Rooney voiced concern that smaller bands were being priced out of touring.", "Cal Rooney"),
    ("The singer voiced fears that the tour would lose money.", "The singer"),
    ("Marine Le Pen voiced support for the Republican candidate.", "Marine Le Pen"),
    ("Several members voiced concerns about the plan.", "Several members"),
])
def test_voiced_is_a_cue(text, source):
    assert source_and_content(text, "voiced")[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Article 5 says members must help.", "says", "Article 5"),
    ("Of those polled, 300 say they will vote.", "say", "300"),
])
def test_a_verb_after_a_number_that_is_no_count_of_things_stays_a_cue(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Senior figures at the corporation believe the director general will not survive the week.", "believe",
     "Senior figures at the corporation", "unnamed_group"),
    ("Testers noted that the child seat anchors were hard to reach.", "noted", "Testers", "unnamed_group"),
    ("Stewards said the rider had used his whip above the permitted level.", "said", "Stewards", "unnamed_group"),
    ("One in three voters said they would not return.", "said", "One in three voters", "unnamed_group"),
    ("One in 10 Americans say they trust Congress.", "say", "One in 10 Americans", "unnamed_group"),
    ("The actuarial valuation shows the fund is 94% funded.", "shows", "The actuarial valuation", "document"),
    ("The policy wording states that damage caused by gradual leaks is not covered.", "states", "The policy wording",
     "document"),
    ("The editors' code states that the press must take care.", "states", "The editors' code", "document"),
    ("The correction, printed on page two, says the figure should have read 14 per cent.", "says", "The correction",
     "document"),
    ("According to the claim form, the car was parked outside the house.", "According to", "the claim form", "document"),
    ("A sign above the counter says customers must be over 18 to enter the shop.", "says", "A sign above the counter",
     "document"),
])
def test_new_words_for_people_and_records(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text, source", [
    ("Key figures show a rise.", "Key figures"),
    ("Figures published by the airport show a rise in passengers.", "Figures published by the airport"),
])
def test_figures_without_a_word_of_standing_stay_numbers(text, source):
    assert typed_source(text, "show") == (source, "document", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Météo-France said on Sunday that the heatwave would peak on Tuesday.", "said", "Météo-France"),
    ("The storm could bring 150mm of rain to the mountains, according to Met Éireann.", "according to", "Met Éireann"),
    ("Greenvale Gaming conceded that its age-verification system had been bypassed.", "conceded", "Greenvale Gaming"),
    ("Kinross Lotteries announced that it had raised £30m for good causes.", "announced", "Kinross Lotteries"),
    ("Wexley Life said it was reviewing the pensions of 3,000 former staff.", "said", "Wexley Life"),
    ("HM Revenue and Customs said in a written response that it disagreed.", "said", "HM Revenue and Customs"),
    ("Bellweather Records said the album had sold 40,000 copies in its first week.", "said", "Bellweather Records"),
    ("Bloomfield Capital, the activist investor, said the board had lost the confidence of shareholders.", "said",
     "Bloomfield Capital"),
    ("Tidemark, the mutual owned by its members, maintained that the bonus cut was unavoidable.", "maintained",
     "Tidemark"),
])
def test_bodies_by_their_names_or_their_appositions(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Peter Life said he was happy.", "said", "Peter Life"),
    ("Sterling Church, the defendant's brother, testified that the two had not spoken.", "testified", "Sterling Church"),
    ("Jane Marsh, an investor, said it was over.", "said", "Jane Marsh"),
])
def test_people_with_those_words_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("The head of forecasting said people should not travel.", "The head of forecasting"),
    ("Met Éireann's head of forecasting said: “People should not travel.”", "Met Éireann's head of forecasting"),
    ("The director of polling at the firm said turnout fell.", "The director of polling at the firm"),
])
def test_a_field_named_by_a_cues_ing_form_stays_in_the_source(text, source):
    assert source_and_content(text, "said")[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("Emails that the Post reviewed show he lied.", "show", "Emails"),
    ("The records that the Post obtained show he was ill.", "show", "The records"),
    ("Court records that were released show he lied.", "show", "Court records"),
    ("Court records that were released on Monday show he lied.", "show", "Court records"),
    ("A video that was posted online shows two men fighting.", "shows", "A video"),
    ("Documents which were leaked show the plan.", "show", "Documents"),
])
def test_a_record_with_a_relative_clause_is_the_subject(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_relatives_own_verb_keeps_its_subject():
    text = "The letter that she wrote said he lied."
    assert source_and_content(text, "wrote")[0] == "she"
    assert source_and_content(text, "said")[0] == "The letter"


@pytest.mark.parametrize("text, kind", [
    ("The review was published on Thursday. It found the timetable had been optimistic.", "document"),
    ("The audit was published. It found that the council had overspent.", "document"),
    ("The residents' group has fought the scheme for a decade. It says the new road will cut the village in two.",
     "unnamed_group"),
])
def test_it_for_a_record_or_a_body(text, kind):
    cue = "found" if "found" in text else "says"
    assert typed_source(text, cue) == ("It", kind, False)


def test_it_with_an_object_and_no_clause_is_no_finding():
    assert cues("It found a buyer in May.") == []
