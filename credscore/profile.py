"""The credibility profile and its public JSON contract (``docs/schema.md``)."""

from __future__ import annotations

import math
from typing import Any, Mapping

import attrs

from credscore.spans import Evidence

SCHEMA_VERSION = "1.0"

# Evidence lists every profile carries, even when empty: scripts may index them blindly.
REQUIRED_EVIDENCE = ("attributions", "loaded_language", "boilerplate")

TOP_LEVEL_KEYS = (
    "schema_version",
    "id",
    "outlet",
    "url",
    "title",
    "text",
    "score",
    "dimensions",
    "signals",
    "evidence",
    "flags",
    "provenance",
)


def json_number(value: float | None) -> float | None:
    """A float that JSON can carry: NaN and infinities become None."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


@attrs.frozen(kw_only=True)
class Contribution:
    """One additive term of a dimension's logit: ``weight * (value - mean) / scale``."""

    signal: str
    value: float | None
    mean: float
    scale: float
    weight: float
    contribution: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "value": json_number(self.value),
            "mean": self.mean,
            "scale": self.scale,
            "weight": self.weight,
            "contribution": self.contribution,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Contribution":
        return cls(
            signal=d["signal"],
            value=d["value"],
            mean=float(d["mean"]),
            scale=float(d["scale"]),
            weight=float(d["weight"]),
            contribution=float(d["contribution"]),
        )


@attrs.frozen(kw_only=True)
class Dimension:
    """A dimension score (0-100) and the exact terms that produced it."""

    name: str
    score: float | None
    intercept: float
    contributions: tuple[Contribution, ...]

    @property
    def logit(self) -> float:
        return self.intercept + sum(c.contribution for c in self.contributions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": json_number(self.score),
            "intercept": self.intercept,
            "logit": self.logit,
            "contributions": [c.to_dict() for c in self.contributions],
        }

    @classmethod
    def from_dict(cls, name: str, d: Mapping[str, Any]) -> "Dimension":
        return cls(
            name=name,
            score=d["score"],
            intercept=float(d["intercept"]),
            contributions=tuple(Contribution.from_dict(c) for c in d["contributions"]),
        )


@attrs.frozen(kw_only=True)
class Profile:
    """Everything credscore says about one document, with the evidence for each part."""

    id: str | None
    outlet: str | None
    url: str | None
    title: str | None
    text: str
    score: float | None
    dimensions: Mapping[str, Dimension]
    signals: Mapping[str, float | None]
    evidence: Mapping[str, tuple[Evidence, ...]]
    flags: tuple[str, ...]
    provenance: Mapping[str, Any]
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The JSON-safe public form (see ``docs/schema.md``)."""
        evidence = {name: [e.to_dict() for e in items] for name, items in self.evidence.items()}
        for name in REQUIRED_EVIDENCE:
            evidence.setdefault(name, [])
        return {
            "schema_version": self.schema_version,
            "id": self.id,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "text": self.text,
            "score": json_number(self.score),
            "dimensions": {name: d.to_dict() for name, d in self.dimensions.items()},
            "signals": {name: json_number(v) for name, v in self.signals.items()},
            "evidence": evidence,
            "flags": list(self.flags),
            "provenance": dict(self.provenance),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Profile":
        missing = [k for k in TOP_LEVEL_KEYS if k not in d]
        if missing:
            raise ValueError(f"not a credscore profile: missing keys {missing}")
        return cls(
            schema_version=d["schema_version"],
            id=d["id"],
            outlet=d["outlet"],
            url=d["url"],
            title=d["title"],
            text=d["text"],
            score=d["score"],
            dimensions={n: Dimension.from_dict(n, v) for n, v in d["dimensions"].items()},
            signals=dict(d["signals"]),
            evidence={
                n: tuple(Evidence.from_dict(e) for e in items) for n, items in d["evidence"].items()
            },
            flags=tuple(d["flags"]),
            provenance=dict(d["provenance"]),
        )

    def explain(self, *, top: int = 3) -> str:
        """A short readable account: the score, what moved it most, and the words behind it."""
        from credscore.explain import explain_profile

        return explain_profile(self, top=top)
