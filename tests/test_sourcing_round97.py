"""Round 97: sentences from new phrasebooks (cricket; golf; funerals; orchards; taxis), from round
96's glassmaking and marathons phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Harrow Glassworks said on Monday it would close its third furnace.", "said", "Harrow Glassworks"),
    ("Ellery Tableware said it had found a buyer for the brand.", "said", "Ellery Tableware"),
    ("Dunmore Restructuring, the administrators, confirmed that the factory would close.", "confirmed",
     "Dunmore Restructuring"),
    ("Verrerie Caron told investors it expected gas prices to fall.", "told", "Verrerie Caron"),
    ("“We will keep the fire lit,” Ashcombe Crystal said in a post on its website.", "said", "Ashcombe Crystal"),
    ("Lapline Timing said its mats had worked normally all morning.", "said", "Lapline Timing"),
    ("Race organiser Long Mile Events told the Courier that the course would be remeasured.", "told",
     "Race organiser Long Mile Events"),
    ("Heron Links announced that its back nine would reopen in May.", "announced", "Heron Links"),
    ("The Women's Pro Tour said its final event would carry a record purse.", "said", "The Women's Pro Tour"),
    ("Brookfield Orchards said the frost had cost it a third of its crop.", "said", "Brookfield Orchards"),
    ("In a statement, Redcastle Cider said it would pay growers more per tonne.", "said", "Redcastle Cider"),
    ("Pippin Fresh denied that it had turned away whole lorryloads of apples.", "denied", "Pippin Fresh"),
    ("According to Fenwater Packing, the new line sorts twelve apples a second.", "According to", "Fenwater Packing"),
    ("According to Metro Rides, the average driver earns 21 dollars an hour.", "According to", "Metro Rides"),
    ("Action Fraud warned that criminals were copying funeral notices.", "warned", "Action Fraud"),
    ("Repatriation can cost £6,000, according to Homeland International, a repatriation specialist.",
     "according to", "Homeland International"),
])
def test_firms_named_for_their_trade_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("In a statement, Quickcab said the outage had hit bookings in four cities.", "said", "Quickcab"),
    ("Roadline has repeatedly said it does not employ drivers.", "said", "Roadline"),
    ("“Shoppers want perfect apples,” Freshmarket said.", "said", "Freshmarket"),
    ("Greenbirch told members in a letter that the course would close.", "told", "Greenbirch"),
])
def test_coined_brands_ending_in_a_trade_word_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Harriet Vale noted that no side had chased more than 300 at the ground.", "noted", "Harriet Vale",
     "named_person"),
    ("The lawyer Vance Power said the ruling would be appealed.", "said", "The lawyer Vance Power", "named_person"),
    ("Caroline said the greens were the best she had seen.", "said", "Caroline", "named_person"),
    ("Jin-ho Park said he had never putted better.", "said", "Jin-ho Park", "named_person"),
    ("Crystal Ashcombe said the firm would survive.", "said", "Crystal Ashcombe", "named_person"),
])
def test_people_whose_names_end_in_a_trade_word_stay_people(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Cabbies insisted the new bus lanes were costing them fares.", "insisted", "Cabbies", "unnamed_group"),
    ("The packhouse said it had added extra checks.", "said", "The packhouse", "unnamed_group"),
    ("Blossom tours have been cancelled, the estate announced on its website.", "announced", "the estate",
     "unnamed_group"),
    ("The tour said in a statement that the player had accepted the fine.", "said", "The tour", "unnamed_group"),
    ("According to the scorecard, Ferris made a five on the 7th.", "According to", "the scorecard", "document"),
    ("The club's annual accounts show a loss on food and drink.", "show", "The club's annual accounts", "document"),
    ("According to the latest rankings, she has dropped out of the top 50.", "According to", "the latest rankings",
     "unnamed_group"),
    ("The world No. 1 admitted: “I was lucky to get away with that.”", "admitted", "The world No. 1",
     "unnamed_individual"),
    ("The world No 1 admitted that he had been lucky.", "admitted", "The world No 1", "unnamed_individual"),
])
def test_trades_records_and_rankings_are_typed(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


def test_a_firms_accounts_are_a_record_but_an_account_is_not():
    # (someone's account of events is what they said, so "account" is no source noun)
    assert cues("He gave his account of the crash to the inquest.") == []


@pytest.mark.parametrize("text, cue, source", [
    ("According to the ministry, 1,400 hectares were lost to frost.", "According to", "the ministry"),
    ("According to the association's figures, 1,400 hectares were lost.", "According to",
     "the association's figures"),
])
def test_a_number_with_thousands_is_no_age_set_off(text, cue, source):
    found, kind, _ = typed_source(text, cue)
    assert found == source and kind != "unnamed_individual"


def test_an_age_set_off_still_makes_one_person():
    assert typed_source("The model, 19, said she was fine.", "said") == ("The model", "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source, content", [
    ("Most of the potters questioned said they had raised prices twice.", "said", "Most of the potters questioned",
     "they had raised prices twice"),
    ("The growers surveyed said the frost was the worst in decades.", "said", "The growers surveyed",
     "the frost was the worst in decades"),
    ("The tribunal heard evidence from the doctor that the driver had been exhausted.", "heard", "The tribunal",
     "evidence from the doctor that the driver had been exhausted"),
])
def test_attributions_found_after_participles(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_he_takes_the_name_set_off_after_an_opening_description():
    text = "Margaret Oduya's neighbour, Peter Lamb, lost even more. He said only the top trees escaped."
    assert typed_source(text, "said") == ("He", "named_person", True)


def test_he_skips_a_set_off_name_of_the_other_sex():
    text = "His sister, Jane Lamb, lost even more. He said only the top trees escaped."
    assert typed_source(text, "said") == ("He", "unresolved", False)


@pytest.mark.parametrize("text", [
    "Bidders claimed every lot from the collection within an hour.",
    "The heat claimed the race hopes of several favourites.",
    "He claimed the final two wickets to seal the win.",
    "The seamer claimed his maiden five-wicket haul on a grey morning.",
    "The fire that claimed her life started in the kitchen.",
    "A sharp frost in late April claimed almost the entire pear crop.",
    "Nobody has claimed the ashes, which have sat on a shelf since 2019.",
    "A convoy of black cabs claimed both lanes of the bridge.",
    "Amelia Strand claimed her third major at the age of 24.",
    "Hamstring trouble threatened to end his season in April.",
    "Gebremeskel conceded ten seconds on the long drag into the headwind.",
    "Trell conceded the putt on the 17th to take the match down the last.",
    "The gaffer told his servitor off for letting the gather cool.",
    "She told off the referee.",
    "The early pace told in the final 10km.",
    "She pointed to the sky as she crossed the finish line.",
    "The apprentice repeated the exercise until the stem came out straight.",
    "Ferris echoed his 2019 win with another wire-to-wire victory.",
    "She posted the fastest second half in the field.",
    "Ravi Menon posted a four-under 68 in the opening round.",
    "Runners wrote emergency contact details on the back of their bibs.",
    "A traffic warden wrote him a ticket for stopping on a red route.",
    "The captain declared overnight, setting the visitors 340 to win.",
    "The off-spinner was reported for a suspect action after the second Test.",
    "The captain called for the heavy roller before the start of play.",
    "Bryony Castle called her caddie over to check the line on the 8th.",
    "Ekwall answered with three straight birdies from the 13th.",
    "The greens were badly stressed by the heatwave.",
    "Tee times were drawn according to the world rankings.",
    "The graves are laid out according to the date of burial.",
    "The body was buried within 24 hours, according to Islamic custom.",
    "The family observed the Jewish custom of sitting shiva for seven days.",
    "The hospital admitted him on 3 March with chest pains.",
    "Growers can tell the variety by its russet.",
    "The grower denied the blackbirds their feast by netting every row.",
    "The buyer rejected six pallets of Braeburn for bruising.",
    "The minister hailed a black cab outside the ministry.",
    "He noted the licence plate before getting into the car.",
    "The tribunal will hear evidence from drivers next week.",
    "The tour recalled its rules officials as the storm approached.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("She repeated the claim that he had lied.", "repeated"),
    ("He denied the allegations his rival made.", "denied"),
    ("Mr. Ailes denied the charges through his lawyer.", "denied"),
    ("He denied the reports their paper printed.", "denied"),
    ("She wrote him a letter saying she was sorry.", "wrote"),
    ("He told him off the record that he would resign.", "told"),
    ("Critics of the war in Iraq claimed it was illegal.", "claimed"),
    ("The court heard evidence from the doctor that the boy had been starved.", "heard"),
    ("The organiser Vance Power said the race would go ahead.", "said"),
])
def test_statements_stay_statements(text, cue):
    assert cue in cues(text)
