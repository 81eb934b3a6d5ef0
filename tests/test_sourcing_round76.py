"""Round 76: sentences from four new phrasebooks (housing and property; aviation; humanitarian
aid and charities; telecoms and broadcasting) and leads left by round 75."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import typed_source


@pytest.mark.parametrize("text, source, source_type", [
    # a description of the name that ends the phrase before it is not the speaker
    ("A spokesman for Bluebird, the Cork-based low-cost carrier, said the route would reopen.",
     "A spokesman for Bluebird", "unnamed_individual"),
    ("Officials at Bluebird, the Cork-based carrier, said the route would reopen.", "Officials at Bluebird", "unnamed_group"),
    # without a preposition the description still names the source
    ("Its parent, the UN refugee agency, said it would help.", "the UN refugee agency", "named_organization"),
    ("The militant group, the Baloch Raji Lashkar, said it carried out the attack.", "the Baloch Raji Lashkar", "named_organization"),
])
def test_an_inserted_description_of_a_prepositional_object(text, source, source_type):
    assert typed_source(text, "said")[:2] == (source, source_type)


@pytest.mark.parametrize("text, cue, source", [
    ("The station's new owner, entrepreneur Jake Brannigan, has promised that the bulletins will stay.",
     "promised", "entrepreneur Jake Brannigan"),
    ("His lawyer, former prosecutor Ann Lee, said he was innocent.", "said", "former prosecutor Ann Lee"),
    ("Her agent, actress Nell Carver, has spoken about the strain.", "spoken about", "actress Nell Carver"),
])
def test_a_bare_description_running_into_a_name_is_the_source(text, cue, source):
    assert typed_source(text, cue) == (source, "named_person", True)


@pytest.mark.parametrize("text, source", [
    ("His lawyer, former Senate aide, said he was innocent.", "His lawyer"),
    ("The plan, backed by Senator John Smith, said little.", "The plan"),
])
def test_no_name_in_the_insertion_keeps_the_head(text, source):
    assert typed_source(text, "said")[0] == source
