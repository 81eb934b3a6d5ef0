"""The first-letter case tests answer as str.isupper and str.islower do."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from credscore._letter_case import initial_lower, initial_upper


@given(st.text(min_size=1))
def test_matches_the_str_methods(word):
    assert initial_upper(word) == word[0].isupper()
    assert initial_lower(word) == word[0].islower()


@pytest.mark.parametrize(
    "word, upper, lower",
    [("Trump", True, False), ("said", False, True), ("“Yes", False, False), ("Élysée", True, False), ("ßtraße", False, True), ("9", False, False), ("ǅ", False, False)],
)
def test_examples(word, upper, lower):
    assert (initial_upper(word), initial_lower(word)) == (upper, lower)


def test_empty_word_is_an_error():
    with pytest.raises(IndexError):
        initial_upper("")
