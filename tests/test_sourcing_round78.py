"""Round 78: sentences from four new phrasebooks (pensions and personal finance; fashion and
retail; the music industry; zoos, wildlife and animal welfare) and leads left by round 77."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, source", [
    ("The club rules state that members must wear a tie.", "The club rules"),
    ("The new rules state that each ticket expires after a year.", "The new rules"),
    ("Its rules state that no refunds are given.", "Its rules"),
])
def test_rules_that_state_are_a_source(text, source):
    src, kind, named = typed_source(text, "state")
    assert src == source and not named


@pytest.mark.parametrize("text, cue, source", [
    ("The guidance states explicitly that staff must wear masks.", "states", "The guidance"),
    ("The regulations state clearly that tickets expire.", "state", "The regulations"),
    ("The report notes wryly that nobody came.", "notes", "The report"),
])
def test_an_adverb_may_stand_between_a_noun_like_cue_and_its_that(text, cue, source):
    src, content = source_and_content(text, cue)
    assert src == source
    assert content is not None and content.startswith(text.split(" that ", 1)[1][:6])


@pytest.mark.parametrize("text", [
    "The member states clearly benefit from the deal.",
    "Voters in swing states largely backed the bill.",
])
def test_a_noun_before_an_adverb_without_that_stays_a_noun(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("Halberd, the country's largest building society, said it would raise rates.", "said", "Halberd"),
    ("Penrose, the region's oldest housing association, has admitted its homes are damp.", "admitted", "Penrose"),
    ("Tamsin, the organic clothing chain founded in Bath, said it had called in administrators.", "said", "Tamsin"),
])
def test_an_apposition_headed_by_a_body_after_an_ing_modifier_names_an_organisation(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_participle_with_a_plural_object_still_ends_the_apposition_head():
    # the head is the union; "dockers" is what it represents, not a noun it modifies
    text = "Unison, the union representing porters at the hospital, said the offer was an insult."
    assert typed_source(text, "said") == ("Unison", "named_organization", True)


@pytest.mark.parametrize("text, cue, source, kind, named", [
    ("The think tank Cobalt Futures said savers were undersupplied.", "said", "The think tank Cobalt Futures",
     "named_organization", True),
    ("Savings will fall in real terms, the think tank estimates.", "estimates", "the think tank", "unnamed_group", False),
    ("The think-tank warned that the scheme was underfunded.", "warned", "The think-tank", "unnamed_group", False),
    ("The pension scheme said it had 40,000 members.", "said", "The pension scheme", "unnamed_group", False),
    ("The singer's management has denied that the tour was cancelled.", "denied", "The singer's management",
     "unnamed_group", False),
])
def test_bodies_with_a_common_noun_head(text, cue, source, kind, named):
    assert typed_source(text, cue) == (source, kind, named)


@pytest.mark.parametrize("text, cue, source", [
    ("Keepers at Ashgrove Zoo say the lemur slipped through a gap in the fence.", "say", "Keepers at Ashgrove Zoo"),
    ("Keepers had warned managers that the wall was crumbling.", "warned", "Keepers"),
    ("Zookeepers believe the otter escaped at night.", "believe", "Zookeepers"),
    ("Wardens at the reserve told reporters the nests had been raided.", "told", "Wardens at the reserve"),
])
def test_keepers_and_wardens_are_people(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_they_after_keepers_resolves_to_them():
    text = "The keepers at Ashgrove Zoo walked out on Friday. They say their pay has fallen behind."
    a = one(text, "say")
    assert span_text(text, a.source) == "They"
    assert a.source_type == "unnamed_group"


@pytest.mark.parametrize("text", [
    "The keeper told the two otters apart by the markings on their tails.",
    "Few buyers can tell the fake handbags apart from the real ones.",
    "The hedgehog rescue claimed a £2,000 grant from the parish council.",
    "The goats claimed every rosette at the county show.",
    "Each finalist claimed their rosettes before lunch.",
])
def test_acts_that_look_like_telling_or_claiming(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("The vet told the inspectors that the two animals were kept apart.", "told"),
    ("He claimed every vote had been counted twice.", "claimed"),
    ("She claimed the grant had been spent on a car.", "claimed"),
])
def test_telling_and_claiming_with_a_clause_stay_statements(text, cue):
    assert span_text(text, one(text, cue).cue) == cue


@pytest.mark.parametrize("text, source", [
    ("The chamber of commerce president welcomed the plan, saying it would help.", "The chamber of commerce president"),
    ("The secretary of state praised the deal, saying it was fair.", "The secretary of state"),
    ("Hundreds of local demonstrators marched through the town, chanting slogans against the plan.",
     "Hundreds of local demonstrators"),
])
def test_a_subject_runs_past_of_and_its_noun_to_the_verb(text, source):
    cue = "saying" if "saying" in text else "chanting"
    assert source_and_content(text, cue)[0] == source


def test_a_group_of_people_keeps_its_head():
    text = "A group of protesters gathered outside, saying the plan was unfair."
    assert source_and_content(text, "saying")[0] == "A group of protesters"


@pytest.mark.parametrize("text, source, content", [
    ("The warden, Ama Boateng, 47, said the otter, named Pip, had been found.", "Ama Boateng",
     "the otter, named Pip, had been found"),
    ("The manager, Tom Reyes, 52, said the man, a farmer, had been arrested.", "Tom Reyes",
     "the man, a farmer, had been arrested"),
])
def test_an_age_after_an_inserted_name_does_not_turn_the_cue_around(text, source, content):
    assert source_and_content(text, "said") == (source, content)


@pytest.mark.parametrize("text, source", [
    ("A mother of three pushing a pram along the high street told me the shops were dying.",
     "A mother of three pushing a pram along the high street"),
    ("A father of two carrying a placard said he was angry.", "A father of two carrying a placard"),
])
def test_a_parent_counted_by_children_keeps_the_participle_phrase(text, source):
    cue = "told" if " told " in text else "said"
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("The State of Nature report says one in six species is at risk.", "The State of Nature report"),
    ("The Future of Work survey found that most staff want flexible hours.", "The Future of Work survey"),
])
def test_a_title_with_of_before_a_record_noun_names_the_record(text, source):
    cue = "says" if " says " in text else "found"
    assert typed_source(text, cue) == (source, "document", True)


def test_the_head_of_a_body_stays_a_person():
    assert typed_source("The head of Unicef said rates will rise.", "said") == (
        "The head of Unicef", "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("A violinist with the orchestra spoke to us after the concert. She said morale was low.", "She"),
    ("A pianist walked off the stage early. He said his hands were cold.", "He"),
])
def test_musicians_described_first_are_the_pronoun_s_antecedent(text, source):
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == "unnamed_individual"


def test_a_promoter_introducing_a_quotation_with_a_colon():
    text = "The promoter was blunt: “If you don't sell tickets, you don't get rebooked.”"
    assert typed_source(text, "was blunt:") == ("The promoter", "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("Legal & General said the deal would secure the pensions.", "Legal & General"),
    ("In a statement, Rowan & Major said the deal was done.", "Rowan & Major"),
])
def test_partners_joined_by_an_ampersand_are_a_firm_though_one_is_a_title(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


def test_is_due_to_tell_shares_its_subject():
    text = "The chief executive is due to tell staff how many stores will close."
    assert typed_source(text, "tell") == ("The chief executive", "unnamed_individual", False)


@pytest.mark.parametrize("text", [
    "The delay was due to reports of violence.",
    "The fall was due to claims that the vote was rigged.",
])
def test_due_to_a_noun_gives_a_cause_not_a_speaker(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, source", [
    ("A preprint posted on medRxiv claims the antibody response fades within months.", "A preprint posted on medRxiv"),
    ("A listing on eBay claims the watch is genuine.", "A listing on eBay"),
])
def test_a_brand_with_a_small_first_letter_before_a_cue_is_no_compound_noun(text, source):
    assert typed_source(text, "claims") == (source, "document", False)


@pytest.mark.parametrize("text", [
    "Media claims about the deal were wide of the mark.",
    "The insurance claims rose sharply in March.",
])
def test_a_lower_case_word_before_claims_still_makes_a_compound_noun(text):
    assert cues(text) == []
