"""Where a line stands: the article body as the best-scoring run of lines, the headline above it,
and kinds spread over runs of page furniture.

The idea follows jusText (Pomikálek, 2011): prose lines (long, many function words) are good,
menus and labels (short, few function words, cue phrases) are bad, and short lines take their
class from their neighbours.  News pages put one article in one place, so instead of smoothing
line by line we take the contiguous run of lines with the largest sum of line scores (Kadane's
maximum-sum segment, linear time) as the body; short lines inside it (sub-headings) stay article
text, lines outside it are furniture.
"""

from __future__ import annotations

from typing import Final, Sequence

import attrs

from credscore.signals._boilerplate_lines import LineShape

GOOD: Final = 0
NEAR: Final = 1
SHORT: Final = 2
BAD: Final = 3

# Section cues after which a page's own text rarely resumes (a comment thread follows the
# article, it does not interrupt it).
_CUT_KINDS: Final = frozenset({"comments"})
# Section headings ("Related stories", "Most popular") that end the body once most of it is
# above them; an inline "Related: ..." link does not.
_HEADING_CUT_KINDS: Final = frozenset({"related", "subscription", "legal"})
# A strong cue costs this much more than its length, so a body rarely runs across one.
_BARRIER: Final = 120
_SHORT_CHARS: Final = 35
_SHORT_WORDS: Final = 5
_GOOD_CHARS: Final = 120
_GOOD_STOPS: Final = 0.30
_NEAR_STOPS: Final = 0.20
_NEAR_WORDS: Final = 8
_HEAD_WINDOW: Final = 5
# A section heading cuts the body only below this much article text.
_HEADING_CUT_CHARS: Final = 600


@attrs.frozen(slots=True)
class BlockHint:
    """What an HTML page says about a block beyond its text.

    ``link_density`` is the share of the block's characters inside links; ``region`` a
    boilerplate kind read from the enclosing tags and their class and id names (nav, footer,
    "comments", "related"), or None; ``heading`` whether the block is an h1-h6; ``main`` whether
    a main-text extractor kept it (None when none ran).
    """

    link_density: float = 0.0
    region: str | None = None
    heading: bool = False
    main: bool | None = None


def _title_like(s: LineShape) -> bool:
    return s.words >= 2 and s.title_ratio >= 0.75 and not s.ends_sentence


def line_class(s: LineShape, hint: BlockHint | None = None) -> int:
    """jusText's classes: good (prose), near-good, short, bad."""
    if s.cue_strong:
        return BAD
    if hint is not None:
        if hint.link_density >= 0.5 and s.words < 40:
            return BAD
        if hint.region is not None and hint.main is not True:
            return BAD
    if s.chars < _SHORT_CHARS or s.words < _SHORT_WORDS:
        return SHORT
    if s.cue_kind is not None and s.words <= 12:
        return BAD
    if s.stop_ratio >= _GOOD_STOPS and s.chars >= _GOOD_CHARS:
        return GOOD
    if s.stop_ratio >= _NEAR_STOPS and (s.words >= _NEAR_WORDS or s.ends_sentence):
        # a short sentence of prose ("Experts believe the campaign will continue.") is near-good
        return NEAR
    return BAD


def _weight(s: LineShape, cls: int, hint: BlockHint | None) -> float:
    if cls == GOOD:
        w = float(s.chars)
    elif cls == NEAR:
        w = 0.5 * s.chars
    elif cls == SHORT:
        w = -(s.chars if _title_like(s) else 0.5 * s.chars)
    else:
        w = -float(s.chars)
    if s.cue_strong:
        w -= _BARRIER
    if hint is not None:
        if hint.main is True:
            w = max(w, 0.5 * s.chars)
        elif hint.main is False and w > 0:
            w *= 0.5
        if hint.link_density > 0:
            w -= hint.link_density * s.chars
    return w


def _best_segment(weights: Sequence[float]) -> tuple[int, int, float]:
    """The contiguous run ``[start, end)`` with the largest sum (Kadane)."""
    best = (0, 0, 0.0)
    cur_start, cur_sum = 0, 0.0
    for i, w in enumerate(weights):
        if cur_sum <= 0:
            cur_start, cur_sum = i, 0.0
        cur_sum += w
        if cur_sum > best[2]:
            best = (cur_start, i + 1, cur_sum)
    return best


def _repeats(shapes: Sequence[LineShape]) -> dict[int, str]:
    """Kinds for repeated lines: a line repeated close by is a caption; a later copy of a line
    seen far above is a duplicate."""
    first_seen: dict[str, int] = {}
    out: dict[int, str] = {}
    for i, s in enumerate(shapes):
        if s.words < 3:
            continue
        j = first_seen.get(s.key)
        if j is None:
            first_seen[s.key] = i
            continue
        if i - j <= 3 and s.chars < 400:
            out[j] = out.get(j, "caption") if out.get(j) != "duplicate" else "duplicate"
            out[i] = "caption" if out[j] == "caption" else "duplicate"
        else:
            out[i] = "duplicate"
    return out


def _headline(shapes: Sequence[LineShape], labels: list, start: int, hint_at) -> int:
    """The index of the headline above the body starting at ``start`` (``start`` if none).

    Among the few lines just above the body (skipping captions), the headline is the one that
    reads most like a title: several words, few digits (a dateline is not one), no menu
    separators, not a byline, and an h1-h6 element when the page says so.
    """
    best, best_score = start, 0.0
    i = start - 1
    seen = 0
    while i >= 0 and seen < _HEAD_WINDOW:
        s = shapes[i]
        if labels[i] in ("caption", "duplicate"):
            i -= 1
            continue
        if s.cue_strong or s.chars > 250:
            break
        if s.cue_kind is None and 3 <= s.words <= 30 and s.separators == 0:
            score = min(s.words, 12) - 3.0 * s.digit_words
            if s.first_word == "by":
                score -= 6
            hint = hint_at(i)
            if hint is not None and hint.heading:
                score += 8
            if hint is not None and hint.link_density >= 0.5:
                score -= 6
            if score > best_score:
                best, best_score = i, score
        seen += 1
        i -= 1
    return best


def classify(shapes: Sequence[LineShape], hints: Sequence[BlockHint | None] | None = None) -> list[str | None]:
    """A boilerplate kind for every line, or None for article text."""
    n = len(shapes)
    if n == 0:
        return []
    hint_at = (lambda i: hints[i]) if hints is not None else (lambda i: None)
    classes = [line_class(s, hint_at(i)) for i, s in enumerate(shapes)]
    labels: list[str | None] = [None] * n
    for i, kind in _repeats(shapes).items():
        labels[i] = kind

    if not any(c in (GOOD, NEAR) for c in classes):
        # no prose at all: a short note, a list, a title.  Strip only what cues (or the markup)
        # name as furniture.
        for i, s in enumerate(shapes):
            hint = hint_at(i)
            if s.cue_kind is not None and (s.cue_strong or n > 1):
                labels[i] = s.cue_kind
            elif hint is not None and hint.region is not None:
                labels[i] = hint.region
            elif hint is not None and hint.link_density >= 0.5:
                labels[i] = "navigation"
        return labels

    weights = [_weight(s, c, hint_at(i)) for i, (s, c) in enumerate(zip(shapes, classes))]
    start, end, total = _best_segment(weights)
    if total <= 0:
        start = end = 0
    end = _body_end(shapes, classes, weights, start, end)
    head = _headline(shapes, labels, start, hint_at) if end > start else start

    inside = [head <= i < end for i in range(n)]
    for i, s in enumerate(shapes):
        if labels[i] is not None and (inside[i] or labels[i] != "duplicate"):
            continue
        if inside[i]:
            if s.cue_strong:
                labels[i] = s.cue_kind
            elif (hint := hint_at(i)) is not None and hint.main is not True and classes[i] == BAD and (
                hint.region is not None or hint.link_density >= 0.5
            ):
                labels[i] = hint.region or "navigation"
            elif s.cue_kind is not None and classes[i] in (SHORT, BAD) and _bad_neighbour(shapes, classes, i, start, end):
                labels[i] = s.cue_kind
            continue
        labels[i] = ""  # furniture, kind decided below
    _assign_kinds(shapes, labels, hint_at, head)
    return labels


def _body_end(shapes, classes, weights, start: int, end: int) -> int:
    """Where the body really ends: at a comment section, at a section heading such as
    "Related stories" once most of the body lies above it, or where a thread of signed comments
    ("Posted by: ... | date", repeated) begins."""
    positive = sum(w for w in weights[start:end] if w > 0)
    above = 0.0
    seen_good = False
    for i in range(start, end):
        s = shapes[i]
        if classes[i] == GOOD:
            seen_good = True
        if seen_good and s.cue_strong:
            if s.cue_kind in _CUT_KINDS:
                return i
            if s.cue_whole and s.cue_kind in _HEADING_CUT_KINDS and (above >= 0.25 * positive or above >= _HEADING_CUT_CHARS):
                return i
        if weights[i] > 0:
            above += weights[i]
    # signed comments: a comment cue that starts several lines of the body
    firsts: dict[tuple[str, ...], list[int]] = {}
    for i in range(start, end):
        s = shapes[i]
        if s.cue_kind == "comments" and not s.cue_whole and s.words <= 20:
            firsts.setdefault(s.cue_words, []).append(i)
    for where in firsts.values():
        if len(where) < 3:
            continue
        f = where[0]
        gap = where[1] - where[0]
        after_last = where[-1] + 1
        signature_after = after_last >= end or classes[after_last] not in (GOOD, NEAR)
        cut = f - (gap - 1) if signature_after else f
        if cut > start:
            end = min(end, cut)
    return end


def _bad_neighbour(shapes, classes, i, start, end) -> bool:
    before = i - 1 >= start and classes[i - 1] == BAD
    after = i + 1 < end and classes[i + 1] == BAD
    return before or after or i == start or i == end - 1


def _assign_kinds(shapes, labels, hint_at, head) -> None:
    """Give every furniture line (marked "") a kind: its own strong cue, else the kind of the run
    it belongs to, else its own weak cue, else what its place suggests."""
    n = len(labels)
    i = 0
    while i < n:
        if labels[i] != "":
            i += 1
            continue
        j = i
        while j < n and labels[j] == "":
            j += 1
        prev_kind, prev_src = None, 0
        for k in range(i, j):
            s = shapes[k]
            hint = hint_at(k)
            if s.cue_strong:
                kind, src = s.cue_kind, 2
            elif hint is not None and hint.region is not None:
                kind, src = hint.region, 2
            elif s.cue_kind is not None and not (
                prev_kind is not None
                and (s.cue_kind == "navigation" or (prev_src == 2 and prev_kind not in ("navigation", "caption")))
            ):
                kind, src = s.cue_kind, 1
            elif prev_kind is not None:
                kind, src = prev_kind, prev_src
            elif k > head and _title_like(s):
                kind, src = "related", 0
            else:
                kind, src = "navigation", 0
            labels[k] = kind
            prev_kind, prev_src = kind, src
        i = j
