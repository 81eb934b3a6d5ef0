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
from credscore.signals._attribution_names import PhraseKind, Word, _is_acronym, classify_phrase
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
    new = tuple.__new__  # skips the named tuple's per-call wrapper: this runs once per token
    out = []
    for t in toks[lo:hi]:
        w = text[t.start : t.end]
        out.append(new(Word, (t.start, t.end, w, w.lower())))
    return out


def _token_starts(doc: AnalyzedText) -> list[int]:
    return doc.memo("sourcing.token_starts", lambda d: [t.start for t in d.tokens])  # type: ignore[return-value]


def _classes(lower: str) -> frozenset[str]:
    return word_classes().get(lower, frozenset())


def _is_adverbish(w: Word) -> bool:
    if not w.is_word:
        return False
    c = _classes(w.lower)
    if w.lower.endswith(("n't", "n’t")):
        return True  # "didn’t", "doesn’t": a negated auxiliary
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


def _closing_verb(words: Sequence[Word], i: int) -> bool:
    """ "..., the Rice Exporters Association estimates.": an -s form that ends the sentence after
    a comma and a short subject is the verb of a trailing attribution, not a noun."""
    w = words[i]
    if not w.lower.endswith("s") or w.capitalised:
        return False
    if i + 1 < len(words) and not (words[i + 1].text in _TERMINATORS or words[i + 1].text in _DOUBLE_QUOTES):
        return False
    k = i - 1
    while k >= 0 and i - k <= 8 and words[k].text != ",":
        if not _phrase_word_ok(words[k]):
            return False
        k -= 1
    return k >= 0 and i - k >= 2 and words[k].text == "," and (words[k + 1].capitalised or words[k + 1].lower in ("the", "a", "an"))


def _noun_use(words: Sequence[Word], i: int, form: CueForm) -> bool:
    """Whether an ambiguous cue form ("report", "claims") is used as a noun here."""
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if _closing_verb(words, i):
        return False
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

    __slots__ = ("doc", "index", "span", "words", "quotes", "found", "mentions", "_title")

    def __init__(self, doc: AnalyzedText, index: int, span: Span, quotes: Sequence[Span]) -> None:
        self.doc = doc
        self.index = index
        self.span = span
        self.words = _words(doc, span)
        self.quotes = quotes
        self.found: list[Found] = []
        self.mentions: list[Mention] = []
        self._title: bool | None = None

    def title_case(self, first: int) -> bool:
        """Whether the sentence is a title-case headline (computed once per sentence)."""
        if self._title is None:
            self._title = _title_case(self.words, first)
        return self._title

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
    out: set[int] = set()
    k = 0
    n = len(sentences)
    for t in doc.tokens:
        if t.end - t.start < 3:
            continue  # no cue is shorter than three letters
        w = text[t.start : t.end].lower()
        if w in forms or w == "according":
            # tokens and sentences both run in text order: one forward pointer finds the sentence
            while k < n and sentences[k].end <= t.start:
                k += 1
            if k < n and sentences[k].start <= t.start:
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
    if w.capitalised and i != first and not s.title_case(first):
        return  # "State Department", "Said Kakar" as a name
    if form.lemma == "ask" and _question(s, i, first):
        return
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
    if form.lemma == "call" and not _calls_something(words, cue_end + 1):
        return  # "called a meeting", "a group called X": naming, not saying
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
    if form.infinitive and not (cue_end + 1 < n and words[cue_end + 1].lower in _COMPLEMENT_WORDS):
        return  # "planned a chain of attacks" is an act; "plans to" states an intention
    if form.clause and not _has_complement(words, cue_end + 1):
        return  # volition, knowledge and stance verbs attribute only with a complement ("knew that")
    if form.kind == "cognition" and (nxt is None or nxt.text in ".,;" or nxt.lower in ("and", "or", "of", "about", "so", "it", "twice", "tank", "tanks")):
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
    lead = _leading_name(words, first, i) if form.kind == "speech" else None
    if lead is not None:
        # "Dr Jones, who is from the US Geological Survey said": the second comma is missing
        la, lb, phrase = lead
        content = _content_after(s, cue_end, form)
        s.found.append(Found(cue, _span(words, la, lb), content, form.kind, phrase, s.index, i))
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
    if form.kind == "cognition":
        # "told The Huffington Post she thinks": the subject is the pronoun, not the recipient
        for x in range(a + 1, b):
            if words[x].lower in _SUBJECT_PRONOUNS:
                a = x
                break
        if _embedded(words, a, first):
            return
    phrase = classify_phrase(words, a, b, first)
    if not _plausible_source(words, a, b, phrase):
        return
    if form.kind == "cognition" and phrase.source_type == "self":
        return  # "we believe": the outlet's own opinion, not a sourced one
    content = _content_after(s, cue_end, form)
    if content is None:
        content = _strip_span(text, s.span.start, words[a].start)
    s.found.append(Found(cue, _span(words, a, b), content, form.kind, phrase, s.index, i))


_QUESTION_WORDS = frozenset("whether if about what how why who which when where to for".split())
_OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves itself".split())


def _title_case(words: Sequence[Word], first: int) -> bool:
    """Whether the sentence is a headline in title case ("Calderon Calls Trump's Idea 'Stupid'")."""
    content = [w for w in words[first:] if w.is_word and len(w.text) > 3]
    return len(content) >= 3 and sum(w.capitalised for w in content) * 4 >= len(content) * 3


def _question(s: _Sentence, i: int, first: int) -> bool:
    """ "Asked whether ...", "when asked about ...", "was asked if ...": a question put to a source.

    The question is an agentless attribution (the asker is usually the outlet or unnamed); the
    answer that follows is found by its own cue.  Returns whether it was recorded.
    """
    words = s.words
    n = len(words)
    if i + 1 >= n or words[i].lower != "asked":
        return False
    nxt = words[i + 1]
    if nxt.lower not in _QUESTION_WORDS and nxt.text not in ",:" and nxt.text not in _DOUBLE_QUOTES:
        return False
    prev = words[i - 1].lower if i > first else ""
    if not (i == first or prev in ("when", "after", "once", "as", "if", "was", "were", "being", "been", "is", "are")
            or words[i - 1].text in ",—–("):
        return False
    content = _strip_span(s.doc.text, words[i + 1].start, s.span.end)
    s.found.append(Found(Span(words[i].start, words[i].end), None, content, "speech", None, s.index, i))
    return True


def _calls_something(words: Sequence[Word], k: int) -> bool:
    """ "called for", "called on", "called Trump a liar", "called the plan “reckless”"."""
    n = len(words)
    if k >= n:
        return False
    if words[k].lower in ("for", "on"):
        return True
    if any(x.text in _DOUBLE_QUOTES or x.text in "‘" for x in words[k : k + 12]):
        return True
    # an object (a pronoun or a name) and then a description: "called him a liar"
    m = k
    if words[m].lower in _OBJECT_PRONOUNS:
        m += 1
    else:
        while m < n and m - k < 4 and words[m].is_word and words[m].capitalised:
            m += 1
    return m > k and m < n and words[m].lower in ("a", "an", "the")


def _leading_name(words: Sequence[Word], first: int, i: int) -> tuple[int, int, PhraseKind] | None:
    """A name that opens the sentence and is followed by one comma and a description before the cue.

    "Name, description said" with no second comma: news copy drops it often enough to matter.
    """
    c = first
    while c < i and c - first <= 5 and words[c].text != ",":
        c += 1
    if c >= i or words[c].text != "," or c == first or i - c < 3:
        return None
    for x in range(c + 1, i):
        if words[x].text in ",;:()" or words[x].text in _DOUBLE_QUOTES:
            return None
    if not all(_phrase_word_ok(words[x]) for x in range(first, c)):
        return None
    if _trim(words, first, c) != (first, c) or words[first].lower.endswith("ing"):
        return None  # "In Vermont,", "On Tuesday,", "Walking out,": a circumstance, not a subject
    if c - first < 2 and not _is_acronym(words[first].text):
        return None  # one capitalised word at the start of a sentence may be any word
    nxt = words[c + 1]
    if not (nxt.lower in ("who", "a", "an", "the") or "title" in _classes(nxt.lower) or nxt.is_word and not nxt.capitalised and nxt.lower not in _SUBJECT_PRONOUNS):
        return None
    phrase = classify_phrase(words, first, c, first)
    if not phrase.named or phrase.source_type not in ("named_person", "named_organization"):
        return None
    return first, c, phrase


_EMBEDDING = frozenset("that if whether".split())


def _embedded(words: Sequence[Word], a: int, first: int) -> bool:
    """Whether a belief sits inside a report of speech: "says she wants", "asked if he thought".

    The reported belief is the content of the outer attribution, not a second one.
    """
    k = a - 1
    if k >= first and words[k].lower in _EMBEDDING:
        k -= 1
    steps = 0
    while k >= first and steps < 6 and (words[k].is_word or words[k].text in ".-"):
        form = cue_forms().get(words[k].lower)
        if form is not None and form.kind != "agentless" and not form.noun:
            return True
        if words[k].lower in ("asked", "when"):
            return True
        if not (words[k].capitalised or _is_adverbish(words[k]) or words[k].text in ".-"):
            break  # only a recipient ("told The Huffington Post") or adverbs may intervene
        k -= 1
        steps += 1
    return False


_COMPLEMENT_WORDS = frozenset(
    "that to whether if how what why when where who there".split()
)
_SUBJECT_PRONOUNS = frozenset("i you he she we they".split())


def _has_complement(words: Sequence[Word], k: int) -> bool:
    """Whether a clause, an infinitive or a noun phrase follows at ``k`` ("wants to", "support the")."""
    if k >= len(words):
        return False
    w = words[k]
    if not w.is_word:
        return w.text in _DOUBLE_QUOTES or w.text in "“‘:"
    if w.lower in _COMPLEMENT_WORDS or w.lower in _SUBJECT_PRONOUNS:
        return True
    c = _classes(w.lower)
    if "determiner" in c and w.lower not in ("no", "any", "all", "both", "each"):
        return True
    return w.capitalised


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
    if form.lemma == "quote" and nxt is not None and nxt.lower == "as" and j >= _first_word(words):
        # "Rouhani was quoted as saying": the subject is the speaker
        a, b = _phrase_left(words, j, _first_word(words))
        if a < b and words[a].lower not in ("which", "who", "that", "what"):
            phrase = classify_phrase(words, a, b, _first_word(words))
            end = cue_end + 2 if cue_end + 2 < n and words[cue_end + 2].lower.startswith("say") else cue_end
            content = _strip_span(text, words[end].end, s.span.end) or _strip_span(text, s.span.start, words[a].start)
            s.found.append(Found(Span(words[i].start, words[end].end), _span(words, a, b), content, form.kind, phrase, s.index, i))
        return
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
