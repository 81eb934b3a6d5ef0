"""Round 77: sentences from four new phrasebooks (gambling and lotteries; theatre, books and
film; shipping and ports; universities and student politics) and leads left by round 76."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, content", [
    ("The jackpot ticket was sold in a corner shop in Omagh, it is understood.", "understood",
     "The jackpot ticket was sold in a corner shop in Omagh"),
    ("The two trainers were cousins, it is believed.", "believed", "The two trainers were cousins"),
    ("The skipper had been drinking, it was claimed!", "claimed", "The skipper had been drinking"),
])
def test_an_impersonal_cue_after_a_comma_closes_the_sentence(text, cue, content):
    a = one(text, cue)
    assert a.source_type == "agentless"
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text, cue, source", [
    ("Bookmakers expect a record turnover on the Grand National.", "expect", "Bookmakers"),
    ("Housebuilders say the new levy will stall hundreds of schemes.", "say", "Housebuilders"),
    ("Shipbrokers at the Baltic Exchange estimate that rates will halve.", "estimate",
     "Shipbrokers at the Baltic Exchange"),
    ("Pollsters warn that the race is too close to call.", "warn", "Pollsters"),
])
def test_compound_agent_plurals_opening_a_sentence_are_people_not_names(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "Rogers said the market had turned.",
    "Sanders said the market had turned.",
])
def test_a_surname_that_is_only_the_second_part_stays_a_name(text):
    assert typed_source(text, "said")[1] == "named_person"


@pytest.mark.parametrize("text, antecedent", [
    ("Two croupiers sued the casino in March. They told the tribunal that they had been sacked unfairly.",
     "Two croupiers"),
    ("Dozens of dockers blocked the gates on Monday. They said the new rota was unsafe.", "Dozens of dockers"),
    ("Several seafarers walked off the ship. They said they had not been paid since June.", "Several seafarers"),
])
def test_they_resolves_to_people_counted_at_the_start_of_the_sentence_before(text, antecedent):
    a = attributions(text)[-1]
    assert a.source_type == "unnamed_group"
    assert span_text(text, a.resolved_from) == antecedent


@pytest.mark.parametrize("text", [
    "Two days passed without news. They said nothing had changed.",
    "Three bombs exploded near the port. They said nothing had changed.",
])
def test_they_is_not_a_count_of_days_or_things(text):
    assert attributions(text)[-1].source_type == "unresolved"


@pytest.mark.parametrize("text, source", [
    ("Miranda Holt KC, for the casino, told the court the bet was void.", "Miranda Holt KC"),
    ("Hartley Morton QC said the claim would fail.", "Hartley Morton QC"),
])
def test_a_name_with_letters_for_the_bar_is_a_person(text, source):
    cue = "told" if "told" in text else "said"
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("The Association of Chief Police Officers said the figures were wrong.",
     "The Association of Chief Police Officers"),
    ("The Federation of Student Nurses said the figures were wrong.", "The Federation of Student Nurses"),
])
def test_a_body_named_for_its_members_is_an_organisation(text, source):
    assert typed_source(text, "said") == (source, "named_organization", True)


def test_a_title_before_a_name_after_a_body_stays_a_person():
    text = "Bank of England Governor Mark Carney said rates would rise."
    assert typed_source(text, "said")[1] == "named_person"


@pytest.mark.parametrize("text, cue, source, content", [
    ("According to its director, Ama Owusu, the film was shot in nine days.", "According to", "Ama Owusu",
     "the film was shot in nine days"),
    ("The ferry was two hours late, according to its master, Jan de Vries.", "according to", "Jan de Vries",
     "The ferry was two hours late"),
    ("The book sold 40,000 copies, according to its editor, Tom J. Hale.", "according to", "Tom J. Hale",
     "The book sold 40,000 copies"),
])
def test_according_to_a_description_then_its_name_credits_the_name(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)
    assert one(text, cue).source_type == "named_person"


@pytest.mark.parametrize("text, source", [
    ("According to a spokesman, Democrats will vote no.", "a spokesman"),
    ("According to his lawyer, Smith, the deal is off.", "his lawyer"),
])
def test_according_to_a_description_without_a_full_name_set_off_keeps_it(text, source):
    assert typed_source(text, "According to")[:2] == (source, "unnamed_individual")


@pytest.mark.parametrize("text, cue, source", [
    ("Several dockers stranded on the quay told the union they had not been paid.", "told",
     "Several dockers stranded on the quay"),
    ("Most of the students questioned at the open day said the fees were too high.", "said",
     "Most of the students questioned at the open day"),
    ("Miners trapped in the shaft said they could hear the rescuers.", "said", "Miners trapped in the shaft"),
])
def test_people_described_by_a_participle_and_a_place_are_the_source(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_the_participle_on_people_is_not_a_cue():
    assert [span_text(t, a.cue) for t in ["The punters questioned at the course said they bet weekly."]
            for a in attributions(t)] == ["said"]


@pytest.mark.parametrize("text, cue, source", [
    ("Republicans vowed in 2013 to do better.", "vowed", "Republicans"),
    ("Sanders promised to take bold action.", "promised", "Sanders"),
    ("Some senators declined to comment.", "declined", "Some senators"),
])
def test_a_finite_verb_after_people_is_still_a_cue(text, cue, source):
    assert typed_source(text, cue)[0] == source


@pytest.mark.parametrize("text, antecedent", [
    ("The report into the grounding was published on Friday. It found that the pilot had been asleep.",
     "The report into the grounding"),
    ("An inquiry into the collapse reported on Monday. It said the beams had been undersized.",
     "An inquiry into the collapse"),
])
def test_it_resolves_to_a_record_into_something(text, antecedent):
    a = attributions(text)[-1]
    assert a.source_type == "document"
    assert span_text(text, a.resolved_from) == antecedent


@pytest.mark.parametrize("text", [
    "Rangers confirmed on Tuesday that the keeper had signed.",
    "Rangers confirmed on Tuesday the deal has been signed.",
])
def test_a_cue_after_a_capitalised_plural_is_the_names_own(text):
    assert typed_source(text, "confirmed")[0] == "Rangers"


@pytest.mark.parametrize("text", [
    "The treasurer added £40,000 to the repair fund last spring.",
    "Stables declared 18 runners for the opening race.",
    "The favourite charged clear at the last fence.",
    "The home crew claimed line honours on Saturday.",
    "Two lifeboats answered the mayday within minutes.",
    "The new terminal boasts eight gates and a cinema.",
])
def test_amounts_wins_and_rescues_that_look_like_cues(text):
    assert attributions(text) == ()


@pytest.mark.parametrize("text, cue", [
    ("He added that £2m had been spent.", "added"),
    ("The deal is off, added 2 officials.", "added"),
    ("And he boasts about them on the campaign trail.", "boasts"),
    ("He declared that 34 runners would start.", "declared"),
])
def test_words_about_amounts_stay_cues(text, cue):
    assert one(text, cue).cue is not None


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Lecturers at Brayford told the paper that their pay had been docked.", "told", "Lecturers at Brayford",
     "unnamed_group"),
    ("Croupiers at the Mayfair club say they were told to keep players at the tables.", "say",
     "Croupiers at the Mayfair club", "unnamed_group"),
    ("The casino has denied any wrongdoing.", "denied", "The casino", "unnamed_group"),
    ("The shipowner Nordhaven Lines blamed the losses on weak demand.", "blamed", "The shipowner Nordhaven Lines",
     "named_organization"),
    ("A vice-chancellor said the cap was unworkable.", "said", "A vice-chancellor", "unnamed_individual"),
])
def test_lecturers_croupiers_casinos_and_shipowners(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


@pytest.mark.parametrize("text, source_type", [
    ("Marcus Dale, a former bookmaker, said the odds were rigged.", "named_person"),
    ("Dale & Finch, the bookmaker, said the odds were fair.", "named_organization"),
])
def test_a_former_firm_in_an_apposition_describes_a_person(text, source_type):
    assert typed_source(text, "said")[1] == source_type


@pytest.mark.parametrize("text, cue, source", [
    ("Labour backbencher Dame Ruth Kemp has tabled a motion and urged ministers to act.", "urged",
     "Labour backbencher Dame Ruth Kemp"),
    ("Veteran campaigner Joan Ash walked out and said the deal was a betrayal.", "said", "Veteran campaigner Joan Ash"),
])
def test_a_noun_for_a_person_before_a_name_stays_in_a_shared_subject(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


def test_a_verb_before_a_name_still_ends_the_shared_subject():
    assert typed_source("Clinton beat Sanders and said it was a win.", "said")[0] == "Clinton"


def test_the_one_quoted_with_a_name_set_off_speaks_too():
    text = "State radio quoted the port's harbourmaster, Captain Idris Bello, as saying the channel was closed."
    assert source_and_content(text, "quoted") == ("State radio", "the channel was closed")
    assert typed_source(text, "as saying") == ("the port's harbourmaster, Captain Idris Bello", "named_person", True)


@pytest.mark.parametrize("text, source, source_type", [
    ("The former publisher Ada Quist said the prize was fixed.", "The former publisher Ada Quist", "named_person"),
    ("The publisher Quist Books said the prize was fair.", "The publisher Quist Books", "named_organization"),
])
def test_a_former_body_noun_before_a_name_describes_a_person(text, source, source_type):
    assert typed_source(text, "said")[:2] == (source, source_type)
