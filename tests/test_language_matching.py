"""Tests for the language family's matcher: inflection, hyphenated compounds, anchored phrases,
descriptive vocabulary and the lexicon classes added in the second pass (synthetic sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import lexicons
from credscore.analysis import AnalyzedText
from credscore.signals import language as lang
from credscore.signals._lexicon_matcher import (
    Entry,
    Matcher,
    affixes,
    default_matcher,
    surface_forms,
    token_keys,
    tokens_with,
    word_forms,
)


def loaded(text: str):
    return lang.analyse(AnalyzedText(text))[0]


def texts(text: str) -> list[str]:
    return [e.text for e in loaded(text)]


def terms(text: str) -> set[str]:
    return {m["term"] for e in loaded(text) for m in e.details["matches"]}


# --- inflection ---------------------------------------------------------------------------------


def test_noun_phrase_rows_inflect_their_head():
    """A multi-word noun row without a star inflects its last word ("illegal aliens")."""
    assert ("illegal", "aliens") in surface_forms("illegal alien", "n")
    assert texts("Agents detained three illegal aliens.") == ["illegal aliens"]


def test_verb_phrase_rows_inflect_their_verb():
    """A multi-word verb row without a star inflects its first word."""
    forms = surface_forms("lash out", "v")
    assert {("lashed", "out"), ("lashing", "out"), ("lashes", "out")} <= set(forms)
    assert ("lash", "outs") not in forms


def test_adjectives_get_graded_and_quality_noun_forms():
    """Adjective rows match their comparative, superlative and "-ness" noun."""
    forms = word_forms("vile", "a")
    assert {"viler", "vilest", "vileness", "vilely"} <= set(forms)
    assert word_forms("crazy", "a")["craziest"] == "a"
    assert word_forms("ruthless", "a")["ruthlessness"] == "n"
    assert texts("It was the vilest attack yet.") == ["vilest attack"]
    assert "ruthless" in terms("The ruthlessness of the plan surprised nobody.")


def test_a_spelled_row_wins_over_a_generated_form():
    """"aggressively" (its own row) counts although "aggressive" alone is too weak to count."""
    (ev,) = loaded("Police moved aggressively against the crowd.")
    assert ev.details["term"] == "aggressively"
    assert ev.details["intensity"] > lang.WEAK
    assert loaded("The aggressive tumour spread.") == ()


def test_possessives_are_dropped_with_either_apostrophe():
    """"regime's" and "regime’s" match "regime"; "it's clear" keeps its "'s"."""
    assert texts("The regime's grip tightened.") == ["regime's"]
    assert texts("The regime’s grip tightened.") == ["regime’s"]
    assert texts("It's clear that they lost.") == ["It's clear"]


def test_token_keys_strip_only_possessives():
    """Keys are lower-cased, curly apostrophes straightened and possessives dropped."""
    doc = AnalyzedText("The Regime’s men and the leaders' plans, it's said.")
    keys = token_keys(doc.text, doc.tokens)
    assert keys[:3] == ["the", "regime", "men"]
    assert "it's" in keys and "leaders" in keys


def test_tokens_with_finds_the_tokens_holding_a_character():
    """tokens_with lists each token containing the character once, in order."""
    text = "A so-called well-known man-of-the-people, not - this."
    doc = AnalyzedText(text)
    found = [
        text[doc.tokens[i].start : doc.tokens[i].end] for i in tokens_with(text, "-", doc.tokens)
    ]
    assert found == ["so-called", "well-known", "man-of-the-people", "-"]


# --- hyphenated compounds -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, term",
    [
        ("A gun-toting crowd gathered.", "-toting"),
        ("The ultra-progressive mayor spoke.", "ultra-"),
        ("The golfer-in-chief left early.", "-in-chief"),
        ("Fear-mongering ads ran all week.", "-mongering"),
        ("The often-incompetent agency stalled.", "incompetent"),
        ("A rage-filled crowd gathered.", "rage"),
    ],
)
def test_hyphenated_compounds_count_by_affix_or_head(text, term):
    """A coined compound counts through its affix, its loaded head or a carrier suffix."""
    assert term in terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fool-proof plan worked.",  # a loaded first part alone is not the head
        "The gas-filled balloon rose.",  # a carrier suffix after a plain word
        "Anti-fascist groups marched.",  # a blocking prefix
        "The commander-in-chief spoke.",  # an exception word
        "He has obsessive-compulsive disorder.",  # an exception word
        "The ultra-orthodox neighbourhood voted.",  # an exception word
    ],
)
def test_plain_hyphenated_words_are_not_loaded(text):
    """Compounds whose loaded part is not the head, or that an exception names, stay plain."""
    assert loaded(text) == ()


def test_affix_lexicon_is_well_formed():
    """Every affix row is a prefix or suffix with a known role, or a whole exception word."""
    roles = {"name_calling", "exaggeration", "fear", "condemnation", "sensational", "certainty",
             "glorifying", "framing", "carrier", "blocking", "exception"}
    for row in lexicons.rows("language_affixes"):
        assert row[1] in roles, row
        if row[1] == "exception":
            assert "-" in row[0].strip("-"), row
        else:
            assert row[0].startswith("-") or row[0].endswith("-"), row
        if row[1] not in ("carrier", "blocking", "exception"):
            assert 0.0 < float(row[2]) <= 1.0, row
    built = affixes()
    assert "anti" in built.blocking and "filled" in built.carriers
    assert "commander-in-chief" in built.exceptions


def test_affix_lexicon_states_provenance_and_licence():
    """language_affixes.tsv says it was written for credscore under MIT."""
    lines = lexicons.read_text("language_affixes").splitlines()
    header = " ".join(ln for ln in lines if ln.startswith("#"))
    assert "credscore" in header and "MIT" in header


# --- phrases anchored on their first uncommon word ----------------------------------------------


def test_phrases_that_open_with_common_words_match():
    """Certainty phrases that open with "it", "there" or "the" are found, longest first."""
    assert texts("There is no doubt the plan failed.") == ["There is no doubt"]
    assert texts("No doubt the plan failed.") == ["No doubt"]
    assert texts("It is evident that it failed.") == ["It is evident"]
    assert texts("Under the guise of reform, they cut taxes.") == ["Under the guise of"]


def _reference_match(entries: list[Entry], keys: list[str]) -> list[tuple[int, int, str]]:
    """Leftmost-longest matching the slow, obvious way, for comparison."""
    forms: dict[tuple[str, ...], Entry] = {}
    for e in sorted(entries, key=lambda e: e.kind != "descriptive"):
        for seq in surface_forms(e.term, e.pos):
            forms.setdefault(seq, e)
    longest = max(len(s) for s in forms)
    out, i = [], 0
    while i < len(keys):
        for length in range(min(longest, len(keys) - i), 0, -1):
            entry = forms.get(tuple(keys[i : i + length]))
            if entry is not None and not (length == 1 and entry.kind == "descriptive"):
                out.append((i, i + length, entry.term))
                i += length
                break
        else:
            i += 1
    return out


_ENTRIES = [
    Entry("no doubt", "loaded", "certainty", 0.5, "x"),
    Entry("there is no doubt", "loaded", "certainty", 0.6, "x"),
    Entry("it is evident", "loaded", "certainty", 0.6, "x"),
    Entry("the elites", "loaded", "name_calling", 0.4, "x"),
    Entry("elites", "loaded", "name_calling", 0.4, "x"),
    Entry("out of control", "loaded", "exaggeration", 0.4, "x"),
    Entry("is said to", "hedge", "phrase", 0.6, "x"),
    Entry("menace", "loaded", "fear", 0.7, "n"),
    Entry("tax regime", "descriptive", "sense", 0.0, "n"),
    Entry("regime", "loaded", "name_calling", 0.4, "n"),
]
_VOCAB = ["the", "it", "is", "there", "no", "doubt", "evident", "elites", "out", "of", "control",
          "said", "to", "menace", "tax", "regime", "a", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_VOCAB), max_size=30))
def test_anchored_matching_equals_plain_leftmost_longest(keys):
    """Looking phrases up from their first uncommon word finds what a plain scan finds."""
    matcher = Matcher(_ENTRIES)
    got = [(m.first, m.end, m.entry.term) for m in matcher.match(keys)
           if not (m.end - m.first == 1 and m.entry.kind == "descriptive")]
    assert got == _reference_match(_ENTRIES, keys)


# --- descriptive is not loaded ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The best team won a great victory.",
        "Riots broke out after the failure of the talks.",
        "The group claimed responsibility for the blast.",
        "Jobless claims rose last week.",
        "She filed an insurance claim after the storm.",
        "The hotel boasts a rooftop pool.",
        "The pension scheme pays out in May.",
        "He was admitted to the bar in 1998.",
        "Grief and anger filled the hall.",
        "The court awarded punitive damages.",
    ],
)
def test_plain_news_wording_is_not_loaded(text):
    """Plain evaluation, reported feelings, events and neutral senses give no evidence."""
    assert loaded(text) == ()


def test_descriptive_single_words_still_block_the_loaded_spelling():
    """A descriptive word's spelling never matches a loaded row, though it is not looked up."""
    matcher = default_matcher()
    assert "injustice" not in matcher._lookup
    descriptive = {e.name for e in matcher_entries() if e.kind == "descriptive"}
    assert "injustice" in descriptive


def matcher_entries():
    from credscore.signals._lexicon_matcher import lexicon_entries

    return lexicon_entries()


# --- classes of the second pass -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, term, category",
    [
        ("He claims the vote was stolen.", "claim", "framing"),
        ("She downplayed the risk.", "downplay", "framing"),
        ("Costs rose dramatically.", "dramatically", "exaggeration"),
        ("The scheme was a cynical ploy.", "ploy", "condemnation"),
        ("A self-serving memo leaked.", "self-serving", "condemnation"),
        ("The senator lashed out at reporters.", "lash out", "sensational"),
        ("Officials blamed the Wuhan virus.", "wuhan virus", "name_calling"),
        ("They pushed anti-science policies.", "anti-science", "name_calling"),
        ("The plan is pure hogwash.", "hogwash", "condemnation"),
        ("Rest assured, the plan will work.", "rest assured", "certainty"),
    ],
)
def test_second_pass_classes_match(text, term, category):
    """Verbs of saying, intensifying adverbs, dysphemisms, labels and certainty are found."""
    found = {(m["term"], m["category"]) for e in loaded(text) for m in e.details["matches"]}
    assert (term, category) in found


def test_claim_in_a_quote_is_quoted_not_writer():
    """A framing verb inside a quotation is the speaker's, not the writer's."""
    (ev,) = loaded('"He claims it was rigged," she said.')[:1]
    assert ev.details["voice"] == "quoted"


# --- phrase expansion ---------------------------------------------------------------------------


def test_complement_stops_before_the_verb():
    """A noun's "of" complement stops before the verb that follows it."""
    assert texts("The ruthlessness of the plan surprised nobody.") == ["ruthlessness of the plan"]


def test_a_verb_hit_after_a_noun_phrase_is_a_phrase_of_its_own():
    """A charged noun phrase and the charged verb after it are two phrases, not one."""
    assert texts("The ruthlessness of the plan shocked nobody.") == [
        "ruthlessness of the plan",
        "shocked",
    ]


def test_adjective_stops_before_an_irregular_past_tense():
    """An adjective reaches its noun but not the irregular verb after it."""
    assert texts("The ultra-progressive mayor spoke first.") == ["ultra-progressive mayor"]
