"""Round 101: sentences from new phrasebooks (ice hockey; organ building; archaeology; beekeeping;
horse racing; heritage railways) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    # the town of the place that people are at stays inside the phrase
    ("Teachers at Hillside School, Leeds, said the strike was over.", "said", "Teachers at Hillside School, Leeds"),
    ("Churchwardens at St Michael's, Lower Ampney, believe the organ came from a chapel.", "believe",
     "Churchwardens at St Michael's, Lower Ampney"),
])
def test_a_town_after_a_workplace_is_part_of_the_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    # a given name set off after a workplace is a person ("Ash" is no given name in the lexicon)
    ("Officials at the museum, Jane Carter, said no.", "said", "Jane Carter"),
    ("Speaking at Harvard, Obama said the vote mattered.", "said", "Obama"),
    ("He met teachers at Hillside School, Leeds, said Smith.", "said", "Smith"),
])
def test_names_after_a_workplace_stay_names(text, cue, source):
    assert typed_source(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    # an office one person fills: the name set off after it is the source
    ("The Dean of Carmouth, the Very Rev Dr Alan Treharne, said the appeal would open in January.", "said",
     "the Very Rev Dr Alan Treharne"),
    ("The Precentor, Canon Ruth Aldous, said the choir would sing on.", "said", "Canon Ruth Aldous"),
])
def test_the_name_set_off_after_an_office_is_the_source(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ('"We are not a museum," the Dean said.', "said", "the Dean"),
    ("As the Precentor pointed out at the meeting, the choir sings eight services a week.", "pointed out",
     "the Precentor"),
])
def test_a_capitalised_office_alone_names_no_one(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Howard Dean said the race was over.", "said", "Howard Dean"),
    ("Dean Baquet, the executive editor, said the paper stood by its story.", "said", "Dean Baquet"),
])
def test_dean_as_a_name_stays_a_name(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    # a union's numbered branch
    ("Teamsters Local 727 said it would strike on Monday.", "said", "Teamsters Local 727"),
    ("SEIU Local 1199 said the deal was fair.", "said", "SEIU Local 1199"),
    ("The local chapter of the union, the Hockey Officials Guild Local 17, has warned that it will pull "
     "its members.", "warned", "the Hockey Officials Guild Local 17"),
    # firms' endings
    ("The restoration will take at least three years, Holloway Hartmann GmbH said.", "said",
     "Holloway Hartmann GmbH"),
    ("Kowalski's Pro Shop said the jerseys had sold out.", "said", "Kowalski's Pro Shop"),
    ("Wessex Valley Archaeology said the excavation would end in March.", "said", "Wessex Valley Archaeology"),
    # a body's word after its members' plural possessive
    ("The Fenland Detectorists' Club said it had expelled two members.", "said", "The Fenland Detectorists' Club"),
])
def test_bodies_by_their_endings(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_title_and_a_given_name_keep_a_person_whatever_the_apposition():
    text = "Professor Howard Bell, an authority on early medieval glass, noted that such beads were rare."
    assert typed_source(text, "noted") == ("Professor Howard Bell", "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    # a relative clause longer than a plain description
    ("Ashworth & Sons, which employed 40 people at its Keighley works at its peak in the 1950s and built more "
     "than 600 organs for churches, schools and town halls across the north of England, said it would cease "
     "trading.", "said", "Ashworth & Sons"),
    # a preposition's object inside the insertion is no subject
    ("The site report, which was finally published in 2021, nearly four decades after the excavation ended, "
     "says the burials were laid out in rows.", "says", "The site report"),
    ("The referee's game report, which was filed with the league on Sunday and runs to four pages, two of "
     "them handwritten, describes the bench as abusive.", "describes", "The referee's game report"),
])
def test_the_subject_before_a_long_insertion(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_count_after_about_stays_the_subject_of_its_apposition():
    text = "Among likely GOP primary voters, about two-thirds, 67 percent, say they will vote for Trump."
    assert source_and_content(text, "say")[0] == "two-thirds"


def test_a_description_long_without_a_relative_stays_bounded():
    text = ("Gazprom, a large Russian oil company, stands to benefit if activism results in reduced levels of "
            "fracking and natural gas production in the United States and in the rest of the world, Smith and "
            "Weber tell Mnuchin.")
    assert source_and_content(text, "tell")[0] == "Smith and Weber"


@pytest.mark.parametrize("text, cue, source, content", [
    ("Sokolov's response was that he had never once asked to be traded.", "response was", "Sokolov's",
     "he had never once asked to be traded"),
    ("The coach's answer was that the players had said nothing.", "answer was", "The coach's",
     "the players had said nothing"),
])
def test_a_cue_inside_the_clause_leaves_the_stance(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_a_stance_after_its_own_verb_stays_one_attribution():
    assert cues("Mr. Smith repeated his claim that the vote was rigged.") == ["repeated"]


@pytest.mark.parametrize("text, cue, source", [
    ("“It’s the best crop we’ve had since 2018,” said retired bee farmer Hugh Dalby, who runs 60 colonies.",
     "said", "retired bee farmer Hugh Dalby"),
    ("The society’s annual report for 2023 notes that ticket income fell by 11 per cent.", "notes",
     "The society’s annual report for 2023"),
    ("A survey in 2020 notes that prices rose.", "notes", "A survey in 2020"),
])
def test_sources_found(text, cue, source):
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    # acts, not attributions
    "Brandt posted a 31-save shutout, his third of the season.",
    "Gwen Harrowby posted a £5,000 deposit to secure the engine's place at the gala.",
    "Brandt acknowledged the crowd with a raised stick as he was named first star.",
    "The winger acknowledged the applause of the away end.",
    "The Flyers recalled goaltender Mikko Raatikainen from their affiliate in Port Arden.",
    "Kessler called her goaltender to the bench with 1:45 remaining.",
    "The chairman called the witness to the stand.",
    "Roussel reported for the morning skate but did not take part in line rushes.",
    "Lindqvist pointed to the rafters after scoring his 300th goal.",
    "The skeleton's head pointed to the west, in keeping with Christian burial practice.",
    "The Flyers' complaint over the officiating in Game 3 was dismissed by the league on Tuesday.",
    "The appeal has been dismissed by the tribunal.",
    "The Bobcats' board confirmed Moravec as captain for a third season.",
    "Okonkwo blasted a one-timer past the goalie from the point.",
    "Roussel slammed his stick against the crossbar in frustration.",
    "The referee signalled a delayed penalty.",
    "The linesman signalled offside.",
    "The pedalboard is built to the standard agreed at a conference of organists in 1881.",
    "They looked at the plan agreed in May.",
    "Fatigue told in the third period, when the Flyers were outshot 17-4.",
    "A dead colony tells its own story to anyone who opens the hive in March.",
    "The market told its own story as the newcomer drifted from 2-1 to 6-1.",
    "Winter losses claimed nearly a third of the hives in the county.",
    "A landslip claimed a 40-metre section of embankment near Fell End.",
    "Ms Lyle wrote the date of each inspection on the hive roof in chalk.",
])
def test_acts_are_not_attributions(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs that do attribute
    ("Clinton slammed the proposal as reprehensible.", "slammed"),
    ("Ryan blasted the FBI on Tuesday for its handling of the case.", "blasted"),
    ("Police confirmed Smith as the source of the leak.", "confirmed"),
    ("Lazio was quickly dismissed by the media as a bumbler.", "dismissed"),
    ("The claims were dismissed by the White House as nonsense.", "dismissed"),
    ("He pointed to the West's failure to act.", "pointed to"),
    ("The Fed signalled a turn in policy.", "signalled"),
    ("After a gaffe by the leader suggested the panel was partisan, Democrats pounced.", "suggested"),
    ("In his speech he told the story of an older supporter.", "told"),
])
def test_the_same_verbs_still_attribute(text, cue):
    assert cue in cues(text)


def test_a_longer_opening_subject_keeps_its_insertion():
    text = ("A senior figure at the Racing Standards Authority, speaking on condition of anonymity, said the "
            "review, due in September, would recommend scrapping the rule.")
    assert source_and_content(text, "said") == (
        "A senior figure at the Racing Standards Authority",
        "the review, due in September, would recommend scrapping the rule",
    )


@pytest.mark.parametrize("text", [
    "Dr Marsh spoke to a packed hall, with slides of the season's best finds.",
    "Hoard hunters descend on Fen village after gold find",
])
def test_nouns_spelt_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("After officials said no, the plan died.", "said", "officials"),
    ("The vote came after critics charged that it was rigged.", "charged", "critics"),
])
def test_people_after_a_preposition_still_speak(text, cue, source):
    assert source_and_content(text, cue)[0] == source
