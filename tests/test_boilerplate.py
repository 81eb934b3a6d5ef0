"""The boilerplate family: page furniture told apart from article text in plain text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import credscore
from credscore import lexicons
from credscore.analysis import AnalyzedText
from credscore.signals.boilerplate import KINDS, classify_lines, classify_texts

from .strategies import tricky_text


def labelled(text: str) -> dict[str, list[str | None]]:
    """Each line's text mapped to the labels it received (a line may occur twice)."""
    doc = AnalyzedText(text)
    out: dict[str, list[str | None]] = {}
    for span, label in zip(doc.lines, classify_lines(doc)):
        out.setdefault(text[span.start : span.end], []).append(label)
    return out


def label_starting(text: str, prefix: str) -> list[str | None]:
    hits = [labels for line, labels in labelled(text).items() if line.startswith(prefix)]
    assert hits, f"no line starts with {prefix!r}"
    return [label for labels in hits for label in labels]


ARTICLE_BODY = (
    "The minister said on Monday that the government would review the plan, which has been "
    "criticised by the opposition and by several groups of independent experts in the capital.\n\n"
    "It was not clear when the review would end, but officials said that it would be over by "
    "the summer and that its findings would be published in full on the ministry's website.\n\n"
    "Opposition leaders welcomed the review but said that they would keep pressing for a vote "
    "in parliament, where the governing coalition holds only a narrow majority of the seats.\n\n"
)


# --- golden tests on the seeds -------------------------------------------------------------


def test_seed_000_has_no_boilerplate(seeds):
    """Seed 000 is all article text: no line is furniture and the ratio is zero."""
    doc = AnalyzedText(seeds["000"])
    assert all(label is None for label in classify_lines(doc))
    profile = credscore.score(seeds["000"])
    assert profile.signals["boilerplate_ratio"] == 0.0
    assert profile.evidence["boilerplate"] == ()


def test_seed_000_subheadings_are_article(seeds):
    """Short sub-headings inside the article stay article text."""
    assert label_starting(seeds["000"], "Efforts to stamp out IMU, other groups") == [None]
    assert label_starting(seeds["000"], "IMU regrouping for attacks") == [None]


def test_seed_001_head_furniture(seeds):
    """001's "Accessibility links" and "Breaking News" are navigation; the headline is article."""
    text = seeds["001"]
    assert label_starting(text, "Accessibility links") == ["navigation"]
    assert label_starting(text, "Breaking News") == ["navigation"]
    assert label_starting(text, "Pakistan Blames IMU Militants For Afghan Border Unrest") == [None]


def test_seed_001_repeated_caption(seeds):
    """001's photo caption, printed twice, is a caption both times."""
    labels = label_starting(seeds["001"], "Uzbek authorities have waged a protracted campaign")
    assert labels == ["caption", "caption"]


def test_seed_001_promos_and_notice(seeds):
    """001's "The Briefing" promos are related links and the notice to readers in Russia is legal."""
    text = seeds["001"]
    assert label_starting(text, "The Briefing: Targeting A Regional Threat") == ["related"]
    assert label_starting(text, "The Briefing: Afghan-Pakistani Security") == ["related"]
    assert label_starting(text, "RFE/RL has been declared") == ["legal"]
    assert label_starting(text, "If you are in Russia") == ["legal"]
    assert label_starting(text, "To find out more, click here.") == ["legal"]


def test_seed_001_body_and_subheading_are_article(seeds):
    """001's body paragraphs and its sub-heading "History Of Violence" are article text."""
    text = seeds["001"]
    assert label_starting(text, "History Of Violence") == [None]
    assert label_starting(text, "Meanwhile, from South Waziristan") == [None]
    assert label_starting(text, "For months, media reports") == [None]


def test_seed_002_go_to_top(seeds):
    """002's "go to top" is navigation; its headline and dateline stay article."""
    text = seeds["002"]
    assert label_starting(text, "go to top") == ["navigation"]
    assert label_starting(text, "With Recent Attacks, the IMU Seeks") == [None]


def test_seed_002_photo_credit_is_caption(seeds):
    """002's closing "Photo: ..." credit line is a caption."""
    assert label_starting(seeds["002"], "Photo: Pakistani security forces") == ["caption"]


def test_seed_003_comment_form(seeds):
    """003's comment form, from "Leave a Reply" to "Connecting to %s", is comments."""
    text = seeds["003"]
    assert label_starting(text, "Leave a Reply") == ["comments"]
    assert set(label_starting(text, "You are commenting using your")) == {"comments"}
    assert label_starting(text, "Connecting to %s") == ["comments"]
    assert label_starting(text, "Please log in using one of these methods") == ["comments"]
    assert label_starting(text, "Zarb-e-Azb against foreign-backed militants") == [None]
    assert label_starting(text, "Therefore, it leave no doubt") == [None]


def test_seed_004_furniture(seeds):
    """004's repeated caption, "Do you like this article?", "0 Comment(s)" and the comment
    policy line are furniture; its sub-headings are article."""
    text = seeds["004"]
    assert label_starting(text, "Frontier Corps (FC) and intelligence agency personnel") == ["caption", "caption"]
    assert label_starting(text, "Do you like this article?") == ["subscription"]
    assert label_starting(text, "0 Comment(s)") == ["comments"]
    assert label_starting(text, "Comment Policy") == ["comments"]
    assert label_starting(text, "ISIL's 1st attack in Pakistan?") == [None]
    assert label_starting(text, "Improving Balochistan's security mechanism") == [None]
    assert label_starting(text, "Balochistan cracks down on pro-ISIL militants") == [None]


def test_seed_evidence_spans(seeds):
    """Evidence merges adjacent lines of one kind and points at the exact text."""
    profile = credscore.score(seeds["003"])
    (item,) = profile.evidence["boilerplate"]
    assert item.label == "comments" and item.details["kind"] == "comments"
    assert item.text.startswith("Leave a Reply") and item.text.endswith("Connecting to %s")
    assert profile.text[item.start : item.end] == item.text


def test_seed_001_profile_values(seeds):
    """001's ratios: furniture is a minority, per-kind ratios add up to the total."""
    profile = credscore.score(seeds["001"])
    values = profile.signals
    assert 0.05 < values["boilerplate_ratio"] < 0.3
    kinds = sum(values[f"boilerplate_{k}_ratio"] for k in KINDS)
    assert kinds == pytest.approx(values["boilerplate_ratio"])
    assert values["boilerplate_legal_ratio"] > 0 and values["boilerplate_caption_ratio"] > 0
    assert values["article_chars"] > 3000


def test_other_families_skip_furniture(seeds):
    """The article views leave out furniture lines, so other families never see them."""
    doc = AnalyzedText(seeds["003"], line_classifier=classify_lines)
    article = "\n".join(doc.text[s.start : s.end] for s in doc.article_sentences)
    assert "commenting" not in article
    assert "IMU" in article


# --- behaviour on small texts written for the tests ----------------------------------------


def test_empty_text_has_no_ratio():
    """Empty text gives a None ratio and zero article characters."""
    profile = credscore.score("")
    assert profile.signals["boilerplate_ratio"] is None
    assert profile.signals["article_chars"] == 0.0


def test_line_far_repeated_is_duplicate():
    """A paragraph printed again far below its first copy is a duplicate the second time."""
    repeated = "Officials said the talks would resume next week in the capital, according to a statement."
    text = repeated + "\n\n" + ARTICLE_BODY + ARTICLE_BODY.replace("minister", "president") + repeated
    labels = labelled(text)[repeated]
    assert labels[-1] == "duplicate"


def test_short_note_is_kept():
    """A one-line note with no cue is article text, not furniture."""
    assert classify_texts(["Back in five minutes."]) == [None]


def test_cue_lines_around_article():
    """Share, subscription and copyright lines around an article get their kinds."""
    text = "Share this article\n\n" + ARTICLE_BODY + "Sign up for our newsletter\n\n© 2024 Example News. All rights reserved."
    assert label_starting(text, "Share this article") == ["share"]
    assert label_starting(text, "Sign up for our newsletter") == ["subscription"]
    assert label_starting(text, "© 2024 Example News") == ["legal"]
    assert label_starting(text, "The minister said on Monday") == [None]


def test_wire_credit_line_is_a_credit_but_reporting_in_a_sentence_is_article():
    """A wire story's "(Additional reporting by ...; Editing by ...)" line is a credit, while a
    sentence that opens with "Reporting by" stays article text."""
    credit = "(Additional reporting by Marius Zaharia in Singapore; Editing by Eric Beech.)"
    short_credit = "(Reporting by David Bailey; Editing by Cynthia Osterman.)"
    sentence = "Reporting by the Times found that the mayor had lied about the payments for years."
    text = ARTICLE_BODY + sentence + "\n\n" + credit + "\n\n" + short_credit
    assert label_starting(text, "(Additional reporting by") == ["caption"]
    assert label_starting(text, "(Reporting by") == ["caption"]
    assert label_starting(text, "Reporting by the Times") == [None]


def test_comment_thread_after_article():
    """Text after a "Comments" heading that follows the article is comments."""
    text = ARTICLE_BODY + "Comments\n\nJohn\n\nI think that the government should have done this a long time ago, frankly, and I am glad that they finally did it.\n"
    assert label_starting(text, "I think that the government") == ["comments"]


def test_lexicon_headers_name_licence():
    """The shipped boilerplate lexicons say who wrote them and under what licence."""
    for name in ("boilerplate_cues", "boilerplate_stopwords", "boilerplate_html_names"):
        header = lexicons.read_text(name).splitlines()[:3]
        assert any("written for credscore" in line.lower() and "MIT" in line for line in header)


def test_registered_values():
    """The family provides the total ratio, one ratio per kind and article_chars."""
    from credscore import registry

    spec = registry.get("boilerplate")
    assert spec.provides == ("boilerplate_ratio", *(f"boilerplate_{k}_ratio" for k in KINDS), "article_chars")
    assert spec.evidence == ("boilerplate",)


# --- properties ----------------------------------------------------------------------------

FURNITURE = st.sampled_from(
    [
        "Share this article",
        "Follow us on Twitter",
        "Leave a Reply",
        "© 2024 Example News. All rights reserved.",
        "Related stories",
        "Subscribe to our newsletter",
        "Skip to main content",
        "Print",
    ]
)


@settings(max_examples=60, deadline=None)
@given(tricky_text, FURNITURE, st.booleans())
def test_adding_furniture_never_lowers_ratio(text, line, at_end):
    """Adding a boilerplate line never lowers the boilerplate ratio."""
    base = text + "\n\n" + ARTICLE_BODY
    grown = base + "\n\n" + line if at_end else line + "\n\n" + base
    before = credscore.score(base, signals=["boilerplate"]).signals["boilerplate_ratio"]
    after = credscore.score(grown, signals=["boilerplate"]).signals["boilerplate_ratio"]
    assert after >= before - 1e-12


@settings(max_examples=150, deadline=None)
@given(tricky_text)
def test_labels_and_evidence_are_well_formed(text):
    """Any text: one label per line from the known kinds, evidence inside the text, ratio in [0, 1]."""
    doc = AnalyzedText(text)
    labels = classify_lines(doc)
    assert len(labels) == len(doc.lines)
    assert all(label is None or label in KINDS for label in labels)
    profile = credscore.score(text, signals=["boilerplate"])
    for item in profile.evidence["boilerplate"]:
        assert 0 <= item.start < item.end <= len(profile.text)
        assert profile.text[item.start : item.end] == item.text
        assert item.label in KINDS
    ratio = profile.signals["boilerplate_ratio"]
    assert ratio is None or 0.0 <= ratio <= 1.0


@settings(max_examples=60, deadline=None)
@given(tricky_text)
def test_deterministic(text):
    """The same text always gets the same labels."""
    assert classify_lines(AnalyzedText(text)) == classify_lines(AnalyzedText(text))


def test_short_closing_sentence_of_a_short_article_stays_article_text() -> None:
    """A brief last paragraph of prose is article text, not trailing furniture."""
    from credscore.signals.boilerplate import classify_texts

    lines = [
        "Officials say talks failed",
        "The minister said on Tuesday that the talks had failed, according to a statement. "
        '"We will try again," he said.',
        "Experts believe the ruthless campaign will continue.",
        "He added that more talks were planned for next week in Geneva.",
        "© 2024 Example News. All rights reserved.",
    ]
    assert classify_texts(lines) == [None, None, None, None, "legal"]
