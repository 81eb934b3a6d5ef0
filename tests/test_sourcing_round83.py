"""Round 83: sentences from new phrasebooks (aviation; shipping and piracy; pharmaceuticals and
trials; farming and food; labour disputes; the Indian, Pakistani and Bangladeshi press) and the
leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text", [
    "Pickers reported to the packing shed at dawn for the first day of the harvest.",
    "Volunteers reported to the clinic at 7am on each dosing day.",
    "The former MNA reported at the accountability bureau's regional office in Rawalpindi at 10am.",
    "The tanker reported to the port authority at Fujairah before entering the anchorage.",
    "Fishermen reported to the harbour office to collect their new licences.",
    "The athlete reported for testing at the team hotel at 6am.",
])
def test_reporting_to_a_place_is_turning_up(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, source, content", [
    ("The foundation reported to the IRS that his salary was $31,592.", "The foundation", "his salary was $31,592"),
    ("She reported to her editor: the story was true.", "She", "the story was true"),
])
def test_reporting_to_someone_what_follows_still_tells(text, source, content):
    assert source_and_content(text, "reported") == (source, content)


def test_is_reported_to_stays_hearsay():
    a = one("Obama is reported to have called the Saudis free riders.", "reported")
    assert (a.source, a.source_type) == (None, "agentless")


@pytest.mark.parametrize("text", [
    "Engineers maintained the airline's fleet at a hangar outside Cardiff.",
    "The airport maintained full fire cover throughout the night.",
    "The sugar board maintained the floor price at 30 cents a pound.",
    "The company maintained production at its Gdansk plant throughout the stoppage.",
    "Clinton has maintained support among black voters.",
    "She maintained close ties with France.",
    "The data is maintained by the technology company NGP VAN.",
])
def test_maintaining_a_thing_is_keeping_it(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("Mrs. Clinton has always maintained that the server was secure.", "maintained", "the server was secure"),
    ("They maintain the plan will fail.", "maintain", "the plan will fail"),
    ("Netanyahu maintained the settlement freeze was temporary.", "maintained", "the settlement freeze was temporary"),
])
def test_maintaining_a_clause_holds_a_position(text, cue, content):
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text, source", [
    ("“The plan has failed,” maintained Smith.", "Smith"),
    ("“The plan has failed,” maintained the company.", "the company"),
])
def test_maintained_inverted_after_a_quotation_is_a_cue(text, source):
    assert source_and_content(text, "maintained") == (source, "The plan has failed,")


@pytest.mark.parametrize("text", [
    "Insurance claims for the weight-loss injections rose 8 per cent.",
    "The federation accepted the arbitrator's award without further comment.",
    "The party distributed tickets according to caste equations in each district.",
    "Ballot boxes were opened according to the order in which they arrived at the counting hall.",
    "Bonuses are paid according to the number of first-team appearances.",
    "Workers claimed their back pay at a temporary office.",
    "The party's candidates claimed all three seats in the district in the 2018 polls.",
    "The union posted pickets at every entrance to the site.",
    "The pharmacy chain posted a 6 per cent rise in quarterly profit.",
    "The chain posted a 6% rise in profit.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("They claimed all the money was stolen.", "claimed"),
    ("Clinton leads Sanders by 271 pledged delegates according to a count by The Associated Press.", "according to"),
    ("He was paid $5m, according to court filings.", "according to"),
])
def test_the_look_alikes_leave_real_cues(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue", [
    ("Dylann Roof is accused of killing nine people.", "accused"),
    ("Caldera Jet has been accused of cutting corners on maintenance.", "accused"),
    ("Marquez, 24, is accused of plotting at least two other assaults.", "accused"),
    ("The tainted spinach is suspected of having made at least 40 people ill.", "suspected"),
])
def test_a_passive_charge_is_agentless(text, cue):
    a = one(text, cue)
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", text.split(" of ", 1)[1].rstrip("."))


def test_a_passive_charge_with_its_agent_keeps_the_agent():
    assert source_and_content("He was accused by prosecutors of lying.", "accused")[0] == "prosecutors"


@pytest.mark.parametrize("text, source, content", [
    ("The strike is likely to spread to primary schools, warned Nadia Haddad of the Teachers' Alliance.",
     "Nadia Haddad of the Teachers' Alliance", "The strike is likely to spread to primary schools"),
    ("The plan will fail, warned John Smith.", "John Smith", "The plan will fail"),
])
def test_a_warning_inverted_after_a_statement(text, source, content):
    assert source_and_content(text, "warned") == (source, content)


@pytest.mark.parametrize("text", [
    "Police closed the road, warned Israel and left.",
    "The army shelled the town, urged Hamas to stop.",
])
def test_a_verb_with_its_object_after_a_comma_is_no_inversion(text):
    assert [c for c in cues(text) if c in ("warned", "urged")] == []


@pytest.mark.parametrize("text, cue, expected", [
    ("The chairman of Stallard Group said it would.", "said", ("The chairman of Stallard Group", "unnamed_individual", False)),
    ("The chairman of Acme said it would.", "said", ("The chairman of Acme", "unnamed_individual", False)),
    ("The Secretary of State said it would.", "said", ("The Secretary of State", "unnamed_individual", False)),
    ("Secretary of State John Kerry said it would.", "said", ("Secretary of State John Kerry", "named_person", True)),
    ("Secretary of State Kerry said it would.", "said", ("Secretary of State Kerry", "named_person", True)),
    ("Chairman of Stallard Group Roger Penhale said it would.", "said",
     ("Chairman of Stallard Group Roger Penhale", "named_person", True)),
    ("The chairman of Stallard Group, Sir Roger Penhale, told shareholders the company would not be held.", "told",
     ("Sir Roger Penhale", "named_person", True)),
])
def test_a_title_of_one_name_names_no_one(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("A bank in London said rates rose.", "said", ("A bank in London", "unnamed_group", False)),
    ("A London bank said rates rose.", "said", ("A London bank", "unnamed_group", False)),
    ("An Australian bank said rates rose.", "said", ("An Australian bank", "unnamed_group", False)),
    ("According to a shipbroker in London, the tanker changed hands.", "According to",
     ("a shipbroker in London", "unnamed_group", False)),
    ("The government in Kabul said it would.", "said", ("The government in Kabul", "named_organization", True)),
    ("The Australian government said it would.", "said", ("The Australian government", "named_organization", True)),
    ("A Barclays bank said rates rose.", "said", ("A Barclays bank", "named_organization", True)),
])
def test_one_of_a_kind_is_not_named_by_its_place(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("According to Ms Nwosu, the designation means any bank that handles payments for the ship risks penalties.",
     "According to", ("Ms Nwosu", "named_person", True)),
    ("Oskar Lind, a shipbroker at Fjord Chartering, expects tanker rates to hold up.", "expects",
     ("Oskar Lind", "named_person", True)),
    ("Ann Lee, a film maker, said it was over.", "said", ("Ann Lee", "named_person", True)),
    ("Corvane Shipping, the ship's Athens-based manager, told The Maritime Ledger that the crew were ashore.", "told",
     ("Corvane Shipping", "named_organization", True)),
    ("The European Union, the park's largest donor, said it was deeply concerned.", "said",
     ("The European Union", "named_organization", True)),
    # what should not change: a firm's apposition, "which", a person's apposition
    ("Brightmoor, the Danish insulin maker, expects sales to grow.", "expects", ("Brightmoor", "named_organization", True)),
    ("John Lewis, which runs 34 stores, said it was over.", "said", ("John Lewis", "named_organization", True)),
    ("Sterling Church, the defendant's brother, testified that the two had not spoken.", "testified",
     ("Sterling Church", "named_person", True)),
    ("Acme, the company his father founded, said it was over.", "said", ("Acme", "named_organization", True)),
])
def test_what_an_apposition_says_of_a_name(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("The coast guard said the trawler had sunk.", "said", ("The coast guard", "unnamed_group", False)),
    ("The drug maker said sales rose.", "said", ("The drug maker", "unnamed_group", False)),
    ("The drugmaker insists the price is fair.", "insists", ("The drugmaker", "unnamed_group", False)),
    ("The biotech said in a filing that it had enough cash.", "said", ("The biotech", "unnamed_group", False)),
    ("The bench noted that the petitioner had not applied.", "noted", ("The bench", "unnamed_group", False)),
    ("Herders fear that the rains will fail.", "fear", ("Herders", "unnamed_group", False)),
    ("Pickets said lorries had been turned away.", "said", ("Pickets", "unnamed_group", False)),
    ("The SHO of Civil Lines police station said a case had been registered.", "said",
     ("The SHO of Civil Lines police station", "unnamed_individual", False)),
    ("The MLA opined that the delimitation was unfair.", "opined", ("The MLA", "unnamed_individual", False)),
    ("The FIR states that the accused fired.", "states", ("The FIR", "document", False)),
    ("The trial showed that patients lost weight.", "showed", ("The trial", "document", False)),
    ("Most growers surveyed said they planned to switch.", "said", ("Most growers surveyed", "unnamed_group", False)),
    ("Many residents under the flight path say the noise has got worse.", "say",
     ("Many residents under the flight path", "unnamed_group", False)),
    ("Under Secretary of State Ann Lee said it was over.", "said", ("Secretary of State Ann Lee", "named_person", True)),
    # "crew" and "carrier" are left out of the nouns: "Crews" and "Carrier" are names too
    # (still a name, not the noun; since round 84 a firm's, by the "it will" it says of itself)
    ("Carrier has said it will return public money.", "said", ("Carrier", "named_organization", True)),
])
def test_nouns_for_bodies_people_and_records(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, cue, expected", [
    ("Saltmarsh Tankers denied any link to the sanctioned vessel.", "denied", ("Saltmarsh Tankers", "named_organization", True)),
    ("Marlowe Risk said in an advisory that the threat remains.", "said", ("Marlowe Risk", "named_organization", True)),
    ("Silverpine Health announced that it had reached a settlement.", "announced", ("Silverpine Health", "named_organization", True)),
    ("Kestrel Biologics said in a statement that it would pause.", "said", ("Kestrel Biologics", "named_organization", True)),
    ("The Jan Shakti Morcha has alleged that its candidates were blocked.", "alleged",
     ("The Jan Shakti Morcha", "named_organization", True)),
    ("The deal is worth £22m, according to Sky Sports.", "according to", ("Sky Sports", "named_organization", True)),
    ("Ridgeback Conservancy admitted that two of its lions had been shot.", "admitted",
     ("Ridgeback Conservancy", "named_organization", True)),
    ("Health officials said it was over.", "said", ("Health officials", "unnamed_group", False)),
])
def test_words_that_end_a_bodys_name(text, cue, expected):
    assert typed_source(text, cue) == expected


@pytest.mark.parametrize("text, source", [
    ("A nurse who worked on the study, speaking on condition of anonymity, said several patients had withdrawn.", "A nurse"),
    ("A guard who asked not to be named, speaking by phone, said the wing was locked.", "A guard"),
    ("A nurse who worked on the study, a veteran of the ward, said the ward was full.", "A nurse"),
    ("Jane Roe, who worked on the study, said the ward was full.", "Jane Roe"),
])
def test_a_relative_in_the_subject_before_an_insertion(text, source):
    assert source_and_content(text, "said")[0] == source
