"""Round 93: sentences from new phrasebooks (football transfers; central banks; Westminster;
anti-doping; care homes; logistics), from round 92's forestry and privacy phrasebooks, and the
leads they opened."""

from __future__ import annotations

import pytest

from credscore.signals._attribution_lexicon import regular_plural, source_nouns

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("noun, plural", [
    ("official", "officials"),
    ("coach", "coaches"),
    ("witness", "witnesses"),
    ("secretary", "secretaries"),
    ("annex", "annexes"),
    ("attorney", "attorneys"),
])
def test_the_regular_plural_of_a_source_noun(noun, plural):
    assert regular_plural(noun) == plural


def test_the_lexicon_reads_regular_plurals_and_a_noun_that_takes_none():
    nouns = source_nouns()
    assert nouns["coaches"].plural and nouns["coaches"].noun == "coach"
    assert nouns["treaties"].cls == "document"
    assert "lobbies" not in nouns  # ("Perez lobbies for a higher minimum wage:": a verb after a name)


@pytest.mark.parametrize("text, cue, source", [
    ("Coaches in Iten say out-of-competition testing has become more frequent.", "say", "Coaches in Iten"),
    ("Hawks on the governing council argue that services inflation remains too sticky.", "argue",
     "Hawks on the governing council"),
    ("Port of Calderra officials believe the dredging work will allow larger vessels to call.", "believe",
     "Port of Calderra officials"),
])
def test_people_of_a_place_or_a_body_are_a_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("One Tory backbencher, who asked not to be named, said the mood in the tearoom was mutinous.", "said",
     "One Tory backbencher"),
    ("A senior Tory backbencher predicted that the bill would be gutted in the Lords.", "predicted",
     "A senior Tory backbencher"),
    ("The chief whip said the vote would go ahead.", "said", "The chief whip"),
])
def test_a_backbencher_or_a_whip_is_one_person(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Brightcourt Care said in a statement on Thursday that it had appointed an interim manager.", "said",
     "Brightcourt Care"),
    ("Residents were moved out without handover notes, according to Meadowfield Advocacy.", "according to",
     "Meadowfield Advocacy"),
    ("According to Brightwater Economics, the market is underestimating how long rates will stay high.",
     "According to", "Brightwater Economics"),
    ("In a statement, Pellham Advisory said it strongly rejects any suggestion of improper access.", "said",
     "Pellham Advisory"),
    ("In a statement, Hollin Timber said it had always complied fully with the law.", "said", "Hollin Timber"),
    ("Harrowgate Pulp warned that the mill would close.", "warned", "Harrowgate Pulp"),
    ("Number 10 later clarified that the Prime Minister had been speaking in general terms.", "clarified",
     "Number 10"),
    ("No 10 insisted there had been no breach of the ministerial code.", "insisted", "No 10"),
])
def test_words_and_seats_that_name_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_care_worker_named_care_stays_a_person():
    assert typed_source("Dr Amelia Care said the ward was full.", "said")[1] == "named_person"


@pytest.mark.parametrize("text, cue, source", [
    ("The UN Human Development Report says poverty fell.", "says", "The UN Human Development Report"),
    ("The Dunmoor Care Market Review 2025 predicts a shortfall of 800 nursing beds.", "predicts",
     "The Dunmoor Care Market Review 2025"),
    ("The 2024 State of the Forests report warns that wildfires now destroy more tree cover.", "warns",
     "The 2024 State of the Forests report"),
])
def test_a_record_named_by_its_subject_is_a_record(text, cue, source):
    assert typed_source(text, cue) == (source, "document", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The Daily Record said the club had collapsed.", "said", "The Daily Record"),
    ("The Sunday Daily Record said the club had collapsed.", "said", "The Sunday Daily Record"),
    ("The Health Service Journal reported that the trust was in deficit.", "reported",
     "The Health Service Journal"),
])
def test_a_newspapers_name_stays_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_message_circulated_among_people_is_the_record():
    text = "A text message circulated among rangers warned that the loggers would return."
    assert typed_source(text, "warned") == ("A text message circulated among rangers", "document", False)


@pytest.mark.parametrize("text, cue, source, content", [
    ("The Monetary Policy Report forecasts inflation averaging 2.8% next year.", "forecasts",
     "The Monetary Policy Report", "inflation averaging 2.8% next year"),
    ("The study estimates growth at 2%.", "estimates", "The study", "growth at 2%"),
])
def test_an_estimating_verb_after_one_record_is_its_verb(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "The report forecasts were wrong.",
    "The festival's programme notes run to 80 pages.",
])
def test_a_compound_after_a_record_stays_a_noun(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Staff at the home fear that further cuts will put residents at risk.", "fear", "Staff at the home",
     "further cuts will put residents at risk"),
    ("Officials at the ministry claim that the figures are wrong.", "claim", "Officials at the ministry",
     "the figures are wrong"),
    ("The minutes of the board meeting record that two directors voted against the sale.", "record that",
     "The minutes of the board meeting", "two directors voted against the sale"),
])
def test_a_bare_verb_after_a_post_modified_subject_before_that(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_tory_whips_fear():
    text = "Tory whips fear that as many as 40 MPs could rebel over the planning reforms."
    assert typed_source(text, "fear") == ("Tory whips", "unnamed_group", False)


def test_a_passive_infinitive_does_not_make_the_next_verb_passive():
    text = "Smith declined to be interviewed but said that quality was a priority."
    assert source_and_content(text, "said") == ("Smith", "quality was a priority")
    assert source_and_content(text, "declined") == ("Smith", "to be interviewed")


def test_a_coordinated_passive_keeps_its_agent():
    text = "The plan was quickly drafted and criticized by the unions."
    assert source_and_content(text, "criticized") == ("the unions", "The plan")


@pytest.mark.parametrize("text", [
    "Bulldozers claimed another 200 hectares of forest last month.",
    "More than 40,000 customers have claimed the free credit-monitoring service.",
    "Brevik's side claimed a third successive win with a late header.",
    "The keeper claimed the cross under pressure from two attackers.",
    "Amankwah claimed the match ball after his hat-trick on debut.",
    "His daughter claimed his belongings from the home the day after the funeral.",
    "The party conceded two seats to independent candidates in the local elections.",
    "The hospital admitted the dehydrated cyclist for two nights of observation.",
    "Drivers admitted to the depot after 10pm must park in Bay C.",
    "Athletes were seeded according to their best times this season.",
    "Containers are stacked according to their destination port.",
    "The ranger answered the radio on the second ring.",
    "The engineer wrote the tracking script in 2019, long before the rules changed.",
    "The forest service posted rangers at every entrance to the park.",
    "The officer posted at the northern gate has served there for 11 years.",
    "Staff reported for mandatory data-protection training at nine on Monday morning.",
    "Residents could hardly believe their eyes when the therapy donkeys arrived.",
    "There were 10 pledged delegates.",
])
def test_acts_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He claimed a third term was unlikely.", "claimed"),
    ("He claimed the ball was over the line.", "claimed"),
    ("The party conceded that it had lost two seats.", "conceded"),
    ("He admitted to the court that he lied.", "admitted"),
    ("Officials believe their figures are right.", "believe"),
    ("The mayor posted at 9am that the roads were closed.", "posted"),
])
def test_statements_near_those_acts_stay(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Several Premier League clubs fear the rule change will push up fees for young players.", "fear",
     "Several Premier League clubs"),
    ("Two Chinese banks said they would cut rates.", "said", "Two Chinese banks"),
    ("Many UN agencies warn that famine is near.", "warn", "Many UN agencies"),
])
def test_counted_bodies_are_a_group_whatever_names_their_kind(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_a_given_name_after_a_word_for_a_body_is_a_person():
    text = "The crane operator, Kwame Asante, admitted he had not seen the lashing bar on the deck."
    assert typed_source(text, "admitted") == ("Kwame Asante", "named_person", True)


def test_a_name_after_a_word_for_a_body_is_the_body():
    text = "The militant group, Jamaat-ul-Ahrar, said it carried out the attack."
    assert typed_source(text, "said") == ("Jamaat-ul-Ahrar", "named_organization", True)


@pytest.mark.parametrize("text", [
    "The MP's office answered more than 3,000 letters from constituents last year.",
    "The former home secretary is writing a thriller set in the Palace of Westminster.",
])
def test_correspondence_and_fiction_are_acts(text):
    assert cues(text) == []
