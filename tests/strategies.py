"""Hypothesis strategies shared by the test modules."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that stress segmentation: quote marks, terminators, brackets, white space, letters.
_TRICKY = list("\"'“”‘’„«».!?…()[]-–—,;:#%/\n\n  ") + list("AaBbZz09Éé")

words = st.sampled_from(
    "the IMU said officials Mr. U.S. Gen. (ret.) reportedly according to “quoted” 'single' "
    "he she it they report experts … 9203360 Naveed Khalid told Central Asia Online".split()
)

news_like_text = st.lists(
    st.one_of(words, st.sampled_from(["\n\n", "\n", ". ", ", ", " \u201c", "\u201d ", '"', "'"])),
    max_size=80,
).map(" ".join)

tricky_text = st.one_of(
    st.text(alphabet=st.sampled_from(_TRICKY), max_size=200),
    st.text(max_size=200),
    news_like_text,
)
