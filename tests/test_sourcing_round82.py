"""Round 82: sentences from new phrasebooks (disasters and emergency response; prisons and
corrections; social media platforms and misinformation; tourism and travel; water and power
utilities; the English-language press of Nigeria, Ghana and Kenya) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content


@pytest.mark.parametrize("text, cue, source, content", [
    ("Smith claims in his new book the plan failed.", "claims", "Smith", "the plan failed"),
    ("The company claims on its website the product is safe.", "claims", "The company", "the product is safe"),
    ("Dr Ruth Abara notes in the report the wards were full.", "notes", "Dr Ruth Abara", "the wards were full"),
    ("Smith insists in an interview he was never told.", "insists", "Smith", "he was never told"),
    ("Smith said in an interview he was never told.", "said", "Smith", "he was never told"),
])
def test_a_clause_without_that_after_a_circumstance_is_what_was_said(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "Trump comments on trade drew fire.",
    "Smith's claims in the book the reviewers liked were false.",
    "The reports from the city the army shelled were grim.",
])
def test_a_noun_before_a_circumstance_whose_verb_follows_it_stays_a_noun(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("The mayor of Chicago, Giorgio Lombardi, said the town no longer exists.", "said", "Giorgio Lombardi"),
    ("The Governor of Lagos State, Babajide Okoro, said roads would reopen.", "said", "Babajide Okoro"),
    ("The Human Rights Commissioner, Leanne Tully, said the practice was wrong.", "said", "Leanne Tully"),
    ("The Archbishop of Canterbury, Justin Welby, said prayers would be held.", "said", "Justin Welby"),
])
def test_a_name_set_off_after_an_office_it_fills_is_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    ("The Bank of England, the central bank, said rates would rise.", "said", "The Bank of England"),
    ("Eisenhower and his future secretary of State, John Foster Dulles, criticized the plan.", "criticized",
     "Eisenhower and his future secretary of State"),
])
def test_a_body_or_two_people_before_the_inserted_phrase_stay_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "On Tuesday, the mayor, Giorgio Lombardi, said the town no longer exists.",
    "Writing on social media, the mayor of Sant’Elia, Giorgio Lombardi, said the town no longer exists.",
    "Speaking to reporters, the mayor, Giorgio Lombardi, said the town no longer exists.",
])
def test_a_subject_with_an_inserted_name_after_an_opening_circumstance_is_not_inverted(text):
    assert source_and_content(text, "said") == ("Giorgio Lombardi", "the town no longer exists")


@pytest.mark.parametrize("text", [
    "The magistrate denied bail to the former prison officer.",
    "The hunger striker denied himself food for 40 days.",
    "The hotel denied guests access to the private beach during the regatta.",
    "The company denied the union's request for overtime pay.",
    "Security guards denied the engineers access to the site.",
])
def test_a_thing_withheld_is_no_denial_in_words(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("The company denied the request was ever made.", "the request was ever made"),
    ("The ministry denied access had been restricted.", "access had been restricted"),
    ("He denied that access to the site was restricted.", "access to the site was restricted"),
    ("He denied the allegations.", "the allegations"),
])
def test_a_denial_of_a_clause_or_a_charge_is_still_an_attribution(text, content):
    assert source_and_content(text, "denied")[1] == content


@pytest.mark.parametrize("text", [
    "The hearing concluded shortly after 5pm.",
    "The talks concluded on Friday without agreement.",
    "The meeting concluded with a prayer.",
    "The report is late, two years after the panel concluded its sittings.",
])
def test_a_gathering_that_comes_to_an_end_is_no_finding(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("The inquest concluded that he drowned.", "he drowned"),
    ("The inquest concluded on Friday that he drowned.", "he drowned"),
    ("The inquest concluded he had drowned.", "he had drowned"),
])
def test_a_finding_concluded_is_still_an_attribution(text, content):
    assert source_and_content(text, "concluded")[1] == content


@pytest.mark.parametrize("text, source, source_type", [
    ("Togbe Agbesi IV told journalists that the festival would be low-key.", "Togbe Agbesi IV", "named_person"),
    ("Nana Kwabena Ofori III, the Omanhene of the area, said the dispute was settled.", "Nana Kwabena Ofori III", "named_person"),
    ("Kenya Power said the outage was caused by vandalism.", "Kenya Power", "named_organization"),
    ("The Ghana Cocoa Growers Forum said farmers were smuggling beans.", "The Ghana Cocoa Growers Forum", "named_organization"),
    ("Samantha Power said the plan failed.", "Samantha Power", "named_person"),
    ("The Inspector-General conceded that the force was understaffed.", "The Inspector-General", "unnamed_individual"),
    ("The Secretary-General said the plan failed.", "The Secretary-General", "unnamed_individual"),
])
def test_ruler_numbers_forums_and_hyphenated_offices_are_typed(text, source, source_type):
    a = attributions(text)[0]
    assert (text[a.source.start : a.source.end], a.source_type) == (source, source_type)


@pytest.mark.parametrize("text, cue, source", [
    ("The app's founder, 29-year-old Kai Brennagh, boasted that moderation was solved.", "boasted", "29-year-old Kai Brennagh"),
    ("The Director-General of the agency, Prof. Ibrahim Yakasai, explained that the delay was long.", "explained", "Prof. Ibrahim Yakasai"),
])
def test_a_name_after_an_age_or_a_hyphenated_office_is_the_source(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "The hospital maintained power throughout the storm using diesel generators.",
    "Engineers maintained the pumps around the clock.",
    "The tour group reported to the front desk at 7am.",
    "Visitors must report to the gatehouse 30 minutes before their slot.",
    "The officer admitted the visitor without checking her identification.",
    "The prisoner spent his days reading and writing poetry.",
])
def test_more_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source", [
    ("Inmates said the food was cold.", "Inmates"),
    ("Prisoners said the food was cold.", "Prisoners"),
    ("Offenders on licence said the food was cold.", "Offenders on licence"),
    ("Backpackers staying in the hostel said the food was cold.", "Backpackers staying in the hostel"),
])
def test_people_held_or_travelling_are_an_unnamed_group_not_a_name(text, source):
    a = attributions(text)[0]
    assert (text[a.source.start : a.source.end], a.source_type, a.named) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, source, content", [
    ("Union officials at the jail claim management ignored repeated warnings.", "Union officials at the jail",
     "management ignored repeated warnings"),
    ("Taxi drivers outside the terminal claim the apps cheated them.", "Taxi drivers outside the terminal",
     "the apps cheated them"),
])
def test_a_bare_cue_after_people_and_their_post_modifier_before_a_clause_is_their_verb(text, source, content):
    assert source_and_content(text, "claim") == (source, content)


@pytest.mark.parametrize("text", [
    "Union officials at the jail claim victory.",
    "Voters in the state report problems.",
])
def test_a_bare_cue_after_people_before_an_object_stays_a_noun_or_no_claim(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source", [
    ("In a statement, Harbour Lights Hotels said it regretted the distress.", "Harbour Lights Hotels"),
    ("Aurelia Seaways told passengers that the ship would skip Santorini.", "Aurelia Seaways"),
])
def test_travel_firm_words_end_a_body_name(text, source):
    a = attributions(text)[0]
    assert (text[a.source.start : a.source.end], a.source_type) == (source, "named_organization")


@pytest.mark.parametrize("text", [
    "Engineers added chlorine to the reservoir as a precaution.",
    "A tax overhaul would add less than 1 percent to long-run national economic output.",
    "Rule 40 adds another magic number to the mix.",
])
def test_something_added_to_something_is_put_in_not_said(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("He added that the plan failed.", "the plan failed"),
    ("He added he would stay.", "he would stay"),
    ("He added in a statement to reporters that the plan failed.", "the plan failed"),
])
def test_added_before_a_clause_or_a_circumstance_is_still_said(text, content):
    assert source_and_content(text, "added")[1] == content


def test_a_declared_thing_must_be_the_whole_object():
    assert source_and_content("He declared the goods were his.", "declared") == ("He", "the goods were his")
    assert cues("He declared his assets.") == []


def test_an_office_glossed_in_brackets_still_opens_a_subject_with_an_inserted_name():
    text = "The Police Public Relations Officer (PPRO), SP Ayo Ogundele, confirmed the incident, saying three were held."
    assert source_and_content(text, "confirmed") == ("SP Ayo Ogundele", "the incident")


@pytest.mark.parametrize("text, source", [
    ("The Speaker, Rt. Hon. Adebayo Olaniyan, said the House would not be intimidated.", "Rt. Hon. Adebayo Olaniyan"),
    ("The Minister of Women Affairs, Dr (Mrs) Ngozi Afolabi, said the plan failed.", "Dr (Mrs) Ngozi Afolabi"),
    ("The Minister of Women Affairs, Dr Ngozi Afolabi, said the plan failed.", "Dr Ngozi Afolabi"),
])
def test_honorifics_of_the_commonwealth_press_keep_the_name_whole(text, source):
    assert source_and_content(text, "said")[0] == source


@pytest.mark.parametrize("text, source", [
    ("The visitors' guidebook claims that the waterfall is the tallest in the region.", "The visitors' guidebook"),
    ("The board's decision states that newsworthy content should be given latitude.", "The board's decision"),
])
def test_guidebooks_and_decisions_are_records(text, source):
    a = attributions(text)[0]
    assert (text[a.source.start : a.source.end], a.source_type) == (source, "document")


@pytest.mark.parametrize("text, cue, source, content", [
    ("Officials warning of floods said the plan failed.", "said", "Officials warning of floods", "the plan failed"),
    ("Residents complaining about noise said the plan failed.", "complaining", "Residents", "noise"),
    ("Residents complaining about noise said the plan failed.", "said", "Residents complaining about noise", "the plan failed"),
    ("Experts calling for calm said the plan failed.", "calling", "Experts", "calm"),
])
def test_a_cue_participle_on_people_belongs_to_the_subject_of_the_next_verb(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text, source_type", [
    ("The council has apologised to the family. It said a new case system was now in place.", "unnamed_group"),
    ("The water company has faced months of criticism. It said on Friday that its investment would double.", "unnamed_group"),
])
def test_it_stands_for_an_institution_when_nothing_is_named_before(text, source_type):
    a = attributions(text)[-1]
    assert (text[a.source.start : a.source.end], a.source_type, a.resolved_from is not None) == ("It", source_type, True)


def test_it_after_a_named_body_still_finds_the_body():
    text = "Severn Water said it was sorry. The company has faced criticism. It said on Friday that its investment would double."
    a = attributions(text)[-1]
    assert (a.source_type, a.named) == ("named_organization", True)


def test_it_after_an_institution_in_a_text_that_names_someone_stays_unresolved():
    text = "Ann Lee spoke first. The council has apologised to the family. It said a new system was in place."
    assert attributions(text)[-1].source_type == "unresolved"
