"""Round 84: sentences from new phrasebooks (courts and trials; Washington politics; markets and
earnings; cybersecurity; public health; war and conflict) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Corvane said on Tuesday it would cut about 400 jobs as part of a cost-saving drive.", "said", "Corvane"),
    ("Halvorsen added that it expected to complete the disposal by the end of the year.", "added", "Halvorsen"),
    ("Goldcrest said its board had unanimously rejected the approach.", "said", "Goldcrest"),
    ("Medivance denied that any of its doses had been stored at the wrong temperature.", "denied", "Medivance"),
    ("In a statement, Vaxora said it would supply the vaccine at cost to low-income countries.", "said", "Vaxora"),
    ("Nabisco announced it was laying off 600 bakery workers in Chicago.", "announced", "Nabisco"),
])
def test_a_one_word_name_that_speaks_of_itself_as_it_is_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Ryan said it was unrealistic to expect a deal.", "said", "Ryan"),  # the "it" of "it was unrealistic"
    ("Corker said it might be difficult to build support.", "said", "Corker"),
    ("Obama won his party's nomination by promising its furious revenge.", "promising", "Obama"),  # no clause
    ("Paul Ryan spoke first. Ryan said it would pass.", "said", "Ryan"),  # the document names him in full
    ("Yukiya Amano said that, if its claims are true, the North is violating the resolutions.", "said", "Yukiya Amano"),
    ("Sandoval said she would cut 400 jobs.", "said", "Sandoval"),
])
def test_a_person_stays_a_person(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, expected", [
    # a party and a state in brackets after the name
    ("Rep. Connor Vasquez (R-Ariz.) broke with his party on the vote. He said the bill was unfair.", "said",
     ("He", "named_person", True)),
    ("Sen. Marta Lindqvist (D-Ore.), who chairs the panel, spoke first. She said the bill was unfair.", "said",
     ("She", "named_person", True)),
    # the owner cannot be the pronoun: "they" is the governor's aides, "she" the defendant's mother
    ("The governor’s aides were unusually candid. They acknowledged that the rollout had been rushed.", "acknowledged",
     ("They", "unnamed_group", False)),
    ("The defendant's mother sat in the public gallery throughout. She told reporters her son had been led astray.",
     "told", ("She", "unnamed_individual", False)),
    # the owned is a person of the other sex: "she" is Mrs Adebayo
    ("Mrs Adebayo's son spent four days in the paediatric ward. She said nobody explained what was wrong.", "said",
     ("She", "named_person", True)),
    ("The city's housing department reset 12,000 passwords last week. It said the move was a precaution.", "said",
     ("It", "unnamed_group", False)),
])
def test_a_pronoun_finds_the_subject_before(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue", [
    ("Trump's wife spoke on Monday. She said it was fine.", "said"),  # the wife or someone else: not guessed
    ("The senator's aides met on Monday. He said nothing more.", "said"),  # the senator is not the subject
])
def test_a_pronoun_that_may_mean_someone_else_stays_unresolved(text, cue):
    assert typed_source(text, cue)[1] == "unresolved"


def test_the_other_sex_owner_resolves_through_the_owned():
    a = one("Mrs Adebayo's son spent four days in the ward. She said nobody explained it.", "said")
    text = "Mrs Adebayo's son spent four days in the ward. She said nobody explained it."
    assert span_text(text, a.resolved_from) == "Mrs Adebayo"


@pytest.mark.parametrize("text, cue, content", [
    ("Vantory’s engineers are convinced the outage was triggered by a single bad line of code.", "convinced",
     "the outage was triggered by a single bad line of code"),
    ("Not everyone is convinced the issue will play the same role in Iowa.", "convinced",
     "the issue will play the same role in Iowa"),
    ("Some Democrats are hopeful they can threaten the GOP's lead in the House.", "hopeful",
     "they can threaten the GOP's lead in the House"),
])
def test_a_belief_adjective_takes_a_clause_without_that(text, cue, content):
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text", [
    "Be sure the doors are locked.",  # no one holds the belief
    "Voters were convinced by the second debate.",
    "The result was certain by midnight.",
])
def test_a_belief_adjective_without_a_clause_or_a_believer_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source, content", [
    ("Senior advocate Meera Bhalla, appearing for the petitioners, submitted that the notice had been served "
     "without a hearing.", "submitted that", "Senior advocate Meera Bhalla", "the notice had been served without a hearing"),
    ("Under questioning, Mr Vane accepted that he had not read the safety manual.", "accepted that", "Mr Vane",
     "he had not read the safety manual"),
    ("The court accepted that prices were high.", "accepted that", "The court", "prices were high"),
])
def test_submitting_and_accepting_that(text, cue, source, content):
    # (the cue takes its "that", as "gathered that" does)
    assert source_and_content(text, cue) == (source, content)


@pytest.mark.parametrize("text", [
    "He accepted the award.",
    "She submitted her resignation.",
    "He accepted that offer.",  # a demonstrative, not a clause
    "He accepted that offer with thanks.",
    "Officials gathered that information in May.",
    "The plan was submitted to the council.",
])
def test_submitting_and_accepting_a_thing_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, expected", [
    ("The changelog states that the default encryption setting has been strengthened.", "states",
     ("The changelog", "document", False)),
    ("The CISO admitted at an internal town hall that the backups had never been tested.", "admitted",
     ("The CISO", "unnamed_individual", False)),
    ("The gang denied that it had targeted the children’s hospital.", "denied", ("The gang", "unnamed_group", False)),
    ("The rebels' political wing added that it was ready to resume talks.", "added",
     ("The rebels' political wing", "unnamed_group", False)),
    ("The chipmaker said demand from data centres remained strong.", "said", ("The chipmaker", "unnamed_group", False)),
    ("Counsel for the company submitted that the strike was political.", "submitted that",
     ("Counsel for the company", "unnamed_individual", False)),
    # a participle and "over" after the head: the leaflet warns, not the town
    ("A leaflet dropped over the town warned residents that the area would soon be bombed.", "warned",
     ("A leaflet dropped over the town", "document", False)),
])
def test_new_nouns_and_post_modifiers(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text", [
    "Wexley claimed £18,000 in housing benefit over three years.",  # money
    "Nurses can claim up to £300 a year for travel between clinics.",
    "The governor claimed 54 percent of the vote.",  # a share
    "The update claimed 2GB of disk space on older phones.",  # a quantity
    "He claimed a coveted seat on the Appropriations Committee.",  # an -ed adjective before the prize
    "The speaker claimed the gavel on the 15th ballot.",
    "The bank claimed the collateral after the borrower missed three payments.",
    "The stock claimed the top spot among the day's gainers.",  # "among" opens a circumstance
    "The suspect claimed asylum shortly after arriving in Dover.",
    "The vendor declared bankruptcy six months after the breach.",  # a span of time
])
def test_claiming_an_amount_or_a_prize_is_no_statement(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("Organizers claimed nearly 400 convention delegates and alternates participated.",
     "nearly 400 convention delegates and alternates participated"),
    ("He claimed 3 million people voted illegally.", "3 million people voted illegally"),
    ("She claimed 30 percent of the electorate would back her.", "30 percent of the electorate would back her"),
])
def test_claiming_a_number_in_a_clause_is_a_statement(text, content):
    assert source_and_content(text, "claimed")[1] == content


@pytest.mark.parametrize("text", [
    "The jury reported to court at 10am each day.",
    "He reported to hospital with chest pains.",
    "Two guards reported to headquarters.",
])
def test_reporting_to_court_or_hospital_is_turning_up(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("She reported to the court that the fee was paid.", "the fee was paid"),
    ("She reported to the school that the fee was paid.", "the fee was paid"),  # a place, then what was told
])
def test_reporting_to_a_place_that_tells(text, content):
    assert source_and_content(text, "reported") == ("She", content)


@pytest.mark.parametrize("text", [
    "Patients are triaged according to the severity of their symptoms.",
    "The vials were stored according to the manufacturer's instructions.",
])
def test_sorting_according_to_a_measure(text):
    assert cues(text) == []


def test_according_to_after_a_treatment_still_cites():
    assert source_and_content("Three people were treated according to hospital officials.", "according to") == (
        "hospital officials", "Three people were treated")


@pytest.mark.parametrize("text, cue, source", [
    ("The plaintiffs claim they were never told about the landfill.", "claim", "The plaintiffs"),
    ("The petitioners argue that the law is void.", "argue", "The petitioners"),
    ("A claimant said the fees were illegal.", "said", "A claimant"),
])
def test_parties_to_a_case_are_people(text, cue, source):
    assert typed_source(text, cue)[0] == source
