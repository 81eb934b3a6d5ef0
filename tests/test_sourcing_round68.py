"""Round 68: sentences from four phrasebooks of sport and arts, science and health, security and
regional wire copy, and local news and interviews (benchmarks/frame_battery.py): an age or a
pronoun after a described name, records described by a participle, nicknames inside an inserted
name, words for people written in capitals, and the subjects a later pronoun stands for."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import one, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    # the pronoun after the cue opens what was said; the name before it is the speaker
    ("The director, Kwame Asante, 41, said he cast local teenagers in every role.", "said", "Kwame Asante"),
    ("The conductor, Ilse Brandt, 58, who trained in Leipzig, said she rehearsed the choir for a year.", "said",
     "Ilse Brandt"),
    ("Cory Hale, 22, of Dayton, Ohio, said he had not given up hope.", "said", "Cory Hale"),
])
def test_a_pronoun_after_the_cue_is_not_an_inverted_speaker(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    # an age between commas describes the name before it, and so does a relative after the age
    ("The nurse, Jane Roe, 35, a mother of two, said the ward was full.", "said", "Jane Roe", "named_person"),
    ("The curator, 63, who has run the museum since 1998, said the loan was cancelled.", "said", "The curator",
     "unnamed_individual"),
])
def test_an_age_between_commas_is_not_the_source(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, source", [
    ("A victim impact statement read to the court said the family had been torn apart.", "said",
     "A victim impact statement read to the court"),
    ("A statement read out in court said the company regretted the spill.", "said",
     "A statement read out in court"),
    ("A leaked intelligence memo seen by Reuters warns of attacks on polling stations.", "warns",
     "A leaked intelligence memo seen by Reuters"),
])
def test_a_record_keeps_the_participle_that_says_how_it_came_out(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text, source", [
    ("Town's captain, Lewis “Lew” Ash, said the players had let the fans down.", "Lewis “Lew” Ash"),
    ('The trainer, Dwayne "Duke" Rhodes, said the horse was fit.', 'Dwayne "Duke" Rhodes'),
])
def test_a_nickname_inside_an_inserted_name(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("His GP had warned him about his blood pressure.", "warned", "His GP"),
    ("Kent's MP said the bypass would never be built.", "said", "Kent's MP"),
    ("Google's CEO said the product would ship in May.", "said", "Google's CEO"),
])
def test_a_word_for_a_person_in_capitals_is_no_name(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("Hexbury's MP, Angela Storr, said the maternity unit must stay open.", "Angela Storr"),
    ("Sir John Roe MP said the maternity unit must stay open.", "Sir John Roe MP"),
    ("CEO Tim Cook said the product would ship in May.", "CEO Tim Cook"),
])
def test_names_around_capitals_for_a_person_stay_named(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


def test_a_plural_in_capitals_is_still_initials():
    text = "They hired Fusion GPS, which said it did nothing wrong."
    assert typed_source(text, "said")[1:] == ("named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The Brightwater Hospice Trust said it would have to close ten beds.", "said", "The Brightwater Hospice Trust"),
    ("Kestrel Diagnostics confirmed that its rapid test had been withdrawn.", "confirmed", "Kestrel Diagnostics"),
    ("The Athletics Integrity Unit said the sprinter had failed a test.", "said", "The Athletics Integrity Unit"),
])
def test_new_words_that_make_a_name_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Modellers at the London School of Hygiene estimate that the measure saved 7,000 lives.", "estimate",
     "Modellers at the London School of Hygiene", "unnamed_group"),
    ("The modelling, carried out by a team at Imperial College, predicts up to 20,000 deaths.", "predicts",
     "The modelling", "document"),
    ("The biography, written by a former aide, alleges that the manager skimmed royalties.", "alleges",
     "The biography", "document"),
])
def test_new_source_nouns(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text, cue, kind, named, antecedent", [
    # a role before the name, a nickname inside it, a body's name with "the", a described group
    # with a phrase after its head: each opens the sentence before the pronoun as its subject
    ("Councillor Fiona Grant visited the flooded homes on Tuesday. She said the council would pay.", "said",
     "named_person", True, "Councillor Fiona Grant"),
    ("Actor Maya Lind won best actress at the festival. She told reporters she would give the money away.", "told",
     "named_person", True, "Actor Maya Lind"),
    ("Margaret “Mags” Doyle ran the corner shop for 30 years. She once joked that she sold more stamps than the post office.",
     "joked", "named_person", True, "Margaret “Mags” Doyle"),
    ("The Baloch Liberation Front issued a statement on Saturday. It claimed that its fighters had destroyed two trucks.",
     "claimed", "named_organization", True, "The Baloch Liberation Front"),
    ("Staff at the Lowfield depot walked out on Monday. They say they have not had a pay rise in four years.", "say",
     "unnamed_group", False, "Staff at the Lowfield depot"),
])
def test_a_pronoun_stands_for_the_subject_that_opens_the_sentence_before(text, cue, kind, named, antecedent):
    a = one(text, cue)
    assert (a.source_type, a.named, span_text(text, a.resolved_from)) == (kind, named, antecedent)


def test_a_given_name_that_ends_a_name_is_a_surname():
    # "Grant" is a man's given name, but after "Fiona" it is her surname: "she" may stand for her
    text = "Fiona Grant visited the factory on Monday. She said the council would pay."
    assert span_text(text, one(text, "said").resolved_from) == "Fiona Grant"
    text = "Hugh Grant visited the factory on Monday. She said the council would pay."
    assert one(text, "said").source_type == "unresolved"


def test_a_person_named_with_the_is_not_an_opening_subject():
    # "the" takes a body's name, never a person's: "she" after "The Smiths visited" stays open
    text = "The Smiths visited the farm on Monday. She said it was fine."
    assert one(text, "said").source_type == "unresolved"


@pytest.mark.parametrize("text, source", [
    ("Two-thirds of season-ticket holders said they opposed the move.", "Two-thirds of season-ticket holders"),
    ("Three-quarters of the residents said they opposed the mast.", "Three-quarters of the residents"),
])
def test_a_fraction_written_with_a_hyphen_counts_people(text, source):
    assert typed_source(text, "said") == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("The Oscar winner has spoken about her struggle with stage fright.", "spoken about", "The Oscar winner"),
    ("“We were robbed,” said the striker.", "said", "the striker"),
    ("The Wanderers skipper said the pitch was unplayable.", "said", "The Wanderers skipper"),
])
def test_people_in_sport_and_the_arts_are_described_not_named(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("Her coach, the former doubles champion Ines Mora, said the team would skip the clay season.",
     "the former doubles champion Ines Mora"),
    ("His lawyer, the veteran attorney Ben Crump, said the family would sue.", "the veteran attorney Ben Crump"),
])
def test_an_inserted_description_that_runs_into_a_name_names_the_source(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


def test_a_plural_noun_after_a_name_may_be_its_verb():
    # "champions" is a plural of people and a verb: after a name that opens a sentence it is the verb
    text = "Ivanka Trump champions working mothers. She said the plan would help them."
    assert span_text(text, one(text, "said").resolved_from) == "Ivanka Trump"
