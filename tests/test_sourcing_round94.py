"""Round 94: sentences from new phrasebooks (semiconductors; horse racing; the polar regions;
hospitality; insolvency; wine), from round 93's mountaineering and film phrasebooks, and the leads
they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("In a statement, Alpine Kestrel Expeditions said all of its clients were safe.", "said",
     "Alpine Kestrel Expeditions"),
    ("Marrowbone Films said in a statement that it had parted ways with the producer.", "said", "Marrowbone Films"),
    ("Orrin Devices rejected the offer, saying it undervalues the company.", "saying", "Orrin Devices"),
    ("Kingsmere Racecourse announced that it would install a new watering system.", "announced",
     "Kingsmere Racecourse"),
    ("Greenvale Cooperative insists that its members were paid fairly.", "insists", "Greenvale Cooperative"),
    ("Domaine Sarrazin denied the allegations and said it would sue.", "denied", "Domaine Sarrazin"),
    ("The Institut des Appellations du Sud said the new rules would take effect from the 2026 harvest.", "said",
     "The Institut des Appellations du Sud"),
    ("Chile maintains that its claim to the Antarctic Peninsula predates the treaty.", "maintains", "Chile"),
    ("Friends of the Valley, a local campaign group, said it would challenge the permission.", "said",
     "Friends of the Valley"),
])
def test_names_of_firms_trades_and_countries_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Jane Sales said the figures were wrong.", "said", "Jane Sales"),
    ("Mark Downs said the going was soft.", "said", "Mark Downs"),
])
def test_a_given_name_keeps_a_trade_word_a_surname(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Friends of Mr. Clinton's who have seen him say that he is tired.", "say", "Friends of Mr. Clinton's"),
    ("Friends of John Smith said he was kind.", "said", "Friends of John Smith"),
])
def test_a_persons_friends_are_people(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("The 2024 Himalayan Safety Review concluded that fixed-rope failures caused a third of all falls.",
     "concluded", "The 2024 Himalayan Safety Review"),
    ("The annual Arctic Ice Review shows that the oldest sea ice covers less than 5 per cent of the basin.",
     "shows", "The annual Arctic Ice Review"),
])
def test_a_dated_or_annual_review_is_a_record(text, cue, source):
    assert typed_source(text, cue) == (source, "document", True)


def test_a_review_with_no_edition_may_be_a_journal():
    assert typed_source("The National Review said the bill was doomed.", "said") == (
        "The National Review", "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Guides at base camp say the ladders have been replaced three times this season.", "say",
     "Guides at base camp"),
    ("Climbers descending from the South Col described the scene at the Balcony as chaos.", "described",
     "Climbers descending from the South Col"),
    ("Hoteliers in the resort say bookings from Germany have halved.", "say", "Hoteliers in the resort"),
    ("Most restaurateurs questioned for the survey said they had raised menu prices.", "said",
     "Most restaurateurs questioned for the survey"),
    ("Passengers aboard the ferry said the crossing was rough.", "said", "Passengers aboard the ferry"),
    ("The Russian delegation's lawyers claimed that the ridge is an extension of its shelf.", "claimed",
     "The Russian delegation's lawyers"),
])
def test_people_with_a_post_modifier_are_a_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("One supplier, who asked not to be named, said he was owed more than £90,000.", "said", "One supplier"),
    ("A supplier who asked not to be named said the cancellations began in late August.", "said", "A supplier"),
    ("One Napa winemaker, speaking on condition of anonymity, said smoke taint had ruined the crop.", "said",
     "One Napa winemaker"),
    ("A Sherpa who was on the summit ridge that morning said the Frenchman was moving slowly.", "said",
     "A Sherpa"),
    ("A punter who won £250,000 from a £2 accumulator said he would buy his mother a house.", "said",
     "A punter"),
])
def test_one_person_of_a_trade(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


def test_the_council_who_stays_the_council():
    assert typed_source("The council, who declined to comment, said nothing.", "said") == (
        "The council", "unnamed_group", False)


def test_a_correspondent_aboard_a_ship_is_the_outlet():
    text = "Our correspondent aboard the icebreaker reports that the convoy is moving again."
    assert typed_source(text, "reports") == ("Our correspondent aboard the icebreaker", "self", False)


def test_a_pronoun_finds_people_of_a_trade():
    text = "Two projectionists at the Rialto walked out mid-shift. They said the cinema had not paid them."
    assert typed_source(text, "said") == ("They", "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Analysts question whether the plan will work.", "question", "Analysts", "whether the plan will work"),
    ("Some veterans of the mountain question whether the speed record was set on the same route.", "question",
     "Some veterans of the mountain", "whether the speed record was set on the same route"),
])
def test_question_whether_is_a_verb(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "There is no question whether he lied.",
    "Judicial Watch could question Clinton next month.",
    "Many question the wisdom of the plan.",
])
def test_question_as_a_noun_or_an_interrogation(text):
    assert "question" not in cues(text)


def test_a_question_that_asked_is_a_poll_question():
    text = "The sentiment was reflected in another question that asked Democrats how likely Clinton was to win."
    assert source_and_content(text, "asked")[0] == "that"


@pytest.mark.parametrize("text", [
    "The mountain claimed two more climbers on the descent from the summit.",
    "The Sherpa guide showed the clients how to clip into the fixed line.",
    "Climbers noted the time on their watches as they stepped onto the summit.",
    "The head waiter noted the table number on each ticket.",
    "She called her agent from the airport lounge before boarding.",
    "The script called for a 40-foot puppet dragon and a flooded ballroom.",
    "The role called for a year of weight training and a strict diet.",
    "The score was written by the Icelandic composer Hrefna Dagsdottir.",
    "The screenplay, written by twin brothers from Lagos, went through eleven drafts.",
    "Imogen Sayle wrote and directed the short, which played at midnight.",
    "The glaciologist has written three books about the Greenland ice sheet.",
    "She spent the spring writing up her results from the drifting station.",
    "The sommelier wrote out the wine list by hand each morning.",
    "Engineers wrote the firmware for the controller chip in just four months.",
    "The deal confirmed Norrvik's place as Europe's largest chipmaker by revenue.",
    "Power cuts threatened production at the fab for much of the summer.",
    "The advancing glacier threatened the only road out of the valley.",
    "Kilbarron Lass claimed the opening maiden by two lengths.",
    "Apprentice Tia Marsh, who claims 7lb, rode a patient race on the outsider.",
    "The trainer declared three horses for the Saturday card at Ayr.",
    "The dogs answered the musher's commands without hesitation.",
    "The new chief executive reported directly to the restructuring committee.",
    "The group agreed a £90 million deal to buy six hotels on the Algarve.",
])
def test_acts_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Organisers claimed 20,000 people joined the march through the city centre.", "claimed"),
    ("He claimed two climbers were lost.", "claimed"),
    ("She called her agent a liar.", "called"),
    ("Trump called her a liar.", "called"),
    ("Officials called for calm.", "called"),
    ("Manafort insisted on CNN that there was no cribbing.", "insisted"),
    ("The report, written by two economists, said the plan had failed.", "said"),
    ("Gold rose 0.6% to $2,341 an ounce as traders bet on lower rates, said Marguerite Fontaine, a strategist.",
     "said"),
])
def test_statements_near_those_acts_stay(text, cue):
    assert cue in cues(text)


def test_a_book_written_by_its_author_says_what_it_says():
    text = "A book written by Smith says the war was lost."
    assert cues(text) == ["says"]
