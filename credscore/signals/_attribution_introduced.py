"""A quotation that a sentence's subject introduces with a colon: "Kasich resisted: “Ohio ...”".

News often brings in a speaker's words with a clause whose verb is not one of saying: "Trump went
even further: “If he goes forward and loses, it's the end of his career.”", "Then she added a
caveat: “...”", "McConnell delivered a blunt message to Trump: “...”", "The letter continues:
“...”".  The colon and the quotation after it make the subject the speaker.  Such a sentence
gets one attribution of kind ``speech`` whose cue runs from the verb to the colon, whose source
is the subject and whose content is the quotation.

Each condition keeps out a colon that introduces something else:

- the sentence has no attribution of its own (a cue before the colon already credits the
  quotation);
- only white space lies between the colon and an opening quotation mark, and the quotation
  opens with a capital, holds at least ``_MIN_WORDS`` words, and is not a title with every word
  capitalised ("his guilty pleasure: “Saturday Night Live”");
- the quotation fills the rest of its sentence, or runs past it;
- the sentence opens with its subject: a name, a described source ("The letter", "A spokeswoman
  for the hospital") or a personal pronoun, after at most one conjunction or adverb ("But",
  "Then") and an opening phrase closed by a comma ("In a Fox interview later that day,"); a name
  may carry an apposition ("John Cornyn, the No. 2 in the leadership,");
- the predicate from the verb to the colon is at most ``_MAX_PREDICATE`` tokens and holds no
  comma, quotation mark or relative word.

A comma does the colon's work after a noun of words that ends the predicate ("Trump issued a
statement, “Last night, our nation was attacked.”"); the same conditions hold.

The look-up visits only colons (found by ``str.find``) and quotations, and reads a bounded
number of tokens around each, so the cost is linear in the text.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left, bisect_right
from credscore._letter_case import initial_upper
from credscore.analysis import Quotation
from credscore.signals._attribution_lexicon import POSSESSIVE_ENDINGS, content_words
from credscore.signals._attribution_names import PhraseKind, classify_phrase, is_proper
from credscore.signals._attribution_phrase import CLASSES, DOUBLE_QUOTES, EMPTY, NOUNS, Found
from credscore.signals._attribution_subjects import is_verb, opening_subject, subject_start
from credscore.signals._attribution_tokens import DocTokens
from credscore.spans import Span, make_span

_MIN_WORDS: Final = 3
_MAX_PREDICATE: Final = 12
_MAX_OPENING: Final = 14  # tokens of an opening phrase before its comma
_MAX_APPOSITION: Final = 12
_OPENERS: Final = frozenset("but and so yet then still later also now instead meanwhile".split())
_PRONOUNS: Final = frozenset(("he", "she", "they"))
_NOT_IN_PREDICATE: Final = frozenset("that which who whom whose when where if because".split())
_SOURCES: Final = frozenset(
    ("named_person", "named_organization", "document", "unnamed_individual", "unnamed_group", "pron_person", "pron_group")
)
_NOT_IN_PREDICATE_MARKS: Final = frozenset(",;()-—–")  # a dash: "Headline - HuffPollster:"
_MAX_NAME: Final = 5
_DESCRIPTION_WORDS: Final = 5  # a description before a name set off: "The pool's new owner,"
# what a person's words are called: "Clinton's response was: “...”"
_WORDS_NOUNS: Final = content_words("words_noun")
_CLOSERS: Final = frozenset(".!?…”\"'’)")
# the words a comma, like a colon, may hand over to a quotation: "issued a statement, “...”"
_WORDS_BEFORE_A_COMMA: Final = _WORDS_NOUNS | frozenset(
    "statement tweet email e-mail letter post note memo".split()
)


def introduced_quotations(
    text: str,
    toks: DocTokens,
    sentences: tuple[Span, ...],
    starts: list[int],
    quotes: tuple[Quotation, ...],
    q_starts: list[int],
    taken: set[int],
) -> list[Found]:
    """Attributions for sentences "<subject> <predicate>: “<quotation>”" that have none of their
    own; ``starts`` and ``q_starts`` hold the start offsets of the sentences and the quotations,
    ``taken`` the indices of sentences that already carry an attribution."""
    out: list[Found] = []
    if not sentences or not quotes:
        return out
    S = toks.S
    pos = text.find(":")
    while pos >= 0:
        q = _quotation_after(text, pos, quotes, q_starts)
        if q is not None:
            si = bisect_right(starts, pos) - 1
            own = bisect_right(starts, q.start) - 1
            # a quotation in a sentence of its own that credits it ('... come true: “...,” wrote
            # one of her friends') is not the introducer's
            if si >= 0 and si not in taken and pos < sentences[si].end and (own == si or own not in taken):
                k = bisect_left(S, pos)
                if k < len(S) and S[k] == pos:
                    found = _introduced(text, toks, k, sentences, si, q)
                    if found is not None:
                        out.append(found)
        pos = text.find(":", pos + 1)
    for q in quotes:
        k = _comma_after_words(text, toks, q.start)
        pos = S[k] if k >= 0 else -1
        if pos >= 0 and _quotation_after(text, pos, quotes, q_starts) is q:
            si = bisect_right(starts, pos) - 1
            if si >= 0 and si not in taken and pos < sentences[si].end and bisect_right(starts, q.start) - 1 == si:
                found = _introduced(text, toks, k, sentences, si, q)
                if found is not None:
                    out.append(found)
    return out


def _comma_after_words(text: str, toks: DocTokens, q_start: int) -> int:
    """The token index of a comma right before the quotation at ``q_start`` that follows a noun
    of words ("Trump issued a statement, “Last night ...”"), or -1."""
    p = q_start - 1
    while p >= 0 and q_start - p < 4 and text[p] == " ":
        p -= 1
    if p < 1 or text[p] != ",":
        return -1
    k = bisect_left(toks.S, p)
    if k < 1 or k >= len(toks.S) or toks.S[k] != p:
        return -1
    return k if toks.L[k - 1] in _WORDS_BEFORE_A_COMMA else -1


def _quotation_after(text: str, pos: int, quotes: tuple[Quotation, ...], q_starts: list[int]) -> Quotation | None:
    """The full-sentence quotation that opens right after the colon at ``pos``, or None."""
    k = pos + 1
    n = len(text)
    while k < n and k - pos < 8 and text[k].isspace():
        k += 1
    if k >= n or text[k] not in DOUBLE_QUOTES and text[k] != "'":
        return None
    i = bisect_left(q_starts, k)
    if i >= len(quotes) or quotes[i].start != k:
        return None
    q = quotes[i]
    c = q.content_start
    while c < q.content_end and not text[c].isalnum():
        c += 1
    if c >= q.content_end or not text[c].isupper():
        return None
    words = text[c : min(q.content_end, c + 400)].split()
    if len(words) < _MIN_WORDS or all(initial_upper(w) or not w[0].isalpha() for w in words):
        return None  # a title: “Saturday Night Live”
    return q


def _introduced(text: str, toks: DocTokens, k: int, sentences: tuple[Span, ...], si: int, q: Quotation) -> Found | None:
    T, L, S, E = toks.T, toks.L, toks.S, toks.E
    sent = sentences[si]
    after = q.end
    while after < sent.end and (text[after] in _CLOSERS or text[after].isspace()):
        after += 1  # stops at the first word: the cost does not grow with the sentence
    if after < sent.end:
        return None  # words after the quotation: 'She said only: “Maybe,” and left'
    lo = bisect_left(S, sent.start)
    a = subject_start(T, L, lo, k, _OPENERS)  # the subject, or an "as" before it
    if a < 0:
        return None
    as_clause = L[a] == "as"  # "As John Cornyn put it: “...”"
    if as_clause:
        a += 1
    subject = _subject(T, L, toks, a, k) if a < k else None
    if subject is None and not as_clause:
        # an opening phrase closed by a comma: "Back on American soil, he returned to ...",
        # "When Wallace died in 1998, President Clinton released the following statement:"
        m = a
        while m < k and m - a <= _MAX_OPENING and T[m] != ",":
            m += 1
        if m + 1 < k and T[m] == ",":
            a = m + 1
            subject = _subject(T, L, toks, a, k)
    if subject is None:
        return None
    a, b, verb, phrase = subject
    if as_clause and (k - verb != 2 or L[verb] != "put" or L[verb + 1] != "it"):
        return None
    if k - verb > _MAX_PREDICATE or any(
        T[x] in _NOT_IN_PREDICATE_MARKS or T[x] in DOUBLE_QUOTES or L[x] in _NOT_IN_PREDICATE for x in range(verb, k)
    ):
        return None
    return Found(make_span(S[verb], E[k]), make_span(S[a], E[b - 1]), q.content, "speech", phrase, si, verb)


def _possessed(T: list[str], L: list[str], a: int, k: int) -> tuple[int, int, PhraseKind] | None:
    """A name's words or record opening the sentence: "Clinton's response was: “...”" (the source
    is the name), "Hoff's letter makes a libertarian-style case: “...”" (the source is the named
    record); the end of the source, the end of the subject and the source's classification, or
    None."""
    p = a
    while p < k and p - a < _MAX_NAME and not L[p].endswith(POSSESSIVE_ENDINGS) and is_proper(T, L, p, a):
        p += 1
    if p >= k - 1 or not L[p].endswith(POSSESSIVE_ENDINGS) or not is_proper(T, L, p, a):
        return None
    noun = L[p + 1]
    if noun in _WORDS_NOUNS:
        phrase = classify_phrase(T, L, a, p + 1, a)
        # the name is the speaker; the noun ends the subject before its verb
        return (p + 1, p + 2, phrase) if phrase.source_type in ("named_person", "named_organization") else None
    entry = NOUNS.get(noun)
    if entry is not None and entry.cls == "document" and noun == entry.noun:
        return p + 2, p + 2, classify_phrase(T, L, a, p + 2, a)
    return None


def _subject(T: list[str], L: list[str], toks: DocTokens, a: int, k: int) -> tuple[int, int, int, PhraseKind] | None:
    """The subject at ``a`` before the colon at ``k``: its start and end, its verb's token and
    its classification, or None."""
    if L[a] in _PRONOUNS:
        b = verb = a + 1
        phrase = classify_phrase(T, L, a, b, a)
    else:
        found = opening_subject(toks, a, k)
        if found is not None:
            b, phrase = found
            verb = b
        else:
            possessed = _possessed(T, L, a, k)
            if possessed is None:
                return _name_after_description(T, L, a, k)
            b, verb, phrase = possessed
    if verb < k and T[verb] == ",":
        # an apposition: "John Cornyn, the No. 2 in the GOP leadership, put it"
        m = verb + 1
        while m < k and m - verb <= _MAX_APPOSITION and T[m] != ",":
            m += 1
        if m >= k or T[m] != ",":
            return None
        verb = m + 1
    if verb >= k or not is_verb(T[verb], L[verb]) or "adverb" in CLASSES.get(L[verb], EMPTY) and verb + 1 >= k:
        return None
    if phrase.source_type not in _SOURCES:
        return None
    return a, b, verb, phrase


def _name_after_description(T: list[str], L: list[str], a: int, k: int) -> tuple[int, int, int, PhraseKind] | None:
    """A person's name set off by commas after a short description that opens the sentence, and
    then the verb before the colon at ``k``: "The pool's new owner, Gareth Lyle, had a simple
    message for the protesters:" (the name is the source); or None."""
    m = a + 1
    while m < k and m - a <= _DESCRIPTION_WORDS and T[m] != ",":
        m += 1
    if m + 1 >= k or T[m] != "," or not initial_upper(T[m + 1]):
        return None
    n = m + 1
    while n < k and n - m <= _MAX_NAME and T[n] != ",":
        n += 1
    if n + 1 >= k or T[n] != "," or not is_verb(T[n + 1], L[n + 1]):
        return None
    description = classify_phrase(T, L, a, m, a)
    name = classify_phrase(T, L, m + 1, n, a)
    if description.source_type != "unnamed_individual" or name.source_type != "named_person":
        return None
    return m + 1, n, n + 1, name
