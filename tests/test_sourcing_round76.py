"""Round 76: sentences from four new phrasebooks (housing and property; aviation; humanitarian
aid and charities; telecoms and broadcasting) and leads left by round 75."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, span_text, typed_source


@pytest.mark.parametrize("text, source, source_type", [
    # a description of the name that ends the phrase before it is not the speaker
    ("A spokesman for Bluebird, the Cork-based low-cost carrier, said the route would reopen.",
     "A spokesman for Bluebird", "unnamed_individual"),
    ("Officials at Bluebird, the Cork-based carrier, said the route would reopen.", "Officials at Bluebird", "unnamed_group"),
    # without a preposition the description still names the source
    ("Its parent, the UN refugee agency, said it would help.", "the UN refugee agency", "named_organization"),
    ("The militant group, the Baloch Raji Lashkar, said it carried out the attack.", "the Baloch Raji Lashkar", "named_organization"),
])
def test_an_inserted_description_of_a_prepositional_object(text, source, source_type):
    assert typed_source(text, "said")[:2] == (source, source_type)


@pytest.mark.parametrize("text, cue, source", [
    ("The station's new owner, entrepreneur Jake Brannigan, has promised that the bulletins will stay.",
     "promised", "entrepreneur Jake Brannigan"),
    ("His lawyer, former prosecutor Ann Lee, said he was innocent.", "said", "former prosecutor Ann Lee"),
    ("Her agent, actress Nell Carver, has spoken about the strain.", "spoken about", "actress Nell Carver"),
])
def test_a_bare_description_running_into_a_name_is_the_source(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("His lawyer, former Senate aide, said he was innocent.", "His lawyer"),
    ("The plan, backed by Senator John Smith, said little.", "The plan"),
])
def test_no_name_in_the_insertion_keeps_the_head(text, source):
    assert typed_source(text, "said")[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("The broadcaster's licence states that at least a quarter of its programmes must be made outside London.",
     "states", "The broadcaster's licence"),
    ("Telvia's filing with the stock exchange states that the deal could be blocked.", "states",
     "Telvia's filing with the stock exchange"),
    ("The agency's own evaluation acknowledges that the response was slow.", "acknowledges", "The agency's own evaluation"),
    ("The listing on Rightmove describes the flat as cosy.", "describes", "The listing on Rightmove"),
])
def test_records_of_licences_filings_evaluations_and_listings(text, cue, source):
    assert typed_source(text, cue)[:2] == (source, "document")


def test_states_that_opens_a_relative_clause_after_a_plural():
    assert attributions("A report on member states that ignored the rules was published.") == ()


@pytest.mark.parametrize("text, antecedent, source_type", [
    ("A midwife met the women at the gate. She said two were in labour.", "A midwife", "unnamed_individual"),
    ("A flight attendant from the Puffin Airways crew stood outside the terminal. She said the passenger had panicked.",
     "A flight attendant from the Puffin Airways crew", "unnamed_individual"),
    ("Baggage handlers at Ferndale walked out on Saturday. They say they have not had a pay rise in four years.",
     "Baggage handlers at Ferndale", "unnamed_group"),
])
def test_pronouns_find_midwives_attendants_and_handlers(text, antecedent, source_type):
    a = attributions(text)[-1]
    assert a.source_type == source_type
    assert span_text(text, a.resolved_from) == antecedent


@pytest.mark.parametrize("text, cue, source", [
    ("Meridian Broadcasting has accused the regulator of bias.", "accused", "Meridian Broadcasting"),
    ("Pylon Mobile said the outage affected a million customers.", "said", "Pylon Mobile"),
    ("UK Finance said lenders were cautious.", "said", "UK Finance"),
    ("Foxwell Property Management said charges would rise.", "said", "Foxwell Property Management"),
    ("Refugees International called the decision unconscionable.", "called", "Refugees International"),
    ("The developer, Harvest Homes, insists the quota will be met.", "insists", "Harvest Homes"),
    # a brand spelt with a small first letter is a name
    ("easyJet said it had hired 1,000 extra cabin crew.", "said", "easyJet"),
    # a party whose name is a plural of people
    ("The Liberal Democrats called for a register of landlords.", "called", "The Liberal Democrats"),
    ("The Lib Dems said they would vote against it.", "said", "The Lib Dems"),
])
def test_bodies_named_by_their_last_word_or_their_spelling(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, source_type", [
    ("The Democrats said they would vote against it.", "unnamed_group"),
    ("Social media said it was over.", "unnamed_group"),
    ("mRNA said nothing.", "unnamed_individual"),
])
def test_plurals_and_lower_case_words_stay_unnamed(text, source_type):
    assert typed_source(text, "said")[1:] == (source_type, False)


def test_a_word_that_ends_a_bodys_name_may_describe_a_duty():
    assert attributions("The centre-back reported for international duty in Belgrade a day late.") == ()


@pytest.mark.parametrize("text", [
    "The new airline claimed a third of the market within two years.",
    "The charity's new director claimed the top job after a two-year search.",
    "Gas engineers answered more than 200 emergency call-outs on the estate last winter.",
    "The firm writes more than 10,000 insurance policies a year for landlords.",
    "The captain admitted a trainee pilot to the flight deck for the landing.",
    "The new lounge admits only business-class passengers and gold card holders.",
    "The hostel admits guests from six in the evening.",
    "The builder quoted £18,000 for a new roof and scaffolding.",
    "The agent asked £1,450 a month for the flat.",
    "Pylon Mobile charged ahead with its 5G rollout.",
])
def test_acts_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("He admitted only that he was there.", "admitted"),
    ("He admitted to reporters that he was there.", "admitted"),
    ("Obama asked for $1.9 billion to fight the virus.", "asked"),
    ("She answered the reporters' questions about the call.", "answered"),
])
def test_the_same_verbs_still_attribute(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, source", [
    ("The plan, aid officials believe, will leave half the camp without shelter.", "aid officials"),
    ("The plan, senior party officials believe, will fail.", "senior party officials"),
    ("The rally, which, his advisers believe, would lead to more money, was large.", "his advisers"),
])
def test_a_belief_set_off_with_a_described_source(text, source):
    assert typed_source(text, "believe") == (source, "unnamed_group", False)


def test_an_auxiliary_opens_a_clause_after_claimed():
    assert typed_source("A post claimed the tower would block sunlight to 200 homes.", "claimed") == (
        "A post", "document", False
    )
    assert attributions("The fire claimed 200 homes.") == ()


@pytest.mark.parametrize("text, source, source_type, named", [
    ("A spokeswoman for the Department for Levelling Up, Housing and Communities said the money was coming.",
     "A spokeswoman for the Department for Levelling Up, Housing and Communities", "unnamed_individual", False),
    ("The Department for Environment, Food and Rural Affairs said the ban would stay.",
     "The Department for Environment, Food and Rural Affairs", "named_organization", True),
    ("The Ministry of Housing, Communities and Local Government said it would act.",
     "The Ministry of Housing, Communities and Local Government", "named_organization", True),
    # lists of names stay lists
    ("Smith, Jones and Brown said they would run.", "Smith, Jones and Brown", "named_person", True),
    ("In Iowa, Cruz and Kasich said they would run.", "Cruz and Kasich", "named_person", True),
])
def test_a_bodys_name_whose_parts_are_listed_with_commas(text, source, source_type, named):
    assert typed_source(text, "said") == (source, source_type, named)


@pytest.mark.parametrize("text, cue, source, source_type, named", [
    ("The government in Addis Ababa has denied that it is blocking food aid.", "denied",
     "The government in Addis Ababa", "named_organization", True),
    ("The regime in Damascus said the road was open.", "said", "The regime in Damascus", "named_organization", True),
    ("Officials in Kabul said the road was open.", "said", "Officials in Kabul", "unnamed_group", False),
    ("The ministry in a statement said the road was open.", "said", "The ministry", "unnamed_group", False),
])
def test_a_government_in_its_capital_is_named(text, cue, source, source_type, named):
    assert typed_source(text, cue) == (source, source_type, named)


@pytest.mark.parametrize("place", ["Edinburgh", "Cardiff", "Belfast"])
def test_the_capitals_of_the_devolved_nations_stand_for_their_governments(place):
    assert typed_source(f"{place} has called for the money to be ring-fenced.", "called") == (place, "named_organization", True)
