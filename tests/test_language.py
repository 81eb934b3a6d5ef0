"""Tests for the ``language`` signal family: loaded language, voice and hedging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from credscore import lexicons, registry
from credscore.analysis import AnalyzedText
from credscore.signals import language as lang
from credscore.signals._lexicon_matcher import default_matcher, lexicon_entries, word_forms

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def run(text: str, **kwargs):
    return lang.language(AnalyzedText(text, **kwargs))


def loaded(text: str, **kwargs):
    return run(text, **kwargs).evidence["loaded_language"]


def texts_by_voice(result, voice: str) -> list[str]:
    return [e.text for e in result.evidence["loaded_language"] if e.details["voice"] == voice]


@pytest.fixture(params=["sourcing", "quotations_only"])
def attribution_mode(request, monkeypatch):
    """Run a test with the sourcing family's attributions and with quotations alone."""
    if request.param == "quotations_only":
        # the provider is cached in a module list (compiled modules call functions directly, so
        # replacing the function would not reach the family)
        monkeypatch.setattr(lang, "_PROVIDER", [None])
        assert lang._attributions_provider() is None
    return request.param


# --- registration --------------------------------------------------------------------------------


def test_family_is_registered_with_its_values_and_evidence():
    """The registry knows language.v1 with exactly the five values and two evidence lists."""
    spec = registry.get("language")
    assert spec.qualified_name == "language.v1"
    assert spec.provides == (
        "loaded_language_rate",
        "quoted_loaded_rate",
        "loaded_language_intensity",
        "certainty_without_attribution_rate",
        "hedging_rate",
    )
    assert spec.evidence == ("loaded_language", "hedging")


def test_result_values_match_provides():
    """The function returns exactly the registered value names."""
    result = run("The regime's thugs may strike again.")
    assert set(result.values) == set(registry.get("language").provides)


def test_empty_text_gives_none_everywhere():
    """With no article words every rate and the intensity are undefined (None)."""
    result = run("")
    assert all(v is None for v in result.values.values())
    assert result.evidence == {"loaded_language": (), "hedging": ()}


# --- golden expectations on the seeds -----------------------------------------------------------


def test_seed_003_has_the_highest_writer_voice_rate(attribution_mode):
    """The partisan blog (seed 003) has the highest writer's-voice loaded-language rate."""
    rates = {p.name[:3]: run(p.read_text(encoding="utf-8")).values["loaded_language_rate"]
             for p in SEEDS.glob("*.txt")}
    assert max(rates, key=rates.get) == "003"
    assert rates["003"] > 1.25 * max(v for k, v in rates.items() if k != "003")


def test_seed_003_phrases_are_in_the_writers_voice(attribution_mode):
    """Seed 003's charged phrases are found, expanded as a reader would underline them."""
    writer = texts_by_voice(run(_seed("003")), "writer")
    for phrase in (
        "most fanatic, lethal and ruthless group of terrorists",
        "notorious business",
        "rampage",
        "mercenaries",
        "leave no doubt",
    ):
        assert phrase in writer


def test_seed_003_leave_no_doubt_is_unsupported_certainty():
    """Seed 003's "leave no doubt" is certainty in the writer's voice."""
    result = run(_seed("003"))
    (ev,) = [e for e in result.evidence["loaded_language"] if e.text == "leave no doubt"]
    assert ev.details["category"] == "certainty"
    assert result.values["certainty_without_attribution_rate"] > 0


def test_seed_000_menace_of_terrorism_is_quoted(attribution_mode):
    """In seed 000, "menace of terrorism" lies inside Talat Masood's quote, not the writer's voice."""
    result = run(_seed("000"))
    assert "menace of terrorism" in texts_by_voice(result, "quoted")
    assert "menace of terrorism" not in texts_by_voice(result, "writer")
    assert result.values["loaded_language_rate"] == 0.0
    assert result.values["quoted_loaded_rate"] > 0


def test_seed_004_notorious_terrorist_entity_is_quoted(attribution_mode):
    """In seed 004, "notorious terrorist entity" is inside a quote."""
    result = run(_seed("004"))
    assert "notorious terrorist entity" in texts_by_voice(result, "quoted")
    assert "notorious terrorist entity" not in texts_by_voice(result, "writer")


def test_seed_000_descriptive_conflict_terms_are_not_loaded():
    """Seed 000's "proscribed terrorist organisation" and "suicide bombers" are not evidence."""
    texts = " | ".join(e.text for e in loaded(_seed("000")))
    assert "terrorist organisation" not in texts
    assert "suicide" not in texts


# --- descriptive is not loaded ------------------------------------------------------------------


def test_plain_conflict_reporting_has_no_loaded_language():
    """Violence named plainly (attack, killed, suicide bombers, a designated group) is not loaded."""
    text = (
        "Suicide bombers killed 12 people in an attack on a market on Monday. The terrorist "
        "organisation, designated by the State Department, claimed responsibility. Militants "
        "wounded 30 others, police said, and the army launched a military operation."
    )
    assert loaded(text) == ()


def test_descriptive_words_are_not_loaded_entries():
    """No descriptive term is also a loaded-language entry of the lexicon."""
    loaded_terms = {e.term.replace("*", "") for e in lexicon_entries() if e.kind == "loaded"}
    descriptive = {e.term.replace("*", "") for e in lexicon_entries() if e.kind == "descriptive"}
    assert not loaded_terms & descriptive
    for word in ("attack", "killed", "terrorist", "suicide bombers", "terrorist organisation"):
        assert word not in loaded_terms


def test_neutral_sense_wins_over_loaded_word():
    """A descriptive phrase ("tax regime", "slammed into") blocks the loaded sense of its word."""
    assert loaded("The new tax regime starts in April.") == ()
    assert loaded("A truck slammed into the barrier.") == ()
    assert [e.text for e in loaded("The regime jailed reporters.")] == ["regime"]


# --- inflection and matching --------------------------------------------------------------------


def test_inflected_forms_match():
    """Verb, noun and adverb forms generated from one lexicon row all match."""
    for text in ("She slams critics.", "She slammed critics.", "She is slamming critics.",
                 "Thugs arrived.", "Fighters went rampaging.", "They acted ruthlessly."):
        assert loaded(text), text


def test_word_forms_generation():
    """The generator spells regular inflections and -ly adverbs."""
    assert {"rampages", "rampaged", "rampaging"} <= set(word_forms("rampage", "nv"))
    assert word_forms("ruthless", "a")["ruthlessly"] == "r"
    assert "fanatically" in word_forms("fanatic", "an")
    assert "slammed" in word_forms("slam", "v")
    assert "bullies" in word_forms("bully", "nv")


def test_multiword_phrases_match_with_inflection():
    """A multi-word entry matches with its marked word inflected ("leaves no doubt")."""
    ev = loaded("The report leaves no doubt about it.")
    assert [e.text for e in ev] == ["leaves no doubt"]
    assert ev[0].details["term"] == "leave no doubt"


def test_capitalised_names_are_not_hits():
    """A capitalised word inside a name ("Michael Savage") is not the loaded word."""
    assert loaded("Michael Savage said the plan was fine.") == ()
    assert loaded("Savage attacks on the press continued.")  # sentence-initial: the word


def test_curly_possessive_matches():
    """A possessive with a curly apostrophe still matches its lexicon word."""
    assert [e.details["head"]["text"] for e in loaded("The regime’s grip tightened.")] == [
        "regime’s"
    ]


# --- span expansion -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Critics responded with a firestorm of outrage.", "firestorm of outrage"),
        ("It was a striking blow against freedom.", "a striking blow against freedom"),
        ("They are the most fanatic, lethal and ruthless group of terrorists.",
         "most fanatic, lethal and ruthless group of terrorists"),
        ("He called them a bunch of idiots.", "bunch of idiots"),
        ("The so-called experts disagreed.", "so-called experts"),
        ("A truly shameful episode ended.", "truly shameful episode"),
    ],
)
def test_hits_expand_to_the_phrase(text, phrase):
    """A hit grows over its intensifiers, the noun it qualifies, complements and coordination."""
    assert phrase in [e.text for e in loaded(text)]


def test_adjective_does_not_swallow_a_name():
    """An adjective stops before a multi-word name rather than running over it."""
    texts = [e.text for e in loaded("They opposed the autocratic Uzbek President Islam Karimov.")]
    assert texts == ["autocratic"]


def test_predicative_adjective_stays_short():
    """An adjective at the end of a clause is not stretched over the next one."""
    assert [e.text for e in loaded("The response was shameful, and the board resigned.")] == [
        "shameful"
    ]


def test_evidence_details_shape():
    """Each hit carries category, intensity, voice, term and a head span inside the phrase."""
    (ev,) = loaded("Critics slammed the plan.")
    assert ev.label == ev.details["category"] == "sensational"
    assert isinstance(ev.details["intensity"], float)
    assert ev.details["voice"] == "writer"
    assert ev.details["term"] == "slam"
    head = ev.details["head"]
    assert ev.start <= head["start"] < head["end"] <= ev.end
    json.dumps(ev.to_dict())


# --- voice and rates ----------------------------------------------------------------------------


def test_quoted_hit_is_not_the_writers_voice(attribution_mode):
    """Loaded words inside quotation marks count as quoted, not as the writer's voice."""
    result = run('"These thugs are a menace," the mayor said.')
    assert {e.details["voice"] for e in result.evidence["loaded_language"]} == {"quoted"}
    assert result.values["loaded_language_rate"] == 0.0
    assert result.values["loaded_language_intensity"] is None


def test_rates_are_per_thousand_article_words():
    """One writer-voice hit in a ten-word text is a rate of 100 per 1,000 words."""
    result = run("The ruthless plan was announced on a cold Monday morning.")
    assert len(result.evidence["loaded_language"]) == 1
    words = AnalyzedText("The ruthless plan was announced on a cold Monday morning.").article_word_count
    assert result.values["loaded_language_rate"] == pytest.approx(1000 / words)
    assert result.values["loaded_language_intensity"] == pytest.approx(0.7)


def test_boilerplate_lines_are_skipped():
    """Hits on lines the boilerplate classifier marks as furniture are not evidence."""
    text = "Shocking deals you will love!\nThe council met on Monday."
    result = run(text, line_classifier=lambda doc: ("navigation", None))
    assert result.evidence["loaded_language"] == ()


def test_certainty_in_quotes_is_not_unsupported():
    """Certainty inside a quotation is the speaker's, not the writer's unsupported certainty."""
    own = run("It is evident that the plan failed.")
    quoted = run('"It is evident that the plan failed," she said.')
    assert own.values["certainty_without_attribution_rate"] > 0
    assert quoted.values["certainty_without_attribution_rate"] == 0.0


# --- hedging ------------------------------------------------------------------------------------


def test_hedges_are_found_and_rated():
    """Hedges (reportedly, may, appears to, allegedly) are evidence with label "hedge"."""
    result = run("The minister reportedly resigned. It may rain. The plan appears to fail.")
    hedges = result.evidence["hedging"]
    assert [e.text for e in hedges] == ["reportedly", "may", "appears to"]
    assert all(e.label == "hedge" for e in hedges)
    assert result.values["hedging_rate"] > 0


def test_month_and_name_may_are_not_hedges():
    """"May" the month or the surname is not the modal verb."""
    assert run("Theresa May spoke in May 2019. They met on May 5.").evidence["hedging"] == ()


def test_might_as_a_noun_is_not_a_hedge():
    """"military might" is a noun, not a hedge."""
    assert run("The parade showed military might.").evidence["hedging"] == ()


def test_hedging_is_kept_apart_from_loaded_language():
    """A hedge is never loaded-language evidence and vice versa."""
    result = run("Officials allegedly took bribes.")
    assert [e.text for e in result.evidence["hedging"]] == ["allegedly"]
    assert result.evidence["loaded_language"] == ()


# --- lexicon files ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["loaded_language", "hedges", "descriptive_terms"])
def test_lexicons_carry_provenance_and_licence(name):
    """Each language lexicon has a header saying it was written for credscore under MIT."""
    header = [ln for ln in lexicons.read_text(name).splitlines() if ln.startswith("#")]
    joined = " ".join(header)
    assert "credscore" in joined and "MIT" in joined


def test_loaded_lexicon_rows_are_well_formed():
    """Every loaded row has a known category and an intensity between 0 and 1."""
    categories = {"name_calling", "exaggeration", "fear", "condemnation", "sensational",
                  "certainty", "glorifying", "framing"}
    rows = lexicons.rows("loaded_language")
    assert len(rows) >= 300
    for row in rows:
        assert len(row) == 4, row
        assert row[1] in categories, row
        assert 0.0 <= float(row[2]) <= 1.0, row
        assert set(row[3]) <= set("nvarx"), row
    assert {r[1] for r in rows} == categories


def test_matcher_is_built_once():
    """The process-wide matcher is cached."""
    assert default_matcher() is default_matcher()


# --- properties ---------------------------------------------------------------------------------

# no speech verbs ("slammed" is one: "council slammed a" is an attribution) and no source nouns:
# the plain sentence must stay in the writer's voice
LOADED_WORDS = ["ruthless", "thugs", "vile", "menace", "utterly", "shameful", "regime",
                "notorious", "catastrophic", "clearly", "fanatic", "mercenaries"]
PLAIN_WORDS = ["the", "park", "met", "on", "Monday", "and", "a", "plan", "budget", "city",
               "of", "roads", "green", "new"]

plain_word = st.sampled_from(PLAIN_WORDS)
loaded_word = st.sampled_from(LOADED_WORDS)


@st.composite
def loaded_sentences(draw):
    """A lower-case sentence of plain words with at least one loaded word among them."""
    words = draw(st.lists(st.one_of(plain_word, loaded_word), min_size=0, max_size=12))
    pos = draw(st.integers(0, len(words)))
    words.insert(pos, draw(loaded_word))
    return " ".join(w.lower() for w in words)


@settings(max_examples=200, deadline=None)
@given(loaded_sentences())
def test_quoting_a_loaded_sentence_moves_it_out_of_the_writers_voice(sentence):
    """Wrapping a loaded sentence in quotation marks leaves no hit in the writer's voice."""
    plain = run(f"The report opened. {sentence}.")
    assert texts_by_voice(plain, "writer")
    quoted = run(f'The report opened. "{sentence}," she said.')
    assert texts_by_voice(quoted, "writer") == []
    assert len(quoted.evidence["loaded_language"]) == len(plain.evidence["loaded_language"])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_evidence_offsets_point_into_the_text(text):
    """On any text, evidence spans lie inside it and their text is the slice they name."""
    result = run(text)
    for ev in result.evidence["loaded_language"] + result.evidence["hedging"]:
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
    for ev in result.evidence["loaded_language"]:
        head = ev.details["head"]
        assert text[head["start"] : head["end"]] == head["text"]


words_text = st.lists(st.one_of(plain_word, loaded_word, st.sampled_from([",", ".", '"', "\n"])),
                      max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(words_text)
def test_results_are_deterministic_and_bounded(text):
    """Two runs agree, rates are non-negative and intensity lies in [0, 1]."""
    a, b = run(text), run(text)
    assert a.values == b.values
    assert a.evidence == b.evidence
    for name, value in a.values.items():
        if value is not None:
            assert value >= 0, name
    if a.values["loaded_language_intensity"] is not None:
        assert 0 <= a.values["loaded_language_intensity"] <= 1
    json.dumps([e.to_dict() for e in a.evidence["loaded_language"]])


# --- the VADER-derived emotional lexicon and the span score --------------------------------------


def test_valence_lexicon_states_its_derivation_and_licence():
    """language_valence.tsv says it is generated from VADER, under VADER's MIT licence, for credscore."""
    header = " ".join(
        ln for ln in lexicons.read_text("language_valence").splitlines() if ln.startswith("#")
    )
    assert "VADER" in header and "MIT" in header and "credscore" in header
    assert "build_language_lexicon.py" in header


def test_valence_rows_are_low_intensity_emotional_words():
    """Every valence row is an 'emotional' word with intensity at most 0.6 (below hand-set labels)."""
    rows = lexicons.rows("language_valence")
    assert len(rows) >= 300
    for row in rows:
        assert len(row) == 4 and row[1] == "emotional", row
        assert 0.0 < float(row[2]) <= 0.6, row
        assert set(row[3]) <= set("ax"), row
        assert " " not in row[0] and row[0] == row[0].lower(), row


def test_valence_lexicon_leaves_out_descriptive_and_slang():
    """News vocabulary (killed, crisis, cancer, war), chat slang and emoticons are not valence rows."""
    terms = {row[0] for row in lexicons.rows("language_valence")}
    for word in ("killed", "crisis", "cancer", "war", "death", "attack", "lol", "wtf", "xoxo", ":)"):
        assert word not in terms, word


def test_news_vocabulary_is_not_loaded():
    """Events named plainly (crisis, cancer, killed, arrested, won) give no loaded evidence."""
    text = ("The crisis deepened as cancer rates rose; 40 people were killed, two were arrested "
            "and the incumbent won the election.")
    assert loaded(text) == ()


def test_emotional_word_counts_in_the_writers_voice():
    """A strongly valenced word from the VADER-derived list is evidence with category 'emotional'."""
    ev = loaded("The family was heartbroken.")
    assert [(e.text, e.label) for e in ev] == [("heartbroken", "emotional")]
    assert 0.3 <= ev[0].details["intensity"] <= 0.6


def test_weak_emotional_word_does_not_count_alone():
    """A mildly valenced word (intensity 0.2) alone is not evidence."""
    weak = {row[0] for row in lexicons.rows("language_valence") if float(row[2]) < lang.WEAK}
    assert "adversity" in weak
    assert loaded("They met adversity early.") == ()


def test_hand_written_row_wins_over_valence_row():
    """A word in both lists takes the hand-written category and intensity."""
    (ev,) = loaded("The plan was despicable.")
    assert ev.label == "condemnation"


@pytest.mark.parametrize(
    "text, term",
    [
        ("The hyperpartisan hit piece ran on Sunday.", "hit piece"),
        ("Spineless lawmakers went along.", "spineless"),
        ("The senator bloviated for an hour.", "bloviate"),
        ("It was an Orwellian proposal.", "orwellian"),
        ("There is no denying the result.", "there is no denying"),
    ],
)
def test_general_evaluative_entries_match(text, term):
    """Political epithets, verdict adjectives, mocking speech verbs and presupposed certainty match."""
    terms = {m["term"] for e in loaded(text) for m in e.details["matches"]}
    assert term in terms


def test_loaded_score_weighs_quoted_words_at_half():
    """The span score counts the writer's loaded words fully and quoted ones at QUOTED_WEIGHT."""
    own, own_hedges = lang.analyse(AnalyzedText("The thugs arrived."))
    quoted, quoted_hedges = lang.analyse(AnalyzedText('"The thugs arrived," he said.'))
    assert lang.loaded_score(own, own_hedges) == pytest.approx(0.8)
    assert lang.loaded_score(quoted, quoted_hedges) == pytest.approx(0.8 * lang.QUOTED_WEIGHT)
    assert lang.loaded_score((), ()) == 0.0


def test_loaded_score_adds_a_little_per_hedge():
    """A hedge outside quotes adds HEDGE_WEIGHT to the span score; a quoted hedge adds nothing."""
    ev, hedges = lang.analyse(AnalyzedText("The minister reportedly resigned."))
    assert lang.loaded_score(ev, hedges) == pytest.approx(lang.HEDGE_WEIGHT)
    ev, hedges = lang.analyse(AnalyzedText('"He reportedly resigned," she said.'))
    assert lang.loaded_score(ev, hedges) == 0.0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_loaded_score_is_non_negative_and_deterministic(text):
    """The span score of any text is finite, non-negative and the same on every run."""
    a = lang.loaded_score(*lang.analyse(AnalyzedText(text)))
    b = lang.loaded_score(*lang.analyse(AnalyzedText(text)))
    assert a == b and a >= 0.0
