"""Segmentation: lines, paragraphs, sentences, tokens and quotations with offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.analysis import AnalyzedText
from tests.strategies import tricky_text


def sentences_of(text: str) -> list[str]:
    doc = AnalyzedText(text)
    return [text[s.start : s.end] for s in doc.sentences]


def quotes_of(text: str) -> list[str]:
    doc = AnalyzedText(text)
    return [text[q.content_start : q.content_end] for q in doc.quotations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Support matters,” Gen. (ret.) Talat Masood said. “These steps will help.”",
            ["“Support matters,” Gen. (ret.) Talat Masood said.", "“These steps will help.”"],
        ),
        (
            "It ended the U.S.-led invasion in 2001. Mr. Smith left.",
            ["It ended the U.S.-led invasion in 2001.", "Mr. Smith left."],
        ),
        (
            "Noah J. Tucker said so. Then he left.",
            ["Noah J. Tucker said so.", "Then he left."],
        ),
        (
            "Call 9203360 (81-9203360 outside Quetta). Or call 15.",
            ["Call 9203360 (81-9203360 outside Quetta).", "Or call 15."],
        ),
        (
            "“Our wing … revealed that militants have fled,” he said.",
            ["“Our wing … revealed that militants have fled,” he said."],
        ),
        (
            "We deployed troops close to … Waziristan. … They have struck.",
            ["We deployed troops close to … Waziristan. …", "They have struck."],
        ),
        (
            'He said, "It is over." Then he left.',
            ['He said, "It is over."', "Then he left."],
        ),
        (
            "IMU regrouping for attacks\n\nThe IMU is considered a threat.",
            ["IMU regrouping for attacks", "The IMU is considered a threat."],
        ),
        (
            "Breaking News\nPakistan Blames IMU Militants\nFor months, reports said so.",
            ["Breaking News", "Pakistan Blames IMU Militants", "For months, reports said so."],
        ),
        (
            "It is on the U.S. State Department's list. The U.S. The end.",
            ["It is on the U.S. State Department's list.", "The U.S.", "The end."],
        ),
        (
            "the text was wrapped\nacross lines by an editor.",
            ["the text was wrapped\nacross lines by an editor."],
        ),
        ("Now they’re saying. . . ‘come and help us.’", ["Now they’re saying. . . ‘come and help us.’"]),
        (
            # an abbreviation's stop inside a parenthesis that opened mid-sentence ends nothing
            "Sen. Bob Corker (R-Tenn.) — who was a pick — has said so. It fell. (It rose later.) Then.",
            ["Sen. Bob Corker (R-Tenn.) — who was a pick — has said so.", "It fell.", "(It rose later.)", "Then."],
        ),
        ("“Yes.” (He laughed.) Fine.", ["“Yes.”", "(He laughed.)", "Fine."]),
    ],
)
def test_sentence_splitting_survives_news_text(text: str, expected: list[str]) -> None:
    """Abbreviations, initials, numbers, ellipses and closing quotes do not break sentences."""
    assert sentences_of(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    """A blank line always ends a sentence, even without a full stop."""
    assert sentences_of("First part without stop\n\nsecond part") == [
        "First part without stop",
        "second part",
    ]


def test_lines_and_paragraphs_are_trimmed_spans() -> None:
    """Lines skip blanks and surrounding spaces; paragraphs group lines between blank lines."""
    text = "  Title  \n\nline one\nline two\n\n\n tail"
    doc = AnalyzedText(text)
    assert [text[s.start : s.end] for s in doc.lines] == ["Title", "line one", "line two", "tail"]
    assert [text[s.start : s.end] for s in doc.paragraphs] == ["Title", "line one\nline two", "tail"]


def test_tokens_keep_inner_hyphens_and_apostrophes() -> None:
    """Words such as "Tehreek-e-Taliban" and "IMU’s" are single tokens."""
    text = "Tehreek-e-Taliban and the IMU’s allies, 9203360."
    doc = AnalyzedText(text)
    assert [text[w.start : w.end] for w in doc.words] == [
        "Tehreek-e-Taliban", "and", "the", "IMU’s", "allies", "9203360",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "it is over" and left.', ["it is over"]),
        ("He said “it is over” and left.", ["it is over"]),
        ("“Now they’re saying. . . ‘come and help us.’”", ["Now they’re saying. . . ‘come and help us.’", "come and help us."]),
        ("The IMU’s men and the Uzbeks’ allies met.", []),
        ("“”” stating the above facts, they left.", []),
        ("'Quoted with straight singles,' he said.", ["Quoted with straight singles,"]),
    ],
)
def test_quotations_straight_curly_nested_and_apostrophes(text: str, expected: list[str]) -> None:
    """Straight and curly marks pair up, single quotes nest, apostrophes are not marks."""
    assert quotes_of(text) == expected


def test_nested_quotation_has_depth_one() -> None:
    """A single-quoted span inside a double-quoted one is nested."""
    doc = AnalyzedText("“He told us ‘leave now’ and we left,” she said.")
    assert [(q.depth, q.closed) for q in doc.quotations] == [(0, True), (1, True)]


def test_quotation_runs_over_paragraphs_when_next_opens_with_mark() -> None:
    """News style: an unclosed quote continues into a paragraph that opens with a quote mark."""
    text = "“First paragraph of the quote.\n\n“Second paragraph ends it,” he said.\n\nNot quoted."
    doc = AnalyzedText(text)
    (q,) = doc.quotations
    assert q.paragraphs == 2 and q.closed
    assert text[q.start : q.end] == "“First paragraph of the quote.\n\n“Second paragraph ends it,”"


@pytest.mark.parametrize("mark", ["“", '"'])
def test_quotation_runs_over_lines_of_one_paragraph_as_over_paragraphs(mark: str) -> None:
    """Paragraphs written as single lines: a quote left open at a line's end continues when the
    next line opens with a mark, and the next quotation is not nested inside the first."""
    close = "”" if mark == "“" else '"'
    text = (
        f"{mark}Events are outlets for hatred, and they revel in it.\n"
        f"{mark}There is another side,{close} Sexton said. {mark}I don't know why.{close}\n"
        "Sexton was quick to point it out."
    )
    doc = AnalyzedText(text)
    assert len(doc.paragraphs) == 1
    assert [(text[q.start : q.end], q.paragraphs, q.depth) for q in doc.quotations] == [
        (text[: text.index(f"side,{close}") + 6], 2, 0),
        (f"{mark}I don't know why.{close}", 1, 0),
    ]


def test_unbalanced_quote_ends_with_its_paragraph() -> None:
    """A quote mark never closed does not swallow the rest of the article."""
    text = "He said “this never closes.\n\nThe next paragraph is narration.\n\nSo is this."
    doc = AnalyzedText(text)
    (q,) = doc.quotations
    assert not q.closed
    assert text[q.content_start : q.content_end] == "this never closes."
    assert q.end <= text.index("\n\n")


def test_seed_segmentation_golden(seeds: dict[str, str]) -> None:
    """Sentence and quotation counts on the seeds stay as reviewed by hand."""
    counts = {k: (len(AnalyzedText(t).sentences), len(AnalyzedText(t).quotations)) for k, t in seeds.items()}
    assert counts == {"000": (22, 10), "001": (50, 12), "002": (30, 5), "003": (29, 0), "004": (41, 15)}


def test_seed_000_keeps_gen_ret_in_one_sentence(seeds: dict[str, str]) -> None:
    """"Gen. (ret.) Talat Masood said." stays inside its sentence."""
    text = seeds["000"]
    found = [text[s.start : s.end] for s in AnalyzedText(text).sentences if "Talat Masood" in text[s.start : s.end]]
    assert len(found) == 1 and found[0].startswith("“The government must not ignore")
    assert found[0].endswith("Gen. (ret.) Talat Masood said.")


@settings(max_examples=300, deadline=None)
@given(tricky_text)
def test_segments_are_ordered_trimmed_spans_inside_the_text(text: str) -> None:
    """Every segment lies inside the text, is non-empty, and sentences do not overlap."""
    doc = AnalyzedText(text)
    for group in (doc.lines, doc.paragraphs, doc.sentences, doc.tokens):
        for span in group:
            assert 0 <= span.start < span.end <= len(text)
            assert not text[span.start].isspace() and not text[span.end - 1].isspace()
    for a, b in zip(doc.sentences, doc.sentences[1:]):
        assert a.end <= b.start
    for q in doc.quotations:
        assert 0 <= q.start <= q.content_start < q.content_end <= q.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(tricky_text)
def test_every_nonspace_character_is_in_a_sentence(text: str) -> None:
    """Sentence splitting loses no text: each non-space character lies in some sentence."""
    doc = AnalyzedText(text)
    covered = set()
    for s in doc.sentences:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(tricky_text)
def test_unclosed_quotations_stay_inside_one_paragraph_run(text: str) -> None:
    """An unclosed quotation never extends past the paragraph it stops in."""
    doc = AnalyzedText(text)
    for q in doc.quotations:
        if not q.closed:
            paras = [p for p in doc.paragraphs if p.start <= q.end <= p.end]
            assert paras, "an unclosed quotation must end at a paragraph end"


def test_article_views_skip_lines_the_classifier_marks() -> None:
    """With a line classifier, article sentences and words leave out boilerplate lines."""
    text = "Share this\n\nThe minister said it.\n\nComments (0)"
    labels = ["share", None, "comments"]
    doc = AnalyzedText(text, line_classifier=lambda d: labels)
    assert [text[s.start : s.end] for s in doc.article_sentences] == ["The minister said it."]
    assert doc.article_word_count == 4
    assert doc.article_chars == len("Theministersaidit.")


def test_line_classifier_must_label_every_line() -> None:
    """A classifier that returns the wrong number of labels is an error, not silent data loss."""
    doc = AnalyzedText("a\nb", line_classifier=lambda d: [None])
    with pytest.raises(ValueError):
        doc.line_labels


def test_non_string_text_is_rejected() -> None:
    """Bytes must be decoded by the caller; AnalyzedText says so."""
    with pytest.raises(TypeError):
        AnalyzedText(b"bytes")  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_token_lists_agree_with_spans_and_word_count(text: str) -> None:
    """The shared token lists, the spans built from them and the fast word count all agree."""
    doc = AnalyzedText(text)
    toks = doc.tokens
    assert [(t.start, t.end) for t in toks] == list(zip(toks.starts, toks.ends))
    assert toks.texts == [text[t.start : t.end] for t in toks]
    assert list(toks[1:3]) == [toks[i] for i in range(1, min(3, len(toks)))]
    assert doc.article_word_count == len(doc.words) == sum(1 for t in toks.texts if t[0].isalnum() or t[0] == "_")


@settings(max_examples=300, deadline=None)
@given(tricky_text, st.data())
def test_article_views_equal_the_per_offset_definition(text: str, data: st.DataObject) -> None:
    """Article views cut by runs of lines equal filtering every span by the line it starts on."""
    n_lines = len(AnalyzedText(text).lines)
    labels = data.draw(st.lists(st.sampled_from([None, None, "share"]), min_size=n_lines, max_size=n_lines))
    doc = AnalyzedText(text, line_classifier=lambda d: labels)
    on_article = doc.is_article_offset
    if doc.lines:
        assert doc.article_sentences == tuple(s for s in doc.sentences if on_article(s.start))
        assert doc.article_words == tuple(w for w in doc.words if on_article(w.start))
        assert doc.article_quotations == tuple(q for q in doc.quotations if on_article(q.start))
        assert doc.article_word_count == len(doc.article_words)
    article_text = "".join(text[ln.start : ln.end] for ln, lab in zip(doc.lines, labels) if lab is None)
    assert doc.article_chars == sum(1 for ch in article_text if not ch.isspace())


def test_segmentation_is_computed_once_per_document(monkeypatch) -> None:
    """A lazy view is computed on first access and kept: the second read does not recompute."""
    import credscore.analysis as analysis

    calls = []
    real = analysis.split_lines
    monkeypatch.setattr(analysis, "split_lines", lambda text: calls.append(text) or real(text))
    doc = analysis.AnalyzedText("One line.\nTwo lines.")
    assert doc.lines is doc.lines and len(doc.lines) == 2
    assert len(calls) == 1
    assert isinstance(analysis.AnalyzedText.lines, analysis.computed_once)  # read on the class


def test_combining_marks_stay_inside_their_word() -> None:
    # decomposed text ("c" and a combining cedilla) is one word, not "Franc", a mark and "ois"
    from credscore.analysis import tokenize

    assert list(tokenize("Franc\u0327ois e\u0301te\u0301, x").texts) == ["Franc\u0327ois", "e\u0301te\u0301", ",", "x"]
