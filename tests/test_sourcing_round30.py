"""Round 30: verbs of warning and reminding, prepositions that carry a source's circumstance
("obtained through", "officials across the region"), and the description of a speaker named
after an unquoted statement."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source, source type
_NEW_CUES = [
    ("Experts caution that the numbers may be incomplete.", "caution", "Experts", "unnamed_group"),
    ("The agency cautions that results vary.", "cautions", "The agency", "unnamed_group"),
    ("O'Malley reminded viewers that he does not support it.", "reminded", "O'Malley", "named_person"),
    ("In one ad, a narrator reminds viewers that Sanders marched in 1963.", "reminds", "a narrator",
     "unnamed_individual"),
]


@pytest.mark.parametrize("text, cue, source, source_type", _NEW_CUES)
def test_warning_and_reminding_verbs_attribute(text, cue, source, source_type):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == source_type


@pytest.mark.parametrize("text", [
    "He urged caution on the issue.",
    "Proceed with caution, the sign said.",
    "The program is a reminder of the war.",
])
def test_caution_and_reminder_as_nouns_are_no_cues(text):
    assert not any(span_text(text, a.cue).lower().startswith(("caution", "remind")) for a in attributions(text)), cues(text)


# a preposition other than "of", "in", "by" ... inside the source phrase: the head is before it
_PREPOSITIONS = [
    ("Officials across the region said the storm was over.", "said", "Officials across the region",
     "unnamed_group", False),
    ("One operative inside Trump Tower said the comments hurt.", "said", "One operative inside Trump Tower",
     "unnamed_individual", False),
    ("Records obtained through the lawsuit reveal the scope of the program.", "reveal",
     "Records obtained through the lawsuit", "unnamed_group", False),
    ("Documents obtained under the Freedom of Information Act show that officials knew.", "show",
     "Documents obtained under the Freedom of Information Act", "unnamed_group", False),
]


@pytest.mark.parametrize("text, cue, source, source_type, named", _PREPOSITIONS)
def test_a_source_phrase_keeps_its_head_before_a_preposition(text, cue, source, source_type, named):
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert (a.source_type, a.named) == (source_type, named)


# an unquoted statement, then the inverted speaker and a description of them
_DESCRIBED = [
    ("It was too late, said Kessel, whose organization is pushing for bills.", "It was too late"),
    ("The economy is weak, said Smith, the chief economist at the bank.", "The economy is weak"),
    ("The economy is weak, said Smith, a former adviser.", "The economy is weak"),
    ("The economy is weak, said Smith, chief economist at the bank.", "The economy is weak"),
    # the statement runs on after the speaker
    ("The plan, says Tucker, is bigger than that.", "The plan, says Tucker, is bigger than that"),
]


@pytest.mark.parametrize("text, content", _DESCRIBED)
def test_the_description_after_an_inverted_speaker_is_not_what_they_said(text, content):
    a = one(text, "said" if " said " in text else "says")
    assert span_text(text, a.content) == content
