"""The sourcing scanner's view of one sentence, and the edges of a source phrase.

A sentence is the token index range ``[lo, hi)`` into the document's token lists
(``_attribution_tokens``).  The helpers here find where a noun phrase before or after a cue
begins and ends, trim it, and cut out the content span; every walk is bounded by
``MAX_PHRASE`` tokens, so the cost per cue is constant.
"""

from __future__ import annotations

from typing import Final
from credscore._letter_case import initial_lower, initial_upper
from credscore._records import fields_repr
from credscore.analysis import AnalyzedText
from credscore.signals._attribution_lexicon import (
    ED_EN_ENDINGS,
    ED_LY_ENDINGS,
    ING_ED_ENDINGS,
    NEGATION_ENDINGS,
    PEOPLE_PLURAL_ENDINGS,
    POSSESSIVE_ENDINGS,
    CueForm,
    content_words,
    cue_forms,
    irregular_pasts,
    source_nouns,
    state_abbreviations,
    word_classes,
)
from credscore.signals._attribution_names import (
    ARTICLES,
    DATE_NAMES,
    ISSUED,
    LY_NOT_ADVERBS,
    NOUN_LIKE_CLASSES,
    PHRASAL_PARTICLES,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONAL_PASSIVES,
    TIMES_AFTER_PARTICIPLE,
    TIME_SUBORDINATORS,
    TITLED_WORKS,
    WEEKDAYS,
    SHARES_OF_PEOPLE,
    PhraseKind,
    ends_a_date,
    given_name_at,
    initials_at,
    is_place,
    ly_adverb,
    month_or_day,
    one_record,
    opens_reduced_relative,
    past_participle,
    particle_prefixed,
    people_doing_something,
    people_in_reduced_relative,
    plural_owner_mark,
    record_participle,
    record_placed,
    strip_contraction,
    year_figure,
)
from credscore.signals._attribution_tokens import DocTokens
from credscore.spans import Span, make_span

MAX_PHRASE: Final = 14
RECENT: Final = 16  # how many earlier attributions of the sentence a cue may look back on
DOUBLE_QUOTES: Final = frozenset('"“”„«»')
TERMINATORS: Final = frozenset(".!?…")
_NAME_PUNCT: Final = frozenset(".-()&/'‘’%")
CURRENCY_MARKS: Final = frozenset("$ £ € ¥".split())
EMPTY: Final[frozenset[str]] = frozenset()
FORMS: Final = cue_forms()
CLASSES: Final = word_classes()
NOUNS: Final = source_nouns()


def record_noun(low: str) -> bool:
    """Whether ``low`` is a record noun of the lexicon ("report", "video", "polls")."""
    entry = NOUNS.get(low)
    return entry is not None and entry.cls == "document"


def classes(lower: str) -> frozenset[str]:
    return CLASSES.get(lower, EMPTY)


_FOUND_FIELDS: Final = ("cue", "source", "content", "kind", "phrase", "sentence", "cue_word", "antecedent")
_MENTION_FIELDS: Final = ("span", "lemma", "named", "position")


class Found:
    """An attribution before pronoun resolution.

    A plain class, read-only by convention (:meth:`with_content` and :meth:`with_phrase` make a
    changed copy): one is
    built per cue, and compiled it is a native record, cheaper than a named tuple, whose
    constructor runs as Python.
    """

    __slots__ = _FOUND_FIELDS

    def __init__(
        self,
        cue: Span,
        source: Span | None,
        content: Span | None,
        kind: str,
        phrase: PhraseKind | None,
        sentence: int,
        cue_word: int,
        antecedent: Span | None = None,
    ) -> None:
        self.cue = cue
        self.source = source
        self.content = content
        self.kind = kind  # speech | cognition | agentless | according | record
        self.phrase = phrase  # the classified source phrase, None when agentless
        self.sentence = sentence  # index into the article sentences
        self.cue_word = cue_word  # the cue's token index, to order attributions
        self.antecedent = antecedent  # what a relative "who"/"which" source stands for

    def with_content(self, content: Span | None) -> "Found":
        return Found(
            self.cue, self.source, content, self.kind, self.phrase, self.sentence, self.cue_word, self.antecedent
        )

    def with_phrase(self, phrase: PhraseKind) -> "Found":
        return Found(
            self.cue, self.source, self.content, self.kind, phrase, self.sentence, self.cue_word, self.antecedent
        )

    def __repr__(self) -> str:
        return fields_repr(self, _FOUND_FIELDS)


class Mention:
    """A document named in passing ("said in a report"), a later "the report" may mean it (a
    plain class, read-only by convention, as :class:`Found`)."""

    __slots__ = _MENTION_FIELDS

    def __init__(self, span: Span, lemma: str, named: bool, position: int) -> None:
        self.span = span
        self.lemma = lemma
        self.named = named
        self.position = position

    def __repr__(self) -> str:
        return fields_repr(self, _MENTION_FIELDS)


class Sentence:
    """The scanner's view of one sentence: the token lists and the sentence's index range."""

    __slots__ = (
        "T", "L", "S", "E", "lo", "hi", "first", "index", "span", "text", "found", "mentions", "described",
        "_title", "_marks",
    )

    def __init__(self, doc: AnalyzedText, toks: DocTokens, index: int, span: Span, lo: int, hi: int) -> None:
        self.T = toks.T
        self.L = toks.L
        self.S = toks.S
        self.E = toks.E
        self.lo = lo
        self.hi = hi
        T = self.T
        k = lo
        while k < hi and not T[k][0].isalnum():
            k += 1
        self.first = k
        self.index = index
        self.span = span
        self.text = doc.text
        self.found: list[Found] = []
        self.mentions: list[Mention] = []
        # where a found source is described after a quotation ('..." said X, who supports Y'): background
        self.described: Span | None = None
        self._title: bool | None = None
        self._marks: tuple[bool, int] | None = None

    def title_case(self) -> bool:
        """Whether the sentence is a title-case headline (computed once per sentence)."""
        if self._title is None:
            content = [t for t in self.T[self.first : self.hi] if t[0].isalnum() and len(t) > 3]
            self._title = len(content) >= 3 and sum(initial_upper(t) for t in content) * 4 >= len(content) * 3
        return self._title

    def marks(self) -> tuple[bool, int]:
        """Whether the sentence holds a double quotation mark, and the index of its first comma
        (-1 when none); computed once per sentence, so rules that ask per cue stay cheap."""
        if self._marks is None:
            T = self.T
            quoted = not DOUBLE_QUOTES.isdisjoint(T[self.lo : self.hi])
            try:
                comma = T.index(",", self.first, self.hi)
            except ValueError:
                comma = -1
            self._marks = (quoted, comma)
        return self._marks

    def span_of(self, a: int, b: int) -> Span | None:
        if a >= b:
            return None
        if b - a == 1:
            low = self.L[a]
            base = strip_contraction(low)
            if len(base) + 1 < len(low) and base in _CLITIC_SUBJECTS:
                # "he’s announcing": the source is "he", without the auxiliary's clitic
                return make_span(self.S[a], self.S[a] + len(base))
        return make_span(self.S[a], self.E[b - 1])

    def add(self, cue: Span, a: int, b: int, content: Span | None, kind: str, phrase: PhraseKind | None, i: int) -> None:
        self.found.append(Found(cue, self.span_of(a, b), content, kind, phrase, self.index, i))


def inside_content(s: Sentence, pos: int) -> bool:
    """Whether ``pos`` lies in the content of an attribution already found in the sentence, or in
    the description of its source.

    Only the last ``RECENT`` are looked at, so a run-on "sentence" cannot make the scan quadratic.
    """
    for f in s.found[-RECENT:]:
        c = f.content
        if c is not None and c.start <= pos < c.end and f.cue.start < pos:
            return True
    d = s.described
    return d is not None and d.start <= pos < d.end


def is_adverbish(s: Sentence, k: int) -> bool:
    t = s.T[k]
    if not t[0].isalnum():
        return False
    low = s.L[k]
    if low in ADVERBISH or low.endswith(NEGATION_ENDINGS):
        return True  # "also", "has", "didn’t": adverbs and auxiliaries
    return not initial_upper(t) and ly_adverb(low)


def plain_word(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` is a lower-case content word: no function word, cue or known
    noun ("rough", "returned")."""
    t = s.T[k]
    low = s.L[k]
    return t.isalpha() and t.islower() and low not in CLASSES and low not in FORMS and low not in NOUNS


def lower_open_word(s: Sentence, x: int) -> bool:
    """Whether token ``x`` is a lower-case word of letters only and of no closed class, a plain
    noun, adjective or verb ("rubbing", "veteran"; not "the", "which" or "Leeds")."""
    return s.T[x].isalpha() and initial_lower(s.T[x]) and not classes(s.L[x])


# determiners that stand for people on their own: "Several said", "most reported seeing"
PEOPLE_QUANTIFIERS: Final = frozenset("several most many some few both all another others".split())
# adjectives that sit between a determiner and the noun they describe ("the first state", "a
# large pledged delegate lead"), never the head of a source phrase
ATTRIBUTIVE: Final = frozenset("first second third fourth fifth".split()) | content_words("attributive")


# participles that sit inside a source phrase: "those surveyed", "voters polled", "Delhi-based"
_ED_IN_PHRASE: Final = frozenset("based unnamed surveyed polled interviewed questioned sampled involved affected contacted".split())
# irregular past forms that are verbs only, so they end a phrase as a past in -ed does ("Officials
# met [Smith], who said"); the ones that are also nouns or adjectives ("a cut", "the left", "a
# hit", "read", "Saudi-led") may sit inside one
PAST_VERBS: Final = irregular_pasts() - frozenset(
    """bent bit bled cost cut fed felt forecast found hit hurt laid lay led left lent let lit put
    quit read rose saw set shot shut split spread""".split()
)


# function words written with a capital mid-sentence in headlines, not names
_CAPITALISED_FUNCTION: Final = frozenset("and but or that which who when if as is are was were has have had do does".split())


def _time_in_people_relative(s: Sentence, k: int, floor: int) -> bool:
    """Whether "after" or "before" at ``k`` goes on a reduced relative on people that opens
    within a few lower-case words before it: "Voters interviewed after the debate", "competitors
    questioned by the club after the event"."""
    if s.L[k] not in TIME_SUBORDINATORS:
        return False
    for p in range(k - 1, max(floor, k - _TIME_RELATIVE_REACH), -1):
        if people_in_reduced_relative(s.T, s.L, p, s.hi, s.first):
            return True
        if not (s.T[p].isalpha() and initial_lower(s.T[p])):
            return False
    return False


_TIME_RELATIVE_REACH: Final = 6  # words from the participle to the "after"


def phrase_word_ok(s: Sentence, k: int) -> bool:
    """Whether a word can sit inside a source phrase."""
    t = s.T[k]
    c0 = t[0]
    if not c0.isalnum():
        return t in _NAME_PUNCT
    low = s.L[k]
    if initial_upper(t) or particle_prefixed(t):  # ("al-Rashed" is a name, not a participle)
        if low in _PHRASE_STOPS:
            # "Janelle Will of Akron", "Hope Hicks": a capital mid-sentence is a name, and so are
            # initials ("the WHO")
            return k != s.first and low not in _CAPITALISED_FUNCTION or initials_at(s.T, k, s.lo, s.hi)
        return True
    if low in _PHRASE_STOPS:
        if low == "do":
            # "Folha do Norte", "João do Rio": a Portuguese particle between two words of a name
            # (not "What do Democrats", after a capitalised function word)
            return k > s.lo and k + 1 < s.hi and initial_upper(s.T[k - 1]) and initial_upper(s.T[k + 1]) and (
                s.L[k - 1] not in _PHRASE_STOPS and CLASSES.get(s.L[k - 1], EMPTY) <= NOUN_LIKE_CLASSES
            )
        if low == "than":
            # "more than 4,000 people": a count's "than" before its number
            return k > s.lo and s.L[k - 1] in _COMPARED_COUNTS and k + 1 < s.hi and s.T[k + 1][0].isdigit()
        # "the presiding officer of that chamber": after a head's preposition "that" is a determiner
        return low == "that" and k > s.lo and s.L[k - 1] in _OF_A_HEAD and k + 1 < s.hi and s.T[k + 1].isalpha() and s.T[k + 1].islower()
    if low in NOUNS:
        return True
    if "-" in low and low.rsplit("-", 1)[1] in NOUNS:
        return True  # "the ex-minister", "a co-defendant": a prefixed source noun, not a participle
    if low in _VERB_ONLY_CUES:
        # after a determiner, a number or a possessive a cue word is a noun: "the President's
        # thinking", "at one point"; so it is before the noun it modifies: "political talk shows"
        return k > s.lo and (_noun_position(s, k - 1) or s.L[k - 1] == "of" and low.endswith("ing")) or (
            k + 1 < s.hi and s.L[k + 1] in _COMPOUND_HEADS
        ) or talk_noun_at(s, k) or (  # (a field after a head's "of" is a noun too: "The head of forecasting said")
            _named_modifier_before(s, k)
        )
    if low.endswith("ed") and not _eed_noun(low):
        # "A retired teacher", "Many unnaturalized adoptees": after a determiner and before a
        # content word, a participle is the noun's adjective
        return low in _ED_IN_PHRASE or _adjective_slot(s, k) and _content_word(s.L[k + 1]) and (
            s.L[k + 1] not in FORMS
        )  # (not "the debunked claim that": the noun after it is the cue)
    if low in PAST_VERBS:
        return False
    if low.endswith("ly") and len(low) > 4:
        # "the rally", "the assembly", but "repeatedly"; "likely voters": an adjective before a noun,
        # and after an article before any plain word ("Passengers on the early boat said")
        return low in LY_NOT_ADVERBS or low in LY_ADJECTIVES and k + 1 < s.hi and (
            s.L[k + 1] in NOUNS or k > s.lo and s.L[k - 1] in ARTICLES and _modified_word(s, k + 1)
        )
    return True


def _modified_word(s: Sentence, x: int) -> bool:
    """Whether token ``x`` is a plain lower-case word that a word before it may describe: letters
    only, of no closed class but a name's, and neither a cue nor a past ("boat" in "the early
    boat", "day" in "the Lowestoft open day"; not "said", "told")."""
    low = s.L[x]
    return s.T[x].isalpha() and initial_lower(s.T[x]) and _content_word(low) and low not in FORMS and low not in PAST_VERBS


# the participles in "-eed": every other word so spelt is a noun or a verb's bare form ("the
# Saturday seed swap", "a speed camera", "the breed society")
_EED_PARTICIPLES: Final = frozenset(
    "agreed disagreed freed decreed guaranteed refereed emceed teed treed pedigreed pureed peed".split()
)


def _eed_noun(low: str) -> bool:
    """Whether ``low`` ends in "-ed" by spelling only: "seed", "speed", "breed", "tweed" (not
    "agreed", "freed")."""
    return low.endswith("eed") and low not in _EED_PARTICIPLES


def _named_modifier_before(s: Sentence, k: int) -> bool:
    """Whether the cue word at ``k`` stands between a one-word name after an article and a
    plain lower-case word, so that all three modify that word: "the Lowestoft open day" (the
    cue's bare form, which a one-word name in the singular takes as no verb: not "The Post
    sought more details"; nor "the BBC say officers", where initials name a body, which may take a
    plural verb, and a source noun follows, the subject of what it says)."""
    if not (k - 2 >= s.lo and k + 1 < s.hi and s.L[k - 2] in _NOUN_BEFORE and initial_upper(s.T[k - 1]) and s.T[k - 1].isalpha()):
        return False
    return FORMS[s.L[k]].lemma == s.L[k] and not s.L[k - 1].endswith("s") and _modified_word(s, k + 1) and not (
        s.T[k - 1].isupper() or s.L[k + 1] in NOUNS
    )


def talk_noun_at(s: Sentence, k: int) -> bool:
    """Whether "talks" or "briefing" at ``k`` is the noun after a word that says what kind, itself
    after a determiner: "a source close to the takeover talks said", "The army's daily briefing
    said", "told a news briefing" (not "the president talks", whose word before is a source)."""
    if k - 2 < s.lo or s.L[k] not in _TALK_NOUNS:
        return False
    before = s.L[k - 1]
    noun = NOUNS.get(before)
    return _noun_position(s, k - 2) and s.T[k - 1].isalpha() and initial_lower(s.T[k - 1]) and not (
        noun is not None and (noun.cls == "individual" or noun.plural)
        or before in FORMS or before in PAST_VERBS or before.endswith("ed") or CLASSES.get(before, EMPTY) - _NAME_CLASSES
    )


_TALK_NOUNS: Final = frozenset(("talks", "briefing"))


def _participle_before_cue_noun(s: Sentence, k: int) -> bool:
    """Whether the -ed word at ``k`` is the adjective of a noun that is a cue word, after a
    determiner, with more of the phrase after that noun: "A declassified report released on
    Thursday found", "A transcript of the intercepted call shows" (phrase_word_ok keeps "the
    debunked claim that" out, where the noun is the cue itself)."""
    return s.L[k].endswith("ed") and _adjective_slot(s, k) and initial_lower(s.T[k + 1]) and s.L[k + 1] in FORMS


def _adjective_slot(s: Sentence, k: int) -> bool:
    """Whether token ``k`` stands where an adjective does: after a determiner, a number word or a
    possessive, and before a word."""
    return k > s.lo and k + 1 < s.hi and _noun_position(s, k - 1) and s.T[k + 1][0].isalpha()


def _content_word(low: str) -> bool:
    """Whether ``low`` is no function word: a word of no closed class, or only of the classes of
    words that also head names ("A leaked intelligence memo", "the retired army general")."""
    cls = CLASSES.get(low)
    return cls is None or cls <= _NAME_CLASSES


_NAME_CLASSES: Final = frozenset(("org_word", "demonym"))


# adjectives in -ly, not adverbs, before a noun: "likely voters", "early reports"
LY_ADJECTIVES: Final = frozenset("likely unlikely early friendly lonely costly deadly".split())
_OF_A_HEAD: Final = frozenset(("of", "for", "at", "from"))  # prepositions that attach to a head noun
_COMPARED_COUNTS: Final = frozenset(("more", "fewer", "less"))


def _noun_position(s: Sentence, p: int) -> bool:
    """Whether the word after token ``p`` stands where a noun does: after a determiner, a
    number word or a possessive (a plural's too: "A pilots' briefing note warned")."""
    lp = s.L[p]
    return lp in _NOUN_BEFORE or lp.endswith(POSSESSIVE_ENDINGS) or lp[0].isdigit() or (
        plural_owner_mark(s.T, s.L, p, s.lo) and s.T[p - 1].isalpha()
    )


_NOUN_BEFORE: Final = frozenset(
    w for w, c in CLASSES.items() if "determiner" in c
) | frozenset("one two three first second last every".split())


# words that help a verb: "has", "will", "did", "is" (their lemma class "auxiliary")
AUXILIARIES: Final = frozenset(w for w, c in CLASSES.items() if "auxiliary" in c)
# clause words (but "and") and auxiliaries end a source phrase; so does a cue that is only a verb
_PHRASE_STOPS: Final = frozenset(
    w for w, c in CLASSES.items() if "clause" in c and w not in ("and", "&")
) | AUXILIARIES
_VERB_ONLY_CUES: Final = frozenset(f for f, form in FORMS.items() if not form.noun)
_COMPOUND_HEADS: Final = content_words("compound_head")
_STATE_ABBREVIATIONS: Final = state_abbreviations()
PREPOSITIONS: Final = frozenset(w for w, c in CLASSES.items() if "preposition" in c)
ADVERBISH: Final = frozenset(w for w, c in CLASSES.items() if "adverb" in c) | AUXILIARIES
# two-word adverbials, by their second word: they stand between a subject and its verb ("he has
# in fact said") and open no source ("Of course Trump denied", "For example Trump said")
ADVERBIAL_PAIRS: Final = {
    "particular": "in", "fact": "in", "turn": "in", "public": "in", "private": "in", "effect": "in",
    "essence": "in", "short": "in", "course": "of", "least": "at", "example": "for", "instance": "for",
}


def name_after_quotation(T: list[str], p: int) -> bool:
    """Whether the capitalised preposition at ``p`` follows a quotation's closing mark, so that it
    is the speaker's name: '“...,” From said' (Al From), but not '“...,” So said Smith'."""
    return initial_upper(T[p]) and p > 0 and (T[p - 1] in DOUBLE_QUOTES or T[p - 1] in "’'") and "preposition" in CLASSES.get(
        T[p].lower(), EMPTY
    )


def _year_group_at(s: Sentence, k: int) -> bool:
    """Whether a school's year group opens at ``k``: "Year 6 teacher Hannah Lowe", "Year 11
    pupils" (a capital "Year" and a one- or two-digit number; "year" is otherwise a time word)."""
    return s.T[k] == "Year" and k + 1 < s.hi and s.T[k + 1].isdigit() and len(s.T[k + 1]) <= 2


def trim(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """Drop punctuation, conjunctions and prepositions from the phrase edges."""
    T, L = s.T, s.L
    if a + 1 == b and name_after_quotation(T, a):
        return a, b  # '“...,” From said': a name, though it spells a preposition
    start = a
    while a < b:
        t = T[a]
        if not t[0].isalnum():
            if t in "(‘'":
                break
            a += 1
            continue
        c = CLASSES.get(L[a], EMPTY)
        if ("clause" in c or "preposition" in c or "adverb" in c) and not initials_at(T, a, s.lo, s.hi) and not _year_group_at(s, a):
            a += 1
        elif a > start and ADVERBIAL_PAIRS.get(L[a]) == L[a - 1]:
            a += 1  # "Of course Trump denied", "In fact Trump said": an adverbial without its comma
        else:
            time_end = _pointed_time_end(s, a, b) if L[a] in ("this", "that") else a
            if time_end == a:
                break
            a = time_end  # "This week officials said": a time without its comma
    while b > a:
        t = T[b - 1]
        if t in DOUBLE_QUOTES and any(T[x] in DOUBLE_QUOTES for x in range(a, b - 1)):
            break  # the closing mark of a quoted title inside the phrase
        if not t[0].isalnum():
            if t == "." and b - 1 > a and not abbrev_dot(s, b - 1):
                b -= 1
            elif t == ")" and not any(T[x] == "(" for x in range(a, b - 1)):
                b -= 1  # "according to Factcheck.org)": the parenthesis opened before the phrase
            elif t not in ")’'.%":
                b -= 1
            else:
                break
            continue
        c = CLASSES.get(L[b - 1], EMPTY)
        if L[b - 1] == "her" and b - 2 > a and "preposition" in CLASSES.get(L[b - 2], EMPTY):
            break  # "a Democrat close to her": an object, not a determiner left without its noun
        if ("preposition" in c or "clause" in c or "determiner" in c) and not initials_at(T, b - 1, s.lo, s.hi):
            b -= 1
        elif "adverb" in c and initial_lower(t) and not _has_clause(s, a, b - 1):
            b -= 1  # "mocked by Trump already", though "a poll taken last week" keeps its time
        else:
            break
    for k in range(a, b):
        if T[k][0].isalnum():
            return a, b
    return a, a  # only punctuation left


# the words that open a relative clause after a noun: "an official who spoke", "the report that found"
RELATIVE_WORDS: Final = frozenset(("who", "which", "that"))


def _has_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` holds a relative clause or a participle, which an adverb after
    it may belong to ("an official who spoke publicly", "a report issued earlier")."""
    for x in range(a, b):
        low = s.L[x]
        if low in RELATIVE_WORDS or low.endswith(ED_EN_ENDINGS) and initial_lower(s.T[x]):
            return True
    return False


def abbrev_dot(s: Sentence, k: int) -> bool:
    """Whether the full stop at ``k`` ends an abbreviation ("Sen.", "Gov.", "F.B.I.", "ex-Rep.")."""
    p = k - 1
    t = s.T[p].rsplit("-", 1)[-1]
    return s.E[p] == s.S[k] and initial_upper(t) and (len(t) <= 4 or "." in t)


def stop_ends_phrase(s: Sentence, j: int) -> bool:
    """Whether the terminator at ``j`` ends a phrase that runs right: any stop but an
    abbreviation's, and the sentence's last full stop even after a short capitalised word
    ("John Doe.", "the Washington Post."), though not after a dotted one ("the U.S.")."""
    return j == s.hi - 1 and "." not in s.T[j - 1] or not abbrev_dot(s, j)


def number_comma(s: Sentence, k: int) -> bool:
    """Whether the comma at token ``k`` separates thousands inside a number ("1,000", and
    "12,000-member", whose last group the tokenizer joins to the word after it)."""
    T = s.T
    return (
        s.lo < k < s.hi - 1 and T[k - 1].isdigit() and T[k + 1][:3].isdigit() and not T[k + 1][3:4].isdigit()
        and s.E[k - 1] == s.S[k] and s.E[k] == s.S[k + 1]
    )


SUBJECT_PRONOUNS: Final = frozenset("i you he she we they".split())
# pronouns that take an auxiliary's clitic as subjects ("he’s", "they’ve", "who'd")
_CLITIC_SUBJECTS: Final = SUBJECT_PRONOUNS | {"it", "who", "that"}
_SUBJECT_PRONOUNS: Final = SUBJECT_PRONOUNS | {"it"}  # "it" too stands alone before its verb
_NOMINATIVE_ONLY: Final = SUBJECT_PRONOUNS - {"you"}  # never the object of a preposition
_PAIRING: Final = frozenset(("and", "or", "nor"))


def _subject_pronoun_alone(s: Sentence, j: int, floor: int) -> bool:
    """Whether the word at ``j`` is a subject pronoun after another word, and so the whole subject:
    "On Monday he said", "the $64 million it pledged", "the political divides he promised"; but not
    in a pair ("Smith and I"), after a preposition ("the bulk of it") or as a numeral ("World War I")."""
    low = s.L[j]
    if low not in _SUBJECT_PRONOUNS or j <= floor:
        return False
    before = s.L[j - 1]
    # after a preposition only "it" and "you" can be its object; "he", "she", "we", "they" stay
    # subjects ("doesn’t give like he says")
    return before not in _PAIRING and (before not in PREPOSITIONS or low in _NOMINATIVE_ONLY) and not (
        low == "i" and initial_upper(s.T[j - 1])
    )


# the modal verbs, which take a bare verb ("will hold", "could say")
MODALS: Final = frozenset("will would shall should can could may might must".split())
# verbs of seeming, after which "like" opens a clause ("sounds like he knows"), not a comparison
_SEEMING: Final = frozenset("sound sounds sounded seem seems seemed look looks looked feel feels felt".split())


def phrase_left(s: Sentence, j: int, floor: int) -> tuple[int, int]:
    """The source phrase that ends at token ``j`` (inclusive), as [a, b)."""
    T = s.T
    if _subject_pronoun_alone(s, j, floor):
        return j, j + 1
    k = j
    while k >= floor and j - k < MAX_PHRASE:
        t = T[k]
        if t in DOUBLE_QUOTES and k == j and k - 1 >= floor and initial_upper(T[k - 1]):
            # a quoted title: Pakistan's "Daily Times" has described
            o = k - 1
            while o >= floor and k - o <= 6 and T[o] not in DOUBLE_QUOTES:
                o -= 1
            if o >= floor and k - o <= 6:
                k = o - 1
                continue
        if t in DOUBLE_QUOTES and k < j:
            o = k - 1
            while o > floor and k - o <= _NICKNAME_WORDS and T[o] not in DOUBLE_QUOTES:
                o -= 1
            if o > floor and nickname_end(T, o, s.hi) == k:
                k = o - 1  # 'Dave “Mudcat” Saunders said': a nickname inside the name
                continue
        if t == ")":
            # a parenthesis inside a name: "Rep. Jim McDermott (D-Wash.)", "Washington (AFP)"
            o = k - 1
            while o >= floor and k - o <= 8 and T[o] != "(" and T[o] not in DOUBLE_QUOTES:
                o -= 1
            if o > floor and T[o] == "(" and k - o <= 8:
                k = o - 1
                continue
            break
        if t == "," and k < j and (ends_a_date(T, s.L, floor, k + 1) or number_comma(s, k) or located_comma(s, k)):
            k -= 1  # the comma inside "January 15, 2016", "1,000" or "in Flint, Michigan"
            continue
        if t in DOUBLE_QUOTES or t in ",:;—–" or t in TERMINATORS and not abbrev_dot(s, k) or t == "(" and k < j:
            break  # (a bracket still open opens an aside: "The ward was closed (Smith said).")
        if t in _SINGLE_MARKS and k - 1 >= floor and T[k - 1] in _QUOTE_CLOSERS:
            break  # a single mark after a comma closes a quotation: "'We will fight on,' he said"
        if t == "-" and s.E[k - 1] < s.S[k]:
            break  # a spaced hyphen is a dash: "9 (Reuters) - U.S. candidate Clinton said"
        if k < j and (s.L[k] in CONTRACTED_COPULAS or s.L[k] in CONTRACTED_RELATIVES and not s.T[k][1].isupper()):
            break  # "that’s about Donald Trump and [the Pope] wasn’t talking": a clause ends there (not "The WHO's")
        if s.L[k] == "like" and k - 1 >= floor and s.L[k - 1] in _SEEMING:
            break  # "It doesn’t sound like [Rubio] knows": the clause after "like" has its own subject
        if k < j and k - 1 >= floor and told_hearer_at(s, k):
            break  # "He told reporters [Smith] said nothing": the people told are the hearers
        if not phrase_word_ok(s, k) and not (
            k < j and s.L[k + 1] == "by" and s.L[k].endswith("ed") and s.L[k] not in PREPOSITIONAL_PASSIVES
        ) and not (
            # an amount after an article describes the head: "a £2 accumulator"
            k < j and T[k] in CURRENCY_MARKS and T[k + 1][0].isdigit() and k - 1 >= floor and s.L[k - 1] in ARTICLES
        ) and not (
            k < j and _participle_before_cue_noun(s, k)  # "A declassified report released on Thursday found"
        ) and not (
            # "a statement read to the court said", "a memo seen by Reuters warns": how the record came out
            k < j and s.L[k + 1] in PREPOSITIONS and k - 1 > floor and record_participle(s.L, k)
        ) and not _issued_record(
            s, k, floor
        ) and not (
            # "A survey of 1,200 drinkers carried out in October for ...": a participle's particle
            k < j and s.L[k] in PHRASAL_PARTICLES and k - 2 >= floor and _issued_record(s, k - 1, floor)
        ) and not _adverb_in_reduced_relative(s, k, j, floor) and not _participle_before_time(s, k, j) and not _occasion_of_issue(
            s, k, j, floor
        ) and not (
            # "seafarers stranded on the ship told" (or right before the cue: "the potters questioned said")
            k - 1 >= floor and people_in_reduced_relative(T, s.L, k, j + 1 if k < j else j + 2, s.first)
        ) and not (
            k < j and _time_in_people_relative(s, k, floor)  # "Voters interviewed at the rally after the debate said"
        ) and not (
            k < j and k - 1 >= floor and s.L[k] in FORMS and people_doing_something(T, s.L, k, j + 1)  # "Officials warning of floods said"
        ) and not (
            k < j and record_placed(T, s.L, k, floor, s.hi)  # "The caption accompanying the image says"
        ) and not (
            # a participle between a preposition or an article and its noun describes the noun: "An
            # email sent to registered bidders warned", "The committee of elected members said"
            k < j and k - 1 >= floor and s.L[k].endswith("ed") and initial_lower(T[k]) and (s.L[k - 1] in PREPOSITIONS or s.L[k - 1] in ARTICLES)
        ):
            break  # but "data compiled by the EIA" and "a poll released Sunday" keep their participle
        k -= 1
    if j - k >= MAX_PHRASE:
        # no edge within reach: keep the last words from a capital or a determiner on
        k = j - MAX_PHRASE + 1
        while k <= j and not (initial_upper(T[k]) or "determiner" in classes(s.L[k])):
            k += 1
        if k > j:
            return j + 1, j + 1
        k -= 1
    L = s.L
    for x in range(j - 1, k + 1, -1):
        if L[x] in ARTICLES and initial_lower(T[x - 1]) and L[x - 1] not in PREPOSITIONS and L[x - 1] not in ADVERBISH and L[x - 1] not in ("and", "or"):
            if x - 2 > k and people_doing_something(T, L, x - 1, j + 1):
                continue  # "[Officials handling the case] said": the participle's object is no subject
            if x - 2 > k and record_placed(T, L, x - 1, floor, s.hi):
                continue  # "[The caption accompanying the image] says"
            if x - 3 > k and _occasion_of_issue(s, x - 1, j, floor):
                continue  # "[a statement issued after the talks] said"
            if x - 2 > k and _time_in_people_relative(s, x - 1, floor):
                continue  # "[Voters interviewed after the debate] said"
            # an article after a common word starts a new noun phrase: "history records [the Joe Biden]"
            k = x - 1
            break
    a, b = trim(s, k + 1, j + 1)
    if a + 2 < b and T[a].isalpha() and T[a].islower() and L[a].endswith("ed") and L[a + 1] in PREPOSITIONS:
        a += 2  # "will be interviewed about [Pope Francis] calling": the participle's object, not its phrase
    elif a + 1 < b and a - 1 >= floor and L[a - 1] in MODALS and T[a].isalpha() and T[a].islower() and not (
        CLASSES.get(L[a]) or L[a] in NOUNS
    ):
        a += 1  # "they will hold [banners] proclaiming": the verb after a modal is not in the phrase
    a = _after_opening_object(s, a, b)
    return count_lead(s, a, b, floor), b


# words before a count that say how exact it is ("At least two officials", "More than a dozen
# residents", "About 200 nurses"), which the phrase reader stops at as prepositions or comparatives
_COUNT_LEADS: Final[dict[str, tuple[str, ...]]] = {
    "about": (), "around": (), "some": (), "over": (), "least": ("at",), "most": ("at",), "than": ("no more", "no fewer", "more", "fewer", "less"),
    "as": ("as many", "as few"),
}
# the first words of what may lead a count: "at least", "more than", "about", "as many as"
COUNT_LEAD_OPENERS: Final = frozenset(
    [word for word, before in _COUNT_LEADS.items() if not before] + [lead.split()[0] for before in _COUNT_LEADS.values() for lead in before]
)
_COUNTED_AFTER_A: Final = frozenset("dozen hundred thousand handful score".split())
# what may stand before a count that leads a subject: nothing, a mark, or a word that opens a clause
_BEFORE_A_COUNT_LEAD: Final = frozenset("and but that while whereas when because although though as if since where".split())


def count_lead(s: Sentence, a: int, b: int, floor: int) -> int:
    """Where a phrase that opens with a count starts when words before the count say how exact it
    is: "[At least two officials] said", "[More than a dozen residents] said", "[About 200
    nurses] said"; the words are kept only at the start of a clause, so that "spoke to about 200
    residents" keeps its preposition out."""
    T, L = s.T, s.L
    c = a + 1 if a + 1 < b and L[a] in ("least", "most") and a - 1 >= floor and L[a - 1] == "at" else a  # ("at most": a quantifier)
    if not (c < b and (
        T[c][0].isdigit() or L[c] in _COUNT_WORDS or L[c] == "one" or L[c] in ("a", "an") and c + 1 < b and L[c + 1] in _COUNTED_AFTER_A
    )):
        return a
    p = c - 1
    if p < floor or L[p] not in _COUNT_LEADS:
        return a
    firsts = _COUNT_LEADS[L[p]]
    if firsts:
        for lead in firsts:
            words = lead.split()
            q = p - len(words)
            if q >= floor and [L[x] for x in range(q, p)] == words:
                p = q
                break
        else:
            return a
    if p - 1 >= floor and T[p - 1][0].isalnum() and L[p - 1] not in _BEFORE_A_COUNT_LEAD:
        return a
    return p


# prepositions before a date in a participle's phrase ("announced in March", "filed on Sunday")
_DATE_PREPOSITIONS: Final = frozenset(("in", "on", "during"))


def _participle_before_time(s: Sentence, k: int, j: int) -> bool:
    """Whether the participle at ``k`` is followed, up to ``j``, only by when it happened: "The plan
    announced in March shows" (the subject is the plan, not "March")."""
    L, T = s.L, s.T
    if k >= j or not (L[k].endswith("ed") and T[k].islower()):
        return k < j and j - k <= 2 and L[k + 1] in TIMES_AFTER_PARTICIPLE and record_participle(L, k)  # "images taken last week"
    x = k + 1
    if L[x] in _DATE_PREPOSITIONS:
        x += 1
    if x > j or not (
        month_or_day(L[x]) or year_figure(L[x]) or _clock_time(L[x])  # "A warning issued at 6am says"
        or len(L[x]) <= 2 and L[x].isdigit() and x < j and (month_or_day(L[x + 1]) or L[x + 1] in CLOCK_MARKS)  # "An email dated 4 March warned"
    ):
        return False
    return all(
        month_or_day(L[y]) or L[y].isdigit() or L[y] in PARTS_OF_DAY or T[y] in ".,:" or _clock_time(L[y]) or L[y] in CLOCK_MARKS
        for y in range(x, j + 1)
    )


# the clock's words: the marks after an hour ("6 a.m", "6 pm") and the hours that have a name
CLOCK_MARKS: Final = frozenset(("a.m", "p.m", "am", "pm"))
CLOCK_WORDS: Final = frozenset(("noon", "midday", "midnight"))


def _clock_time(low: str) -> bool:
    """Whether a token is a time by the clock: "6am", "10.30pm", "noon"."""
    if low in CLOCK_WORDS:
        return True
    digits = low[:-2] if low.endswith(("am", "pm")) else ""
    return digits != "" and digits[0].isdigit() and all(c.isdigit() or c in ".:" for c in digits)


def _after_opening_object(s: Sentence, a: int, b: int) -> int:
    """Where the source starts when an opening preposition's object runs into it without a
    comma: "During the trial [Jama B.] boasted", "After the meeting [Smith] said".  The name at
    the end of the phrase, after a lower-case word, is the subject; otherwise the clause join
    decides (:func:`_after_clause_join`)."""
    T, L = s.T, s.L
    if a - 1 == s.first and (L[a - 1] in PREPOSITIONS or L[a - 1] == "since") and (
        month_or_day(L[a]) or year_figure(T[a]) and a + 1 < b and T[a + 1][0].isalpha()
    ):
        # "On Monday night Twitter said", "On Jan. 5 Smith said", "In 2019 the Post Office said",
        # "Since 1880 the bell buoy has warned": the time ends before the source
        x = a
        while x < b - 1 and (month_or_day(L[x]) or L[x] in PARTS_OF_DAY or T[x][0].isdigit() or T[x] in ".,"):
            x += 1
        return x
    if a - 1 == s.first and (L[a - 1] in PREPOSITIONS or L[a - 1] in SUBORDINATORS) and L[a - 1] != "with" and L[a] in ARTICLES:
        x = b - 1
        while x > a and (initial_upper(T[x]) or T[x] == "."):
            x -= 1
        if x < b - 1 and initial_lower(T[x]) and L[x] not in PREPOSITIONS and L[x] not in COORDINATORS and not L[x].endswith("ed"):
            # (not "After the board named Smith ...": a verb's object; "With the number of people
            # collecting Social Security projected" opens with "with", a clause of its own)
            return x + 1
    return _after_clause_join(s, a, b)


_JOINED_SUBJECTS: Final = frozenset(("he", "she", "they", "we"))
_OBJECT_PRONOUNS: Final = frozenset(("him", "her", "them", "me", "us", "it"))
# the classes of a word that only describes a noun after it: "a state" is a thing, though "State
# police" is a body; "claimed the National Scaffolding Crown" (read by scan)
MODIFIER_ONLY_CLASSES: Final = frozenset(("demonym",))
_PEOPLE: Final = frozenset(("individual", "group"))  # source-noun classes that name people


def _after_clause_join(s: Sentence, a: int, b: int) -> int:
    """Where the source starts when the phrase ``[a, b)`` runs over "and" from the clause before.

    "the campaign finance system and he pledged", "called him a liar and NBC News accused": the
    words before the conjunction end the clause before (an object, by the verb in front of it),
    and the source is the subject after it. A real pair of sources ("Smith and Jones", "the
    company and its founder", "Last week the officials and Smith") keeps both."""
    T, L = s.T, s.L
    x = b - 1
    while x > a and L[x] not in ("and", "&"):
        x -= 1
    if x <= a or x + 1 >= b or L[x + 1] in PREPOSITIONS or L[x + 1] in ADVERBISH:
        return a  # "address the problem and on Monday announced": the subject is left out
    if x == a + 1 and L[a] in _CLAUSE_END_PARTICLES and a - 1 >= s.lo and initial_lower(T[a - 1]) and past_participle(L[a - 1]):
        # "The saddle was stripped down and the panel revealed": the particle ends its verb's
        # clause; the subject after "and" stands alone
        return x + 1
    if L[x + 1] == "it" and x + 2 == b and T[x + 1] != "IT":  # ("the Ministry of Electronics and IT")
        return x + 1  # "the administration and it shows that": "it" is never second in a pair
    link = a - 2 if a - 2 >= s.lo and L[a - 1] in PREPOSITIONS else a - 1
    if link >= s.lo and (L[link] in _LINKING_BE or L[link] in CONTRACTED_COPULAS) and (
        initial_upper(T[x + 1]) or L[x + 1] in ARTICLES
    ):
        # "The road is [a highway between Bangkok and Cambodia] and the owner must not have
        # realized", "that’s about [Donald Trump] and the Pope wasn’t talking": what follows a
        # copula (and its preposition) completes its clause; no source starts there
        return x + 1
    left_head = L[x - 1]
    entry = NOUNS.get(left_head)
    if not initial_lower(T[x - 1]) or entry is not None and entry.cls in _PEOPLE or classes(left_head) - MODIFIER_ONLY_CLASSES:
        # the words before end in a noun for people, a pronoun, a name or a function word (an
        # institution or a text may be what a verb before it acts on: "won a county and Okafor")
        return a
    if L[x + 1] in _JOINED_SUBJECTS:
        return x + 1  # a subject pronoun does not stand second in a pair of sources
    before = a - 1
    object_of_verb = (
        before >= s.lo
        and T[before].isalpha()
        and initial_lower(T[before])
        and (not classes(L[before]) or L[before] in _OBJECT_PRONOUNS)
    )  # "won [a state] and Cruz", "hit [the city] and officials", "called him [a liar] and NBC"
    if not object_of_verb or L[a] not in ARTICLES:
        return a
    for y in range(x + 1, b):
        if initial_upper(T[y]) or L[y] in NOUNS:
            return x + 1
    return a


_LINKING_BE: Final = frozenset(("is", "was", "are", "were"))
_CLAUSE_END_PARTICLES: Final = frozenset(("down", "apart", "up", "off", "out", "away", "back", "over"))
# subjects whose "'s" is "is" or "has", never a possessive ("that's", "it's"; but "Trump's")
CONTRACTED_SUBJECTS: Final = frozenset(("it", "that", "there", "what", "here", "where"))
# those subjects with their copula in one word
CONTRACTED_COPULAS: Final = frozenset(w + mark + "s" for w in CONTRACTED_SUBJECTS for mark in ("'", "’"))
# "who" with a clitic opens a relative clause: "leaders who’d rather work for Ben Carson"
CONTRACTED_RELATIVES: Final = frozenset("who" + mark + c for mark in ("'", "’") for c in ("d", "ll", "ve", "s", "re"))
# "it" and its copula in one word: "It’s said that"
IT_IS: Final = frozenset(w for w in CONTRACTED_COPULAS if w.startswith("it"))
_SINGLE_MARKS: Final = frozenset("'’‘")
_CLAUSE_SUBJECTS: Final = frozenset(("i", "he", "she", "we", "they", "it", "there"))
_QUOTE_CLOSERS: Final = frozenset(",.!?…")




def _issued_record(s: Sentence, k: int, floor: int) -> bool:
    if k - 1 < floor:
        return False
    low = s.L[k]
    entry = NOUNS.get(s.L[k - 1])
    if entry is None:
        return False
    if low in ISSUED:
        return entry.cls == "document"
    # a reduced relative on a source noun: "This photo provided to the AP shows", "people briefed
    # on the matter said", "emails seen by Reuters show": the participle and what follows belong
    # to the phrase, whose head is the noun before them
    return opens_reduced_relative(s.T, s.L, k, s.hi)


# prepositions of the occasion a record came out on: "a statement issued after the talks"
_OCCASIONS: Final = frozenset(("after", "following", "during", "at"))


def _occasion_of_issue(s: Sentence, k: int, j: int, floor: int) -> bool:
    """Whether ``k`` opens the occasion of a record's issue: "a statement issued after the talks
    said", "a joint communique released at the end of the summit said" (the subject is the
    record, not the talks)."""
    return k < j and s.L[k] in _OCCASIONS and k - 2 >= floor and s.L[k - 1] in ISSUED and _issued_record(s, k - 1, floor)


def _adverb_in_reduced_relative(s: Sentence, k: int, j: int, floor: int) -> bool:
    """Whether ``k`` is an adverb between a source's participle and its preposition: "Footage
    shared widely on Instagram shows", "Officials interviewed separately by the AP said"."""
    low = s.L[k]
    return k < j and s.L[k + 1] in PREPOSITIONS and low.isalpha() and ly_adverb(low) and _issued_record(s, k - 1, floor)


_RIGHT_STOPS: Final = frozenset("in on at during after before when while to".split())


def phrase_right(s: Sentence, k: int) -> tuple[int, int]:
    """The phrase that starts at token ``k``, as [a, b)."""
    T, L = s.T, s.L
    j = k
    n = s.hi
    while j < n and j - k < MAX_PHRASE:
        t = T[j]
        if t == "," and number_comma(s, j):
            j += 1  # the comma inside "1,000"
            continue
        if t in DOUBLE_QUOTES and j > k:
            close = nickname_end(T, j, n)
            if close > 0:
                j = close + 1  # 'says Dave “Mudcat” Saunders': a nickname inside the name
                continue
            close = _title_end(s, j, n) if L[j - 1] in _TITLE_LEADS else -1
            if close > 0:
                j = close + 1  # 'wrote the authors of the “Growth and Opportunity Project,”'
                if T[close - 1] in ",.":
                    break  # the comma inside the marks ends the phrase as one outside would
                continue
            close = scare_quote_end(s, j)
            if close > 0:
                j = close + 1  # 'According to her “clawback” plan': a quoted modifier before its noun
                continue
        if t in DOUBLE_QUOTES or t in ",:;—–" or (t in TERMINATORS and stop_ends_phrase(s, j)):
            break
        if L[j] == "that":
            break
        if not phrase_word_ok(s, j):
            # "wrote syndicated columnist David Harsanyi", "said retired neurosurgeon Ben Carson":
            # a participle before a noun, or before a description that runs into a name, is an
            # adjective
            if not (L[j].endswith("ed") and j + 1 < n and (
                L[j + 1] in NOUNS or initial_upper(T[j + 1]) or runs_into_name(s, j + 1)
                # "said retired bee farmer Hugh Dalby": a compound noun's first word between them
                or T[j + 1].isalpha() and initial_lower(T[j + 1]) and L[j + 1] not in CLASSES and runs_into_name(s, j + 2)
                # "The retired neurosurgeon": between a determiner and a lower-case word
                or j == k + 1 and L[k] in ("the", "a", "an") and T[j + 1].isalpha() and T[j + 1].islower() and not classes(L[j + 1])
            ) or j == k and L[j].endswith("s") and _plural_modifier(s, j)):
                break
        if L[j] in _RIGHT_STOPS and j > k or L[j] == "for" and j > k and _duration_at(s, j + 1):
            break  # (a span of time is no part of the phrase: "questioned by police for six hours")
        j += 1
    return trim(s, k, j)


def _plural_modifier(s: Sentence, j: int) -> bool:
    """Whether the plural at ``j``, which reads as a verb in "-s", opens a description that runs
    into a name, and so is a noun before a noun: "says finds liaison officer Megan Tull"."""
    L, T = s.L, s.T
    m = j + 1
    while m < s.hi and m - j <= _MODIFIED_ROLE and T[m].isalpha() and initial_lower(T[m]):
        m += 1
    # the last lower-case word is a role, and a name of two capitalised words follows it
    return j + 1 < m and m + 1 < s.hi and L[m - 1] in NOUNS and initial_upper(T[m]) and T[m].isalpha() and initial_upper(T[m + 1])


_MODIFIED_ROLE: Final = 3  # lower-case words after a plural modifier, up to the role: "liaison officer"


# units of time, one or more: "for six hours", "for a week", "for years"
TIME_SPANS: Final = frozenset("minutes hours days weeks months years decades".split())
_TIME_UNITS: Final = TIME_SPANS | frozenset("minute hour day week month year decade".split())


def _duration_at(s: Sentence, k: int) -> bool:
    """Whether a span of time opens at ``k``: "years", "six hours", "a week", "several months"."""
    L = s.L
    if k >= s.hi:
        return False
    if L[k] in TIME_SPANS:
        return True
    return k + 1 < s.hi and (L[k] in CARDINALS or s.T[k].isdigit() or L[k] in _SPAN_COUNTS) and L[k + 1] in _TIME_UNITS


_SPAN_COUNTS: Final = frozenset(("a", "an", "one", "several", "many", "few"))


_SCARE_QUOTE_WORDS: Final = 3


def scare_quote_end(s: Sentence, q: int) -> int:
    """The closing mark of a short quoted modifier that opens at ``q`` inside a noun phrase,
    between a determiner, a possessive or "so-called" and a lower-case noun ('her “clawback”
    plan', 'the so-called "Gang of Eight" bill'); -1 when the mark opens something else."""
    T, L = s.T, s.L
    if q - 1 < s.lo or not (
        "determiner" in CLASSES.get(L[q - 1], EMPTY) and L[q - 1] != "that" or L[q - 1] == "so-called"
        or L[q - 1].endswith(POSSESSIVE_ENDINGS) and initial_upper(T[q - 1])
    ):
        return -1
    j = q + 1
    while j < s.hi and j - q <= _SCARE_QUOTE_WORDS and T[j][0].isalnum():
        j += 1
    if j == q + 1 or j + 1 >= s.hi or T[j] not in DOUBLE_QUOTES:
        return -1
    after = T[j + 1]
    if not (after.isalpha() and after.islower() and (L[j + 1] in NOUNS or not CLASSES.get(L[j + 1]))):
        return -1
    # a determiner after the word is its object: 'the “sharing economy” reflects an improvement'
    return -1 if j + 2 < s.hi and "determiner" in CLASSES.get(L[j + 2], EMPTY) else j


_NICKNAME_WORDS: Final = 3
# words after which a quoted title sits inside a source phrase: 'the authors of “The Art of the Deal”'
_TITLE_LEADS: Final = frozenset(("of", "the"))


def nickname_end(T: list[str], q: int, hi: int) -> int:
    """The closing quotation mark of a nickname that opens at ``q`` inside a name ("Dave
    “Mudcat” Saunders", 'Dwayne "The Rock" Johnson'): capitalised words between a capitalised
    word and a capitalised word; -1 when the mark opens something else."""
    if q < 1 or not initial_upper(T[q - 1]) or not T[q - 1][0].isalpha():
        return -1
    j = q + 1
    while j < hi and j - q <= _NICKNAME_WORDS and initial_upper(T[j]) and T[j][0].isalpha():
        j += 1
    if j == q + 1 or j + 1 >= hi or T[j] not in DOUBLE_QUOTES or not (initial_upper(T[j + 1]) and T[j + 1][0].isalpha()):
        return -1
    return j


def runs_into_name(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a lower-case content word followed by a name of two capitalised
    words: "neurosurgeon Ben Carson" (but not "restraint Monday", "off on Trump")."""
    if k + 2 >= s.hi:
        return False
    T = s.T
    t = T[k]
    return (
        t[0].isalpha() and initial_lower(t) and s.L[k] not in CLASSES and phrase_word_ok(s, k)
        and initial_upper(T[k + 1]) and T[k + 1].isalpha() and initial_upper(T[k + 2])
    )


def strip_span(text: str, start: int, end: int) -> Span | None:
    """Trim white space and clause punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-()"):
        start += 1
    while end > start and (
        text[end - 1].isspace() or text[end - 1] in ",:;—–-.!?(" or text[end - 1] == ")" and "(" not in text[start : end - 1]
    ):  # (an aside's brackets, but not the one that closes "Sen. Roe (D-Ill.)")
        end -= 1
    if end - start < 2:
        return None
    return make_span(start, end)


def is_pronoun(lower: str) -> bool:
    return any(c.startswith("pronoun") for c in CLASSES.get(lower, EMPTY))


_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("al", "ous", "ive", "ic", "ful", "less", "able", "ible", "ant", "ent", "ary")
_NOT_SOURCES: Final = frozenset({"you", "this", "these", "those", "there", "here"})
# verbs that link a subject to an adjective, which a cue form may look like ("become suspect")
_LINKING_VERBS: Final = frozenset("become becomes became becoming seem seems seemed remain remains remained".split())


def plausible_source(s: Sentence, a: int, b: int, phrase: PhraseKind) -> bool:
    """Reject phrases that cannot be a source: "you", a lone adjective ("minimal reported"), a
    lone lower-case word after "to" or "not" ("a number to call to report repeated plays": an
    infinitive)."""
    if a < b and s.L[a] == "according":
        return False  # "according to a Washington Post report Thursday": the report is that phrase's source
    if _object_of_preposition(s, a, phrase):
        return False
    if owned_body_part(s, a, b):
        return False
    if b - a != 1:
        return True
    if a - 1 >= s.lo and initial_lower(s.T[a]) and not phrase.source_type.startswith("pron") and (
        s.L[a - 1] == "to" or s.L[a - 1] == "not" and phrase.source_type != "unnamed_group"
        or s.L[a - 1] in _CIRCUMSTANCE and s.L[a] not in NOUNS and phrase.source_type not in ("self", "unnamed_group")
    ):
        # (and "did not release further details": a verb after "not"; but "Not everyone agrees";
        # and "after gold find": a noun's modifier after a preposition, but "after officials said")
        return False
    hl = s.L[phrase.head]
    if (hl in _NOT_SOURCES or strip_contraction(hl) in _NOT_SOURCES) and not (hl == "those" and phrase.head + 1 < s.hi and s.L[phrase.head + 1] == "who"):
        return False  # ("you’re saying" as "you are saying")
    if hl in _LINKING_VERBS:
        return False  # "will become suspect": a verb before an adjective
    return not (
        not initial_upper(s.T[phrase.head])
        and hl not in NOUNS
        and not phrase.source_type.startswith("pron")
        and phrase.source_type != "self"
        and hl not in PEOPLE_QUANTIFIERS  # "Parents are furious, several said."
        and hl.endswith(_ADJECTIVE_ENDINGS)
    )


_CIRCUMSTANCE: Final = frozenset("in on during at after before to from of without".split())
# parts of the body: "felt the weight in her palm", "His hands ... told their own story"
BODY_PARTS: Final = content_words("felt_body_part")
_SPEECHLESS_BODY_PARTS: Final = BODY_PARTS | frozenset(("eye", "eyes", "face", "lips"))


def owned_body_part(s: Sentence, a: int, b: int) -> bool:
    """Whether the phrase [a, b) is a part of someone's body after its owner: "His hands" in "His
    hands, cracked and raw, told their own story", "Her eyes said it all" (a body shows things; it
    does not speak; "The captain and his hands said" has people in it)."""
    return b - a == 2 and s.L[a] in POSSESSIVE_PRONOUNS and s.L[a + 1] in _SPEECHLESS_BODY_PARTS


# prepositions that never open a clause ("after the report said" has one)
_OBJECT_TAKERS: Final = frozenset("to at into onto with from".split())


def _object_of_preposition(s: Sentence, a: int, phrase: PhraseKind) -> bool:
    """Whether a phrase that opens with an article right after a preposition has a common noun
    for its head that no one speaks as: the object of that preposition, with the participle after
    it describing it ("built to the standard agreed at a conference", "looked at the plan agreed in
    May"; not "spoke to the officials who agreed", nor "with a third saying")."""
    if not (s.first < a < s.hi - 1 and s.L[a - 1] in _OBJECT_TAKERS and s.L[a] in ARTICLES):
        return False
    head = phrase.head
    return not phrase.named and initial_lower(s.T[head]) and s.L[head] not in NOUNS and phrase.source_type != "document" and (
        s.L[head] not in SHARES_OF_PEOPLE
    )
# what a statement travels by, after "by": a means, never an agent ("confirmed by email that")
BY_MEANS: Final = frozenset(
    "email e-mail phone telephone text fax letter video videolink mail post satellite radio cable courier messenger".split()
)
# words that say when or how something was said, before the "that" of what was said
_WHEN_WORDS: Final = frozenset("today yesterday tonight earlier later again last this next late early once".split())
_WHEN_SPAN: Final = 4
PARTS_OF_DAY: Final = frozenset(("morning", "afternoon", "evening", "night"))
# prepositions that open a verb's complement rather than a circumstance: what is called for, asked about
_COMPLEMENT_PREPOSITIONS: Final = frozenset(("for", "about"))
# prepositions that open a circumstance and never the people told: "warned in an interview with the BBC"
_NO_HEARER_OPENERS: Final = frozenset(("in", "on", "during"))


# number words that count people ("about 200 reporters", "several dozens"); each reader adds its own
CARDINALS: Final = frozenset("two three four five six seven eight nine ten dozens hundreds thousands".split())
# counts in words past ten: "about sixty people", "twenty new members"
TEENS_AND_TENS: Final = frozenset(
    "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty".split()
)
_COUNT_WORDS: Final = CARDINALS | TEENS_AND_TENS
_A_COUNT: Final = frozenset(("dozen", "hundred", "thousand", "handful", "few"))


def about_a_count(s: Sentence, k: int) -> bool:
    """Whether the "about" at ``k`` rounds a number ("told about 2,000 supporters", "about a
    dozen donors"), not opens a topic ("told about the plan")."""
    T, L, n = s.T, s.L, s.hi
    if L[k] != "about" or k + 1 >= n:
        return False
    nxt = L[k + 1]
    return T[k + 1][0].isdigit() or nxt in _COUNT_WORDS or nxt == "a" and k + 2 < n and L[k + 2] in _A_COUNT


# pronouns that hear what is said; "it" never does ("warned it could spread")
_HEARER_PRONOUNS: Final = frozenset("me him her us them you".split())
# object pronouns that are a whole hearer ("her" may open the hearer: "told her lawyer")
_WHOLE_HEARERS: Final = _HEARER_PRONOUNS - {"her", "you"}
# plurals for people that also describe the noun after them ("women voters", "men workers")
_DESCRIBING_PLURALS: Final = frozenset(("women", "men"))


def plural_hearer(low: str) -> bool:
    """Whether ``low`` is a plural for people counted one by one, which after "told" is the
    hearer and not the first word of a compound ("reporters", "lawmakers"; not "police", whose
    "police officers" is one phrase, nor "women voters")."""
    entry = NOUNS.get(low)
    return entry is not None and entry.plural_people() and low not in _DESCRIBING_PLURALS


def told_hearer_at(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is the whole hearer of a "tell" right before it: "told [reporters]",
    "tells [me]" (a clause with its own subject may follow: "told reporters police had ...")."""
    low = s.L[k]
    if k - 1 < s.lo or not (low in _WHOLE_HEARERS or plural_hearer(low)):
        return False
    form = FORMS.get(s.L[k - 1])
    return form is not None and form.lemma == "tell"


def _verb_like(low: str) -> bool:
    """Whether ``low`` can be a clause's finite verb: an auxiliary, a listed past or a word in "-ed"."""
    return low in AUXILIARIES or low in PAST_VERBS or low.endswith("ed") or low in FORMS


# how long someone has been saying it: "for years that", "for several months now that"
_DURATIONS: Final = frozenset("years months weeks days decades ages".split())


def _words_before_that(s: Sentence, k: int) -> int:
    """Where the words after ``k`` stop: at "that", at a mark, or one past ``_WHEN_SPAN`` words
    (the caller reads whether "that" stands there: "said repeatedly that", "for years that")."""
    T, L = s.T, s.L
    m = k + 1
    while m < s.hi and m - k <= _WHEN_SPAN and T[m][0].isalnum() and L[m] != "that":
        m += 1
    return m


def content_after(s: Sentence, cue_end: int, form: CueForm, recipient: bool = True) -> Span | None:
    """What was said after the cue ending at token ``cue_end``: past a recipient (unless
    ``recipient`` is false, as after a passive whose subject heard it), a time or a circumstance."""
    T, L = s.T, s.L
    k = cue_end + 1
    n = s.hi
    if recipient and form.lemma == "tell" and k < n:
        heard = _quoted_show_end(s, k)
        if heard > 0:
            if T[heard - 2] in ",." and not (heard < n and (T[heard] in DOUBLE_QUOTES or L[heard] == "that")):
                return None  # 'told "Fox and Friends," reminding ...': the mark inside the title ends the clause
            k = heard  # 'told ABC’s “Good Morning America” on Monday the tone was cordial': the show heard it
    if recipient and form.tell and k < n and T[k][0].isalnum() and L[k] != "that" and not (k == cue_end + 1 and L[k] in _NO_HEARER_OPENERS) and (
        L[k] not in _COMPLEMENT_PREPOSITIONS or about_a_count(s, k)
    ):
        a, b = phrase_right(s, k + 1 if L[k] == "about" else k)
        for x in range(a + 1, b):
            if "determiner" in CLASSES.get(L[x], EMPTY) or strip_contraction(L[x]) in _CLAUSE_SUBJECTS:
                b = x  # "told reporters the deal was done": the statement starts at its subject
                break
            if form.lemma == "tell" and x == a + 1 and (
                L[a] in _WHOLE_HEARERS or plural_hearer(L[a]) and (L[x] in NOUNS or initial_upper(T[x]))
                and any(_verb_like(L[y]) for y in range(x + 1, min(n, b + 1)))
            ):
                b = x  # "told reporters police had arrested two men", "told me Jones resigned": the hearer comes first
                break
        if b > a and not (
            b < n and L[b] in AUXILIARIES and L[b].isalpha() and L[a] not in _HEARER_PRONOUNS
        ):
            k = b  # but in "warned the variant could spread", "made clear he will" the phrase is the statement's subject
    if k + 1 < n and L[k] == "to" and bare_verb(s, k + 1):
        # "vowed to fight on", "pledged to enact reform": the infinitive is what was said
        close = _opening_clause_end(s, k)
        close = _joined_clause(s, k + 2, close if close > 0 else n)
        return strip_span(s.text, s.S[k], s.S[close] if close < n else s.span.end)
    when_end, dated = when_run_end(s, k)
    if when_end > k:
        if when_end >= n or T[when_end] in TERMINATORS or _closes_opening_clause(s, when_end):
            return None  # "The plan failed, Smith said last week.", "..., he said dryly.", "When Smith said Tuesday, ..."
        if dated and k == cue_end + 1 and when_end + 1 < n and (
            L[when_end] in _COMPLEMENT_PREPOSITIONS or L[when_end] == "on" and form.lemma == "call"
        ):
            k = when_end + 1  # "called Wednesday for Ginsburg to resign", "asked again about the plan"
        elif dated and _opens_a_clause(L[when_end]):
            k = when_end  # "said yesterday the plan failed" (but "said nearly every ..." is the statement)
        elif dated and L[when_end] in _CIRCUMSTANCE and L[when_end] != "to":
            k = when_end  # "said Sunday after the attack." ("vowed Monday to stay" is what was vowed)
    if k < n and L[k] == "that":
        k = _past_that_time(s, k)  # "announced that same week that he would", "said that day he would"
    elif k + 1 < n and T[k + 1] == ":" and L[k] == "this" or k + 2 < n and T[k + 2] == ":" and L[k] == "the" and L[k + 1] == "following":
        k += 1 if L[k] == "this" else 2  # 'said the following: “...”': the words point on to what was said
    if k < n and (L[k] in _WHEN_WORDS or L[k] in DATE_NAMES or len(L[k]) > 4 and L[k].endswith("ly") or L[k] in _MANNER_WORDS):
        # "reported Thursday that", "said repeatedly that", "admitted late last week that"
        m = _words_before_that(s, k)
        if m < n and L[m] == "that" and m - k <= _WHEN_SPAN:
            k = m
        elif m + 1 < n and (T[m] == ":" or T[m] == "," and T[m + 1] in DOUBLE_QUOTES):
            k = m  # 'said simply: “...”', 'said later, “...”': how or when, then what was said
        elif L[k] in DATE_NAMES:
            m = k + 1 if k + 1 < n and L[k + 1] in PARTS_OF_DAY else k
            if m + 1 < n and (
                L[m + 1] in _CLAUSE_SUBJECTS or "determiner" in CLASSES.get(L[m + 1], EMPTY)
                or initial_upper(T[m + 1]) and T[m + 1].isalpha() and L[m + 1] not in DATE_NAMES
            ):
                k = m + 1  # "said Tuesday the plan failed", "said Monday night he would", "said Wednesday Clinton meant"
    if k + 2 < n and L[k] == "for" and k == cue_end + 1:
        # "has said for years that", "argued for months now that": how long, then the statement
        m = _words_before_that(s, k)
        if m < n and L[m] == "that" and any(L[x] in _DURATIONS for x in range(k + 1, m)):
            k = m
    # a preposition's object ends where a clause with its own subject is joined on: "spoke out
    # against the law, and he was quick to ..."
    object_only = form.particle is not None and form.particle != ":"
    if k + 1 < n and k == cue_end + 1 and (L[k] in _COMPLEMENT_PREPOSITIONS or L[k] == "on" and form.lemma == "call"):
        k += 1  # "called for more flexibility", "asked about his daughter", "called on Trump to quit"
        object_only = True
    # "said in a statement (released Monday) that ..."
    if k < n and (L[k] in _CIRCUMSTANCE or L[k] == "via" or L[k] == "by" and k + 1 < n and L[k + 1] in BY_MEANS) and not (
        L[k] == "at" and k + 1 < n and L[k + 1] in ("least", "most")  # "said at least 30 people died": a count opens the statement
    ):
        limit = min(n, k + 10)
        m = k
        while m < limit and L[m] != "that" and (T[m] not in ",:" or place_comma(s, m) or _titled_comma(s, m, k)):
            if T[m] == "," and not place_comma(s, m):
                m = _title_end(s, m + 1, n) + 1  # 'in his memoir, “A Promised Land,” that': a title set off after its work
                limit = min(n, max(limit, m + 1))
                if m < n and L[m] != "that":
                    break  # 'in his memoir, “A Promised Land,” the plan failed': the statement follows the title
                continue
            if T[m] in DOUBLE_QUOTES:
                close = _title_end(s, m, limit) if m > k and (
                    L[m - 1] in _CIRCUMSTANCE or L[m - 1] in TITLED_WORKS
                    or initial_upper(T[m - 1]) and L[m - 1].endswith(POSSESSIVE_ENDINGS)
                ) else -1
                if close < 0:
                    break
                m = close  # 'said on “Morning Joe”', 'on ABC’s “This Week,”': a quoted title the circumstance names
                limit = min(n, max(limit, close + 2))  # (a title's words do not count against the reach)
            m += 1
        _document_mention(s, k, m)
        if m < limit and m < n:
            k = m
        else:
            # "said on Tuesday several people died", "said in a statement Monday night the plan
            # failed": with no "that", the statement opens right after the circumstance's time
            x = k + 1
            while x + 1 < m and not (_ends_a_time(L[x]) and _opens_a_statement(L[x + 1])):
                x += 1
            opener = clause_after_circumstance(s, k, m) if L[k] != "to" and x + 1 >= m else -1
            if L[k] != "to" and x + 1 < m:
                k = x + 1
            elif opener > 0:
                k = opener  # "claims in his new book the plan failed"
            elif m >= n or T[m] in TERMINATORS:
                return None
    if k + 1 < n and T[k] == "," and L[k + 1] in CITING:
        close = _citing_end(s, k + 1)
        if close > 0:
            k = close  # "reported, citing two sources, that the talks stalled": past the sources
    if k + 1 < n and T[k] == "," and L[k + 1].endswith("ing") and L[k + 1] != "including":
        return None  # "..., the ministry said, adding that ...": the next clause is its own; the content came first
    if _closes_opening_clause(s, k):
        # "When Smith asked, Jones said no", "Two days before testifying to Congress, the director
        # resigned": the opening clause ends with its cue, or with the cue's recipient or time
        return None
    while k < n and (L[k] == "that" or T[k] in ",:"):
        if T[k] == "," and k + 2 < n and T[k + 2] == "," and initial_lower(T[k + 1]) and is_adverbish(s, k + 1):
            k += 2  # "did not mention, however, that": an adverb set off before the statement
        k += 1
    if k >= n:
        return None
    if form.lemma in _CITING_LEMMAS:
        close = _citing_end(s, k - 1)
        if close > 0:
            return strip_span(s.text, s.S[k], s.S[close])  # "citing two sources, that ...": the sources
    close = _opening_clause_end(s, k)
    if close < 0:
        close = _set_off_relative_end(s, cue_end, k)
    if object_only:
        close = _joined_clause(s, k, close if close > 0 else n)
        close = close if close < n else -1
    return strip_span(s.text, s.S[k], s.S[close] if close > 0 else s.span.end)


_RELATIVE_REACH: Final = 20  # tokens back from a cue to the relative word of its clause
_SET_OFF_RELATIVE_WORDS: Final = frozenset(("which", "who", "whom", "where"))


def set_off_relative(s: Sentence, x: int) -> bool:
    """Whether the relative word at ``x`` opens a clause set off by a comma, right after it or
    after a preposition: "The plan, which Trump says", "Weaver, who came out", ", in which he"."""
    T, first = s.T, s.first
    return x - 1 > first and (T[x - 1] == "," or s.L[x - 1] in PREPOSITIONS and x - 2 > first and T[x - 2] == ",")


def _set_off_relative_end(s: Sentence, cue_end: int, k: int) -> int:
    """The comma that closes a relative clause set off by commas, when the cue ending at
    ``cue_end`` lies inside it and the content starting at ``k`` runs to that comma and the main
    clause's verb after it ("The plan, which Trump says will create jobs, failed"), or -1."""
    T, L = s.T, s.L
    first = s.first
    opened = False
    for x in range(cue_end - 1, max(first, cue_end - _RELATIVE_REACH) - 1, -1):
        if not T[x][0].isalnum():
            break
        if L[x] in _SET_OFF_RELATIVE_WORDS and set_off_relative(s, x):
            opened = True
            break
    if not opened:
        return -1
    for y in range(k + 1, s.hi - 1):
        if T[y] in DOUBLE_QUOTES or T[y] in ";:":
            return -1
        if T[y] == "," and not number_comma(s, y) and not place_comma(s, y):
            nl = L[y + 1]
            verb = T[y + 1].isalpha() and T[y + 1].islower() and (
                nl in AUXILIARIES or nl.endswith("ed") and nl not in NOUNS
            )
            return y if verb else -1
    return -1


# nouns of a time that "that" may point to right after a cue ("said that day that")
# nouns of a time that "that" or "this" may point at: "said that day", "officials that week said"
TIME_NOUNS: Final = PARTS_OF_DAY | frozenset("day week month year weekend time".split())


def _past_that_time(s: Sentence, k: int) -> int:
    """Past "that (same) day" at ``k`` when it says when, not what: a "that" or a subject pronoun
    must follow the time ("said that day that he would", "said that day he would"), for "said
    that time is running out" reports a clause."""
    L, n = s.L, s.hi
    x = k + 2 if k + 2 < n and L[k + 1] in ("same", "very") else k + 1
    if x + 1 < n and L[x] in TIME_NOUNS and (L[x + 1] == "that" or L[x + 1] in _CLAUSE_SUBJECTS and s.T[x + 1].isalpha()):
        return x + 1
    return k


# conjunctions that open a subordinate clause ("when Rubio thanked Miami and said", "Before
# Sanders acknowledged his victory, his campaign ..."); "as" has its own readings ("As Smith noted, ...")
SUBORDINATORS: Final = frozenset("when while whilst after before because if since although though once until whenever".split())
# conjunctions that join two clauses or two phrases of the same rank ("racist and illegal")
COORDINATORS: Final = frozenset(("and", "but", "or"))
# an opening clause may also state a condition or a contrast ("Unless ..., ...", "Whereas ..., ...")
# (or a concession: "Despite saying he would not run, Ryan entered")
_OPENING_SUBORDINATORS: Final = SUBORDINATORS | frozenset(("unless", "whereas", "despite"))
# words that may precede the conjunction: "Even before", "But when", "Just after", "Long before"
# and a span of time: "Years after", "Two days before", "Just hours after", "In the six months since"
_SUBORDINATOR_LEADS: Final = frozenset("even but and yet so just long only shortly soon".split()) | frozenset(
    """years year months month weeks week days day hours hour minutes moments decades a the two three four
    five six seven eight nine ten few several""".split()
)
_SUBORDINATOR_LEAD_REACH: Final = 4
# a preposition that opens such a span: "In the months since", "During the weeks before"
SPAN_PREPOSITIONS: Final = frozenset(("in", "during", "over", "within", "for"))
_OPENING_CLAUSE_REACH: Final = 40  # tokens of an opening clause


def past_subordinator_leads(s: Sentence) -> int:
    """The first token of the sentence past the words that may lead an opening conjunction: "But
    when", "Just after", "Years after", "Two days before", "In the six months since"."""
    c = s.first
    if c + 1 < s.hi and s.L[c] in SPAN_PREPOSITIONS and s.L[c + 1] in _SUBORDINATOR_LEADS:
        c += 1
    start = c
    while c < s.hi and c - start < _SUBORDINATOR_LEAD_REACH and s.L[c] in _SUBORDINATOR_LEADS:
        c += 1
    return c


def _joined_clause(s: Sentence, k: int, end: int) -> int:
    """The comma, from token ``k`` to ``end``, that joins a clause with its own pronoun subject
    ("vowed to fight on, but he did want ..."): an infinitive's content ends there; ``end`` when
    there is none."""
    T, L = s.T, s.L
    for x in range(k, end - 2):
        if T[x] == "," and L[x + 1] in COORDINATORS and L[x + 2] in _CLAUSE_SUBJECTS:
            return x
    return end


_BASE_AUXILIARIES: Final = frozenset(("be", "have", "do"))


def bare_verb(s: Sentence, x: int) -> bool:
    """Whether the word at ``x``, right after "to", reads as a bare verb ("to fight", "to press
    on", "to again stress") rather than the start of a noun phrase ("to reporters", "to the
    press", "to him", "to Congress", "to voting members")."""
    T, L = s.T, s.L
    if T[x] in _BASE_AUXILIARIES:
        return True  # "claims to be a doctor", "vowed to have it done"
    if x + 1 < s.hi and (L[x] in ADVERBISH or L[x].endswith("ly")) and initial_lower(T[x]):
        x += 1  # "to again stress", "to quickly end"
    t, low = T[x], L[x]
    return (
        t.isalpha() and initial_lower(t) and low not in CLASSES and (low not in NOUNS or record_as_verb(s, x))
        and not (low.endswith("s") and not low.endswith("ss")) and not low.endswith("ing")
    )


def record_as_verb(s: Sentence, x: int) -> bool:
    """Whether the word for a record at ``x``, right after "to", is a verb: a determiner or an
    object pronoun follows it ("hopes to report the findings", "to request a meeting"); a
    singular record takes its own determiner ("to the report")."""
    return one_record(s.L[x]) and x + 1 < s.hi and (
        s.L[x + 1] in _OBJECT_PRONOUNS or "determiner" in CLASSES.get(s.L[x + 1], EMPTY)
    )


def place_comma(s: Sentence, m: int) -> bool:
    """Whether the comma at ``m`` splits a place name, "Orlando, Florida", "Albany, New York":
    capitalised words on both sides, and after them another comma or the sentence's end."""
    T, n = s.T, s.hi
    if T[m] != "," or m - 1 < s.lo or not initial_upper(T[m - 1]):
        return False
    x = m + 1
    while x < n and x - m <= 2 and initial_upper(T[x]):
        x += 1
    return x > m + 1 and (x >= n or T[x] == "," or T[x] in TERMINATORS)


def listed_comma(s: Sentence, m: int) -> bool:
    """Whether the comma at ``m`` parts the names of a list that a preposition or a past verb opens
    and "and" or "or" closes: "in Bewdley, Stourport and Upton", "from Leeds, York, Hull or
    Selby" (each name one to three capitalised words), so that it stays inside the phrase around it."""
    T, L, n = s.T, s.L, s.hi
    k = m - 1
    while True:  # back past names and the commas between them to the preposition
        x = k
        while x > s.lo and k - x < _LISTED_WORDS and initial_upper(T[x]) and T[x].isalpha():
            x -= 1
        if x == k:
            return False
        if T[x] != "," or x - 1 <= s.lo:
            break
        k = x - 1
    if not (L[x] in PREPOSITIONS or L[x].endswith("ed") and initial_lower(T[x])) or m - x > _LISTED_SPAN:
        return False  # (a past verb may take the list too: "who visited Leeds, York and Hull")
    k = m + 1
    while k < n and k - m <= _LISTED_SPAN:  # on past names and commas to "and" or "or" and one more name
        x = k
        while x < n and x - k < _LISTED_WORDS and initial_upper(T[x]) and T[x].isalpha():
            x += 1
        if x == k or x >= n:
            return False
        if L[x] in ("and", "or"):
            return x + 1 < n and initial_upper(T[x + 1]) and T[x + 1].isalpha()
        if T[x] != ",":
            return False
        k = x + 1
    return False


_LISTED_WORDS: Final = 3  # capitalised words of one name in a list
_LISTED_SPAN: Final = 16  # tokens from a list's comma to either end of the list


def located_comma(s: Sentence, m: int) -> bool:
    """Whether the comma at ``m`` splits a place named after a preposition, "in Charleston, West
    Virginia,", "in Albany, N.Y.,", so that it stays inside the phrase around it: a state or a
    country follows it, then a comma (but "John Smith, CEO, said" and "On Saturday, Mr. Trump
    said" set off what follows)."""
    T, L, n = s.T, s.L, s.hi
    if T[m] != "," or m - 1 <= s.lo or not initial_upper(T[m - 1]) or m + 2 >= n:
        return False
    k = m - 1
    while k > s.lo and m - k <= 3 and initial_upper(T[k]):
        k -= 1
    if L[k] not in PREPOSITIONS or month_or_day(L[m - 1]):
        return False
    if L[m + 1] in _STATE_ABBREVIATIONS:
        return T[m + 2] == "." and m + 3 < n and T[m + 3] == ","  # "Carthage, Ill.,"
    x = m + 1
    while x < n and x - m <= 3 and initial_upper(T[x]):
        x += 1
    if x >= n or T[x] != ",":
        return False
    # the town of a workplace that people are at: "Teachers at Hillside School, Leeds, said",
    # "Churchwardens at St Michael's, Lower Ampney, believe", "Bell-ringers at St Giles,
    # Wrexham, stressed" (two words at most and no given name; not "Speaking at Harvard, Obama
    # said": no source noun, nor a plural of people by its ending, before "at")
    return is_place(T, L, m + 1, x) or (
        x - m <= 3 and L[k] in ("at", "in") and k - 1 >= s.lo and (L[k - 1] in NOUNS or L[k - 1].endswith(PEOPLE_PLURAL_ENDINGS))
        and not given_name_at(T, L, m + 1)
    )


def besides_end(s: Sentence, k: int) -> int:
    """The last word of "besides", "in addition to", "aside from" or "apart from" when one starts
    at ``k``, or -1: words that, like a conjunction, give a participle after them the subject of
    the clause they attach to ("Besides saying that he won, Trump conceded")."""
    L, hi = s.L, s.hi
    w = L[k]
    if w == "besides":
        return k
    if w == "in" and k + 2 < hi and L[k + 1] == "addition" and L[k + 2] == "to":
        return k + 2
    if w in ("aside", "apart") and k + 1 < hi and L[k + 1] == "from":
        return k + 1
    return -1


def _opening_clause_end(s: Sentence, k: int) -> int:
    """The comma that closes a subordinate clause opening the sentence, when the content that
    starts at ``k`` lies inside it and the main clause's subject follows the comma ("Even before
    Sanders took the stage to acknowledge [his victory], his campaign sent ..."), or -1."""
    T, L = s.T, s.L
    c = past_subordinator_leads(s)
    if c < s.hi and L[c] not in _OPENING_SUBORDINATORS:
        c = besides_end(s, c)  # "Besides saying [that he won], Trump conceded"
    if c < 0 or c >= s.hi or c >= k:
        return -1
    for x in range(c + 1, min(s.hi - 1, c + _OPENING_CLAUSE_REACH)):
        t = T[x]
        if t in DOUBLE_QUOTES or t in ";:":
            return -1
        if t == "," and not (T[x - 1][-1].isdigit() and T[x + 1][0].isdigit()):  # (not "292,000")
            if x < k:
                return -1  # the opening clause closed before the content
            nl = L[x + 1]
            if T[x + 1][0].isalnum() and nl not in _CONTINUING and nl not in ADVERBISH and not nl.endswith(ING_ED_ENDINGS) and (
                not _in_a_list(s, x)
            ):
                return x  # "..., his campaign sent", "..., voters will"
            # (", which was new,", ", already late,", "Iowa, Ohio and Texas": the clause goes on)
    return -1


def _closes_opening_clause(s: Sentence, x: int) -> bool:
    """Whether token ``x`` is the comma that closes a subordinate clause opening the sentence."""
    return x < s.hi and s.T[x] == "," and _opening_clause_end(s, x) == x


def _in_a_list(s: Sentence, x: int) -> bool:
    """Whether the comma at ``x`` separates short items of a list ("Iowa, Ohio and Texas")."""
    for y in range(x + 2, min(s.hi, x + 4)):
        if s.T[y] == "," or s.L[y] in ("and", "or"):
            return True
    return False


# words after a comma that go on with the clause before it
_CONTINUING: Final = frozenset("which who whom whose that and or but nor as than".split())


# participles that name the sources of a cue inserted before its clause: "reported, citing two sources, that"
CITING: Final = frozenset(("citing", "quoting"))
_CITING_LEMMAS: Final = frozenset(("cite", "quote"))
_CITING_REACH: Final = 12  # words of "citing two officials familiar with the matter"


def _citing_end(s: Sentence, k: int) -> int:
    """The comma that closes what "citing" or "quoting" (at ``k``) names when "that" follows it
    ("reported, citing two sources, that the talks stalled"), or -1."""
    m = k + 1
    while m < s.hi and m - k <= _CITING_REACH and s.T[m] != ",":
        if not s.T[m][0].isalnum() and s.T[m] not in ".'’-":
            return -1
        m += 1
    return m if m + 1 < s.hi and s.T[m] == "," and s.L[m + 1] == "that" else -1


# what may follow a when-word and still only say when: "last week", "early Monday", "two days ago"
_TIME_WORDS: Final = frozenset(
    "day days week weeks weekend month months year years decade summer spring fall autumn winter ago".split()
)


_FEW: Final = frozenset("few several couple one two three four five six seven eight nine ten".split())


# a manner adverb not in "-ly": "..., he said aloud."
_MANNER_WORDS: Final = frozenset(("aloud",))


def when_run_end(s: Sentence, k: int) -> tuple[int, bool]:
    """The end of the words from k that only say when or how ("last week", "Tuesday night",
    "earlier this month", "two days ago", "dryly"), or k when there are none (numbers alone, as in
    "said 10", do not count); and whether they name a time rather than only a manner."""
    L = s.L
    m = k
    manner = dated = False
    while m < s.hi and m - k < _WHEN_SPAN + 1:
        w = L[m]
        if w in _WHEN_WORDS or w in DATE_NAMES or w in PARTS_OF_DAY or w in _TIME_WORDS:
            dated = True
        elif len(w) > 4 and w.endswith("ly") or w in _MANNER_WORDS:
            manner = True
        elif not (w in _FEW or w.isdigit()) or not (
            m + 1 < s.hi and (L[m + 1] in _TIME_WORDS or L[m + 1] in PARTS_OF_DAY) or w.isdigit() and m > k and L[m - 1] in DATE_NAMES
        ):
            break  # a count belongs to a time ("two days ago", "May 5"), not to what follows ("two people")
        m += 1
    return (m if dated or manner else k), dated


_TITLE_WORDS: Final = 8


def _title_end(s: Sentence, m: int, limit: int) -> int:
    """The closing mark of a short quoted title that opens at ``m`` ('on “Morning Joe”', 'in “The
    Art of the Deal”': every word capitalised or a short function word), or -1."""
    T = s.T
    x = m + 1
    if x >= s.hi or not (initial_upper(T[x]) or T[x][0].isdigit()):  # ('“60 Minutes”')
        return -1
    while x < min(s.hi, m + _TITLE_WORDS + 2) and T[x] not in DOUBLE_QUOTES:
        t = T[x]
        if t[0].isalpha() and initial_lower(t) and len(t) > 3:
            return -1  # a lower-case word: a quotation, not a title
        x += 1
    return x if x < s.hi and T[x] in DOUBLE_QUOTES and x > m + 1 else -1


def _titled_comma(s: Sentence, m: int, k: int) -> bool:
    """Whether the comma at ``m``, in a circumstance opened at ``k``, sets off the quoted title of
    the work just named, with a comma closing it too ('in his memoir, “A Promised Land,” that')."""
    T = s.T
    if not (k < m and s.L[m - 1] in TITLED_WORKS and m + 1 < s.hi and T[m + 1] in DOUBLE_QUOTES):
        return False
    close = _title_end(s, m + 1, s.hi)
    return close > 0 and T[close - 1] == ","


def _quoted_show_end(s: Sentence, k: int) -> int:
    """Past a programme or publication told, quoted as a title at ``k`` and perhaps owned by its
    network ('told “60 Minutes”', 'told ABC’s “Good Morning America,”'), or -1."""
    T = s.T
    if k + 1 < s.hi and initial_upper(T[k]) and s.L[k].endswith(POSSESSIVE_ENDINGS):
        k += 1
    if k >= s.hi or T[k] not in DOUBLE_QUOTES:
        return -1
    close = _title_end(s, k, s.hi)
    return close + 1 if close > 0 else -1


def _pointed_time_end(s: Sentence, a: int, b: int) -> int:
    """Where "this week", "this past month" or "that day" opening the phrase ``[a, b)`` ends,
    when words follow it; ``a`` when it opens no such time."""
    L, T = s.L, s.T
    k = a + 2 if a + 2 < b and L[a + 1] == "past" else a + 1
    if k + 1 < b and (L[k] in _TIME_WORDS or L[k] in PARTS_OF_DAY) and T[k].islower():
        return k + 1
    return a


def clause_after_circumstance(s: Sentence, k: int, stop: int) -> int:
    """Where a clause with no "that" opens after the circumstance at ``k`` ("in his new book",
    "in an interview"), before ``stop``; -1 when none does.  The clause opens with a subject
    pronoun, or with an article right after the circumstance's last word (a noun phrase takes no
    second article: "claims in his new book the plan failed"), and a finite verb follows within
    three words.  In "Trump comments on trade drew fire" the verb follows the circumstance itself."""
    L, T = s.L, s.T
    for m in range(k + 2, stop):
        if not T[m][0].isalnum():
            return -1
        f = FORMS.get(L[m])
        if f is not None and not f.noun and f.particle is None:
            return -1  # another verb comes first
        pronoun = L[m] in SUBJECT_PRONOUNS
        if not (pronoun or L[m] in ARTICLES) or L[m - 1] in CLASSES or not T[m - 1][0].isalnum():
            continue
        for x in range(m + 1, min(s.hi, m + 4)):
            low = L[x]
            if not (T[x].isalpha() and initial_lower(T[x])):
                return -1
            if (pronoun or x > m + 1) and (
                low in AUXILIARIES or low in MODALS or (low.endswith("ed") or low in PAST_VERBS) and low not in NOUNS
            ):
                return m
        return -1
    return -1


def _ends_a_time(low: str) -> bool:
    """ "Tuesday", "night", "week": a word that can close a time (a month is followed by its day)."""
    return low in WEEKDAYS or low in PARTS_OF_DAY or low in _TIME_WORDS


def _opens_a_statement(low: str) -> bool:
    """A pronoun or a determiner that is not itself a time word ("this", "last"): stricter than
    :func:`_opens_a_clause`, since inside a circumstance a count or a time word still belongs to
    it ("in the November 2016 election", "earlier this month")."""
    return (low in _CLAUSE_SUBJECTS or "determiner" in CLASSES.get(low, EMPTY)) and low not in _WHEN_WORDS


def _opens_a_clause(low: str) -> bool:
    """Whether a word after a time can start the statement: a pronoun, a determiner or a count
    ("said yesterday the plan failed", "said Tuesday several people died", "said last week two")."""
    return low in _CLAUSE_SUBJECTS or "determiner" in CLASSES.get(low, EMPTY) or low in _FEW or low.isdigit()


def _document_mention(s: Sentence, k: int, m: int) -> None:
    """Record "in a report" after a cue: a later "the report" may refer to it."""
    for x in range(k + 1, m):
        entry = NOUNS.get(s.L[x])
        if entry is not None and entry.cls == "document":
            s.mentions.append(Mention(make_span(s.S[k + 1], s.E[x]), entry.noun, False, s.S[x]))
            return


def is_dash(s: Sentence, k: int) -> bool:
    """An em or en dash, a doubled hyphen, or a hyphen with a space before it."""
    t = s.T[k]
    if t in _DASHES:
        return True
    if t != "-":
        return False
    S, E = s.S, s.E
    return E[k - 1] < S[k] or s.T[k - 1] == "-" and E[k - 1] == S[k] or k + 1 < len(S) and s.T[k + 1] == "-" and E[k] == S[k + 1]


_DASHES: Final = frozenset(("—", "–", "―", "--"))  # em, en, the horizontal bar ("WASHINGTON ― ")


def closing_comma(s: Sentence, k: int, reach: int) -> int:
    """The comma that closes a short run of words after the word at ``k`` (within ``reach``
    tokens of it, with no "that" and no other mark before it: "in a 40-page brief,", "at the
    hearing,"), or ``k`` when none does."""
    m = k + 1
    while m < s.hi and m - k <= reach:
        t = s.T[m]
        if not t[0].isalnum():
            return m if t == "," else k
        if s.L[m] == "that":
            return k  # "said in a statement that": the content, not a comma, follows
        m += 1
    return k


# the forms of "be", "have" and "get" that stand before a participle ("was told", "has said", "got asked")
PLAIN_AUXILIARIES: Final = frozenset("is are was were be been being has have had having get got gets getting".split())
# prepositions a verb of contact takes before its gap: "spoke with", "talked to", "heard from"
_CONTACT_PARTICLES: Final = frozenset(("with", "to", "from", "about", "for"))
# what cannot be the verb of a relative clause without "who": auxiliaries, modals and the like
# ("the things they had said", "what we can say")
_NOT_CONTACT_VERBS: Final = PLAIN_AUXILIARIES | frozenset(
    "do does did would will could can should might must may shall also then later never first just".split()
)
_CONTACT_REACH: Final = 8
PERFECT: Final = frozenset(("have", "has", "had"))  # the auxiliary of the perfect
_PEOPLE_HEADS: Final = PEOPLE_QUANTIFIERS | frozenset(("those", "one", "ones"))
# word classes that cannot head a noun phrase ("because I met", "when we spoke")
_NOT_HEADS: Final = frozenset(("adverb", "preposition", "clause", "auxiliary", "determiner", "approximator"))


def contact_relative_start(s: Sentence, j: int) -> int:
    """The subject pronoun of a relative clause without "who" that ends at ``j``, right before
    the cue: "Several voters [I spoke with] said", "The man [I met] told me", "none of the
    scholars [I interviewed this week] thought"; -1 if none.  The source is the noun before the
    pronoun.  The clause is a pronoun, a verb with no auxiliary but "have", a preposition at
    most and a time at most; the word before the pronoun is a noun or a name, as a verb, a preposition or
    a conjunction cannot head it ("because I met said" is no sentence)."""
    T, L = s.T, s.L
    for p in range(max(s.first + 1, j - _CONTACT_REACH + 1), j):
        if L[p] not in SUBJECT_PRONOUNS and L[p] != "it":
            continue
        v = p + 1
        if L[v] in PERFECT and v + 1 < j:
            v += 1  # "the officials I have spoken with say"
        low = L[v]
        if not (T[v].isalpha() and T[v].islower()) or low in _NOT_CONTACT_VERBS or CLASSES.get(low, EMPTY) & _NOT_HEADS or low.endswith("ly"):
            continue
        if not (low.endswith("ed") or low in PAST_VERBS or low.endswith("s") == (L[p] in ("he", "she", "it"))):
            continue  # a past, or a present that agrees with the pronoun ("Everyone I know")
        q = v + 1
        if q <= j and L[q] in _CONTACT_PARTICLES:
            q += 1
        if q <= j:
            q = when_run_end(s, q)[0]
        if q != j + 1:
            continue
        head = p - 1
        hl = L[head]
        if not T[head].isalpha() or (CLASSES.get(hl, EMPTY) & _NOT_HEADS and hl not in _PEOPLE_HEADS) or hl.endswith(ED_LY_ENDINGS) or hl in PAST_VERBS:
            return -1
        return p
    return -1
