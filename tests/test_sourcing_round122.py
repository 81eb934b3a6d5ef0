"""Round 122: sentences from the philately and lighthouse phrasebooks (unseen in round 121) and
the leads they opened: a year that opens the sentence before its subject ("In 2019 the Post
Office said"); "Ste." as an abbreviation; an age after "now" set off after a name; a newsletter's
own name set off after it; a relative clause with no "that" inside a record's phrase ("figures it
published"); an owner's "'s" inside a clause after "fear"; an inverted source that stops before
"in a statement"; and acts that are not statements (a thing threatened by a thing, a bare plural
warned off a place, paper felt between the fingers, a holding pledged as security, a Grand Prix,
a car-park space claimed, a printing or a dredger recalled)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, source_and_content, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("In 2019 the Royal Mail said the stamps had been withdrawn.", "said", "the Royal Mail", "named_organization"),
    ("By 2021 the club said it had 400 members.", "said", "the club", "unnamed_group"),
    ("In 1998 officials said the tower was unsafe.", "said", "officials", "unnamed_group"),
    ("Since 1994 the trust has argued that the light should be kept.", "argued", "the trust", "unnamed_group"),
    ("Dana Roe, who works out of Sault Ste. Marie, said the ice was late this year.",
     "said", "Dana Roe", "named_person"),
    ("Retired keeper Ewan Muir, now 91, who served on the Bass Rock, told visitors the winters were long.",
     "told", "Retired keeper Ewan Muir", "named_person"),
    ("Former harbourmaster Ann Kerr, aged 77, who ran the port for a decade, said the quay was sound.",
     "said", "Former harbourmaster Ann Kerr", "named_person"),
    ("The club's newsletter, the Wessex Philatelist, reported that the auction raised £9,000.",
     "reported", "the Wessex Philatelist", "named_organization"),
    ("Prices doubled, according to figures it released in March.",
     "according to", "figures it released in March", "document"),
    ("The fee was waived, according to a letter she wrote to the council.",
     "according to", "a letter she wrote to the council", "document"),
    ("Expertisers at the foundation suspect the overprint is forged.",
     "suspect", "Expertisers at the foundation", "unnamed_group"),
    ("“We will not sell,” said the spokesman for the trust in a short statement.",
     "said", "the spokesman for the trust", "unnamed_individual"),
    ("“It is safe,” said a spokeswoman in an interview with the local radio station.",
     "said", "a spokeswoman", "unnamed_individual"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_clause_after_an_owner_is_what_people_fear():
    text = "Stallholders at the Sunday fair fear the landlord's new agents will raise the rents."
    assert source_and_content(text, "fear") == (
        "Stallholders at the Sunday fair", "the landlord's new agents will raise the rents"
    )


@pytest.mark.parametrize("text", [
    "Rising seas threaten the cliff-top chapel at Dunwich.",
    "It threatens the whole collection.",
    "The stampede of speculators threatens the hobby's reputation.",
    "For a century the fog bell has warned fishermen off the reef.",
    "She felt the envelope between her fingers before opening it.",
    "He pledged the family's stamp collection, with its rare Penny Blacks, as collateral for the loan.",
    "Ella Hart claimed the Grand Prix International at Lisbon with her airmail exhibit.",
    "Caravanners claimed every free space on the seafront by nine.",
    "The postal authority recalled a whole printing of the 2p definitive after the error.",
    "The harbourmaster recalled the dredger to the basin when the swell rose.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("The union threatened to strike over the rota.", "threatened"),
    ("The union threatened strike action over the rota.", "threatened"),
    ("They threatened the landlord with legal action.", "threatened"),
    ("He threatened the reporter.", "threatened"),
    ("The island is threatened by the mainland council, the residents say.", "say"),
    ("He warned reporters that the buoys had been moved.", "warned"),
    ("She felt the gap between rich and poor had grown.", "felt"),
    ("He pledged his support as a delegate.", "pledged"),
    ("He claimed the Grand Prix National was rigged.", "claimed"),
    ("She recalled the visit to the lighthouse in 1962.", "recalled"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)
