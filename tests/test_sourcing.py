"""Tests for the sourcing signal family: golden expectations on the seeds and invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore.analysis import AnalyzedText
from credscore.registry import get
from credscore.signals.sourcing import PROVIDES, SOURCE_TYPES, Attribution, attributions_of, sourcing
from credscore.spans import span_dict

from ._sourcing_helpers import cues as _cues, one as _one, sources as _sources, span_text as _t

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> tuple[str, tuple[Attribution, ...]]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, attributions_of(AnalyzedText(text))


def _find(text, atts, cue: str, near: str) -> Attribution:
    """The attribution whose cue text is ``cue`` and whose extent lies next to ``near``."""
    at = text.index(near)
    cands = [a for a in atts if _t(text, a.cue) == cue and a.extent.start <= at + len(near) and a.extent.end >= at]
    assert cands, f"no {cue!r} attribution near {near!r}"
    return min(cands, key=lambda a: abs(a.cue.start - at))


# --- seed 000 ---------------------------------------------------------------------------------


def test_seed000_named_person_with_apposition():
    """ "Naveed Khalid, a senior intelligence official based in Islamabad, said" is a named person."""
    text, atts = _seed("000")
    a = _find(text, atts, "said", "Naveed Khalid, a senior intelligence official")
    assert _t(text, a.source) == "Naveed Khalid"
    assert a.source_type == "named_person" and a.named and a.direct


def test_seed000_he_said_resolves_to_khalid():
    """The "he said" after Khalid's quote resolves to Naveed Khalid."""
    text, atts = _seed("000")
    a = _find(text, atts, "said", "which disclosed that the IMU")
    assert _t(text, a.source) == "he"
    assert _t(text, a.resolved_from) == "Naveed Khalid"
    assert a.source_type == "named_person" and a.named


def test_seed000_outlet_is_recipient_not_source():
    """ "a top intelligence official exclusively told Central Asia Online" is an unnamed individual."""
    text, atts = _seed("000")
    a = _find(text, atts, "told", "a top intelligence official exclusively told")
    assert _t(text, a.source) == "a top intelligence official"
    assert a.source_type == "unnamed_individual" and not a.named
    assert "Central Asia Online" not in _t(text, a.source)


def test_seed000_is_said_to_is_agentless():
    """ "the IMU is said to be forging" is agentless."""
    text, atts = _seed("000")
    a = _find(text, atts, "said", "is said to be forging")
    assert a.source is None and a.source_type == "agentless" and not a.named


def test_seed000_officials_foresee_is_unnamed_group():
    """ "Officials foresee" is an unnamed group."""
    text, atts = _seed("000")
    a = _find(text, atts, "foresee", "Officials foresee")
    assert _t(text, a.source) == "Officials" and a.source_type == "unnamed_group"


def test_seed000_claimed_responsibility_is_not_an_attribution():
    """Claiming responsibility for an attack is an act, not a sourced statement."""
    text, atts = _seed("000")
    at = text.index("claimed responsibility")
    assert not any(a.cue.start == at for a in atts)


# --- seed 001 ---------------------------------------------------------------------------------


def test_seed001_experts_believe_is_unnamed_group():
    """ "Experts believe that" is an unnamed group."""
    text, atts = _seed("001")
    a = _find(text, atts, "believe", "Experts believe that")
    assert _t(text, a.source) == "Experts" and a.source_type == "unnamed_group" and not a.named


def test_seed001_daily_times_is_named():
    """ "Pakistan's "Daily Times" has described" is a named source."""
    text, atts = _seed("001")
    a = _find(text, atts, "described", "has described IMU leader")
    assert "Daily Times" in _t(text, a.source)
    assert a.named and a.source_type == "named_organization"


def test_seed001_reportedly_believes_is_agentless():
    """ "Yuldash reportedly believes" is agentless: nobody is cited for what he believes."""
    text, atts = _seed("001")
    a = _find(text, atts, "reportedly", "Yuldash reportedly believes")
    assert a.source_type == "agentless" and a.source is None
    at = text.index("believes that jihad")
    assert not any(x.cue.start == at for x in atts)


def test_seed001_in_some_reports_is_unowned_hearsay():
    """ "Uzbek militants have been blamed in some reports for violence": reports nobody owns."""
    text, atts = _seed("001")
    a = _find(text, atts, "in", "blamed in some reports")
    assert _t(text, a.source) == "some reports"
    assert a.source_type == "unnamed_group" and not a.named
    assert _t(text, a.content) == "Uzbek militants have been blamed"


def test_seed001_speaking_on_stated_that():
    """ "Speaking on June 28, Gilani stated that" credits Gilani with the direct quotation."""
    text, atts = _seed("001")
    a = _find(text, atts, "stated", "Gilani stated that")
    assert _t(text, a.source) == "Gilani" and a.direct and a.named


# --- seed 002 ---------------------------------------------------------------------------------


def test_seed002_says_tucker_mid_sentence():
    """ "the TTP, says Tucker, is bigger" is found with Tucker as a named person."""
    text, atts = _seed("002")
    a = _find(text, atts, "says", "says Tucker, is bigger")
    assert _t(text, a.source) == "Tucker" and a.source_type == "named_person"


def test_seed002_says_tucker_after_quote_is_direct():
    """A quotation followed by "says Tucker" is a direct attribution to Tucker."""
    text, atts = _seed("002")
    a = _find(text, atts, "says", "to potential recruits, says Tucker")
    assert _t(text, a.source) == "Tucker" and a.direct


def test_seed002_according_to():
    """ "According to Noah Tucker, ..." credits Noah Tucker."""
    text, atts = _seed("002")
    a = _find(text, atts, "According to", "According to Noah Tucker")
    assert _t(text, a.source) == "Noah Tucker" and a.named


# --- seed 003 ---------------------------------------------------------------------------------


def test_seed003_few_attributions_and_vague_reports():
    """Seed 003 has almost no attributions; "intelligence reports have proven" is an unnamed group."""
    text, atts = _seed("003")
    assert len(atts) <= 3
    a = _find(text, atts, "proven", "intelligence reports have proven")
    assert _t(text, a.source) == "intelligence reports" and a.source_type == "unnamed_group"


def test_seed003_we_have_reported_is_self():
    """ "We have already reported" is the outlet citing itself."""
    text, atts = _seed("003")
    a = _find(text, atts, "reported", "We have already reported")
    assert a.source_type == "self" and not a.named


# --- seed 004 ---------------------------------------------------------------------------------


def test_seed004_officials_say_is_unnamed_group():
    """ "..., officials say." is an unnamed group."""
    text, atts = _seed("004")
    a = _find(text, atts, "say", "officials say")
    assert _t(text, a.source) == "officials" and a.source_type == "unnamed_group"


def test_seed004_the_report_said_resolves_to_picss_report():
    """ "the report said" resolves to the report PICSS released, so it is named."""
    text, atts = _seed("004")
    a = _find(text, atts, "said", "well entrenched in society, the report said")
    assert _t(text, a.source) == "the report"
    assert a.resolved_from is not None and "report" in _t(text, a.resolved_from)
    assert a.resolved_from.start < text.index("Most concerning")
    assert a.source_type == "document" and a.named


def test_seed004_it_said_resolves_to_the_report():
    """ "it said" after "the report said" resolves to the same named report."""
    text, atts = _seed("004")
    a = _find(text, atts, "said", "Middle-Eastern group,\" it said")
    assert _t(text, a.source) == "it"
    assert a.source_type == "document" and a.named and "report" in _t(text, a.resolved_from)


def test_seed004_inverted_said_name():
    """ "...," said Anwarul Haq Kakar, spokesman ..." credits the inverted name."""
    text, atts = _seed("004")
    a = _find(text, atts, "said", "said Anwarul Haq Kakar")
    assert _t(text, a.source) == "Anwarul Haq Kakar" and a.direct and a.named


def test_seed004_title_and_name_is_a_person():
    """A title before a name ("Inspector General Sher Afgun") makes a named person."""
    text, atts = _seed("004")
    a = _find(text, atts, "asserted", "Sher Afgun asserted")
    assert a.source_type == "named_person" and a.named


# --- small written texts --------------------------------------------------------------------


def test_unresolved_pronoun():
    """A pronoun with no earlier source is unresolved and not named."""
    text = "The vote is on Tuesday, he said."
    (a,) = attributions_of(AnalyzedText(text))
    assert a.source_type == "unresolved" and not a.named and a.resolved_from is None


def test_colon_introduces_next_quotation():
    """A cue ending in a colon takes the quotation that follows as its content."""
    text = 'Senator Jane Roe continued:\n\n"We will not back down."'
    (a,) = attributions_of(AnalyzedText(text))
    assert _t(text, a.content) == "We will not back down." and a.direct


def test_cue_inside_quotation_is_skipped():
    """A cue inside someone's quotation is theirs, not the writer's attribution."""
    text = '"They said it would rain," Maria Lopez said.'
    atts = attributions_of(AnalyzedText(text))
    assert [_t(text, a.cue) for a in atts] == ["said"]
    assert atts[0].cue.start == text.rindex("said")


def test_no_attribution_in_plain_text():
    """A text without cues has no attributions and undefined shares."""
    doc = AnalyzedText("The bridge opened in 1932. It carries four lanes of traffic.")
    result = sourcing(doc)
    assert result.values["attribution_density"] == 0.0
    assert result.values["named_source_share"] is None
    assert result.evidence["attributions"] == ()


def test_values_on_seed_004():
    """Seed 004 is densely and mostly namedly sourced, with no unresolved pronoun."""
    text = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    values = sourcing(AnalyzedText(text)).values
    assert set(values) == set(PROVIDES)
    assert values["attribution_density"] > 20
    assert values["named_source_share"] > 0.7
    assert values["unresolved_source_share"] == 0.0
    assert values["distinct_named_sources"] >= 4
    assert 0.2 < values["quote_share"] < 0.6


def test_evidence_contract():
    """Each evidence item carries the public keys, with spans equal to the text they cover."""
    text = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    ev = sourcing(AnalyzedText(text)).evidence["attributions"]
    assert ev
    for e in ev:
        d = e.details
        assert set(d) == {"cue", "source", "content", "source_type", "named", "direct", "resolved_from", "continued"}
        assert d["source_type"] in SOURCE_TYPES
        for key in ("cue", "source", "content", "resolved_from"):
            if d[key] is not None:
                assert text[d[key]["start"] : d[key]["end"]] == d[key]["text"]
        for c in d["continued"]:
            assert text[c["start"] : c["end"]] == c["text"] and c["start"] > d["cue"]["end"]
        assert e.start <= d["cue"]["start"] and d["cue"]["end"] <= e.end
        assert text[e.start : e.end] == e.text


def test_registered():
    """The family is registered with exactly its documented values and evidence list."""
    spec = get("sourcing")
    assert spec.provides == PROVIDES and spec.evidence == ("attributions",)


def test_skips_boilerplate_lines():
    """Attributions on lines the classifier marks as boilerplate are left out."""
    text = "Officials said the road is closed.\nSubscribe, said the banner."
    doc = AnalyzedText(text, line_classifier=lambda d: [None, "navigation"])
    atts = attributions_of(doc)
    assert len(atts) == 1 and atts[0].cue.start < text.index("\n")


def test_memoised():
    """attributions_of computes once per document and returns the same tuple."""
    doc = AnalyzedText("Officials said the road is closed.")
    assert attributions_of(doc) is attributions_of(doc)


def test_intention_with_complement_is_cognition():
    """ "The senator wants to cut taxes" is a cognition attribution; a bare "wants." is not."""
    text = "The senator wants to cut taxes. Nobody knows."
    atts = attributions_of(AnalyzedText(text))
    assert [(_t(text, a.cue), a.kind) for a in atts] == [("wants", "cognition")]
    assert _t(text, atts[0].source) == "The senator"


def test_belief_inside_reported_speech_is_one_attribution():
    """In "Clinton says she wants ...", the wish is the content of the speech, not a second attribution."""
    text = "Clinton says she wants to expand the standards."
    atts = attributions_of(AnalyzedText(text))
    assert [_t(text, a.cue) for a in atts] == ["says"]


def test_question_put_to_a_source_is_agentless():
    """ "Asked whether ..." is an agentless attribution of the question."""
    text = "Asked whether he would run again, Smith declined to answer."
    atts = attributions_of(AnalyzedText(text))
    a = next(a for a in atts if _t(text, a.cue) == "Asked")
    assert a.source is None and a.source_type == "agentless"


def test_called_x_a_y_is_speech():
    """ "Jones called him a liar" is an attribution; "a group called X" is naming, not speech."""
    text = "Jones called him a liar. They joined a group called Unity."
    atts = attributions_of(AnalyzedText(text))
    assert [_t(text, a.source) for a in atts] == ["Jones"]


def test_trailing_source_after_comma():
    """ "..., the Rice Growers Association estimates." reads the -s form as the verb."""
    text = "Exports may rise by 42% this year, the Rice Growers Association estimates."
    (a,) = attributions_of(AnalyzedText(text))
    assert _t(text, a.source) == "the Rice Growers Association" and a.named


def test_leading_name_without_second_comma():
    """ "Dr Ann Jones, who works at the survey said ..." credits the name that opens the sentence."""
    text = "Dr Ann Jones, who works at the survey said there are three reasons."
    (a,) = attributions_of(AnalyzedText(text))
    assert _t(text, a.source) == "Dr Ann Jones" and a.source_type == "named_person"


def test_long_description_between_opening_name_and_cue():
    """A description longer than the apposition reach, with a relative clause and its own
    commas, still leaves the name that opens the sentence as the source."""
    text = (
        "Maria Ortega, a veteran county organiser who ran three campaigns in the valley since 2004 "
        "and is now leading the party's canvassing drive across the northern districts, said the "
        "turnout would be high."
    )
    a = _one(text, "said")
    assert _t(text, a.source) == "Maria Ortega" and a.source_type == "named_person"
    text = 'Tom Reyes, a judge on the cooking show "Kitchen Wars," who later opened a diner, said he was surprised.'
    assert _t(text, _one(text, "said").source) == "Tom Reyes"


def test_party_label_before_a_stray_comma():
    """ "Sen. Ann Lee (D-Ore.), said": the bracketed label is not part of the name."""
    text = "Sen. Ann Lee (D-Ore.), said after the vote that she was pleased."
    a = _one(text, "said")
    assert _t(text, a.source) == "Sen. Ann Lee" and a.named


def test_long_description_needs_a_name_and_a_description():
    """A lone comma is no insertion, a circumstance no name, and a long quotation inside is
    speech: none of them is read as a described name."""
    assert _cues("Kerry, said the numbers were wrong.") == []
    text = "In Ohio, a state the candidate visited nine times during the spring, said the paper."
    assert _sources(text) == ["the paper"]
    text = 'Ann Lee, a teacher who told us "we are not going to stop marching until they hear us at last," said more.'
    assert "Ann Lee" not in [_t(text, a.source) for a in attributions_of(AnalyzedText(text)) if _t(text, a.cue) == "said"]


def test_trailing_belief_after_its_content():
    """ "..., officials believe." closes a sentence whose content came first: a belief needs no
    "that" there, and its subject may be a source noun, a pronoun or a quantified group."""
    text = "The fire was set on purpose, officials believe."
    a = _one(text, "believe")
    assert _t(text, a.source) == "officials" and a.kind == "cognition" and a.source_type == "unnamed_group"
    assert _t(text, a.content) == "The fire was set on purpose"
    text = "Rates will rise in May, many economists expect."
    assert _sources(text) == ["many economists"]
    text = "The vote was close, she wondered."
    assert _t(text, _one(text, "wondered").source) == "she"


def test_belief_with_a_circumstance_before_its_clause():
    """ "know from experience that": a short circumstance may sit between the verb and its clause."""
    text = "Police know from long experience that thieves return."
    a = _one(text, "know")
    assert _t(text, a.source) == "Police" and a.kind == "cognition"
    assert _cues("Police know from experience and from records.") == []


def test_belief_without_content_is_not_an_attribution():
    """Without a clause after it or content before a comma, a belief verb attributes nothing."""
    assert _cues("As you know, the fire was set.") == []
    assert _cues("I think.") == []
    assert _cues("The plan, as you know, will fail.") == []


def test_quoted_as_saying():
    """ "Rouhani was quoted as saying" credits the subject."""
    text = "Rouhani was quoted as saying the talks would go on."
    atts = attributions_of(AnalyzedText(text))
    assert [_t(text, a.source) for a in atts] == ["Rouhani"]
    assert _t(text, atts[0].cue) == "quoted as saying"


def test_headline_case_cue():
    """A capitalised cue in a title-case headline is still a cue."""
    text = "Former Leader Calderon Calls Border Wall Idea “Stupid”"
    atts = attributions_of(AnalyzedText(text))
    assert [_t(text, a.cue) for a in atts] == ["Calls"]


# --- properties -------------------------------------------------------------------------------

_WORDS = st.sampled_from(
    "said says told according to he she it they the report officials Khalid , . \" “ ” : "
    "reportedly believe is said that a spokesman for Ministry we I quote\n \n\n".split(" ")
)
_TEXTS = st.one_of(st.text(max_size=300), st.lists(_WORDS, max_size=80).map(" ".join))


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_offsets_inside_text(text):
    """Every span lies inside the text, and evidence text equals the text it points at."""
    result = sourcing(AnalyzedText(text))
    for e in result.evidence["attributions"]:
        assert 0 <= e.start <= e.end <= len(text)
        assert text[e.start : e.end] == e.text
    atts = attributions_of(AnalyzedText(text))
    assert len(atts) == len(result.evidence["attributions"])
    for a, e in zip(atts, result.evidence["attributions"]):
        for span in (a.cue, a.source, a.content, a.resolved_from):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
        assert a.source_type in SOURCE_TYPES
        # the evidence is the attribution's JSON form: its bounds and one span dict per part
        assert (e.start, e.end) == a.bounds
        for key, span in (("cue", a.cue), ("source", a.source), ("content", a.content),
                          ("resolved_from", a.resolved_from)):
            expected = None if span is None else span_dict(text, span.start, span.end)
            assert e.details[key] == expected
        # continuations follow the cue and the content, in order, without overlapping
        last = max(a.cue.end, a.content.end if a.content is not None else 0)
        for c in a.continued:
            assert last <= c.start < c.end <= len(text)
            last = c.end
        assert e.details["continued"] == [span_dict(text, c.start, c.end) for c in a.continued]


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_deterministic_and_bounded(text):
    """Two runs give the same values; shares lie in [0, 1]."""
    v1 = sourcing(AnalyzedText(text)).values
    v2 = sourcing(AnalyzedText(text)).values
    assert v1 == v2
    for key in ("attributed_sentence_share", "named_source_share", "anonymous_source_share",
                "unresolved_source_share", "quote_share"):
        if v1[key] is not None:
            assert 0.0 <= v1[key] <= 1.0


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_attributions_in_text_order(text):
    """Attributions come in text order of their cues."""
    atts = attributions_of(AnalyzedText(text))
    assert [a.cue.start for a in atts] == sorted(a.cue.start for a in atts)


def test_every_cue_word_may_end_the_text():
    """A text may stop on any cue form, with or without a subject or a capital: nothing reads
    past the last token ("Want" alone once raised IndexError)."""
    from credscore.signals._attribution_lexicon import cue_forms

    for form in cue_forms():
        for text in (form, form.capitalize(), f"Officials {form}", f"as they {form}", f"“Yes,” {form}"):
            for a in attributions_of(AnalyzedText(text)):
                assert 0 <= a.cue.start < a.cue.end <= len(text)
