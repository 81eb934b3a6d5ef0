"""The compiled scanners equal their pure-Python twins on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import _speedups
from credscore._quote_scan import quote_marks_python
from credscore.analysis import (
    AnalyzedText,
    _count_words_python,
    _line_bounds_python,
    _lower_tokens_python,
    _non_space_python,
    _split_sentences_python,
    _tokenize_python,
    group_paragraphs,
    split_lines,
    split_sentences,
    tokenize,
)
from credscore.signals._attribution_names import mid_sentence_capitals_python
from credscore.signals._boilerplate_lines import stopwords
from credscore.signals._boilerplate_words import line_words_python
from tests.strategies import tricky_text

scan = _speedups.scan
needs_scan = pytest.mark.skipif(scan is None, reason="credscore._scan is not built, or CREDSCORE_PURE_PYTHON is set")

# characters where a hand-written scanner is most likely to part from Python's own rules:
# case mappings that change length or class, digits that are not ASCII, joiners, the marks
# the line scanner keeps, white space that is not a space
_EDGE = list("İıǅǄßẞΣς²³½０٣Ⅻ©%_'’-.&\u00a0\u2003\u200b\t\x0b\x1c|•·»«") + list("aZ9 .,\n") + [
    "\u0327", "\u0301", "\u036f", "\u02ff", "\u0370", "\u1ab0", "\u1dff", "\u20d0", "\ufe2f", "\ufe30"
] + [  # combining marks, which continue a word, and the code points just outside their ranges
    "\x7f", "\x80", "\x83", "\x85", "\x9f", "\xa0", "\xad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
]  # the invisible characters that join a word's parts, NEL (white space) and their neighbours
edge_text = st.text(alphabet=st.sampled_from(_EDGE), max_size=120)
any_text = st.one_of(tricky_text, edge_text, st.text(max_size=300))


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(any_text)
def test_compiled_tokenize_equals_the_regex(text: str) -> None:
    """The C tokenizer returns exactly the regex tokenizer's offsets and strings."""
    starts, ends, texts = scan.tokenize(text)
    expected = _tokenize_python(text)
    assert (starts, ends, texts) == (expected.starts, expected.ends, expected.texts)


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(any_text)
def test_compiled_line_words_equal_the_python_loop(text: str) -> None:
    """The C line scanner gives the same words and counts as the pure-Python loop, and its
    non-space count is the one the rest of the package uses."""
    stops = stopwords()
    assert scan.line_words(text, stops) == line_words_python(text, stops)
    assert line_words_python(text, stops)[5] == len("".join(text.split()))


# characters the sentence splitter decides on: terminators, closers and openers around them,
# abbreviations and initials, dotted acronyms, line breaks inside and between paragraphs
_SENTENCE_EDGE = list(".!?…\"'“”‘’()[]«»‹›„,;:-–") + ["Mr", "U", "S", "e.g", "No", "The", "the", "a"]
sentence_text = st.lists(
    st.one_of(
        st.sampled_from(_SENTENCE_EDGE),
        st.sampled_from([" ", "  ", "\n", "\n\n", "\t", "\u00a0"]),
        st.sampled_from(["Khalid", "said", "İ", "ß", "9", "٣", "x", "Ǆ"]),
    ),
    max_size=80,
).map("".join)


def _sentences_both_ways(text: str):
    # with the scanner built (needs_scan), split_sentences is the compiled splitter
    lines = split_lines(text)
    paragraphs = group_paragraphs(text, lines)
    return split_sentences(text, paragraphs, lines), _split_sentences_python(text, paragraphs, lines)


@needs_scan
@settings(max_examples=2000, deadline=None)
@given(st.one_of(sentence_text, any_text))
def test_compiled_sentence_splitter_equals_the_python_loop(text: str) -> None:
    """The C sentence splitter cuts every text exactly where the pure-Python splitter does."""
    got, expected = _sentences_both_ways(text)
    assert got == expected


def test_split_sentences_agrees_whichever_backend_is_active() -> None:
    """``split_sentences`` on a document gives the pure-Python splitter's sentences."""
    text = "Mr. Khalid said so. U.S. officials . . . disagreed… The end?! “Yes.” He left.\nA headline\nnext line"
    doc = AnalyzedText(text)
    assert doc.sentences == _split_sentences_python(text, doc.paragraphs, doc.lines)
    assert len(doc.sentences) >= 5


@needs_scan
def test_compiled_scanners_reject_wrong_types() -> None:
    """Bad arguments raise TypeError instead of crashing the interpreter."""
    with pytest.raises(TypeError):
        scan.tokenize(b"bytes")
    with pytest.raises(TypeError):
        scan.quote_marks(None)
    with pytest.raises(TypeError):
        scan.line_bounds(["a line"])
    with pytest.raises(TypeError):
        scan.line_words("text", ["not", "a", "set"])
    with pytest.raises(TypeError):
        scan.split_sentences("text", [0], [4], [0], [4], ["mr"], frozenset())
    with pytest.raises(ValueError):
        scan.split_sentences("text", [0], [40], [0], [4], frozenset(), frozenset())


def test_tokenize_uses_the_compiled_scanner_when_built() -> None:
    """``tokenize`` agrees with the pure-Python path whichever backend is active."""
    text = "U.S.-led talks, Naveed Khalid’s “report” said: 9.5% İstanbul"
    assert tokenize(text).texts == _tokenize_python(text).texts


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(any_text, st.integers(-3, 400), st.integers(-3, 400))
def test_compiled_non_space_equals_str_split(text: str, start: int, end: int) -> None:
    """Non-space characters of any range, as str.split reads white space, with and without C."""
    assert scan.non_space(text, start, end) == _non_space_python(text, start, end)
    # and the twin is what it says: the characters str.split keeps
    assert _non_space_python(text, start, end) == len("".join(text[max(start, 0) : max(end, 0)].split()))


@needs_scan
@settings(max_examples=1500, deadline=None)
@given(st.one_of(sentence_text, any_text))
def test_compiled_line_bounds_equal_the_regex(text: str) -> None:
    """Non-blank lines, trimmed, found in C where the regex and str.isspace find them."""
    assert scan.line_bounds(text) == _line_bounds_python(text)


@needs_scan
@settings(max_examples=500, deadline=None)
@given(any_text, st.lists(st.tuples(st.integers(-3, 400), st.integers(-3, 400)), max_size=8))
def test_compiled_non_space_each_equals_one_count_per_range(text: str, ranges: list[tuple[int, int]]) -> None:
    """Non-space characters of many ranges in one call, each as non_space counts it."""
    starts, ends = [r[0] for r in ranges], [r[1] for r in ranges]
    expected = [_non_space_python(text, a, b) for a, b in ranges]
    assert scan.non_space_each(text, starts, ends) == expected


@needs_scan
@settings(max_examples=1000, deadline=None)
@given(any_text, st.integers(-3, 120), st.integers(-3, 120))
def test_compiled_word_count_equals_the_python_count(text: str, lo: int, hi: int) -> None:
    """Tokens that start with a word character, over any token range."""
    toks = tokenize(text)
    expected = sum(1 for t in toks.texts[max(lo, 0) : max(hi, 0)] if t[0].isalnum() or t[0] == "_")
    assert scan.count_words(text, toks.starts, lo, hi) == _count_words_python(toks.texts, lo, hi) == expected


# every quotation mark, and the marks beside them in Unicode that are not read as quotation marks
_QUOTE_EDGE = list("\"“”„«»‘’‚'‹›‛‟〝〞＂`´") + list("a ,.\n")
quote_text = st.text(alphabet=st.sampled_from(_QUOTE_EDGE), max_size=120)


@needs_scan
@settings(max_examples=1000, deadline=None)
@given(st.one_of(quote_text, any_text))
def test_compiled_quote_marks_equal_the_regex(text: str) -> None:
    """The offsets of quotation marks, found in C, are the regex's."""
    assert scan.quote_marks(text) == quote_marks_python(text)


def test_quote_marks_skip_look_alikes() -> None:
    """Backquotes, accents and reversed or full-width marks are not quotation marks."""
    assert quote_marks_python("‛a‟ `b´ ＂c＂ 'd' “e”") == [12, 14, 16, 18]


@needs_scan
@settings(max_examples=1000, deadline=None)
@given(any_text)
def test_compiled_lower_tokens_equal_str_lower(text: str) -> None:
    """Lower-cased tokens from C are str.lower's, and a token already in lower case is shared."""
    texts = _tokenize_python(text).texts
    got = scan.lower_tokens(texts)
    assert got == _lower_tokens_python(texts) == [t.lower() for t in texts]
    assert all(g is t for g, t in zip(got, texts) if t.isascii() and t == t.lower())


# tokens where a capital or a possessive is easy to misread: title case, Roman numerals, other digits
_CAPITAL_EDGES = ["Trump's", "Trump’s", "Trump", "'s", "’s", "S's", "Ab'S", ",", ",,", "É", "ǅ", "Ⅻ", "½", "٣"]


@needs_scan
@settings(max_examples=1000, deadline=None)
@given(any_text, st.lists(st.sampled_from(_CAPITAL_EDGES), max_size=12))
def test_compiled_mid_sentence_capitals_equal_python(text: str, extra: list[str]) -> None:
    """Capitalised tokens after a word or a comma are counted alike in C and in Python,
    possessives ("Trump's", "Trump’s") dropped, on the tokens of any text."""
    texts = _tokenize_python(text).texts + extra
    assert scan.mid_sentence_capitals(texts) == mid_sentence_capitals_python(texts)


@needs_scan
def test_mid_sentence_capitals_count_names_after_words_and_commas() -> None:
    texts = _tokenize_python("Trump said. Then Trump’s aide, Trump, met Clinton's team.").texts
    assert scan.mid_sentence_capitals(texts) == {"Trump": 2, "Clinton": 1}
    with pytest.raises(TypeError):
        scan.mid_sentence_capitals(["a", ""])
    with pytest.raises(TypeError):
        scan.mid_sentence_capitals(("a", "B"))


@needs_scan
def test_compiled_scanners_share_repeated_short_words() -> None:
    """A short ASCII token or line word seen before comes back as the same string object."""
    first = scan.tokenize("Officials said so.")[2]
    again = scan.tokenize("He said: officials")[2]
    assert first[1] == again[1] == "said" and first[1] is again[1]
    assert scan.line_words("OFFICIALS", frozenset())[0][0] is scan.line_words("officials", frozenset())[0][0]


@needs_scan
def test_compiled_scanners_stay_exact_past_their_caches() -> None:
    """More distinct words than the shared-string table keeps, and offsets past the shared-int
    range: the results still equal the pure-Python twins, before and after the table empties."""
    words = [f"w{i}x" for i in range(40_000)]
    text = " ".join(words) + " Said SAID said"
    for _ in range(2):
        starts, ends, texts = scan.tokenize(text)
        expected = _tokenize_python(text)
        assert (starts, ends, texts) == (expected.starts, expected.ends, expected.texts)
        assert starts[-1] == len(text) - 4 and texts[-3:] == ["Said", "SAID", "said"]
    stops = stopwords()
    assert scan.line_words(text, stops) == line_words_python(text, stops)


@needs_scan
def test_lower_tokens_rejects_what_is_not_a_list_of_str() -> None:
    with pytest.raises(TypeError):
        scan.lower_tokens(("a", "b"))
    with pytest.raises(TypeError):
        scan.lower_tokens(["a", 1])


@needs_scan
def test_word_count_rejects_a_start_outside_the_text() -> None:
    with pytest.raises(IndexError):
        scan.count_words("ab", [0, 5], 0, 2)
