"""A source that is only the name of a listed organisation ("Google said", "according to
Politico") is an organisation; names that are also people's names stay people."""

from __future__ import annotations

import pytest

from credscore import lexicons

from ._sourcing_helpers import one, span_text

_KINDS = {"outlet", "company", "government", "ngo", "party", "armed"}


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Google said it would appeal.", "said", "Google"),
        ("According to Politico, the bill is dead.", "According to", "Politico"),
        ("Amnesty International accused the government of torture.", "accused", "Amnesty International"),
        ("Johnson & Johnson said the vaccine was safe.", "said", "Johnson & Johnson"),
        ("The deal is off, Al Jazeera reported on Tuesday.", "reported", "Al Jazeera"),
        ("Hamas's statement aside, Hezbollah said it would respond.", "said", "Hezbollah"),
    ],
)
def test_listed_organisation_is_named_organization(text: str, cue: str, source: str) -> None:
    """The bare name of a listed organisation is a named organisation."""
    a = one(text, cue)
    assert (span_text(text, a.source), a.source_type, a.named) == (source, "named_organization", True)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Merkel said the euro was safe.", "Merkel"),
        ("Ford said the plan was sound.", "Ford"),  # a surname as often as a company: left out
        ("Tesla chief executive Elon Musk said the factory would reopen.", "Tesla chief executive Elon Musk"),
    ],
)
def test_people_stay_people(text: str, source: str) -> None:
    """A person's name, or an organisation's name describing a person, is a named person."""
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type) == (source, "named_person")


def test_pronoun_does_not_take_an_organisation_as_its_subject() -> None:
    """ "Facebook created the tool. ... she said": a company is no antecedent for "she"."""
    text = "Facebook created the tool last year. It was the first time, she said."
    a = one(text, "said")
    assert (a.source_type, a.resolved_from) == ("unresolved", None)


def test_organisations_lexicon_rows_are_well_formed() -> None:
    """Every row is a lower-case name and a known kind; no name is also a place or listed twice."""
    rows = list(lexicons.rows("organisations"))
    names = [r[0] for r in rows]
    assert len(rows) > 300
    assert all(len(r) == 2 and r[1] in _KINDS for r in rows)
    assert all(n == n.lower() and "  " not in n and not n.startswith("the ") for n in names)
    assert len(set(names)) == len(names)
    assert not set(names) & {r[0] for r in lexicons.rows("places")}
