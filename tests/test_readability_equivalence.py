"""The fast readability counts equal textstat's straightforward computation, float for float."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from credscore.signals import readability
from credscore.signals._readability_counts import CHUNK, TokenCounter
from credscore.signals._readability_hyphen import point_counter

# White space that str.split() and the regex \s both honour, beyond the space and newline.
_SPACES = list(" \n\t\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2028\u2029\u202f\u3000")
# Characters on which textstat's punctuation and contraction rules, Python's case mapping or
# Pyphen's patterns turn: apostrophes before the contraction endings, word characters that are
# not letters (digits, "_", "²", "½"), combining marks, a final sigma, a dotted capital I that
# lower-cases to two characters, ligatures that Pyphen's English patterns contain.
_TRICKY = (
    list("abcdeilnorstuvy'’-.,;:!?\"()_/&#“”‘„«»‹›—–…[]") + list("TSDVELR") + list("0129²½") + _SPACES
    + list("ΣσςİıßﬁﬀﬂéÉ\u0301\u200d") + ["'s", "'t", "'d", "'ve", "'ll", "'re", "n't"]
)
_WORDS = (
    "the a officials said reportedly according Gen. U.S. don't they've we'll you're she'd it's "
    "'tis rock'n'roll ol' '90s O'Brien isn't CAN'T Jones' students' well-known e-mail 20th _id "
    "naïve café ΟΔΥΣΣΕΥΣ Σοφία İstanbul Straße ﬁnance internationalization "
    "counterrevolutionaries uncharacteristically hyphenation antidisestablishmentarianism "
    "IMU TTP #hashtag @user http://example.org/a-b 3.5% $40 — – … “quoted” ‘single’"
).split()

tricky_text = st.lists(st.sampled_from(_TRICKY), max_size=160).map("".join)
composed_text = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_WORDS).map(str.upper),
        st.sampled_from(_WORDS).map(str.title),
        # fragments that put an apostrophe and a contraction ending in neighbouring tokens
        st.sampled_from(_SPACES + ["'", "' ", " '", "'v", "'l", "'r", "ve", "ll", "re", "t", "s", "d", ".", ", "]),
    ),
    max_size=60,
).map(" ".join)
any_text = st.one_of(st.text(max_size=300), tricky_text, composed_text)


@contextlib.contextmanager
def _textstat_without_cmudict() -> Iterator[None]:
    # textstat falls back to Pyphen when its CMU lookup fails, which is what a None dict does.
    from textstat.backend.counts import _count_syllables

    original = _count_syllables.get_cmudict
    _count_syllables.get_cmudict = lambda lang: None
    try:
        yield
    finally:
        _count_syllables.get_cmudict = original


def _uncached(func):
    return getattr(func, "__wrapped__", func)


def reference_counts(text: str) -> tuple[int, int, int, int, int]:
    """Words, syllables, polysyllables, letters and ARI characters, by textstat's own functions."""
    from textstat.backend.counts._count_letters import count_letters
    from textstat.backend.counts._count_polysyllable_words import count_polysyllable_words
    from textstat.backend.counts._count_syllables import count_syllables
    from textstat.backend.counts._count_words import count_words
    from textstat.backend.transformations._remove_punctuation import remove_punctuation

    with _textstat_without_cmudict():
        return (
            _uncached(count_words)(text),
            _uncached(count_syllables)(text, "en"),
            _uncached(count_polysyllable_words)(text, "en"),
            _uncached(count_letters)(text),
            len(_uncached(remove_punctuation)("".join(text.split()), rm_apostrophe=False)),
        )


def reference_values(text: str, n_sentences: int) -> dict[str, float | None]:
    """The family's values computed the plain way: textstat counts, textstat's constants."""
    import math

    from textstat.backend.utils._get_lang_cfg import get_lang_cfg

    n_words, n_syll, n_poly, n_letters, n_chars = reference_counts(text)
    if n_words == 0 or n_sentences == 0:
        return dict.fromkeys(readability.PROVIDES)
    wps = n_words / n_sentences
    spw = n_syll / n_words
    return {
        "flesch_reading_ease": get_lang_cfg("en", "fre_base")
        - get_lang_cfg("en", "fre_sentence_length") * wps
        - get_lang_cfg("en", "fre_syll_per_word") * spw,
        "flesch_kincaid_grade": 0.39 * wps + 11.8 * spw - 15.59,
        "smog_index": 1.043 * math.sqrt(30 * n_poly / n_sentences) + 3.1291,
        "coleman_liau_index": 0.058 * (100 * n_letters / n_words)
        - 0.296 * (100 * n_sentences / n_words)
        - 15.8,
        "automated_readability_index": 4.71 * (n_chars / n_words) + 0.5 * wps - 21.43,
        "words_per_sentence": wps,
        "syllables_per_word": spw,
    }


@settings(max_examples=400, deadline=None)
@given(text=any_text, n_sentences=st.integers(min_value=0, max_value=40))
@example(text="he said 'test' sometimes and 'tis rock 'n' roll 've", n_sentences=2)
@example(text="ΟΔΥΣΣΕΥΣ ΣΟΦΊΑΣ İİ ﬁnance x\x1cy", n_sentences=1)
def test_every_value_equals_textstat_reference(text: str, n_sentences: int) -> None:
    """Each readability value is exactly (==, not approx) the textstat-based computation's."""
    assert readability.readability_values(text, n_sentences) == reference_values(text, n_sentences)


@settings(max_examples=150, deadline=None)
@given(any_text)
def test_family_reports_the_reference_values_over_its_article_sentences(text: str) -> None:
    """What the registered family returns for a document is the reference over its article sentences."""
    from credscore.pipeline import analyze

    doc = analyze(text)
    sentences = doc.article_sentences
    joined = "\n".join(doc.text[s.start : s.end] for s in sentences)
    assert readability.readability(doc).values == reference_values(joined, len(sentences))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_counts_equal_textstat_counts(text: str) -> None:
    """Words, syllables, polysyllables, letters and characters match textstat's counters."""
    counts = readability._token_counter().counts(text)
    got = (counts.words, counts.syllables, counts.polysyllables, counts.letters, counts.chars)
    assert got == reference_counts(text)


def _pyphen():
    from textstat.backend.utils._get_pyphen import get_pyphen

    return get_pyphen("en")


def _pattern_fragments() -> list[str]:
    return sorted({key.strip(".") for key in _pyphen().hd.patterns} - {""})


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(max_size=40),
        st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzAEIOUY'’-.ﬁﬀﬂﬃﬄİ")), max_size=40),
        st.lists(st.sampled_from(_pattern_fragments()), max_size=8).map("".join),
    )
)
@example("İİİİİİİİİİİİhyphenation")  # lower-casing lengthens it: Pyphen's margin uses the input
def test_syllable_points_equal_pyphen(word: str) -> None:
    """The automaton finds exactly Pyphen's hyphenation points, so syllables are textstat's."""
    hyphenator = _pyphen()
    assert readability._textstat_parts()["points"](word) == len(hyphenator.positions(word))


# A small pattern set in Pyphen's file format where, unlike the shipped (pre-merged) English
# dictionary, shorter patterns inside longer ones carry their own values, overlapping matches
# disagree, and patterns touch the word boundaries: the automaton's merging must do real work.
_SYNTHETIC_PATTERNS = "a1b 1ba ab2c 2b1c b3c .a4 c5. 1c a2a 4aba b1b1b .b3 ac1a c2ab 3abc2 bca1"


def _synthetic_pyphen(directory, dot_pattern: bool = False, left: int = 1, right: int = 1):
    import pyphen

    path = directory / f"hyph_synthetic_{int(dot_pattern)}.dic"
    if not path.exists():
        patterns = _SYNTHETIC_PATTERNS.split() + (["1."] if dot_pattern else [])
        path.write_text("UTF-8\n" + "\n".join(patterns) + "\n", encoding="utf-8")
    return pyphen.Pyphen(filename=str(path), left=left, right=right)


@pytest.fixture(scope="module")
def synthetic_dir(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("hyph")


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(alphabet=st.sampled_from(list("abcAB.")), max_size=14),
    margins=st.sampled_from([(1, 1), (0, 0), (2, 3)]),
)
def test_syllable_points_equal_pyphen_on_overlapping_patterns(
    synthetic_dir, word: str, margins: tuple[int, int]
) -> None:
    """On patterns whose values must be max-merged across overlaps, the count is still Pyphen's."""
    hyphenator = _synthetic_pyphen(synthetic_dir, left=margins[0], right=margins[1])
    assert point_counter(hyphenator)(word) == len(hyphenator.positions(word))


def test_point_counter_defers_to_pyphen_for_a_bare_dot_pattern(synthetic_dir) -> None:
    """A dictionary with a "." pattern (Pyphen never matches it on the closing dot) falls back."""
    hyphenator = _synthetic_pyphen(synthetic_dir, dot_pattern=True)
    assert "." in hyphenator.hd.patterns
    for word in ["abcab", "cab", "bbbbb", ""]:
        assert point_counter(hyphenator)(word) == len(hyphenator.positions(word))


def test_word_cache_is_capped_and_clearing_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The syllable memory never grows past its cap, and a cleared memory recounts the same."""
    monkeypatch.setattr(readability, "WORD_CACHE_SIZE", 3)
    monkeypatch.setattr(readability, "_word_syllables", {})
    words = ["internationalization", "the", "hyphenation", "officials", "reportedly", "the"]
    first = [readability.word_syllables(w) for w in words]
    assert len(readability._word_syllables) <= 3
    assert [readability.word_syllables(w) for w in words] == first
    assert first == [len(_pyphen().positions(w)) + 1 for w in words]


def test_token_cache_is_capped_and_clearing_changes_nothing() -> None:
    """A full token memory is emptied, never exceeded by more than one document, and counts hold."""
    from textstat.backend.utils.constants import RE_CONTRACTION_APOSTROPHE

    parts = readability._textstat_parts()
    counter = TokenCounter(
        list_words=parts["list_words"],
        letters=lambda t: len(parts["remove_punctuation"](t, rm_apostrophe=True)),
        syllables=readability.word_syllables,
        kept_apostrophe=re.compile(RE_CONTRACTION_APOSTROPHE),
        capacity=5,
    )
    # the second text overflows the memory while half its tokens are already in it
    texts = ["The cat sat.", "The cat sat. A dog ran away, fast.", "don't 'tis rock'n'roll", "The cat sat."]
    first = []
    for text in texts:
        first.append(counter.counts(text))
        assert len(counter) <= 5 + len(set(text.split()))
    assert [counter.counts(t) for t in texts] == first
    assert [(c.words, c.syllables, c.polysyllables, c.letters, c.chars) for c in first] == [
        reference_counts(t) for t in texts
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 300,  # one token with more letters than the packed form holds
        "The " + "supercalifragilistic" * 20 + " ran.",  # and more syllables, among short words
        " ".join(["The officials said it was internationalization."] * 500),  # > CHUNK tokens
        " ".join(["word"] * 2048) + " " + "x" * 1000,  # exactly one chunk, then an oversized token
        # polysyllabic words, twice as many as a chunk: one machine-integer sum over all of them
        # would carry the word and polysyllable counts out of their 12 bits
        " ".join(["internationalization"] * (2 * CHUNK + 100)),
        # a token of some 280 syllables, a chunk of them: packed, its syllables would carry
        " ".join(["hyphenation" * 70] * CHUNK),
    ],
)
def test_counts_hold_past_the_packed_limits(text: str) -> None:
    """Tokens too long to pack and documents longer than one summing chunk count as textstat."""
    counter = readability._token_counter()
    for _ in range(2):  # the first pass fills the memory, the second reads it
        counts = counter.counts(text)
        got = (counts.words, counts.syllables, counts.polysyllables, counts.letters, counts.chars)
        assert got == reference_counts(text)


def test_edge_punctuation_is_all_deleted_by_textstat() -> None:
    """Every character the fast path strips from a token's edges is one textstat deletes anyway."""
    from credscore.signals._readability_counts import _EDGE_PUNCTUATION

    remove = readability._textstat_parts()["remove_punctuation"]
    assert [c for c in _EDGE_PUNCTUATION if remove(c, rm_apostrophe=False)] == []
    assert [c for c in _EDGE_PUNCTUATION if c.isspace() or c.isalnum()] == []


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab'’-_. \n\tstdvelr\"!?,é1")) | st.characters(), max_size=60))
def test_restated_rules_equal_textstat(text: str) -> None:
    """Our word list, punctuation removal and constants are textstat's, on arbitrary text."""
    from textstat.backend.selections._list_words import list_words
    from textstat.backend.transformations._remove_punctuation import remove_punctuation
    from textstat.backend.utils._get_lang_cfg import get_lang_cfg
    from textstat.backend.utils.constants import RE_CONTRACTION_APOSTROPHE

    from credscore.signals import _readability_text as ours

    assert ours.list_words(text) == list_words.__wrapped__(text)
    for rm in (True, False):
        assert ours.remove_punctuation(text, rm) == remove_punctuation.__wrapped__(text, rm_apostrophe=rm)
    assert re.findall(ours.CONTRACTION_APOSTROPHE, text) == re.findall(RE_CONTRACTION_APOSTROPHE, text)
    assert ours.FRE_ENGLISH == tuple(get_lang_cfg("en", k) for k in ("fre_base", "fre_sentence_length", "fre_syll_per_word"))


def test_scoring_never_imports_textstat() -> None:
    """A fresh process scores a seed without importing textstat, NLTK or SciPy."""
    import subprocess
    import sys

    code = (
        "import sys, credscore, glob; credscore.score(open(sorted(glob.glob('seeds/*.txt'))[0]).read()); "
        "print(sorted(m for m in ('textstat', 'nltk', 'scipy', 'pandas') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
