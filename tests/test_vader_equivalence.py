"""credscore's VADER equals vaderSentiment's ``polarity_scores`` bit for bit, on any text."""

from __future__ import annotations

import math
import random
import string
import struct
import sys
from functools import lru_cache

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from credscore.analysis import AnalyzedText
from credscore.signals import _vader
from tests.conftest import SEEDS_DIR


@lru_cache(maxsize=1)
def library():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def ours(text: str) -> dict[str, float]:
    return _vader.polarity_scores(text)


def assert_identical(text: str) -> None:
    expected = library().polarity_scores(text)
    got = ours(text)
    assert list(got) == list(expected), text
    for key, value in expected.items():
        # Bit patterns, so that even 0.0 and -0.0 would differ.
        assert type(got[key]) is type(value), (text, key)
        assert struct.pack("<d", got[key]) == struct.pack("<d", value), (text, key, got, expected)
    alone = _vader.compound(text)  # the compound score without the proportions
    assert type(alone) is float
    assert struct.pack("<d", alone) == struct.pack("<d", expected["compound"]), (text, alone, expected)
    presplit = _vader.compound(text, text.split())  # as the family calls it
    assert struct.pack("<d", presplit) == struct.pack("<d", expected["compound"]), (text, presplit)


# --- the tokens VADER's rules look at ------------------------------------------------------------

from vaderSentiment import vaderSentiment as _vs  # noqa: E402  (tests import the library eagerly)

_LEXICON = library().lexicon
# One word per distinct valence, so that scaled scores can collide with other words' scores (the
# "but" rule looks scores up by value).
_BY_VALUE = sorted({v: w for w, v in sorted(_LEXICON.items(), reverse=True)}.values())
_LEXICON_WORDS = sorted(_LEXICON)
_PLAIN = [w for w in _LEXICON_WORDS if w.isalpha()]
_EMOJI = sorted(library().emojis)
_EMOJI_CHARS = [e for e in _EMOJI if len(e) == 1]  # VADER only ever looks up single characters
_PUNCT = ["!", "!!", "!!!!!", "?", "??", "???", "????", "?!", "...", "…", ",", ".", ":", ";", "-"]
_EMOTICONS = [":)", ":(", ":D", ":-)", ":-(", "<3", ":'(", ";)", ":P", "xD", "(:", "):", ":-|"]
# What VADER's rules look for before a scored word (negations, boosters, "least", "never so",
# "without doubt", "no ... or", idioms), as phrases so that their word order comes up often.
_BEFORE = (
    "at least|very least|least|without doubt|without a doubt|without|never so|never this|never|"
    "so|this|no|no|no good or|no bad nor|or|nor|kind of|sort of|just enough|kind|not|isn't|"
    "doesn't|n't|nothing|but|very|extremely|barely|kinda|the|to|yeah|kiss of|bus|beating|bad|a|"
    "doubt"
).split("|")
_AFTER = "ass|stop|right|of death|for|heart|shit|bomb|or|nor|but|of|no|good|!!!|?".split("|")
_RULE_WORDS = sorted(
    set(_vs.NEGATE)
    | set(_vs.BOOSTER_DICT)
    | {w for key in (*_vs.BOOSTER_DICT, *_vs.SPECIAL_CASES) for w in key.split(" ")}
)
_SCORED = sorted(
    set(_BY_VALUE)
    | set(
        "good bad great horrible killed love accept happy kind doubt no ok shit bomb ass stop "
        "yeah kiss death die heart beating".split()
    )
)


_FILLER = ["cat", "table", "Tuesday", "IMU", "U.S.", "Mr.", "9203360", "said", "the", "of"]
_SEPARATORS = [" "] * 17 + ["  ", "\n", "\t", "", "\u00a0"]
_GLUE = string.punctuation + "“”’…"


def _word(rnd: random.Random, word: str) -> str:
    """The word as written, in capitals or title case, sometimes with punctuation glued on."""
    r = rnd.random()
    if r < 0.15:
        word = word.upper()
    elif r < 0.25:
        word = word.title()
    if rnd.random() < 0.12:
        glue = "".join(rnd.choice(_GLUE) for _ in range(rnd.randint(1, 3)))
        word = glue + word if rnd.random() < 0.5 else word + glue
    return word


def _window(rnd: random.Random) -> list[str]:
    """A scored word with rule words before it (VADER reads three back) and maybe after it."""
    words: list[str] = []
    for _ in range(rnd.choice((1, 1, 2))):
        words += rnd.choice(_BEFORE).split() if rnd.random() < 0.7 else [rnd.choice(_RULE_WORDS)]
    words.append(rnd.choice(_SCORED) if rnd.random() < 0.6 else rnd.choice(_PLAIN))
    if rnd.random() < 0.4:
        words += rnd.choice(_AFTER).split()
    return [_word(rnd, w) for w in words]


def _filler(rnd: random.Random) -> list[str]:
    kind = rnd.random()
    if kind < 0.3:
        return [_word(rnd, rnd.choice(_FILLER))]
    if kind < 0.5:
        return [_word(rnd, rnd.choice(_LEXICON_WORDS))]  # emoticons and slang too
    if kind < 0.7:
        return [rnd.choice(_PUNCT)]
    if kind < 0.85:
        return [rnd.choice(_EMOTICONS)]
    return [rnd.choice(_EMOJI)]


def compose(rnd: random.Random) -> str:
    """Rule windows and fillers in some order; parts repeat ("but" looks scores up by value)."""
    parts = [_window(rnd) for _ in range(rnd.randint(1, 4))]
    parts += [_filler(rnd) for _ in range(rnd.randint(0, 3))]
    if rnd.random() < 0.3:
        parts += rnd.choices(parts, k=rnd.randint(1, 2))
    if rnd.random() < 0.2:
        parts.append([rnd.choice(["but", "BUT", "But"])])
    rnd.shuffle(parts)
    out = rnd.choice(_SEPARATORS)
    for part in parts:
        for w in part:
            out += w + rnd.choice(_SEPARATORS)
    if rnd.random() < 0.4:
        out += rnd.choice(_PUNCT)
    if rnd.random() < 0.1:
        out = out.upper()  # all in capitals: no word stands out
    return out


# --- the equality --------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    """Any Unicode text scores exactly as vaderSentiment scores it."""
    assert_identical(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(_EMOJI_CHARS + list(" !?'")))))
def test_text_with_emoji(text: str) -> None:
    """Text mixing emoji, spaces and punctuation scores exactly as vaderSentiment scores it."""
    assert_identical(text)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**63).map(lambda seed: compose(random.Random(seed))))
@example("I love it but we accept it")
@example("Not bad at all, but NEVER so GOOD!!! kind of a badass :) 😁")
@example("Without a doubt, an excellent idea. At least it isn't a horrible book.")
@example("no no no good or bad, the bomb to die for, kiss of death yeah right????")
@example("It was the kiss of death")  # an idiom ending the sentence
@example("good and abandon!")  # positive and negative sums of equal size: no emphasis added
@example("The very least good thing")
@example("VERY GOOD!")
def test_composed_sentences(text: str) -> None:
    """Sentences built from VADER's rule words score exactly as vaderSentiment scores them."""
    assert_identical(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 2**63).map(lambda seed: compose(random.Random(seed))), max_size=6))
def test_family_scores_each_article_sentence_as_the_library(sentences: list[str]) -> None:
    """The family, which hands VADER each sentence's fields split once for readability too,
    reports exactly the library's compound of each article sentence."""
    from credscore.pipeline import analyze
    from credscore.signals import sentiment

    doc = analyze("\n\n".join(sentences))
    spans = doc.article_sentences
    expected = [library().polarity_scores(doc.text[s.start : s.end])["compound"] for s in spans]
    result = sentiment.sentiment(doc)
    mean = result.values["sentiment_mean_compound"]
    assert mean == (sum(expected) / len(expected) if expected else None)
    strong = [c for c in expected if abs(c) >= sentiment.STRONG]
    assert [e.details["compound"] for e in result.evidence["sentiment"]] == strong


def seed_texts() -> list[str]:
    texts = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        doc = AnalyzedText(text)
        texts += [text[s.start : s.end] for s in doc.sentences]
        texts += text.splitlines()
        texts.append(text)
    return texts


def test_every_seed_sentence() -> None:
    """Every sentence, line and whole text of the five seeds scores exactly as in vaderSentiment."""
    texts = seed_texts()
    assert len(texts) > 150
    for text in texts:
        assert_identical(text)


# --- the quirks and assumptions the equality rests on --------------------------------------------


def test_but_rule_scales_the_first_equal_score() -> None:
    """As in VADER, a score after "but" equal to an already halved one halves that one again."""
    # love 3.2 is halved to 1.6 before "but"; accept (1.6) then finds love's 1.6 first.
    assert _LEXICON["love"] * 0.5 == _LEXICON["accept"]
    result = ours("I love it but we accept it")
    assert result == library().polarity_scores("I love it but we accept it")
    summed = 0.8 + 1.6
    assert result["compound"] == round(summed / math.sqrt(summed * summed + 15), 4)


@st.composite
def near_tie(draw: st.DrawFn) -> float:
    """A float a few steps from k.5 / 10**n, where rounding to n digits is closest to a tie."""
    ndigits = draw(st.sampled_from([3, 4]))
    x = (draw(st.integers(-20000, 20000)) + 0.5) / 10**ndigits
    for _ in range(draw(st.integers(0, 3))):
        x = math.nextafter(x, draw(st.sampled_from([-math.inf, math.inf])))
    return x


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(st.floats(-1, 1), st.floats(allow_nan=False), near_tie(), st.just(-0.0)),
    st.sampled_from([3, 4]),
)
def test_fast_round_is_round(x: float, ndigits: int) -> None:
    """The shortcut for round(x, 3) and round(x, 4) gives round's float, bit for bit."""
    got = _vader.fast_round(x, 10.0**ndigits, ndigits)
    assert struct.pack("<d", got) == struct.pack("<d", round(x, ndigits)), x


def test_tables_are_the_library_tables() -> None:
    """The lexicon and emoji descriptions are parsed from the package as VADER parses them."""
    engine = _vader._Vader()
    assert engine.lexicon == library().lexicon
    assert engine.emojis == {k: v for k, v in library().emojis.items() if len(k) == 1}
    assert engine.booster == _vs.BOOSTER_DICT and engine.special == _vs.SPECIAL_CASES


def test_lower_case_makes_no_white_space() -> None:
    """No character lower-cases to white space, so a token's lower-cased form is one word."""
    # The idiom shortcut compares words of VADER's space-joined idioms with single tokens.
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert ch.isspace() or not any(c.isspace() for c in ch.lower())


def test_other_library_versions_run_the_library() -> None:
    """With a vaderSentiment version we have not verified, the library itself scores."""
    # (the version is passed in: a compiled module's own calls cannot be monkeypatched)
    assert _vader.implementation_for("9.9.9") == "vaderSentiment"
    assert type(_vader.scorer_for("9.9.9").__self__) is type(library())
    assert _vader.implementation_for(_vader.VERIFIED_VERSION) == "credscore"
    assert _vader.implementation() == _vader.implementation_for(_vader.installed_version())
    for version in ("9.9.9", _vader.VERIFIED_VERSION):
        for text in ("a good day", "", "the cat", "BAD!!! but no good ??"):
            expected = library().polarity_scores(text)
            assert _vader.scorer_for(version)(text) == expected
            assert _vader.compound_scorer_for(version)(text, None) == expected["compound"]
            assert _vader.compound_scorer_for(version)(text, text.split()) == expected["compound"]
