"""The compiled scanners equal their pure-Python twins on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import _speedups
from credscore.analysis import _tokenize_python, tokenize
from credscore.signals._boilerplate_lines import _line_words_python, stopwords
from tests.strategies import tricky_text

scan = _speedups.scan
needs_scan = pytest.mark.skipif(scan is None, reason="credscore._scan is not built, or CREDSCORE_PURE_PYTHON is set")

# characters where a hand-written scanner is most likely to part from Python's own rules:
# case mappings that change length or class, digits that are not ASCII, joiners, the marks
# the line scanner keeps, white space that is not a space
_EDGE = list("İıǅǄßẞΣς²³½０٣Ⅻ©%_'’-.&\u00a0\u2003\u200b\t\x0b\x1c") + list("aZ9 .,\n")
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
    """The C line scanner gives the same words and counts as the pure-Python loop."""
    stops = stopwords()
    assert scan.line_words(text, stops) == _line_words_python(text, stops)


@needs_scan
def test_compiled_scanners_reject_wrong_types() -> None:
    """Bad arguments raise TypeError instead of crashing the interpreter."""
    with pytest.raises(TypeError):
        scan.tokenize(b"bytes")
    with pytest.raises(TypeError):
        scan.line_words("text", ["not", "a", "set"])


def test_tokenize_uses_the_compiled_scanner_when_built() -> None:
    """``tokenize`` agrees with the pure-Python path whichever backend is active."""
    text = "U.S.-led talks, Naveed Khalid’s “report” said: 9.5% İstanbul"
    assert tokenize(text).texts == _tokenize_python(text).texts
