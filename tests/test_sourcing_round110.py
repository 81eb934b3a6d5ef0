"""Round 110: sentences from the theatre and quarrying phrasebooks (unseen in round 109) and the
leads they opened: a gerund before an auxiliary is no speaker's participle, an inquiry that hears
is a body, haulage and aggregates firms, quarrymen, a section label before a colon, and acts
that are not statements (holes charged, a vehicle signalled to move, an arc described, a blast
felt, people claimed by a place, critics answered with a season, umbrellas left and claimed, a
drum roll that announces, tickets posted first class, a team admitted to a site)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Drilling near the houses had cracked two chimneys, the planning inquiry heard.", "heard",
     "the planning inquiry", "unnamed_group"),
    ("The Leveson Inquiry heard that phones had been hacked.", "heard", "The Leveson Inquiry", "named_organization"),
    ("Pennine Haulage said its lorries would avoid the village.", "said", "Pennine Haulage", "named_organization"),
    ("Moorside Aggregates said it would appeal against the refusal.", "said", "Moorside Aggregates",
     "named_organization"),
    ("Quarrymen at the face said the rock was sound.", "said", "Quarrymen at the face", "unnamed_group"),
])
def test_bodies_and_people(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_gerund_before_an_auxiliary_speaks_for_no_one():
    # the opening "-ing" word is the subject ("Blasting had cracked"), not a participle whose
    # subject follows the comma
    text = "Blasting had shaken the windows for a decade, the inquiry heard."
    assert cues(text) == ["heard"]


@pytest.mark.parametrize("text", [
    "REVIEW: The Seagull, Harbour Theatre, until June 2",
    "The shotfirer drilled and charged 40 holes along the lower bench before noon.",
    "The banksman signalled the tipper lorry to back up to the hopper.",
    "The track describes a long arc around the edge of the old pit.",
    "Villagers felt the blast as far away as the next valley.",
    "The reservoir has claimed two young anglers since 1990.",
    "The Lyceum answered its critics with a sold-out season of new plays.",
    "Few patrons have claimed the coats left in the cloakroom last winter.",
    "A drum roll announced the entrance of the villain.",
    "Box office staff posted the refunds second class on Monday.",
    "The manager admitted the second rescue team to the mine at dawn.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause or words follow
    ("Noting the risk, the inspector said the face was unsafe.", "said"),
    ("He claimed three young anglers were missing.", "claimed"),
    ("He admitted the team had failed.", "admitted"),
    ("She felt the explosion was a warning.", "felt"),
    ("He described a long list of failures.", "described"),
    ("The Fed signalled its willingness to act.", "signalled"),
    ("Police charged the phone thief with robbery.", "charged"),
    ("LOPEZ: Well, no one is like that.", ":"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)


def test_a_participle_still_opens_with_its_speaker_after_the_comma():
    text = "Speaking to reporters, the inspector said the face was unsafe."
    assert [a.source_type for a in attributions(text)] == ["unnamed_individual"]
