"""Tests for the sourcing family's attribution rules, each on a small sentence written for it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.analysis import AnalyzedText
from credscore.signals._attribution_quotes import _two_apostrophe_view, outer_quotations
from credscore.signals._attribution_tokens import doc_tokens
from credscore.signals.sourcing import sourcing

from ._sourcing_helpers import attributions as _atts, cues as _cues, one as _one, span_text as _t


# --- quotations written with two apostrophes ---------------------------------------------------


def test_two_apostrophe_quotation_is_a_quotation():
    """''...'' counts as a direct quotation: the content is direct, a cue inside it is skipped."""
    text = "''They said it would rain,'' Maria Lopez said."
    atts = _atts(text)
    assert [_t(text, a.cue) for a in atts] == ["said"]
    assert atts[0].cue.start == text.rindex("said") and atts[0].direct
    assert _t(text, atts[0].source) == "Maria Lopez"


def test_two_apostrophe_view_keeps_offsets():
    """The rewritten view has the same length, and its quotation offsets fit the original text."""
    text = "He said: ''We won.'' Then ''''? and '''inner' outer''."
    view = _two_apostrophe_view(text)
    assert len(view) == len(text)
    (q, *_rest) = outer_quotations(AnalyzedText("Ann said ''we won'' today."))
    assert "Ann said ''we won'' today."[q.content_start : q.content_end] == "we won"


def test_two_apostrophes_are_one_token():
    """Two touching apostrophes become one token read as a double quotation mark."""
    toks = doc_tokens(AnalyzedText("''Yes,'' she said."))
    assert toks.T[0] == '"' and toks.S[0] == 0 and toks.E[0] == 2
    assert len(toks.T) == len(toks.S) == len(toks.E) == len(toks.L)


def test_many_apostrophe_pairs_merge_in_order_and_leave_the_shared_tokens_alone():
    """Every pair in a long run of them becomes one token at its place, the other tokens keep
    their offsets, and the document's own token lists are not edited."""
    text = "''Yes,'' she said. 'Tis ''no'' way. " * 300
    doc = AnalyzedText(text)
    before = list(doc.tokens.texts)
    toks = doc_tokens(doc)
    assert doc.tokens.texts == before
    assert toks.T.count('"') == 4 * 300 and "''" not in "".join(toks.T)
    assert toks.L == [t.lower() for t in toks.T]
    # each token's offsets still spell it, the merged marks spelling "''"
    assert all(text[a:b] == ("''" if t == '"' else t) for t, a, b in zip(toks.T, toks.S, toks.E))
    assert toks.S == sorted(toks.S) and len(_atts(text)) == 300


# --- who says it ---------------------------------------------------------------------------


def test_relative_pronoun_source_resolves_to_its_antecedent():
    """In "Barkley, who said ...", the source is "who", standing for Barkley (named)."""
    text = "The plan drew fire from Charles Barkley, who said it would fail."
    a = _one(text, "said")
    assert _t(text, a.source) == "who" and _t(text, a.resolved_from) == "Charles Barkley"
    assert a.source_type == "named_person" and a.named


def test_which_after_an_event_is_not_a_source():
    """ "..., which indicates ..." after an event is the writer's reasoning, not a source."""
    text = "The rally ended early at night, which strongly indicates that they had help."
    assert _cues(text) == []


def test_subject_before_a_relative_clause():
    """ "Several employees who spoke to the Reader said" credits the employees, not the Reader."""
    text = "Several employees who spoke to the Reader said they had complained."
    a = _one(text, "said")
    assert _t(text, a.source) == "Several employees" and a.source_type == "unnamed_group"


def test_quantifier_subject():
    """ "Several said" and "And both vowed" credit a counted group."""
    text = "Several said they would vote. And both vowed to fight on."
    assert [(_t(text, a.source), a.source_type) for a in _atts(text)] == [
        ("Several", "unnamed_group"),
        ("both", "unnamed_group"),
    ]


def test_parenthesised_party_inside_a_name():
    """ "Rep. Jim Smith (D-Wash.) said" credits the named person, party and state included."""
    text = "Rep. Jim Smith (D-Wash.) said the bill would pass."
    a = _one(text, "said")
    assert _t(text, a.source).startswith("Rep. Jim Smith") and a.source_type == "named_person"


def test_inverted_described_source():
    """ "..., said a longtime adviser to the governor." credits the described person."""
    text = "“We will win,” said a longtime adviser to the governor."
    a = _one(text, "said")
    assert _t(text, a.source) == "a longtime adviser to the governor"
    assert a.source_type == "unnamed_individual" and not a.named and a.direct


def test_source_before_a_dashed_insertion():
    """ "The three scholars -- A, B and C -- agreed" credits the phrase before the dashes."""
    text = "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed there is time."
    a = _one(text, "agreed")
    assert _t(text, a.source) == "The three scholars"


def test_participle_after_an_opening_circumstance():
    """ "In a speech on Tuesday, Mr. Trump struck a tone, saying" credits Mr. Trump."""
    text = "In a speech on Tuesday, Mr. Trump struck a measured tone, saying he understood the stakes."
    a = _one(text, "saying")
    assert _t(text, a.source) == "Mr. Trump" and a.named


def test_participle_right_after_its_noun():
    """ "with 50 percent saying she is ready" credits the counted group."""
    text = "Voters remain split, with 50 percent saying she is ready for the job."
    a = _one(text, "saying")
    assert _t(text, a.source) == "50 percent" and a.source_type == "unnamed_group"


def test_participle_after_a_preposition_is_a_verb():
    """ "by saying" is a participle cue, not a noun after a preposition."""
    text = "Senator Maria Ruiz ended the debate by saying the vote would wait."
    a = _one(text, "saying")
    assert _t(text, a.source) == "Senator Maria Ruiz"


def test_capitalised_auxiliary_inside_a_name():
    """ "Janelle Will of Akron said" keeps "Will" as part of the name."""
    text = "Janelle Will of Akron said the library is busy."
    a = _one(text, "said")
    assert _t(text, a.source).startswith("Janelle Will") and a.named


def test_ly_noun_is_not_skipped_as_an_adverb():
    """ "His family said" credits the family: "family" is a noun, not an adverb in -ly."""
    text = "His family said that he had not come home."
    a = _one(text, "said")
    assert _t(text, a.source) == "His family"


def test_quoted_as_saying_credits_the_channel_and_the_one_quoted():
    """ "State TV quoted Minister Ali Reza as saying" credits the channel the article cites (as
    PolNeAR marks it) and the minister, under "as saying"."""
    text = "State TV quoted Foreign Minister Ali Reza as saying talks would resume."
    a = _one(text, "quoted")
    assert _t(text, a.source) == "State TV" and a.named
    assert _t(text, a.content) == "talks would resume"
    b = _one(text, "as saying")
    assert _t(text, b.source) == "Foreign Minister Ali Reza" and b.source_type == "named_person"


def test_question_after_a_circumstance_is_agentless():
    """ "Asked on Fox News who leads the party" is an agentless question."""
    text = "Asked on Fox News who leads the party, Smith declined to answer."
    a = _one(text, "Asked")
    assert a.source is None and a.source_type == "agentless"


def test_call_with_a_bare_complement():
    """ "Most voters call him competent" is a speech attribution; "called him back" is not."""
    assert _cues("Most voters call him competent.") == ["call"]
    assert _cues("The clerk called him back later.") == []


# --- what is not an attribution --------------------------------------------------------------


def test_statement_verbs_used_as_acts():
    """ "added 200 jobs", "maintained his lead", "responded by" are acts; "added that" is speech."""
    assert _cues("The company added 200 jobs in May.") == []
    assert _cues("Ms. Diaz maintained her lead in the polls.") == []
    assert _cues("The agency responded by closing the office.") == []
    assert _cues("Mr. Cole added that the plan works.") == ["added"]


def test_belief_inside_reported_content_is_not_counted():
    """ "told reporters ... that the senator believes" is one attribution, not two."""
    text = "Ann Lee told reporters on Monday in the capital that the senator believes taxes will rise."
    assert _cues(text) == ["told"]


def test_noun_after_a_determiner_or_preposition_is_not_a_cue():
    """ "the state", "of support", "Trump's remarks" are nouns."""
    assert _cues("The state of support for the remarks is low. Trump's remarks were short.") == []


# --- evidence verbs --------------------------------------------------------------------------


def test_record_shows_without_that():
    """ "The poll shows Clinton ahead" credits the poll; "Police found the body" does not attribute."""
    text = "The latest poll shows Clinton ahead in Ohio."
    a = _one(text, "shows")
    assert _t(text, a.source) == "The latest poll" and a.source_type == "document"
    assert _cues("Police found the body near the river.") == []


def test_trailing_finding():
    """ "..., the study found." and "..., ProPublica found." credit the study and ProPublica."""
    text = "Harsh parenting was linked to lower grades, the study found. Funds were lost, ProPublica found."
    assert [_t(text, a.source) for a in _atts(text)] == ["the study", "ProPublica"]


def test_quotation_then_continued():
    """ '“...,” the lawsuit continued.' credits the lawsuit."""
    text = "“Shots were fired into the home,” the lawsuit continued."
    a = _one(text, "continued")
    assert _t(text, a.source) == "the lawsuit" and a.direct


# --- named or not ----------------------------------------------------------------------------


def test_institution_named_by_its_place():
    """ "The Australian government" is a named organisation; "Pakistani officials" stay unnamed."""
    a = _one("The Australian government said the border would reopen.", "said")
    assert a.source_type == "named_organization" and a.named
    b = _one("Pakistani officials said the border would reopen.", "said")
    assert b.source_type == "unnamed_group" and not b.named


def test_document_named_by_its_author():
    """ "Data compiled by the Energy Information Administration show" is a named document."""
    text = "Data compiled by the Energy Information Administration show that prices fell."
    a = _one(text, "show")
    assert a.source_type == "document" and a.named


def test_inner_capital_brand_is_a_name():
    """ "eMarketer estimates" is a named source although it starts with a lower-case letter."""
    text = "Sales will grow by 5 percent this year, eMarketer estimates."
    a = _one(text, "estimates")
    assert _t(text, a.source) == "eMarketer" and a.named


def test_people_noun_at_sentence_start_is_not_a_name():
    """ "Engineers said" at the start of a sentence is an unnamed group, not a person's name."""
    a = _one("Engineers said the bridge was safe.", "said")
    assert a.source_type == "unnamed_group" and not a.named


# --- invariants ------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "said says told who which according to he the report officials Khalid Ann , . '' ' \" — -- ( ) "
    "shows found added percent 50 Several both saying asked called him a liar Will of\n".split(" ")
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=60).map(" ".join))
def test_spans_stay_in_text_with_relatives_and_apostrophes(text):
    """Whatever the rule that found it, every span lies in the text and evidence matches it."""
    for a in _atts(text):
        for span in (a.cue, a.source, a.content, a.resolved_from):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
    for e in sourcing(AnalyzedText(text)).evidence["attributions"]:
        assert text[e.start : e.end] == e.text
