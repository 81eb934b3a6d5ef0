"""Source and content edges: the subject a participle hangs on (whole, and found after an opening
time clause), people counted with "a handful of", single closing quotation marks, a description
after an inverted source, the recipient of "told", and a speaker who takes to a medium."""

from __future__ import annotations

import pytest

from credscore import lexicons

from ._sourcing_helpers import attributions, one, span_text


def _by_cue(text: str) -> dict[str | None, tuple[str | None, str]]:
    return {span_text(text, a.cue): (span_text(text, a.source), a.source_type) for a in attributions(text)}


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


def _content(text: str, cue: str) -> str | None:
    return span_text(text, one(text, cue).content)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("'We will fight on,' Mr Johnson told reporters.", "Mr Johnson"),
        ("‘We will fight on,’ Mr Johnson told reporters.", "Mr Johnson"),
        ("'We will fight on!' the minister said.", "the minister"),
        ("'We will fight on,' he said.", "he"),
    ],
)
def test_a_single_closing_mark_is_not_part_of_the_source(text: str, source: str) -> None:
    """British style quotes with single marks: the mark after the comma closes the quotation."""
    (found,) = _by_cue(text).values()
    assert found[0] == source


def test_a_single_quoted_title_stays_in_the_source() -> None:
    assert _by_cue("Pakistan's 'Daily Times' said the attack was brutal.")["said"][0] == "Pakistan's 'Daily Times'"


@pytest.mark.parametrize(
    "text",
    [
        '"It is a disgrace," said Jane Smith, a resident.',
        "'It is a disgrace,' said Jane Smith, a resident.",
        '"It is a disgrace," said one resident, who supports the mayor.',
    ],
)
def test_a_description_after_an_inverted_source_is_not_content(text: str) -> None:
    assert _content(text, "said") == text[1:18]
    assert list(_by_cue(text)) == ["said"]  # "supports" describes the speaker: no attribution


def test_a_statement_that_runs_on_after_the_inverted_source_is_content() -> None:
    """The quotation the source interrupts is the content: its first half, and then its second."""
    text = "“The problem,” says Tucker, “is bigger than we thought.”"
    assert _content(text, "says") == "The problem,"
    (a,) = attributions(text)
    assert [text[c.start : c.end] for c in a.continued] == ["is bigger than we thought."]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He told reporters the deal was done.", "the deal was done"),
        ("He told reporters he would resign.", "he would resign"),
        ("He told The Washington Post the deal was done.", "the deal was done"),
        ("He told his wife the story.", "the story"),
    ],
)
def test_told_content_starts_after_the_recipient(text: str, content: str) -> None:
    cue = "told"
    assert _content(text, cue) == content


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Mr Musk then took to Twitter to announce the launch was scrubbed.", "announce", "Mr Musk"),
        ("The senator went on CNN to say the bill was dead.", "say", "The senator"),
        ("He took to the Senate floor to warn that the deal was dangerous.", "warn", "He"),
        ("Lewandowski continued to say the campaign was fine.", "say", "Lewandowski"),
    ],
)
def test_a_speaker_who_takes_to_a_medium_to_speak_is_the_source(text: str, cue: str, source: str) -> None:
    assert _by_cue(text)[cue][0] == source


def test_taking_a_bus_to_tell_someone_is_not_a_medium() -> None:
    assert _by_cue("They took the bus to tell the mayor about it.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Beijing said the talks would resume.",
        "Downing Street said the talks would resume.",
        "Saudi Arabia said the talks would resume.",
        "The Kremlin said the talks would resume.",
        "The Pentagon said the talks would resume.",
        "The Department of Health said the talks would resume.",
        "The Office for National Statistics said deaths rose.",
        "Tashkent has accused the IMU of plotting attacks.",
    ],
)
def test_a_place_or_an_institution_named_with_an_article_is_an_organization(text: str) -> None:
    (found,) = _by_cue(text).values()
    assert found[1] == "named_organization"


@pytest.mark.parametrize(
    "text",
    [
        "Jim Jordan said the talks would resume.",
        "Barack Obama stayed at home. The Obamas said the talks would resume.",
        "The Rev. Al Sharpton said the talks would resume.",
        "Secretary of State John Kerry said the talks would resume.",
        "Senator Bernie Sanders of Vermont said the talks would resume.",
    ],
)
def test_people_stay_people(text: str) -> None:
    (found,) = _by_cue(text).values()
    assert found[1] == "named_person"


def test_who_after_a_person_from_a_place_stands_for_the_person() -> None:
    text = "One naysayer remained: Senator Bernie Sanders of Vermont, who had said it was wrong."
    (a,) = attributions(text)
    assert a.source_type == "named_person"
    assert text[a.resolved_from.start : a.resolved_from.end] == "Senator Bernie Sanders of Vermont"


@pytest.mark.parametrize("name", lexicons.names())
def test_every_shipped_lexicon_states_provenance_and_licence(name: str) -> None:
    header = " ".join(line for line in lexicons.read_text(name).splitlines() if line.startswith("#"))
    assert "credscore" in header or "Written" in header
    assert "licence" in header.lower() or "license" in header.lower()


def test_place_rows_are_lower_case_with_a_known_kind() -> None:
    rows = lexicons.rows("places")
    assert len(rows) > 250
    for name, kind in rows:
        assert name == name.lower() and "  " not in name
        assert kind in {"country", "capital", "region", "seat", "abbreviation"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bernie Sanders warned on Wednesday that the party was at risk.", "Bernie Sanders"),
        ("Trump called the plan a disaster.", "Trump"),
        ("Sanders called her fallen son her hero.", "Sanders"),
        ("Even Republicans who have praised his candidacy warned that the party may split.", "Republicans"),
    ],
)
def test_more_verb_shapes_of_saying(text: str, source: str) -> None:
    found = [src for src, _ in _by_cue(text).values()]
    assert found[-1] == source


@pytest.mark.parametrize(
    "text",
    [
        "People briefed on the matter were not surprised.",
        "He called the hotel a day later.",
        "They called the police.",
    ],
)
def test_acts_that_look_like_saying_are_not_attributions(text: str) -> None:
    assert _by_cue(text) == {}


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Republicans said the party may split.", "unnamed_group"),
        ("Many Democrats said the party may split.", "unnamed_group"),
        ("A New Hampshire Republican said the party may split.", "unnamed_individual"),
        ("Republican Sen. John Cornyn said the party may split.", "named_person"),
    ],
)
def test_party_members_are_people_not_names(text: str, source_type: str) -> None:
    (found,) = _by_cue(text).values()
    assert found[1] == source_type


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("An autopsy found the man died of gunshot wounds.", "An autopsy"),
        ("An investigation by the Guardian found that the firm had lied.", "An investigation by the Guardian"),
        ("The inquiry concluded that the police had failed.", "The inquiry"),
        ("A recording obtained by CNN shows the president asking for help.", "A recording obtained by CNN"),
    ],
)
def test_findings_of_records_and_inquiries_are_documents(text: str, source: str) -> None:
    (found,) = _by_cue(text).values()
    assert found == (source, "document")
