"""Round 128: sentences from the pubs and removals phrasebooks (unseen in round 127) and the
leads they opened: a record's participle with its particle ("carried out in October"); "thought
to" set off after its noun; a hearer set off in commas ("the tribunal was told"); a title
whose "of" names a body ending in "Storage"; "claims only 198"; new nouns and body words; an
opening "But" before a name and two descriptions; and acts that are not statements (a quiz
answered correctly, a rush answered by hiring, a lorry waved back, a word marked on a box, a
request or a rent holiday denied, a crew let in, boxes labelled room by room, a story told
through someone's eyes)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, one, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("A survey carried out in October found that most drinkers visit a pub less often.",
     "found", "A survey carried out in October", "document"),
    ("A survey of drinkers carried out by Ipsos found that most drink less.",
     "found", "A survey of drinkers carried out by Ipsos", "document"),
    ("Drinkers at the festival were quick to point out that the cider bar ran dry.",
     "point out", "Drinkers at the festival", "unnamed_group"),
    ("Estimators at Oakbridge Moving Co. say the contents of the average home have shrunk.",
     "say", "Estimators at Oakbridge Moving Co.", "unnamed_group"),
    ("Movers at the Crewe depot have accused management of cutting the crew.",
     "accused", "Movers at the Crewe depot", "unnamed_group"),
    ("Brindley's Removals said in a statement that its van had been parked legally.",
     "said", "Brindley's Removals", "named_organization"),
    ("Harbour Lane Self Storage warned tenants that units left unpaid would be emptied.",
     "warned", "Harbour Lane Self Storage", "named_organization"),
    ("A director of Stowaway Storage said the goods were safe.",
     "said", "A director of Stowaway Storage", "unnamed_individual"),
    ("The inventory listed 212 items, but the customer claims only 198 of them arrived.",
     "claims", "the customer", "unnamed_individual"),
    ("Per the manufacturer's instructions, the pump was serviced every year.",
     "Per", "the manufacturer's instructions", "unnamed_group"),
    ("But Tom Fitton, the president of Judicial Watch, a conservative group that has sued to obtain "
     "records from Mrs. Clinton's time at the State Department, said that the damage is done.",
     "said", "Tom Fitton", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text, cue, content", [
    ("The Drovers Arms, thought to date from about 1580, has been on the market since the spring.", "thought",
     "The Drovers Arms, thought to date from about 1580, has been on the market since the spring"),
    ("The van was parked illegally, the court was told.", "told", "The van was parked illegally"),
    ("The mover's inventory, the tribunal was told, recorded the mirror as chipped.", "told",
     "The mover's inventory, the tribunal was told, recorded the mirror as chipped"),
])
def test_agentless_hearsay(text, cue, content):
    a = one(text, cue)
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", content)


@pytest.mark.parametrize("text", [
    "The Three Tuns team answered 38 of the 40 questions correctly to win the quiz league.",
    "Crate & Carry Co. answered the Easter rush by hiring 30 agency porters.",
    "The banksman signalled the 18-tonner back into the cul-de-sac with inches to spare.",
    "The crew wrapped the mirror in three blankets and wrote “GLASS” on the box in red marker.",
    "The firm denied the porter's holiday request because August is its busiest month.",
    "Greystone Taverns denied the Drovers Arms' tenants a rent holiday during the roadworks.",
    "Edith Farrow, 91, admitted the crew at 6.45am, before the sun was up.",
    "The storage unit holds the contents of a house, packed floor to ceiling and labelled room by room.",
    "Moving Day Told Through the Eyes of the Men Who Carry the Sofa",
    "After the fire, the residents were told.",
    "The residents were told, and they left.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He answered questions from reporters.", "answered"),
    ("In the days leading up to this one, Cruz has signaled his desire to knock Rubio out of the "
     "race by driving him to the side.", "signaled"),
    ("He answered the Khan family's criticism with harsh rhetoric.", "answered"),
    ("She wrote “Vote Trump” on a sign.", "wrote"),
    ("He denied the Democrats' claims were true.", "denied"),
    ("The firm admitted the crew had been late.", "admitted"),
    ("After the fire, the residents were told that the van was gone.", "told"),
    ("Nonregistered adults like the ones the campaign hopes to register said they would vote.", "hopes"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


def test_a_quotation_after_a_set_off_hearer_is_what_was_told():
    text = "According to the playbook, his salespersons were told, \"You don't sell products.\""
    told = one(text, "told")
    assert (told.source_type, span_text(text, told.content)) == ("agentless", "You don't sell products.")
    assert typed_source(text, "According to")[:2] == ("the playbook", "document")
