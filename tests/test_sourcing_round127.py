"""Round 127: sentences from the ferries and pest-control phrasebooks (unseen in round 126) and
the leads they opened: "early" as an adjective inside a source phrase; a bare verb after people
and their post-modifier before an indefinite object; "replied by email that"; intransitive pasts
that no "by" makes passive; "Lettings" ending a firm's name; and acts that are not statements (a
person known by name, a ship or a crew called back from a spell away, a parcel posted back, a
route conceded to a rival, a share of a loft claimed, a dog given its name)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Regulars on the early boat complain that the cafeteria now shuts early.",
     "complain", "Regulars on the early boat", "unnamed_group"),
    ("Passengers on the early train said the buffet car was closed.",
     "said", "Passengers on the early train", "unnamed_group"),
    ("Residents at the pier recall a time when the mail boat called every day.",
     "recall", "Residents at the pier", "unnamed_group"),
    ("Sea Link replied by email that it “does not comment on individual members of crew”.",
     "replied", "Sea Link", "named_organization"),
    ("Dunmore Lettings did not respond to a request for comment.",
     "respond", "Dunmore Lettings", "named_organization"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_reply_by_email_is_no_source_phrase_for_the_pronoun_after_it():
    text = "The firm replied by email that it would not comment."
    assert source_and_content(text, "replied") == ("The firm", "it would not comment")
    assert source_and_content(text, "comment")[0] == "it"


@pytest.mark.parametrize("text", [
    "The purser knew every passenger by name.",
    "He knew the captain well.",
    "Strathmore Marine recalled the Isle of Corran from her annual refit in Birkenhead two weeks early.",
    "Rovers recalled Smith from his loan spell at Bury.",
    "The master recalled the deckhands from their break as the wind rose.",
    "The purser posted the two lost passports, found wedged behind a seat on Sunday, back to their owners in Stirling.",
    "Kellsport Shipping conceded the Orsay route to a cheaper rival in 2019.",
    "By September the colony had claimed the whole of the loft above the nursery.",
    "The rebels claimed most of the valley.",
    "The rat-catcher's terrier, a wiry Jack Russell called Biscuit, caught 14 rats in a single morning.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("He knew the old captain of the ferry was drunk.", "knew"),
    ("The policy-making elite, on the other hand, know that strategic thinking matters.", "know"),
    ("She recalled her colleagues from the campaign as loyal.", "recalled"),
    ("He recalled a story from his holiday in Spain.", "recalled"),
    ("He posted the letter, signed by all ten members, to the council.", "posted"),
    ("He conceded the market was weak.", "conceded"),
    ("He claimed the whole of the money was stolen.", "claimed"),
    ("He claimed most of the victims were civilians.", "claimed"),
    ("A Republican called Trump a liar.", "called"),
    ("Sea Link: Winter Timetable Will Not Be Cut Again", ":"),
])
def test_the_same_words_still_report(text, cue):
    assert cue in cues(text)


def test_witnesses_spoken_to_by_police_stay_one_source():
    text = "Witnesses spoken to by police said the boat was late."
    assert source_and_content(text, "said") == ("Witnesses spoken to by police", "the boat was late")


def test_an_early_adverb_stays_out_of_the_likely_winner():
    text = "The likely winner said he was pleased."
    said = [a for a in attributions(text) if span_text(text, a.cue) == "said"]
    assert [span_text(text, a.source) for a in said] == ["The likely winner"]
