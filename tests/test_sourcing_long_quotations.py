"""A cue before a quotation that runs past its sentence credits all of it, and the quotation that
follows it continues the same attribution."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import one, span_text

# a cue before a quotation that runs past its sentence credits the whole quotation
_LONG_QUOTATIONS = [
    ('Kasich said: "Ohio governors do not have the power. They never did."', "said",
     "Ohio governors do not have the power. They never did."),
    ('The mayor told reporters, "We are ready. The roads are clear."', "told",
     "We are ready. The roads are clear."),
    ("According to HuffPo: “Senator Kaine has had a mixed record on abortion.”", "According to",
     "Senator Kaine has had a mixed record on abortion."),
]


@pytest.mark.parametrize("text, cue, content", _LONG_QUOTATIONS)
def test_a_cue_before_a_quotation_credits_all_of_it(text, cue, content):
    assert span_text(text, one(text, cue).content) == content


def test_a_quotation_after_a_long_one_continues_it():
    text = 'Kasich said: "We are ready. The roads are clear."\n\n"Nobody will be left behind."\n\nOthers left.'
    a = one(text, "said")
    assert [span_text(text, c) for c in a.continued] == ["Nobody will be left behind."]
