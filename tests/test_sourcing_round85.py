"""Round 85: sentences from new phrasebooks (immigration; policing; schools and universities;
science; energy and climate; opinion columns) and the leads the FactAppeal dev misses opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Some who study the issue argue that the rules are too loose.", "argue", "Some"),
    ("Many who attended the rally said they were angry about the closure.", "said", "Many"),
    ("Those who study the issue argue that the rules are too loose.", "argue", "Those"),
    ("Some of those who attended said they were angry about the closure.", "said", "Some of those"),
    ("Most of those who voted say they regret it.", "say", "Most of those"),
    ("Few who knew him said he was capable of violence.", "said", "Few"),
])
def test_people_counted_or_pointed_at_before_who_are_the_source(text, cue, source):
    # not "the issue" or "the rally", the object inside the relative clause
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_one_of_those_who_is_one_person():
    assert typed_source("One of those who signed the letter said it was a mistake.", "said") == (
        "One of those", "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Those in the industry argue that the rules are too loose.", "argue", "Those in the industry"),
])
def test_those_with_a_place_are_a_group(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    # the relative clause hangs on a noun phrase that opens a clause after "that" or a subordinator
    ("Police know from experience that people who use vehicles in a crime often report that the vehicles were stolen.",
     "report", "people"),
    ("The vote came after lawmakers who opposed the bill said it was rushed.", "said", "lawmakers"),
])
def test_a_clause_opened_by_that_keeps_the_noun_before_its_relative(text, cue, source):
    assert typed_source(text, cue)[0] == source


def test_a_verb_after_that_is_no_subject():
    # "that includes Texas": "that" is a relative here, and "includes Texas" no source
    text = "The primary on March 1 that includes Texas, which he's expected to win, Jones said."
    assert typed_source(text, "said") == ("Jones", "named_person", True)
    assert span_text(text, one(text, "expected").source) == "he"


@pytest.mark.parametrize("text, source", [
    ("Tom Clemens, who leads the Foundation, which buys land near the battlefield said the statue was old.",
     "Tom Clemens"),
    ("Mr. Lee, who heads Acme, which makes parts said demand was weak.", "Mr. Lee"),
    ("Ana Ruiz, a lawyer at Smith Partners, who represents the family said the case was weak.", "Ana Ruiz"),
])
def test_a_name_whose_description_ends_in_a_relative_clause_without_its_comma(text, source):
    # not "buys land near the battlefield" or "makes parts": the clause of the body in the description
    assert typed_source(text, "said") == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Americans for Fiscal Sanity said the budget was a fairy tale.", "said", "Americans for Fiscal Sanity"),
    ("Mothers for Main Street says it speaks for millions of parents.", "says", "Mothers for Main Street"),
    ("Students for Open Campus, the group behind the encampment, said its demands were firm.", "said",
     "Students for Open Campus"),
    ("Citizens for Responsibility and Ethics in Washington said the filing was late.", "said",
     "Citizens for Responsibility and Ethics in Washington"),
    ("Women for Peace said the march would go ahead.", "said", "Women for Peace"),
])
def test_people_named_for_a_cause_are_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, expected", [
    # roles that serve someone, and a cause that is a person, are no body's name
    ("Attorneys for Clinton said the account was private.", "said", ("Attorneys for Clinton", "unnamed_group", False)),
    ("Strategists for Barack Obama and Clinton all agree that it was off-key.", "agree",
     ("Strategists for Barack Obama and Clinton", "unnamed_group", False)),
    ("Minister for Foreign Affairs Julie Bishop said the talks failed.", "said",
     ("Minister for Foreign Affairs Julie Bishop", "named_person", True)),
])
def test_roles_for_someone_stay_as_they_were(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue, source", [
    ("“We have seen no evidence of sabotage,” Baltic Grid said in a statement.", "said", "Baltic Grid"),
    ("Judicial Watch said the emails were found in a second batch.", "said", "Judicial Watch"),
    ("Bluewater Action said the rule would save 3,000 lives a year.", "said", "Bluewater Action"),
    ("Teach Forward said fewer graduates were applying to its programme.", "said", "Teach Forward"),
    ("Northway Pipelines denied any wrongdoing.", "denied", "Northway Pipelines"),
    ("Methane Sentinel believes the true level of emissions is higher.", "believes", "Methane Sentinel"),
    ("Pro-Clinton super PAC Priorities USA Action announced a small ad buy this week.", "announced",
     "Pro-Clinton super PAC Priorities USA Action"),
])
def test_a_name_that_ends_in_a_word_for_a_body_is_one(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, source", [
    ("Samantha Power said the camp was closed.", "Samantha Power"),  # a given name first
    ("Mayor Tom Power said the camp was closed.", "Mayor Tom Power"),  # a title
    ("Power said the camp was closed.", "Power"),  # one word: a surname
])
def test_a_person_whose_surname_is_such_a_word_stays_a_person(text, source):
    assert typed_source(text, "said") == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("One voter I met outside a diner in Scranton told me she was tired.", "told", "One voter"),
    ("Most of the voters I spoke with in Kenosha said they had not heard of either candidate.", "said",
     "Most of the voters"),
    ("Two officials I spoke to said the plan was dead.", "said", "Two officials"),
    ("Some of the women I met in Kabul said they feared the future.", "said", "Some of the women"),
])
def test_a_count_with_a_contact_relative_is_the_source(text, cue, source):
    # not "a diner in Scranton" or "Kenosha", the place inside the clause "I met ..."
    assert typed_source(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, expected", [
    # a second short phrase after a described subject's head
    ("The report into the death in custody was published on Monday. It found that officers had failed to act.",
     "found", ("It", "document", False)),
    # new source nouns: a worker and a record
    ("A technician was on duty when the transformer failed. He said the alarm never sounded.", "said",
     ("He", "unnamed_individual", False)),
    ("The inspection ran to 400 pages. It found that 14 valves had not been tested.", "found",
     ("It", "document", False)),
])
def test_a_pronoun_finds_a_described_subject(text, cue, expected):
    assert typed_source(text, cue) == expected


def test_an_abstract_is_a_record():
    assert typed_source("The abstract says the compound killed 98 percent of the bacteria.", "says") == (
        "The abstract", "document", False)


@pytest.mark.parametrize("text", [
    "The scandal claimed the career of a second aide on Friday.",  # a victim, like lives
    "The court denied the campaign's motion to halt the recount.",  # things withheld
    "The board denied the teachers a pay rise for a third year.",
    "The consulate denied his visa application twice in 2022.",
    "The scholarship fund claimed tax relief on its donations.",  # gains
    "The former teacher claimed her pension early.",
    "The suspect answered bail at the police station on Tuesday.",
    "Brennigan answered only to his donors during his first term.",  # accountable
    "The hospital admitted the congressman overnight for observation.",  # let in
    "The suspect admitted himself to a psychiatric unit two days after the attack.",
    "The Speaker recognized the gentlewoman from Ohio for five minutes.",  # the floor given
    "A member of the public recognised him on a bus.",  # someone known
    "The party recognizes him as the presumptive nominee.",
])
def test_acts_that_look_like_cues_are_no_attribution(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The official recognized the president had lied.", "recognized"),  # a clause after the person
    ("Local leaders now recognize that they have to do more.", "recognize"),
    ("She recognized her ability to win.", "recognized"),
    ("The minister admitted the mistake.", "admitted"),
    ("He admitted the spokesman had misled reporters.", "admitted"),
    ("Trump denied the claim.", "denied"),
    ("“The plan has failed,” admitted a spokeswoman for the mayor.", "admitted"),  # the speaker after a quotation
])
def test_the_same_verbs_with_words_or_a_clause_stay_cues(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, source", [
    ("Critics charge that the barge scheme was rushed through.", "Critics"),
    ("Critics charge the scheme was rushed.", "Critics"),
    ("He charges that the vote was rigged.", "He"),
])
def test_charge_with_a_clause_is_a_cue_in_every_form(text, source):
    cue = "charges" if "charges" in text else "charge"
    assert source_and_content(text, cue)[0] == source


@pytest.mark.parametrize("text", [
    "He faces charges that he lied to Congress.",  # the noun
    "The charges were dropped.",
    "Who is in charge?",
    "Drivers charge their cars overnight.",
    "Lawyers will charge a fee.",
    "The passenger declared €12,000 in cash at the customs desk.",  # an amount declared
    "The passenger declared food at the customs desk.",
    "Families at the reception centre were housed according to the date of their arrival.",  # sorted
])
def test_no_attribution_in_charges_amounts_and_sorting(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    ("The caption accompanying the image says it was taken above the surface.", "says",
     "The caption accompanying the image"),
    ("A note accompanying the flowers said they were from a friend.", "said", "A note accompanying the flowers"),
    ("A recent post getting a lot of clicks shows Clinton speaking.", "shows", "A recent post getting a lot of clicks"),
])
def test_a_record_placed_by_a_participle_is_the_source(text, cue, source):
    # not "the image" or "the flowers", the participle's object
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text, cue, expected", [
    ("Co-author Benedikt Lorenz insisted the statistical methods were sound.", "insisted",
     ("Co-author Benedikt Lorenz", "named_person", True)),  # "Co-", not "Co." for a company
    ("Co-founder Ana Ruiz said the app was safe.", "said", ("Co-founder Ana Ruiz", "named_person", True)),
    ("The Seattle Post-Intelligencer reported that the fire spread.", "reported",
     ("The Seattle Post-Intelligencer", "named_organization", True)),
    ("Former State policy planning director Anne-Marie Slaughter wrote that the plan failed.", "wrote",
     ("Former State policy planning director Anne-Marie Slaughter", "named_person", True)),
])
def test_hyphenated_titles_and_compounds_keep_their_type(text, cue, expected):
    assert typed_source(text, cue) == expected
