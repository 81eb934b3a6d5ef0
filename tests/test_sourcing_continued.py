"""Quotations that carry an attribution's content on past its cue's sentence (round 25)."""

from __future__ import annotations

import pytest

from credscore.analysis import AnalyzedText
from credscore.signals.sourcing import attributions_of, sourcing

from ._sourcing_helpers import span_text as _t

# text, the cue whose attribution is continued, the quotations that continue it
_CONTINUED = [
    ("“We will rebuild,” she said. “Nobody will be left behind.”", "said", ["Nobody will be left behind."]),
    # a run of quotation paragraphs continues the speaker until a sentence of the writer's own
    (
        "“We will rebuild,” said Mayor Jane Roe. “Nobody will be left behind. Not one family.”\n\n"
        "“We mean it.”\n\nRoe took office in May. “Later, maybe.”",
        "said",
        ["Nobody will be left behind. Not one family.", "We mean it."],
    ),
    # an indirect report, then the speaker's own words in the next paragraph
    (
        "Trump said he was not happy with those numbers.\n\n“I’m not satisfied, but a lot of people are.”",
        "said",
        ["I’m not satisfied, but a lot of people are."],
    ),
    # of two attributions in a sentence, the one whose content is a quotation goes on
    (
        "Smith, who told reporters he was tired, added: “It was a long night.” “We lost.”",
        "added",
        ["We lost."],
    ),
    ("“It’s over,” the report said. “No appeal remains.”", "said", ["No appeal remains."]),
]

# text, and the cue whose attribution must have nothing continued
_NOT_CONTINUED = [
    # the quotation opens a sentence that goes on: a word in quotation marks, not a quotation
    ("Smith said the plan was dead.\n\n“Refoulement” is forbidden by law.", "said"),
    # a sentence of the writer's own comes between
    ("Smith said the plan was dead. Howard was calm. “We will win.”", "said"),
    # the next quotation has its own speaker
    ("“It is lost,” Smith said. “It is not,” Jones said.", "Smith said"),
    # an agentless attribution has nobody to go on speaking
    ("The group reportedly disbanded. “We are done.”", "reportedly"),
    # a quotation inside the sentence after, not the whole of it
    ("Smith said the plan was dead. Jones called it “a fair try” on Monday.", "said"),
]


def _the(text: str, cue: str):
    atts = attributions_of(AnalyzedText(text))
    word = cue.split()[-1]
    at = text.index(cue) + len(cue) - len(word)
    hits = [a for a in atts if a.cue.start <= at < a.cue.end]
    assert hits, f"no attribution with cue {cue!r} in {text!r}: {[_t(text, a.cue) for a in atts]}"
    return hits[0]


@pytest.mark.parametrize("text, cue, expected", _CONTINUED)
def test_quotations_continue_the_attribution(text, cue, expected):
    a = _the(text, cue)
    assert [_t(text, c) for c in a.continued] == expected


@pytest.mark.parametrize("text, cue", _NOT_CONTINUED)
def test_nothing_continues(text, cue):
    assert _the(text, cue).continued == ()


def test_a_quotation_before_the_cue_is_all_its_content():
    """'“A. B,” she said': the cue credits the whole quotation, not only the sentence it ends."""
    text = "“We will rebuild. Nobody will be left behind,” she said."
    assert _t(text, _the(text, "said").content) == "We will rebuild. Nobody will be left behind,"


def test_a_continued_sentence_is_attributed():
    """The attributed-sentence share counts the sentences a continuation covers."""
    base = "Jones said it was fine. The sky is blue. Rain fell."
    cont = "Jones said it was fine. “It is fine.” Rain fell."
    assert sourcing(AnalyzedText(base)).values["attributed_sentence_share"] == pytest.approx(1 / 3)
    assert sourcing(AnalyzedText(cont)).values["attributed_sentence_share"] == pytest.approx(2 / 3)


def test_evidence_lists_the_continuations():
    text = "“We will rebuild,” she said. “Nobody will be left behind.”"
    (e,) = sourcing(AnalyzedText(text)).evidence["attributions"]
    assert [c["text"] for c in e.details["continued"]] == ["Nobody will be left behind."]


def test_seed000_masood_goes_on():
    """Seed 000: Talat Masood's quotation goes on in the next sentence, and the section heading
    after his paragraph is not his."""
    from pathlib import Path

    path = next((Path(__file__).resolve().parent.parent / "seeds").glob("000_*.txt"))
    text = path.read_text(encoding="utf-8")
    (a,) = [a for a in attributions_of(AnalyzedText(text)) if a.source and "Masood" in _t(text, a.source)]
    assert [_t(text, c) for c in a.continued] == [
        "These steps will help eliminate insurgents’ safe havens and bring positive results to peace agendas."
    ]


# a quotation the attribution interrupts: the first half is the content, the second continues it
_INTERRUPTED = [
    ("“The plan,” the minister told the BBC, “has failed.”", "told", "The plan,", ["has failed."]),
    ("“The plan”, the minister told the BBC in an interview, “has failed.”", "told", "The plan", ["has failed."]),
    ("“We tried,” Smith said, “but we could not win.”", "said", "We tried,", ["but we could not win."]),
]


@pytest.mark.parametrize("text, cue, content, continued", _INTERRUPTED)
def test_an_interrupted_quotation_is_one_content(text, cue, content, continued):
    a = _the(text, cue)
    assert _t(text, a.content) == content and a.direct
    assert [_t(text, c) for c in a.continued] == continued


def test_scare_quotes_around_a_cue_are_not_one_quotation():
    text = "The committee has a “Party of Trump” campaign dubbing them “Retrumplicans.”"
    assert _the(text, "dubbing").continued == ()
