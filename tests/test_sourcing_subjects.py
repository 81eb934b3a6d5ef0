"""The subject a participle hangs on: whole, not cut to its capitalised first word, and found
after an opening time clause; people counted with "a number of", "a handful of" are a group."""

from __future__ import annotations

import pytest

from credscore.analysis import AnalyzedText
from credscore.signals.sourcing import attributions_of


def _by_cue(text: str) -> dict[str, tuple[str | None, str]]:
    found = {}
    for a in attributions_of(AnalyzedText(text)):
        source = None if a.source is None else text[a.source.start : a.source.end]
        found[text[a.cue.start : a.cue.end]] = (source, a.source_type)
    return found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a capital on a determiner comes from the sentence start: the noun it introduces stays
        ("The two men appeared together on Tuesday, saying the deal was done.", "saying", "The two men"),
        ("A guy just won the nomination by just saying what he believed.", "saying", "A guy"),
        ("The company's spokesman spoke on Tuesday, saying the deal was done.", "saying", "The company's spokesman"),
        # a name still ends at the first lower-case word that is not a noun
        ("The White House struck a defiant tone, saying the report was wrong.", "saying", "The White House"),
        ("Mr. Trump struck a defiant tone, saying the report was wrong.", "saying", "Mr. Trump"),
    ],
)
def test_participle_subject_is_the_whole_noun_phrase(text: str, cue: str, source: str) -> None:
    assert _by_cue(text)[cue][0] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("One month after announcing his support for Donald Trump, Marco Rubio said he would campaign.", "Marco Rubio"),
        ("Shortly after announcing his support for Trump, Marco Rubio campaigned in Ohio.", "Marco Rubio"),
        ("Two days before testifying to Congress, the director met reporters in his office.", "the director"),
    ],
)
def test_participle_in_an_opening_time_clause_hangs_on_the_subject_after_it(text: str, source: str) -> None:
    cue = next(c for c in _by_cue(text) if c.endswith("ing"))
    assert _by_cue(text)[cue][0] == source


def test_participle_after_a_main_verb_keeps_the_subject_before_it() -> None:
    """ "He resigned after saying": no opening time clause, so the subject is the one before."""
    text = "He resigned after saying that the company had lied."
    assert _by_cue(text)["saying"][0] == "He"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A handful of residents said they heard shots.", "A handful of residents"),
        ("The majority said they disapproved.", "The majority"),
        ("Dozens of witnesses told police the driver fled.", "Dozens of witnesses"),
        ("A number of the families have filed a lawsuit, alleging that the marketing was reckless.", "A number of the families"),
    ],
)
def test_people_counted_by_a_quantity_noun_are_an_unnamed_group(text: str, source: str) -> None:
    (found,) = _by_cue(text).values()
    assert found == (source, "unnamed_group")


def test_one_person_of_a_group_is_still_an_individual() -> None:
    assert _by_cue("A lawyer for the families said the case would proceed.")["said"][1] == "unnamed_individual"
