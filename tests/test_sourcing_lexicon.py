"""The sourcing family's open-class word lists, read from ``sourcing_content_words.tsv``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from credscore import lexicons
from credscore.signals import _attribution_clauses, _attribution_scan, _attribution_stance
from credscore.signals._attribution_lexicon import content_word_classes, content_words

from ._sourcing_helpers import attributions, one, span_text

_NAME = "sourcing_content_words"
_SIGNALS = Path(_attribution_scan.__file__).parent


def _header() -> list[str]:
    return [line for line in lexicons.read_text(_NAME).splitlines() if line.startswith("#")]


def _data_lines() -> list[str]:
    return [line for line in lexicons.read_text(_NAME).splitlines() if line.strip() and not line.startswith("#")]


def _header_classes() -> list[str]:
    return [m.group(1) for line in _header() if (m := re.match(r"#   ([a-z_]+): \S", line))]


def _classes_in_code() -> set[str]:
    found: set[str] = set()
    for path in _SIGNALS.glob("*.py"):
        found.update(re.findall(r'content_words\(\s*"([^"]*)"', path.read_text(encoding="utf-8")))
    return found


def test_the_lexicon_ships_with_a_provenance_header():
    assert _NAME in lexicons.names()
    assert _NAME in lexicons.digests()
    header = "\n".join(_header())
    assert header.startswith(f"# {_NAME}: ")
    assert "Written for credscore by its authors" in header
    assert "MIT licence" in header
    assert "Not derived from any corpus" in header
    assert "word (lower case) <TAB> class" in header


def test_every_row_is_a_lower_case_word_and_a_known_class():
    known = set(_header_classes())
    lines = _data_lines()
    assert len(lines) > 500
    pairs = []
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 2, line
        word, cls = cells
        assert word and word == word.strip() == word.lower() and " " not in word, line
        assert cls in known, line
        pairs.append((word, cls))
    assert len(pairs) == len(set(pairs)), "a word is listed twice under one class"


def test_the_header_lists_exactly_the_classes_of_the_rows():
    listed = _header_classes()
    assert len(listed) == len(set(listed))
    assert sorted(listed) == sorted({row[1] for row in lexicons.rows(_NAME)}) == list(content_word_classes())


def test_every_class_the_code_asks_for_is_known_and_not_empty():
    asked = _classes_in_code()
    assert len(asked) >= 20  # the scan above found the calls
    for cls in asked:
        assert content_words(cls), cls
    # and every class in the file is read somewhere
    assert asked == set(content_word_classes())


@pytest.mark.parametrize("cls", ["judgment", "", "Judgement", "speech_nouns"])
def test_an_unknown_class_raises_naming_the_known_ones(cls):
    with pytest.raises(KeyError, match="unknown content-word class") as err:
        content_words(cls)
    assert "judgement" in str(err.value) and "speech_noun" in str(err.value)


def test_the_set_algebra_in_code_keeps_its_premises():
    # the nouns taken out of the speech nouns are speech nouns, and the added ones are new
    assert content_words("speech_noun_no_complement") < content_words("speech_noun")
    assert not content_words("complement_speech_noun") & content_words("speech_noun")
    assert "insistence" in _attribution_stance._COMPLEMENT_SPEECH_NOUNS
    assert "insistences" in _attribution_stance._COMPLEMENTED
    assert "answer" not in _attribution_stance._COMPLEMENT_SPEECH_NOUNS
    # closed words stay in code, joined to their class
    assert "on" in _attribution_scan._INFINITIVE_GOVERNORS and "on" not in content_words("infinitive_governor")
    assert _attribution_scan._JUDGEMENTS == content_words("judgement")
    assert _attribution_clauses._INVERTING_AFTER_QUOTE == content_words("inverting_after_quote")


def test_a_listed_judgement_is_read_as_one():
    # "dishonest" has none of the adjective endings: only the lexicon makes it a judgement
    assert "dishonest" in content_words("judgement")
    assert _attribution_scan._judging_adjective("dishonest")
    assert not _attribution_scan._judging_adjective("blue")
    text = "Sanders called Clinton dishonest."
    a = one(text, "called")
    assert span_text(text, a.source) == "Sanders"
    assert attributions("Sanders called Clinton blue.") == ()


@pytest.mark.parametrize("text, cue, kind", [
    ("Their conviction that the plan failed drove the protests.", "conviction", "cognition"),
    ("Their insistence that the plan failed drove the protests.", "insistence", "speech"),
    ("His argument was that the plan failed.", "argument was", "speech"),
])
def test_stance_nouns_come_from_the_lexicon(text, cue, kind):
    a = one(text, cue)
    assert a.kind == kind
    assert span_text(text, a.content).startswith("the plan failed")


def test_a_speech_noun_without_a_complement_is_not_read_with_one():
    assert "answer" in content_words("speech_noun_no_complement")
    assert attributions("Their answer that the plan failed drove the protests.") == ()


def test_an_inverting_verb_after_a_quotation():
    assert "vow" in content_words("inverting_after_quote")
    text = "“We will fight,” vowed Maria Lopez."
    a = one(text, "vowed")
    assert span_text(text, a.source) == "Maria Lopez"
    assert a.source_type == "named_person"
