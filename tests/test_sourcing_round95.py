"""Round 95: sentences from new phrasebooks (auctions; chess; textiles; volcanoes; nursing;
patents), from round 94's public-library and railway phrasebooks, and the leads they opened."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source", [
    ("Inkwell Publishing admitted that it had raised library e-book prices.", "admitted", "Inkwell Publishing"),
    ("Northfold Archives announced that its search room would open on Saturdays.", "announced", "Northfold Archives"),
    ("Brennan Track Infrastructure said in a statement that the fault had been repaired.", "said",
     "Brennan Track Infrastructure"),
    ("Ferrovia Adriatica confirmed that one of its trains had hit a tractor.", "confirmed", "Ferrovia Adriatica"),
    ("In a statement, Aerolíneas Sur said it had cancelled 42 flights.", "said", "Aerolíneas Sur"),
    ("Marlowe Rooms announced on Friday that it would stop selling ivory.", "announced", "Marlowe Rooms"),
    ("Brightweave Mills conceded that its wage records were incomplete.", "conceded", "Brightweave Mills"),
    ("Marigold Apparel said in a statement on Tuesday that it had suspended orders.", "said", "Marigold Apparel"),
    ("“The mark is ours,” said Old Tannery Boots in a post on its website.", "said", "Old Tannery Boots"),
    ("Unison claims the trust has been paying healthcare assistants below the band.", "claims", "Unison"),
])
def test_names_of_firms_archives_and_unions_are_bodies(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("Brightmoor insisted its lenses used a different coating process.", "insisted", "Brightmoor"),
    ("“We are sorry to everyone,” Gambitly posted on its status page.", "posted", "Gambitly"),
])
def test_a_one_word_name_that_speaks_of_its_own_is_a_body(text, cue, source):
    assert typed_source(text, cue) == (source, "named_organization", True)


@pytest.mark.parametrize("text, cue, source", [
    ("John Mills said he was happy with the result.", "said", "John Mills"),
    ("Thomas More wrote that the island was perfect.", "wrote", "Thomas More"),
    ("Broadcaster John Coote said that the best finds turn up in house clearances.", "said",
     "Broadcaster John Coote"),
    ("In his memoir, the late auctioneer Cyril Banner wrote that the greatest sales were unexpected.", "wrote",
     "the late auctioneer Cyril Banner"),
    ("Ryan said its policies failed.", "said", "Ryan"),
])
def test_people_stay_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, cue, source", [
    ("According to its website, the heritage railway runs steam services every weekend.", "According to",
     "its website"),
    ("The railway's website says services run daily.", "says", "The railway's website"),
    ("According to the official website, the rapid section will be played over three days.", "According to",
     "the official website"),
    ("According to the scoresheet, Black had made only 39 moves.", "According to", "the scoresheet"),
    ("According to the rota, only one registered nurse was on duty.", "According to", "the rota"),
    ("The council's draft budget states that library spending will fall by a quarter.", "states",
     "The council's draft budget"),
    ("The announcement over the public address system said the train was terminating.", "said",
     "The announcement over the public address system"),
])
def test_owned_websites_rotas_budgets_and_announcements_are_records(text, cue, source):
    assert typed_source(text, cue) == (source, "document", False)


def test_an_outlet_website_stays_a_body():
    assert typed_source("The conservative website reported that he lied.", "reported") == (
        "The conservative website", "unnamed_group", False)


@pytest.mark.parametrize("text, cue, source", [
    ("Two library assistants resigned in protest last week. They said they had been ordered to remove books.",
     "said", "They"),
    ("More say they will vote for him.", "say", "More"),
    ("Many more say they will vote.", "say", "Many more"),
    ("Far fewer said they trusted him.", "said", "Far fewer"),
])
def test_assistants_and_comparative_counts_are_groups(text, cue, source):
    assert typed_source(text, cue) == (source, "unnamed_group", False)


@pytest.mark.parametrize("text, cue, content", [
    ("There are reports that the king has died.", "reports", "the king has died"),
    ("There are fears that the ash could collapse roofs.", "fears", "the ash could collapse roofs"),
    ("There have been unconfirmed reports that the king died.", "reports", "the king died"),
    ("There are growing fears that the dam will fail.", "fears", "the dam will fail"),
    ("There are claims that he lied.", "claims", "he lied"),
])
def test_there_are_reports_that_is_hearsay_with_no_source(text, cue, content):
    assert source_and_content(text, cue) == (None, content)
    assert typed_source(text, cue)[1] == "agentless"


def test_reports_of_an_event_are_no_hearsay_frame():
    assert cues("There were reports of gunfire near the border.") == []


def test_reported_to_have_fallen_out_is_hearsay_not_a_bill_reported_out():
    text = "The two founders are reported to have fallen out over who deserved credit."
    assert typed_source(text, "reported") == (None, "agentless", False)
    assert cues("The committee reported the bill out on a party-line vote.") == []


@pytest.mark.parametrize("text", [
    "Extra carriages are added according to demand on match days.",
    "Food parcels are handed out according to need.",
    "The prize money for tied players was split according to the Hort system.",
    "Local councils will have more say over which stations are staffed.",
    "Attendants admitted the first readers to the search room at half past nine.",
    "She admitted her elderly mother to the field hospital at dawn.",
    "The home admitted no new residents while the ban was in place.",
    "Both players agreed a draw after just 12 moves.",
    "The parties agreed a royalty of 3 per cent on every unit sold.",
    "The 16-year-old posted a performance rating of 2780 in Reykjavik.",
    "The Indian champion conceded the exchange to keep her attack alive.",
    "The Polish grandmaster denied his opponent any counterplay on the queenside.",
    "Thick ash denied rescue helicopters a safe place to land.",
    "The prodigy reported for the first round with his father and two coaches.",
    "Oyelaran claimed her first grandmaster norm at the Rookhaven Open.",
    "White claimed the pawn on b7 and then sank into a long think.",
    "The Hallam Trust claimed the painting under the 1998 Washington Principles.",
    "Lava claimed the village church and two schools before it cooled.",
    "The mudflow claimed a bridge and the only road out of the valley.",
    "The sale realised £14.3m against a pre-sale estimate of £9m.",
    "She thought for 47 minutes before playing her move.",
    "The mill's sales team called on buyers in Milan and Paris last week.",
    "The staff nurse called for help when the patient collapsed.",
    "She called for an ambulance.",
    "Wrenski wrote his moves on the scoresheet in green ink.",
    "The archivist wrote the accession number in pencil on the back of each photograph.",
    "The trust declared a critical incident on Tuesday night.",
    "The hospital declared a major incident after the crash.",
])
def test_acts_that_look_like_cues(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The trust claimed the painting was a fake.", "claimed"),
    ("She admitted her husband had lied.", "admitted"),
    ("The firm admitted customers had been overcharged.", "admitted"),
    ("Sanders called on Snyder to resign.", "called"),
    ("Hillary Clinton calls on U.S. to lead the fight.", "calls"),
    ("On Saturday, Sen. Bernie Sanders (I-Vt.) called on Michigan Gov. Rick Snyder (R) to resign.", "called"),
    ("Sanders called for federal help for Flint.", "called"),
    ("He realised £5m had gone missing.", "realised"),
    ("He wrote in his column that the plan failed.", "wrote"),
])
def test_statements_beside_those_acts_stay_cues(text, cue):
    assert cue in cues(text)


def resolved_source(text: str, cue_phrase: str) -> str | None:
    """The text of the antecedent that the pronoun source of the cue at ``cue_phrase`` resolves to."""
    at = text.index(cue_phrase) + len(cue_phrase.split()[0]) + 1
    for a in attributions(text):
        if a.cue.start == at and a.resolved_from is not None:
            return span_text(text, a.resolved_from)
    return None


@pytest.mark.parametrize("text, cue, source", [
    ("“We were told to go back to our machines,” said Rahima Akter, a sewing operator on the third floor.", "said",
     "Rahima Akter"),
    ("Auctioneer and broadcaster Barnaby Coote has long maintained that the best finds turn up.", "maintained",
     "Auctioneer and broadcaster Barnaby Coote"),
    ("In his memoir, Cyril Banner wrote that the greatest sales were always unexpected.", "wrote", "Cyril Banner"),
])
def test_given_names_of_many_traditions_make_people(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


def test_given_names_let_he_skip_the_woman_quoted_last():
    text = ("Dermot Keane said the ward was short of nurses. Siobhan Doyle said agency staff were covering. "
            "He said staffing had never been worse.")
    assert resolved_source(text, "He said") == "Dermot Keane"


def test_racing_names_a_stable_even_after_a_given_name():
    assert typed_source("“We are heartbroken,” Zahra Racing said in a statement.", "said") == (
        "Zahra Racing", "named_organization", True)
