"""Round 133: sentences from the optician and launderette phrasebooks (unseen in round 132): an
optician's "Vision" and "Optical" end a firm's name; a price list a name owns is a named record,
and so is a body's website after "of"; a means after "by" is no agent; and acts that are not
statements (fees claimed, a sting felt, a need or a named rush answered, a patient recalled for
a check, a latecomer admitted, goods posted to more than so many customers)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Clearview Vision confirmed on Friday that it had closed its Leeds branch.",
     "confirmed", "Clearview Vision", "named_organization"),
    ("Marsden Optical said all of its frames were made in Britain.",
     "said", "Marsden Optical", "named_organization"),
    ("According to Foam & Fold's price list, a service wash costs £9.",
     "According to", "Foam & Fold's price list", "document"),
    ("The website of Lensmark Ltd says every order ships within two days.",
     "says", "The website of Lensmark Ltd", "document"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_price_list_a_name_owns_is_named():
    text = "According to Bright & Breezy's price list, ironing a shirt costs £2.20."
    assert typed_source(text, "According to") == ("Bright & Breezy's price list", "document", True)


def test_a_means_after_by_is_no_agent():
    text = "Patients were told by letter that the clinic would close."
    assert [(span_text(text, a.cue), a.source, a.source_type, span_text(text, a.content)) for a in attributions(text)] == [
        ("told", None, "agentless", "the clinic would close"),
    ]


@pytest.mark.parametrize("text", [
    "Between 2019 and 2021 the dispensing optician claimed fees for 90 sight tests that never took place.",
    "Mrs Pell felt a sharp sting as the eye drops went in.",
    "The folding frames answered a need for something lighter on the nose.",
    "The launderette answered the Easter rush by opening two hours early.",
    "The optometrist recalled the patient, a nine-year-old from Hull, for a second check a week later.",
    "The manager admitted a latecomer at 9.58pm, just before the doors were locked.",
    "The laundry posted replacement shirts to more than 200 customers after the mix-up.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, source", [
    # guards: a firm named "by", a patient remembered with a relative, a message posted
    ("He was told by Lensmark Ltd that his order was lost.", "told", "Lensmark Ltd"),
    ("She recalled the patient who had shouted at the receptionist.", "recalled", "She"),
    ("He posted a message to more than 300 followers saying he was sorry.", "posted", "He"),
])
def test_statements_stay(text, cue, source):
    assert source_and_content(text, cue)[0] == source
