"""Outlet comparison: per-group statistics built from mergeable partial aggregates.

``compare(profiles, by="outlet")`` is ``aggregate(profiles, by=...).finalise(...)``.  The
:class:`Partial` in between is what makes the comparison scale: aggregate each partition (on
another machine, say), ship ``Partial.to_dict()``, ``merge`` the partials in any order and
finalise once.  ``merge(aggregate(a), aggregate(b))`` finalises to exactly what ``aggregate(a +
b)`` does.

The bootstrap needs the values themselves, so a partial keeps, per group, a sample of at most
``max_values`` articles (score and every signal).  The sample is a *bottom-k* sample: each article
gets a pseudo-random priority from a hash of its id and text, and the ``max_values`` lowest
priorities are kept.  Bottom-k of a union is the bottom-k of the parts' bottom-k, so merging stays
exact and the result does not depend on how the data was partitioned or ordered.  Below the cap
(10,000 articles per group by default) every value is kept and nothing is approximated; above it,
counts and means are still computed from running sums over every article, while the median, the
intervals and the effect sizes come from the sample.

Statistics (``finalise``):

- per group: count, mean and median score, and a percentile-bootstrap interval (95% by default,
  ``n_boot`` resamples of the group's articles) for the mean score and the mean of every signal;
  one resample draws whole articles, so score and signals are resampled together;
- groups with fewer than ``thin_below`` (5) articles are marked ``thin``: their intervals are wide
  or degenerate (one article gives a zero-width interval) and should not be read as precise;
- pairwise: the difference of mean scores with a bootstrap interval (independent resamples of the
  two groups) and **Cliff's delta** as the effect size: ``P(a > b) - P(a < b)`` over all pairs of
  articles, in [-1, 1], with Romano et al.'s (2006) magnitude labels (negligible < 0.147 <= small
  < 0.33 <= medium < 0.474 <= large).  Cliff's delta is chosen over Cohen's d because scores are
  bounded and skewed and groups are small: it needs no normality and no pooled variance;
- drivers: per group, the signals whose average contribution to the score's logit is largest in
  size, each with a few evidence spans (the words) from the group's own articles.

The resampling is deterministic: each group draws from a generator seeded by ``seed`` and the
group's name, so adding or removing another group does not change a group's interval.
"""

from __future__ import annotations

import hashlib
import json
import math
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

import attrs

from credscore.profile import Profile, json_number

if TYPE_CHECKING:  # pragma: no cover
    import pandas

THIN_BELOW = 5
DEFAULT_MAX_VALUES = 10_000
DEFAULT_BOOTSTRAP = 2000
DEFAULT_CONFIDENCE = 0.95
# Pairwise differences grow quadratically; past this many scored groups only neighbours in the
# ranking are compared (``pairwise="all"`` forces every pair).
ALL_PAIRS_UP_TO = 30
# Evidence kept per group, signal and direction, and per article and evidence list.
EXEMPLARS_PER_SIGNAL = 3
EXEMPLARS_PER_ARTICLE = 2
DRIVERS_PER_GROUP = 3
# Characters of article text shown either side of a highlighted span, and the longest highlight.
CONTEXT_CHARS = 90
MAX_HIGHLIGHT = 240
# Bootstrap resamples are drawn in blocks so memory stays near this many cells.
_BLOCK_CELLS = 2_000_000
NO_GROUP_LABEL = "(no outlet)"

GroupKey = "str | None"


# ---------------------------------------------------------------------------------------------
# Partial aggregates


@attrs.frozen(kw_only=True)
class Sample:
    """One article in a group's value sample: its priority key, score and signal values."""

    key: str
    score: float | None
    signals: Mapping[str, float | None]
    # Each signal's total contribution to the score's logit (scored articles only).
    contributions: Mapping[str, float] = attrs.field(factory=dict)

    def order(self) -> tuple:
        # A total order, so equal priorities (the same article twice) still sort the same way.
        return (
            self.key, self.score is None, self.score or 0.0,
            _canonical(self.signals), _canonical(self.contributions),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "score": self.score, "signals": dict(self.signals),
            "contributions": dict(self.contributions),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Sample":
        return cls(
            key=d["key"], score=d["score"], signals=dict(d["signals"]),
            contributions=dict(d.get("contributions", {})),
        )


@attrs.frozen(kw_only=True)
class Exemplar:
    """An evidence span from one article, with the text around it, for a report to highlight.

    ``before + highlight + after`` is a slice of the article's text; ``highlight`` is the evidence
    span itself (shortened in the middle with " … " when longer than ``MAX_HIGHLIGHT``).
    """

    signal: str
    contribution: float
    evidence_list: str
    article: str | None
    doc_key: str
    rank: int
    start: int
    end: int
    label: str | None
    before: str
    highlight: str
    after: str

    def order(self) -> tuple:
        return (-abs(self.contribution), self.doc_key, self.rank, self.evidence_list, self.start)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Exemplar":
        return cls(**d)


@attrs.frozen(kw_only=True)
class GroupPartial:
    """Everything a group needs to be finalised, in a form two partitions can combine."""

    count: int = 0
    scored: int = 0
    score_sum: float = 0.0
    signal_count: Mapping[str, int] = attrs.field(factory=dict)
    signal_sum: Mapping[str, float] = attrs.field(factory=dict)
    contribution_count: Mapping[str, int] = attrs.field(factory=dict)
    contribution_sum: Mapping[str, float] = attrs.field(factory=dict)
    flags: Mapping[str, int] = attrs.field(factory=dict)
    samples: tuple[Sample, ...] = ()
    exemplars: Mapping[str, tuple[Exemplar, ...]] = attrs.field(factory=dict)

    def merge(self, other: "GroupPartial", *, max_values: int) -> "GroupPartial":
        samples = sorted(self.samples + other.samples, key=Sample.order)[:max_values]
        exemplars = dict(self.exemplars)
        for key, items in other.exemplars.items():
            exemplars[key] = _top_exemplars(exemplars.get(key, ()) + items)
        return GroupPartial(
            count=self.count + other.count,
            scored=self.scored + other.scored,
            score_sum=self.score_sum + other.score_sum,
            signal_count=_add_counts(self.signal_count, other.signal_count),
            signal_sum=_add_counts(self.signal_sum, other.signal_sum),
            contribution_count=_add_counts(self.contribution_count, other.contribution_count),
            contribution_sum=_add_counts(self.contribution_sum, other.contribution_sum),
            flags=_add_counts(self.flags, other.flags),
            samples=tuple(samples),
            exemplars=dict(sorted(exemplars.items())),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count,
            "scored": self.scored,
            "score_sum": self.score_sum,
            "signal_count": dict(self.signal_count),
            "signal_sum": dict(self.signal_sum),
            "contribution_count": dict(self.contribution_count),
            "contribution_sum": dict(self.contribution_sum),
            "flags": dict(self.flags),
            "samples": [s.to_dict() for s in self.samples],
            "exemplars": {k: [e.to_dict() for e in v] for k, v in self.exemplars.items()},
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "GroupPartial":
        return cls(
            count=int(d["count"]),
            scored=int(d["scored"]),
            score_sum=float(d["score_sum"]),
            signal_count=dict(d["signal_count"]),
            signal_sum=dict(d["signal_sum"]),
            contribution_count=dict(d["contribution_count"]),
            contribution_sum=dict(d["contribution_sum"]),
            flags=dict(d["flags"]),
            samples=tuple(Sample.from_dict(s) for s in d["samples"]),
            exemplars={k: tuple(Exemplar.from_dict(e) for e in v) for k, v in d["exemplars"].items()},
        )


@attrs.frozen(kw_only=True)
class Partial:
    """A mergeable aggregate of profiles grouped by ``by``; ``finalise`` turns it into a
    :class:`Comparison`.  ``to_dict``/``from_dict`` carry it between processes as JSON."""

    by: str
    max_values: int = DEFAULT_MAX_VALUES
    groups: Mapping[Any, GroupPartial] = attrs.field(factory=dict)
    errors: int = 0
    weights: Mapping[str, int] = attrs.field(factory=dict)

    def merge(self, other: "Partial") -> "Partial":
        """The partial of both inputs together; associative and commutative."""
        if self.by != other.by:
            raise ValueError(f"cannot merge partials grouped by {self.by!r} and {other.by!r}")
        cap = min(self.max_values, other.max_values)
        groups = {k: _truncate(g, cap) for k, g in self.groups.items()}
        for key, group in other.groups.items():
            groups[key] = groups[key].merge(group, max_values=cap) if key in groups else _truncate(group, cap)
        return Partial(
            by=self.by,
            max_values=cap,
            groups=dict(sorted(groups.items(), key=lambda kv: _group_sort_key(kv[0]))),
            errors=self.errors + other.errors,
            weights=_add_counts(self.weights, other.weights),
        )

    def finalise(
        self,
        *,
        seed: int = 0,
        n_boot: int = DEFAULT_BOOTSTRAP,
        confidence: float = DEFAULT_CONFIDENCE,
        thin_below: int = THIN_BELOW,
        pairwise: str = "auto",
    ) -> "Comparison":
        """The comparison: statistics per group, pairwise differences, drivers with evidence."""
        return _finalise(
            self, seed=seed, n_boot=n_boot, confidence=confidence, thin_below=thin_below,
            pairwise=pairwise,
        )

    finalize = finalise

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "credscore.compare.Partial",
            "by": self.by,
            "max_values": self.max_values,
            "errors": self.errors,
            "weights": dict(self.weights),
            "groups": [{"group": k, **g.to_dict()} for k, g in self.groups.items()],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Partial":
        return cls(
            by=d["by"],
            max_values=int(d["max_values"]),
            errors=int(d["errors"]),
            weights=dict(d["weights"]),
            groups={g["group"]: GroupPartial.from_dict(g) for g in d["groups"]},
        )


def merge(partials: Iterable[Partial]) -> Partial:
    """Merge any number of partials (at least one)."""
    partials = list(partials)
    if not partials:
        raise ValueError("merge needs at least one partial")
    out = partials[0]
    for p in partials[1:]:
        out = out.merge(p)
    return out


def aggregate(
    profiles: Iterable[Any],
    by: "str | Callable[[Profile], Any]" = "outlet",
    *,
    max_values: int = DEFAULT_MAX_VALUES,
) -> Partial:
    """The partial aggregate of ``profiles`` (Profiles, profile dicts, or error records, which
    are counted and skipped), grouped by ``by``: ``"outlet"``, ``"domain"`` (the URL's host), any
    other profile attribute name, or a function of the profile."""
    if max_values < 1:
        raise ValueError("max_values must be at least 1")
    key_of, by_name = _grouper(by)
    builders: dict[Any, _GroupBuilder] = {}
    errors = 0
    weights: dict[str, int] = {}
    for item in profiles:
        profile = _as_profile(item)
        if profile is None:
            errors += 1
            continue
        key = key_of(profile)
        key = None if key is None else str(key)
        builders.setdefault(key, _GroupBuilder()).add(profile)
        version = str(profile.provenance.get("weights"))
        weights[version] = weights.get(version, 0) + 1
    groups = {k: _truncate(b.freeze(), max_values) for k, b in builders.items()}
    return Partial(
        by=by_name,
        max_values=max_values,
        groups=dict(sorted(groups.items(), key=lambda kv: _group_sort_key(kv[0]))),
        errors=errors,
        weights=weights,
    )


def compare(
    profiles: Iterable[Any],
    by: "str | Callable[[Profile], Any]" = "outlet",
    *,
    seed: int = 0,
    n_boot: int = DEFAULT_BOOTSTRAP,
    confidence: float = DEFAULT_CONFIDENCE,
    thin_below: int = THIN_BELOW,
    pairwise: str = "auto",
    max_values: int = DEFAULT_MAX_VALUES,
) -> "Comparison":
    """Compare groups of profiles (outlets by default): see the module documentation."""
    return aggregate(profiles, by, max_values=max_values).finalise(
        seed=seed, n_boot=n_boot, confidence=confidence, thin_below=thin_below, pairwise=pairwise
    )


class _GroupBuilder:
    """Mutable accumulator for one group inside one ``aggregate`` call."""

    def __init__(self) -> None:
        self.count = 0
        self.scored = 0
        self.score_sum = 0.0
        self.signal_count: dict[str, int] = {}
        self.signal_sum: dict[str, float] = {}
        self.contribution_count: dict[str, int] = {}
        self.contribution_sum: dict[str, float] = {}
        self.flags: dict[str, int] = {}
        self.samples: list[Sample] = []
        self.exemplars: dict[str, list[Exemplar]] = {}

    def add(self, p: Profile) -> None:
        self.count += 1
        score = _finite(p.score)
        if score is not None:
            self.scored += 1
            self.score_sum += score
        values: dict[str, float | None] = {}
        for name, raw in p.signals.items():
            value = _finite(raw)
            values[name] = value
            if value is not None:
                self.signal_count[name] = self.signal_count.get(name, 0) + 1
                self.signal_sum[name] = self.signal_sum.get(name, 0.0) + value
        for flag in p.flags:
            self.flags[flag] = self.flags.get(flag, 0) + 1
        key = doc_key(p)
        per_signal: dict[str, float] = {}
        if score is not None:
            for dim in p.dimensions.values():
                for c in dim.contributions:
                    per_signal[c.signal] = per_signal.get(c.signal, 0.0) + c.contribution
        self.samples.append(Sample(key=key, score=score, signals=values, contributions=per_signal))
        for signal, total in per_signal.items():
            self.contribution_count[signal] = self.contribution_count.get(signal, 0) + 1
            self.contribution_sum[signal] = self.contribution_sum.get(signal, 0.0) + total
            if total != 0.0 and values.get(signal) is not None:
                bucket = _exemplar_bucket(signal, total)
                self.exemplars.setdefault(bucket, []).extend(
                    _exemplars_for(p, signal, total, key)
                )

    def freeze(self) -> GroupPartial:
        return GroupPartial(
            count=self.count,
            scored=self.scored,
            score_sum=self.score_sum,
            signal_count=dict(self.signal_count),
            signal_sum=dict(self.signal_sum),
            contribution_count=dict(self.contribution_count),
            contribution_sum=dict(self.contribution_sum),
            flags=dict(self.flags),
            samples=tuple(sorted(self.samples, key=Sample.order)),
            exemplars={k: _top_exemplars(tuple(v)) for k, v in sorted(self.exemplars.items())},
        )


def doc_key(p: Profile) -> str:
    """The article's sampling priority: a hash of its id and text (stable across machines)."""
    h = hashlib.blake2b(digest_size=8)
    h.update((p.id or "").encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(p.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _truncate(group: GroupPartial, cap: int) -> GroupPartial:
    if len(group.samples) <= cap:
        return group
    return attrs.evolve(group, samples=group.samples[:cap])


def _top_exemplars(items: tuple[Exemplar, ...]) -> tuple[Exemplar, ...]:
    return tuple(sorted(items, key=Exemplar.order)[:EXEMPLARS_PER_SIGNAL])


def _exemplar_bucket(signal: str, contribution: float) -> str:
    return f"{signal}{'+' if contribution > 0 else '-'}"


def _add_counts(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return dict(sorted(out.items()))


def _canonical(values: Mapping[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, allow_nan=True)


def _finite(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _group_sort_key(key: Any) -> tuple:
    return (key is None, "" if key is None else str(key))


def _as_profile(item: Any) -> Profile | None:
    if isinstance(item, Profile):
        return item
    if isinstance(item, Mapping):
        if "error" in item and "text" not in item:
            return None
        return Profile.from_dict(item)
    # ErrorRecord and anything else that is not a profile is counted as an error.
    return None


def _grouper(by: Any) -> tuple[Callable[[Profile], Any], str]:
    if callable(by):
        return by, getattr(by, "__name__", "custom")
    if by == "domain":
        return _domain, "domain"
    if not isinstance(by, str) or by not in {f.name for f in attrs.fields(Profile)}:
        raise ValueError(f"cannot group by {by!r}; use 'outlet', 'domain', a profile field or a function")
    return (lambda p: getattr(p, by)), by


def _domain(p: Profile) -> str | None:
    if not p.url:
        return None
    from urllib.parse import urlsplit

    host = (urlsplit(p.url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


# ---------------------------------------------------------------------------------------------
# Evidence exemplars


@lru_cache(maxsize=1)
def _evidence_lists_by_signal() -> dict[str, tuple[str, ...]]:
    from credscore import registry

    out: dict[str, tuple[str, ...]] = {}
    for spec in registry.available():
        for value in spec.provides:
            out[value] = spec.evidence
    return out


def _tokens(name: Any) -> set[str]:
    return set(str(name).lower().replace("-", "_").replace(" ", "_").split("_")) - {""}


def _exemplars_for(p: Profile, signal: str, contribution: float, key: str) -> list[Exemplar]:
    """The evidence that best shows why ``signal`` moved this article's score.

    The signal's family names its evidence lists in the registry.  Within a list, items whose
    label shares a word with the signal name are preferred ("negative" for
    ``sentiment_negative_share``, "comments" for ``boilerplate_comments_ratio``); then, for a
    signal that lowers the score, items in the writer's own voice; then higher ``intensity``;
    then order of appearance.
    """
    out: list[Exemplar] = []
    signal_tokens = _tokens(signal)
    for list_name in _evidence_lists_by_signal().get(signal, ()):
        items = list(p.evidence.get(list_name, ()))
        matching = [e for e in items if e.label is not None and _tokens(e.label) & signal_tokens]
        if matching:
            items = matching

        def preference(pair: tuple[int, Any]) -> tuple:
            i, e = pair
            voice = e.details.get("voice")
            intensity = _finite(e.details.get("intensity")) or 0.0
            return (contribution < 0 and voice not in (None, "writer"), -intensity, i)

        chosen = sorted(enumerate(items), key=preference)[:EXEMPLARS_PER_ARTICLE]
        for rank, (_, ev) in enumerate(chosen):
            out.append(_snippet(p, ev, signal=signal, contribution=contribution,
                                evidence_list=list_name, key=key, rank=rank))
    return out


def _snippet(p: Profile, ev: Any, *, signal: str, contribution: float, evidence_list: str,
             key: str, rank: int) -> Exemplar:
    text = p.text
    start, end = ev.start, ev.end
    if not (0 <= start <= end <= len(text)) or text[start:end] != ev.text:
        before, highlight, after = "", ev.text, ""  # offsets do not fit this text: no context
    else:
        lo = max(0, start - CONTEXT_CHARS)
        if lo > 0:
            space = text.find(" ", lo, start)
            lo = space + 1 if space != -1 else lo
        hi = min(len(text), end + CONTEXT_CHARS)
        if hi < len(text):
            space = text.rfind(" ", end, hi)
            hi = space if space != -1 else hi
        before = ("… " if lo > 0 else "") + text[lo:start]
        after = text[end:hi] + (" …" if hi < len(text) else "")
        highlight = text[start:end]
    if len(highlight) > MAX_HIGHLIGHT:
        # Keep the first and last words of a long span, cut at spaces so no word is split.
        half = MAX_HIGHLIGHT // 2
        head_end = highlight.rfind(" ", 0, half)
        tail_start = highlight.find(" ", len(highlight) - half)
        head = highlight[: head_end if head_end > 0 else half]
        tail = highlight[tail_start + 1 if tail_start != -1 else len(highlight) - half :]
        highlight = head + " … " + tail
    return Exemplar(
        signal=signal,
        contribution=contribution,
        evidence_list=evidence_list,
        article=p.id,
        doc_key=key,
        rank=rank,
        start=start,
        end=end,
        label=ev.label,
        before=_one_line(before),
        highlight=_one_line(highlight),
        after=_one_line(after),
    )


def _one_line(s: str) -> str:
    return " ".join(s.split()) if s.strip() else ""


# ---------------------------------------------------------------------------------------------
# The finished comparison


@attrs.frozen(kw_only=True)
class Stat:
    """A metric over one group: how many values, mean, median and the bootstrap interval."""

    n: int
    mean: float | None
    median: float | None
    low: float | None
    high: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "mean": json_number(self.mean),
            "median": json_number(self.median),
            "low": json_number(self.low),
            "high": json_number(self.high),
        }


@attrs.frozen(kw_only=True)
class Driver:
    """A signal that moves a group's scores: its mean contribution to the logit and evidence."""

    signal: str
    mean_contribution: float
    evidence: tuple[Exemplar, ...]

    @property
    def direction(self) -> str:
        return "raises" if self.mean_contribution > 0 else "lowers"

    def to_dict(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "mean_contribution": self.mean_contribution,
            "direction": self.direction,
            "evidence": [
                {k: v for k, v in e.to_dict().items() if k not in ("doc_key", "rank", "signal")}
                for e in self.evidence
            ],
        }


@attrs.frozen(kw_only=True)
class GroupSummary:
    """One group (outlet) of a comparison."""

    group: str | None
    rank: int | None
    count: int
    thin: bool
    sampled: bool
    score: Stat
    signals: Mapping[str, Stat]
    drivers: tuple[Driver, ...]
    flags: Mapping[str, int]

    @property
    def label(self) -> str:
        return NO_GROUP_LABEL if self.group is None else self.group

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "rank": self.rank,
            "count": self.count,
            "thin": self.thin,
            "sampled": self.sampled,
            "score": self.score.to_dict(),
            "signals": {k: v.to_dict() for k, v in self.signals.items()},
            "drivers": [d.to_dict() for d in self.drivers],
            "flags": dict(self.flags),
        }


@attrs.frozen(kw_only=True)
class PairDifference:
    """Group ``a`` minus group ``b`` (``a`` ranks higher): mean score difference with its
    bootstrap interval, and Cliff's delta over the two groups' articles."""

    a: str | None
    b: str | None
    difference: float
    low: float | None
    high: float | None
    cliffs_delta: float
    magnitude: str
    thin: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "difference": json_number(self.difference),
            "low": json_number(self.low),
            "high": json_number(self.high),
            "cliffs_delta": json_number(self.cliffs_delta),
            "magnitude": self.magnitude,
            "thin": self.thin,
        }


@attrs.frozen(kw_only=True)
class Comparison:
    """Groups ranked by mean score (highest first; groups without scores last), pairwise
    differences, and the settings that produced them."""

    by: str
    groups: tuple[GroupSummary, ...]
    pairs: tuple[PairDifference, ...]
    signals: tuple[str, ...]
    errors: int
    weights: Mapping[str, int]
    seed: int
    n_boot: int
    confidence: float
    thin_below: int
    max_values: int

    def group(self, name: str | None) -> GroupSummary:
        for g in self.groups:
            if g.group == name:
                return g
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-safe form: settings, groups (ranked), pairwise differences."""
        from credscore._version import __version__

        return {
            "kind": "credscore.Comparison",
            "version": __version__,
            "by": self.by,
            "settings": {
                "seed": self.seed,
                "n_boot": self.n_boot,
                "confidence": self.confidence,
                "thin_below": self.thin_below,
                "max_values": self.max_values,
                "effect_size": "cliffs_delta",
            },
            "weights": dict(self.weights),
            "errors": self.errors,
            "signals": list(self.signals),
            "groups": [g.to_dict() for g in self.groups],
            "pairs": [p.to_dict() for p in self.pairs],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False, allow_nan=False)

    def to_rows(self) -> list[dict[str, Any]]:
        """One flat row per group (CSV and DataFrame): score statistics, then every signal's
        mean and interval as ``<signal>_mean``, ``<signal>_low``, ``<signal>_high``."""
        rows = []
        for g in self.groups:
            row: dict[str, Any] = {
                self.by: g.label if g.group is not None else None,
                "rank": g.rank,
                "count": g.count,
                "scored": g.score.n,
                "thin": g.thin,
                "score_mean": g.score.mean,
                "score_median": g.score.median,
                "score_low": g.score.low,
                "score_high": g.score.high,
            }
            for name in self.signals:
                s = g.signals.get(name)
                row[f"{name}_mean"] = s.mean if s else None
                row[f"{name}_low"] = s.low if s else None
                row[f"{name}_high"] = s.high if s else None
            rows.append(row)
        return rows

    def to_csv(self) -> str:
        import csv
        import io

        rows = self.to_rows()
        buf = io.StringIO()
        fields = list(rows[0]) if rows else [self.by, "rank", "count"]
        writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()

    def to_frame(self) -> "pandas.DataFrame":
        """The groups as a pandas DataFrame (one row per group, indexed by group)."""
        from credscore._optional import require

        pd = require("pandas", "pandas", purpose="Comparison.to_frame()")
        return pd.DataFrame(self.to_rows()).set_index(self.by)

    def to_markdown(self) -> str:
        from credscore.report.markdown import render_markdown

        return render_markdown(self)

    def to_html(self, *, title: str | None = None) -> str:
        from credscore.report.html import render_html

        return render_html(self, title=title)


def _ordered_signals(partial: Partial) -> tuple[str, ...]:
    present: set[str] = set()
    for g in partial.groups.values():
        for s in g.samples:
            present.update(s.signals)
    try:
        from credscore import registry

        known = [n for n in registry.feature_names() if n in present]
    except Exception:  # a broken family must not stop a comparison of stored profiles
        known = []
    return tuple(known) + tuple(sorted(present - set(known)))


def _group_seed(seed: int, key: Any) -> list[int]:
    label = b"\0none" if key is None else str(key).encode("utf-8", "surrogatepass")
    return [int(seed) & 0xFFFFFFFF, zlib.crc32(label)]


def bootstrap_means(values: "Any", *, n_boot: int, rng: "Any") -> "Any":
    """Bootstrap means of every column of ``values`` (articles x metrics, NaN = missing).

    Each resample draws ``n`` articles with replacement (counted per article); a column's mean
    over a resample ignores its missing values, and is NaN when the resample holds none.
    Returns an ``n_boot x metrics`` array.
    """
    import numpy as np

    values = np.asarray(values, dtype=float)
    n, m = values.shape
    present = ~np.isnan(values)
    filled = np.where(present, values, 0.0)
    out = np.empty((n_boot, m))
    block = max(1, _BLOCK_CELLS // max(n, 1))
    for lo in range(0, n_boot, block):
        size = min(block, n_boot - lo)
        # Draw indices and count them per resample: the multinomial counts, much faster than
        # numpy's multinomial for many categories.
        picks = rng.integers(0, n, size=(size, n)) + (np.arange(size) * n)[:, None]
        counts = np.bincount(picks.ravel(), minlength=size * n).reshape(size, n).astype(float)
        sums = counts @ filled
        dens = counts @ present.astype(float)
        with np.errstate(invalid="ignore", divide="ignore"):
            out[lo : lo + size] = sums / dens
    return out


def percentile_interval(boots: "Any", confidence: float) -> tuple[float | None, float | None]:
    """The percentile interval of bootstrap replicates (NaN replicates ignored)."""
    import numpy as np

    boots = np.asarray(boots, dtype=float)
    boots = boots[~np.isnan(boots)]
    if boots.size == 0:
        return None, None
    tail = (1.0 - confidence) / 2 * 100
    low, high = np.percentile(boots, [tail, 100 - tail])
    return float(low), float(high)


def cliffs_delta(a: Sequence[float], b: Sequence[float]) -> float:
    """Cliff's delta: P(x > y) - P(x < y) for x from ``a`` and y from ``b`` (O(n log n))."""
    import numpy as np

    a = np.asarray(a, dtype=float)
    b = np.sort(np.asarray(b, dtype=float))
    if a.size == 0 or b.size == 0:
        raise ValueError("Cliff's delta needs values in both groups")
    below = np.searchsorted(b, a, side="left").sum()  # y < x
    not_above = np.searchsorted(b, a, side="right").sum()  # y <= x
    above = a.size * b.size - not_above  # y > x
    return float((below - above) / (a.size * b.size))


def delta_magnitude(delta: float) -> str:
    """Romano et al. (2006) labels for |Cliff's delta|."""
    d = abs(delta)
    if d < 0.147:
        return "negligible"
    if d < 0.33:
        return "small"
    if d < 0.474:
        return "medium"
    return "large"


def _fmean(total: float, count: int, values: list[float] | None) -> float | None:
    """Mean from the exact values when the sample holds them all (order-independent, correctly
    rounded), else from the running sum."""
    if count == 0:
        return None
    if values is not None:
        return math.fsum(values) / count
    return total / count


def _finalise(
    partial: Partial, *, seed: int, n_boot: int, confidence: float, thin_below: int, pairwise: str
) -> Comparison:
    import numpy as np

    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be between 0 and 1")
    if pairwise not in ("auto", "all", "adjacent", "none"):
        raise ValueError("pairwise must be 'auto', 'all', 'adjacent' or 'none'")
    signals = _ordered_signals(partial)
    summaries: list[GroupSummary] = []
    boot_scores: dict[Any, Any] = {}
    sample_scores: dict[Any, Any] = {}
    for key, g in partial.groups.items():
        complete = len(g.samples) == g.count
        matrix = np.array(
            [[np.nan if s.score is None else s.score]
             + [np.nan if s.signals.get(n) is None else s.signals[n] for n in signals]
             for s in g.samples],
            dtype=float,
        ).reshape(len(g.samples), 1 + len(signals))
        rng = np.random.default_rng(_group_seed(seed, key))
        boots = bootstrap_means(matrix, n_boot=n_boot, rng=rng) if len(g.samples) else None

        def stat(col: int, count: int, total: float) -> Stat:
            column = matrix[:, col]
            kept = column[~np.isnan(column)]
            if count == 0 or kept.size == 0:
                return Stat(n=count, mean=None, median=None, low=None, high=None)
            mean = _fmean(total, count, kept.tolist() if complete else None)
            low, high = percentile_interval(boots[:, col], confidence)
            return Stat(n=count, mean=mean, median=float(np.median(kept)), low=low, high=high)

        score = stat(0, g.scored, g.score_sum)
        per_signal = {
            name: stat(i + 1, g.signal_count.get(name, 0), g.signal_sum.get(name, 0.0))
            for i, name in enumerate(signals)
        }
        if score.mean is not None:
            boot_scores[key] = boots[:, 0]
            column = matrix[:, 0]
            sample_scores[key] = column[~np.isnan(column)]
        summaries.append(
            GroupSummary(
                group=key,
                rank=None,
                count=g.count,
                thin=g.count < thin_below,
                sampled=not complete,
                score=score,
                signals=per_signal,
                drivers=_drivers(g, complete),
                flags=dict(g.flags),
            )
        )
    ranked = sorted(
        summaries,
        key=lambda s: (s.score.mean is None, -(s.score.mean or 0.0), _group_sort_key(s.group)),
    )
    ranked = [attrs.evolve(s, rank=i + 1 if s.score.mean is not None else None) for i, s in enumerate(ranked)]
    scored = [s for s in ranked if s.score.mean is not None]
    if pairwise == "auto":
        pairwise = "all" if len(scored) <= ALL_PAIRS_UP_TO else "adjacent"
    pairs: list[PairDifference] = []
    if pairwise != "none":
        for i, a in enumerate(scored):
            partners = scored[i + 1 :] if pairwise == "all" else scored[i + 1 : i + 2]
            for b in partners:
                diff_boot = boot_scores[a.group] - boot_scores[b.group]
                low, high = percentile_interval(diff_boot, confidence)
                delta = cliffs_delta(sample_scores[a.group], sample_scores[b.group])
                pairs.append(
                    PairDifference(
                        a=a.group,
                        b=b.group,
                        difference=a.score.mean - b.score.mean,
                        low=low,
                        high=high,
                        cliffs_delta=delta,
                        magnitude=delta_magnitude(delta),
                        thin=a.thin or b.thin,
                    )
                )
    return Comparison(
        by=partial.by,
        groups=tuple(ranked),
        pairs=tuple(pairs),
        signals=signals,
        errors=partial.errors,
        weights=dict(partial.weights),
        seed=seed,
        n_boot=n_boot,
        confidence=confidence,
        thin_below=thin_below,
        max_values=partial.max_values,
    )


def _drivers(g: GroupPartial, complete: bool) -> tuple[Driver, ...]:
    means = {}
    for signal, total in g.contribution_sum.items():
        count = g.contribution_count.get(signal, 0)
        if not count:
            continue
        values = (
            [s.contributions[signal] for s in g.samples if signal in s.contributions]
            if complete else None
        )
        means[signal] = _fmean(total, count, values)
    ranked = sorted(
        ((s, m) for s, m in means.items() if m != 0.0), key=lambda sm: (-abs(sm[1]), sm[0])
    )
    # The largest movers, and also the largest movers that have span evidence: whole-text
    # measures (readability, say) can dominate yet offer no words to show.
    with_evidence = [sm for sm in ranked if g.exemplars.get(_exemplar_bucket(*sm))]
    keep = set(ranked[:DRIVERS_PER_GROUP]) | set(with_evidence[:DRIVERS_PER_GROUP])
    chosen = [sm for sm in ranked if sm in keep]
    return tuple(
        Driver(
            signal=s,
            mean_contribution=m,
            evidence=g.exemplars.get(_exemplar_bucket(s, m), ()),
        )
        for s, m in chosen
    )
