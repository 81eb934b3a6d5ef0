"""The plain-text account of a profile (``Profile.explain()``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from credscore import registry

if TYPE_CHECKING:
    from credscore.profile import Profile

_SNIPPET = 80


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…"


def _evidence_list_for(signal: str) -> tuple[str, ...]:
    for spec in registry.available():
        if signal in spec.provides:
            return spec.evidence
    return ()


def _writer(ev) -> bool:
    return ev.details.get("voice") == "writer"


# Which items of a family's evidence bear on one of its signals; a signal not listed here is
# shown with every item of its family's evidence lists.
_RELEVANT = {
    "loaded_language_rate": _writer,
    "loaded_language_intensity": _writer,
    "quoted_loaded_rate": lambda ev: ev.details.get("voice") in ("quoted", "attributed"),
    "certainty_without_attribution_rate": lambda ev: _writer(ev) and ev.details.get("category") == "certainty",
    "named_source_share": lambda ev: ev.details.get("named") is True,
    "distinct_named_sources": lambda ev: ev.details.get("named") is True,
    "anonymous_source_share": lambda ev: ev.details.get("named") is False
    and ev.details.get("source_type") not in ("self", "unresolved"),
    "unresolved_source_share": lambda ev: ev.details.get("source_type") == "unresolved",
    "quote_share": lambda ev: ev.details.get("direct") is True,
    "hedging_rate": lambda ev: ev.label == "hedge",
}


def evidence_for(profile: "Profile", signal: str, limit: int = 2) -> list:
    """The evidence items that produced ``signal``, at most ``limit``."""
    if signal.startswith("boilerplate_") and signal.endswith("_ratio") and signal != "boilerplate_ratio":
        kind = signal[len("boilerplate_") : -len("_ratio")]
        relevant = lambda ev: ev.label == kind  # noqa: E731
    else:
        relevant = _RELEVANT.get(signal, lambda ev: True)
    found = [
        ev
        for list_name in _evidence_list_for(signal)
        for ev in profile.evidence.get(list_name, ())
        if relevant(ev)
    ]
    # the strongest items first where the family grades them, else text order
    found.sort(key=lambda ev: -float(ev.details.get("intensity", 0.0) or 0.0))
    return found[:limit]


def explain_profile(profile: "Profile", *, top: int = 3) -> str:
    name = profile.id or profile.title or "(untitled)"
    lines = [f"credscore profile for {name}" + (f" ({profile.outlet})" if profile.outlet else "")]
    if profile.score is None:
        lines.append("score: none (no article text to score)")
    else:
        lines.append(f"score: {profile.score:.1f} / 100  [weights {profile.provenance.get('weights')}]")
    for dim in profile.dimensions.values():
        if dim.score is not None:
            lines.append(f"  {dim.name}: {dim.score:.1f}")
    if "short_text" in profile.flags:
        lines.append("note: short text; the score rests on little evidence")
    other = [f for f in profile.flags if f != "short_text"]
    if other:
        lines.append("flags: " + ", ".join(other))
    terms = [c for d in profile.dimensions.values() for c in d.contributions if c.value is not None]
    for heading, chosen in (
        ("raised the score", sorted((c for c in terms if c.contribution > 0), key=lambda c: -c.contribution)),
        ("lowered the score", sorted((c for c in terms if c.contribution < 0), key=lambda c: c.contribution)),
    ):
        if not chosen:
            continue
        lines.append(f"{heading}:")
        for c in chosen[:top]:
            lines.append(
                f"  {c.contribution:+.2f}  {c.signal} = {c.value:.3g} (reference {c.mean:.3g})"
            )
            for ev in evidence_for(profile, c.signal):
                lines.append(f"        [{ev.start}:{ev.end}] \"{_quote(ev.text)}\"")
    return "\n".join(lines)
