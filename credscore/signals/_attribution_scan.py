"""Finding attributions in one document: cues, the source phrase around each cue, the content.

A hand-written scanner over each article sentence's tokens.  Every cue form is a dictionary
look-up; the work around a cue is bounded (a source phrase is at most ``_MAX_PHRASE`` tokens), so
the cost is linear in the length of the text.
"""

from __future__ import annotations

import bisect
from typing import Sequence

import attrs

from credscore.analysis import AnalyzedText
from credscore.signals._attribution_lexicon import CueForm, cue_forms, source_nouns, word_classes
from credscore.signals._attribution_names import PhraseKind, Word, classify_phrase
from credscore.spans import Span

_MAX_PHRASE = 14
_DOUBLE_QUOTES = frozenset('"“”„«»')
_CLOSING_QUOTES = frozenset('"”’\'»')
_TERMINATORS = frozenset(".!?…")
_NAME_PUNCT = frozenset(".-()&/'‘’")
# after an inverted source ("said Kakar") comes the end of a clause or a circumstance
_AFTER_INVERSION = frozenset(
    "in on at during after before when while who according from , . ! ? : ; — – -".split()
) | _CLOSING_QUOTES
_RESPONSIBILITY = frozenset({"responsibility", "credit"})
_BE = frozenset("is are was were be been being 's ’s".split())


@attrs.frozen(slots=True)
class Found:
    """An attribution before pronoun resolution."""

    cue: Span
    source: Span | None
    content: Span | None
    kind: str  # speech | cognition | agentless | according
    phrase: PhraseKind | None  # the classified source phrase, None when agentless
    sentence: int  # index into the article sentences
    cue_word: int  # the cue's index in the sentence's words, to order attributions


@attrs.frozen(slots=True)
class Mention:
    """A document named in passing ("said in a report"), a later "the report" may mean it."""

    span: Span
    lemma: str
    named: bool
    position: int


def _words(doc: AnalyzedText, sentence: Span) -> list[Word]:
    toks = doc.tokens
    starts = _token_starts(doc)
    lo = bisect.bisect_left(starts, sentence.start)
    hi = bisect.bisect_left(starts, sentence.end)
    text = doc.text
    out = []
    for t in toks[lo:hi]:
        a, b = t.start, t.end
        s = text[a:b]
        out.append(Word(a, b, s, s.lower()))
    return out


def _token_starts(doc: AnalyzedText) -> list[int]:
    return doc.memo("sourcing.token_starts", lambda d: [t.start for t in d.tokens])  # type: ignore[return-value]


def _classes(lower: str) -> frozenset[str]:
    return word_classes().get(lower, frozenset())


def _is_adverbish(w: Word) -> bool:
    if not w.is_word:
        return False
    c = _classes(w.lower)
    return ("adverb" in c or "auxiliary" in c) or (w.lower.endswith("ly") and not w.capitalised and len(w.lower) > 4)


def _phrase_word_ok(w: Word) -> bool:
    """Whether a word can sit inside a source phrase."""
    if not w.is_word:
        return w.text in _NAME_PUNCT
    lower = w.lower
    c = _classes(lower)
    if "clause" in c and lower not in ("and", "&"):
        return False
    if "auxiliary" in c:
        return False
    if not w.capitalised:
        form = cue_forms().get(lower)
        if form is not None and not form.noun and lower not in source_nouns():
            return False
        if lower.endswith("ed") and lower not in source_nouns() and lower not in ("based", "unnamed"):
            return False
        if lower.endswith("ly") and len(lower) > 4 and lower not in ("daily", "weekly"):
            return False
    return True


def _trim(words: Sequence[Word], a: int, b: int) -> tuple[int, int]:
    """Drop punctuation, conjunctions and prepositions from the phrase edges."""
    while a < b:
        w = words[a]
        c = _classes(w.lower)
        if not w.is_word and w.text not in "(‘'":
            a += 1
        elif w.is_word and ("clause" in c or "preposition" in c or "adverb" in c):
            a += 1
        else:
            break
    while b > a:
        w = words[b - 1]
        c = _classes(w.lower)
        if w.text in _DOUBLE_QUOTES and any(words[x].text in _DOUBLE_QUOTES for x in range(a, b - 1)):
            break  # the closing mark of a quoted title inside the phrase
        if not w.is_word and w.text not in ")’'.":
            b -= 1
        elif w.is_word and ("preposition" in c or "clause" in c or "determiner" in c):
            b -= 1
        elif w.text == "." and b - 1 > a and not _abbrev_dot(words, b - 1):
            b -= 1
        else:
            break
    if a < b and not any(words[k].is_word for k in range(a, b)):
        return a, a
    return a, b


def _abbrev_dot(words: Sequence[Word], k: int) -> bool:
    prev = words[k - 1]
    return prev.end == words[k].start and prev.is_word and (len(prev.text) <= 4 and prev.text[0].isupper())


def _phrase_left(words: Sequence[Word], j: int, floor: int) -> tuple[int, int]:
    """The source phrase that ends at word ``j`` (inclusive), as [a, b)."""
    k = j
    while k >= floor and j - k < _MAX_PHRASE:
        w = words[k]
        if w.text in _DOUBLE_QUOTES and k == j and k - 1 >= floor and words[k - 1].capitalised:
            # a quoted title: Pakistan's "Daily Times" has described
            o = k - 1
            while o >= floor and k - o <= 6 and words[o].text not in _DOUBLE_QUOTES:
                o -= 1
            if o >= floor and k - o <= 6:
                k = o - 1
                continue
        if w.text in _DOUBLE_QUOTES or w.text in ",:;—–" or w.text in _TERMINATORS and not _abbrev_dot(words, k):
            break
        if not _phrase_word_ok(w):
            break
        k -= 1
    if j - k >= _MAX_PHRASE:
        return j + 1, j + 1
    return _trim(words, k + 1, j + 1)


def _phrase_right(words: Sequence[Word], k: int) -> tuple[int, int]:
    """The phrase that starts at word ``k``, as [a, b)."""
    j = k
    n = len(words)
    while j < n and j - k < _MAX_PHRASE:
        w = words[j]
        if w.text in _DOUBLE_QUOTES or w.text in ",:;—–" or (w.text in _TERMINATORS and not _abbrev_dot(words, j)):
            break
        if w.lower == "that" or not _phrase_word_ok(w):
            break
        if w.lower in ("in", "on", "at", "during", "after", "before", "when", "while", "to") and j > k:
            break
        j += 1
    return _trim(words, k, j)


def _span(words: Sequence[Word], a: int, b: int) -> Span | None:
    if a >= b:
        return None
    return Span(words[a].start, words[b - 1].end)


def _strip_span(text: str, start: int, end: int, closing_ok: bool = True) -> Span | None:
    """Trim white space and clause punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-.!?"):
        end -= 1
    if end - start < 2:
        return None
    return Span(start, end)


def _noun_use(words: Sequence[Word], i: int, form: CueForm) -> bool:
    """Whether an ambiguous cue form ("report", "claims") is used as a noun here."""
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev is not None and prev.is_word:
        pc = _classes(prev.lower)
        if "determiner" in pc or prev.lower.endswith(("'s", "’s")):
            return True
        if "preposition" in pc:
            return True
        if not form.noun:
            return False
        if not prev.capitalised and "pronoun_person" not in pc and "pronoun_group" not in pc and "pronoun_self" not in pc and "pronoun_thing" not in pc and prev.lower not in source_nouns():
            return True  # "media reports", "intelligence claims"
    if not form.noun:
        return False
    if form.participle or words[i].lower.endswith(("ing",)):
        pass
    elif nxt is None:
        return True
    elif nxt.is_word:
        nc = _classes(nxt.lower)
        # a verb "states" opens a clause: "that", a determiner, a pronoun or a name follows
        if not (
            nxt.lower == "that"
            or nxt.capitalised
            or "determiner" in nc
            or any(c.startswith("pronoun") for c in nc)
        ):
            return True
    elif nxt.text not in _DOUBLE_QUOTES and nxt.text not in ":,“‘":
        return True
    if nxt is not None and nxt.is_word:
        nc = _classes(nxt.lower)
        if "auxiliary" in nc or nxt.lower in ("of", "by", "from", "about", "and", "or", "for", "in", "on"):
            return True
        nf = cue_forms().get(nxt.lower)
        if nf is not None and not nf.noun:
            return True
    if nxt is not None and not nxt.is_word and nxt.text in ".,;:":
        return True
    if prev is None:
        return True
    return False


class _Sentence:
    """The scanner's view of one sentence."""

    __slots__ = ("doc", "index", "span", "words", "quotes", "found", "mentions")

    def __init__(self, doc: AnalyzedText, index: int, span: Span, quotes: Sequence[Span]) -> None:
        self.doc = doc
        self.index = index
        self.span = span
        self.words = _words(doc, span)
        self.quotes = quotes
        self.found: list[Found] = []
        self.mentions: list[Mention] = []

    def in_quote(self, offset: int) -> bool:
        return any(q.start <= offset < q.end for q in self.quotes)

    def body_end(self) -> int:
        """The sentence end without its final full stop."""
        return self.span.end


def find_attributions(doc: AnalyzedText) -> tuple[list[Found], list[Mention]]:
    """Every attribution in the article sentences of ``doc``, in text order (unresolved)."""
    found: list[Found] = []
    mentions: list[Mention] = []
    quotes = [q for q in doc.article_quotations if q.depth == 0]
    q_starts = [q.start for q in quotes]
    sentences = doc.article_sentences
    forms = cue_forms()
    wanted = _candidate_sentences(doc, sentences, forms)
    qi = 0
    for si, sent in enumerate(sentences):
        if si not in wanted:
            continue
        # outer quotations do not overlap, so their ends increase with their starts: one pointer
        # moving forward finds those that touch this sentence, keeping the scan linear
        while qi < len(quotes) and quotes[qi].end <= sent.start:
            qi += 1
        inside = []
        qk = qi
        while qk < len(quotes) and quotes[qk].start < sent.end:
            inside.append(quotes[qk].content)
            qk += 1
        s = _Sentence(doc, si, sent, inside)
        words = s.words
        if not words:
            continue
        for i, w in enumerate(words):
            lower = w.lower
            if lower == "according" and i + 1 < len(words) and words[i + 1].lower == "to":
                if not s.in_quote(w.start):
                    _according(s, i)
                continue
            form = forms.get(lower)
            if form is None or s.in_quote(w.start):
                continue
            if form.kind == "agentless":
                _agentless_adverb(s, i)
                continue
            _verb_cue(s, i, form)
        found.extend(s.found)
        mentions.extend(s.mentions)
    _attach_colon_quotes(doc, found, sentences, quotes)
    return found, mentions


def _candidate_sentences(doc: AnalyzedText, sentences: Sequence[Span], forms) -> set[int]:
    """Indices of sentences holding at least one cue word: only these are looked at closely."""
    text = doc.text
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lower-cased
        return set(range(len(sentences)))
    s_starts = [s.start for s in sentences]
    out: set[int] = set()
    for t in doc.tokens:
        w = low[t.start : t.end]
        if w in forms or w == "according":
            k = bisect.bisect_right(s_starts, t.start) - 1
            if k >= 0 and t.start < sentences[k].end:
                out.add(k)
    return out


def _first_word(words: Sequence[Word]) -> int:
    k = 0
    while k < len(words) and not words[k].is_word:
        k += 1
    return k


def _according(s: _Sentence, i: int) -> None:
    words = s.words
    a, b = _phrase_right(words, i + 2)
    if a >= b:
        return
    text = s.doc.text
    cue = Span(words[i].start, words[i + 1].end)
    first = _first_word(words)
    phrase = classify_phrase(words, a, b, first)
    if i <= first + 1:
        k = b
        while k < len(words) and words[k].text != ",":
            k += 1
        # "According to Noah Tucker, managing editor of ..., the attack was": skip the apposition
        while k + 1 < len(words) and (words[k + 1].lower in ("a", "an") or (words[k + 1].is_word and not words[k + 1].capitalised and "determiner" not in _classes(words[k + 1].lower) and "pronoun_person" not in _classes(words[k + 1].lower) and "pronoun_group" not in _classes(words[k + 1].lower) and "pronoun_thing" not in _classes(words[k + 1].lower))):
            m = k + 1
            while m < len(words) and words[m].text != ",":
                m += 1
            if m >= len(words):
                break
            k = m
        content = _strip_span(text, words[k].end if k < len(words) else words[-1].end, s.span.end)
    else:
        content = _strip_span(text, s.span.start, words[i].start)
    s.found.append(Found(cue, _span(words, a, b), content, "according", phrase, s.index, i))


def _agentless_adverb(s: _Sentence, i: int) -> None:
    w = s.words[i]
    content = _strip_span(s.doc.text, w.end, s.span.end)
    s.found.append(Found(Span(w.start, w.end), None, content, "agentless", None, s.index, i))


def _verb_cue(s: _Sentence, i: int, form: CueForm) -> None:
    words = s.words
    text = s.doc.text
    w = words[i]
    first = _first_word(words)
    n = len(words)
    if w.capitalised and i != first:
        return  # "State Department", "Said Kakar" as a name
    cue_end = i
    if form.particle is not None:
        if form.particle == ":":
            if i + 1 >= n or words[i + 1].text != ":":
                return
        else:
            if i + 1 >= n or words[i + 1].lower != form.particle:
                return
            cue_end = i + 1
    if _noun_use(words, i, form):
        return
    nxt = words[cue_end + 1] if cue_end + 1 < n else None
    if form.lemma == "claim" and nxt is not None and nxt.lower in _RESPONSIBILITY:
        return  # claiming an attack is an act, not a sourced statement
    if form.lemma in ("prove", "show", "find"):
        if nxt is None or not (nxt.lower == "that" or form.lemma == "prove" and (any(c.startswith("pronoun") for c in _classes(nxt.lower)) or "determiner" in _classes(nxt.lower))):
            return  # "proved difficult", "found the body": evidence verbs need a clause
    if form.lemma == "call":
        if nxt is None or not (nxt.lower in ("for", "on") or any(x.text in _DOUBLE_QUOTES for x in words[cue_end + 1 : cue_end + 6])):
            return
    cue = Span(w.start, words[cue_end].end)
    lower = w.lower
    # the words left of the cue, past auxiliaries and adverbs ("has also said")
    j = i - 1
    saw_be = False
    forms = cue_forms()
    while j >= first and (_is_adverbish(words[j]) or words[j].lower in forms and forms[words[j].lower].kind == "agentless"):
        if words[j].lower in _BE:
            saw_be = True
        af = forms.get(words[j].lower)
        if af is not None and af.kind == "agentless":
            return  # "Yuldash reportedly believes": the adverb's agentless attribution covers it
        j -= 1
    if saw_be and form.participle:
        _passive(s, i, cue_end, cue, form, j)
        return
    if lower.endswith("ing"):
        if saw_be:
            pass  # "was saying": an ordinary cue
        elif i == first or (
            j >= first and (words[j].text in ",—–-" or words[j].text in _CLOSING_QUOTES or words[j].lower in ("by", "while", "and", "after", "before", "in", "when"))
        ):
            if form.kind == "speech":
                _participle(s, i, cue_end, cue, form, j)
            return
        else:
            return  # "a story advising the public": a modifier, not an attribution
    if form.kind == "cognition" and lower in ("want", "wants", "wanted", "know", "knows", "knew", "known", "feel", "feels", "felt", "consider", "considers", "considered", "see"):
        # volition and bare knowledge verbs attribute only with a clause ("knew that")
        if nxt is None or nxt.lower not in ("that",):
            return
    if form.kind == "cognition" and (nxt is None or nxt.text in ".,;" or nxt.lower in ("and", "or", "of", "about", "so", "it", "twice")):
        return  # "as you know," "I think.", "think about"
    if j >= first and words[j].lower in ("and", "but"):
        # "rubbed his chin, and then said": the subject of the coordinated clause
        _participle(s, i, cue_end, cue, form, j)
        return
    quote_close = (
        j > first
        and words[j].text in "’'"
        and not words[j - 1].is_word
    )
    quoted_title = (
        j - 1 >= first and words[j].text in _DOUBLE_QUOTES and words[j - 1].is_word and words[j - 1].capitalised
        and not (j + 1 < n and words[j + 1].is_word and False)
    )
    if j < first or quote_close or (not words[j].is_word and words[j].text not in "’'‘)." and not quoted_title):
        prev = words[j] if j >= first else None
        if prev is None or prev.text in "," or prev.text in _CLOSING_QUOTES or prev.text in "—–" or quote_close:
            if not form.tell and _inversion(s, i, cue_end, cue, form):
                return
        if prev is not None and prev.text == ",":
            _apposition(s, i, cue_end, cue, form, j)
        return
    a, b = _phrase_left(words, j, first)
    if a >= b:
        return
    if b - a == 1 and words[a].lower in ("who", "that") and a - 1 >= first and words[a - 1].is_word:
        a, b = _phrase_left(words, a - 1, first)  # "voters who said": the voters
        if a >= b:
            return
    if words[a].lower in ("which", "who", "that", "what"):
        return
    phrase = classify_phrase(words, a, b, first)
    if not _plausible_source(words, a, b, phrase):
        return
    content = _content_after(s, cue_end, form)
    if content is None:
        content = _strip_span(text, s.span.start, words[a].start)
    s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))


_ADJECTIVE_ENDINGS = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ant", "ent", "ary")
_NOT_SOURCES = frozenset({"you", "this", "these", "those", "there", "here"})


def _plausible_source(words: Sequence[Word], a: int, b: int, phrase: PhraseKind) -> bool:
    """Reject phrases that cannot be a source: "you", a lone adjective ("minimal reported")."""
    head = words[phrase.head]
    if b - a == 1 and head.lower in _NOT_SOURCES:
        return False
    if (
        b - a == 1
        and not head.capitalised
        and head.lower not in source_nouns()
        and not phrase.source_type.startswith("pron")
        and phrase.source_type != "self"
        and head.lower.endswith(_ADJECTIVE_ENDINGS)
    ):
        return False
    return True


def _content_after(s: _Sentence, cue_end: int, form: CueForm) -> Span | None:
    words = s.words
    text = s.doc.text
    k = cue_end + 1
    n = len(words)
    if form.tell and k < n and words[k].is_word and words[k].lower != "that":
        a, b = _phrase_right(words, k)
        if b > a:
            k = b
    # "said in a statement (released Monday) that ..."
    if k < n and words[k].lower in ("in", "on", "during", "at", "after", "before", "to", "from", "of"):
        limit = min(n, k + 10)
        m = k
        while m < limit and words[m].lower != "that" and words[m].text not in ",:" and words[m].text not in _DOUBLE_QUOTES:
            m += 1
        _document_mention(s, k, m)
        if m < limit and m < n:
            k = m
        elif m >= n or words[m].text in _TERMINATORS:
            return None
    while k < n and (words[k].lower == "that" or words[k].text in ",:"):
        k += 1
    if k >= n:
        return None
    return _strip_span(text, words[k].start, s.span.end)


def _document_mention(s: _Sentence, k: int, m: int) -> None:
    """Record "in a report" after a cue: a later "the report" may refer to it."""
    words = s.words
    nouns = source_nouns()
    for x in range(k + 1, m):
        entry = nouns.get(words[x].lower)
        if entry is not None and entry.cls == "document":
            s.mentions.append(Mention(Span(words[k + 1].start, words[x].end), entry.noun, False, words[x].start))
            return


# verbs that news style inverts after a quotation or a comma ("..., said Kakar")
_INVERTING = frozenset(
    """say add note explain ask write tweet recall continue insist argue observe reply respond answer
    warn declare conclude report announce claim agree quip joke exclaim muse suggest counter retort
    state acknowledge admit concede predict confirm deny emphasize stress caution""".split()
)


def _inversion(s: _Sentence, i: int, cue_end: int, cue: Span, form: CueForm) -> bool:
    words = s.words
    n = len(words)
    if form.lemma not in _INVERTING:
        return False
    a, b = _phrase_right(words, cue_end + 1)
    if a >= b or a != cue_end + 1 and words[cue_end + 1].lower not in ("the", "a", "an"):
        return False
    if b < n and words[b].lower not in _AFTER_INVERSION and words[b].text not in _AFTER_INVERSION:
        return False
    first = _first_word(words)
    phrase = classify_phrase(words, a, b, first)
    if phrase.source_type.startswith("pron") and words[a].lower not in ("he", "she", "they", "it"):
        return False
    hw = words[phrase.head]
    if not (phrase.named or phrase.source_type.startswith("pron") or hw.lower in source_nouns() or hw.capitalised):
        return False
    text = s.doc.text
    before = _strip_span(text, s.span.start, words[i].start)
    # "..., says Tucker, is bigger ...": the statement runs on after the inverted source
    after_start = words[b].end if b < n and words[b].text == "," else None
    if after_start is not None and before is not None and _strip_span(text, after_start, s.span.end):
        content = _strip_span(text, s.span.start, s.span.end)
    elif before is None and after_start is not None:
        content = _strip_span(text, after_start, s.span.end)
    else:
        content = before
    s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))
    return True


def _apposition(s: _Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "X, a Y, said" and "X, who ..., said": the source sits before the inserted phrase."""
    words = s.words
    first = _first_word(words)
    p = j - 1
    while p >= first and j - p <= 25 and words[p].text != "," and words[p].text not in _DOUBLE_QUOTES:
        p -= 1
    if p < first or words[p].text != ",":
        # ", said" with nothing to invert: "The IMU has links to ..., Khalid said" is handled as
        # a plain left phrase; here the phrase between the sentence start and the comma
        return
    inserted = words[p + 1] if p + 1 < j else None
    a, b = _phrase_left(words, p - 1, first)
    if inserted is None:
        return
    ia, ib = _trim(words, p + 1, j)
    if ia < ib and all(_phrase_word_ok(words[x]) for x in range(ia, ib)):
        inner = classify_phrase(words, ia, ib, first)
        outer = classify_phrase(words, a, b, first) if a < b else None
        if inner.named and inner.source_type == "named_person" and (outer is None or not outer.named):
            # "the study's lead author, Dr. Yong Zhao, said": the name is the source
            text = s.doc.text
            content = _content_after(s, cue_end, form)
            if content is None:
                content = _strip_span(text, s.span.start, words[a if a < b else ia].start)
            s.found.append(Found(cue, _span(words, ia, ib), content, form.kind, inner, s.index, i))
            return
    if a >= b:
        return
    phrase = classify_phrase(words, a, b, first)
    ic = _classes(inserted.lower)
    if not ("determiner" in ic or inserted.lower in ("who", "which") or not inserted.capitalised or phrase.named):
        return
    text = s.doc.text
    content = _content_after(s, cue_end, form)
    if content is None:
        content = _strip_span(text, s.span.start, words[a].start)
    s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))


def _passive(s: _Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "is said to", "it is believed that", "was told by X"."""
    words = s.words
    n = len(words)
    nxt = words[cue_end + 1] if cue_end + 1 < n else None
    text = s.doc.text
    if nxt is not None and nxt.lower == "by":
        a, b = _phrase_right(words, cue_end + 2)
        if a < b:
            phrase = classify_phrase(words, a, b, _first_word(words))
            content = _strip_span(text, s.span.start, words[i].start)
            s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))
        return
    if nxt is not None and (nxt.lower == "to" or (nxt.lower == "that" and j >= 0 and words[j].lower == "it")):
        content = _strip_span(text, s.span.start, s.span.end)
        s.found.append(Found(cue, None, content, "agentless", None, s.index, i))


def _participle(s: _Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "..., saying the attack was a joint venture": the speaker is the clause's subject."""
    words = s.words
    first = _first_word(words)
    if i == first:
        return  # "Speaking on June 28, Gilani stated": the main verb carries it
    earlier = [f for f in s.found if f.source is not None]
    content = _content_after(s, cue_end, form)
    if earlier:
        prev = earlier[-1]
        s.found.append(Found(cue, prev.source, content, form.kind, prev.phrase, s.index, i))
        return
    start = first
    # a dateline ("WASHINGTON —", "Washington (AFP) -") is not the subject
    for k in range(first, min(len(words), first + 6)):
        if words[k].text in ("—", "–", "-", "--") or words[k].text == "-":
            start = k + 1
            break
    while start < len(words) and not words[start].is_word:
        start += 1
    a, b = _phrase_right(words, start)
    if a >= b or a != start:
        return
    phrase = classify_phrase(words, a, b, first)
    s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))


def _attach_colon_quotes(doc: AnalyzedText, found: list[Found], sentences: Sequence[Span], quotes) -> None:
    """A cue that ends its sentence with a colon introduces the quotation that follows."""
    if not found or not quotes:
        return
    text = doc.text
    q_starts = [q.start for q in quotes]
    for n_, f in enumerate(found):
        if f.content is not None:
            continue
        sent = sentences[f.sentence]
        if text[sent.end - 1] != ":":
            continue
        k = bisect.bisect_left(q_starts, sent.end)
        if k < len(quotes) and not text[sent.end : quotes[k].start].strip():
            found[n_] = attrs.evolve(f, content=quotes[k].content)
