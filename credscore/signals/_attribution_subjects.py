"""The subject a recent sentence opens with: the antecedent of a pronoun no earlier source explains.

"Boris Johnson visited the factory on Monday. “We will get Brexit done,” he said."  No source
comes before "he", but the sentence before opens with a person's name as its subject, and a
reader takes "he" to be him.  Only a phrase that is the whole subject counts ("Boris Johnson
visited", "Mr. Johnson, 55, said"); a name inside a phrase ("Johnson's aides") or after a
preposition does not, and nothing is guessed when no sentence within reach opens that way.

The subject may also be described rather than named, and the pronoun says which kind it takes:
"he"/"she" a person ("A spokeswoman for the hospital spoke to reporters. She said ..."), "they"
a group or an organisation ("Police arrested two men. They said ..."), "it" an organisation or a
record ("The report was published on Monday. It said ...").  One person or one institution
described with "the" ("The Texas senator", "The company") is not taken: news writes that for
someone it has named, and the pronoun would be called anonymous.  A described subject is an
article or nothing, up to three modifiers, a source noun or a title as its head, and a short
phrase after it ("for the hospital"), followed by its verb (:func:`is_verb`).  A name may follow
the head, which is then any common noun ("The sculptor Rafael Osei unveiled"), and an owner may
come before a record's head ("The inquiry's final report was published"), never before people's
("Trump's lawyer" is someone the pronoun may not mean).
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_lower, initial_upper
from credscore.analysis import AnalyzedText
from credscore.signals._attribution_gender import gender_of, noun_gender, pronoun_gender
from credscore.signals._attribution_lexicon import (
    ED_LY_ENDINGS,
    PEOPLE_PLURAL_ENDINGS,
    POSSESSIVE_ENDINGS,
    cue_forms,
    gendered_nouns,
    irregular_pasts,
    source_nouns,
    word_classes,
)
from credscore.signals._attribution_names import (
    ARTICLES,
    NAME_PARTICLES,
    NOUN_LIKE_CLASSES,
    NOUN_PHRASE_OPENERS,
    DATE_NAMES,
    GIVEN_NAMES,
    VERBS_IN_S,
    PhraseKind,
    capitalised_elsewhere,
    classify_phrase,
    given_name_at,
    is_proper,
    strip_possessive,
    one_institution,
    past_participle,
    person_word,
    plural_owner_mark,
    pronoun_fits,
    s_inflection,
)
from credscore.signals._attribution_phrase import (
    CARDINALS,
    COORDINATORS,
    DOUBLE_QUOTES,
    RELATIVE_WORDS,
    SUBORDINATORS,
    nickname_end,
)
from credscore.signals._attribution_tokens import DocTokens, doc_tokens
from credscore.spans import Span, make_span

REACH: Final = 2  # how many sentences back a pronoun may find its subject
_NOUNS: Final = source_nouns()
_PEOPLE_NOUNS: Final = gendered_nouns()
# participles that open a sentence as prepositions, capitalised like a name: "Given Obama's ..."
_OPENING_PREPOSITIONS: Final = frozenset(("given", "despite", "unlike", "like", "under", "amid"))
# words that open a sentence with a capital and are never a name: negatives and quantifiers
_NOT_A_NAME: Final = frozenset("none neither either nor no every all both".split())
_OTHER_SEX: Final = {"he": frozenset(("mrs", "ms", "miss")), "she": frozenset(("mr",))}
_CLASSES: Final = word_classes()
_PASTS: Final = irregular_pasts()
_CUE_FORMS: Final = cue_forms()
_EMPTY: Final = frozenset[str]()
_AFTER_HEAD: Final = frozenset(("for", "of", "at", "from", "with", "in", "on", "by", "into", "near", "outside", "inside"))  # ("A report by the union was published")
_PHRASES_AFTER_HEAD: Final = 2
_COUNT_WORDS: Final = frozenset(("several", "one", "both"))  # counts that are no cardinal: "One Nordic diplomat was blunter"
# head nouns that say a sex: "A spokesman ... She said" is someone else
_MALE_ENDINGS: Final[tuple[str, ...]] = ("man", "men")
_FEMALE_ENDINGS: Final[tuple[str, ...]] = ("woman", "women", "wife", "mother", "daughter", "sister", "girl")


def subject_before(
    doc: AnalyzedText, sentence: int, pronoun: str = "", kind: str = "pron_person", reach: int = REACH,
    sure: bool = False, at: int = -1,
) -> tuple[Span, PhraseKind] | None:
    """The subject that opens one of the ``reach`` article sentences before ``sentence`` (an
    index into ``doc.article_sentences``), nearest first, that a pronoun of ``kind``
    ("pron_person", "pron_group" or "pron_thing") may stand for: its span and its
    classification; None when none does.  A title or a head noun that says the other sex than
    ``pronoun`` ("he" after "Mrs. Clinton", "she" after "A spokesman") is passed over; with
    ``sure``, so is a lone word not known as a name ("Believe it or not", "Let's see").

    With ``at``, the pronoun's offset, a name that is the subject of ``sentence`` itself, before
    the pronoun, comes first: "When Smith arrived, he said" and "Obama spoke on Monday, when he
    said" are Smith and Obama."""
    if not kind.startswith("pron_"):
        return None
    sentences = doc.article_sentences
    toks = doc_tokens(doc)
    text = doc.text
    low = pronoun.lower()
    if at >= 0 and 0 <= sentence < len(sentences):
        sent = sentences[sentence]
        lo = bisect_left(toks.S, sent.start)
        hi = bisect_left(toks.S, min(at, sent.end), lo)
        # "it" looks for a body's name: "Meridian AI released a model, which it said"
        wanted = "named_organization" if kind == "pron_thing" else "named_person"
        opening = _subordinate_clause_name(toks, lo, hi) or _main_clause_name(toks, lo, hi, wanted)
        if opening is None and kind == "pron_thing":
            # "Drizzlepay expects to break even next year, it said": a name no person carries,
            # read as a person's, is the body "it" stands for
            opening = _opening_body_read_as_person(toks, lo, hi)
        if opening is not None:
            a, b, phrase = opening
            if pronoun_fits(kind, phrase.source_type, False) and toks.L[a] not in _OTHER_SEX.get(low, ()):
                return make_span(toks.S[a], toks.E[b - 1]), phrase
        elif kind == "pron_thing":
            owner = _owning_body(toks, lo, hi, text)
            if owner is not None:
                a, b, phrase = owner
                owner_word = toks.L[b - 1]
                return make_span(toks.S[a], toks.E[b - 1] - (len(owner_word) - len(strip_possessive(owner_word)))), phrase
            body = _described_body(toks, lo, hi, text)
            if body is not None:
                return body
    for k in range(sentence - 1, max(-1, sentence - 1 - reach), -1):
        sent = sentences[k]
        lo = bisect_left(toks.S, sent.start)
        hi = bisect_left(toks.S, sent.end, lo)
        found = _opening_name(toks, lo, hi)
        if found is None and kind == "pron_thing":
            found = _opening_joined_body(toks, lo, hi)  # "Glenvale Fire and Rescue Service has launched a review. It said"
        if found is None and kind == "pron_group":
            pair = _opening_pair(toks, lo, hi)
            if pair is None:
                pair = _described_pair(toks, lo, hi)  # "The bishop and the imam visited the shop. They said"
            if pair is not None:
                return make_span(toks.S[lo], toks.E[pair[0] - 1]), pair[1]  # "Ann Lee and Tom Ray met. They said"
        if found is None and kind == "pron_person":
            # before the description that sets the name off: "The founder, Peter Brennock, started"
            named = _opening_set_off_name(toks, lo, hi)
            if named is not None:
                a, b, phrase = named
                span = make_span(toks.S[a], toks.E[b - 1])
                sex = gender_of(text[span.start : span.end], phrase.head_lemma)
                wanted = pronoun_gender(low)
                if not (sex and wanted and sex != wanted):
                    return span, phrase
        described = found is None
        if described:
            found = _opening_description(toks, lo, hi, True, low)
        end_trim = 0
        if found is None and kind == "pron_person":
            found = _opening_possessor(toks, lo, hi, low)
            end_trim = 2  # the name without its "'s"
            described = False
        if found is None:
            continue
        b, phrase = found
        if sure and b - lo == 1 and not _known_name(toks, lo):
            continue
        span = make_span(toks.S[lo], toks.E[b - 1] - end_trim)
        institution = one_institution(phrase.source_type, phrase.head_lemma, text, span.start, span.end)
        if described and toks.L[lo] == "the" and (
            institution and (kind != "pron_thing" or _first_names(toks)[1] < lo)
            or phrase.source_type == "unnamed_individual" and (
                _first_names(toks)[0] < lo or any(initial_upper(toks.T[x]) for x in range(lo + 1, phrase.head + 1))
            )
        ):
            # "The Texas senator", "The company": news writes these for someone it has named (or
            # an office everyone can name, "The German chancellor"), so "he" is that name, not an
            # anonymous person; left unresolved.  But with no person named before, a plain
            # description can only be itself: "The judge adjourned sentencing. She said", and so
            # can an institution for "it" when nothing is named before: "The council has
            # apologised to the family. It said"
            continue
        if kind == "pron_thing" and not described and phrase.source_type == "named_person" and _no_persons_name(toks, lo, b):
            # "Lionsgate released the trailer on Monday. It said": "it" is never a person, so a
            # one-word name that is no one's given name or surname names a body, and so do two or
            # three words without a given name or a title ("Meridian Rocketworks lost a rocket")
            phrase = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
        if not pronoun_fits(kind, phrase.source_type, institution):
            continue  # ("it" is never "officials", only "the ministry")
        if toks.L[lo] in _OTHER_SEX.get(low, ()) or not phrase.named and _other_sex(toks.L[phrase.head], low):
            continue  # (a surname's ending says no sex: "Ruth Kellerman")
        return span, phrase
    return None


def _opening_body_read_as_person(toks: DocTokens, lo: int, hi: int) -> tuple[int, int, PhraseKind] | None:
    """The span [a, b) and the kind (a body's) of a name that opens tokens ``[lo, hi)`` as the
    subject of a singular verb before ``hi`` and that, read as a person's, names no person
    (:func:`_no_persons_name`): "Drizzlepay expects to break even next year, it said"."""
    opening = _clause_opening_name(toks, lo, hi, "named_person")
    if opening is None:
        return None
    a, b, phrase = opening
    if toks.L[b] in _PLURAL_BE or not _no_persons_name(toks, a, b):
        return None  # ("Swaps are tricky, it said": a plural noun, not a name)
    if b - a == 1 and _owned_plural(toks, a):
        return None  # "Shares in the group fell after it admitted": a plural noun the group owns
    return a, b, PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)


_PLURAL_BE: Final = frozenset(("are", "were", "have", "do"))
_PLURAL_OWNERS: Final = frozenset(("in", "at", "of"))


def _no_persons_name(toks: DocTokens, a: int, b: int) -> bool:
    """Whether the name in tokens ``[a, b)``, read as a person's, names no person: one word that
    is no one's given name or surname, or two or three words with no given name or title."""
    return b - a == 1 and not _someones_name(toks, a) or 1 < b - a <= 3 and _no_given_name(toks, a, b)


_MAX_MARKS: Final = 3  # marks before the subject: an opening quotation mark, a dash


def subject_start(T: list[str], L: list[str], lo: int, k: int, openers: frozenset[str]) -> int:
    """Where the subject of the sentence whose tokens start at ``lo`` begins: after opening
    quotation marks or a dash, and one of ``openers`` (a conjunction or an adverb: "But",
    "Still,"); -1 when nothing is left before token ``k``."""
    a = lo
    while a < k and a - lo < _MAX_MARKS and not T[a][0].isalnum():
        a += 1  # an opening quotation mark or a dash
    if a < k and L[a] in openers:
        a += 1
        if a < k and T[a] == ",":
            a += 1
    return a if a < k else -1


def opening_subject(toks: DocTokens, lo: int, hi: int) -> tuple[int, PhraseKind] | None:
    """The end and the classification of the subject that opens tokens ``[lo, hi)``: a name
    (followed by a comma or a lower-case word) or a described source followed by its verb."""
    found = _opening_name(toks, lo, hi)
    return found if found is not None else _opening_description(toks, lo, hi)


def _sex_of_noun(head: str) -> str:
    """The sex a noun for a person says: "f" ("mother", "spokeswoman"), "m" ("son", "chairman") or ""."""
    known = noun_gender(head)
    if known:
        return known
    if head.endswith(_FEMALE_ENDINGS):
        return "f"
    return "m" if head.endswith(_MALE_ENDINGS) else ""


def _other_sex(head: str, pronoun: str) -> bool:
    sex = _sex_of_noun(head)
    return sex == "m" and pronoun == "she" or sex == "f" and pronoun == "he"


def _opening_name(toks: DocTokens, lo: int, hi: int) -> tuple[int, PhraseKind] | None:
    """The end and the classification of a name that is the whole subject at the start of
    tokens ``[lo, hi)``: a person's or an organisation's."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 8)  # a name with its title is short: the rest of the sentence is never read
    if lo >= hi or L[lo] in _NOT_A_NAME or L[lo].endswith("ing"):
        return None  # "Neither Clinton nor Sanders has", "Entrusting Donald Trump with"
    k = lo
    # a body's name may take "the" ("The Baloch Liberation Front issued"); a person's never does
    body = L[lo] == "the" and lo + 1 < end and initial_upper(T[lo + 1]) and is_proper(T, L, lo + 1, lo)
    if body:
        k += 1
    elif initial_upper(T[lo]) and person_word(L[lo]) and lo + 1 < end and is_proper(T, L, lo + 1, lo):
        k += 1  # a title or a role opens the sentence before the name: "President Clinton released", "Actor Maya Lind won"
    while k < end and (
        is_proper(T, L, k, lo) or k > lo and (T[k] == "." or L[k] in NAME_PARTICLES)
        # a plural's apostrophe inside a body's name: "The Workers' Alliance held"
        or body and plural_owner_mark(T, L, k, lo + 1) and k + 1 < end and initial_upper(T[k + 1])
    ):
        k += 1
        if k < end and T[k] in DOUBLE_QUOTES:
            k = max(k, nickname_end(T, k, end) + 1)  # 'Margaret “Mags” Doyle ran'
    # the subject ends where the verb or an apposition begins: "Johnson visited", "Johnson, 55,",
    # past a party and a state in brackets: "Rep. Connor Vasquez (R-Ariz.) broke"
    if k == lo or k >= end:
        return None
    v = _after_brackets(T, k, min(hi, k + _BRACKET_REACH))
    if v >= hi or not (T[v] == "," or T[v][0].isalpha() and initial_lower(T[v])):
        return None
    if (
        L[v] in _NOUNS and L[v] not in VERBS_IN_S and not _verb_before_its_object(L, v, end if v == k else min(hi, v + 2))
        and not _role_held(T, L, lo, k, v, hi)
    ):
        return None  # "Clinton team quietly lining up": the name modifies a noun (not "Joe Smith advocates a tax")
    if T[k - 1] == "." and not (k - 2 > lo and "org_word" in _CLASSES.get(L[k - 2], ())) or L[k - 1] in NAME_PARTICLES or L[k - 1].endswith(POSSESSIVE_ENDINGS):
        # "Johnson's aides visited": the subject is someone else (a firm's "Co." ends its name:
        # "Castling Co. makes the boards")
        return None
    if any(L[x] in ("and", "&") for x in range(lo, k)):
        return None  # "Smith and Jones visited": two people, never "he"
    phrase = classify_phrase(T, L, lo, k, lo)
    if phrase.source_type not in ("named_person", "named_organization") or body and phrase.source_type != "named_organization":
        return None
    return k, phrase


_BRACKET_REACH: Final = 8  # tokens of a bracket after a name, with its marks: "(R-Ariz.)", "(D-N.Y.)"


def _opening_joined_body(toks: DocTokens, lo: int, hi: int) -> tuple[int, PhraseKind] | None:
    """The end and the classification of a body's name with "and" inside it that opens tokens
    ``[lo, hi)`` before its verb: "Glenvale Fire and Rescue Service has", "Avon and Somerset
    Police said" (:func:`_opening_name` stops at the "and", which joins two people's names)."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 10)
    start = lo + 1 if lo < hi and L[lo] == "the" else lo
    k = start
    joined = False
    while k < end and (
        T[k][0].isalpha() and initial_upper(T[k])
        or k > start and L[k] in _BODY_JOINERS and k + 1 < end and initial_upper(T[k + 1])
    ):
        joined = joined or L[k] in ("and", "&")
        k += 1
    if not joined or k >= end or not is_verb(T[k], L[k]):
        return None
    phrase = classify_phrase(T, L, lo, k, lo)
    return (k, phrase) if phrase.source_type == "named_organization" else None


_BODY_JOINERS: Final = frozenset(("and", "&", "of", "for"))


def _after_brackets(T: list[str], k: int, end: int) -> int:
    """The token after a bracket that opens at ``k`` and closes before ``end``; ``k`` itself when
    none does."""
    if k >= end or T[k] != "(":
        return k
    for x in range(k + 1, end):
        if T[x] == ")":
            return x + 1
    return k


def _opening_pair(toks: DocTokens, lo: int, hi: int) -> tuple[int, PhraseKind] | None:
    """The end and the classification of two people's names joined by "and" that open tokens
    ``[lo, hi)`` as the subject of its verb: "Lisa Varga and Omar Haddad built the app", "Dr.
    Ada Kim and Prof. Luis Oroz met"."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 12)
    k = lo
    joint = -1
    while k < end and (is_proper(T, L, k, lo) or k > lo and T[k] == "." or joint < 0 and k > lo and L[k] == "and"):
        if L[k] == "and":
            joint = k
        k += 1
    if joint < 0 or k >= end or k - joint < 2 or not is_verb(T[k], L[k]):
        return None
    left = classify_phrase(T, L, lo, joint, lo)
    right = classify_phrase(T, L, joint + 1, k, lo)
    if left.source_type != "named_person" or right.source_type != "named_person":
        return None
    return k, right


_PAIR_REACH: Final = 5  # words of the first person's description before "and"


def _described_pair(toks: DocTokens, lo: int, hi: int) -> tuple[int, PhraseKind] | None:
    """The end and the classification of two people, at least one described, joined by "and"
    that open tokens ``[lo, hi)`` as the subject of its verb: "The Anglican bishop and the imam
    visited", "Dr Ama Owusu and a colleague visited"; a named one stands for both, else they are
    a group."""
    T, L = toks.T, toks.L
    joint = lo + 1
    while joint < min(hi, lo + _PAIR_REACH) and L[joint] != "and":
        if not T[joint][0].isalpha() or is_verb(T[joint], L[joint]):
            return None
        joint += 1
    if joint >= hi or L[joint] != "and" or not _person_head(L[joint - 1]) and not is_proper(T, L, joint - 1, lo):
        return None
    right = _opening_description(toks, joint + 1, hi)
    if right is None:
        return None
    left = classify_phrase(T, L, lo, joint, lo)
    people = ("named_person", "unnamed_individual", "unnamed_group")
    if left.source_type not in people or right[1].source_type not in people:
        return None
    for phrase in (right[1], left):
        if phrase.named:
            return right[0], phrase
    return right[0], PhraseKind("unnamed_group", False, right[1].head, right[1].head_lemma)


def _person_head(low: str) -> bool:
    """Whether ``low`` is a source noun for a person or people ("imam", "residents")."""
    entry = _NOUNS.get(low)
    return entry is not None and entry.cls in ("individual", "group")


# -s words that are a post one holds after a person's full name: "Dr Ines Varga heads radiation protection"
_ROLE_VERBS: Final = frozenset(("heads", "chairs", "leads"))


def _role_held(T: list[str], L: list[str], lo: int, k: int, v: int, hi: int) -> bool:
    """Whether the -s word at ``v``, right after a name of two or more words in ``[lo, k)``, is
    the verb of a post held: "Dr Ines Varga heads radiation protection" (a full name modifies no
    plural; "heads of state" is a noun)."""
    return v == k and k - lo >= 2 and L[v] in _ROLE_VERBS and v + 1 < hi and initial_lower(T[v + 1]) and L[v + 1] != "of"


def _verb_before_its_object(L: list[str], k: int, end: int) -> bool:
    """Whether the -s word at ``k``, also a plural noun ("chairs", "heads"), is a verb: its object opens right after it."""
    # (an article or an owner never follows a plural noun that a name modifies: "Clinton aides
    # met"; nor does a bare plural: "Jane Okonjo reviews sunscreens on YouTube")
    if not L[k].endswith("s") or k + 1 >= end:
        return False
    after = L[k + 1]
    return after in NOUN_PHRASE_OPENERS or after.isalpha() and s_inflection(after) and after not in _NOUNS and after not in VERBS_IN_S


def _subordinate_clause_name(toks: DocTokens, lo: int, hi: int) -> tuple[int, int, PhraseKind] | None:
    """The span [a, b) and the classification of a name that is the subject of a subordinate
    clause opening tokens ``[lo, hi)`` and closed by a comma before ``hi``: "When Smith arrived,",
    "But after Mrs. Clinton spoke,"."""
    T, L = toks.T, toks.L
    k = subject_start(T, L, lo, hi, COORDINATORS)
    if k < 0 or L[k] not in SUBORDINATORS or k + 1 >= hi:
        return None
    found = _opening_name(toks, k + 1, hi)
    if found is None or found[1].source_type != "named_person":
        return None
    b = found[0]
    if not any(T[x] == "," for x in range(b, hi)):
        return None  # the pronoun is inside the clause: "When Smith said he would run"
    return k + 1, b, found[1]


def _main_clause_name(
    toks: DocTokens, lo: int, hi: int, source_type: str = "named_person"
) -> tuple[int, int, PhraseKind] | None:
    """The span [a, b) and the classification of a name of ``source_type`` (a person's, or a
    body's) that opens tokens ``[lo, hi)`` as the subject of its sentence, with its verb before
    ``hi``: "Obama spoke on Monday, when".  A sentence that opens with a quotation opens with
    someone's words, and a lone capitalised word must be known as a name ("Swaps are tricky," he
    said)."""
    opening = _clause_opening_name(toks, lo, hi, source_type)
    if opening is None or opening[1] - opening[0] == 1 and not _known_name(toks, opening[0]):
        return None
    return opening


def _clause_opening_name(toks: DocTokens, lo: int, hi: int, source_type: str) -> tuple[int, int, PhraseKind] | None:
    """The span [a, b) and the classification of a name read as ``source_type`` that opens tokens
    ``[lo, hi)`` (past a conjunction or an adverb) as the subject of a verb before ``hi``."""
    if lo >= hi or not toks.T[lo][0].isalnum():
        return None
    a = subject_start(toks.T, toks.L, lo, hi, COORDINATORS)
    if a < 0:
        return None
    found = _opening_name(toks, a, hi)
    if found is None or found[1].source_type != source_type or found[0] + 1 >= hi:
        return None
    return a, found[0], found[1]


def _owning_body(toks: DocTokens, lo: int, hi: int, text: str) -> tuple[int, int, PhraseKind] | None:
    """The span [a, b) (its last token the owner's "'s") and the classification of a body that
    owns the subject opening tokens ``[lo, hi)``, for an "it" later in the sentence: "The lender's
    shares fell after it warned", "Northwind Bank's profits slid after it said".  What is owned is no source
    noun or person ("The bank's chief said", "The bank's report said" have speakers of their
    own), and a described body counts only when no body is named before it, as for "it" after a
    sentence that "The company" opens."""
    T, L = toks.T, toks.L
    a = subject_start(T, L, lo, hi, COORDINATORS)
    if a < 0:
        return None
    k = a
    while k < min(hi, a + 5) and T[k][0].isalpha() and not L[k].endswith(POSSESSIVE_ENDINGS):
        k += 1
    if k >= min(hi, a + 5) or k + 2 >= hi or k == a and L[a] in ARTICLES or not T[k][0].isalpha():
        return None
    owned = L[k + 1]
    if not initial_lower(T[k + 1]) or owned in _NOUNS or owned in _PEOPLE_NOUNS or owned in _CLASSES:
        return None
    phrase = classify_phrase(T, L, a, k + 1, a)
    if phrase.source_type == "named_organization":
        return a, k + 1, phrase
    if _first_body(toks, phrase, text, a, make_span(toks.S[a], toks.E[k])):
        return a, k + 1, phrase
    return None


def _described_body(toks: DocTokens, lo: int, hi: int, text: str) -> tuple[Span, PhraseKind] | None:
    """The span and the classification of one body described with "the" that opens tokens
    ``[lo, hi)`` as the subject of its sentence, for an "it" later in it: "The firm lost money,
    though it says".  As for "it" after a sentence that "The company" opens, it counts only when
    no name stands before it in the document."""
    a = subject_start(toks.T, toks.L, lo, hi, COORDINATORS)
    if 0 <= a and a + 2 < hi and _owned_plural(toks, a):
        a += 2  # "Shares in the group fell after it admitted": the group
    if a < 0 or toks.L[a] != "the":
        return None
    found = _opening_description(toks, a, hi)
    if found is None or found[0] >= hi:
        return None
    b, phrase = found
    span = make_span(toks.S[a], toks.E[b - 1])
    return (span, phrase) if _first_body(toks, phrase, text, a, span) else None


def _owned_plural(toks: DocTokens, a: int) -> bool:
    """Whether a plural noun at ``a`` is owned by a described body after it: "Shares in the
    group", "Profits at the firm"."""
    L = toks.L
    return a + 2 < len(L) and L[a].endswith("s") and L[a + 1] in _PLURAL_OWNERS and L[a + 2] == "the"


def _first_body(toks: DocTokens, phrase: PhraseKind, text: str, a: int, span: Span) -> bool:
    """Whether ``phrase``, from token ``a`` over ``span``, is one body described ("the company")
    with no name before it in the document: only then may "it" stand for a description."""
    return _first_names(toks)[1] >= a and one_institution(phrase.source_type, phrase.head_lemma, text, span.start, span.end)


def _known_name(toks: DocTokens, k: int) -> bool:
    """Whether the lone capitalised word at ``k``, which opens a sentence, is known as a name: a
    given name, or a word the document capitalises in mid-sentence too."""
    return strip_possessive(toks.L[k]) in GIVEN_NAMES or capitalised_elsewhere(toks.T, k)


def _no_given_name(toks: DocTokens, lo: int, b: int) -> bool:
    """Whether the capitalised words of ``[lo, b)`` hold no given name, title or initial."""
    T, L = toks.T, toks.L
    return all(
        T[x][0].isalpha() and len(T[x]) > 1 and not given_name_at(T, L, x) and "title" not in _CLASSES.get(L[x], _EMPTY)
        for x in range(lo, b)
    )


def _someones_name(toks: DocTokens, k: int) -> bool:
    """Whether the lone word at ``k`` is a given name, or the surname of someone named in full
    before it ("Donald Trump ... Trump released")."""
    T, L = toks.T, toks.L
    low = strip_possessive(L[k])
    if low in GIVEN_NAMES:
        return True
    return any(strip_possessive(L[j]) == low and given_name_at(T, L, j - 1) for j in range(1, k))


def _opening_possessor(toks: DocTokens, lo: int, hi: int, pronoun: str = "") -> tuple[int, PhraseKind] | None:
    """The end and the classification of a person's name that opens tokens ``[lo, hi)`` as the
    owner of a thing, not of people: "Buchanan’s response was underwhelming. He said ..." (but
    "Johnson's aides visited" and "Trump's wife spoke" open with someone else), or of a person
    whose word says the other sex than ``pronoun``: "Mrs Adebayo's son" for "she"."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 6)
    k = lo
    if lo < end and initial_upper(T[lo]) and "title" in _CLASSES.get(L[lo], _EMPTY) and lo + 1 < end and is_proper(T, L, lo + 1, lo):
        k += 1  # "President Buchanan’s response"
    while k < end and is_proper(T, L, k, lo) and not L[k].endswith(POSSESSIVE_ENDINGS):
        k += 1
    if k >= end - 1 or k == lo and L[lo] in _NOT_A_NAME or not L[k].endswith(POSSESSIVE_ENDINGS) or not is_proper(T, L, k, lo):
        return None
    if k == lo and strip_possessive(L[lo]) in DATE_NAMES:
        return None  # "December's global agreement was": a time, not an owner
    owned = L[k + 1]
    if not initial_lower(T[k + 1]) or "title" in _CLASSES.get(owned, _EMPTY) or (
        owned in _NOUNS and _NOUNS[owned].cls not in ("group", "organization") or owned in _PEOPLE_NOUNS
    ) and not (pronoun and _other_sex(owned, pronoun)):
        # (but "Mrs Adebayo's son was ill. She said" can only be Mrs Adebayo, and "he" is never
        # the crew in "Juan Ortega's crew pulled 46 people from the sea. He told reporters")
        return None
    if any(L[x] in ("and", "&") or L[x] in _OPENING_PREPOSITIONS or L[x].endswith("ing") for x in range(lo, k)):
        return None  # two owners, or "Given Obama's strong approval": a preposition opens it
    phrase = classify_phrase(T, L, lo, k + 1, lo)
    if phrase.source_type != "named_person":
        return None
    return k + 1, phrase


def _opening_set_off_name(toks: DocTokens, lo: int, hi: int) -> tuple[int, int, PhraseKind] | None:
    """A person's full name set off in commas after a short description that opens tokens ``[lo,
    hi)``, before the verb: "Margaret Oduya's neighbour, Peter Lamb, lost even more", "His
    brother, Tom Ray, runs the farm": the name's tokens and its classification."""
    T, L = toks.T, toks.L
    c = lo + 1
    while c < min(hi, lo + _SET_OFF_DESCRIPTION) and T[c] != ",":
        c += 1
    if c >= hi or T[c] != "," or not (T[c - 1].isalpha() and initial_lower(T[c - 1])):
        return None  # the description ends in a common noun: "His neighbour,"
    a = c + 1
    d = a
    while d < min(hi, a + 4) and is_proper(T, L, d, lo):
        d += 1
    if d - a < 2 or d + 1 >= hi or T[d] != "," or not (given_name_at(T, L, a) or _person_head(L[c - 1])):
        return None  # a given name and a surname ("Peter Lamb,"), or any two names after a person's word ("Its founder, Olav Brennock,")
    if not (T[d + 1].isalpha() and initial_lower(T[d + 1]) and is_verb(T[d + 1], L[d + 1])):
        return None
    phrase = classify_phrase(T, L, a, d, lo)
    return (a, d, phrase) if phrase.source_type == "named_person" else None


_SET_OFF_DESCRIPTION: Final = 6  # tokens of a description before the name it sets off


def _opening_description(
    toks: DocTokens, lo: int, hi: int, aside: bool = False, pronoun: str = ""
) -> tuple[int, PhraseKind] | None:
    """The end and the classification of a described subject at the start of tokens ``[lo, hi)``:
    "The German chancellor", "Police", "A spokeswoman for the hospital", "Rescue workers", "The
    sculptor Rafael Osei", "The inquiry's final report".  With ``aside``, the subject's verb may
    come after an aside between commas or a relative clause: "The report, published on Tuesday,
    was gloomy", "Two paramedics who attended the scene gave evidence".  With ``pronoun``, the
    pronoun that looks for it, an owner's people may be the subject when the pronoun cannot mean
    the owner (:func:`_owner_ruled_out`): "The governor's aides were candid. They said"."""
    T, L = toks.T, toks.L
    end = min(hi, lo + 10)
    k = lo + 1 if lo < hi and L[lo] in ARTICLES else lo
    if k == lo and lo + 1 < hi and (L[lo] in CARDINALS or L[lo] in _COUNT_WORDS or T[lo].isdigit()):
        k = lo + 2 if L[lo + 1] == "of" else lo + 1  # "Hundreds of farmers drove", "Two paramedics gave"
        if k + 1 < end and _counted_plural(T[k], L[k]) and is_verb(T[k + 1], L[k + 1]):
            # people counted are people, whatever the word for them: "Two punters sued"
            return k + 1, classify_phrase(T, L, lo, k + 1, lo)
    head = -1
    owned = False  # whether an owner comes before the head: "The inquiry's final report"
    owner = -1  # the owner's word, when it is one common noun with its "'s": "The governor's"
    while k < end and T[k][0].isalpha():
        low = L[k]
        if low.endswith(POSSESSIVE_ENDINGS):
            if owned or k - lo >= 3:
                return None
            owned = True
            if k == lo + 1 and L[lo] == "the" and initial_lower(T[k]):
                owner = k
            k += 1
            continue
        if low in _NOUNS or "title" in _CLASSES.get(low, ()):
            head = k
            k += 1
            if k < end and (L[k] in _NOUNS or "title" in _CLASSES.get(L[k], ())):
                continue  # "police officers", "the health minister"
            if k + 1 < end and T[k].isalpha() and initial_lower(T[k]) and _CLASSES.get(L[k], _EMPTY) <= NOUN_LIKE_CLASSES and (
                L[k + 1] in _NOUNS and not is_verb(T[k], L[k])
            ):
                k += 1
                continue  # "A volunteer lock keeper": a common noun between two of them describes the second
            if not owned and k < end and L[k].endswith(POSSESSIVE_ENDINGS):
                continue  # "The Defence Committee's report": the owner's name ends in its possessive
            if not owned and k + 1 < end and plural_owner_mark(T, L, k, lo) and T[k + 1][0].isalpha():
                owned = True  # "The inspectors' report": a plural owner's apostrophe is its own token
                if head == lo + 1 and L[lo] == "the" and initial_lower(T[head]):
                    owner = head  # "The residents' group ... It says": a body its people own
                k += 1
                continue
            break
        if k - lo >= (5 if owned else 4) or not _CLASSES.get(low, _EMPTY) <= NOUN_LIKE_CLASSES:
            return None  # no head within reach, or a function word before it ("German" may be)
        k += 1
        if not owned and initial_lower(T[k - 1]) and k < end and initial_upper(T[k]) and is_proper(T, L, k, lo):
            head = k - 1  # any common noun heads a description its name follows: "The sculptor Rafael Osei"
            break
    if head < 0 or owned and (L[head] not in _NOUNS or _NOUNS[L[head]].cls != "document") and not (
        owner >= 0 and _owner_ruled_out(L[owner], L[head], pronoun)
    ):
        return None  # an owner's record stands for "it" ("The inquiry's report ... It found"); an owner's people are left alone
    if not owned and k < end and is_proper(T, L, k, lo):
        # a name after its description: "The sculptor Rafael Osei unveiled", "Coastguard commander Ian Rafferty led"
        m = k
        while m < end and m - k < 4 and (is_proper(T, L, m, lo) or T[m] == "." or L[m] in NAME_PARTICLES):
            m += 1
        k = m
    phrases = 0
    while k < end and L[k] in _AFTER_HEAD and phrases < _PHRASES_AFTER_HEAD:
        # a short phrase after the head: "for the hospital", "of the union", "at Leiden
        # University", and one more after it: "The report into the death in custody"
        phrases += 1
        m = k + 1
        if m < end and L[m] in ARTICLES:
            m += 2  # the word after an article belongs to its phrase: "for the hospital"
        while m < end and (
            T[m][0].isalpha() and (
                initial_upper(T[m]) or L[m] in _NOUNS
                or _CLASSES.get(L[m], _EMPTY) <= NOUN_LIKE_CLASSES and not is_verb(T[m], L[m])  # "the UN mission"
            )
            # inside a name: "Analysts at Carrow & Finch", "Researchers at the University of Leeds", "for Avon and Somerset Police"
            or (T[m] == "&" or L[m] == "of" or L[m] == "and") and m + 1 < end and initial_upper(T[m - 1]) and initial_upper(T[m + 1])
            # a plural owner's mark, a token of its own: "Members of the Tuesday veterans' group",
            # and inside a name: "Members of the Ryde Traders' Group"
            or plural_owner_mark(T, L, m, k) and m + 1 < end and T[m + 1].isalpha() and (
                initial_lower(T[m + 1]) or initial_upper(T[m - 1])
            )
            # a firm's "Co." ends its name: "A spokeswoman for Bracken Hill Dairy Co. showed"
            or T[m] == "." and initial_upper(T[m - 1]) and "org_word" in _CLASSES.get(L[m - 1], _EMPTY)
        ):
            m += 1  # "Staff at the Lowfield depot walked out"
        if m == k + 1:
            return None
        k = m
    if k >= end or not is_verb(T[k], L[k]) and not (aside and _verb_after_aside(toks, k, hi)) and not (
        phrases == 0 and _plural_present(toks, head, k, hi)
    ):
        return None
    return k, classify_phrase(T, L, lo, k, lo)


def _plural_present(toks: DocTokens, head: int, k: int, hi: int) -> bool:
    """Whether the word at ``k``, right after a plural head, is the head's verb in its bare
    present: "The unions represent most workers" (a determiner after it shows that the word
    is no noun that goes on the head, as "The unions' leaders" or "Police vans" would be)."""
    T, L = toks.T, toks.L
    low = L[k]
    return (
        L[head].endswith("s") and not L[head].endswith("ss") and T[k].isalpha() and initial_lower(T[k])
        and low not in _NOUNS and low not in _CLASSES and not low.endswith(("s", "ing", "ed", "ly"))
        and k + 1 < hi and "determiner" in _CLASSES.get(L[k + 1], _EMPTY)
    )


def _owner_ruled_out(owner: str, head: str, pronoun: str) -> bool:
    """Whether ``pronoun`` can only mean the head of "the <owner>'s <head>", not its owner: "they"
    the owner's people ("The governor's aides"), "he" or "she" a person the head's word gives that
    sex ("The defendant's mother" for "she") or any person a body owns ("The ministry's
    spokesperson"), "it" the owner's body ("The city's housing department")."""
    entry = _NOUNS.get(head)
    if entry is None:
        return False
    if pronoun == "they":
        return entry.plural_of_people()  # (the owner ends in "'s": one)
    if pronoun in ("he", "she"):
        if entry.cls != "individual" or _other_sex(head, pronoun):
            return False
        if _sex_of_noun(head) == ("f" if pronoun == "she" else "m"):
            return True
        owner_entry = _NOUNS.get(strip_possessive(owner))
        return owner_entry is not None and owner_entry.cls == "organization"
    return pronoun == "it" and entry.cls == "organization" and not entry.plural


# the tokens of the document last asked about, with where it first names a person and where it
# first names anything in mid-sentence (see :func:`_first_names`)
_last_first_names: list[tuple[list[str], int, int]] = [([], 0, 0)]


def _first_names(toks: DocTokens) -> tuple[int, int]:
    """Where the document first names a person (a capitalised given name or title before another
    capitalised word: "Judge Ann Lee", "Tom Reyes"), and where its first capitalised word that
    opens no sentence stands (a name of any kind: "Ofwat", "Tarnbridge", "Lee"); the token count
    for either when there is none.  Found once per document, so that many pronouns stay linear."""
    entry = _last_first_names[0]
    T, L = toks.T, toks.L
    if entry[0] is not T:
        n = len(T)
        person = capital = n
        for x in range(n - 1):
            if initial_upper(T[x + 1]) and T[x + 1][0].isalpha() and (
                given_name_at(T, L, x) or initial_upper(T[x]) and "title" in _CLASSES.get(L[x], _EMPTY)
            ):
                person = x
                break
        for x in range(1, n):
            t = T[x]
            if t[0].isalpha() and initial_upper(t) and t != "I" and T[x - 1][0].isalnum():
                capital = x
                break
        entry = (T, person, capital)
        _last_first_names[0] = entry
    return entry[1], entry[2]


def _counted_plural(word: str, low: str) -> bool:
    """Whether a word after a count is a plural noun for people that the lexicons do not know
    ("punters", "seafarers"; not "days" or "bombs")."""
    # ("-ers" is as often a thing, "containers", but a thing seldom opens a sentence after a
    # count and then says something in the next)
    return word.isalpha() and word.islower() and low.endswith(PEOPLE_PLURAL_ENDINGS) and low not in _NOUNS and low not in _CLASSES


_MAX_ASIDE: Final = 12  # tokens


def _verb_after_aside(toks: DocTokens, k: int, hi: int) -> bool:
    """Whether an aside that starts at token ``k`` right after a subject is followed by the
    subject's verb: ", published on Tuesday, was" or "who attended the scene gave"."""
    T, L = toks.T, toks.L
    end = min(hi, k + _MAX_ASIDE)
    if T[k] == ",":
        m = k + 1
        while m < end and T[m] != ",":
            m += 1
        return m < end and m + 1 < hi and m - k > 1 and is_verb(T[m + 1], L[m + 1])
    if _reduced_relative(T[k], L[k]):
        # "Lawyers representing the families filed", "A memo seen by the Guardian was": a
        # participle and its object, then a past or an auxiliary (a plural in "-s" may be the
        # participle's object: "representing the families")
        for m in range(k + 2, end):
            if not T[m][0].isalpha():
                return False
            if initial_lower(T[m]) and (L[m] in _PASTS or L[m].endswith("ed") or "auxiliary" in _CLASSES.get(L[m], _EMPTY)):
                return L[m - 1] not in _AFTER_HEAD  # (not "seen by", a participle of the object's own)
        return False
    if L[k] not in RELATIVE_WORDS or k + 1 >= end or not is_verb(T[k + 1], L[k + 1]):
        return False
    for m in range(k + 2, end):
        if not T[m][0].isalpha():
            return False  # a mark ends the clause before any verb of the subject's
        if is_verb(T[m], L[m]) and L[m - 1] not in RELATIVE_WORDS:
            return True
    return False


def _reduced_relative(word: str, low: str) -> bool:
    """Whether a lower-case word right after a subject's head opens a participle phrase on it:
    "representing", "investigating", "seen", "hired"."""
    return word.isalpha() and initial_lower(word) and low not in _NOUNS and (
        low.endswith("ing") and len(low) > 5 or low in _PASTS or past_participle(low)
    )


def is_verb(word: str, low: str) -> bool:
    """Whether a word after a subject reads as its verb: lower case, not a source noun, and a
    past or present form ("visited", "says", "spoke", "told"), an auxiliary ("has") or an adverb
    ("later", "quickly"); never a noun that goes on the subject ("A potential vice president
    pick, Haley", "A conservative super PAC")."""
    if not word[0].isalpha() or not initial_lower(word) or low in _NOUNS and low not in VERBS_IN_S:
        return False
    classes = _CLASSES.get(low)
    if classes is not None:
        return "auxiliary" in classes or "adverb" in classes
    return (
        low in _PASTS or low in _CUE_FORMS or low.endswith(ED_LY_ENDINGS)
        or s_inflection(low)
    )
