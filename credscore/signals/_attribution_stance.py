"""A source's words or stance stated with a copula ("Rubio's response was that it's unfair ...") or
as a noun the source owns ("his suggestion that ...").

News reports what someone said or thinks as a noun the source owns: "The Florida senator's answer
was that “the most important institution in society is the family”", "Beck's contention was that
...", "Their fear is that ...", "In summary, the EPA's assessment is that ...".  Such a sentence
gets one attribution whose cue runs from the noun to its verb ("response was"), whose source is the
owner and whose content is the clause after "that".  A noun of saying ("response", "claim",
"argument") makes it ``speech``; a noun of thinking ("view", "fear", "assessment") ``cognition``.

Each condition keeps out a clause that only looks the same:

- the sentence has no attribution of its own;
- the owner opens the sentence (after a conjunction or adverb, or an opening phrase closed by a
  comma) and is a possessive: a source phrase ending in "'s" ("Rubio's", "The Florida senator's")
  or a possessive pronoun ("His", "Their"), which is resolved like a personal one;
- at most ``_MAX_MODIFIERS`` adjectives or adverbs stand between the owner and the noun ("most
  explosive"), and the noun is followed by "is", "was", "remains" or "has been" and "that";
- the whole look-up sits outside quotations.

The same nouns (and "suggestion", "insistence", "assertion", "assurances", ...) also report a clause
of their own after "that": "distanced themselves from his suggestion that a judge can't be
impartial", "Mr. Trump's assertion that Russia should hack ...".  The owner may then stand anywhere
in the sentence, right before the noun (past at most ``_MAX_MODIFIERS`` modifiers), and a "that"
followed by a verb and a preposition is a relative ("the party's message that emerges from"), not
the noun's clause.  Only sentences without an attribution of their own are read, so "he reiterated
his claim that ..." stays one attribution.

"The theory was that" and "One view is that" have no owner and give nothing.  The look-up visits
only occurrences of "that" (found by ``str.find``) and reads a bounded number of tokens before
each, so the cost is linear in the text.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left, bisect_right
from credscore._letter_case import initial_lower, initial_upper
from credscore.analysis import Quotation
from credscore.signals._attribution_lexicon import content_words
from credscore.signals._attribution_names import WEEKDAYS, POSSESSIVE_PRONOUNS, PhraseKind, classify_phrase, possessive_pronoun
from credscore.signals._attribution_phrase import AUXILIARIES, CLASSES, EMPTY, Found, strip_span
from credscore.signals._attribution_subjects import subject_start
from credscore.signals._attribution_tokens import DocTokens
from credscore.spans import Span, make_span

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_POSSESSIVE_MARK_ENDINGS: Final[tuple[str, ...]] = ("'s", "’s", "s'", "s’")
_S_ED_ENDINGS: Final[tuple[str, ...]] = ("s", "ed")

# what someone's words are called, and what their thinking is called
_SPEECH_NOUNS: Final = content_words("speech_noun")
_COGNITION_NOUNS: Final = content_words("cognition_noun")
# the same nouns with a clause of their own ("his suggestion that", "their assurances that"),
# with the nouns of saying that only take one there ("insistence", "assertion")
# (less the ones that never take one: "answer", "reply", "pitch" ...)
_COMPLEMENT_SPEECH_NOUNS: Final = (_SPEECH_NOUNS - content_words("speech_noun_no_complement")) | content_words(
    "complement_speech_noun"
)
_COMPLEMENT_COGNITION_NOUNS: Final = content_words("complement_cognition_noun")
_COMPLEMENTED: Final = frozenset(
    [w for w in _COMPLEMENT_SPEECH_NOUNS | _COMPLEMENT_COGNITION_NOUNS] + [w + "s" for w in _COMPLEMENT_SPEECH_NOUNS]
)
_COPULAS: Final = frozenset(("is", "was", "remains", "remained"))
_PERFECT: Final = frozenset(("has", "had", "have"))
_BEFORE_THAT: Final = _COPULAS | {"been"}
_OPENERS: Final = frozenset("but and so yet still also now instead meanwhile indeed".split())
_SOURCES: Final = frozenset(("named_person", "named_organization", "document", "unnamed_individual", "unnamed_group"))
_MAX_MODIFIERS: Final = 3
_MAX_OWNER: Final = 8  # tokens of the owner's phrase
_MAX_OPENING: Final = 14  # tokens of an opening phrase before its comma
_MODIFIER_CLASSES: Final = frozenset(("adverb", "quantifier"))


def stance_attributions(
    text: str,
    toks: DocTokens,
    sentences: tuple[Span, ...],
    starts: list[int],
    quotes: tuple[Quotation, ...],
    q_starts: list[int],
    taken: set[int],
    cue_ends: list[int],
) -> list[Found]:
    """Attributions for sentences "<owner>'s <noun> is that <clause>" that have none of their own;
    ``starts`` and ``q_starts`` hold the start offsets of the sentences and the quotations,
    ``taken`` the indices of sentences that already carry an attribution, ``cue_ends`` the sorted
    end offsets of their cues (a noun with its own clause may sit in such a sentence, away from
    any cue: "blamed the media for Trump's claim that")."""
    out: list[Found] = []
    if not sentences:
        return out
    S = toks.S
    pos = text.find("that")
    while pos >= 0:
        k = bisect_left(S, pos)
        if k < len(S) and S[k] == pos and toks.L[k] == "that" and k >= 2 and (
            toks.L[k - 1] in _BEFORE_THAT or toks.L[k - 1] in _COMPLEMENTED or _dated_noun(toks.L, k)
        ):
            si = bisect_right(starts, pos) - 1
            if si >= 0 and pos < sentences[si].end and not _quoted(quotes, q_starts, pos):
                found = None
                if toks.L[k - 1] in _BEFORE_THAT:
                    if si not in taken or not _cue_between(cue_ends, sentences[si].start, pos):
                        # (a cue inside the clause is the clause's own: "Sokolov's response was
                        # that he had never once asked to be traded")
                        found = _stance(text, toks, k, sentences[si], si)
                else:
                    found = _owned_complement(text, toks, k, sentences[si], si)
                    if found is not None and si in taken and _cue_just_before(toks, cue_ends, found, sentences[si]):
                        found = None  # "he reiterated his claim that": one attribution, the verb's
                if found is not None:
                    out.append(found)
        pos = text.find("that", pos + 4)
    return out


_CUE_REACH: Final = 4  # tokens between a verb's cue and the owner of a noun it governs


def _cue_just_before(toks: DocTokens, cue_ends: list[int], found: Found, sent: Span) -> bool:
    """Whether another cue ends in the sentence at most a few tokens before the owner of ``found``
    ("reiterated his claim that", "repeated Trump's claim that") or inside its span."""
    assert found.source is not None
    o = bisect_left(toks.S, found.source.start)
    reach = toks.S[max(bisect_left(toks.S, sent.start), o - _CUE_REACH)]
    x = bisect_left(cue_ends, reach)
    return x < len(cue_ends) and cue_ends[x] <= found.cue.end


def _cue_between(cue_ends: list[int], start: int, end: int) -> bool:
    """Whether a cue ends at or after ``start`` and before ``end``."""
    x = bisect_left(cue_ends, start)
    return x < len(cue_ends) and cue_ends[x] < end


def _quoted(quotes: tuple[Quotation, ...], q_starts: list[int], pos: int) -> bool:
    """Whether ``pos`` (a word, never an opening mark) lies inside a quotation."""
    i = bisect_right(q_starts, pos) - 1
    return i >= 0 and pos < quotes[i].content_end


def _stance(text: str, toks: DocTokens, k: int, sent: Span, si: int) -> Found | None:
    T, L, S = toks.T, toks.L, toks.S
    lo = bisect_left(S, sent.start)
    c = k - 1  # the copula
    if L[c] == "been":
        if c - 1 < lo or L[c - 1] not in _PERFECT:
            return None
        c -= 1
    noun = c - 1
    if noun < lo or L[noun] not in _SPEECH_NOUNS and L[noun] not in _COGNITION_NOUNS:
        return None
    p = _owner_end(T, L, lo, noun)
    if p < 0:
        return None
    a = _owner_start(T, L, lo, p)
    if a < 0:
        return None
    phrase = possessive_pronoun(L[p], p)
    if phrase is not None and a != p:
        return None
    if phrase is None and (p - a >= _MAX_OWNER or any(not T[x][0].isalnum() and T[x] not in ".-’'" for x in range(a, p + 1))):
        return None
    kind = "speech" if L[noun] in _SPEECH_NOUNS else "cognition"
    return _owned(text, toks, noun, k - 1, a, p, phrase, kind, sent, si)


def _dated_noun(L: list[str], k: int) -> bool:
    """Whether a weekday between a noun of saying and the "that" at ``k`` says when it was said:
    "Trump's announcement Friday that he would endorse Ayotte"."""
    return k >= 3 and L[k - 1] in WEEKDAYS and L[k - 2] in _COMPLEMENTED


def _owned_complement(text: str, toks: DocTokens, k: int, sent: Span, si: int) -> Found | None:
    """ "[his] suggestion that a judge can't be impartial", "Clinton's argument that she is
    popular": a noun of saying or thinking owned by a source, with the clause it reports after
    "that" (at ``k``).  The owner may stand anywhere in the sentence; it is a possessive pronoun
    or a short source phrase in "'s" ("Mrs. Clinton's", "the senator's")."""
    T, L, S = toks.T, toks.L, toks.S
    lo = bisect_left(S, sent.start)
    if k + 2 < len(T) and S[k + 2] < sent.end and L[k + 1].endswith(_S_ED_ENDINGS) and (
        not T[k + 2][0].isalnum() or "preposition" in CLASSES.get(L[k + 2], EMPTY)
    ):
        return None  # "the party's message that emerges from the convention": a relative "that"
    if k + 1 < len(T) and L[k + 1] in AUXILIARIES:
        return None  # "Trump's statement that was released Monday": a relative; a clause opens with its subject
    noun = k - 2 if _dated_noun(L, k) else k - 1
    p = _owner_end(T, L, lo, noun)
    if p < 0:
        return None
    phrase = possessive_pronoun(L[p], p)
    a = p
    if phrase is None:
        while a - 1 >= lo and p - a < _MAX_OWNER and (initial_upper(T[a - 1]) or T[a - 1] in ".-"):
            a -= 1  # "Hillary Clinton's", "Mr. Trump's", "the Florida senator's"
        if a - 1 >= lo and L[a - 1] == "the":
            a -= 1
    kind = "cognition" if L[noun] in _COMPLEMENT_COGNITION_NOUNS else "speech"
    return _owned(text, toks, noun, noun, a, p, phrase, kind, sent, si, k)


def _owned(
    text: str, toks: DocTokens, noun: int, cue_last: int, a: int, p: int, phrase: PhraseKind | None, kind: str,
    sent: Span, si: int, that: int = -1,
) -> Found | None:
    """The attribution of the noun at ``noun`` (its cue runs to ``cue_last``), owned by the
    phrase ``[a, p]``: a possessive pronoun when ``phrase`` is given, else classified here and
    kept only when it can be a source.  The content is the rest of the sentence after the "that"
    at ``that`` (by default the token after the cue)."""
    S, E = toks.S, toks.E
    if phrase is None:
        phrase = classify_phrase(toks.T, toks.L, a, p + 1, bisect_left(S, sent.start))
        if phrase.source_type not in _SOURCES:
            return None
    content = strip_span(text, E[cue_last + 1 if that < 0 else that], sent.end)
    if content is None:
        return None
    return Found(make_span(S[noun], E[cue_last]), make_span(S[a], E[p]), content, kind, phrase, si, noun)


def _owner_end(T: list[str], L: list[str], lo: int, noun: int) -> int:
    """The possessive that owns the noun at ``noun``, past at most ``_MAX_MODIFIERS`` adjectives or
    adverbs ("Rubio's most explosive response", "his suggestion"), or -1."""
    p = noun - 1
    while p >= lo and noun - p <= _MAX_MODIFIERS and not _possessive(L[p]) and _modifier(T[p], L[p]):
        p -= 1
    return p if p >= lo and _possessive(L[p]) else -1


def _possessive(low: str) -> bool:
    return low.endswith(_POSSESSIVE_MARK_ENDINGS) or low in POSSESSIVE_PRONOUNS


def _modifier(tok: str, low: str) -> bool:
    """An adjective or adverb between the owner and the noun: "most explosive", "overall"."""
    if not tok.isalpha() or not initial_lower(tok):
        return False
    classes = CLASSES.get(low, EMPTY)
    return not classes or classes <= _MODIFIER_CLASSES or low in ("most", "main", "only", "real", "first")


def _owner_start(T: list[str], L: list[str], lo: int, p: int) -> int:
    """Where the owner's phrase that ends at ``p`` begins: the sentence's first word after opening
    marks and a conjunction or adverb, or the first word after an opening phrase closed by a
    comma; -1 when the owner does not open the sentence."""
    if p - lo > _MAX_OPENING + _MAX_OWNER + 6:
        return -1  # too far from the sentence's start for an opening and an owner (and the look stays bounded)
    a = subject_start(T, L, lo, p + 1, _OPENERS)
    if a < 0:
        return -1
    comma = -1
    for x in range(a, p):
        if T[x] == ",":
            comma = x
    if comma >= 0:
        if comma - a > _MAX_OPENING:
            return -1
        a = comma + 1  # "In summary, the EPA's assessment is that"
    return a
