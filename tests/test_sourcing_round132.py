"""Round 132: sentences from the florist and kennel phrasebooks (unseen in round 131): a works
named by its trade in "-ery", a parlour and a firm named for its stock end a firm's name; an
apposition's head may come before where it stands; groomers and sitters are people; a price list
and a care card are records, and so is a yearly monitor; and acts that are not statements (a
class's prize or a free offer claimed, a demand met, goods let onto a ward or recalled over a
hazard, an order written in a ledger, a last call for orders, a bare verb that opens a heading,
things reported stolen, a formal police caution, telling which grower cut them, an animal's
refusal)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Hollybank Cattery said on Monday that it was full until September.",
     "said", "Hollybank Cattery", "named_organization"),
    ("Mrs Lowther's Cattery announced that it would raise its prices in May.",
     "announced", "Mrs Lowther's Cattery", "named_organization"),
    ("Hesketh's Grooming Parlour confirmed it would open on Sundays.",
     "confirmed", "Hesketh's Grooming Parlour", "named_organization"),
    ("Dalby's Terriers did not respond to a request for comment.",
     "respond", "Dalby's Terriers", "named_organization"),
    ("Furness Pet Sitters said its staff were fully insured.",
     "said", "Furness Pet Sitters", "named_organization"),
    ("Tall Pines, a 30-pen kennel near Hexham, told owners it would close in June.",
     "told", "Tall Pines", "named_organization"),
    ("Groomers are convinced that owners wait too long between appointments.",
     "convinced", "Groomers", "unnamed_group"),
    ("A Pawpal sitter told the Echo that she earned less than the minimum wage.",
     "told", "A Pawpal sitter", "unnamed_individual"),
    ("The price list taped to the till says a posy costs £12.",
     "says", "The price list taped to the till", "document"),
    ("The feeding card clipped to each pen advises staff to weigh the food.",
     "advises", "The feeding card clipped to each pen", "document"),
    ("The annual Pet Care Market Monitor found that spending on grooming had doubled.",
     "found", "The annual Pet Care Market Monitor", "document"),
    ("The Christian Science Monitor reported that the vote had been delayed.",
     "reported", "The Christian Science Monitor", "named_organization"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_rare_given_name_makes_a_person_whom_she_resolves_to():
    text = "Philippa Brand has bred spaniels for 30 years. She admitted that the waiting list was too long."
    assert typed_source(text, "admitted") == ("She", "named_person", True)


@pytest.mark.parametrize("text", [
    "Biscuit, a four-year-old whippet, claimed best puppy at the Skipton show.",
    "Subscribers can claim a free glass tumbler with any order over £40.",
    "The kennel answered the growing demand for day care by opening a second barn.",
    "The care home no longer admits flowers onto its wards.",
    "The groomer wrote the booking in a ledger kept under the counter.",
    "The kennel's last call for Christmas bookings is December 1.",
    "Pet Shop Recalls Dog Chews Over Salmonella Fears",
    "Ask the Groomer: How Often Should I Bath My Dog?",
    "The number of cats reported missing in the city rose last year.",
    "A 19-year-old man was cautioned by police after he was seen kicking a fence.",
    "Old hands at the show can look at a coat and tell which breeder raised the dog.",
    "Bramble, a ginger cat who refused to leave the vet's waiting room, has been rehomed.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a clause after "free" or "best", a passive report, a caution with its content, an
    # object after the state, a memory of a quarrel with an article, a person's "who"
    ("The editor claimed free speech was under threat.", "claimed", "The editor"),
    ("The manager claimed best practice had been followed.", "claimed", "The manager"),
    ("Drivers were cautioned by police that the road was icy.", "cautioned", "police"),
    ("Neighbours reported missing pets to the council.", "reported", "Neighbours"),
    ("He recalled the row over safety concerns.", "recalled", "He"),
    ("Jones, a breeder who refused to comment, was fined.", "refused", "who"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source


def test_a_passive_report_of_theft_stays_agentless():
    text = "Two spaniels were reported stolen from a farm near Malton."
    assert [(span_text(text, a.cue), a.source_type) for a in attributions(text)] == [("reported", "agentless")]


def test_a_bare_verb_after_a_quote_still_inverts():
    text = "“The kennels are full,” say breeders."
    assert typed_source(text, "say") == ("breeders", "unnamed_group", False)
