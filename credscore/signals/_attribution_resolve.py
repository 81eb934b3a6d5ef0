"""Resolving pronouns and bare descriptions to the source they stand for.

"he said" after "Naveed Khalid ... said" is Naveed Khalid; "it said" after "the report said" is
the report; "the report said" after "PICSS said in a report" is the PICSS report.  The rule is the
nearest earlier source of a compatible kind; a pronoun with none is ``unresolved``.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from credscore.signals._attribution_scan import Found, Mention
from credscore.signals._attribution_types import Attribution
from credscore.spans import Span

_PERSON = ("named_person", "unnamed_individual")
_THING = ("named_organization", "document")
_GROUP = ("unnamed_group", "named_organization")


@attrs.frozen(slots=True)
class _Entity:
    span: Span  # the mention a later reference resolves to (the first, named one)
    source_type: str
    named: bool
    lemma: str


def resolve(found: Sequence[Found], mentions: Sequence[Mention], text: str) -> tuple[Attribution, ...]:
    """Attributions with every pronoun and bare description resolved where possible."""
    history: list[_Entity] = []
    out: list[Attribution] = []
    mi = 0
    last: Attribution | None = None
    for f in found:
        while mi < len(mentions) and mentions[mi].position < f.cue.start:
            m = mentions[mi]
            owner_named = last is not None and last.named and last.cue.end <= m.position
            history.append(_Entity(m.span, "document", owner_named, m.lemma))
            mi += 1
        att = _resolve_one(f, history, text)
        out.append(att)
        last = att
        if att.source is not None and att.source_type not in ("unresolved", "self"):
            root = att.resolved_from or att.source
            lemma = f.phrase.head_lemma if f.phrase is not None else ""
            history.append(_Entity(root, att.source_type, att.named, lemma))
    return tuple(out)


def _nearest(history: Sequence[_Entity], types: tuple[str, ...], limit: int = 40) -> _Entity | None:
    for e in reversed(history[-limit:]):
        if e.source_type in types:
            return e
    return None


def _resolve_one(f: Found, history: Sequence[_Entity], text: str) -> Attribution:
    direct = False
    if f.phrase is None:
        return Attribution(
            cue=f.cue, source=None, content=f.content, source_type="agentless", named=False,
            direct=direct, kind=f.kind,
        )
    kind = f.phrase.source_type
    resolved: _Entity | None = None
    if kind == "pron_person":
        resolved = _nearest(history, _PERSON)
    elif kind == "pron_thing":
        resolved = _nearest(history, _THING)
    elif kind == "pron_group":
        resolved = _nearest(history, _GROUP)
    elif not f.phrase.named and f.source is not None and kind in ("document", "unnamed_group", "unnamed_individual"):
        # "the report", "the spokesman": a definite description may point back to a named mention
        if text[f.source.start : f.source.start + 4].lower() == "the ":
            for e in reversed(history[-40:]):
                if e.lemma == f.phrase.head_lemma and e.named:
                    resolved = e
                    break
    if kind.startswith("pron"):
        if resolved is None:
            return Attribution(
                cue=f.cue, source=f.source, content=f.content, source_type="unresolved",
                named=False, direct=direct, kind=f.kind,
            )
        return Attribution(
            cue=f.cue, source=f.source, content=f.content, source_type=resolved.source_type,
            named=resolved.named, direct=direct, resolved_from=resolved.span, kind=f.kind,
        )
    if resolved is not None:
        return Attribution(
            cue=f.cue, source=f.source, content=f.content, source_type=resolved.source_type,
            named=resolved.named, direct=direct, resolved_from=resolved.span, kind=f.kind,
        )
    return Attribution(
        cue=f.cue, source=f.source, content=f.content, source_type=kind, named=f.phrase.named,
        direct=direct, kind=f.kind,
    )
