"""Resolving pronouns and bare descriptions to the source they stand for.

"he said" after "Naveed Khalid ... said" is Naveed Khalid; "it said" after "the report said" is
the report; "the report said" after "PICSS said in a report" is the PICSS report.  The rule is the
nearest earlier source of a compatible kind; a personal pronoun with none takes the person a
recent sentence opens with ("Boris Johnson visited ... “...,” he said."), and a pronoun with
neither is ``unresolved``.  A "he" or "she" right after a sentence that opens with a named person
takes that person even when an earlier source fits, unless a person's source came after that
opening ("... the Lincoln actor says. Johnson is more tactful. ..., he tells one joke").  A
person named as the subject of a clause that opens the pronoun's own sentence comes first:
"When Smith arrived, he said" is Smith.
"""

from __future__ import annotations

from typing import Callable, Final

from credscore._records import fields_repr
from credscore.signals._attribution_gender import gender_of, pronoun_gender
from credscore.signals._attribution_names import PhraseKind, one_institution, pronoun_fits
from credscore.signals._attribution_phrase import Found, Mention
from credscore.signals._attribution_subjects import REACH
from credscore.spans import Span

_WINDOW: Final = 40  # how many earlier sources a pronoun may reach back over
_DESCRIBED: Final = ("document", "unnamed_group", "unnamed_individual")


class _Entity:
    """A source that later references may resolve to (a plain class: a native record when
    compiled; read-only by convention)."""

    __slots__ = ("span", "source_type", "named", "lemma", "institution", "gender", "people")

    def __init__(
        self, span: Span, source_type: str, named: bool, lemma: str, institution: bool, gender: str = "",
        people: bool = False,
    ) -> None:
        self.span = span  # the mention a later reference resolves to (the first, named one)
        self.source_type = source_type
        self.named = named
        self.lemma = lemma
        self.institution = institution  # one body ("the ministry"), which "it" may stand for
        self.gender = gender  # "f", "m" or "" (unknown: fits "he" and "she")
        self.people = people  # several people named together ("Smith and Jones"): "they", not "he"


_RESOLVED_FIELDS: Final = ("source_type", "named", "resolved_from")


class Resolved:
    """What one found attribution's source turned out to be (a plain class, as :class:`_Entity`)."""

    __slots__ = _RESOLVED_FIELDS

    def __init__(self, source_type: str, named: bool, resolved_from: Span | None) -> None:
        self.source_type = source_type
        self.named = named
        self.resolved_from = resolved_from

    def __repr__(self) -> str:
        return fields_repr(self, _RESOLVED_FIELDS)


_AGENTLESS: Final = Resolved("agentless", False, None)
_UNRESOLVED: Final = Resolved("unresolved", False, None)


def resolve(
    found: list[Found],
    mentions: list[Mention],
    text: str,
    subject_before: Callable[[int, str, str, int, bool, int], tuple[Span, PhraseKind] | None] | None = None,
) -> list[Resolved]:
    """For each found attribution, in order, its source type, namedness and antecedent.

    ``subject_before(sentence, pronoun, kind, reach, sure, at)``, when given, finds the subject one
    of the ``reach`` sentences before opens with (its span and classification), or the person
    named as the subject of a clause that opens the pronoun's own sentence before offset ``at``
    ("When Smith arrived, he said"): the antecedent of a pronoun that no earlier source explains,
    and of "he" or "she" right after such a subject named since the last source that fits.
    """
    history: list[_Entity] = []
    out: list[Resolved] = []
    mi = 0
    n_m = len(mentions)
    last: Resolved | None = None
    last_cue_end = -1
    last_source_end = -1  # where the latest source of a person (or a pronoun) ends
    # recent attributions with what their sources went into history as, for a pronoun in their content
    speakers: list[tuple[Found, _Entity]] = []
    for f in found:
        while mi < n_m and mentions[mi].position < f.cue.start:
            m = mentions[mi]
            owner_named = last is not None and last.named and last_cue_end <= m.position
            history.append(_Entity(m.span, "document", owner_named, m.lemma, False))
            mi += 1
        pronoun = ""  # the gender of "he" or "she"; only person pronouns have one
        if f.source is not None and f.phrase is not None and f.phrase.source_type == "pron_person":
            pronoun = pronoun_gender(text[f.source.start : f.source.end])
        r = _resolve_one(f, history, text, pronoun)
        speaker = _speaker_before_medium(f, r, speakers)
        if speaker is not None:
            # "Greystone Taverns said in a statement that it would not comment": the "it" of the
            # content is the speaker, not the statement it spoke in
            r = Resolved(speaker.source_type, speaker.named, speaker.span)
        if r is _UNRESOLVED and subject_before is not None and f.phrase is not None and f.source is not None:
            subject = subject_before(
                f.sentence, text[f.source.start : f.source.end], f.phrase.source_type, REACH, False, f.source.start
            )
            if subject is not None and _fits(pronoun, _gender(text, subject[0], subject[1].head_lemma)) and not (
                _refers_to_no_one(text, subject[0])
            ):
                r = Resolved(subject[1].source_type, subject[1].named, subject[0])
        elif pronoun and subject_before is not None and f.source is not None and r.resolved_from is not None:
            # "... the Lincoln actor says. Johnson is more tactful. ..., he tells one joke": the
            # person the sentence before opens with is nearer than the last source
            subject = subject_before(f.sentence, text[f.source.start : f.source.end], "pron_person", 1, True, f.source.start)
            if (
                subject is not None and subject[1].source_type == "named_person"
                and subject[0].start > last_source_end
                and _fits(pronoun, _gender(text, subject[0], subject[1].head_lemma))
            ):
                r = Resolved("named_person", True, subject[0])
        out.append(r)
        last, last_cue_end = r, f.cue.end
        person = pronoun_fits("pron_person", r.source_type, False)
        if f.source is not None and (pronoun or person):
            last_source_end = f.source.end
        if f.source is not None and r.source_type not in ("unresolved", "self") and not _refers_to_no_one(text, f.source):
            lemma = f.phrase.head_lemma if f.phrase is not None else ""
            span = r.resolved_from or f.source
            institution = one_institution(r.source_type, lemma, text, span.start, span.end)
            # only the source's own words give it a gender: neither a pronoun that resolved to it
            # (one wrong guess would mislead every pronoun after it) nor a namesake ("Ivanka Trump"
            # is no clue to "Trump")
            gender = _gender(text, span, lemma) if person else ""
            people = r.source_type == "named_person" and " and " in text[span.start : span.end]
            entity = _Entity(span, r.source_type, r.named, lemma, institution, gender, people)
            history.append(entity)
            speakers.append((f, entity))
            if len(speakers) > _SPEAKERS_KEPT:
                del speakers[0]
    return out


_SPEAKERS_KEPT: Final = 4  # attributions whose content a later pronoun may sit in


def _speaker_before_medium(f: Found, r: Resolved, speakers: list[tuple[Found, _Entity]]) -> _Entity | None:
    """The source of an earlier attribution whose content holds ``f``'s pronoun, when the pronoun
    resolved to the record that attribution names between its cue and its content ("said in a
    statement that it ...") and may stand for that source instead; or None."""
    source, was, phrase = f.source, r.resolved_from, f.phrase
    if source is None or was is None or phrase is None or not phrase.source_type.startswith("pron"):
        return None
    for outer, entity in reversed(speakers):
        content = outer.content
        if content is not None and content.start <= source.start < content.end:
            if outer.cue.end <= was.start < content.start and pronoun_fits(phrase.source_type, entity.source_type, entity.institution):
                return entity
    return None


# quantifiers that make a source stand for no one in particular, so no later pronoun can take it:
# "neither man has spoken out ... a fact he mentions", "no one said"
_NO_ONE_IN_PARTICULAR: Final = frozenset("neither no none nobody each every everyone everybody any anyone anybody either".split())


def _refers_to_no_one(text: str, span: Span) -> bool:
    first = text[span.start : span.end].split(None, 1)
    return bool(first) and first[0].lower() in _NO_ONE_IN_PARTICULAR


def _gender(text: str, span: Span, lemma: str) -> str:
    return gender_of(text[span.start : span.end], lemma)


def _fits(pronoun: str, gender: str) -> bool:
    """Whether a pronoun of gender ``pronoun`` ("" for "they", "it") may stand for a source of ``gender``."""
    return not pronoun or not gender or pronoun == gender


def _nearest(history: list[_Entity], kind: str, gender: str) -> _Entity | None:
    """The most recent source within the window that a pronoun of ``kind`` and ``gender`` may stand for."""
    for e in reversed(history[-_WINDOW:]):
        fits = kind == "pron_group" if e.people else pronoun_fits(kind, e.source_type, e.institution)
        if fits and _fits(gender, e.gender):
            return e
    return None


def _resolve_one(f: Found, history: list[_Entity], text: str, gender: str) -> Resolved:
    phrase = f.phrase
    if phrase is None:
        return _AGENTLESS
    kind = phrase.source_type
    if not kind.startswith("pron"):
        if f.antecedent is not None:
            # a relative pronoun ("who said") stands for the phrase before it
            return Resolved(kind, phrase.named, f.antecedent)
        if not phrase.named and f.source is not None and kind in _DESCRIBED:
            # "the report", "the spokesman": a definite description may point back to a named mention
            if text[f.source.start : f.source.start + 4].lower() == "the ":
                for e in reversed(history[-_WINDOW:]):
                    if e.lemma == phrase.head_lemma and e.named:
                        return Resolved(e.source_type, e.named, e.span)
        return Resolved(kind, phrase.named, None)
    resolved = _nearest(history, kind, gender)
    if resolved is None:
        return _UNRESOLVED
    return Resolved(resolved.source_type, resolved.named, resolved.span)
