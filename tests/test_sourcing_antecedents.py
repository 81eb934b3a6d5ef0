"""A pronoun that no earlier source explains takes the subject a recent sentence opens with
("Boris Johnson visited ... “...,” he said.", "Police arrested two men. They said ..."); nothing
is guessed from anything weaker."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, one, span_text


def _antecedent(text: str, cue: str) -> tuple[str | None, str, bool]:
    a = one(text, cue)
    return span_text(text, a.resolved_from), a.source_type, a.named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Boris Johnson visited the factory on Monday. "We will get Brexit done," he said.', "Boris Johnson"),
        ("Mr. Johnson, 55, toured the plant. He told workers the plant would stay open.", "Mr. Johnson"),
        # two sentences back, across a sentence that opens with no name
        ("Angela Merkel arrived late. The talks had already begun. She said the delay was regrettable.", "Angela Merkel"),
        ("Mrs. Clinton toured the plant. She said it would stay open.", "Mrs. Clinton"),
    ],
)
def test_pronoun_takes_the_person_a_recent_sentence_opens_with(text: str, name: str) -> None:
    """The pronoun resolves to the subject's name and is a named person."""
    assert _antecedent(text, "said" if " said" in text else "told") == (name, "named_person", True)


@pytest.mark.parametrize(
    "text",
    [
        "Johnson's aides toured the plant. He said it would stay open.",  # the subject is the aides
        "Smith and Jones toured the plant. He said it would stay open.",  # two people
        "The ministry toured the plant. He said it would stay open.",  # not a person
        "Neither Clinton nor Sanders has done that. He said it would stay open.",
        "Clinton team quietly lining up a plan. He said it would stay open.",  # the name modifies a noun
        "Mrs. Clinton toured the plant. He said it would stay open.",  # the title says "she"
        "Mr. Rogan met the candidate. She said it would stay open.",
        # out of reach: three sentences back
        "Boris Johnson visited the factory. The plant employs 400. It opened in 1990. He said it would stay open.",
    ],
)
def test_no_guess_from_a_weaker_clue(text: str) -> None:
    """Without a person's name as a recent subject, the pronoun stays unresolved."""
    assert _antecedent(text, "said") == (None, "unresolved", False)


def test_an_earlier_source_still_comes_first() -> None:
    """A compatible earlier source is the antecedent even when a later sentence opens with a name."""
    text = 'Naveed Khalid, an official, said the IMU was weak. Yuldash fled in 2001. "He is finished," he added.'
    assert _antecedent(text, "added") == ("Naveed Khalid", "named_person", True)


def test_a_resolved_pronoun_is_the_antecedent_for_the_next() -> None:
    """After the fallback, a second pronoun resolves through the first one's antecedent."""
    text = 'Boris Johnson visited the factory. "We will win," he said. "And soon," he added.'
    assert _antecedent(text, "added") == ("Boris Johnson", "named_person", True)


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # "they": a group the sentence opens with, bare or with "the"
        ("Police arrested two men on Sunday. They said the suspects were known to them.", "said",
         ("Police", "unnamed_group", False)),
        ("The protesters marched to the square. They said they would return.", "said",
         ("The protesters", "unnamed_group", False)),
        ("Rescue workers searched the rubble for hours. They said no survivors were found.", "said",
         ("Rescue workers", "unnamed_group", False)),
        # "he"/"she": a person described with "a", with a phrase after the head
        ("A spokeswoman for the hospital spoke to reporters. She said three patients had died.", "said",
         ("A spokeswoman for the hospital", "unnamed_individual", False)),
        ("A senior official at the ministry later met diplomats. He told them the talks had stalled.", "told",
         ("A senior official at the ministry", "unnamed_individual", False)),
        # "it": a named organisation or a record
        ("The World Health Organization met on Friday. It said the virus was spreading.", "said",
         ("The World Health Organization", "named_organization", True)),
        ("The report was published on Monday. It said the river was polluted.", "said",
         ("The report", "document", False)),
    ],
)
def test_pronoun_takes_a_described_subject(text: str, cue: str, expected: tuple) -> None:
    assert _antecedent(text, cue) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a singular description with "the" stands for someone the article has named: not anonymous
        # (a text that names nothing before it can mean only itself: test_sourcing_round82)
        "The German chancellor visited Kyiv on Monday. She said support would continue.",
        "Ann Lee joined Acme in May. The company released its results. It said profits fell.",
        # the head noun says the other sex
        "A spokesman for the hospital spoke to reporters. She said three patients had died.",
        # the word after the description is a noun that goes on the subject, not its verb
        "A potential vice president pick, Haley is popular. She said she was honoured.",
        # "it" is never a group of people
        "Officials arrested two men. It said the suspects were known.",
    ],
)
def test_no_guess_from_a_description_that_may_be_someone_named(text: str) -> None:
    assert _antecedent(text, "said") == (None, "unresolved", False)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the border was closed. It said trade would resume.",
        "The company said profits fell. It added that jobs were safe.",
    ],
)
def test_it_resolves_to_an_institution_that_spoke(text: str) -> None:
    """ "It said" after "The ministry said" is the ministry (an unnamed institution, one body)."""
    second = attributions(text)[-1]
    assert span_text(text, second.resolved_from) == text.split(" said")[0]
    assert second.source_type == "unnamed_group"
