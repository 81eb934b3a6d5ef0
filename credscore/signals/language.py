"""Signal family ``language``: loaded language and hedging, with the voice that speaks them.

Every token of the article is looked up once in three lexicons written for credscore (loaded
language, hedges, and descriptive terms that must *not* count as loaded); a loaded hit expands
to the phrase a reader would underline (``_phrase_expansion``) and is marked as the writer's own
voice, a direct quotation, or attributed indirect speech.  The rates are per 1,000 words of
article text, so they compare across articles of any length.

Attributed speech comes from the sourcing family (``attributions_of``) when it is installed;
without it only direct quotations are told apart from the writer's voice.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable, Final, Iterable, Sequence

from credscore._int_bisect import bisect_right
from credscore._letter_case import initial_upper
from credscore.analysis import AnalyzedText
from credscore.registry import SignalResult, register
from credscore.signals._lexicon_matcher import Match, default_matcher, token_keys, tokens_with
from credscore.signals._phrase_expansion import Phrase, phrases
from credscore.spans import Evidence, make_evidence, make_span, span_dict

PROVIDES: Final = (
    "loaded_language_rate",
    "quoted_loaded_rate",
    "loaded_language_intensity",
    "certainty_without_attribution_rate",
    "hedging_rate",
)
PER_WORDS: Final = 1000.0
# Entries below this intensity ("massive", "historic", "completely") are loaded only in company:
# alone they are ordinary description, next to a stronger hit they sharpen its phrase.
WEAK: Final = 0.3

WRITER: Final = "writer"
QUOTED: Final = "quoted"
ATTRIBUTED: Final = "attributed"

# A capitalised token after one of these starts a sentence (or a quoted one).
_SENTENCE_OPENERS: Final = frozenset('.!?:;"“‘\'(—–-…[')
# "might" is a noun after these ("military might"), not a modal.
_MIGHT_NOUN: Final = frozenset(
    "military economic naval industrial financial political its his her their our full all sheer".split()
)


# --- voice -------------------------------------------------------------------------------------


def _merged(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Sorted, non-overlapping starts and ends covering ``(start, end)`` pairs, for bisect."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if starts and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def _inside(offset: int, intervals: tuple[list[int], list[int]]) -> bool:
    starts, ends = intervals
    i = bisect_right(starts, offset) - 1
    return i >= 0 and offset < ends[i]


_PROVIDER: list[Callable[[AnalyzedText], Sequence[Any]]] = []


def _attributions_provider() -> Callable[[AnalyzedText], Sequence[Any]] | None:
    """The sourcing family's ``attributions_of``, found once (a failed import is retried)."""
    if _PROVIDER:
        return _PROVIDER[0]
    try:
        module = importlib.import_module("credscore.signals.sourcing")
    except ImportError:
        return None
    provider = getattr(module, "attributions_of", None)
    if provider is not None:
        _PROVIDER.append(provider)
    return provider


def voice_of(doc: AnalyzedText) -> Callable[[int], str]:
    """A function telling the voice at an offset: quoted, attributed, or the writer's."""
    quoted = _merged([(q.content_start, q.content_end) for q in doc.quotations])
    provider = _attributions_provider()
    attributed: tuple[list[int], list[int]] = ([], [])
    if provider is not None:
        attributed = _merged(
            [(c.start, c.end) for a in provider(doc) for c in (a.content, *a.continued) if c is not None]
        )

    def voice(offset: int) -> str:
        if _inside(offset, quoted):
            return QUOTED
        if _inside(offset, attributed):
            return ATTRIBUTED
        return WRITER

    return voice


# --- filtering of matches ----------------------------------------------------------------------


class _Capitalised:
    """Whether token ``i`` starts with a capital, looked up only where a hit needs it."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def __getitem__(self, i: int) -> bool:
        return self.text[self.starts[i]].isupper()

    def __len__(self) -> int:
        return len(self.starts)


class _Context:
    """Token-level facts about one document that the match filters share.

    Token offsets are read from the shared lists (``starts``, ``ends``), never as a ``Span``
    per look-up.
    """

    def __init__(self, doc: AnalyzedText) -> None:
        self.doc = doc
        self.text = doc.text
        self.tokens = doc.tokens
        self.starts: list[int] = self.tokens.starts
        self.ends: list[int] = self.tokens.ends
        self.keys = token_keys(self.text, self.tokens)
        self.capitalised = _Capitalised(self.text, self.starts)
        self._title_lines: dict[int, bool] = {}

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        if "\n" in self.text[self.ends[i - 1] : self.starts[i]]:
            return True
        return self.text[self.starts[i - 1]] in _SENTENCE_OPENERS

    def capitalised_word(self, i: int) -> bool:
        if i < 0 or i >= len(self.tokens):
            return False
        if not self.text[self.starts[i]].isupper():  # most words: no slice needed
            return False
        word = self.text[self.starts[i] : self.ends[i]]
        return not word.isupper()

    def title_case_line(self, i: int) -> bool:
        """Whether the token's line is a title-case headline (most long words capitalised)."""
        line_no = self.doc.line_index(self.starts[i])
        cached = self._title_lines.get(line_no)
        if cached is None:
            line = self.doc.lines[line_no] if self.doc.lines else make_span(0, len(self.text))
            words = self.text[line.start : line.end].split()[:40]
            long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
            caps = sum(1 for w in long_words if initial_upper(w))
            cached = bool(long_words) and caps >= 0.7 * len(long_words)
            self._title_lines[line_no] = cached
        return cached

    def looks_like_name(self, m: Match) -> bool:
        """A capitalised single word inside a run of capitalised words: a name ("Michael
        Savage", "Theresa May"), not the word, unless the whole line is in title case."""
        i = m.first
        if m.end - m.first != 1 or not self.capitalised_word(i) or self.sentence_initial(i):
            return False
        neighbours = self.capitalised_word(i - 1) or self.capitalised_word(i + 1)
        return neighbours and not self.title_case_line(i)

    def keep_hedge(self, m: Match) -> bool:
        key = self.keys[m.first]
        if key == "may":
            word = self.text[self.starts[m.first] : self.ends[m.first]]
            nxt = self.keys[m.first + 1] if m.first + 1 < len(self.keys) else ""
            if nxt[:1].isdigit():
                return False  # "May 5": the month
            if initial_upper(word) and not self.sentence_initial(m.first):
                return False  # "in May", "Theresa May"
        if key == "might" and m.first > 0 and self.keys[m.first - 1] in _MIGHT_NOUN:
            return False
        return True


def _token_span(ctx: _Context, first: int, end: int) -> tuple[int, int]:
    return ctx.starts[first], ctx.ends[end - 1]


# --- the family --------------------------------------------------------------------------------


def _phrase_evidence(ctx: _Context, phrase: Phrase, head: Match, voice: str) -> Evidence:
    text = ctx.text
    head_start, head_end = _token_span(ctx, head.first, head.end)
    entry = head.entry
    start, end = _token_span(ctx, phrase.first, phrase.end)
    matches = []
    for m in phrase.matches:
        m_start, m_end = _token_span(ctx, m.first, m.end)
        matches.append(
            {
                "term": m.entry.name,
                "category": m.entry.category,
                "intensity": m.entry.intensity,
                **span_dict(text, m_start, m_end),
            }
        )
    details = {
        "category": entry.category,
        "intensity": entry.intensity,
        "voice": voice,
        "term": entry.name,
        "head": span_dict(text, head_start, head_end),
        "matches": matches,
    }
    return make_evidence(start, end, text[start:end], entry.category, details)


def _intensity(m: Match) -> float:
    return m.entry.intensity


def analyse(doc: AnalyzedText) -> tuple[tuple[Evidence, ...], tuple[Evidence, ...]]:
    """Loaded-language and hedge evidence in the article text, in text order."""
    ctx = _Context(doc)
    matches = default_matcher().match(ctx.keys, tokens_with(ctx.text, "-", ctx.tokens))
    loaded: list[Match] = []
    hedges: list[Match] = []
    all_article = all(label is None for label in doc.line_labels)
    for m in matches:
        kind = m.entry.kind
        if kind == "descriptive":
            continue
        if not (all_article or doc.is_article_offset(ctx.starts[m.first])):
            continue
        if ctx.looks_like_name(m):
            continue
        if kind == "loaded":
            loaded.append(m)
        elif ctx.keep_hedge(m):
            hedges.append(m)
    voice = voice_of(doc) if (loaded or hedges) else (lambda offset: WRITER)
    loaded_ev = []
    for phrase in phrases(loaded, ctx.keys, ctx.capitalised):
        head = max(phrase.matches, key=_intensity)
        if head.entry.intensity < WEAK:
            continue
        loaded_ev.append(_phrase_evidence(ctx, phrase, head, voice(ctx.starts[head.first])))
    hedge_ev = []
    for m in hedges:
        start, end = _token_span(ctx, m.first, m.end)
        details = {"kind": m.entry.category, "strength": m.entry.intensity, "voice": voice(start), "term": m.entry.name}
        hedge_ev.append(make_evidence(start, end, ctx.text[start:end], "hedge", details))
    return tuple(loaded_ev), tuple(hedge_ev)


# Weights of the span score (chosen on BABE's development split, see docs/evaluation.md):
# other people's loaded words count half, because reporting them is not using them; a hedge in
# the writer's or an attributed voice adds a little, since hedged framing is still framing.
QUOTED_WEIGHT: Final = 0.5
HEDGE_WEIGHT: Final = 0.1


def loaded_score(loaded: Sequence[Evidence], hedges: Sequence[Evidence] = ()) -> float:
    """A loadedness score for a stretch of text from its evidence (e.g. one sentence's).

    The summed intensity of every lexicon entry inside the loaded phrases, entries in quoted or
    attributed speech at ``QUOTED_WEIGHT``, plus ``HEDGE_WEIGHT`` per hedge outside quotes.
    Unbounded and length-dependent: compare spans of similar length, or use the rates.
    """
    total = 0.0
    for e in loaded:
        weight = 1.0 if e.details["voice"] == WRITER else QUOTED_WEIGHT
        total += weight * sum(float(m["intensity"]) for m in e.details["matches"])
    total += HEDGE_WEIGHT * sum(1 for h in hedges if h.details["voice"] != QUOTED)
    return total


def _rate(count: int, words: int) -> float | None:
    return PER_WORDS * count / words if words else None


@register(
    "language",
    version=1,
    provides=PROVIDES,
    evidence=("loaded_language", "hedging"),
    description="Loaded language (name-calling, exaggeration, fear appeals, moral condemnation, "
    "sensational verbs, unsupported certainty) per 1,000 article words, split by voice "
    "(writer, quoted, attributed); mean intensity; hedging rate",
)
def language(doc: AnalyzedText) -> SignalResult:
    loaded, hedges = analyse(doc)
    words = doc.article_word_count
    writer = [e for e in loaded if e.details["voice"] == WRITER]
    others = [e for e in loaded if e.details["voice"] != WRITER]
    certainty = [
        e for e in writer if any(m["category"] == "certainty" for m in e.details["matches"])
    ]
    own_hedges = [e for e in hedges if e.details["voice"] != QUOTED]
    intensity = (
        sum(float(e.details["intensity"]) for e in writer) / len(writer) if writer and words else None
    )
    return SignalResult(
        values={
            "loaded_language_rate": _rate(len(writer), words),
            "quoted_loaded_rate": _rate(len(others), words),
            "loaded_language_intensity": intensity,
            "certainty_without_attribution_rate": _rate(len(certainty), words),
            "hedging_rate": _rate(len(own_hedges), words),
        },
        evidence={"loaded_language": loaded, "hedging": hedges},
        meta={
            "lexicon_forms": default_matcher().size,
            "attributions": "sourcing" if _attributions_provider() is not None else "quotations",
        },
    )
