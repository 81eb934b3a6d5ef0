"""Round 98: sentences from new phrasebooks (boxing; coffee; watchmaking; allotments; skiing), from
round 97's rowing, perfume and ballet phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("World Sailing said the class rules would be rewritten.", "said", "World Sailing"),
    ("Rowing Wessex said entries had doubled.", "said", "Rowing Wessex"),
    ("Maison Parfums denied that its suppliers used child labour.", "denied", "Maison Parfums"),
    ("Northgate Dance said the tour would go ahead.", "said", "Northgate Dance"),
    ("Trading Standards warned shoppers that the cream was fake.", "warned", "Trading Standards"),
    ("“Don't buy from a car boot sale,” Trading Standards warned on Facebook.", "warned", "Trading Standards"),
    ("Steelhouse Promotions said the bout had been postponed.", "said", "Steelhouse Promotions"),
    ("Southpaw Boxing confirmed the fighter had withdrawn.", "confirmed", "Southpaw Boxing"),
    ("Hillcrest Roasters said it would raise prices in March.", "said", "Hillcrest Roasters"),
    ("Valmont Horlogerie announced a new boutique in Geneva.", "announced", "Valmont Horlogerie"),
    ("According to Ashgrove Nurseries, the frost killed half the stock.", "According to", "Ashgrove Nurseries"),
    ("Glacier Lifts denied any wrongdoing.", "denied", "Glacier Lifts"),
    ("Engadin Bergbahnen said the gondola would reopen on Friday.", "said", "Engadin Bergbahnen"),
])
def test_bodies_named_for_their_trade_or_sport_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Charles Dance said the play was his favourite.", "said", "Charles Dance"),
    ("Lukas Brandt, a regulator at the workshop, said the hairspring was the heart of the watch.", "said",
     "Lukas Brandt"),
])
def test_people_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Head of security Tom Lane said the doors were locked.", "said", "Head of security Tom Lane"),
    ("Head of rowing Charlotte Baird revealed that the club had a new eight.", "revealed",
     "Head of rowing Charlotte Baird"),
    ("Director of marketing Jo Lane said sales were up.", "said", "Director of marketing Jo Lane"),
])
def test_a_head_of_a_field_before_a_full_name_is_that_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Perfumers often describe the note as “soapy”.", "describe", "Perfumers", "unnamed_group"),
    ("Baristas at the flagship store told the paper that shifts had been cut.", "told",
     "Baristas at the flagship store", "unnamed_group"),
    ("The roastery denied that its beans were bought through middlemen.", "denied", "The roastery", "unnamed_group"),
    ("The funder warned that it would withdraw its grant.", "warned", "The funder", "unnamed_group"),
    ("The bottle claims the serum works within a week.", "claims", "The bottle", "document"),
    ("The tube says the cream is water-resistant.", "says", "The tube", "document"),
    ("The cox said the crew had been robbed.", "said", "The cox", "unnamed_individual"),
])
def test_trade_nouns_type_their_sources(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


def test_a_full_name_before_a_verb_in_s_and_a_bare_plural_is_the_antecedent():
    text = "Ada Okonjo reviews sunscreens on YouTube. She said one brand was fake."
    assert typed_source(text, "said") == ("She", "named_person", True)


def test_a_name_before_a_plural_noun_it_modifies_is_still_no_antecedent():
    text = "Clinton aides met on Monday. She said it was fine."
    assert typed_source(text, "said") == ("She", "unresolved", False)


@pytest.mark.parametrize("text", [
    "Baristas adjust the grind according to the humidity in the room.",
    "Seedlings are arranged according to the date they were sown.",
    "Beginners were sorted into groups according to ability on the first morning.",
])
def test_according_to_a_measure_right_after_the_act_credits_no_one(text):
    assert "according to" not in cues(text)


@pytest.mark.parametrize("text, source", [
    ("Turnout fell according to interviews with voters.", "interviews with voters"),
    ("Prices rose according to the poll.", "the poll"),
    ("Clinton leads by 271 delegates according to a count by The Associated Press.",
     "a count by The Associated Press"),
])
def test_according_to_a_record_or_interviews_still_credits_them(text, source):
    assert source_and_content(text, "according to")[0] == source


@pytest.mark.parametrize("text", [
    "The choreographer denied the dancers a lunch break on the day of the dress rehearsal.",
    "The champion denied the challenger any room to work on the inside.",
    "The late rains denied growers a second flowering.",
    "Warm weather denied the resort its usual Easter trade.",
    "Fog denied spectators a view of the finish.",
    "Vermeulen denied her rival a fourth straight slalom title.",
    "Whitlock added the IBF strap to the WBA title he won in March.",
    "Ferraris added the super-G title to her downhill gold.",
    "The umpire recalled both crews after a false start.",
    "The umpire warned the crew for steering towards the other station.",
    "The ballet master warned the latecomers off with a single look.",
    "The regulator observed the balance through a loupe for several minutes.",
    "The watchmaker pointed to the escapement with the tip of his tweezers.",
    "The resort answered the snow drought by running its cannons day and night.",
    "The favourite answered her critics with a commanding win in the giant slalom.",
    "Wielgosz wrote himself into Polish boxing history with the win.",
    "The trainer wrote the game plan on a whiteboard in the dressing room.",
    "Ordaz claimed a unanimous decision over twelve rounds.",
    "Lundqvist claimed her third crystal globe with two races to spare.",
    "The challenger conceded four inches in height and six in reach.",
    "Ilić posted a weight of 111.8 pounds.",
    "Varga reported for the weigh-in half an hour late.",
    "Dancers reported for class at nine.",
    "She repeated the variation until the teacher was satisfied.",
    "He wrote a ballet for twelve dancers while still a student.",
    "Travellers must declare perfume above the duty-free allowance.",
    "Customers can claim a free sample with any purchase.",
    "Whitlock pointed to his corner after the final bell.",
])
def test_acts_that_borrow_a_cue_word_are_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He denied the allegations a second time.", "denied"),
    ("She denied claims her campaign had lied.", "denied"),
    ("The ministry denied allegations his men were involved.", "denied"),
    ("She added that the deal was done.", "added"),
    ("He warned them for years that the dam would fail.", "warned"),
    ("He warned the public for the first time that prices would rise.", "warned"),
    ("He answered questions by saying nothing.", "answered"),
    ("She recalled the day he left.", "recalled"),
    ("The lawsuit claims that Bramblecote Foods sold contaminated lettuce.", "claims"),
])
def test_words_said_keep_their_cue(text, cue):
    assert cue in cues(text)


def test_goods_recalled_are_no_memory():
    assert cues("The manufacturer said it had recalled every bottle.") == ["said"]


def test_a_quote_before_warned_on_a_platform_keeps_its_speaker():
    text = "“Lock your sheds,” the council warned on Facebook."
    assert source_and_content(text, "warned") == ("the council", "Lock your sheds,")
