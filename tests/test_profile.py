"""The profile's public JSON contract."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings

from credscore import Profile, score
from credscore.profile import REQUIRED_EVIDENCE, TOP_LEVEL_KEYS, json_number
from tests.strategies import news_like_text


def test_to_dict_has_exactly_the_contract_keys(seeds: dict[str, str]) -> None:
    """Scripts read exactly these top-level keys."""
    d = score(seeds["000"], outlet="Central Asia Online", id="000").to_dict()
    assert tuple(d) == TOP_LEVEL_KEYS
    assert d["schema_version"] == "1.0"
    assert d["outlet"] == "Central Asia Online" and d["id"] == "000"
    assert d["text"] == seeds["000"]
    for name in REQUIRED_EVIDENCE:
        assert isinstance(d["evidence"][name], list)


def test_to_dict_is_strict_json(seeds: dict[str, str]) -> None:
    """The dict serialises with allow_nan=False and reads back equal."""
    d = score(seeds["001"]).to_dict()
    assert json.loads(json.dumps(d, allow_nan=False)) == d


def test_score_and_dimensions_are_in_range(seeds: dict[str, str]) -> None:
    """The score and every dimension score lie in 0-100."""
    for text in seeds.values():
        d = score(text).to_dict()
        assert 0 <= d["score"] <= 100
        for dim in d["dimensions"].values():
            assert dim["score"] is None or 0 <= dim["score"] <= 100


def test_contributions_recompute_the_score(seeds: dict[str, str]) -> None:
    """Contributions plus intercepts are the logit of each score, so a reader can check by hand."""
    d = score(seeds["002"]).to_dict()
    total = 0.0
    for dim in d["dimensions"].values():
        terms = [c["contribution"] for c in dim["contributions"]]
        for c in dim["contributions"]:
            if c["value"] is not None:
                assert c["contribution"] == pytest.approx(c["weight"] * (c["value"] - c["mean"]) / c["scale"])
        logit = dim["intercept"] + sum(terms)
        assert dim["score"] == pytest.approx(100 / (1 + math.exp(-logit)))
        total += sum(terms)
    from credscore.scoring import load_weights

    total += load_weights(d["provenance"]["weights"]).intercept
    assert d["score"] == pytest.approx(100 / (1 + math.exp(-total)))


def test_nan_and_infinity_become_null() -> None:
    """NaN never reaches JSON."""
    assert json_number(float("nan")) is None
    assert json_number(float("inf")) is None
    assert json_number(1.5) == 1.5


def test_provenance_records_versions(seeds: dict[str, str]) -> None:
    """Provenance names the library, signal versions, lexicon digests and weights."""
    prov = score(seeds["003"]).to_dict()["provenance"]
    assert prov["library"] == "credscore" and prov["version"]
    assert prov["signals"]["readability"] == "readability.v1"
    assert isinstance(prov["lexicons"], dict)
    from credscore.scoring import DEFAULT_WEIGHTS

    assert prov["weights"] == DEFAULT_WEIGHTS == "news-en-1"


@settings(max_examples=60, deadline=None)
@given(news_like_text)
def test_round_trip_through_dict_and_json(text: str) -> None:
    """from_dict(to_dict()) gives back an equal profile, also through JSON."""
    profile = score(text)
    d = profile.to_dict()
    again = Profile.from_dict(json.loads(json.dumps(d)))
    assert again.to_dict() == d


def test_from_dict_rejects_foreign_dicts() -> None:
    """A dict that is not a profile raises a clear error."""
    with pytest.raises(ValueError, match="missing keys"):
        Profile.from_dict({"id": "x"})


def test_explain_names_score_and_contributions(seeds: dict[str, str]) -> None:
    """explain() gives the score and the signals that moved it."""
    text = score(seeds["000"], id="000").explain()
    assert text.startswith("credscore profile for 000")
    assert "score:" in text
    assert "raised the score" in text or "lowered the score" in text


def test_explain_notes_short_text() -> None:
    """A short text is flagged and the account says the score rests on little evidence."""
    profile = score("Officials said the talks failed.")
    assert "short_text" in profile.flags
    assert "little evidence" in profile.explain()


def test_explain_quotes_the_blogs_own_loaded_words(seeds: dict[str, str]) -> None:
    """The account of the partisan blog quotes its writer's-voice loaded phrase with its offsets."""
    text = seeds["003"]
    account = score(text, id="003").explain()
    phrase = "most fanatic, lethal and ruthless group of terrorists"
    start = text.index(phrase)
    assert f'[{start}:{start + len(phrase)}] "{phrase}"' in account


def test_explain_evidence_matches_the_signal() -> None:
    """Evidence shown for the writer's-voice rate never includes quoted hits."""
    from credscore.explain import evidence_for

    text = 'The ruthless thugs left. "They are a menace," the minister said.'
    profile = score(text)
    shown = evidence_for(profile, "loaded_language_rate", limit=10)
    assert shown and all(ev.details["voice"] == "writer" for ev in shown)
