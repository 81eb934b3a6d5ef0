"""An owner written with an abbreviation's dot ("Acme Corp.'s statement", "the U.S.'s envoy"):
the tokenizer splits it into word, dot, apostrophe and "s", and the sourcing view joins them
back, as "Smith's" is one token.  Written for these tests from a construction grid (owner x
owned x order), not from a corpus."""

from __future__ import annotations

import pytest

from credscore.analysis import AnalyzedText
from credscore.signals._attribution_tokens import doc_tokens

from ._sourcing_helpers import source_and_content, typed_source

OWNERS = ["Acme Corp.", "Acme Inc.", "the U.S.", "J.P. Morgan Chase & Co.", "Acme Ltd."]


@pytest.mark.parametrize("owner", OWNERS)
@pytest.mark.parametrize("mark", ["'", "’"])
@pytest.mark.parametrize("owned, kind", [("statement", "document"), ("chief executive", "unnamed_individual"),
                                         ("lawyers", "unnamed_group")])
def test_an_owner_with_a_dot_keeps_its_whole_name(owner, mark, owned, kind):
    subject = f"{owner[0].upper()}{owner[1:]}{mark}s {owned}"
    text = f"{subject} said the ward was closed."
    assert source_and_content(text, "said") == (subject, "the ward was closed")
    assert typed_source(text, "said")[1] == kind


@pytest.mark.parametrize("owner", OWNERS)
def test_an_inverted_owner_with_a_dot_keeps_its_whole_name(owner):
    text = f"“The ward is closed,” said {owner}'s chief executive."
    assert source_and_content(text, "said") == (f"{owner}'s chief executive", "The ward is closed,")


def test_the_joined_tokens_still_spell_the_text():
    text = "Acme Corp.'s chief said ''no.'' The U.S.’s envoy agreed. Mr.'s is odd. " * 50
    toks = doc_tokens(AnalyzedText(text))
    assert all(text[a:b] == ("''" if t == '"' else t) for t, a, b in zip(toks.T, toks.S, toks.E))
    assert toks.L == [t.lower() for t in toks.T]
    assert toks.T.count("Corp.'s") == 50 and toks.T.count("U.S.’s") == 50
    assert toks.S == sorted(toks.S)

