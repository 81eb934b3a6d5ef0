"""Round 115: sentences from the waste and astronomy phrasebooks (unseen in round 114) and the
leads they opened: a place set off after the subject (", near Swansea,"), an age spelt in words
before a name set off, a body's word before a name that takes "the", a plural that "who" restricts
with no comma, shops and calendars, a notice that "reads" a quotation in single marks,
and acts that are not statements (records posted out to many people, things recalled out of a
body's own, gales that claim a roof, a transit observed)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import cues, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Volunteers at the Carrow Observatory, near Norwich, said the comet was fading.", "said",
     "Volunteers at the Carrow Observatory", "unnamed_group"),
    ("Officials, in Swansea, said that the tip would close.", "said", "Officials", "unnamed_group"),
    ("The club's newest member, eleven-year-old Maisie Hart, said she had seen Saturn's rings.", "said",
     "eleven-year-old Maisie Hart", "named_person"),
    ("Pressure group Save the Lowther Meadows said the incinerator would poison the valley.", "said",
     "Pressure group Save the Lowther Meadows", "named_organization"),
    ("Birders who waited at the reservoir all night reported seeing the comet.", "reported", "Birders",
     "unnamed_group"),
    ("Halden, the telescope shop on Castle Street, warned customers that cheap filters were unsafe.", "warned",
     "Halden", "named_organization"),
    ("The garden waste calendar shows that brown bins will be emptied fortnightly.", "shows",
     "The garden waste calendar", "document"),
    ("A notice on the recycling bank reads, 'Glass only. No lids.'", "reads", "A notice on the recycling bank",
     "document"),
    # the same shapes with a name, or a comma, where it is a name
    ("Sanders, who travelled to Iowa, said the crowds were large.", "said", "Sanders", "named_person"),
    ("The chairman, John Reeve, said the tip would close.", "said", "John Reeve", "named_person"),
])
def test_source_types(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


@pytest.mark.parametrize("text", [
    "The depot posted the new collection calendars to 48,000 households in December.",
    "Volunteers posted the spring newsletters to members across the county.",
    "The society recalled all nine of its loan binoculars to the clubhouse for cleaning.",
    "Storms on Friday night claimed the roof of the recycling centre.",
    "She observed the eclipse from the roof of the library.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    ("She posted the letters to the president.", "posted"),
    ("She recalled all three of her visits to the hospital.", "recalled"),
    ("Officials on Friday claimed the vote was rigged.", "claimed"),
    ("She observed the eclipse was almost total.", "observed"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
