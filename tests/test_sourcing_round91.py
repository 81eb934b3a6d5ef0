"""Round 91: sentences from new phrasebooks (startups and venture capital; human rights reporting;
sanctions and trade; drug trafficking; archaeology and heritage; fashion and luxury), from round
90's pensions and nuclear phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Lantern Rights said in a statement on Monday that its director had been summoned.", "said", "Lantern Rights"),
    ("Valtera Semi said in a securities filing that the rule would cut its revenue.", "said", "Valtera Semi"),
    ("In its annual report, Grenholm Machinery disclosed that it had received a subpoena.", "disclosed",
     "Grenholm Machinery"),
    ("Noor Atelier claimed its new vegan leather was made entirely from cactus fibre.", "claimed", "Noor Atelier"),
    ("Greyline Models said none of its models had been asked to sign gag clauses.", "said", "Greyline Models"),
    ("Fuel loading is now due to begin in the spring, Valdane Nuclear announced on Wednesday.", "announced",
     "Valdane Nuclear"),
    ("According to Silverline Retirement, average annuity rates have climbed.", "According to",
     "Silverline Retirement"),
])
def test_words_that_end_a_bodys_name(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("The plant's logbook records that the operator reset the alarm at 02:14.", "records that",
     "The plant's logbook"),
    ("The inscription records that the temple was rebuilt after a great flood.", "records that", "The inscription"),
    ("The term sheet stipulates that the lead investor will get two board seats.", "stipulates", "The term sheet"),
    ("A leaked cable shows that diplomats warned of the tariff plan weeks before.", "shows", "A leaked cable"),
    ("An export licence dated 1962 states that the vase was a modern copy.", "states",
     "An export licence dated 1962"),
    ("The tablet says the king received 40 talents of silver from the city.", "says", "The tablet"),
    ("The 1934 excavation notebook claims the hoard was found in a sealed jar.", "claims",
     "The 1934 excavation notebook"),
    ("The caption beneath the jar says it was excavated legally in 1931.", "says", "The caption beneath the jar"),
    ("A banner hung from a bridge in Zamora accused the rival gang of killing civilians.", "accused",
     "A banner hung from a bridge in Zamora"),
])
def test_records_that_speak(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


@pytest.mark.parametrize("text", [
    "The band recorded that song in 1979.",
    "The helpline answered 91 per cent of calls within three minutes.",
    "The engineer wrote much of the software for the reactor protection system.",
    "The retired ambassador wrote her memoirs in a cottage on the coast.",
    "The designer wrote the show's soundtrack herself, on a piano in the atelier.",
    "The founder wrote her initials inside the lining of every bag.",
    "The collapse of the firm claimed the retirement savings of 12,000 workers.",
    "The centrifuges are grouped in cascades according to their generation.",
    "Duties are levied according to the weight of the goods.",
    "Patients are seen according to the severity of their injuries.",
    "The court dismissed the case in under ten minutes.",
    "The lawyer argued the case before the supreme court in just 20 minutes.",
    "The lawyer argued her first sanctions case in 2009.",
    "Shipowners noted for their caution have stayed away from the route.",
    "The guards noted each visitor's ID number in a ledger.",
    "The team noted the position of each shard on a grid plan.",
    "Travellers must declare cash above €10,000 when they cross the border.",
    "The drought revealed the ruins of a drowned village in the reservoir.",
    "The tribunal heard from 41 witnesses over six weeks.",
    "Negotiators agreed on a venue for the talks but not a date.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


def test_a_record_that_is_the_object_of_a_relative_clause_is_no_cue():
    text = "Some paper records that Linick questioned are already stored in a records center."
    assert "records that" not in cues(text)


@pytest.mark.parametrize("text, cue", [
    ("Police recorded that the man was drunk.", "recorded that"),
    ("Prices rose 5 per cent, according to the index.", "according to"),
    ("She argued the case for reform.", "argued"),
    ("He dismissed claims that he lied.", "dismissed"),
    ("He noted the rise in a statement.", "noted"),
    ("Prosecutors charged Smith with fraud.", "charged"),
])
def test_what_stays_a_cue(text, cue):
    assert one(text, cue) is not None


def test_a_cue_noun_before_the_clause_ends_no_reduced_relative():
    text = "Executives acknowledged on the call that the wholesale channel remained weak."
    assert typed_source(text, "acknowledged") == ("Executives", "unnamed_group", False)
    assert source_and_content(text, "acknowledged")[1] == "the wholesale channel remained weak"


@pytest.mark.parametrize("text, cue, source", [
    ("A senior control-room operator with 20 years at the station described the training as “box-ticking.”",
     "described", "A senior control-room operator with 20 years at the station"),
    ("A veteran broadcaster said the show was over.", "said", "A veteran broadcaster"),
    ("The model, 19, said on TikTok that she had been told to lose weight.", "said", "The model"),
    ("“Nobody wants to insure these ships any more,” said one London underwriter.", "said",
     "one London underwriter"),
])
def test_one_person_not_a_body_or_a_record(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_individual", False)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("A young company said it would grow.", "said", "A young company", "unnamed_group"),
    ("The model said emissions would rise.", "said", "The model", "document"),
    ("Local workmen say they are paid less than $5 a day.", "say", "Local workmen", "unnamed_group"),
    ("According to the accelerator, most of its alumni are still operating.", "According to", "the accelerator",
     "unnamed_group"),
])
def test_kinds_of_common_heads(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text, source", [
    ("According to Deputy Prosecutor Lucía Ferrando, the network laundered at least $40m.",
     "Deputy Prosecutor Lucía Ferrando"),
    ("According to Mayor Bill Smith, the network laundered money.", "Mayor Bill Smith"),
])
def test_what_follows_an_opening_according_phrase_is_no_apposition(text, source):
    assert typed_source(text, "According to") == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Rents in central Lisbon have risen 40% since 2020, according to Casaviva, a local listings site.",
     "according to", "Casaviva"),
    ("According to Roofline, a charity that runs three hostels in the city, the number of people sleeping"
     " rough has doubled.", "According to", "Roofline"),
])
def test_an_apposition_after_according_still_types_the_name(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_it_after_a_body_named_earlier_in_the_sentence_leaves_the_person():
    text = "Asked whether the company would need to raise again this year, Lindqvist replied that it had enough."
    assert typed_source(text, "replied") == ("Lindqvist", "named_person", True)


def test_it_said_after_an_opening_name_that_no_person_carries():
    text = "Drizzlepay expects to break even by the end of next year, it said."
    a = one(text, "said")
    assert (a.source_type, a.named) == ("named_organization", True)
    assert text[a.resolved_from.start : a.resolved_from.end] == "Drizzlepay"


def test_it_said_after_a_plural_noun_stays_unresolved():
    assert one("Swaps are tricky, it said.", "said").source_type == "unresolved"


@pytest.mark.parametrize("text, cue, pronoun, kind, antecedent", [
    ("Dr Ines Varga heads radiation protection at the Dunmore station. She said worker doses had stayed low.",
     "said", "She", "named_person", "Dr Ines Varga"),
    ("A retired postwoman from Hull has been fighting the department for six years. She said the ombudsman"
     " was her last hope.", "said", "She", "unnamed_individual", "A retired postwoman from Hull"),
    ("Villagers near the site have watched the looters for months. They told reporters the digging begins"
     " after midnight.", "told", "They", "unnamed_group", "Villagers near the site"),
    ("Both sisters were held for a week in the same cell. They said they were interrogated every night.",
     "said", "They", "unnamed_group", "Both sisters"),
])
def test_pronouns_find_the_subject_before(text, cue, pronoun, kind, antecedent):
    a = one(text, cue)
    assert text[a.source.start : a.source.end] == pronoun
    assert a.source_type == kind
    assert text[a.resolved_from.start : a.resolved_from.end] == antecedent


def test_heads_of_state_is_a_noun_after_a_name():
    text = "EU heads of state met in Brussels. They said the summit went well."
    assert typed_source(text, "said")[1] != "named_person"
