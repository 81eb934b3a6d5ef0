""""asked" after a comma: the verb of a described subject ("Smith, a lawyer, asked whether ...")
or a participle whose clause another verb follows ("Smith, asked whether he would run, said
no"); and a quotation before a speaker described between commas ('“Is the ward closed?” Smith,
a lawyer, asked.').  Written for these tests, not from a corpus."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import one, source_and_content, span_text

DESCRIBED = [("Smith, a lawyer,", "Smith"), ("Dr. Jane Roe, 45, a surgeon,", "Dr. Jane Roe"),
             ("The minister, a former teacher,", "The minister")]


@pytest.mark.parametrize("subject, source", DESCRIBED)
@pytest.mark.parametrize("question, content", [
    ("whether the ward was closed.", "whether the ward was closed"),
    ("why the ward was closed.", "why the ward was closed"),
    ("on Tuesday whether the ward was closed.", None),
    (": “Is the ward closed?”", "Is the ward closed?"),
])
def test_asked_after_a_described_subject_is_its_verb(subject, source, question, content):
    text = f"{subject} asked{'' if question.startswith(':') else ' '}{question}"
    found, said = source_and_content(text, "asked")
    assert found == source
    if content is not None:
        assert said == content


@pytest.mark.parametrize("text, content", [
    ("Smith, asked whether he would run, said no.", "whether he would run"),
    ("Smith, asked whether he would run, laughed.", "whether he would run"),
    ("Smith, asked about the ward, shrugged and walked away.", "about the ward"),
    ("“It has been years,” Smith said, asked about the delay in an interview.", "about the delay in an interview"),
    ('"Forget it," said retired surgeon Ben Carson, asked about his claims.', "about his claims"),
    ("Asked whether he would run, Smith said no.", "whether he would run"),
])
def test_asked_as_a_participle_stays_a_question_put_by_no_one(text, content):
    a = one(text, "asked") if "Asked" not in text else one(text, "Asked")
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", content)


@pytest.mark.parametrize("subject, source", DESCRIBED)
@pytest.mark.parametrize("quotation, verb", [("“Is the ward closed?”", "asked"), ("“The ward is closed.”", "said"),
                                             ("“How are you today?”", "said")])
def test_a_quotation_before_a_described_speaker_is_what_was_said(subject, source, quotation, verb):
    text = f"{quotation} {subject} {verb}."
    assert source_and_content(text, verb) == (source, quotation.strip("“”"))


def test_a_manner_after_a_described_speaker_leaves_the_quotation_credited():
    text = "“How are you today?” Miller, a retired worker, said pleasantly into the phone."
    assert source_and_content(text, "said") == ("Miller", "How are you today?")
