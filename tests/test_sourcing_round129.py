"""Round 129: sentences from the garden centres and driving schools phrasebooks (unseen in round
128): a numbered part of a text as a named record ("Rule 126 of the Highway Code states"); a name
set off inside a relative clause after "his daughter" is not the speaker; "Plants" and "Motoring"
end a firm's name; and acts that are not statements (a warning received, the cold felt first, a
clutch felt to bite, a cost found hard to absorb); and the "it" in what a body "said in a
statement" is the body, not the statement."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Rule 126 of the Highway Code states that drivers should leave at least a two-second gap.",
     "states", "Rule 126 of the Highway Code", "document"),
    ("Section 12 of the Licensing Act says that a pub must display its hours.",
     "says", "Section 12 of the Licensing Act", "document"),
    ("Article 33 affirms: “No Contracting State shall expel or return a refugee.”",
     "affirms", "Article 33", "document"),
    ("Colin Marsh, who has run Marsh Motoring in Ilkeston since 1984 and now shares the business with "
     "his daughter, Leanne, a former police driving instructor, believes the ban should never have been lifted.",
     "believes", "Colin Marsh", "named_person"),
    ("The owner, who works alongside her deputy, Jane Roe, a former nurse, said the home was full.",
     "said", "The owner", "unnamed_individual"),
    ("Thistledown Plants tweeted on Friday evening: “Sold out of sweet peas.”",
     "tweeted", "Thistledown Plants", "named_organization"),
    ("Marsh Motoring said all lessons on Friday had been cancelled.",
     "said", "Marsh Motoring", "named_organization"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_numbered_part_of_a_named_text_is_named():
    assert typed_source("Rule 126 of the Highway Code states that drivers must stop.", "states")[2] is True


@pytest.mark.parametrize("text", [
    "She received a formal warning from the agency's registrar in March.",
    "Fairbrother received a formal warning for slow play, the first of his career.",
    "The instructor got a final warning from the school after a second complaint.",
    "Tender perennials felt the cold first, with the salvias along the south wall blackened by Wednesday.",
    "The pupil felt the clutch bite, eased off the handbrake and crept forward onto the roundabout.",
    "The inspectorate charged a fee of £140, a cost that small nurseries exporting trees to Ireland or "
    "the Channel Islands find hard to absorb.",
    "Many older learners find it difficult to book a test at the Colwick Road centre.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The council issued a stern warning to residents saying the river would flood.", "warning"),
    ("Colin Marsh's daughter, Leanne, a former police driving instructor, believes the ban was wrong.", "believes"),
    ("He felt the decision was wrong.", "felt"),
    ("The survey found that most learners were nervous before their test.", "found"),
    ("Five of the officials said the plan was dead.", "said"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


def test_the_daughter_named_outside_a_relative_clause_speaks():
    text = "Colin Marsh's daughter, Leanne, a former police driving instructor, believes the ban was wrong."
    assert typed_source(text, "believes")[:2] == ("Leanne", "named_person")
    text = "Five of the officials said the plan was dead."
    assert typed_source(text, "said")[:2] == ("Five of the officials", "unnamed_group")


@pytest.mark.parametrize("text, cue, kind, named", [
    ("Greystone Taverns said in a statement that it would not comment on individual tenancies.",
     "comment", "named_organization", True),
    ("The ministry said in a statement that it would not comment, and that it had told the family.",
     "told", "unnamed_group", False),
])
def test_the_it_of_the_content_is_the_speaker_not_the_statement(text, cue, kind, named):
    assert typed_source(text, cue)[1:] == (kind, named)


def test_it_in_a_later_sentence_still_takes_the_report():
    text = "PICSS said in a report that militancy rose. It said attacks doubled."
    assert [a.source_type for a in attributions(text)] == ["named_organization", "document"]


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Ticket touts said prices had doubled since the weekend.", "said", "Ticket touts", "unnamed_group"),
    ("Local touts say the tickets are fake.", "say", "Local touts", "unnamed_group"),
    ("Residents speaking on Monday said the water was brown.", "said", "Residents speaking on Monday", "unnamed_group"),
    ("Trump touts his wealth at every rally.", "touts", "Trump", "named_person"),
])
def test_leads_from_earlier_rounds(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, content", [
    ("She claimed the attack from the air was staged.", "the attack from the air was staged"),
    ("He felt the mood in the town had changed.", "the mood in the town had changed"),
    ("He claimed the bill for the repairs was too high.", "the bill for the repairs was too high"),
    ("She claimed the attack near the border was staged.", "the attack near the border was staged"),
])
def test_a_clause_whose_subject_ends_in_a_preposition_s_phrase(text, content):
    assert source_and_content(text, text.split()[1])[1] == content


@pytest.mark.parametrize("text", [
    "The group claimed the attack on the convoy in a statement.",
    "The clinic admitted eleven laminitic ponies in May alone, more than in the whole of the previous spring.",
])
def test_an_object_with_a_place_or_a_month_is_still_an_act(text):
    assert cues(text) == []


def test_a_plural_before_a_bare_cue_is_an_object_not_a_subject():
    text = "Alan Kemp thinks talk of the death of the film society movement has been wildly overstated."
    assert cues(text) == ["thinks"]


@pytest.mark.parametrize("text", [
    "The deal will see Marsh Motoring take over six branches in the East Midlands.",
    "The policy mistake would see the Fed tightening the money supply.",
    "Turnout was high, but the referendum saw the continuation of a bitter campaign.",
])
def test_what_a_thing_sees_is_what_it_brings_about(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The plumber saw that the pipe had burst.", "saw"),
    ("Opinion polls see Le Pen making it to a run-off.", "see"),
    ("Voters will see the ads on Monday.", "see"),
])
def test_people_and_records_still_see(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, kind", [
    ("In a post on its Facebook page, Steerling wrote that all lessons on Friday had been cancelled.",
     "named_organization"),
    ("On its website, Gribble said the shop would close in March.", "named_organization"),
    ("In his blog, Steerling wrote that all lessons on Friday had been cancelled.", "named_person"),
    ("In a post on Acme's page and its blog, Steerling wrote that all lessons had been cancelled.", "named_person"),
])
def test_its_in_an_opening_phrase_looks_ahead_to_a_body(text, kind):
    assert typed_source(text, "wrote" if "wrote" in text else "said")[1] == kind
