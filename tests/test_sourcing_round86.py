"""Round 86: sentences from new phrasebooks (housing; transport; arts and culture; religion;
defence; US Congress and campaign copy) and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Brightpath, the consortium building the tunnel, insisted the project was still on budget.", "insisted", "Brightpath"),
    ("Harbour Lights, the collective that runs the venue, said it would appeal.", "said", "Harbour Lights"),
    ("Harvest Bridge, a food bank network run by churches, estimated that it fed 80,000 people.", "estimated",
     "Harvest Bridge"),
    ("Forward Prairie, a super PAC backing Voss, said it would spend $8 million.", "said", "Forward Prairie"),
])
def test_a_name_described_as_a_body_is_an_organisation(text, cue, source):
    # "consortium", "collective" and "PAC" are words for a body; "run by churches" is a participle
    # after the head "network", not its head
    assert typed_source(text, cue) == (source, "named_organization", True)


def test_a_name_described_as_a_person_stays_a_person():
    text = "Ada Kim, a planner run ragged by the council, said the scheme was late."
    assert typed_source(text, "said") == ("Ada Kim", "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("Halden Estates said the rent rise reflects higher costs.", "Halden Estates"),
    ("Meridian Metro said the new trains would carry more passengers.", "Meridian Metro"),
    ("Bellweather Auctions confirmed that the lot had been withdrawn.", "Bellweather Auctions"),
    ("Brightwater Fellowship said it would not comply with the order.", "Brightwater Fellowship"),
    ("Kestrelford Abbey said in a post on its website that the guesthouse would close.", "Kestrelford Abbey"),
    ("The Catholic Bishops' Conference of Norland insisted that the seal could not be broken.",
     "The Catholic Bishops' Conference of Norland"),
    ("The Farmers' Voice said the price was too low.", "The Farmers' Voice"),
])
def test_a_word_for_a_body_ends_its_name(text, source):
    cue = text.split(source)[1].split()[0]
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, source", [
    ("Shirley Temple said she was retiring.", "Shirley Temple"),
    ("Edward Abbey wrote that the desert was indifferent.", "Edward Abbey"),
])
def test_a_given_name_before_such_a_word_keeps_the_person(text, source):
    cue = text.split(source)[1].split()[0]
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Planners think the brownfield site could take up to 900 homes.", "think", "Planners"),
    ("Vatican watchers expect the synod to stop short of changing doctrine.", "expect", "Vatican watchers"),
    ("Hindus believe the river is sacred.", "believe", "Hindus"),
    ("Sikhs say the turban is an article of faith.", "say", "Sikhs"),
    ("Many World Bank watchers expect Mr. Kim to be reappointed.", "expect", "Many World Bank watchers"),
])
def test_plural_people_that_open_a_sentence_are_an_unnamed_group(text, cue, source):
    # not a person's name ("Planners", "Hindus") or the body before "watchers"
    assert typed_source(text, cue) == (source, "unnamed_group", False)


def test_a_pac_with_no_name_is_an_unnamed_group():
    text = "Even an anti-Trump PAC recently revealed its polling shows Trump crushing Rubio."
    assert typed_source(text, "revealed") == ("an anti-Trump PAC", "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source, kind", [
    ("The lease says the freeholder is responsible for repairs.", "says", "The lease", "document"),
    ("The new timetable shows the last train leaving at 23:10.", "shows", "The new timetable", "document"),
    ("The cardinal said the synod would meet in May.", "said", "The cardinal", "unnamed_individual"),
    ("A nun who taught at the school said the records were burned.", "said", "A nun", "unnamed_individual"),
])
def test_new_source_nouns(text, cue, source, kind):
    assert typed_source(text, cue) == (source, kind, False)


@pytest.mark.parametrize("text", [
    "The Anglican bishop and the imam visited the burnt-out shop together. They said the attack would not divide the town.",
    "A nurse and a porter found the boy. They said he was cold.",
])
def test_they_after_two_described_people_is_an_unnamed_group(text):
    assert typed_source(text, "said") == ("They", "unnamed_group", False)


def test_they_after_a_named_and_a_described_person_is_named():
    text = "Dr Ama Owusu and a colleague visited the ward. They said the beds were full."
    assert typed_source(text, "said") == ("They", "named_person", True)


@pytest.mark.parametrize("text", [
    "Salt and pepper were added. They said it was fine.",
    "The ministry and the army released a map. They said the road was closed.",
])
def test_they_after_things_or_bodies_joined_is_not_a_pair_of_people(text):
    # (two bodies are left to the other rules: neither is a person)
    assert typed_source(text, "said")[1] != "named_person"


@pytest.mark.parametrize("text, cue", [
    ("Three former officers have written to the minister claiming that the inquiry was a whitewash.", "claiming"),
    ("Residents wrote to the council complaining that the bins were full.", "complaining"),
    ("The union wrote to the minister saying that the plan was unfair.", "saying"),
])
def test_a_participle_after_the_one_written_to_is_the_writers(text, cue):
    # not "the minister" or "the council", who were written to
    source, _ = source_and_content(text, cue)
    assert source in ("Three former officers", "Residents", "The union")


def test_a_participle_after_a_thing_referred_to_is_not_the_speakers():
    text = "Henry said, likely referring to the first TV ad talking about a wall."
    assert "talking about" not in cues(text)


def test_a_participle_after_an_answered_question_is_the_answerers():
    text = "Clinton responded to Vargas' question on Facebook writing, “Yes, I will.”"
    assert source_and_content(text, "writing")[0] == "Clinton"


@pytest.mark.parametrize("text, cue, content", [
    ("Pastor Jonah Adeyinka preached that tithing would bring prosperity.", "preached", "tithing would bring prosperity"),
    ("Rubio has preached unity, claiming he alone can bring the party together.", "preached", "unity"),
    ("Brother Anselm professed that he had never seen the book.", "professed that", "he had never seen the book"),
    ("Several critics called the production overlong and muddled.", "called", "the production overlong and muddled"),
])
def test_new_cues(text, cue, content):
    assert source_and_content(text, cue)[1] == content


@pytest.mark.parametrize("text", [
    # a sermon given, a faith or vows professed, sins confessed, a rite said
    "The bishop preached at the cathedral's Easter vigil.",
    "Father Ruane has preached from the same pulpit for 40 years.",
    "She professed her faith at an adult baptism in the river.",
    "Catholics confess their sins to a priest in the sacrament of penance.",
    "The women said the rosary together every evening during the siege.",
    # kept, not remarked on
    "The monks observed a strict rule of silence.",
    "Hindus observe the festival by lighting clay lamps.",
    # a birth, people let in
    "The couple are expecting their first child in the spring.",
    "The museum admits children free of charge on weekdays.",
    "The curator admitted the first visitors at exactly ten o'clock.",
    # things claimed, declared, posted, written
    "Squatters claimed the empty mansion on Parkside Avenue last week.",
    "Veterans can claim free travel on the city's buses.",
    "The governor declared a state of emergency in six counties ahead of the storm.",
    "The letting agent posted the keys back through the letterbox.",
    "The coast guard posted two cutters to the strait.",
    "The tenant wrote her new address on the inventory and handed back the keys.",
    "She wrote the score for the film in just three weeks.",
    "The cardinal wrote the foreword to a book of prayers.",
    # done according to a pattern
    "The restored carriages were painted according to the original 1930s livery.",
    "The helicopters were deployed according to a rota agreed with the coastguard.",
    # a call answered, a summons, a bill sent to the floor, an honour
    "Thousands of volunteers answered the campaign's call to knock on doors.",
    "The director called the cast back for a final run-through at midnight.",
    "The House Ways and Means Committee reported the bill out on a party-line vote Wednesday.",
    "The committee reported out the measure 21-19 after a marathon markup.",
    "The battalion was mentioned in dispatches for its defence of the bridge.",
    # in all; told apart
    "The journey took four hours, all told.",
    "Visitors often cannot tell the twin towers of the Marlow estate apart.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He confessed his sins were many.", "confessed"),
    ("He answered the reporter's question bluntly.", "answered"),
    ("The governor declared the state would sue.", "declared"),
    ("He called on Republicans to back Trump.", "called"),
    ("AP reported out of Baghdad that ten people had died.", "reported"),
    ("His message, which he usually preaches at music festivals, is love.", "preaches"),
    ("The squatters claimed the mansion was empty.", "claimed"),
    ("I told them all, they were fine.", "told"),
])
def test_statements_that_look_like_those_acts_stay(text, cue):
    assert cue in cues(text)


# --- the second pass: consumer affairs and EU politics, the two phrasebooks first kept unseen


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Scammers claimed to be from the tax office.", "claimed", "Scammers", "unnamed_group"),
    ("Sunfield Organics claimed on its website that its eggs were free-range.", "claimed", "Sunfield Organics",
     "named_organization"),
    ("Pricewise, a price comparison site, estimates that households will pay more.", "estimates", "Pricewise",
     "named_organization"),
    ("A non-paper circulated by the Netherlands argues that the fund should be tied to reforms.", "argues",
     "A non-paper circulated by the Netherlands", "document"),
    ("The summit declaration says the EU will remain steadfast.", "says", "The summit declaration", "document"),
    ("A leaked version of the text, seen by The Brussels Ledger, shows the date was dropped.", "shows",
     "A leaked version of the text", "document"),
    ("The terms state that refunds are only available within 14 days.", "state", "The terms", "document"),
])
def test_more_sources_and_their_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_he_after_one_described_person_is_that_person():
    text = "One Nordic diplomat was blunter. “This is a stitch-up,” he said."
    assert typed_source(text, "said") == ("he", "unnamed_individual", False)


@pytest.mark.parametrize("text, source", [
    ("The MEP was questioned by Belgian police for six hours.", "Belgian police"),
    ("He was criticised by the mayor for weeks.", "the mayor"),
    ("He was criticised by the mayor for a week.", "the mayor"),
])
def test_a_span_of_time_after_the_agent_is_no_part_of_it(text, source):
    (cue,) = cues(text)
    assert source_and_content(text, cue)[0] == source


def test_for_before_a_body_stays_in_the_phrase():
    assert typed_source("A spokesman for Acme said no.", "said")[0] == "A spokesman for Acme"


@pytest.mark.parametrize("text", [
    "The ticket admits one adult and up to three children.",
    "The review of food labelling rules will begin in the autumn.",
    "The veto threatened to derail the entire sanctions package.",
    "The row threatened to split the party.",
])
def test_more_acts_and_modifiers_that_look_like_cues(text):
    assert cues(text) == []


def test_a_participle_between_a_count_and_its_noun_is_an_adjective():
    text = "The Commission answered 42 written questions from MEPs in May alone."
    assert "written" not in cues(text)


@pytest.mark.parametrize("text, cue", [
    ("He admitted one mistake.", "admitted"),
    ("A poll of people saying they were tired was published.", "saying"),
    ("Of the 300 polled, 42 said they would vote.", "said"),
    ("Police said 12 reported thefts were solved.", "said"),
])
def test_the_same_words_still_attribute_elsewhere(text, cue):
    assert cue in cues(text)
