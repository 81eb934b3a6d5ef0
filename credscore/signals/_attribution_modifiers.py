"""Cue words that are not verbs of saying where they stand: modifiers, requests and advice.

A participle or a noun-like cue form often modifies the noun after it instead of reporting
anything: "a large pledged delegate lead", "her five proposed bills", "Britain's emotionally
charged uprising", "the first state to caucus", "state Senate leader Phil Berger".  A phrase
before it then looks like a subject ("a large", "her five", "Britain's") when it is only the
beginning of a noun phrase.  A request ("please know that"), advice ("may want to") and the
consultant's "advised Obama on the overhaul" are not statements either.

Each test reads at most a few tokens around the cue, so the cost per cue is constant.
"""

from __future__ import annotations

from typing import Final

from credscore._letter_case import initial_lower, initial_upper
from credscore.signals._attribution_clauses import RELATIVES, SUBJECT_PRONOUNS, after_quoted_words
from credscore.signals._attribution_lexicon import ED_EN_ENDINGS, NEGATION_ENDINGS, POSSESSIVE_ENDINGS, CueForm, content_words
from credscore.signals._attribution_names import ARTICLES, ly_adverb, plural_owner_mark
from credscore.signals._attribution_phrase import (
    ATTRIBUTIVE,
    CLASSES,
    CONTRACTED_SUBJECTS,
    COORDINATORS,
    DOUBLE_QUOTES,
    EMPTY,
    FORMS,
    NOUNS,
    PEOPLE_QUANTIFIERS,
    PLAIN_AUXILIARIES,
    TERMINATORS,
    Sentence,
    is_adverbish,
    plain_word,
)

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_EN_WN_ENDINGS: Final[tuple[str, ...]] = ("en", "wn")

_COUNTS: Final = frozenset("two three four five six seven eight nine ten eleven twelve dozen hundred thousand".split())
# determiners that may stand for people on their own ("Most said", "Each reported seeing")
_PEOPLE_DETERMINERS: Final = PEOPLE_QUANTIFIERS | frozenset(("each", "either", "neither"))
# what may follow a verb of saying directly without being the noun a modifier describes
_AFTER_A_VERB: Final = frozenset(
    "yesterday today tonight tomorrow earlier later recently again also then now instead too".split()
)
# offices and bodies of a US state: "state Senate leader", "state Rep. Jane Doe"
_STATE_BODIES: Final = content_words("state_body")
_CONTRACTED_SUBJECTS: Final = CONTRACTED_SUBJECTS | frozenset(("who",))
_ADVICE_MODALS: Final = frozenset(("may", "might"))
_CREDITS: Final = frozenset(("reporting", "writing"))
_AUXILIARY_CLITICS: Final[tuple[str, ...]] = ("'s", "’s", "'ve", "’ve", "'d", "’d")
_CREDIT_OPENERS: Final = frozenset(("additional", "(", "[", ";", "and"))
# past forms that a name in "'s" takes as its verbs, never as adjectives it owns, before a
# lower-case word: "McDonald's said profits fell", "Sainsbury's told staff" (but "Trump's stated
# goal", "Tesco's reported profits")
NAMES_VERBS_NOT_ADJECTIVES: Final = frozenset(("said", "told"))


def _determiner_like(s: Sentence, k: int) -> bool:
    """A word that opens a noun phrase: "the", "her", "a", "Britain's" (not "he's": "he has")."""
    if k < s.lo or not s.T[k][0].isalnum():
        return False
    low = s.L[k]
    if low.endswith(POSSESSIVE_ENDINGS):
        owner = low[:-2]
        return owner not in SUBJECT_PRONOUNS and owner not in RELATIVES and owner not in _CONTRACTED_SUBJECTS
    return "determiner" in CLASSES.get(low, EMPTY) and low != "that" and low not in _PEOPLE_DETERMINERS


def _adverb_before(s: Sentence, k: int) -> bool:
    """An -ly adverb that may sit inside a noun phrase: "emotionally charged", "hotly contested"."""
    return initial_lower(s.T[k]) and ly_adverb(s.L[k])


def _noun_follows(s: Sentence, k: int, after_participle: bool) -> bool:
    """Whether the word at ``k`` looks like the noun a modifier describes: a lower-case content
    word that is no function word, no other cue, adverb or time word, and (after a bare or -s
    form, where "report seeing" is a verb and its complement) no -ing form."""
    if k >= s.hi:
        return False
    t = s.T[k]
    if not t[0].isalpha() or not initial_lower(t):
        return False
    low = s.L[k]
    if low in CLASSES or low in _AFTER_A_VERB:
        return False
    f = FORMS.get(low)
    if f is not None and not (after_participle and f.noun and low == f.lemma):
        return False  # (after a participle a cue's singular noun is the thing: "a widely denounced tweet")
    if low.endswith("ly"):
        return False
    return after_participle or not low.endswith("ing")


def _cue_noun_after_article(s: Sentence, i: int, k: int) -> bool:
    """Whether a cue's -ing form that is also a noun follows the participle at ``i``, and an
    article opens the phrase, right before it or before one lower-case adjective: "a final
    written warning", "the written warning" (not "a letter written warning voters")."""
    T, L = s.T, s.L
    if not (k < s.hi and L[k].endswith("ing") and L[k] in FORMS and initial_lower(T[k])):
        return False
    m = i - 1
    if m > s.lo and T[m].isalpha() and T[m].islower() and L[m] not in CLASSES and L[m] not in FORMS:
        m -= 1  # one adjective between: "final"
    return m >= s.lo and L[m] in ARTICLES


_BEFORE_A_COMPOUND: Final = frozenset(("of", "for", "on"))


def _after_thing_noun(s: Sentence, i: int) -> bool:
    """Whether the word before the -ing form at ``i`` is a lower-case singular noun that no lexicon
    knows (a thing, not people), itself right after a preposition: "the review of food labelling
    rules" (not "of voters saying", "officials reporting", "spent the day urging residents")."""
    m = i - 1
    if m - 1 < s.lo or not s.T[m].isalpha() or not s.T[m].islower():
        return False
    lm = s.L[m]
    return (
        not lm.endswith("s") and lm not in NOUNS and lm not in CLASSES and lm not in FORMS
        and s.L[m - 1] in _BEFORE_A_COMPOUND
    )


def _after_article(s: Sentence, i: int) -> bool:
    """Whether the -ing form at ``i`` follows an article, right after it or past one attributive
    adjective: "a reporting deadline", "the new signalling system" (not "spent the day urging")."""
    m = i - 1
    if m < s.lo:
        return False
    return s.L[m] in ARTICLES or m - 1 >= s.lo and s.L[m - 1] in ARTICLES and s.L[m] in ATTRIBUTIVE


def modifier_use(s: Sentence, i: int, cue_end: int, form: CueForm) -> bool:
    """Whether the cue word at ``i`` modifies a noun instead of reporting a statement."""
    T, L = s.T, s.L
    low = L[i]
    nx = cue_end + 1
    if low.endswith("ing"):
        # "Ramos' telling characterization": after a name's possessive mark, an adjective; "the
        # review of food labelling rules": between a thing's singular noun and the noun they name
        return _noun_follows(s, nx, True) and (_after_possessive_mark(s, i) or _after_thing_noun(s, i) or _after_article(s, i))
    if low.endswith(_EN_WN_ENDINGS) and low != form.lemma and _without_auxiliary(s, i) and (
        _noun_follows(s, nx, True) or _cue_noun_after_article(s, i, nx)
    ):
        return True  # "and proven ability", "offer written guarantees": a participle only, no verb without "has"
    if low == "state" and nx < s.hi and initial_upper(T[nx]) and L[nx].rstrip(".") in _STATE_BODIES:
        return True  # "state Senate leader Phil Berger", "state Reps. Justin Bamberg"
    m = i - 1
    while m >= s.lo and T[m][0].isalpha() and _adverb_before(s, m):
        m -= 1
    if m == i - 1 and _after_possessive_mark(s, i):
        if low.endswith("ed") and not form.noun and T[i - 2].isalpha() and not _single_quote_opened(s, i - 2):
            return True  # "Sanders’ stated plans.": a past form the name owns, whatever noun follows ("plans" is a cue)
        return _noun_follows(s, nx, low.endswith(ED_EN_ENDINGS))  # "Sanders’ stated plans"
    if m < i - 1 and low.endswith("ed") and not form.noun and _after_possessive_mark(s, m + 1) and T[m - 1].isalpha():
        return True  # "Sanders' widely criticized April 1 interview": a graded past form the name owns
    if m < s.lo or not T[m][0].isalnum():
        return False
    lm = L[m]
    participle = low.endswith(ED_EN_ENDINGS)
    if participle and i - 1 >= s.lo and L[i - 1] in _DEGREES and (
        nx >= s.hi or not T[nx][0].isalnum() or L[nx] in COORDINATORS or _noun_follows(s, nx, True)
    ):
        # "more pledged delegates", "relatively detailed.", "far less detailed": a degree word
        # grades an adjective before a noun or at a clause's end (but "fairly scolded Romney" has
        # an object, and "more or less said that" a clause)
        return True
    if participle and m == i - 1 and T[m].isdigit() and nx < s.hi and T[nx].isalpha() and T[nx].islower() and (
        L[nx] not in CLASSES and not L[nx].endswith("ing") and not L[nx].endswith("ly")
    ):
        return True  # "answered 42 written questions", "1,200 reported cases": a count's participle before its noun
    if m == i - 1 and (lm in ATTRIBUTIVE or lm in _COUNTS or T[m].isdigit()) and _determiner_like(s, m - 1):
        # "the first state", "a large pledged delegate", "her five proposed bills"; but "the two
        # said", "the first said": a count or an ordinal can stand for people
        return (form.noun and not participle) or _noun_follows(s, nx, participle)
    if participle and m == i - 1 and lm.endswith("ing") and initial_lower(T[m]) and lm not in NOUNS and _noun_follows(s, nx, True):
        return True  # "completing recommended security training": a participle between a verb and its object
    if (
        low == form.lemma and m == i - 1 and m - 1 >= s.lo and L[m - 1] == "no" and T[m].isalpha() and T[m].islower()
        and lm not in CLASSES and lm not in NOUNS and lm not in FORMS
    ):
        return True  # "makes no specific mention of": an adjective between (but "A majority believe")
    if form.noun and lm in PEOPLE_QUANTIFIERS and m == i - 1 and not participle:
        return _noun_follows(s, nx, False)  # "most state parties"
    if m == i - 1 and low in NAMES_VERBS_NOT_ADJECTIVES and initial_upper(T[m]) and lm.endswith(POSSESSIVE_ENDINGS):
        return False  # "McDonald's said profits fell": a name's "said" is its verb, not its adjective
    if m < i - 1 and lm in ("and", "or") and m - 1 > s.lo and bare_adjective(s, m - 1):
        # "his rough and racially charged dismissal": an adjective joined before the graded one
        # ("the staff and volunteers warmly praised" joins subjects: a plural is no adjective)
        m -= 2
    return _determiner_like(s, m) and _noun_follows(s, nx, participle)  # "Britain's emotionally charged uprising"


def bare_adjective(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` may be an adjective standing alone: lower case, no function word,
    cue or known noun, and no plural ("rough" in "rough and racially charged", "difficult" in
    "proved difficult")."""
    return plain_word(s, k) and not s.L[k].endswith("s")


def _after_possessive_mark(s: Sentence, i: int) -> bool:
    """Whether the word at ``i`` follows the bare possessive mark of a word in "s" ("Ramos'
    telling", "Sanders’ stated")."""
    return plural_owner_mark(s.T, s.L, i - 1, s.lo) and s.S[i - 1] == s.E[i - 2]


def _single_quote_opened(s: Sentence, k: int) -> bool:
    """Whether a single quotation mark opens before token ``k`` in its sentence, so that a mark
    after a word in "s" may close it ("'We won the states' said Smith") rather than be possessive."""
    T = s.T
    return any(T[x] == "‘" or T[x] == "'" and (x == s.lo or s.E[x - 1] < s.S[x]) for x in range(s.lo, k))


def _without_auxiliary(s: Sentence, i: int) -> bool:
    """Whether no auxiliary stands before the word at ``i``, past adverbs ("has long written",
    "he's written" have one)."""
    k = i - 1
    while k >= s.lo and (is_adverbish(s, k) or s.L[k] in PLAIN_AUXILIARIES):
        if s.L[k] in PLAIN_AUXILIARIES:
            return False
        k -= 1
    return k < s.lo or not s.L[k].endswith(_AUXILIARY_CLITICS)


def not_a_statement(s: Sentence, i: int, cue_end: int, form: CueForm) -> bool:
    """A request, a piece of advice, advising as a trade, a credit line or an idiom: "please know
    that", "may want to", "advised Obama on the overhaul" (but "advised that", "advised him to",
    "advised: ..."), "(Additional reporting by ...)", "easier said than done", "Enough said", "Time will
    tell", "echoed with cheers"."""
    L = s.L
    prev = L[i - 1] if i - 1 >= s.lo else ""
    if prev == "please":
        return True
    if L[i] == "said" and (i + 2 < s.hi and L[i + 1] == "than" and L[i + 2] == "done" or prev == "enough"):
        return True  # idioms: "easier said than done", "Enough said."
    if L[i] == "tell" and prev == "will" and i - 2 >= s.lo and L[i - 2] in ("time", "history"):
        return True  # "Time will tell if ...", "only time will tell": no one is telling
    if L[i] in _CREDITS and cue_end + 1 < s.hi and L[cue_end + 1] == "by" and (i == s.first or prev in _CREDIT_OPENERS):
        return True  # a wire story's credit line: "(Additional reporting by Kylie MacLellan; Editing by ...)"
    if form.lemma == "want" and prev in _ADVICE_MODALS:
        return True
    if form.lemma in ("ask", "request") and _anonymity(L, cue_end + 1, s.hi):
        return True  # "who asked not to be named": the terms of an interview, not a statement
    if form.lemma in ("want", "wish") and _not_named(L, cue_end + 1, s.hi) and negation_in(L, max(s.lo, i - 2), i):
        return True  # "who did not want to be named": the same terms
    if form.lemma in ("decline", "refuse") and _not_named(L, cue_end + 1, s.hi):
        return True  # "who declined to be named" (but "declined to comment" is a reply)
    if form.lemma == "advise":
        return not (
            _advice_content(s, cue_end + 1) or _closes_the_sentence_after_a_comma(s, i, cue_end) or after_quoted_words(s, i)
            or _speaker_after_quoted_words(s, i)
        )
    if form.lemma == "echo" and cue_end + 1 < s.hi and L[cue_end + 1] == "with":
        return True  # "The hall echoed with the strains of ...": it resounded, no one repeated anything
    if form.lemma == "slam" and cue_end + 1 < s.hi and L[cue_end + 1] in _COLLIDING:
        return True  # "after slamming into the crowd": a crash, not a rebuke
    return False


_QUOTED_SPEAKER_WORDS: Final = 4  # words of a name between a quotation and its verb


def _speaker_after_quoted_words(s: Sentence, i: int) -> bool:
    """Whether a name or a subject pronoun between a closed quotation and the cue at ``i`` is its
    speaker: '“Grow what you'll eat,” Peggy Lomas advises every new tenant', '“...,” she advised
    them' (what is advised is the quotation, whatever the object after the verb)."""
    T = s.T
    k = i - 1
    if k >= s.first and s.L[k] in SUBJECT_PRONOUNS:
        return after_quoted_words(s, k)
    while k >= s.first and i - k <= _QUOTED_SPEAKER_WORDS and T[k].isalpha() and initial_upper(T[k]):
        k -= 1
    return k < i - 1 and after_quoted_words(s, k + 1)


# prepositions after "slam" that make it a collision
_COLLIDING: Final = frozenset(("into", "against", "through"))


def _anonymity(L: list[str], k: int, hi: int) -> bool:
    """ "not to be named", "not to be identified", "anonymity" right after "asked"."""
    if k < hi and L[k] == "anonymity":
        return True
    return k < hi and L[k] == "not" and _not_named(L, k + 1, hi)


_UNNAMED: Final = frozenset(("named", "identified", "quoted"))
# words that open a clause setting the terms of an interview, between a source and its verb
_TERMS_OPENERS: Final = frozenset(
    "who wishing asking requesting speaking declining preferring not authorized authorised allowed permitted".split()
)
# what the terms are about: "to be named", "anonymity", "to speak (publicly)", "on the record"
_TERMS_SPEECH: Final = frozenset(("speak", "talk", "comment", "discuss"))
_TERMS_REACH: Final = 12


def interview_terms_start(s: Sentence, j: int) -> int:
    """The first word of a clause ending at ``j`` that sets the terms of an interview, right
    before the cue: "an official who did not want to be named said", "a police officer
    requesting anonymity said", "an aide not authorized to speak publicly said"; -1 if none.
    ``j`` is the last word before the cue that is not an adverb."""
    L = s.L
    lo = s.first
    if not (
        L[j] in _UNNAMED and j - 1 >= lo and L[j - 1] == "be"
        or L[j] in ("anonymity", "anonymously", "publicly")
        or L[j] == "record" and j - 2 >= lo and L[j - 1] == "the" and L[j - 2] == "on"
        # "to speak (publicly)", "to discuss the matter", "to talk to the media"
        or any(L[x] in _TERMS_SPEECH and L[x - 1] == "to" for x in range(max(lo + 1, j - 4), j + 1))
    ):
        return -1
    start = -1
    k = j - 1
    while k > lo and j - k <= _TERMS_REACH and s.T[k][0].isalnum():
        if L[k] in _TERMS_OPENERS:
            start = k
        k -= 1
    return start


def _not_named(L: list[str], k: int, hi: int) -> bool:
    """ "to be named", "to be identified" right after "want"."""
    return k + 3 <= hi and L[k] == "to" and L[k + 1] == "be" and L[k + 2] in _UNNAMED


_NEGATIONS: Final = frozenset(("not", "never"))
# words that grade an adjective, and so make an adjective of a participle after them
# ("most", "too" and "so" stay out: "Most reported seeing", "Obama too criticized the plan")
_DEGREES: Final = frozenset("more less least fewer very quite rather fairly relatively highly extremely".split())


def negation_in(L: list[str], lo: int, hi: int) -> bool:
    """Whether "not", "never" or a contracted negation ("didn't", "n’t") is among tokens ``lo..hi``."""
    return any(L[x] in _NEGATIONS or L[x].endswith(NEGATION_ENDINGS) for x in range(lo, hi))


def _closes_the_sentence_after_a_comma(s: Sentence, i: int, cue_end: int) -> bool:
    """Whether the cue at ``i`` ends its sentence and a comma comes before it: what was advised
    went first ("Customers should not eat it, the agency advised.")."""
    k = cue_end + 1
    return (k >= s.hi or s.T[k] in TERMINATORS) and "," in s.T[s.lo : i]


# tokens from "advised" to what was advised, past a short recipient ("advised him to"), and past a
# described one to its "to" ("advised residents in the affected streets to boil")
_ADVICE_REACH: Final = 5
_DESCRIBED_RECIPIENT_REACH: Final = 7


def _advice_content(s: Sentence, k: int) -> bool:
    """ "advised that", "advised: ...", "advised him to", "advised the ministry against": what
    was advised follows, directly or after a short recipient; after a longer one, only "to" or
    "that" opens it (not "advised Trump on dealing with the “...”", nor a passive's "by")."""
    T, L = s.T, s.L
    for m in range(k, min(s.hi, k + _DESCRIBED_RECIPIENT_REACH)):
        t = T[m]
        if m - k >= _ADVICE_REACH:
            if L[m] in ("that", "to") and L[k] != "by":
                return True
        elif L[m] in ("that", "to", "against") or t == ":" or t in DOUBLE_QUOTES or t in "“‘":
            return True
        if not t[0].isalnum():
            return False
    return False
