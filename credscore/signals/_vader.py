"""VADER's ``polarity_scores``, re-implemented for speed and equal to vaderSentiment 3.3.2.

The library recomputes the same things many times per sentence: it lower-cases every word once
per lexicon hit and per rule, rebuilds the negation list on each check and formats idiom strings
for every scored word.  Here each distinct raw token is described once per process (its
lower-cased form, ALL-CAPS flag, lexicon valence, booster value, negation flag), sentences with
no lexicon word take a fixed result, the emoji translation is skipped for text without emoji, and
only the few scored words of a sentence run VADER's rules, in VADER's order, with VADER's float
operations, so that every result is bit-identical to the library's.
``tests/test_vader_equivalence.py`` checks that with hypothesis on arbitrary text.

The data are the library's own: its lexicon and emoji files read from the installed package, and
its module constants (booster words, negations, special idioms, scalars).  Only the literals that
VADER writes inline in its rules are repeated below.  The rules are those of vaderSentiment
``VERIFIED_VERSION``; with any other installed version :func:`polarity_scores` calls the library
itself, and :func:`implementation` says which one runs.
"""

from __future__ import annotations

import heapq
import math
import string
from functools import lru_cache
from typing import Callable, Final

VERIFIED_VERSION: Final = "3.3.2"

# Literals written inline in vaderSentiment's rules (not module constants there).
_EP_MAX: Final = 4  # exclamation marks counted at most
_EP_WEIGHT: Final = 0.292
_QM_WEIGHT: Final = 0.18
_QM_MAX: Final = 0.96  # emphasis for more than three question marks
_ALPHA: Final = 15  # normalize(): s / sqrt(s*s + alpha)
_SECOND_WORD: Final = 0.95  # booster two words before a scored word
_THIRD_WORD: Final = 0.9  # booster three words before
_NEVER_SO: Final = 1.25  # "never so good", "never this good"
_BEFORE_BUT: Final = 0.5
_AFTER_BUT: Final = 1.5

_CACHE_MAX: Final = 50_000  # distinct raw tokens described (some 13 MB) before the cache starts afresh

# Words VADER's rules name inline, each of which changes the score of a word near it.
_RULE_WORDS: Final = frozenset({"no", "never", "without", "so", "this", "least", "kind", "but"})
# Function words that the idiom test need not wait for: every idiom holds another word too.
_COMMON: Final = frozenset({"the", "of", "to", "for", "a", "in", "on"})

# Levels of a token: the highest in a sentence picks the way it is scored.
_INERT: Final = 0
_SCORED_QUIET: Final = 1
_LOUD: Final = 2
_EMOJI: Final = 3

_NEUTRAL: Final = (("neg", 0.0), ("neu", 1.0), ("pos", 0.0), ("compound", 0.0))
_EMPTY: Final = (("neg", 0.0), ("neu", 0.0), ("pos", 0.0), ("compound", 0.0))


def installed_version() -> str:
    from importlib import metadata  # imported when first needed: credscore imports fast

    return metadata.version("vaderSentiment")


def implementation_for(version: str) -> str:
    """Which implementation scores when vaderSentiment ``version`` is installed."""
    return "credscore" if version == VERIFIED_VERSION else "vaderSentiment"


@lru_cache(maxsize=1)
def implementation() -> str:
    """``"credscore"`` when our equivalent runs, ``"vaderSentiment"`` when the library does."""
    return implementation_for(installed_version())


def _package_text(name: str) -> str:
    from importlib import resources

    # The library opens its files with codecs.open, i.e. in binary mode: no newline translation.
    return (resources.files("vaderSentiment") / name).read_bytes().decode("utf-8")


def parse_lexicon(content: str) -> dict[str, float]:
    """word -> valence, parsed as vaderSentiment's ``make_lex_dict`` does."""
    lexicon: dict[str, float] = {}
    for line in content.rstrip("\n").split("\n"):
        if not line:
            continue
        word, measure = line.strip().split("\t")[0:2]
        lexicon[word] = float(measure)
    return lexicon


def parse_emojis(content: str) -> dict[str, str]:
    """emoji -> description, parsed as vaderSentiment's ``make_emoji_dict`` does."""
    emojis: dict[str, str] = {}
    for line in content.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        emojis[emoji] = description
    return emojis


class _Token:
    """What VADER's rules ask of one whitespace-separated token, computed once per distinct token.

    A plain class rather than a tuple: compiled, its fields are read as C struct members, which
    is most of the cost of scoring a sentence once the tokens are looked up.
    """

    __slots__ = ("low", "upper", "val", "boost", "neg", "scored", "idiom", "quiet", "level")

    def __init__(
        self,
        low: str,
        upper: bool,
        val: float | None,
        boost: float | None,
        neg: bool,
        scored: bool,
        idiom: bool,
        quiet: bool,
        level: int,
    ) -> None:
        self.low = low  # the word (punctuation stripped) lower-cased
        self.upper = upper  # in ALL CAPS
        self.val = val  # lexicon valence, None when not in the lexicon
        self.boost = boost  # booster or dampener value, None when not one
        self.neg = neg  # a negation word
        self.scored = scored  # VADER scores it: in the lexicon and not a booster
        self.idiom = idiom  # a word of some idiom or multi-word booster
        self.quiet = quiet  # changes the score of no word near it, and its own only by its valence
        self.level = level  # _INERT, _SCORED_QUIET, _LOUD or _EMOJI


class _Vader:
    """The tables, built once, and the scoring of one text."""

    def __init__(self) -> None:
        from vaderSentiment import vaderSentiment as vs

        self.lexicon = parse_lexicon(_package_text("vader_lexicon.txt"))
        # VADER looks the text up one character at a time, so only one-character keys can match.
        emojis = parse_emojis(_package_text("emoji_utf8_lexicon.txt"))
        self.emojis = {k: v for k, v in emojis.items() if len(k) == 1}
        self.emoji_chars = frozenset(self.emojis)
        if any(k.isspace() for k in self.emoji_chars):
            # whether a text holds an emoji is read off its tokens, which hold no white space
            raise ValueError("an emoji that is white space: not the verified vaderSentiment data")
        self.booster: dict[str, float] = dict(vs.BOOSTER_DICT)
        self.negate = frozenset(vs.NEGATE)
        self.special: dict[str, float] = dict(vs.SPECIAL_CASES)
        self.b_incr = vs.B_INCR
        self.c_incr = vs.C_INCR
        self.n_scalar = vs.N_SCALAR
        # Idioms and multi-word boosters are matched on space-joined lower-cased tokens, which hold
        # no white space (a test checks that str.lower never makes any), so tokens can only match
        # a key when they are its words; one uncommon word per key is enough to look out for.
        gate: set[str] = set()
        for key in (*self.special, *self.booster):
            if " " in key:
                words = key.split(" ")
                gate.update([w for w in words if w not in _COMMON] or words)
        self.idiom_words = frozenset(gate)
        self.least_scored = "least" in self.lexicon
        self.cache: dict[str, _Token] = {}

    def describe(self, raw: str) -> _Token:
        """What VADER's rules ask of one whitespace-separated token, computed once."""
        stripped = raw.strip(string.punctuation)
        word = raw if len(stripped) <= 2 else stripped  # short remains were an emoticon: keep it
        low = word.lower()
        val = self.lexicon.get(low)
        boost = self.booster.get(low)
        twice = low.lower()  # VADER's negated() lower-cases the lower-cased word again
        upper = word.isupper()
        negation = twice in self.negate or "n't" in twice
        idiom = low in self.idiom_words
        scored = val is not None and boost is None
        # quiet: changes the score of no word near it, and its own only by its valence
        quiet = not (
            boost is not None
            or negation
            or idiom
            or low in _RULE_WORDS
            or (upper and val is not None)
        )
        if not raw.isascii() and not self.emoji_chars.isdisjoint(raw):
            level = _EMOJI
        elif not quiet:
            level = _LOUD
        else:
            level = _SCORED_QUIET if scored else _INERT
        info = _Token(low, upper, val, boost, negation, scored, idiom, quiet, level)
        cache = self.cache
        if len(cache) >= _CACHE_MAX:
            cache.clear()
        cache[raw] = info
        return info

    def demojize(self, text: str) -> str:
        """The text with each emoji replaced by its description, as VADER does it."""
        emojis = self.emojis
        out = []
        prev_space = True
        for ch in text:
            description = emojis.get(ch)
            if description is None:
                out.append(ch)
                prev_space = ch == " "
            else:
                if not prev_space:
                    out.append(" ")
                out.append(description)
                prev_space = False
        return "".join(out).strip()

    def tokens(self, text: str, fields: list[str] | None = None) -> list[_Token]:
        """The descriptions of the whitespace-separated tokens of ``text`` (``fields``, when the
        caller has split it already)."""
        raws = text.split() if fields is None else fields
        cache = self.cache
        infos: list[_Token] = []
        for raw in raws:
            info = cache.get(raw)
            infos.append(self.describe(raw) if info is None else info)
        return infos

    def polarity_scores(self, text: str) -> dict[str, float]:
        values, neutral, text = self.word_scores(text)
        if not values:
            # no tokens at all, or every word scores 0: VADER's result is fixed
            return dict(_NEUTRAL if neutral else _EMPTY)
        return _score(values, neutral, text)

    def compound(self, text: str, fields: list[str] | None = None) -> float:
        """``polarity_scores(text)["compound"]`` without the three proportions."""
        values, _, text = self.word_scores(text, fields)
        if not values:
            return 0.0
        return _compound(float(sum(values)), _amplifier(text))

    def word_scores(self, text: str, fields: list[str] | None = None) -> tuple[list[float], int, str]:
        """The non-zero word scores in text order, the count of the other words, and the text
        VADER scores (emoji replaced by their descriptions), on which punctuation counts;
        ``fields`` is ``text.split()`` when the caller has it."""
        infos = self.tokens(text, fields)  # stripping the text first would not change its tokens
        if not infos:
            return [], 0, text
        level = _INERT
        for info in infos:
            if info.level > level:
                level = info.level
        if level == _EMOJI:
            text = self.demojize(text)
            infos = self.tokens(text)
            if not infos:
                return [], 0, text
            level = _LOUD  # (a description holding an emoji character needs no second pass)
        n = len(infos)
        if level == _INERT:
            return [], n, text
        values: list[float] = []  # the non-zero word scores, in text order
        if level == _SCORED_QUIET:  # no rule applies anywhere: each scored word keeps its valence
            for info in infos:
                val = info.val
                if info.scored and val:
                    values.append(val)
            return values, n - len(values), text
        hits: list[int] = []
        lows: list[str] = []
        uppers = 0
        for i, info in enumerate(infos):
            if info.scored:
                hits.append(i)
            if info.upper:
                uppers += 1
            lows.append(info.low)
        if not hits:
            return [], n, text
        cap_diff = 0 < uppers < n  # some but not all words in ALL CAPS
        positions: list[int] = []
        last = n - 1
        for i in hits:
            # VADER's rules read three words before a scored word and two after it
            calm = True
            for k in range(i - 3 if i > 3 else 0, i + 3 if i + 3 < n else n):
                if not infos[k].quiet:
                    calm = False
                    break
            v: float | None
            if calm:
                v = infos[i].val
            elif i < last and lows[i] == "kind" and lows[i + 1] == "of":
                continue
            else:
                v = self.valence(i, infos, lows, cap_diff)
            if v:
                values.append(v)
                positions.append(i)
        if values and "but" in lows:
            values = _but_check(values, positions, lows.index("but"))
        return values, n - len(values), text

    def valence(self, i: int, infos: list[_Token], lows: list[str], cap_diff: bool) -> float:
        """The score of the lexicon word at ``i``: VADER's ``sentiment_valence``."""
        n_scalar = self.n_scalar
        c_incr = self.c_incr
        info = infos[i]
        val = info.val
        assert val is not None  # only lexicon words are scored
        base: float = val
        valence = base
        n = len(lows)
        # "no" before another lexicon word negates that word instead of counting itself
        if lows[i] == "no" and i != n - 1 and infos[i + 1].val is not None:
            valence = 0.0
        if (
            (i > 0 and lows[i - 1] == "no")
            or (i > 1 and lows[i - 2] == "no")
            or (i > 2 and lows[i - 3] == "no" and lows[i - 1] in ("or", "nor"))
        ):
            valence = base * n_scalar
        if info.upper and cap_diff:
            if valence > 0:
                valence += c_incr
            else:
                valence -= c_incr
        for dist in (1, 2, 3):
            if i < dist:
                break
            prev = infos[i - dist]
            if prev.val is not None:
                continue
            # booster or dampener `dist` words before
            s = 0.0
            boost = prev.boost
            if boost is not None:
                s = boost
                if valence < 0:
                    s *= -1
                if prev.upper and cap_diff:
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if dist == 2 and s != 0:
                s = s * _SECOND_WORD
            elif dist == 3 and s != 0:
                s = s * _THIRD_WORD
            valence = valence + s
            # negation `dist` words before
            if dist == 1:
                if prev.neg:
                    valence = valence * n_scalar
            elif dist == 2:
                if lows[i - 2] == "never" and lows[i - 1] in ("so", "this"):
                    valence = valence * _NEVER_SO
                elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
                    pass
                elif prev.neg:
                    valence = valence * n_scalar
            else:
                if (lows[i - 3] == "never" and lows[i - 2] in ("so", "this")) or lows[i - 1] in (
                    "so",
                    "this",
                ):
                    valence = valence * _NEVER_SO
                elif lows[i - 3] == "without" and "doubt" in (lows[i - 2], lows[i - 1]):
                    pass
                elif prev.neg:
                    valence = valence * n_scalar
                for k in range(i - 3, i + 3 if i + 3 < n else n):
                    if infos[k].idiom:
                        valence = self.idioms(valence, lows, i)
                        break
        # "least" before the word negates it, unless "at least" or "very least"
        if i > 0 and lows[i - 1] == "least" and not self.least_scored:
            if i > 1:
                if lows[i - 2] != "at" and lows[i - 2] != "very":
                    valence = valence * n_scalar
            else:
                valence = valence * n_scalar
        return valence

    def idioms(self, valence: float, lows: list[str], i: int) -> float:
        """VADER's ``_special_idioms_check`` for the word at ``i`` (``i >= 3``)."""
        special = self.special
        booster = self.booster
        onezero = f"{lows[i - 1]} {lows[i]}"
        twoonezero = f"{lows[i - 2]} {lows[i - 1]} {lows[i]}"
        twoone = f"{lows[i - 2]} {lows[i - 1]}"
        threetwoone = f"{lows[i - 3]} {lows[i - 2]} {lows[i - 1]}"
        threetwo = f"{lows[i - 3]} {lows[i - 2]}"
        for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if seq in special:
                valence = special[seq]
                break
        n = len(lows)
        if n - 1 > i:
            zeroone = f"{lows[i]} {lows[i + 1]}"
            if zeroone in special:
                valence = special[zeroone]
        if n - 1 > i + 1:
            zeroonetwo = f"{lows[i]} {lows[i + 1]} {lows[i + 2]}"
            if zeroonetwo in special:
                valence = special[zeroonetwo]
        for ngram in (threetwoone, threetwo, twoone):
            if ngram in booster:
                valence = valence + booster[ngram]
        return valence


def _but_check(values: list[float], positions: list[int], bi: int) -> list[float]:
    """VADER's ``_but_check`` on the non-zero scores, in linear-logarithmic time.

    VADER walks the scores and scales the *first* score equal to the current one (``list.index``),
    halving it before the first "but" and adding half after it; with repeated values that first
    equal score may be an earlier, already scaled one.  Zeros stay zeros, so only non-zero scores
    matter.  A heap per value gives the first position holding it, as ``list.index`` would.
    """
    current = list(values)
    holders: dict[float, list[int]] = {}
    for k, v in enumerate(values):
        holders.setdefault(v, []).append(k)  # ascending, hence already a heap
    for v in values:  # the score at step k is still values[k]: steps only change positions <= k
        heap = holders[v]
        first = heap[0]
        if positions[first] < bi:
            new = v * _BEFORE_BUT
        elif positions[first] > bi:
            new = v * _AFTER_BUT
        else:
            continue
        heapq.heappop(heap)
        if not heap:
            del holders[v]
        current[first] = new
        heapq.heappush(holders.setdefault(new, []), first)
    return current


def _score(values: list[float], neutral: int, text: str) -> dict[str, float]:
    """VADER's ``score_valence`` from the non-zero scores in order and the count of zeros."""
    amplifier = _amplifier(text)
    # The builtin sum, as VADER's (compensated from Python 3.12 on); zeros change no sum.
    compound = _compound(float(sum(values)), amplifier)
    pos_sum = 0.0
    neg_sum = 0.0
    for v in values:
        if v > 0:
            pos_sum += v + 1
        elif v < 0:
            neg_sum += v - 1
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neutral
    return {
        "neg": fast_round(math.fabs(neg_sum / total), 1000.0, 3),
        "neu": fast_round(math.fabs(neutral / total), 1000.0, 3),
        "pos": fast_round(math.fabs(pos_sum / total), 1000.0, 3),
        "compound": compound,
    }


def _amplifier(text: str) -> float:
    """VADER's emphasis for exclamation marks and repeated question marks."""
    ep = text.count("!")
    if ep > _EP_MAX:
        ep = _EP_MAX
    qm = text.count("?")
    qm_amp = 0.0  # VADER starts from the int 0: the same sum either way
    if qm > 1:
        qm_amp = qm * _QM_WEIGHT if qm <= 3 else _QM_MAX
    return ep * _EP_WEIGHT + qm_amp


def _compound(sum_s: float, amplifier: float) -> float:
    """VADER's normalised, rounded compound score from the sum of the word scores."""
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + _ALPHA)
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0
    return fast_round(compound, 10000.0, 4)


def fast_round(x: float, scale: float, ndigits: int) -> float:
    """``round(x, ndigits)`` for ``scale == 10.0 ** ndigits``, bit for bit, some 3x faster.

    Python's round converts x to decimal and back, which dominates scoring a short sentence.
    Below 1e9 the float product x * scale is within 1.2e-7 of the exact one, so unless it lies
    within 1e-6 of a tie it rounds to the same integer k; k / scale is then the float nearest to
    k / 10**ndigits, which is what round returns.  Ties, huge values and results of zero (whose
    sign round keeps) go to round itself.
    """
    if x == 0.0:
        return float(x)  # round keeps the zero and its sign
    y = x * scale
    if not -1e9 < y < 1e9:
        return round(x, ndigits)
    k = math.floor(y)
    frac = y - k
    if -1e-6 < frac - 0.5 < 1e-6:
        return round(x, ndigits)
    if frac > 0.5:
        k += 1
    if k == 0:
        return round(x, ndigits)
    return k / scale


@lru_cache(maxsize=1)
def _engine() -> _Vader:
    return _Vader()


def scorer_for(version: str) -> Callable[[str], dict[str, float]]:
    """``polarity_scores`` of the implementation that runs with vaderSentiment ``version``."""
    if implementation_for(version) == "credscore":
        return _engine().polarity_scores
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer().polarity_scores


def compound_scorer_for(version: str) -> Callable[[str, list[str] | None], float]:
    """The compound score alone, from the implementation that runs with ``version``, called
    with a text and its ``text.split()`` (or None)."""
    if implementation_for(version) == "credscore":
        return _engine().compound
    polarity = scorer_for(version)
    return lambda text, fields: float(polarity(text)["compound"])


@lru_cache(maxsize=1)
def _scorer() -> Callable[[str], dict[str, float]]:
    return scorer_for(installed_version())


@lru_cache(maxsize=1)
def _compound_scorer() -> Callable[[str, list[str] | None], float]:
    return compound_scorer_for(installed_version())


def polarity_scores(text: str) -> dict[str, float]:
    """VADER's ``{"neg", "neu", "pos", "compound"}`` for ``text``, equal to the library's."""
    return _scorer()(text)


def compound(text: str, fields: list[str] | None = None) -> float:
    """VADER's compound score for ``text``, equal to the library's; the cheaper call when the
    proportions are not needed.  ``fields`` may pass ``text.split()`` when the caller has it,
    which saves splitting again; anything else gives a wrong score."""
    return _compound_scorer()(text, fields)
