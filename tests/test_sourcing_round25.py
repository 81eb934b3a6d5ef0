"""Round 25: verbs inverted after a quotation, and a trailing cue's content before a participle."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, span_text

# text, cue, expected source
_INVERTED = [
    ("“We will fight,” vowed the mayor.", "vowed", "the mayor"),
    ("“We will fight,” pledged Maria Lopez.", "pledged", "Maria Lopez"),
    ("“Stay indoors,” warned police.", "warned", "police"),
    ("“Nobody listens,” complained Tom Baxter, a farmer.", "complained", "Tom Baxter"),
    ("“This changes everything,” opined the Plain Dealer.", "opined", "the Plain Dealer"),
]

# text, cue, expected source: the same verbs after a comma take an object, not an inverted subject
_NOT_INVERTED = [
    ("Rahm Emanuel, his chief of staff, urged a strong stand.", "urged", "Rahm Emanuel"),
    ("Rahm Emanuel, his chief of staff, warned Israel.", "warned", "Rahm Emanuel"),
    ("Ken Starr, a former prosecutor, laments the decline.", "laments", "Ken Starr"),
]


@pytest.mark.parametrize("text, cue, source", _INVERTED + _NOT_INVERTED)
def test_inverted_subject_after_a_quotation_only(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


# text, cue, expected content
_CONTENT = [
    ("The plan has failed, the ministry said, adding that a new one would follow.", "said", "The plan has failed"),
    ("The plan has failed, the ministry said on Tuesday, adding that a new one would follow.", "said",
     "The plan has failed"),
    ("The plan has failed, CNN reported, citing two officials.", "reported", "The plan has failed"),
    # the participle's own content is what follows it
    ("The plan has failed, the ministry said, adding that a new one would follow.", "adding",
     "a new one would follow"),
    # a list after the comma is still the content
    ("The ministry said, including in its report, that the plan failed.", "said", "including in its report, that the plan failed"),
]


@pytest.mark.parametrize("text, cue, content", _CONTENT)
def test_content_of_a_cue_before_a_participle(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


def test_a_participle_after_a_sentence_opening_cue_leaves_it_without_content():
    text = "The ministry said, adding that a new one would follow."
    said, adding = attributions(text)
    assert said.content is None and span_text(text, adding.content) == "a new one would follow"


# a wire dateline that opens the content is the page's, not the source's
_DATELINES = [
    ("LONDON (Reuters) - Britain's economy grew 0.2%, official data showed.", "showed", "Britain's economy grew 0.2%"),
    ("WASHINGTON (AP) — The Senate passed the bill, Chuck Schumer said.", "said", "The Senate passed the bill"),
    ("KABUL, Afghanistan (Reuters) - Ten people died, police said.", "said", "Ten people died"),
    ("TALLAHASSEE — Taxes will rise, the governor said.", "said", "Taxes will rise"),
    # capitals that are not a dateline stay
    ("NATO and the EU - both bodies - agree, officials said.", "said", "NATO and the EU - both bodies - agree"),
    ("The plan - a bold one - failed, officials said.", "said", "The plan - a bold one - failed"),
]


@pytest.mark.parametrize("text, cue, content", _DATELINES)
def test_dateline_is_not_content(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


# a participle that says how a record came out opens a reduced relative on it: the record is the
# source of the verb after, and the participle is no cue of its own
_RECORDS = [
    ("Footage posted on social media appeared to show the explosion.", ["show"], ["Footage posted on social media"]),
    ("A video posted online shows the attack.", ["shows"], ["A video posted online"]),
    ("The statement posted to the website said the plant was closed.", ["said"], ["The statement posted to the website"]),
    ("Tests carried out by the lab confirmed the presence of lead.", ["confirmed"], ["Tests carried out by the lab"]),
    ("The test showed high levels of lead.", ["showed"], ["The test"]),
    # a person who posts says something
    ("Smith posted on Facebook that he was resigning.", ["posted"], ["Smith"]),
]


@pytest.mark.parametrize("text, cues, sources", _RECORDS)
def test_records_and_how_they_came_out(text, cues, sources):
    atts = attributions(text)
    assert [span_text(text, a.cue) for a in atts] == cues
    assert [span_text(text, a.source) for a in atts] == sources
