"""From text to profile: prepare the text, analyse it once, run the signals, combine them."""

from __future__ import annotations

import functools
import importlib
from typing import IO, Any, Iterable, Iterator, Mapping

import attrs

from credscore._collector import collector_paused
from credscore._version import __version__
from credscore.analysis import AnalyzedText, LineClassifier
from credscore.article import Article
from credscore import lexicons, registry, scoring
from credscore.profile import REQUIRED_EVIDENCE, SCHEMA_VERSION, Profile
from credscore.spans import Evidence

# Documents longer than this many characters are cut at the last line break before the limit
# and flagged "truncated": 10 M characters is some two thousand long articles, far past any news
# page, and keeps a single hostile document from holding a worker for minutes.
MAX_CHARS = 10_000_000
# Below this many words of article text a score rests on little evidence.
SHORT_TEXT_WORDS = 150

# The boilerplate family provides the line classifier that tells page furniture from article
# text, as ``classify_lines(doc) -> labels`` in this module.
LINE_CLASSIFIER_MODULE = "credscore.signals.boilerplate"


@attrs.frozen(kw_only=True)
class ErrorRecord:
    """A document that could not be scored; batches yield it in the document's place."""

    id: str | None
    error: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error}


@functools.lru_cache(maxsize=1)
def _default_line_classifier() -> LineClassifier | None:
    module = importlib.import_module(LINE_CLASSIFIER_MODULE)
    return getattr(module, "classify_lines", None)


def prepare_text(text: str) -> tuple[str, tuple[str, ...]]:
    """The text every offset will point into, and the flags its preparation raised."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
    flags: list[str] = []
    if len(text) > MAX_CHARS:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        flags.append("truncated")
    if not text or text.isspace():  # (no stripped copy of the whole text)
        flags.append("empty")
    return text, tuple(flags)


def analyze(
    text: str,
    *,
    strip_boilerplate: bool = True,
    line_labels: "tuple[str | None, ...] | None" = None,
) -> AnalyzedText:
    """Segment ``text`` once; with ``strip_boilerplate``, mark page furniture lines.

    ``line_labels`` gives the boilerplate label of every line when the caller already knows them
    (the HTML path does); otherwise the boilerplate family's text classifier decides.
    """
    if not strip_boilerplate:
        return AnalyzedText(text)
    if line_labels is not None:
        labels = tuple(line_labels)
        return AnalyzedText(text, line_classifier=lambda doc: labels)
    return AnalyzedText(text, line_classifier=_default_line_classifier())


def _resolve_weights(weights: "str | scoring.Weights | Mapping[str, Any] | None") -> scoring.Weights:
    if weights is None:
        return scoring.load_weights()
    if isinstance(weights, scoring.Weights):
        return weights
    if isinstance(weights, str):
        return scoring.load_weights(weights)
    return scoring.Weights.from_dict(weights)


def score_article(
    article: Article,
    *,
    signals: Iterable[str] | None = None,
    weights: "str | scoring.Weights | Mapping[str, Any] | None" = None,
    strip_boilerplate: bool = True,
) -> Profile:
    """Score one :class:`Article`."""
    specs = registry.resolve(signals)
    w = _resolve_weights(weights)
    with collector_paused():
        return _score_prepared(article, specs, w, strip_boilerplate)


def _score_prepared(
    article: Article, specs: tuple[registry.SignalSpec, ...], w: scoring.Weights, strip_boilerplate: bool
) -> Profile:
    text, text_flags = prepare_text(article.text)
    flags = list(article.flags) + list(text_flags)
    line_labels = article.line_labels if "truncated" not in text_flags else None
    doc = analyze(text, strip_boilerplate=strip_boilerplate, line_labels=line_labels)
    values: dict[str, float | None] = {}
    evidence: dict[str, tuple[Evidence, ...]] = {name: () for name in REQUIRED_EVIDENCE}
    meta: dict[str, Any] = {}
    for spec in specs:
        result = spec.func(doc)
        if set(result.values) != set(spec.provides):
            raise RuntimeError(
                f"signal {spec.qualified_name} returned {sorted(result.values)}, "
                f"registered {sorted(spec.provides)}"
            )
        for name in spec.provides:
            values[name] = result.values[name]
        for name, items in result.evidence.items():
            evidence[name] = evidence.get(name, ()) + tuple(items)
        if result.meta:
            meta[spec.name] = dict(result.meta)
    if "empty" not in flags and doc.article_word_count < SHORT_TEXT_WORDS:
        flags.append("short_text")
    score, dimensions = scoring.combine(values, w)
    provenance = {
        "library": "credscore",
        "version": __version__,
        "schema_version": SCHEMA_VERSION,
        "signals": {spec.name: spec.qualified_name for spec in specs},
        "lexicons": dict(lexicons.digests()),
        "weights": w.version,
        "syllable_backend": meta.get("readability", {}).get("syllable_backend"),
        "max_chars": MAX_CHARS,
        "signal_meta": meta,
    }
    return Profile(
        id=article.id,
        outlet=article.outlet,
        url=article.url,
        title=article.title,
        text=text,
        score=score,
        dimensions=dimensions,
        signals=values,
        evidence=evidence,
        flags=tuple(dict.fromkeys(flags)),
        provenance=provenance,
    )


def score(
    text: str,
    *,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    id: str | None = None,
    signals: Iterable[str] | None = None,
    weights: "str | scoring.Weights | Mapping[str, Any] | None" = None,
) -> Profile:
    """Score one article's text and return its explainable :class:`Profile`.

    Empty or whitespace-only text gives a profile flagged ``empty`` with a null score; text over
    :data:`MAX_CHARS` characters is truncated and flagged ``truncated``.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes first")
    article = Article(text=text, id=id, outlet=outlet, url=url, title=title)
    return score_article(article, signals=signals, weights=weights)


def as_article(item: "str | Article | Mapping[str, Any]") -> Article:
    """An :class:`Article` from a string, an Article, or a record with a ``text`` key."""
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(text=item)
    if isinstance(item, Mapping):
        if "text" not in item or not isinstance(item["text"], str):
            raise ValueError("record has no 'text' string")
        return Article(
            text=item["text"],
            id=item.get("id"),
            outlet=item.get("outlet"),
            url=item.get("url"),
            title=item.get("title"),
            published=item.get("published"),
            flags=tuple(item.get("flags", ())),
        )
    raise TypeError(f"cannot score a {type(item).__name__}")


def _item_id(item: Any) -> str | None:
    if isinstance(item, Article):
        return item.id
    if isinstance(item, Mapping) and item.get("id") is not None:
        return str(item.get("id"))
    if isinstance(item, ErrorRecord):
        return item.id
    return None


def error_record(item: Any, exc: BaseException) -> ErrorRecord:
    """The error record that stands in ``item``'s place when ``exc`` stopped it."""
    return ErrorRecord(id=_item_id(item), error=f"{type(exc).__name__}: {exc}")


def score_one_safely(
    item: Any, *, signals: Iterable[str] | None = None, weights: Any = None
) -> Profile | ErrorRecord:
    """Score one item, turning any failure into an :class:`ErrorRecord`."""
    if isinstance(item, ErrorRecord):
        return item
    try:
        return score_article(as_article(item), signals=signals, weights=weights)
    except Exception as exc:  # a batch never stops for one document
        return error_record(item, exc)


def score_many(
    items: Iterable["str | Article | Mapping[str, Any] | ErrorRecord"],
    *,
    signals: Iterable[str] | None = None,
    weights: Any = None,
    n_jobs: int | None = 1,
    batch_size: int | None = None,
    progress: "bool | IO[str]" = False,
) -> Iterator[Profile | ErrorRecord]:
    """Score a stream of items lazily and in order; failures become :class:`ErrorRecord` s.

    ``n_jobs`` > 1 scores on that many worker processes (``-1``: one per core), sending
    ``batch_size`` documents to a worker at a time (default 32) and keeping only a few batches
    in flight, so memory stays flat over any number of documents; results still come back in
    input order.  ``progress`` writes a running count to stderr (or to the stream given).
    """
    from credscore.parallel import DEFAULT_BATCH_SIZE, resolve_n_jobs, score_parallel

    signals = tuple(signals) if signals is not None else None
    registry.resolve(signals)  # an unknown family fails here, before any work is sent out
    w = _resolve_weights(weights)
    workers = resolve_n_jobs(n_jobs)
    if workers > 1:
        results: Iterator[Profile | ErrorRecord] = score_parallel(
            items, n_jobs=workers, batch_size=batch_size or DEFAULT_BATCH_SIZE, signals=signals, weights=w
        )
    else:
        results = (score_one_safely(item, signals=signals, weights=w) for item in items)
    if progress:
        from credscore.progress import with_progress

        return with_progress(results, None if progress is True else progress)
    return results
