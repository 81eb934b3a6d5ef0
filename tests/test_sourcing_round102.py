"""Round 102: sentences from the bell-ringing and dog-show phrasebooks (unseen in round 101), four
new ones (angling, brewing, fire and rescue, road cycling) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    # nouns for people in a trade or a pastime, counted as groups
    ("Breeders told the inquiry that the waiting list had stretched to 14 weeks.", "told", "Breeders"),
    ("Exhibitors claimed the judge had barely looked at the dogs.", "claimed", "Exhibitors"),
    ("Bellringers across the region fear that the noise rules could silence towers.", "fear",
     "Bellringers across the region"),
    ("Learners at the Saturday ringing school say the simulator helps.", "say", "Learners at the Saturday ringing school"),
    ("Bailiffs told the magistrates that the men had used a set line.", "told", "Bailiffs"),
])
def test_people_of_a_trade_are_a_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue", [
    # a surname alone stays a name: "master" gives no plural "masters"
    ("Masters said the plan was fine.", "said"),
    ("Tim Masters said the plan was fine. Masters added that it was cheap.", "added"),
])
def test_a_surname_like_a_trade_stays_a_person(text, cue):
    assert typed_source(text, cue)[1:] == ("named_person", True)


def test_the_name_set_off_after_its_master_is_the_source():
    text = "Speaking at the guild's dinner on Saturday, its Master, Peter Vange, said recruitment was vital."
    assert typed_source(text, "said") == ("Peter Vange", "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Fenwick's Grooming said the price rise reflected higher energy bills.", "said", "Fenwick's Grooming"),
    ("Whitmore's Bell Foundry confirmed on Thursday that the tenor would be recast.", "confirmed",
     "Whitmore's Bell Foundry"),
    ("Hollinbridge Fire Control radioed that a second casualty had been found.", "radioed", "Hollinbridge Fire Control"),
    ("Dobbs and Sons said it would close its shop after 68 years.", "said", "Dobbs and Sons"),
    # a firm's description does not make it a person
    ("Dobbs & Sons, the Worcester tackle dealer founded by Albert Dobbs in 1956, announced on Monday that it would close.",
     "announced", "Dobbs & Sons"),
    ("Dobbs and Sons, the tackle dealer, said it would close.", "said", "Dobbs and Sons"),
])
def test_shops_and_family_firms_are_organisations(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue", [
    ("McDonald's Marketing chief said the plan was fine.", "said"),  # a person in the firm
    ("Ian Fleming said the book was done.", "said"),  # a surname in -ing with no owner before it
])
def test_a_trade_name_needs_an_owner_and_no_noun_after_it(text, cue):
    assert typed_source(text, cue)[1] != "named_organization"


@pytest.mark.parametrize("text, cue, source", [
    ("The Dane told reporters he had never felt so helpless on a bike.", "told", "The Dane"),
    ("The 24-year-old Dane said he would be back next year.", "said", "The 24-year-old Dane"),
])
def test_a_singular_demonym_is_one_person(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


def test_scot_as_a_given_name_stays_a_name():
    assert typed_source("Scot Peterson said he was not to blame.", "said") == ("Scot Peterson", "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The treble, according to the foundry’s daybook, was recast in 1884.", "according to", "the foundry’s daybook"),
    ("The judge's critique, published in the club yearbook, says the winner had a lovely reach of neck.", "says",
     "The judge's critique"),
])
def test_new_record_nouns_are_documents(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


def test_a_record_dated_by_a_year_shows_a_finding():
    text = "The report for 2023 shows that the ringers were paid on time."
    assert source_and_content(text, "shows") == ("The report for 2023", "the ringers were paid on time")


@pytest.mark.parametrize("text", [
    "Two of the 2023 shows that sold out were musicals.",
    "The arts festival hosted 12 shows that drew big crowds.",
])
def test_shows_after_a_year_or_a_count_stay_a_noun(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    # posting by mail, being posted somewhere, or posting a result
    "The secretary posted the rosettes and prize cards to the winners who had left before the presentations.",
    "The guild posted the new ropes to Orkney by Royal Mail in four long cardboard boxes.",
    "He folded the form and posted it to the agency's office in Bristol, as he does every November.",
    "He posted them to the club by courier.",
    "A steward posted at the ring entrance checked every exhibitor's number against the catalogue.",
    "The collie posted the fastest clear round of the day, 31.2 seconds, in the championship final.",
])
def test_posting_a_thing_a_place_or_a_result_is_no_message(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "The mayor posted a message to residents saying the road would close.",
    "She posted the video to YouTube on Monday.",
    "He posted it to his followers.",
    "The spokesman posted at the company's website that the sale was off.",
    "The senator posted the letter to his followers by Twitter.",
])
def test_posting_words_stays_a_cue(text):
    assert cues(text)


@pytest.mark.parametrize("text", [
    "Two handlers were warned by the show manager for using excessive bait in the ring.",
    "He was warned for dissent in the second half.",
])
def test_a_caution_in_the_passive_is_no_warning(text):
    assert cues(text) == []


def test_a_passive_warning_with_a_clause_stays_a_cue():
    text = "Residents were warned by police that the road would close."
    assert source_and_content(text, "warned") == ("police", "the road would close")


@pytest.mark.parametrize("text", [
    "The bitch whelped nine puppies, two of which were later shown to championship level.",
    "The breach was reported to security on Monday.",
])
def test_to_before_a_noun_by_its_ending_is_no_infinitive_of_hearsay(text):
    assert cues(text) == []


def test_said_to_before_worship_is_still_hearsay():
    assert typed_source("The minister is said to worship at the cathedral.", "said")[1] == "agentless"


@pytest.mark.parametrize("text", [
    "Village Claims County Striking Crown for Third Year",
    "The whippet claimed its third green star of the year at the Irish show.",
    "Team Nordvik claimed the team classification for the fourth straight year, finishing an hour ahead.",
    "Pogacar claimed the yellow jersey on Sunday.",
])
def test_prizes_claimed_are_no_claims(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Trump Claims Election Was Stolen", "Claims"),
    ("He claimed the jersey was stolen.", "claimed"),
    ("He claimed star players were leaving.", "claimed"),
])
def test_claims_with_a_clause_stay_claims(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text", [
    "The vicar said Evensong in the chancel while the ringers packed up.",
    "Harold Frean reported back for Sunday service ringing in March after a hip replacement.",
    "Lucas Beaulieu reported for the team presentation in Bilbao with his arm in a sling.",
    "Three young ringers were confirmed by the bishop at Easter, and rang a touch for the service.",
    "Gruenberg, who was nominated by President Barack Obama and confirmed by the U.S. Senate in November 2012, left.",
    "The judge was confirmed by the Senate in May.",
])
def test_rites_offices_and_turning_up_are_no_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Her death was confirmed by the Eagle Forum.", "confirmed", "the Eagle Forum"),
    ("The driver was confirmed by police as John Smith.", "confirmed", "police"),
    ("The panel reported back to ministers that the plan was sound.", "reported", "The panel"),
])
def test_confirmations_and_reports_back_with_words_stay(text, cue, source):
    assert typed_source(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    # after a plain clause, "noted the number" is one more thing the subject did
    "The vet scanned the dog's microchip, noted the number on the form and handed the paperwork back.",
    "She scanned the chip, noted the number and left.",
    "The chief commissaire noted the race numbers of the 11 riders in the breakaway on a clipboard.",
])
def test_noting_a_thing_down_is_no_remark(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("The economy is weak, noted the chairman of the board.", "noted", "the chairman of the board"),
    ("The economy is weak, said the 45-year-old.", "said", "the 45-year-old"),
    ("Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who point to the record.",
     "said", "a handful of Democrats"),
])
def test_an_inverted_speaker_after_a_plain_clause_stays(text, cue, source):
    assert typed_source(text, cue)[0] == source


def test_an_inverted_verb_before_a_host_of_things_is_not_its_speaker():
    text = "Kiedis said his band and collaborator Brian Burton, AKA Danger Mouse, wrote a host of new songs."
    assert typed_source(text, "wrote")[0] == "his band and collaborator Brian Burton"


@pytest.mark.parametrize("text", [
    "Firefighters charged the hose line and pushed into the smoke-logged stairwell.",
    "He charged his phone overnight.",
    "They charged their glasses and toasted the couple.",
    "The manufacturer recalled the batch after several alarms caught fire while charging.",
])
def test_charging_with_power_or_drink_is_no_accusation(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("Prosecutors charged the phone thief with robbery.", "the phone thief with robbery"),
    ("Police charged the phone thief, 24, with robbery.", "the phone thief, 24, with robbery"),
    ('"It was a lie," he charged.', "It was a lie,"),
])
def test_charges_against_people_stay(text, content):
    assert source_and_content(text, "charged")[1] == content


@pytest.mark.parametrize("text", [
    "A late own goal denied the brewery's five-a-side team a place in the final.",
    "A late lunge by Ferraresi denied the Dutchman victory on the line in Ostend.",
    "The matchman conceded two fish to his neighbour in the last half-hour and lost the section.",
    "The side conceded three tries in the second half.",
    "The Dane answered with an attack of his own two kilometres from the summit.",
    "Oyarzabal replied with a burst of speed that only Wilk could follow.",
    "Police arrested two suspected smugglers and seized guns.",
    "The estate recalled its two summer bailiffs from the upper beats when the river dropped.",
    "The handler signalled the collie into a down with a flat palm.",
])
def test_acts_in_play_and_at_work_are_no_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Nega was poised to become mayor, but the government denied his party the victory and jailed him.", "denied"),
    ("He denied the company's claims a second time.", "denied"),
    ("He conceded two points to his critics.", "conceded"),
    ("He conceded three mistakes had been made.", "conceded"),
    ("The two suspected that the plan was flawed.", "suspected"),
    ("She recalled her colleagues from the campaign as loyal.", "recalled"),
    ("The Fed signalled its displeasure with a sharp rise in rates.", "signalled"),
])
def test_the_same_verbs_with_words_stay_cues(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, source", [
    # an opening participle's phrase is a circumstance, not a name the insertion describes
    ("Speaking to reporters on Saturday, the rider, who had led the race, said he would be back.", "the rider"),
    ("Speaking to reporters at the finish in Annecy on Saturday, the 24-year-old Dane, who had led the race for nine "
     "days before cracking on the final climb, said he would be back next year.", "the 24-year-old Dane"),
    ("Asked about the race, the rider, who had led it, said he would be back.", "the rider"),
    # (a name opening the sentence before two insertions is still the source)
    ("Jane Roe, a historian at Yale, speaking on condition of anonymity, said the plan failed.", "Jane Roe"),
    ("Fleming, a spokesman, speaking on condition of anonymity, said the plan failed.", "Fleming"),
])
def test_the_subject_after_an_opening_participle_is_the_source(text, source):
    assert typed_source(text, "said")[0] == source
