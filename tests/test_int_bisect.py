"""The compiled binary search answers as the standard library's bisect does."""

import bisect

from hypothesis import given
from hypothesis import strategies as st

from credscore._int_bisect import bisect_left, bisect_right

sorted_ints = st.lists(st.integers(-50, 50), max_size=40).map(sorted)


@given(sorted_ints, st.integers(-60, 60))
def test_whole_list_matches_bisect(a, x):
    assert bisect_left(a, x) == bisect.bisect_left(a, x)
    assert bisect_right(a, x) == bisect.bisect_right(a, x)


@given(sorted_ints, st.integers(-60, 60), st.data())
def test_bounded_search_matches_bisect(a, x, data):
    lo = data.draw(st.integers(0, len(a)))
    hi = data.draw(st.integers(lo, len(a)))
    assert bisect_left(a, x, lo, hi) == bisect.bisect_left(a, x, lo, hi)
    assert bisect_right(a, x, lo, hi) == bisect.bisect_right(a, x, lo, hi)


def test_negative_hi_means_to_the_end():
    a = [1, 3, 3, 7]
    assert bisect_left(a, 3, 0, -1) == 1
    assert bisect_right(a, 3, 2) == 3
    assert bisect_right(a, 9, 0, -1) == 4
