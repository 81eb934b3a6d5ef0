"""Round 70: sentences from four new phrasebooks (weather, disasters and health; elections and
parliaments; war and diplomacy; obituaries, arts, science and fact-checks): described subjects
that a later pronoun stands for, names of bodies with a word for what they are, records with an
owner, an adverb inside a record's participle phrase, intentions after a singular noun, and
"called" that names a band."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text, typed_source


@pytest.mark.parametrize("text, source", [
    ("Footage shared widely on Instagram shows the crowd fleeing.", "Footage shared widely on Instagram"),
    ("A memo leaked anonymously to reporters says the plan failed.", "A memo leaked anonymously to reporters"),
])
def test_an_adverb_inside_a_records_participle_phrase_keeps_the_record(text, source):
    found = [a for a in attributions(text) if span_text(text, a.cue) in ("shows", "says")]
    assert [(span_text(text, a.source), a.source_type) for a in found] == [(source, "document")]


def test_an_adverb_inside_a_reduced_relative_keeps_the_people():
    text = "Officials interviewed separately by the AP said the plan failed."
    assert typed_source(text, "said") == ("Officials interviewed separately by the AP", "unnamed_group", False)


@pytest.mark.parametrize("text", [
    "HM Coastguard said two people had been airlifted from the cliffs near Whitby.",
    "Glencoe Mountain Rescue Team said in a post on Facebook that conditions were bad.",
    "Rangers said Saturday's match at Ibrox had been postponed because the pitch was frozen.",
    "Norland Research said the cost of living outranked every other issue.",
    "The Institute for Fiscal Studies warned that neither party's sums added up.",
])
def test_a_word_for_what_a_body_is_makes_its_name_an_organisation(text):
    cue = "warned" if "warned" in text else "said"
    assert typed_source(text, cue)[1:] == ("named_organization", True)


def test_a_named_poll_is_still_a_document():
    assert typed_source("A CNN/ORC Poll found Clinton ahead.", "found")[1:] == ("document", True)


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("Fact-checkers at the news agency AFP concluded that the photograph had been altered.", "concluded",
     "Fact-checkers at the news agency AFP", "unnamed_group"),
    ("The documentary alleges that the collector knowingly bought looted statues.", "alleges", "The documentary", "document"),
    ("The gallery denies that it knew the painting was stolen.", "denies", "The gallery", "unnamed_group"),
    ("In the liner notes, the band writes that the record was made for headphones.", "writes", "the band", "unnamed_group"),
    ("The gallery's own catalogue notes that the frame is a later addition.", "notes", "The gallery's own catalogue", "document"),
])
def test_new_source_nouns(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


def test_assessed_that_is_a_belief():
    a = one("The Institute for the Study of War assessed that the offensive had stalled.", "assessed that")
    assert (a.kind, a.source_type) == ("cognition", "named_organization")


@pytest.mark.parametrize("text, cue, source, source_type", [
    ("The orchestra hopes to raise £2 million for a new concert hall.", "hopes", "The orchestra", "unnamed_group"),
    ("The Conservative manifesto promises to cut the basic rate of income tax.", "promises",
     "The Conservative manifesto", "document"),
])
def test_an_intention_after_a_singular_noun_is_a_verb(text, cue, source, source_type):
    assert typed_source(text, cue)[:2] == (source, source_type)


@pytest.mark.parametrize("text", [
    "He broke his campaign promises to voters.",
    "The government plans to cut 1.3 million jobs drew protests.",
    "Republican hopes to retake the Senate faded.",
])
def test_intentions_that_are_nouns_stay_nouns(text):
    assert cues(text) == []


def test_a_band_called_a_name_is_being_named():
    text = 'A warm-up band called Sophistafunk got the crowd to dance and cheer for "President Bernie Sanders."'
    assert cues(text) == []


@pytest.mark.parametrize("text, pronoun, antecedent, source_type", [
    ("Coastguard commander Ian Rafferty led the search through the night. “The swell was brutal,” he said.",
     "he", "Coastguard commander Ian Rafferty", "named_person"),
    ("The sculptor Rafael Osei unveiled his largest work yet on Sunday. He insisted that the design was his own.",
     "He", "The sculptor Rafael Osei", "named_person"),
    ("A spokeswoman for the UN mission visited the site. She said peacekeepers had found the bodies.",
     "She", "A spokeswoman for the UN mission", "unnamed_individual"),
    ("The inquiry's final report was published on Monday. It found that the river gauges had been faulty.",
     "It", "The inquiry's final report", "document"),
    ("Norland Research interviewed 1,500 voters in the marginal seats. It found that prices outranked every issue.",
     "It", "Norland Research", "named_organization"),
])
def test_a_pronoun_stands_for_the_described_subject_the_sentence_before_opens_with(text, pronoun, antecedent, source_type):
    cue = next(c for c in ("said", "insisted", "found") if c in text.split(". ", 1)[1])
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type, span_text(text, a.resolved_from)) == (pronoun, source_type, antecedent)


def test_the_people_a_name_owns_are_not_taken_for_him():
    text = "Trump's lawyer visited the court. He said it was fine."
    assert typed_source(text, "said")[1] == "unresolved"


@pytest.mark.parametrize("text, source, source_type", [
    ("Two voters queuing outside the polling station said they had waited an hour.",
     "Two voters queuing outside the polling station", "unnamed_group"),
    ("Forty-two per cent of respondents say the economy is the most important issue.",
     "Forty-two per cent of respondents", "unnamed_group"),
    ("His brother and sister said in a joint statement that he had died.", "His brother and sister", "unnamed_group"),
])
def test_counted_and_paired_people_are_a_group(text, source, source_type):
    cue = "say" if " say " in text else "said"
    assert typed_source(text, cue)[:2] == (source, source_type)


@pytest.mark.parametrize("text", [
    "Marguerite Vance, the poet of the Fens, died on Saturday at her home in Ely, her son, Daniel Vance, said.",
    "Marguerite Vance, the poet, died on Saturday, her son, Daniel Vance, said.",
])
def test_a_named_relative_at_the_end_speaks_not_the_opening_name(text):
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type) == ("Daniel Vance", "named_person")
    assert span_text(text, a.content).startswith("Marguerite Vance")


def test_a_long_description_of_the_opening_name_still_reads_back_to_it():
    text = "Rich Heffley, a top operative who played a role, and is now running efforts, said the plan was good."
    assert typed_source(text, "said") == ("Rich Heffley", "named_person", True)


@pytest.mark.parametrize("text", [
    "The car bomb claimed at least 17 lives outside the mosque.",
    "The leadership contest claimed its first casualty when the deputy leader was sacked.",
    "The MP claimed £1,200 in expenses for a sofa.",
    "She claimed a Grammy for best folk album in 1996.",
    "Smugglers charged each family $3,000 for the crossing.",
    "He charged into the fray against an opponent.",
    "Gunfire echoed across the square until dawn.",
    "The party admitted 2,000 new members in March alone.",
    "He reported for the Kettleby Gazette for a decade before standing for Parliament.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("Critics charged that the hearing failed.", "charged"),
    ("He claimed the award was rigged.", "claimed"),
])
def test_the_same_verbs_with_a_clause_still_attribute(text, cue):
    assert cues(text) == [cue]


@pytest.mark.parametrize("text, source", [
    ("The WHO's latest report on cholera says that cases have doubled.", "The WHO's latest report on cholera"),
    ("The WHO's report notes that cases have doubled.", "The WHO's report"),
])
def test_an_acronyms_possessive_is_not_who_is(text, source):
    cue = "says" if "says" in text else "notes"
    assert typed_source(text, cue)[:2] == (source, "document")


@pytest.mark.parametrize("text, source", [
    ("Our political editor understands that the cabinet will meet on Sunday.", "Our political editor"),
    ("Our fact-check found that the chart had cut off ten years of data.", "Our fact-check"),
])
def test_the_outlets_editor_and_fact_check_are_itself(text, source):
    cue = "understands" if "understands" in text else "found"
    assert typed_source(text, cue)[:2] == (source, "self")


@pytest.mark.parametrize("text, source_type", [
    ("Public Health Scotland confirmed 31 new cases of measles in Glasgow.", "named_organization"),
    ("“Stay off the roads,” said Transport Scotland.", "named_organization"),
    ("Kathy Ireland said she was fine.", "named_person"),
    ("Baroness Scotland said she was fine.", "named_person"),
])
def test_a_country_after_a_common_word_names_an_agency(text, source_type):
    cue = "confirmed" if "confirmed" in text else "said"
    assert typed_source(text, cue)[1] == source_type


@pytest.mark.parametrize("text", [
    "The drone is alleged to have been supplied by a third country.",
    "The man is said to have been killed by the army.",
])
def test_the_agent_of_an_infinitive_is_not_the_source_of_hearsay(text):
    (a,) = attributions(text)
    assert (a.source, a.source_type) == (None, "agentless")


def test_a_hearer_before_the_agent_still_finds_the_agent():
    text = "The plans were described to him by a Post reporter."
    assert typed_source(text, "described")[:2] == ("a Post reporter", "unnamed_individual")


@pytest.mark.parametrize("text, source, source_type", [
    ("The UN refugee agency, UNHCR, said more than 60,000 people had crossed.", "UNHCR", "named_organization"),
    ("The Home Secretary, Priya Lakhani, told MPs the plan would work.", "Priya Lakhani", "named_person"),
    ("And Florida’s Republican attorney general, Pam Bondi, vowed to go after them.", "Pam Bondi", "named_person"),
])
def test_the_name_after_a_named_description_is_the_source(text, source, source_type):
    cue = next(c for c in ("said", "told", "vowed") if c in text)
    assert typed_source(text, cue)[:2] == (source, source_type)


@pytest.mark.parametrize("text", [
    "The militia recalled its fighters from the front.",
    "The navy posted three destroyers to the Gulf.",
])
def test_people_recalled_or_posted_are_moved_not_quoted(text):
    assert cues(text) == []


def test_recalling_a_memory_still_attributes():
    assert cues("He recalled his time in Iraq.") == ["recalled"]


@pytest.mark.parametrize("text, source", [
    ("“We will not accept a stolen election,” vowed Sow's running mate, Aminata Diallo.", "Aminata Diallo"),
    ("“It is over,” said Clinton's campaign manager, Robby Mook.", "Robby Mook"),
])
def test_an_inverted_owners_description_gives_way_to_the_name_after_it(text, source):
    cue = "vowed" if "vowed" in text else "said"
    assert typed_source(text, cue) == (source, "named_person", True)


def test_a_novel_is_a_record():
    assert typed_source("The novel says the war was lost.", "says")[1] == "document"
