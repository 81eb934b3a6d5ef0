"""Where the source sits when it is not simply the phrase before the cue.

Inverted ("..., said Kakar"), inserted between commas or dashes ("Khalid, a senior official,
said"), behind a relative pronoun ("Barkley, who said"), in the passive ("is said to", "was quoted
as saying"), the subject of the clause a participle hangs on ("..., saying"), or a name that opens
the sentence with its second comma missing.  Each rule records at most one attribution.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_lower, initial_upper
from credscore.signals._attribution_chain import DAY_WORDS, group_after_comma, opening_name, parenthesis_after_hearer
from credscore.signals._attribution_lexicon import AGENT_ENDINGS, ING_ED_ENDINGS, PEOPLE_PLURAL_ENDINGS, POSSESSIVE_ENDINGS, CueForm, content_words
from credscore.signals._attribution_names import (
    ARTICLES,
    DATE_NAMES,
    MONTH_ABBREVIATIONS,
    MODIFYING_PRESENT_PARTICIPLES,
    OPENING_CONJUNCTIONS,
    PARTICIPLES,
    PHRASAL_PARTICLES,
    POLLED,
    POSSESSIVE_PRONOUNS,
    PUBLICATIONS,
    PhraseKind,
    age_figure,
    capitalised_elsewhere,
    classify_phrase,
    is_place,
    given_name_at,
    name_list_end,
    names_a_body,
    opens_reduced_relative,
    people_plural,
    person_word,
    strip_contraction,
    unmarked_name,
)
from credscore.signals._attribution_phrase import (
    COUNT_LEAD_OPENERS,
    count_lead,
    ADVERBISH,
    PERFECT,
    AUXILIARIES,
    BY_MEANS,
    CARDINALS,
    RECENT,
    SUBJECT_PRONOUNS,
    CLASSES,
    CONTRACTED_RELATIVES,
    COORDINATORS,
    DOUBLE_QUOTES,
    EMPTY,
    FORMS,
    IT_IS,
    MAX_PHRASE,
    MODALS,
    NOUNS,
    PEOPLE_QUANTIFIERS,
    PAST_VERBS,
    PREPOSITIONS,
    RELATIVE_WORDS,
    SPAN_PREPOSITIONS,
    SUBORDINATORS,
    TERMINATORS,
    TIME_NOUNS,
    Found,
    Sentence,
    abbrev_dot,
    bare_verb,
    besides_end,
    classes,
    closing_comma,
    contact_relative_start,
    content_after,
    inside_content,
    is_adverbish,
    is_dash,
    is_pronoun,
    listed_comma,
    located_comma,
    lower_open_word,
    nickname_end,
    number_comma,
    owned_body_part,
    past_subordinator_leads,
    phrase_left,
    phrase_right,
    phrase_word_ok,
    plain_word,
    plausible_source,
    record_noun,
    runs_into_name,
    set_off_relative,
    strip_span,
    trim,
    when_run_end,
)
from credscore.spans import Span, make_span

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_AL_IC_ENDINGS: Final[tuple[str, ...]] = ("al", "ic")
_APOSTROPHE_OR_POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("'", "’", "'s", "’s")
_SAY_TELL_CALL_DESCRIB_OPENINGS: Final[tuple[str, ...]] = ("say", "tell", "call", "describ")
_SAY_TELL_CALL_OPENINGS: Final[tuple[str, ...]] = ("say", "tell", "call")
_S_ONE_BODY_ENDINGS: Final[tuple[str, ...]] = ("s", "one", "body")

CLOSING_QUOTES: Final = frozenset('"”’\'»')


# after an inverted source ("said Kakar") comes the end of a clause or a circumstance
_AFTER_INVERSION: Final = frozenset(
    "in on at during after before when while who according from , . ! ? : ; — – -".split()
    # how and while it was said: "said O’Leary as he kissed", "said Smith by phone", "via Twitter"
    + "as by via over with because since though although until but".split()
) | CLOSING_QUOTES
DETERMINERS: Final = frozenset(w for w, c in CLASSES.items() if "determiner" in c)


_QUOTE_OPENERS: Final = frozenset('"“„«‘\'')


# verbs that take a participle as their object: "began tweeting", "kept insisting"
_CATENATIVES: Final = frozenset(
    "begin begins began begun start starts started keep keeps kept continue continues continued".split()
)
# a passive of perception before a participle: "the mayor can be heard saying", "Smith is seen
# telling aides", "was caught on tape boasting": the subject is the speaker
_PERCEIVED: Final = frozenset("heard seen caught filmed recorded overheard captured".split())
_PASSIVE_BE: Final = frozenset("be is are was were been being".split())


def absolute_with(s: Sentence, a: int) -> int:
    """The "with" one or two words before the phrase at ``a`` that opens an absolute clause with
    speakers of its own ("..., with 50 percent saying", "with about three in 10 saying"), or -1."""
    L = s.L
    if a - 1 >= s.first and L[a - 1] == "with":
        return a - 1
    return a - 2 if a - 2 >= s.first and L[a - 2] == "with" else -1


def _record_after_determiner(s: Sentence, j: int) -> bool:
    """Whether word ``j``, a cue form, is a record noun after a determiner ("a report", "his tweet")."""
    return record_noun(s.L[j]) and j > s.first and "determiner" in classes(s.L[j - 1])


# prepositions whose object is a time, never the one a participle after it belongs to
_TIME_PREPOSITIONS: Final = frozenset(("since", "until", "till", "throughout", "during"))


# verbs of speech whose "to" takes the one addressed ("wrote to the minister", "spoke to
# reporters") or what is answered ("responded to the question writing"); not "referring to",
# whose "to" takes what is spoken of
_ADDRESSING: Final = frozenset(("write", "speak", "talk", "complain", "appeal", "explain", "say", "respond", "reply"))


def _addressing(low: str) -> bool:
    """Whether ``low`` is a form of a verb of speech that addresses someone after "to" ("wrote",
    "spoke", "complained")."""
    f = FORMS.get(low)
    return f is not None and f.lemma in _ADDRESSING


# one person a source noun names: "an official", "the spokesman"
PERSON_NOUNS: Final = frozenset(w for w, e in NOUNS.items() if e.cls == "individual" and not e.plural)


def reduced_relative(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "voters saying they want ...", "Pope Francis calling for ...": a participle right after the
    noun phrase it belongs to.  Inside reported content ("we reported on the government admitting
    ...") it is part of that content."""
    if "determiner" in classes(s.L[j]) or FORMS.get(s.L[j]) is not None and s.L[j] not in _PERCEIVED and not _record_after_determiner(s, j):
        return  # "have been saying"; but "released a report saying", "posted a tweet saying", "was heard saying"
    nx = cue_end + 1
    if s.L[i] in MODIFYING_PRESENT_PARTICIPLES and s.L[j] in NOUNS and opens_reduced_relative(s.T, s.L, i, s.hi):
        return  # "officials speaking on condition of anonymity said": a modifier of the subject
    if nx >= s.hi or s.T[nx] in ".;!?" or s.T[nx] in ",:" and not (nx + 1 < s.hi and s.T[nx + 1] in _QUOTE_OPENERS):
        return  # "found the results promising.": an adjective, with nothing said after it
    end = j
    if s.L[j] in _CATENATIVES and j > s.first:
        end = j - 1  # "As Donald Trump began tweeting": the subject of the verb before the participle
        while end > s.first and is_adverbish(s, end):
            end -= 1  # "Perez just starts talking", "has kept saying"
        if s.L[end] in ("and", "but"):
            participle(s, i, cue_end, cue, form, end)  # "decamped to Citigroup and began writing"
            return
    elif s.L[j] == "turns" and j - 1 > s.first and s.L[j - 1] in ("took", "take", "takes", "taking"):
        end = j - 2  # "speakers took turns urging"
    elif s.L[j] in _PERCEIVED and j - 1 > s.first and s.L[j - 1] in _PASSIVE_BE:
        end = j - 2  # "the mayor can be heard saying"
        while end > s.first and is_adverbish(s, end):
            end -= 1
    a, b = phrase_left(s, end, s.first)
    if a >= b or b != end + 1:
        return
    if s.L[a] in _PARTICLES and a + 1 < b and "determiner" in classes(s.L[a + 1]):
        a += 1  # "started out their debate saying": the particle belongs to the verb before it
    if a - 1 >= s.first and s.L[a - 1] in _TIME_PREPOSITIONS:
        participle(s, i, cue_end, cue, form, j)  # "have spent $10 million since June 1 attacking Ayotte"
        return
    if a - 2 >= s.first and s.L[a - 1] == "to" and _addressing(s.L[a - 2]):
        # "have written to the minister claiming that", "spoke to reporters saying": the writer
        # or the speaker goes on, not the one written or spoken to
        participle(s, i, cue_end, cue, form, a - 1)
        return
    if a + 1 < b and initial_lower(s.T[a]) and s.L[a].endswith("ing") and s.L[a] not in NOUNS and not classes(s.L[a]):
        a += 1  # "an ad featuring Hispanics telling their stories": the participle's object speaks
    for x in range(b - 2, a, -1):
        if s.L[x] == "with":
            if classify_phrase(s.T, s.L, x + 1, b, s.first).source_type == "unnamed_group":
                a = x + 1  # "liberals with three in 10 saying": the people counted after "with" speak
            break
    if inside_content(s, s.S[i]) and absolute_with(s, a) < 0:
        return  # but "..., with (about) 50 percent saying": an absolute clause has speakers of its own
    b = before_a_time(s, a, b)  # "released a statement Thursday night condemning"
    if a > s.first and _all_time(s, a, b):
        participle(s, i, cue_end, cue, form, a - 1)  # "Obama spent Thursday discussing": Obama speaks
        return
    if b - a == 2 and s.L[a] in ARTICLES and a - 1 >= s.first and s.L[a - 1] in _ISSUING and s.L[a + 1] in PERSON_NOUNS:
        return  # "issued an official warning to the trustees": no one is issued; the word describes what was
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    head = s.L[phrase.head]
    spent = _spending_verb(s, a)
    if spent >= 0 and s.L[b - 1] in _SPANS_SPENT:
        participle(s, i, cue_end, cue, form, spent)  # "Ayotte has spent nearly all of her time responding"
        return
    if head in _OCCASIONS and _object_of_a_verb(s, a):
        # "the senator opened a Rochester rally blasting Clinton", "gave a speech Monday urging":
        # who holds the occasion speaks at it
        participle(s, i, cue_end, cue, form, a - 1)
        return
    if phrase.source_type == "self" or not plausible_source(s, a, b, phrase):
        return
    if not (phrase.named or head in NOUNS or phrase.source_type.startswith("pron") or phrase.source_type == "unnamed_group"):
        if phrase.source_type != "document" and _object_of_a_verb(s, a) and not any(s.L[x] == "of" for x in range(a, b)) and not (
            s.L[a - 1] in _RECEIVING_VERBS
        ):
            # "Cruz is making a pitch to New York voters saying": the maker of the pitch speaks (but in
            # "gives an account of Clinton telling", Clinton is telling; and who "received a formal
            # warning" is warned)
            participle(s, i, cue_end, cue, form, a - 1)
        return
    records = phrase.source_type == "unnamed_group" and record_noun(phrase.head_lemma)
    if (phrase.source_type == "document" or records) and not phrase.named:
        recorded = _person_recorded(s, a, b)
        if recorded is not None:
            # "a clip of McCain saying", "video of Trump telling": the one recorded speaks
            ra, rphrase = recorded
            s.add(cue, ra, b, content_after(s, cue_end, form), form.kind, rphrase, i)
            return
        # "The company released a statement saying ...", "super PACs that bankrolled ads attacking":
        # the issuer of unnamed documents speaks through them; with no issuing verb before one the
        # text speaks for itself ("held up a sign saying", "A petition calling on him"), as records do
        issuer = _issuer(s, a)
        if issuer is not None:
            ia, ib, iphrase = issuer
            s.add(cue, ia, ib, content_after(s, cue_end, form), form.kind, iphrase, i)
            return
        rel = _issuing_subject_end(s, a)
        if rel >= 0 and s.L[rel] in RELATIVES:
            relative(s, i, cue_end, cue, form, rel)  # "the ACLU, which released a statement questioning"
            return
        if cue_end + 1 < s.hi and s.L[cue_end + 1] in _HOW_MUCH:
            return  # "reading the report saying nothing": what a text is said to say, not what it says
    s.add(cue, a, b, content_after(s, cue_end, form), form.kind, phrase, i)


def _person_recorded(s: Sentence, a: int, b: int) -> tuple[int, PhraseKind] | None:
    """The person a record ``[a, b)`` shows, after its "of" ("a clip of McCain", "footage of the
    senator"), with that person's phrase kind; None when the record is of no one."""
    for x in range(a + 1, b - 1):
        if s.L[x] == "of":
            phrase = classify_phrase(s.T, s.L, x + 1, b, s.first)
            if phrase.source_type in _RECORDED_PEOPLE:
                return x + 1, phrase
            return None
    return None


_RECORDED_PEOPLE: Final = frozenset(("named_person", "unnamed_individual"))


# a time that can follow a noun phrase without a preposition: "a statement Thursday night"
_TIMES_OF_DAY: Final = frozenset("today yesterday tonight morning afternoon evening night".split())
_TIME_LEAD: Final = frozenset("last this next early late later earlier on in".split())


def _time_word(t: str, low: str) -> bool:
    # a weekday or a month is written capitalised ("may" and "march" are verbs); "Today" or
    # "TODAY" mid-phrase is a name
    if low in DATE_NAMES:
        return initial_upper(t) and not t.isupper()
    return low in _TIMES_OF_DAY and t.islower()


def _all_time(s: Sentence, a: int, b: int) -> bool:
    """True when ``[a, b)`` is nothing but a time ("Thursday", "this morning", "last Tuesday")."""
    return all(_time_word(s.T[x], s.L[x]) or s.L[x] in _TIME_LEAD for x in range(a, b)) and _time_word(
        s.T[b - 1], s.L[b - 1]
    )


def before_a_time(s: Sentence, a: int, b: int) -> int:
    """The end of the phrase ``[a, b)`` without a time that trails it ("a statement Thursday
    night", "Donald Trump on Sunday", "Priebus later Thursday").  The time stays when it is part
    of a name ("Super Tuesday"), belongs to a participle ("a poll released Sunday") or is all
    there is."""
    T, L = s.T, s.L
    e = b
    while e - 1 > a and _time_word(T[e - 1], L[e - 1]):
        e -= 1
    if e == b:
        return b
    if e - 1 > a and len(L[e - 1]) <= 2 and L[e - 1].isdigit():
        e -= 1  # the day before its month: "an email dated 4 March"
    time_start = e
    while e - 1 > a and L[e - 1] in _TIME_LEAD:
        e -= 1
    last = e - 1
    if L[last] in _TIME_LEAD or _time_word(T[last], L[last]) or L[last] in DETERMINERS:
        return b  # nothing but the time, or a time that modifies a noun ("her March comment")
    if "preposition" in classes(L[last]):
        return b  # the time completes the noun's phrase: "a poll from October", "the report of May 3"
    if L[last].endswith("ed") or L[last] in PARTICIPLES or e == time_start and initial_upper(T[last]) or (
        L[last] in PHRASAL_PARTICLES and last - 1 > a and (L[last - 1].endswith("ed") or L[last - 1] in PARTICIPLES)
    ) or _present_participle_after_noun(s, a, last):
        # the participle's time ("figures reported on Sunday", "images taken in March", "A survey
        # carried out in October", "Residents speaking on Monday"), or a name ("Super Tuesday")
        return b
    return e


def _present_participle_after_noun(s: Sentence, a: int, x: int) -> bool:
    """Whether ``x`` is a lower-case "-ing" word right after a noun of the phrase from ``a``, so a
    participle: "Residents speaking on Monday" (not "The ruling on Monday", after a determiner)."""
    T, L = s.T, s.L
    return x - 1 >= a and L[x].endswith("ing") and initial_lower(T[x]) and T[x - 1].isalpha() and (
        "determiner" not in classes(L[x - 1])
    ) and L[x - 1] not in PREPOSITIONS


# where a source says something, when it sits between the source and the verb: "The ministry in
# a statement said"
_VENUES: Final = content_words("venue")
_VENUE_REACH: Final = 8


def before_a_venue(s: Sentence, a: int, b: int, inverted: bool = False) -> int:
    """The end of the phrase ``[a, b)`` without the statement, interview or letter that trails it
    ("The ministry in a statement", "Mr Khan in his address", "Smith in an interview with CNN",
    "Smith at a press conference"):
    the source is who speaks in it.  After the verb (``inverted``) people are not described by
    where they were: "said officials at a news conference" is where they said it."""
    L = s.L
    for x in range(max(a + 1, b - _VENUE_REACH), b - 2):
        # (possessives are determiners; "Scientists writing in the journal Nature" keep their participle)
        if (L[x] == "in" or L[x] == "at" and (inverted or not _people_there(L[x - 1]))) and "determiner" in classes(L[x + 1]) and not L[x - 1].endswith(ING_ED_ENDINGS):
            for y in range(x + 2, min(b, x + 5)):
                entry = NOUNS.get(L[y])
                if L[y] in _VENUES or L[x] == "in" and entry is not None and entry.cls == "document" and L[y] == entry.noun:
                    return x  # (and "Smith at a press conference on Monday said": only an occasion follows "at")
    return b


def _people_there(low: str) -> bool:
    """Whether ``low`` counts people whom "at" an occasion describes: "Officials at the daily
    briefing", "Geographers at the conference" (they are the ones who were there, not one speaker
    and the place he spoke)."""
    entry = NOUNS.get(low)
    return entry is not None and entry.plural or low.endswith(PEOPLE_PLURAL_ENDINGS)  # (a plural for people is a plural)


# verbs that put out a document: its subject is the one who speaks through it
_ISSUING: Final = content_words("issuing_verb")
_RECEIVING_VERBS: Final = content_words("receiving_verb")
# who attacks with force, so that their "attacked" is a raid, not words: "Militants attacked a checkpoint"
VIOLENT_ACTORS: Final = content_words("violent_actor")
# animals, which say and believe nothing a reporter can quote: "The mare confirmed her return to form"
SPEECHLESS_ANIMALS: Final = content_words("speechless_animal")


def _issuing_subject_end(s: Sentence, a: int) -> int:
    """The last word of the subject of an issuing verb right before the phrase at ``a`` ("the
    ministry issued [a statement]", "Smith later put out [a video]", "blasted out [an email]"), or -1."""
    v = a - 1
    if v > s.first and s.L[v] in ("out", "off"):
        v -= 1  # "put out", "sent out", "fired off"
    if v <= s.first or s.L[v] not in _ISSUING or (s.L[v] == "put" and s.L[v + 1] != "out"):
        return -1
    j = v - 1
    while j >= s.first and is_adverbish(s, j):
        j -= 1
    # (a party label closes a name: "Mitch McConnell (R-Ky.) issued")
    return j if j >= s.first and (s.T[j][0].isalnum() or s.T[j] in "),") else -1


# occasions a speaker holds or gives, so a participle after one is the speaker's ("opened a
# rally blasting"): the venues ("a speech", "an interview") and events
_OCCASIONS: Final = content_words("venue") | frozenset(
    "rally rallies event events visit hearing meeting session tour".split()
)
# what is spent doing something: "spent much of his time attacking", "spent the day urging"
_SPANS_SPENT: Final = frozenset("time day days hours weeks months years week month year morning evening".split())
_SPENDING: Final = frozenset(("spend", "spends", "spent", "spending"))


def _spending_verb(s: Sentence, a: int) -> int:
    """The "spent" right before the phrase at ``a`` (past adverbs: "spent nearly all of"), or -1."""
    x = a - 1
    while x > s.first and x >= a - 3 and is_adverbish(s, x):
        x -= 1
    return x if x > s.first and s.L[x] in _SPENDING else -1


def _object_of_a_verb(s: Sentence, a: int) -> bool:
    """Whether the phrase at ``a`` opens with a determiner right after a lower-case word that is
    no function word, so it is that verb's object ("making [a pitch]", "gave [a speech]")."""
    T, L = s.T, s.L
    return (
        a - 1 > s.first and "determiner" in classes(L[a]) and T[a - 1].isalpha() and T[a - 1].islower()
        and not classes(L[a - 1]) and L[a - 1] not in NOUNS
    )


_OPENING_PHRASE: Final = 10  # tokens of a noun phrase that opens a sentence before an insertion
_INSERTION_REACH: Final = 40  # tokens of the phrase inserted after it


def _age_comma(T: list[str], x: int, j: int) -> bool:
    """Whether the comma at ``x`` sets off an age that closes the insertion at ``j``: "The
    manager, Kwabena Asare, 52, said"."""
    return x + 2 == j and age_figure(T[x + 1])


def subject_with_insertion(s: Sentence, j: int) -> bool:
    """Whether the sentence opens "<noun phrase>, <inserted phrase>," and ``j`` is that second
    comma, with no quotation mark before it: "The findings, published in Nature, suggest the drug
    works", "The spokesperson for the ministry, Ahmed Ali, confirmed the deaths". The verb after it
    has the opening phrase (or the name inserted after it) for its subject; it is not inverted
    after content, since content that an inverted cue closes is a clause, not a bare noun phrase."""
    T = s.T
    first = s.first
    quoted, c = s.marks()
    if c < 0 or c >= j - 1:
        return False
    if c + 1 < j and c - first <= _OPENING_PHRASE and _opening_circumstance(s, c):
        # "On Tuesday, the mayor, Giorgio Lombardi, said", "Writing online, the mayor, ...,": the
        # subject follows the circumstance that opens the sentence
        nxt = next((x for x in range(c + 1, j) if T[x] == ","), -1)
        if nxt < 0:
            return False
        first, c = c + 1, nxt
    end = c
    if T[c - 1] == ")":
        # "The Police Public Relations Officer (PPRO), SP Ayo Ogundele, confirmed": a bracketed gloss
        q = _bracket_before(T, c, first)
        if q > 0:
            end = q
    if end - first > _OPENING_PHRASE:
        return False  # "Cruz also lacks support from his colleagues in Congress, whom ...,": a clause
    if j - c > _INSERTION_REACH or any(
        T[x] == "," and not located_comma(s, x) and not _age_comma(T, x, j) and not listed_comma(s, x) for x in range(c + 1, j)
    ):
        # (bounded, so that a long run of commas stays linear; a place's comma stays inside:
        # "Trump, speaking in Charleston, West Virginia, said", and so does a list's: "carried
        # out door to door in Bewdley, Stourport and Upton")
        return False
    if quoted and not DOUBLE_QUOTES.isdisjoint(T[s.lo : j]):
        return False  # ('“We will appeal,” the company, based in Ohio, released': a quotation's speaker)
    a, b = phrase_left(s, end - 1, first)
    return a == first and b == end and not any(is_adverbish(s, x) for x in range(a, b))


def _bracket_before(T: list[str], c: int, first: int) -> int:
    """Where the bracket opens that closes right before the comma at ``c`` ("(D-R.I.),",
    "(PPRO),"), within :data:`_BRACKET_TOKENS` and after ``first``; -1 when none does."""
    q = c - 2
    while q > first and c - q <= _BRACKET_TOKENS and T[q] != "(":
        q -= 1
    return q if q > first and T[q] == "(" else -1


_BRACKET_TOKENS: Final = 6  # a party label or a gloss in brackets before a comma


def _opening_circumstance(s: Sentence, c: int) -> bool:
    """Whether the words before the comma at ``c`` are a circumstance that opens the sentence: a
    prepositional phrase ("On Tuesday", "In a statement") or a participle's ("Writing on social
    media", "Speaking to reporters")."""
    first = s.first
    w, t = s.L[first], s.T[first]
    if c - first < 2 or any(s.T[x] in DOUBLE_QUOTES for x in range(first, c)):
        return False
    return w in PREPOSITIONS and w != "of" or (
        len(w) > 5 and w.endswith("ing") and initial_upper(t) and w not in CLASSES and w not in NOUNS
    )


def _issuer(s: Sentence, a: int) -> tuple[int, int, PhraseKind] | None:
    """The subject of an issuing verb right before the phrase at ``a``, when it is a plausible
    source and not a relative pronoun."""
    j = _issuing_subject_end(s, a)
    if j >= 0 and s.T[j] == "," and subject_with_insertion(s, j):
        j = s.marks()[1] - 1  # "Mr. Trump, who said the judge was biased, issued a statement saying"
    if j < 0 or s.L[j] in RELATIVES or s.T[j] == ",":
        return None
    ia, ib = phrase_left(s, j, s.first)
    if ia >= ib or ib != j + 1:
        return None
    # the subject ends before a circumstance: "Balochistan newspapers on June 18 published"
    ib = min(ib, phrase_right(s, ia)[1])
    if ia >= ib:
        return None
    phrase = classify_phrase(s.T, s.L, ia, ib, s.first)
    if phrase.source_type in ("self", "document") or not plausible_source(s, ia, ib, phrase):
        return None
    return ia, ib, phrase


RELATIVES: Final = frozenset({"who", "which"})


def quoted_saying(s: Sentence, i: int) -> int:
    """The verb of saying that closes "The New York Times quoted one of Carson's advisers as
    saying ..." or "The piece quotes his ex-girlfriend, Elizabeth Rasor, saying ...", or -1.  The
    one who quotes is the source, as PolNeAR marks it; the quoted person speaks too (see
    ``quoted_speaker``)."""
    T, L = s.T, s.L
    m = i + 1
    commas = 0
    while m < s.hi and m - i <= 12 and L[m] != "as" and L[m] not in _QUOTED_SAYING and T[m] not in ";:" and T[m] not in DOUBLE_QUOTES:
        commas += T[m] == ","
        m += 1
    if m >= s.hi or m == i + 1:
        return -1
    set_off = commas == 2 and T[m - 1] == "," and T[i + 1] != ","  # "quoted the commander, Rear Admiral X, as saying"
    if L[m] == "as":
        return m + 1 if (not commas or set_off) and m + 1 < s.hi and L[m + 1].startswith(_SAY_TELL_CALL_OPENINGS) else -1
    # "quotes one nurse saying", "quotes his ex-girlfriend, Elizabeth Rasor, saying"; not "quoted
    # Mussolini, saying": there the one who quotes is the one saying
    if L[m] in _QUOTED_SAYING and (commas == 0 or set_off):
        return m
    return -1


def quoted_speaker(s: Sentence, i: int) -> None:
    """The one quoted after "quoted" at ``i`` speaks too: "CNN quoted an American witness as
    saying ..." is the witness's statement as well as CNN's report of it (FactAppeal marks either
    or both), so the quoted person gets an attribution of their own, with "as saying" as its cue."""
    T, L = s.T, s.L
    if i + 1 >= s.hi or L[i + 1] == "by" or i > s.lo and L[i - 1] in _PASSIVE_BE:
        # "was quoted by state media as saying", "was quoted in the Times as saying": the subject
        # is the one quoted, and what follows "quoted" is only the channel
        return
    verb = quoted_saying(s, i)
    if verb < 0:
        return
    start = verb - 1 if L[verb - 1] == "as" else verb
    a, b = trim(s, i + 1, start)
    if a >= b:
        return
    phrase = classify_phrase(T, L, a, b, s.first)
    c = a
    while c < b and T[c] != ",":
        c += 1
    if c + 1 < b:
        # "his ex-girlfriend, Elizabeth Rasor,": the name in the apposition types the source
        named = classify_phrase(T, L, c + 1, b, s.first)
        if named.source_type == "named_person" or named.named and not phrase.named:
            phrase = named  # "Mark Judge's ex-girlfriend, Elizabeth Rasor,": a person, not Judge's body
    if not plausible_source(s, a, b, phrase):
        return
    said = verb + 1 if verb + 1 < s.hi and L[verb + 1] == "that" else verb
    s.add(make_span(s.S[start], s.E[verb]), a, b, strip_span(s.text, s.E[said], s.span.end), "speech", phrase, i)


_QUOTED_SAYING: Final = frozenset(("saying", "telling", "stating", "writing"))


_FOCUS: Final = frozenset(("even", "only", "also", "but", "and", "yet", "still"))


_RELATIVES_BEFORE_SPEAKERS: Final = frozenset(("which", "that", "who", "whom"))
_RELATIVE_CLAUSE_REACH: Final = 10  # tokens from the end of a relative clause back to its "who"


def subject_before_relative(s: Sentence, a: int, closing: bool = False, b: int = -1) -> tuple[int, int] | None:
    """ "[Several employees] who spoke to the Reader said": when the phrase before the cue ends a
    relative clause that hangs on the sentence's opening noun phrase, that noun phrase is the
    subject.  When the cue ends the sentence (``closing``), the noun phrase may follow a comma:
    "The crash happened at 7 a.m., [a motorist] who stopped to help said.".  ``b``, where the
    phrase before the cue ends, tells a relative's own subject and verb: "Emails that the Post
    reviewed show"."""
    T, L = s.T, s.L
    k = a - 1
    first = s.first
    if a < s.hi and L[a] in SUBJECT_PRONOUNS:
        return None  # "who began the protest in what he said was a gesture": the pronoun says it
    if a - 1 > first and _says_a_clause(L[a - 1]) and _opens_said_clause(s, a, b):
        return None  # "A bystander who filmed it said [the officer] warned him": the phrase opens the clause said
    while k > first and a - k <= _RELATIVE_CLAUSE_REACH and not _opens_relative(L[k]) and T[k] not in ",;:" and T[k] not in DOUBLE_QUOTES:
        if L[k] in _EMBEDDING:
            return None  # another clause opens in between
        k -= 1
    if k <= first or not _opens_relative(L[k]) or k == a - 1 and (
        _opens_a_subject(s, a) and not _object_relative(s, a, b) or _people_after_which(s, k)
    ):
        # (right before a pronoun, a name or a determiner, the relative is the cue's object and
        # the phrase its subject: "The letter that she wrote"; but "The authors of that study wrote";
        # and before people: "The bill, which critics say would cut jobs")
        return None
    # "The foundation, which buys land [no closing comma] said": a comma may open the relative
    if L[k] == "who" and k - 3 >= first and L[k - 1] == "those" and L[k - 2] == "of" and (L[k - 3] in PEOPLE_QUANTIFIERS or L[k - 3] in _ONE_OF):
        c, d = k - 3, k  # "Some of those who attended said", "One of those who signed": people counted
    else:
        c, d = phrase_left(s, k - 2 if k - 2 >= first and T[k - 1] == "," and L[k] != "that" else k - 1, first)
    if c >= d and L[k] == "who" and (L[k - 1] in PEOPLE_QUANTIFIERS or L[k - 1] == "those"):
        c, d = k - 1, k  # "Many who attended the rally said", "Those who study it argue": no noun names them
    if c >= d:
        return None
    # "However, a video that emerged ... appeared to show": one opening word may come first
    opening = (
        c == first
        or c - 2 == first and T[c - 1] == "," and (L[first] in ADVERBISH or L[first] in _OPENERS)
        or c - 1 == first and L[first] in _FOCUS  # "Even Republicans who have praised him warned"
        or closing and c - 1 > first and T[c - 1] == ","
        # "Police know that [people] who use cars in a crime often report": a clause's own subject
        # (a noun phrase, not a verb: "that [includes Texas], which he's expected to win")
        or c - 1 > first and (L[c - 1] == "that" or L[c - 1] in SUBORDINATORS) and (L[c] in NOUNS or "determiner" in classes(L[c]))
        # '“It just lifted,” a woman who was on the train told the BBC': the speaker after a quotation
        or c - 2 > first and T[c - 1] in CLOSING_QUOTES and T[c - 2] in ",!?"
    )
    if not opening:
        return None
    if L[k] in ("that", "which"):
        # "that"/"which" hang on a thing: only a record or a named body is a source
        phrase = classify_phrase(T, L, c, d, first)
        if NOUNS.get(phrase.head_lemma) is None and not phrase.named:
            # a share heads it, the bodies follow "of": "Most of the firms that attended said",
            # "Sixty per cent of the choirs that responded said"
            of = _share_of(L, c, d)
            if of >= 0:
                phrase = classify_phrase(T, L, of + 1, d, first)
        if not (phrase.named or phrase.source_type == "document" or NOUNS.get(phrase.head_lemma) is not None):
            return None
    return c, d


# verbs whose clause may open without "that", so a noun phrase right after one is that clause's subject
_CLAUSE_TAKERS: Final = frozenset(
    "say claim insist argue believe think suggest allege contend maintain admit acknowledge fear hope feel know assert add".split()
)


def _says_a_clause(low: str) -> bool:
    """ "said", "believes", "insisted": a verb that takes a bare clause (a noun after it is that clause's subject)."""
    form = FORMS.get(low)
    return form is not None and form.lemma in _CLAUSE_TAKERS and not form.noun and form.particle is None


def _opens_said_clause(s: Sentence, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` can be the subject of a clause: a person, body or record that
    ends on a noun ("the officer", "police", "the company"), not words that end on a verb ("vaccines
    work", "Smith lied", "the plan works")."""
    if b <= a or b > s.hi:
        return False
    last = s.L[b - 1]
    if initial_lower(s.T[b - 1]) and (last in PAST_VERBS or last.endswith("ed")):
        return False
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    return phrase.named or NOUNS.get(phrase.head_lemma) is not None


def _share_of(L: list[str], c: int, d: int) -> int:
    """Where the "of" after a share that opens the phrase ``[c, d)`` is ("most of the", "half of
    the", "sixty per cent of the", "40% of the"); -1 when no share opens it."""
    for x in range(c + 1, min(d - 1, c + _SHARE_WORDS + 1)):
        if L[x] == "of":
            return x
        if not (L[x] in _SHARE_PARTS or L[x].isdigit() or L[x] in CARDINALS):
            return -1
    return -1


_SHARE_WORDS: Final = 3  # words of a share before its "of": "sixty per cent", "a third"
# (the scan's _PERCENT_WORDS holds the first four; this module cannot import the scan)
_SHARE_PARTS: Final = frozenset("per cent percent % half third thirds quarter quarters fifth fifths majority minority".split())


def _people_after_which(s: Sentence, k: int) -> bool:
    """Whether a relative word at ``k`` is followed by a plural noun for people, the subject of
    the clause it opens ("which critics say", "Tolliver, who police say ran the network"): the
    relative stands for the thing or the person spoken of, not for the speakers."""
    noun = NOUNS.get(s.L[k + 1]) if s.L[k] in _RELATIVES_BEFORE_SPEAKERS and k + 1 < s.hi else None
    return noun is not None and noun.plural and s.T[k + 1].isalpha()


_RELATIVE_OPENERS: Final = frozenset(("who", "whose", "that", "which"))
# counts of one or none that take "of those who" ("One of those who signed said")
_ONE_OF: Final = frozenset(("one", "none", "each", "neither"))


def _opens_relative(low: str) -> bool:
    """ "who", "which", and "who" with a clitic ("leaders who’d rather ...", "who'll")."""
    return low in _RELATIVE_OPENERS or low in CONTRACTED_RELATIVES


def _object_relative(s: Sentence, a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` before the cue is a relative clause's subject and its past
    verb, so that the cue has the noun before the relative for its subject: "Emails that [the
    Post reviewed] show" (not "The letter that [she] wrote", where the cue is the relative's verb)."""
    return b - 1 > a and _predicate_word(s, b - 1)


def _opens_a_subject(s: Sentence, a: int) -> bool:
    """Whether the word at ``a`` opens a noun phrase of its own: a pronoun, a name or a determiner
    (False past the sentence's end: "0% is told")."""
    return a < s.hi and (s.L[a] in SUBJECT_PRONOUNS or initial_upper(s.T[a]) or "determiner" in classes(s.L[a]))


def _clause_subject_at(s: Sentence, a: int) -> bool:
    """Whether the word at ``a``, after a "that", opens a clause's subject rather than going on
    with a relative ("being briefed on the topics that will come up"): what :func:`_opens_a_subject`
    takes, or "it", "there" or a count ("told on Monday that it was shut", "told at a meeting that
    40 posts would go"), or a bare plural with a preposition or an auxiliary after it ("warned on
    Thursday that queues at the port could")."""
    return _opens_a_subject(s, a) or a < s.hi and (
        s.L[a] in ("it", "there") or s.T[a][0].isdigit() or s.L[a] in CARDINALS or _bare_plural_subject(s, a)
    )


def _bare_plural_subject(s: Sentence, a: int) -> bool:
    """Whether a bare plural noun at ``a`` opens a clause, as a preposition or an auxiliary after
    it shows ("queues at the port", "costs would rise"; not "the topics that will come up")."""
    low = s.L[a]
    return (
        a + 1 < s.hi and s.T[a].isalpha() and initial_lower(s.T[a]) and low.endswith("s") and not low.endswith("ss")
        and not classes(low) and (s.L[a + 1] in PREPOSITIONS or "auxiliary" in classes(s.L[a + 1]))
    )


_ORIGIN: Final = frozenset(("of", "from"))


def relative(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "Barkley, who said", "voters who say": the source is the relative pronoun, standing for
    the phrase before it (PolNeAR marks the pronoun; the type comes from what it stands for)."""
    k = j - 1
    if k >= s.first and (s.T[k] == "," or is_dash(s, k)):
        k -= 1  # "Barkley, who said", "the sign — which read"
    if k - 2 >= s.first and age_figure(s.T[k]) and s.T[k - 1] == "," and initial_upper(s.T[k - 2]):
        k -= 2  # "a complaint from Edna Crewe, 88, who said": the pronoun stands for the name, not the age
    if k < s.first:
        return
    if s.L[k] == "those" and s.L[j] == "who":
        # "Among those who said", "Those who said": the people meant, whom no phrase names
        phrase = PhraseKind("unnamed_group", False, k, "those")
        content = _within_opening_phrase(s, k, content_after(s, cue_end, form))
        s.found.append(Found(cue, make_span(s.S[j], s.E[j]), content, form.kind, phrase, s.index, i, s.span_of(k, k + 1)))
        return
    a, b = phrase_left(s, k, s.first)
    if a >= b:
        return
    top = b - 2
    if s.L[j] != "who":
        for x in range(b - 2, a, -1):
            if s.L[x] == "from":
                if classify_phrase(s.T, s.L, a, x, s.first).source_type == "document":
                    top = x - 1  # "a text from her mother that read": the text says it, not the mother
                break
    for x in range(top, a - 1, -1):
        if s.L[x] in _ORIGIN and x > a and initial_upper(s.T[x - 1]) and is_place(s.T, s.L, x + 1, b):
            continue  # "Senator Bernie Sanders of Vermont, who": where the person is from
        if s.L[x] in PREPOSITIONS and (not initial_lower(s.T[x + 1]) or runs_into_name(s, x + 1)) or s.L[x] in DETERMINERS and x > a:
            # the nearest noun phrase: "drew fire from [Charles Barkley], who", "raised by
            # [moderator Lester Holt], who"
            if s.L[x] in PREPOSITIONS:
                x += 1
            a = x
            break
        if s.L[x] == "of" and x > a and s.L[x - 1] not in NOUNS and s.L[b - 1] in NOUNS:
            a = x + 1  # "in the face of [polling] that documented": a source after a word that is none
            break
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    if not phrase.named and phrase.head_lemma in SPEECHLESS_ANIMALS:
        return  # "Shadow, a black cat who refused to leave the reception desk": an animal's deed, nobody's words
    if phrase.source_type == "unnamed_individual" and a - 2 >= s.first and s.T[a - 1] == ",":
        # "Donald Trump, the presumptive nominee, who": the description is the name's apposition,
        # and the pronoun stands for the person it describes
        c, d = phrase_left(s, a - 2, s.first)
        n = d
        while n > c and (initial_upper(s.T[n - 1]) or n - 1 > c and (s.T[n - 1] == "." or s.L[n - 1] == "of")):
            n -= 1  # the name only: "met [Donald Trump], the nominee, who", "[Gov. John Kasich of Ohio]"
        while n < d and s.L[n] == "of":
            n += 1
        if n < d:
            c = n
            named = classify_phrase(s.T, s.L, c, d, s.first)
            if named.source_type == "named_person":
                a, b, phrase = c, d, named
    if form.kind == "cognition" and phrase.source_type == "self":
        return
    if (
        s.L[j] != "who" and phrase.source_type in ("unnamed_individual", "unnamed_group")
        and phrase.head_lemma not in NOUNS and quotation_follows(s.T, cue_end + 1, s.hi)
    ):
        # "a campaign hat that says “...”", "a wall which said “...”": a thing that carries words
        # is a text; people take "who" (or "that" with a noun for people: "a man that said")
        phrase = PhraseKind("document", False, phrase.head, phrase.head_lemma)
    if s.L[j] == "which" and phrase.source_type == "named_person" and not form.noun and form.lemma not in _NOT_A_BODY and unmarked_name(
        s.T, s.L, a, b
    ) and not _says_a_lot(s, cue_end + 1):
        # "a website called PropOrNot, which said": a person is "who", so a name with no given
        # name or title that takes "which" is a body (but "met Biden, which shows" and "which
        # says a lot": the meeting; "asked Rubio which states": a question)
        phrase = PhraseKind("named_organization", True, phrase.head, phrase.head_lemma)
    if s.L[j] == "which" and phrase.source_type not in ("document", "named_organization", "unnamed_group"):
        return  # "..., which indicates": a fact or an event, not a source
    content = _within_opening_phrase(s, a, content_after(s, cue_end, form))
    if (
        (phrase.source_type == "document" or record_noun(phrase.head_lemma)) and not phrase.named and s.L[j] != "who"
        and form.lemma not in _NOT_A_BODY
    ):
        issuer = _issuer(s, a)
        if issuer is not None:
            # "The PAC launched an ad that attacked": as with "released a statement saying", the
            # issuer speaks through what it issued (but "released a video that shows": evidence
            # is the record's own)
            ia, ib, iphrase = issuer
            s.add(cue, ia, ib, content, form.kind, iphrase, i)
            return
    if content is not None and j - 1 >= s.first and s.T[j - 1] == ",":
        # set off by commas, the relative ends where the sentence's own verb follows a comma:
        # "Smith, who says he is a doctor, was fired" (what he says is "he is a doctor")
        content = _content_to_comma(s, content, True)
    s.found.append(Found(cue, make_span(s.S[j], s.E[j]), content, form.kind, phrase, s.index, i, s.span_of(a, b)))


def _predicate_word(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` reads as a finite verb: an auxiliary ("was", "has", "will"), an
    irregular past ("said", "went") or a past in -ed that is nothing else."""
    t, low = s.T[k], s.L[k]
    if not (t.isalpha() and t.islower()):
        return False
    c = CLASSES.get(low)
    if c is not None:
        return "auxiliary" in c and low not in ("be", "been", "being", "have", "having")
    return low in PAST_VERBS or low.endswith("ed") and low not in NOUNS


# what a fact, an event or a text, not a body, does in a relative "which": "met Biden, which
# shows", "an exit in Corona, which read"
_NOT_A_BODY: Final = frozenset(
    "show find prove suggest indicate mean reveal confirm demonstrate reflect signal underscore underline highlight explain read".split()
)
_HOW_MUCH: Final = frozenset("much something nothing volumes little everything plenty lots".split())


def _says_a_lot(s: Sentence, k: int) -> bool:
    """Whether what follows the cue at ``k`` is how much a fact reveals: "says a lot", "said nothing"."""
    return k < s.hi and (s.L[k] in _HOW_MUCH or s.L[k] == "a" and k + 1 < s.hi and s.L[k + 1] in ("lot", "great"))


_OPENING_REACH: Final = 30  # tokens of an opening phrase, and of the relative clause inside it


def _within_opening_phrase(s: Sentence, a: int, content: Span | None) -> Span | None:
    """A relative clause on a phrase that opens the sentence with a preposition ends at the comma
    that closes the phrase: "Among those who said they cared most about honesty, most backed
    Sanders" (what they said is "they cared most about honesty"), also after an adverb: "Even in
    the face of polling that documented Mr. Trump's appeal, they doubted"."""
    if content is None:
        return content
    opening = s.first + 1 if s.first + 1 < a and "adverb" in classes(s.L[s.first]) else s.first
    if "preposition" not in classes(s.L[opening]) or a <= opening or a - s.first > _OPENING_REACH:
        return content
    for x in range(s.first, a):
        if s.T[x] in ",;:" or s.T[x] in DOUBLE_QUOTES:
            return content  # the opening phrase closed before the relative's antecedent
    return _content_to_comma(s, content, False)


def _content_to_comma(s: Sentence, content: Span, before_verb: bool) -> Span:
    """``content`` up to its first comma within ``_OPENING_REACH`` tokens that closes a relative
    clause: any comma, or (``before_verb``) one followed by a finite verb."""
    start = bisect_left(s.S, content.start, s.lo, s.hi)
    for x in range(start, min(s.hi, start + _OPENING_REACH)):
        if s.S[x] >= content.end:
            break
        if s.T[x] == "," and (not before_verb or x + 1 < s.hi and _predicate_word(s, x + 1)):
            return strip_span(s.text, content.start, s.S[x]) or content
    return content


_AS_CLAUSE_TOKENS: Final = 5  # from the name's comma to the cue: ", as this paper revealed"


def leading_name(s: Sentence, i: int) -> tuple[int, int, PhraseKind] | None:
    """A name that opens the sentence and is followed by one comma and a description before the cue.

    "Name, description said" with no second comma: news copy drops it often enough to matter.
    """
    T, L = s.T, s.L
    first = s.first
    if L[first] in OPENING_CONJUNCTIONS and first + 2 < i and T[first + 2] == ",":
        first += 1  # "But Gordon, Georgetown expert said": the name after the conjunction
    c = first
    while c < i and c - first <= 5 and T[c] != ",":
        c += 1
    if c >= i or T[c] != "," or c == first or i - c < 2 or i - c > 25:
        return None  # a description longer than 25 words is not one the writer forgot to close
    if L[i - 1] in SUBJECT_PRONOUNS:
        return None  # "Kaepernick, who began the protest in what he said was": the pronoun's own clause
    if L[c + 1] == "as" and i - c <= _AS_CLAUSE_TOKENS:
        return None  # "The Cowboys, as this paper revealed on Saturday, have held talks": the clause's own source
    if i - 2 > c and _people_after_which(s, i - 2):
        return None  # "Tolliver, who police say ran the network": the people say it of him
    if parenthesis_after_hearer(s, i, i):
        return None  # "Burglars, one former offender told BBC Radio, “look for ...”": the cue is a parenthesis
    inner = 0
    for x in range(c + 1, i):
        if T[x] == "," and inner == 0 and x - 1 > c and initial_upper(T[x - 1]) and L[x + 1] in _INNER_OPENERS and all(
            initial_lower(T[y]) for y in range(x + 1, i)
        ):
            # "..., an expert who leads Chai Consulting, a consulting firm said": a common noun's
            # apposition to the name before it, or a relative clause on it ("..., who leads the
            # Foundation, which buys land said"; not "..., in May, the Daily Ledger reported")
            inner = x
            continue
        if T[x] in ",;:()" or T[x] in DOUBLE_QUOTES:
            return None
    phrase = opening_name(s, first, c, True)
    if phrase is None:
        return None
    nt, nl = T[c + 1], L[c + 1]
    if i - c < 3 and not initial_upper(nt):
        return None
    if not (
        nl in ("who", "a", "an", "the")
        or "title" in classes(nl)
        or nt[0].isalnum() and not initial_upper(nt) and nl not in SUBJECT_PRONOUNS and nl not in SUBORDINATORS
        or _one_person(s, c + 1, i)
    ) or group_after_comma(s, c, i):  # ("Clinton, though she praised": a clause of its own)
        return None
    return first, c, phrase


# what opens a description or a clause of the name that ends a description ("..., a consulting
# firm", "..., which buys land")
_INNER_OPENERS: Final = frozenset(("a", "an", "the", "which", "who"))
# the longest description read between a name that opens the sentence and the comma before its cue
_LONG_DESCRIPTION: Final = 60
# the longest quoted title inside such a description ('a contestant on “The Apprentice,”')
_QUOTED_TITLE: Final = 6
_DESCRIPTION_STARTS: Final = frozenset(("a", "an", "the", "who", "whose", "one"))


_OPENING_CIRCUMSTANCE: Final = 7  # words of "In an interview," before a described name


def described_opening_name(s: Sentence, i: int, j: int) -> tuple[int, int, PhraseKind] | None:
    """The name that opens the sentence when a description of any length, commas and short quoted
    titles included, runs from the comma after it to the comma before the cue (``T[j]``).

    "Rich Heffley, a top GOP operative who played a major role in McCain's win and is now running
    Bush's early-vote efforts in the state, said": :func:`apposition` reads back only to the
    nearest comma, and a long description has its own commas or runs past that reach.  The name
    must be a named person or organisation, and the description must open as one does (a
    determiner, "who", a title or a lower-case noun), so "Trump, meanwhile, was making a pitch,
    refusing" is not read as one.  A party label in brackets may stand for the description:
    "Sen. Jack Reed (D-R.I.), said".
    """
    T, L = s.T, s.L
    first = s.first
    if L[first] in OPENING_CONJUNCTIONS and first + 2 < j:
        first += 1  # "But Heffley, a top operative ..., said"
    if L[first] in PREPOSITIONS and initial_upper(T[first]):
        # "In an interview, Steve Huhn, a former HP vice president, said": after the circumstance
        for x in range(first + 1, min(j, first + _OPENING_CIRCUMSTANCE)):
            if T[x] == ",":
                first = x + 1
                break
    c = first
    while c < j and c - first <= 8 and T[c] != ",":
        c += 1
    if T[c] != "," or c == first or j - c > _LONG_DESCRIPTION:
        return None
    b = c
    if T[c - 1] == ")":  # "Sen. Jack Reed (D-R.I.),": the label is not part of the name
        b = _bracket_before(T, c, first)
        if b < 0:
            return None
    elif c == j:
        return None  # "Kerry, said": no description between
    phrase = opening_name(s, first, b, True)
    if phrase is None:
        return None
    if c + 1 < j and (_named_description(s, phrase) or _named_office(s, first, b, phrase)) and _only_a_name(s, c + 1, j):
        return None  # "The Minister of Women Affairs, Dr Ngozi Afolabi, said": the name fills the office (see apposition)
    if c < j:
        nt, nl = T[c + 1], L[c + 1]
        if not (
            nl in _DESCRIPTION_STARTS
            or "title" in classes(nl)
            or age_figure(nt)  # an age: "Maria Lopez, 54, of Boston,"
            or nt[0].isalpha() and initial_lower(nt) and not classes(nl) and nl not in FORMS and not is_adverbish(s, c + 1)
        ):
            return None
        opened = -1
        for x in range(c + 1, j):
            t = T[x]
            if t in ";:" or t in TERMINATORS:
                return None
            if t in DOUBLE_QUOTES:
                if opened < 0:
                    opened = x
                elif x - opened > _QUOTED_TITLE + 1:
                    return None  # a quotation, not a title: speech inside the description
                else:
                    opened = -1
        if opened >= 0:
            return None
        pair = _second_of_a_pair(s, c + 1, j)
        if pair > 0:
            return first, pair, phrase  # "Smith, a lawyer, and Jones, a teacher, said": both speak
    return first, b, phrase


def _second_of_a_pair(s: Sentence, c: int, j: int) -> int:
    """The end of a second name joined by ", and" inside the description that runs from ``c`` to
    the comma at ``j`` ("a lawyer, and Jones, a teacher"), or -1: two described people speak
    together, and the description of the second is no part of the source."""
    T, L = s.T, s.L
    for x in range(c + 1, j - 1):
        if T[x] == "," and L[x + 1] == "and":
            y = x + 2
            while y < j and T[y] != ",":
                y += 1
            second = classify_phrase(T, L, x + 2, y, s.first) if x + 2 < y else None
            return y if second is not None and second.named and second.source_type == "named_person" else -1
    return -1


def described_pair_start(s: Sentence, a: int) -> int:
    """The start of the described name that opens the sentence and is joined by ", and" to the
    phrase at ``a`` ("Smith, a lawyer, and [Jones] said"), or -1."""
    if a - 2 <= s.first or s.L[a - 1] != "and" or s.T[a - 2] != ",":
        return -1
    described = described_opening_name(s, a - 1, a - 2)
    return -1 if described is None else described[0]


def _one_person(s: Sentence, a: int, b: int) -> bool:
    """ "Georgetown expert", "Apple spokesman": a short description of one person, without a
    determiner, between a name and its cue."""
    if b - a > 4 or not all(s.T[x][0].isalnum() for x in range(a, b)):
        return False
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    return phrase.source_type == "unnamed_individual" and s.L[phrase.head] in NOUNS




# verbs that news style inverts after a quotation or a comma ("..., said Kakar")
_INVERTING: Final = content_words("inverting_verb")
# verbs that also take an object ("pledged $5 million", "urged a strong stand", "warned Israel"),
# so they are inverted only right after a quotation: '“We will fight,” vowed Maria Lopez'
_INVERTING_AFTER_QUOTE: Final = content_words("inverting_after_quote")
_INVERTED_STARTS: Final = frozenset("the a an one another two three several some".split())
_PARTICLES: Final = frozenset("out up off back down".split())
_RELATIVE_AFTER_DESCRIBED: Final = frozenset(("that", "which", "whose", "where"))
# what opens a description of the speaker after an inverted source besides an -ing participle
_DESCRIBING_PARTICIPLES: Final = frozenset("granted given authorized authorised allowed permitted not".split())


# a described source runs on past these: "said a person close to the Clintons"
_POST_HEAD: Final = frozenset("to of for at with from close familiar involved in known identified".split())
CIRCUMSTANCE_PREPOSITIONS: Final = frozenset("at in on during with".split())
_CLAUSE_CLOSERS: Final = frozenset(".,;!?")
_MEANS_PREPOSITIONS: Final = frozenset("by via over".split())  # "by phone", "via email", "over the phone"


def _after_quotation(s: Sentence, i: int) -> bool:
    """Whether the cue at ``i`` follows a closed quotation: '“...,” said' or '“...” said'."""
    before = strip_span(s.text, s.span.start, s.S[i])
    return before is not None and _closed_quotation(s, before)


def after_quoted_words(s: Sentence, i: int) -> bool:
    """Whether the word at ``i`` follows a quotation closed with a comma, "!" or "?" ('“...,” boasted')."""
    T = s.T
    return i - 2 >= s.first and T[i - 1] in CLOSING_QUOTES and T[i - 2] in ",!?"


def _closing_name_after_statement(s: Sentence, i: int, cue_end: int) -> bool:
    """Whether a verb that also takes an object ("warned", "urged") is inverted after an unquoted
    statement: a comma closes a clause with a finite verb, and a capitalised name and what it
    belongs to close the sentence ("The strike is likely to spread, warned Nadia Haddad of the
    Teachers' Alliance."), not an object before more of the clause ("..., warned Israel to stop")."""
    T, L = s.T, s.L
    first, n = s.first, s.hi
    if i - 2 <= first or T[i - 1] != "," or cue_end + 1 >= n or not initial_upper(T[cue_end + 1]) or not T[cue_end + 1].isalpha():
        return False
    if not any(L[x] in AUXILIARIES or L[x] in PAST_VERBS for x in range(first, i - 1)):
        return False  # no clause before the comma: "Smith, warned John Jones" lists names
    last = n - 1
    if T[last] not in TERMINATORS:
        return False
    for x in range(cue_end + 1, last):
        if T[x] in (",", ";", ":") or initial_lower(T[x]) and T[x].isalpha() and L[x] not in _NAME_JOINERS:
            return False
    return True


# lower-case words inside a name and what it belongs to: "Nadia Haddad of the Teachers' Alliance"
_NAME_JOINERS: Final = frozenset("of the for and at de van von al bin da".split())


def _after_quoted_statement(s: Sentence, i: int) -> bool:
    """Whether the cue at ``i`` follows a quotation that opens the sentence and that a comma, "!"
    or "?" closes ('“...,” testified Smith'): a statement, not a quoted title ('"Selma" depicts')
    nor a quotation inside a clause whose next verb has its own object ('He called it “a hoax,”
    criticized the press')."""
    before = strip_span(s.text, s.span.start, s.S[i])
    text = s.text
    return (
        before is not None and text[before.start] in OPENING_DOUBLE_QUOTES and _closed_quotation(s, before)
        and text[before.end - 2] in ",!?"
    )


def _closed_quotation(s: Sentence, span: Span) -> bool:
    """Whether ``span`` ends with a quotation mark that closes a quotation opened inside it."""
    text = s.text
    last = text[span.end - 1]
    if last not in CLOSING_QUOTES:
        return False
    # a straight mark both opens and closes: it closes only when another one opened before it
    return last not in "\"'" or text.count(last, span.start, span.end) >= 2


OPENING_DOUBLE_QUOTES: Final = frozenset('"“„«')


def quotation_follows(T: list[str], k: int, n: int, single: bool = False) -> bool:
    """Whether a quotation opens at token k, or right after a comma or a colon there; with
    ``single``, one in single marks before a capital counts too ("reads, 'These bins are ...'")."""
    if k < n and T[k] in ",:":
        k += 1
    return k < n and (
        T[k] in OPENING_DOUBLE_QUOTES or single and T[k] in _SINGLE_OPENING_MARKS and k + 1 < n and initial_upper(T[k + 1])
    )


_SINGLE_OPENING_MARKS: Final = frozenset(("'", "‘"))


def _opens_quote(token: str) -> bool:
    return token in DOUBLE_QUOTES or token in ("'", "‘")


def inversion(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm) -> bool:
    T, L = s.T, s.L
    n = s.hi
    if form.lemma not in _INVERTING and not (
        form.lemma in _INVERTING_AFTER_QUOTE and (_after_quotation(s, i) or _closing_name_after_statement(s, i, cue_end))
        or form.kind == "speech" and _after_quoted_statement(s, i)
    ):
        return False
    if cue_end + 1 < n and L[cue_end + 1] in _PARTICLES:
        return False  # "Tweeted out Trump's praise": a particle, then the object
    if i == s.first and L[i] == form.lemma:
        return False  # "Ask the Expert: How Do I Choose a Kennel?": a bare verb first bids, no one inverted
    a, b = phrase_right(s, cue_end + 1)
    counted = _counted_after(s, cue_end + 1)
    if counted is not None:
        a, b = counted  # "..., said at least two officials", "said more than a dozen residents"
    if a >= b or a != cue_end + 1 and L[cue_end + 1] not in _INVERTED_STARTS:
        return False
    if counted is None and b < n and T[b] == ",":
        b = name_list_end(T, L, s.first, a, b, n)  # '“...,” said Smith, Jones and Brown.': all three
    if L[a] in DAY_WORDS or L[a] in DATE_NAMES and a + 1 < n and T[a + 1][0].isdigit():
        # "..., Jane Roe, a historian, said Tuesday.": when it was said ("said May" may be Theresa May)
        return False
    # (a bare plural for people is described as "the officials" is: "said officials in the region",
    # "said sources close to Smith")
    described = counted is not None or L[cue_end + 1] in _INVERTED_STARTS or initial_lower(T[a]) and any(people_plural(L[x]) for x in range(a, b))
    for k in range(a + 1, b):
        if L[k] in RELATIVE_WORDS:
            break  # ("said a man who arrived later": his arrival's time)
        if _said_when(s, k):
            b = k  # '“...,” said Smith soon after the vote': when it was said, after the speaker
            break
    if initial_upper(T[a]):
        for k in range(a + 1, b):
            if (L[k] in _POST_HEAD or L[k] in _MEANS_PREPOSITIONS) and _circumstance_after_name(s, k):
                b = k  # '“...,” said Smith with a smile': how it was said
                break
    if described and b + 1 < n and L[b].endswith("ly") and L[b + 1] in _POST_HEAD:
        b += 1  # "said a former official deeply familiar with", "closely involved in"
    if b < n and (L[b] in _POST_HEAD or L[b] in _ISSUING and described) and (
        described or initial_upper(T[a]) and not _circumstance_after_name(s, b)
    ) and not (L[b] == "to" and a_hearer(s, b + 1)):  # "said the official to reporters"
        m = b
        relative = False
        while m < n and m - a < MAX_PHRASE and (T[m] not in ",;:—–" or T[m] == "," and number_comma(s, m)) and T[m] not in DOUBLE_QUOTES and not (
            # the last dot ends the sentence ("... by the ISPR."), unless it ends initials ("the U.S.")
            T[m] in TERMINATORS and (m == n - 1 and "." not in T[m - 1] or not abbrev_dot(s, m))
        ):
            # "..., said the fee of £1,200 a season would drive him off": a clause with its own verb
            # is what was said, not who said it (but "the head of a group that has campaigned")
            relative = relative or L[m] in RELATIVE_WORDS
            if not relative and (L[m] in AUXILIARIES or L[m] in MODALS):
                return False
            if described and not relative and _said_in_a_record(s, m):
                break  # '“...,” said the spokesman for the council in a brief statement': how it was said
            m += 1
        if m - a < MAX_PHRASE:
            b = before_a_venue(s, a, m, True)  # ("said a nurse at a press conference": where she said it)
    if b < n and L[b] not in _AFTER_INVERSION and T[b] not in _AFTER_INVERSION and not (
        described and L[b] in _RELATIVE_AFTER_DESCRIBED and _after_quotation(s, i)
    ) and not (
        # '“...,” said the man quietly.': a manner adverb closes the clause
        L[b].endswith("ly") and len(L[b]) > 4 and initial_lower(T[b]) and b + 1 < n and T[b + 1] in _CLAUSE_CLOSERS
    ) and not _said_when(s, b) and not (
        # '“...,” said an aide speaking on condition of anonymity', 'said an official not
        # authorized to speak', 'wrote a man calling himself Paul', 'said one of the protesters
        # chained to the oak', 'reads a card stuck to the window': a participle describes him
        (L[b] in _DESCRIBING_PARTICIPLES or L[b].endswith("ing") and initial_lower(T[b]) or (
            (L[b].endswith("ed") or L[b] in PARTICIPLES) and initial_lower(T[b]) and b + 1 < n and "preposition" in classes(L[b + 1])
        )) and _after_quotation(s, i)
    ) and not (
        # "said Smith to reporters", "said the official to the crowd": the hearer (but "reported it
        # to the F.B.I.": an object)
        L[b] == "to" and not is_pronoun(L[a]) and (initial_upper(T[a]) or a_hearer(s, b + 1))
    ):
        return False  # but '"...," said a man that sells shoes' ("said Tuesday that" is not inverted)
    phrase = classify_phrase(T, L, a, b, s.first)
    if (not phrase.named or _named_description(s, phrase)) and b + 1 < n and T[b] == ",":
        # "said the study's lead author, Dr. Yong Zhao, an associate scientist", "vowed Sow's
        # running mate, Aminata Diallo": the name
        c, d = phrase_right(s, b + 1)
        if c == b + 1 and c < d and (d >= n or T[d] in ",." or T[d] in TERMINATORS):
            inner = classify_phrase(T, L, c, d, s.first)
            if inner.named and inner.source_type == "named_person":
                a, b, phrase = c, d, inner
    if phrase.source_type.startswith("pron") and L[a] not in ("he", "she", "they", "it"):
        return False
    hl = L[phrase.head]
    if not (
        phrase.named or phrase.source_type.startswith("pron") or hl in NOUNS or hl == "others"  # "said Doyle and others"
        or initial_upper(T[phrase.head]) or described and (_after_quotation(s, i) or hl.endswith("-old") or _people_counted_after(s, phrase.head, b))
    ):
        # (after a plain clause, a described speaker needs a noun for a source or an "of" after
        # its head, "said a handful of Democrats": "The vet scanned the chip, noted the number on
        # the form" is one more thing the vet did)
        return False
    text = s.text
    before = strip_span(text, s.span.start, s.S[i])
    # "..., says Tucker, is bigger ...": the statement runs on after the inverted source
    after_start = s.E[b] if b < n and T[b] == "," else None
    if after_start is not None and before is not None and b + 1 < n and (
        _closed_quotation(s, before) and not _opens_quote(T[b + 1]) or _describes_speaker(s, b + 1)
    ):
        s.described = make_span(s.E[b], s.span.end)
        after_start = None  # '"It is a disgrace," said Jane Smith, a resident': the rest describes her
    elif after_start is not None and b + 1 < n and L[b + 1].endswith("ing") and initial_lower(T[b + 1]) and L[b + 1] != "including":
        after_start = None  # "The ward was closed, said Smith, adding that ...": the next clause is his own
    if after_start is not None and before is not None and strip_span(text, after_start, s.span.end):
        content = strip_span(text, s.span.start, s.span.end)
    elif before is None and after_start is not None:
        content = strip_span(text, after_start, s.span.end)
    else:
        content = before
    s.add(cue, a, b, content, form.kind, phrase, i)
    return True


def _counted_after(s: Sentence, k: int) -> tuple[int, int] | None:
    """The phrase at ``k`` when it is a count led by words that say how exact it is ("at least two
    officials", "more than a dozen residents"), as [a, b), or None."""
    if k >= s.hi or s.L[k] not in COUNT_LEAD_OPENERS:
        return None
    for c in range(k + 1, min(s.hi, k + 4)):
        a, b = phrase_right(s, c)
        if a == c < b and count_lead(s, a, b, k) == k:
            return k, b
    return None


def _said_when(s: Sentence, k: int) -> bool:
    """Whether the lower-case word at ``k``, after an inverted speaker, says when it was said:
    '“...,” said Smith later', 'tweeted Mindlock Escapes shortly after midnight', 'said the
    coach soon afterwards' (a word for "soon" needs the "after" or "before" it measures)."""
    T, L = s.T, s.L
    if not (T[k].isalpha() and initial_lower(T[k])):
        return False
    if L[k] in _SAID_AT_A_TIME:
        return True
    if L[k] in _NEAR_TIME and k + 1 < s.hi and (L[k + 1] in _NEAR_TIME_NOUNS or L[k + 1] in DATE_NAMES):
        return True  # "said Smith last week", "said Smith this morning", "said Smith last Tuesday"
    return L[k] in _HOW_SOON and k + 1 < s.hi and L[k + 1] in _BEFORE_OR_AFTER


_NEAR_TIME: Final = frozenset(("last", "this"))
_NEAR_TIME_NOUNS: Final = (TIME_NOUNS - {"day", "time"}) | frozenset(("spring", "summer", "autumn", "winter"))
_SAID_AT_A_TIME: Final = frozenset(("later", "afterwards", "afterward", "earlier", "beforehand", "yesterday", "today", "tonight"))
_HOW_SOON: Final = frozenset(("shortly", "soon", "just", "immediately", "moments", "minutes", "hours", "days", "weeks", "right", "long"))
_BEFORE_OR_AFTER: Final = frozenset(("after", "before", "afterwards", "afterward", "later", "ago", "beforehand"))


def _opening_participle(s: Sentence, k: int, b: int) -> bool:
    """Whether the phrase ``[k, b)`` opens with a participle in "-ing" or a verb's form and goes
    on in lower case: "Speaking to reporters", "Asked about the race", "Writing in the Times"
    (not a name: "Fleming", "Browning Ross")."""
    return b - k > 1 and initial_lower(s.T[k + 1]) and (s.L[k].endswith("ing") or s.L[k] in FORMS)


def _people_counted_after(s: Sentence, head: int, b: int) -> bool:
    """Whether "of" follows the ``head`` of a phrase that ends at ``b``, and then people or a name:
    "a handful of Democrats", "a number of analysts" (not "a host of new songs")."""
    return head + 1 < b and s.L[head + 1] == "of" and any(
        s.L[x] in NOUNS or initial_upper(s.T[x]) for x in range(head + 2, b)
    )


# what words are said in, after "in" or "during" ("in a statement", "during a call with reporters")
_SAID_IN: Final = frozenset("statement statements interview email e-mail letter tweet post release briefing speech call podcast".split())


def _said_in_a_record(s: Sentence, k: int) -> bool:
    """Whether "in" or "during" at ``k`` opens what the words were said in: a determiner, up to two
    lower-case words, then a statement, an interview or a call ("in a brief statement")."""
    L = s.L
    if L[k] not in ("in", "during") or k + 2 >= s.hi or "determiner" not in classes(L[k + 1]):
        return False
    for x in range(k + 2, min(s.hi, k + 5)):
        if L[x] in _SAID_IN:
            return True
        if not (s.T[x].isalpha() and initial_lower(s.T[x])):
            return False
    return False


def _circumstance_after_name(s: Sentence, k: int) -> bool:
    """Whether the preposition at ``k``, right after an inverted name, opens where or when it was
    said ("said Trump at a rally in Ohio", "at one of his rallies", "during the debate", "with a
    smile", "by phone") rather than who the speaker is ("said Jane Doe at Stanford University",
    "said Smith of the ACLU", "with the ACLU")."""
    L = s.L
    if L[k] in _MEANS_PREPOSITIONS and k + 1 < s.hi and initial_lower(s.T[k + 1]):
        return True  # "said Smith by phone", "said Smith over the phone"
    if L[k] == "to" and k + 1 < s.hi:
        return True  # "said Smith to reporters", "commented Miley Cyrus to the Rolling Stone": the hearer
    if L[k] not in CIRCUMSTANCE_PREPOSITIONS or k + 2 >= s.hi:
        return False
    det = L[k + 1]
    if det == "one" and L[k + 2] == "of":
        return True
    return det in DETERMINERS and initial_lower(s.T[k + 2])


# who hears a statement rather than whom a speaker serves: "said the official to reporters" (but
# "said an adviser to the president")
_HEARERS: Final = frozenset(
    "reporters journalists press crowd crowds audience audiences supporters listeners viewers me us him her them".split()
)


def a_hearer(s: Sentence, k: int) -> bool:
    """Whether the words at ``k``, after "to", name who heard it ("to reporters", "to the crowd")."""
    if k < s.hi and s.L[k] in ("the", "a", "his", "her", "their") and k + 1 < s.hi:
        k += 1
    return k < s.hi and s.L[k] in _HEARERS


def _describes_speaker(s: Sentence, k: int) -> bool:
    """Whether token ``k``, after the comma that follows an inverted speaker, opens a description
    of the speaker ("It was late, said Kessel, whose group ...", "..., said Smith, the bank's
    economist") rather than the rest of the statement ("The plan, says Tucker, is bigger")."""
    low = s.L[k]
    return low in _DESCRIPTION_STARTS or initial_lower(s.T[k]) and low in NOUNS  # "said Smith, chief economist at"


def so_says(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm) -> bool:
    """ "So says a booming voice at the end of the film", "(or so writes Mr. Fleming)": the source
    follows the cue and what it says is the sentence before, so no content is given here."""
    T = s.T
    n = s.hi
    a, b = phrase_right(s, cue_end + 1)
    if b - 1 > a and T[b - 1] == ")":
        b -= 1  # "(or so writes Mr. Fleming)"
    if a != cue_end + 1 or a >= b or b < n and T[b] not in _AFTER_INVERSION and T[b] != ")" and s.L[b] not in _POST_HEAD:
        return False
    phrase = classify_phrase(T, s.L, a, b, s.first)
    if phrase.source_type.startswith("pron") or not (phrase.named or s.L[phrase.head] in NOUNS or s.L[a] in DETERMINERS):
        return False  # (the inversion itself says a noun phrase is the speaker: "So says a booming voice")
    if s.L[i] == form.lemma and not s.L[phrase.head].endswith("s"):
        return False  # "So expect the video to hit the Internet": a bare verb before one thing is a command
    s.add(cue, a, b, None, form.kind, phrase, i)
    return True


_OBJECT_RETRIES: Final = 3  # earlier commas an apposition's subject may be looked for before
_APPROXIMATING: Final = frozenset("about around over under above below".split())  # prepositions that also open a count


# prepositions that open a time or place set off after a subject ("A nurse, on Tuesday, said"),
# not a member of it ("Several candidates, including Trump, said")
_SET_OFF_TIMES: Final = CIRCUMSTANCE_PREPOSITIONS - {"with"}


def apposition(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> bool:
    """ "X, a Y, said" and "X, who ..., said": the source sits before the inserted phrase.

    Returns whether an attribution was recorded.
    """
    T, L = s.T, s.L
    first = s.first
    p = _comma_before(s, j - 1, j)
    if p > first and (located_comma(s, p) or listed_comma(s, p)):
        # "Trump, speaking at a rally in Charleston, West Virginia, did not mention": past the
        # place, when the sentence opens with the subject (and past a list of places: "A survey,
        # carried out in Bewdley, Stourport and Upton, found")
        q = _comma_before(s, p - 1, j)
        while q > first and T[q] == "," and listed_comma(s, q):
            q = _comma_before(s, q - 1, j)  # "in Leeds, York, Hull and Selby": back past every name
        if q - 2 > first and T[q] == "," and T[q - 2] == "," and age_figure(T[q - 1]):
            q -= 2  # "Rob Marsden, 61, who has explored sumps in Britain, France and Mexico, said": past the age
        if q > first and T[q] == "," and phrase_left(s, q - 1, first)[0] == first:
            p = q
    q = _members_listed_after(s, p, j)
    if q > 0:
        p = q  # "Business owners on Clement Street, among them a florist, two cafes and a butcher's, claimed"
    if p < first or T[p] != "," or p + 1 >= j:
        return False
    if p - 1 > first and L[p - 1] in ("and", "but"):
        # "He backed Paul in 2012 and, in later contests, has supported Cruz": a verb joined to
        # the clause before, past an inserted circumstance
        participle(s, i, cue_end, cue, form, p - 1)
        return True
    a, b = phrase_left(s, p - 1, first)
    for _ in range(_OBJECT_RETRIES):
        # "The site report, which was finally published in 2021, nearly four decades after the
        # excavation ended, says": a preposition's object ends a clause inside the insertion, so
        # the subject stands before an earlier comma
        if not (first < a < b and L[a - 1] in PREPOSITIONS and L[a - 1] not in _APPROXIMATING and initial_lower(T[a - 1])):
            break  # (but "about two-thirds, 67 percent, say": a count)
        q = _comma_before(s, p - 1, j)
        if q <= first or T[q] != ",":
            break
        p = q
        a, b = phrase_left(s, p - 1, first)
    while a < b and _lower_case_list_comma(s, p, j):
        # "Mohammed Rafiq, 58, who has been opening safes for banks, solicitors and house-clearance
        # firms for three decades, said": a comma inside a list of common nouns, in a relative
        # clause after the comma before it, is no subject's
        q = _comma_before(s, p - 1, j)
        if q <= first or T[q] != "," or not any(L[x] in _LIST_HOLDING_RELATIVES for x in range(q + 1, p)):
            break
        p = q
        a, b = phrase_left(s, p - 1, first)
    if a >= b:
        q = p - 1
        while q > first and p - q <= _PARTY_TAG_TOKENS and T[q] != ",":
            q -= 1
        if T[q] == "," and _party_tag(s, q + 1, p):
            a, b = q + 1, p  # "Sen. Marco Rubio, R-Fla., a member of ..., said": the tag's dot ends no sentence
    if b == a + 1 and a - 2 >= first and T[a - 1] == "," and age_figure(T[a]):
        a, b = phrase_left(s, a - 2, first)  # "Jane Roe, 35, a nurse, said": an age describes the name before it
    elif b == a + 1 and a - 3 >= first and T[a - 2] == "," and L[a - 1] in _AGE_LEADS and age_figure(T[a]):
        a, b = phrase_left(s, a - 3, first)  # "Former keeper Ian Tait, now 88, who ..., told"
    if a - 3 >= first and L[a - 1] == "whose" and T[a - 2] == ",":
        a, b = phrase_left(s, a - 3, first)  # "Denise Amis, whose husband Keith, 82, waited ..., said": the one whose he is
    opening = _subject_of_relative_naming_one_of_theirs(s, a, first)
    if opening is not None:
        # "Colin Marsh, who ... shares the business with his daughter, Leanne, a former police
        # driving instructor, believes": the daughter is named inside the relative clause
        a, b = opening
    if a > first:
        r = _relative_in_subject(s, p, first)
        if r > 0:
            # "A nurse who worked on the study, speaking on condition of anonymity, said": the
            # relative describes the subject that opens the sentence
            a, b = phrase_left(s, r - 1, first)
        else:
            r = contact_relative_start(s, p - 1)
            if r < 0 and a - 2 > first and L[a - 1] in PREPOSITIONS:
                r = contact_relative_start(s, a - 2)  # (past a preposition's object: "on Saturday")
            if r > first:
                # "Most of the traders we spoke to on Saturday, many of them ..., said": the traders
                a, b = phrase_left(s, r - 1, first)
    if a < b and a - 1 >= first and (L[a - 1] in PREPOSITIONS or L[a - 1] in SUBORDINATORS) and T[a].endswith("ing"):
        a = b  # "After winning Ohio, Gov. John Kasich (R-OH), said": a circumstance, not the subject
    ia, ib = trim(s, p + 1, j)
    outer = classify_phrase(T, L, a, b, first) if a < b else None
    # (a body's name may take "the": "A separatist group, the Baloch Raji Lashkar, said"; but a
    # place after a preposition is where the subject is: "Astronomers at the observatory, near
    # Swansea, estimated")
    capital = not _set_off_place(s, p + 1, ia) and not (
        L[p + 1] in _SET_OFF_TIMES and initial_lower(T[p + 1])  # "A nurse, on Tuesday, said": a time, no name
    ) and (
        initial_upper(T[ia]) or L[ia] == "the" and ia + 1 < ib and (
            initial_upper(T[ia + 1]) or _ends_in_described_name(s, ia, ib)  # "Her coach, the former champion Ines Mora, said"
        ) or _bare_described_name(s, ia, ib)
    ) if ia < ib else False
    if capital and (outer is None or not outer.named or _named_description(s, outer) or _named_office(s, a, b, outer)) and (
        _name_words_ok(s, ia, ib)
    ):
        inner = classify_phrase(T, L, ia, ib, first)
        titled = False
        if inner.source_type == "named_person" and outer is not None and names_a_body(outer.head_lemma) and not given_name_at(T, L, ia):
            # "The militant group, Jamaat-ul-Ahrar, said": the name of what the description calls a
            # body (but a given name makes a person: "The crane operator, Kwame Asante, admitted")
            inner = PhraseKind("named_organization", True, inner.head, inner.head_lemma)
        elif (
            inner.source_type == "named_person" and outer is not None and outer.source_type == "document" and not outer.named
            and record_noun(L[p - 1]) and (a == first or not T[a - 1][0].isalnum())
            and not any(L[x] in PREPOSITIONS for x in range(a, b))
        ):
            # "The report, Broken Promises, found": the title of what the description calls a record
            inner = PhraseKind("document", True, inner.head, inner.head_lemma)
            titled = True
        if inner.named and (inner.source_type == "named_person" or titled or inner.source_type == "named_organization" and ia == p + 1 and (
            # (a newsletter's own name is the paper's: "The society's newsletter, the Tynedale Bulletin, reported")
            not is_place(T, L, ia, ib) and (outer is None or outer.source_type != "document" or outer.head_lemma in PUBLICATIONS)
            and not _describes_the_last_name(s, outer, inner, a, b)
        )):
            # "the study's lead author, Dr. Yong Zhao, said", "One of them, UnitedHealth Group,
            # has threatened": the name is the source (a body's name only when it fills the
            # insertion: not "That letter, on Trump Organization letterhead,", nor a place, nor
            # the title of a text: "In his book, The Restless Wave,")
            content = content_after(s, cue_end, form)
            if content is None:
                content = strip_span(s.text, s.span.start, s.S[a if a < b else ia])
            s.add(cue, ia, ib, content, form.kind, inner, i)
            return True
    if a >= b:
        if p - 1 >= first and L[p - 1] in RELATIVES:
            relative(s, i, cue_end, cue, form, p - 1)  # "Stephens, who, after a row, said"
            return True
        return False
    if a - 1 > first and T[a - 1] == "," and outer is not None and (not outer.named or _party_tag(s, a, b)):
        # "Jane Roe, a historian at Yale, speaking on condition of anonymity, said": the first of
        # two inserted phrases describes the name that opens the sentence
        na, nb = phrase_left(s, a - 2, first)
        # (an opening participle is a circumstance, no name: "Speaking to reporters on Saturday,
        # the rider, who had led the race, said")
        # (or after an opening "But": "But Tom Fitton, the president of Judicial Watch, a
        # conservative group that has sued ..., said")
        if (na == first and not _opening_participle(s, na, nb) or _after_opening_phrase(s, na) or (
            na == first + 1 and L[first] in OPENING_CONJUNCTIONS
        )) and nb == a - 1:
            named = classify_phrase(T, L, na, nb, first)
            if named.named:
                a, b, outer = na, nb, named
    phrase = outer
    if owned_body_part(s, a, b) or phrase is not None and thing_acts(s, form, b, phrase, cue_end):
        # "His hands, cracked and raw after a winter on the round, told their own story", "The
        # speaking length of each string, from the bridge to the agraffe, determines its pitch"
        return True
    it, il = T[p + 1], L[p + 1]
    if not ("determiner" in classes(il) or il in ("who", "which") or not initial_upper(it) or (phrase is not None and phrase.named)) and not (
        _speaker_inserted(s, p, j)  # "The minister, Smith said, announced his resignation": the minister announced it
    ):
        return False
    if phrase is not None and phrase.named:
        pair = described_pair_start(s, a)
        if pair >= 0:
            a = pair  # "Gov. Chris Christie, a former prosecutor, and Gov. John Kasich, who ..., said": both speak
    marks = sum(1 for x in range(p + 1, j) if T[x] in DOUBLE_QUOTES)
    if marks and il not in RELATIVES:
        # a quotation between is speech, not an inserted description, unless each one quotes a
        # name or a title inside it ('wearing “Ted Cruz” pins,'; 'known as “Guccifer,”')
        hi = j + 2 if marks % 2 and j + 1 < s.hi and T[j + 1] in DOUBLE_QUOTES else j
        if not quoted_names_only(s, p + 1, hi):
            return False
    content = content_after(s, cue_end, form)
    if content is None:
        # ("... over us,'' as Mrs. Clinton, then the secretary of state, put it": not the "as")
        content = strip_span(s.text, s.span.start, s.S[a - 1 if a - 1 >= first and L[a - 1] == "as" else a])
    s.add(cue, a, b, content, form.kind, phrase, i)
    return True


def _speaker_inserted(s: Sentence, p: int, j: int) -> bool:
    """Whether the words between the commas at ``p`` and ``j`` are an attribution found already,
    its speaker right after ``p`` and its cue right before ``j``: "The minister, Smith said, ..."."""
    for f in s.found[-RECENT:]:
        if f.source is not None and f.source.start == s.S[p + 1] and f.cue.end == s.E[j - 1]:
            return True
    return False


def _subject_of_relative_naming_one_of_theirs(s: Sentence, a: int, first: int) -> tuple[int, int] | None:
    """The phrase that opens the sentence, as [a, b), when a relative clause set off after it
    with "who" sets off the name at ``a`` after an owner ("his", "her", "their", "its") and a
    noun for one person ("with his daughter, Leanne,"); or None."""
    T, L = s.T, s.L
    k = a - 2
    if not (k - 3 > first and T[a - 1] == "," and L[k - 1] in POSSESSIVE_PRONOUNS and initial_lower(T[k])):
        return None
    entry = NOUNS.get(L[k])
    if entry is None or entry.cls != "individual" or entry.plural:
        return None
    for r in range(k - 2, first + 1, -1):
        if L[r] == "who" and T[r - 1] == ",":
            ra, rb = phrase_left(s, r - 2, first)
            return (ra, rb) if ra == first and rb == r - 1 else None
        if T[r] in DOUBLE_QUOTES:
            return None
    return None


_LIST_HOLDING_RELATIVES: Final = frozenset(("who", "which", "whose"))
_LIST_ITEM_WORDS: Final = 3  # words of one item of a list of common nouns: "house-clearance firms"


def _lower_case_list_comma(s: Sentence, p: int, j: int) -> bool:
    """Whether the comma at ``p`` parts items of a list of lower-case words that "and" or "or"
    closes before ``j``: "banks, solicitors and house-clearance firms", "police, firefighters,
    and nurses"."""
    T, L = s.T, s.L
    if not (p - 1 >= s.first and T[p - 1].isalpha() and initial_lower(T[p - 1])):
        return False
    words = 0
    for x in range(p + 1, j):
        if L[x] in ("and", "or"):
            return (words > 0 or T[x - 1] == ",") and x + 1 < j and T[x + 1][0].isalpha() and initial_lower(T[x + 1])
        if T[x] == ",":
            words = 0
        elif T[x][0].isalpha() and initial_lower(T[x]) and words < _LIST_ITEM_WORDS and not (
            _predicate_word(s, x) or L[x].endswith("ly")
        ):
            words += 1  # (verbs are no items: "The filings, released and reviewed by ..., show")
        else:
            return False
    return False


def _relative_in_subject(s: Sentence, p: int, first: int) -> int:
    """The "who" (or "whose") of a relative clause that runs from the noun phrase opening the
    sentence to the comma at ``p`` ("A nurse who worked on the study,", "Parents whose children
    swim with the club,"), or its "that" or "which" before a finite verb ("The company that
    carried out the repairs,"), or -1."""
    T, L = s.T, s.L
    for r in range(first + 1, p):
        if not T[r][0].isalnum():
            return -1
        if L[r] == "who" or L[r] == "whose" or (L[r] == "that" or L[r] == "which") and r + 1 < p and _predicate_word(s, r + 1):
            ra, rb = phrase_left(s, r - 1, first)
            return r if ra == first and rb == r else -1
    return -1


def _describes_the_last_name(s: Sentence, outer: PhraseKind | None, inner: PhraseKind, a: int, b: int) -> bool:
    """Whether an inserted description ("the Cork-based carrier", its head a common noun) tells
    what the object of a preposition in the phrase before it is, not who the speaker is: "A
    spokesman for Bluebird, the Cork-based carrier, said" (the source is the spokesman; not
    "Its parent, the UN refugee agency, said")."""
    return outer is not None and _named_description(s, inner) and any(s.L[x] in PREPOSITIONS for x in range(a + 1, b))


def _named_description(s: Sentence, outer: PhraseKind) -> bool:
    """Whether a named phrase is a description whose name is only a modifier or a capitalised
    title: "The UN refugee agency", "The Home Secretary" (its head a common noun or a title)."""
    head = outer.head
    return s.T[head][0].isalpha() and (initial_lower(s.T[head]) or "title" in classes(s.L[head]))



def _named_office(s: Sentence, a: int, b: int, outer: PhraseKind) -> bool:
    """Whether a named phrase is an office that a name fills, one person's: "The Human Rights
    Commissioner" (its head a noun for one person), "The mayor of Sant’Elia", "The Governor of
    Lagos State" (a title or such a noun before "of").  The name set off after it is the source,
    unless the phrase joins two ("Eisenhower and his future secretary of State, John Foster Dulles,")."""
    if any(s.L[x] in ("and", "&") for x in range(a, b)):
        return False
    entry = NOUNS.get(s.L[outer.head])
    if entry is not None and entry.cls == "individual" and not entry.plural and initial_upper(s.T[outer.head]):
        return True
    for x in range(a + 1, b - 1):
        if s.L[x + 1] == "of" and person_word(s.L[x]):
            return True
    return False

def _ends_in_described_name(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b)`` ends in a name of two or more capitalised words that a lower-case word
    runs into: "the former doubles champion Ines Mora"."""
    k = b - 1
    while k > a and initial_upper(s.T[k]) and s.T[k][0].isalpha():
        k -= 1
    if b - 1 - k < 2 or k <= a:
        return False
    if _age_word(s.T[k]):
        return True  # "His founder, 29-year-old Kai Brennagh, said"
    if not initial_lower(s.T[k]):
        return False
    # ("the veteran attorney Ben Crump"; "former Olympian Rachel Dunmore": what someone was)
    return runs_into_name(s, k) or s.L[k] in NOUNS or "title" in classes(s.L[k]) or s.L[k] == "former"


def _members_listed_after(s: Sentence, p: int, j: int) -> int:
    """The comma before "among them" or "including" that opens a list of the subject's members
    set off after it, the list running to the comma at ``p``: "Business owners on Clement Street,
    among them a florist, two cafes and a butcher's, claimed"; -1 when there is none, or when
    no subject opens the sentence before it."""
    T, L, first = s.T, s.L, s.first
    q = _comma_before(s, p - 1, j) if p > first else -1
    while q > first and T[q] == ",":
        if q + 2 < p and (L[q + 1] == "including" or L[q + 1] == "among" and L[q + 2] in ("them", "whom")):
            return q if phrase_left(s, q - 1, first)[0] == first else -1
        q = _comma_before(s, q - 1, j)
    return -1


def _set_off_place(s: Sentence, p: int, ia: int) -> bool:
    """Whether the insertion that opens at ``p`` opens with a lower-case preposition of place
    that its trimmed phrase ``ia`` follows: ", near Swansea,", ", in Leeds,"."""
    return p < ia and s.L[ia - 1] in _SET_OFF_PLACE_PREPOSITIONS and initial_lower(s.T[ia - 1])


_SET_OFF_PLACE_PREPOSITIONS: Final = frozenset("in near at outside from".split())


def _bare_described_name(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is lower-case content words running into a name, with no article:
    "The station's new owner, media entrepreneur Jake Brannigan, said", "His lawyer, former
    prosecutor Ann Lee, said"."""
    k = a
    while k < b and (initial_lower(s.T[k]) and s.T[k].isalpha() and (s.L[k] not in CLASSES or s.L[k] == "former") or _age_word(s.T[k])):
        k += 1
    return a < k < b and _ends_in_described_name(s, a - 1, b)


def _only_a_name(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b)`` is a person's name and nothing else: capitalised words, initials and
    titles ("Dr (Mrs) Ngozi Afolabi", "Rt. Hon. Adebayo Olaniyan")."""
    if not all(s.T[x][0].isupper() or s.T[x] in "().-" for x in range(a, b)) or not _name_words_ok(s, a, b):
        return False
    return classify_phrase(s.T, s.L, a, b, s.first).source_type == "named_person"


_AGE_LEADS: Final = frozenset(("now", "aged"))  # words before an age set off after a name


def _age_word(t: str) -> bool:
    """ "29-year-old", "nine-year-old": an age written before a name."""
    return t.endswith("-year-old") and (t[:1].isdigit() or t[:-9].replace("-", "").isalpha())


def _name_words_ok(s: Sentence, a: int, b: int) -> bool:
    """Whether every token of ``[a, b)`` may sit in a source phrase, a nickname's quotation marks
    included ("The captain, Lewis “Lew” Ash, said")."""
    x = a
    while x < b:
        if s.T[x] == "(" and x + 2 < b and s.T[x + 2] == ")" and "title" in classes(s.L[x + 1]):
            x += 3  # "Dr (Mrs) Ngozi Afolabi": a courtesy title in brackets
            continue
        if not phrase_word_ok(s, x):
            m = nickname_end(s.T, x, b) if s.T[x] in DOUBLE_QUOTES else -1
            if m < 0:
                return False
            x = m
        x += 1
    return True


def _comma_before(s: Sentence, p: int, j: int) -> int:
    """The last comma at or before ``p`` that sets a phrase off (not the one inside "1,000"),
    within 25 tokens of the cue's left neighbour ``j``; where the search stopped otherwise.  The
    words of a parenthesis are an aside and do not count: "One longtime member, who has sung bass
    ... in that time (both for the births of his daughters), said"."""
    T, first = s.T, s.first
    aside = 0  # tokens of parentheses passed, up to _ASIDE_WORDS
    inside = False
    while p >= first and j - p - aside <= 25 and (T[p] != "," or number_comma(s, p)):
        if T[p] == ")":
            inside = True
        if inside and aside < _ASIDE_WORDS:
            aside += 1
        if T[p] == "(":
            inside = False
        p -= 1
    return p


_ASIDE_WORDS: Final = 12  # tokens of a parenthesis that the reach of a comma search skips


_PARTY_TAG_TOKENS: Final = 6


def _party_tag(s: Sentence, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are a party and state set off after a name: "R-Fla.", "D-N.Y.",
    "I-Vt" ("Sen. Marco Rubio, R-Fla., a member of ..., said")."""
    tag = s.text[s.S[a] : s.E[b - 1]]
    return 3 <= len(tag) <= 8 and tag[0] in "RDI" and tag[1] == "-" and tag[2].isupper() and all(
        c.isalpha() or c in ". " for c in tag[2:]
    )


def _after_opening_phrase(s: Sentence, a: int) -> bool:
    """Whether ``a`` follows the comma that closes a prepositional phrase opening the sentence:
    "According to Raw Story, [Robert Jeffress], pastor of ..., said", "In Dallas, [Jane Roe], ..."."""
    first = s.first
    return a - 1 > first and s.T[a - 1] == "," and (s.L[first] in PREPOSITIONS or s.L[first] == "according") and not any(
        s.T[x] in ",;:" for x in range(first, a - 1)
    )


# the longest quoted name or title read as part of an inserted description
_QUOTED_NAME_WORDS: Final = 5


def quoted_name_closes(s: Sentence, j: int) -> bool:
    """ 'the hacker known as “Guccifer,” said': ``T[j]`` closes a short quotation that follows a
    word (a nickname or a title inside a description), and the description's comma sits inside
    the marks, as American style puts it.  A quotation after a comma or opening the sentence is
    speech, not a name."""
    T = s.T
    if j - 1 <= s.first or T[j] not in CLOSING_QUOTES or T[j] in "’'" or T[j - 1] != ",":
        return False
    k = j - 2
    while k > s.first and j - k <= _QUOTED_NAME_WORDS + 2 and T[k] not in DOUBLE_QUOTES:
        if not (T[k][0].isalnum() or T[k] in "-.&"):
            return False
        k -= 1
    if k <= s.first or k >= j - 2 or T[k] not in "“\"":
        return False
    if T[k - 1][0].isalnum():
        return True
    # 'The book, “Dark Money,” argues': a title set off after the record that opens the sentence,
    # every word capitalised
    return (
        T[k - 1] == "," and k - 2 >= s.first and initial_lower(T[k - 2]) and record_noun(s.L[k - 2])
        and phrase_left(s, k - 2, s.first)[0] == s.first
        and all(initial_upper(T[x]) or not T[x][0].isalpha() or s.L[x] in _TITLE_SMALL_WORDS for x in range(k + 1, j - 1))
    )


# words a title leaves in lower case: "A Tale of Two Cities", "Gone with the Wind"
_TITLE_SMALL_WORDS: Final = frozenset("a an the of and or in on at to for with by from".split())


def quoted_names_only(s: Sentence, lo: int, hi: int) -> bool:
    """Whether every quotation in ``[lo, hi)`` is a short one that follows a word: a name or a
    title quoted inside a phrase ("the “Ted Cruz” pins"), not speech."""
    T = s.T
    k = lo
    while k < hi:
        if T[k] not in DOUBLE_QUOTES:
            k += 1
            continue
        if k == lo or not T[k - 1][0].isalnum():
            return False
        m = k + 1
        while m < hi and T[m] not in DOUBLE_QUOTES:
            m += 1
        if m >= hi or m == k + 1 or m - k - 1 > _QUOTED_NAME_WORDS + 1:
            return False
        k = m + 1
    return True


def hearsay(s: Sentence, f: Found) -> bool:
    """Whether ``f`` is hearsay with no speaker ("by all accounts", "in some reports"): a frame
    whose source is never the subject of a later verb ("who is by all accounts enjoying ... and
    is saying")."""
    return f.kind == "according" and s.L[f.cue_word] in ("in", "by")


def coordinated(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm) -> None:
    """ "He suggested ..., called her “third-rate” and boycotted ...": a verb in a series after a
    comma shares the subject of the attribution before it in the sentence."""
    if s.L[i].endswith("ing"):
        return
    for f in reversed(s.found[-RECENT:]):
        if f.source is not None and not hearsay(s, f):
            s.found.append(Found(cue, f.source, content_after(s, cue_end, form), form.kind, f.phrase, s.index, i, f.antecedent))
            return


def dashed_insertion(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "The three scholars -- Mr. Tribe, Ms. Epstein and Mr. Amar -- agreed": the source sits
    before the inserted phrase."""
    T = s.T
    p = j - 1
    if T[j - 1] == "-" and s.E[j - 1] == s.S[j]:
        j -= 1  # "--" is two hyphen tokens
    p = j - 1
    while p > s.first and j - p <= 30 and not is_dash(s, p):
        p -= 1
    if p <= s.first or j - p > 30:
        return
    if T[p - 1] == "-" and s.E[p - 1] == s.S[p]:
        p -= 1
    a, b = phrase_left(s, p - 1, s.first)
    if a >= b:
        return
    phrase = classify_phrase(T, s.L, a, b, s.first)
    if not plausible_source(s, a, b, phrase) or form.kind == "cognition" and phrase.source_type == "self":
        return
    s.add(cue, a, b, content_after(s, cue_end, form), form.kind, phrase, i)


def _past_its_time(s: Sentence, k: int) -> int:
    """Where the words from ``k`` that say when go on to ("on Thursday", "last night"), or ``k``."""
    m = k + 1 if k + 1 < s.hi and s.L[k] in ("on", "in") else k
    end, dated = when_run_end(s, m)
    return end if dated else k


# prepositions of a short setting set off with an impersonal cue: "it was claimed at the hearing,"
_SETTING_PREPOSITIONS: Final = frozenset(("at", "in", "during", "before"))
_SETTING_REACH: Final = 5  # tokens from the preposition to its comma: "at the first hearing,"


def _past_its_setting(s: Sentence, k: int) -> int:
    """Where the words from ``k`` that say when or where go on to, when a comma closes them ("on
    Thursday", "at the hearing,"), or ``k``."""
    end = _past_its_time(s, k)
    if end == k and k < s.hi and s.L[k] in _SETTING_PREPOSITIONS:
        return closing_comma(s, k, _SETTING_REACH)
    return end


def _by_means_alone(s: Sentence, by: int) -> bool:
    """Whether the "by" at ``by`` names only how a word came, a lower-case means before "that" or a
    mark: "were warned by letter that", "was told by phone." (not "by Phone Co", an agent)."""
    k = by + 1
    return k < s.hi and s.L[k] in BY_MEANS and initial_lower(s.T[k]) and (
        k + 1 >= s.hi or not s.T[k + 1][0].isalnum() or s.L[k + 1] == "that"
    )


def passive(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "is said to", "it is believed that", "was told by X"."""
    T, L = s.T, s.L
    n = s.hi
    first = s.first
    nl = L[cue_end + 1] if cue_end + 1 < n else ""
    if form.lemma == "know" and nl == "to" and i - 2 >= s.lo and L[i - 1] == "been" and L[i - 2] in PERFECT:
        # "has been known to ride down to the bottom lock", "have been known to fib": a habit
        # now and then, not a thing known
        return
    text = s.text
    m = _as_saying(s, cue_end) if form.lemma == "quote" and j >= first else -1
    if m >= 0:
        # "Rouhani was quoted as saying", "was quoted by state media as saying": the subject is
        # the speaker, and the outlet that quotes him only the channel
        a, b = phrase_left(s, j, first)
        phrase = classify_phrase(T, L, a, b, first) if a < b else None
        end = m + 1 if m + 1 < n and L[m + 1].startswith("say") else cue_end
        if a >= b and T[j] == ",":
            described = described_opening_name(s, i, j)  # "Jane Roe, a historian, was quoted as saying"
            if described is not None:
                a, b, phrase = described
            elif apposition(s, i, end, make_span(s.S[i], s.E[end]), form, j):
                return  # "The chief executive, Tomas Berg, was quoted as saying"
        if phrase is not None and L[a] not in ("which", "who", "that", "what"):
            said = end + 1 if end + 2 < n and L[end + 1] == "that" and T[end + 2] not in TERMINATORS else end  # (no "that")
            content = strip_span(text, s.E[said], s.span.end) or strip_span(text, s.span.start, s.S[a])
            s.add(make_span(s.S[i], s.E[end]), a, b, content, form.kind, phrase, i)
        return
    # "He was told that", "Voters were warned": the subject heard it, and what was said follows
    hearer = form.tell and form.particle is None and j >= first and L[j] != "it" and L[j] not in IT_IS
    by = cue_end + 1
    if nl == "to" and form.kind == "speech":
        # "were described to him by a Post reporter": the hearer, then the agent
        k = cue_end + 2
        while k < n and k - cue_end <= _HEARER_REACH and T[k][0].isalnum() and L[k] not in ("by", "that", "and") and L[k] not in AUXILIARIES:
            k += 1  # (an auxiliary opens an infinitive: "is said to have been killed by the army" has no agent of saying)
        if k < n and L[k] == "by" and k > cue_end + 2:
            by = k
    if by < n and L[by] != "by" and form.participle:
        timed = agent_after_time(s, by)
        if timed > 0:
            by = timed  # "actions announced Monday morning by the Department of Justice"
    if by < n and L[by] == "by" and not _by_means_alone(s, by):
        a, b = phrase_right(s, by + 1)
        for x in range(a + 1, b - 1):
            if L[x] in ("of", "for") and L[x + 1].endswith("ing"):
                b = x  # "accused by the news media of beating his wife", "berated by his father for installing"
                break
        for x in range(a + 1, b):
            if "determiner" in CLASSES.get(L[x], EMPTY) and (T[x - 1][0].isalnum() or T[x - 1] == ".") and L[x - 1] not in PREPOSITIONS and (
                L[x - 1] not in COORDINATORS and "determiner" not in CLASSES.get(L[x - 1], EMPTY)
            ):
                b = x  # "were told by Smith the ward was closed": the statement starts at its subject
                break
        if a < b and L[a] == "hand" and (b - a == 1 or L[a + 1] in PREPOSITIONS):
            return  # "The address had been written by hand", "labelled by hand": how it was done, no one's words
        if a < b and not (b - a == 1 and L[a] == "name"):  # "not to be quoted by name": no agent
            phrase = classify_phrase(T, L, a, b, first)
            if form.lemma == "attack" and phrase.head_lemma in VIOLENT_ACTORS:
                return  # "The compound was attacked by Islamic terrorists": a raid, not words
            if L[i] in POLLED and j == i - 1 and people_plural(L[j]):
                return  # "the 400 dairy farmers questioned by the union": people polled, not a doubt raised
            if not hearer and form.lemma not in _JUDGING and _thing_agent(s, a, b, phrase):
                return  # "will be supported by a wrought-iron bracket": a thing's doing, no one's words
            if hearer:
                heard = _heard(s, b - 1, form, j)
                if heard is not None:
                    s.add(cue, a, b, heard, form.kind, phrase, i)
                return  # "He was briefed by the FBI": an event, with nothing said in the sentence
            if b + 1 < n and L[b] == "that" and j >= first and (L[j] == "it" or L[j] in IT_IS):
                content = strip_span(text, s.E[b], s.span.end)  # "It was announced by the ministry that ...": the clause
            elif i - first <= 2 and (i == first or L[first] == "as"):
                content = strip_span(text, s.E[b - 1], s.span.end)  # "As reported by X, ...": what follows
            else:
                # what was said or done is the subject, without the auxiliaries before the verb
                # ("The claim was denied by the ministry": "The claim")
                content = strip_span(text, s.span.start, s.E[j] if j >= first else s.S[i])
            s.add(cue, a, b, content, form.kind, phrase, i)
        return
    impersonal = j >= s.lo and (L[j] == "it" or L[j] in IT_IS)
    that = cue_end + 1
    if hearer and nl == "by" and _by_means_alone(s, cue_end + 1) and cue_end + 3 < n and L[cue_end + 3] == "that":
        nl, that = "that", cue_end + 3  # "were warned by letter that ...": a bare means, then the clause
    if impersonal and (nl in _CIRCUMSTANCE_STARTS or nl == "to" and _a_hearer_after_to(s, cue_end + 2)) or hearer and nl in _CIRCUMSTANCE_STARTS:
        # "It was revealed in March that ...", "It was announced to reporters that ...", "Sanders
        # had been told just before the vote that ...", "Parents were warned in a text message on
        # Thursday night that ...": a short circumstance or a hearer before the clause
        k = cue_end + 2
        while k < n and k - cue_end <= _CIRCUMSTANCE_REACH and L[k] != "that" and T[k][0].isalnum():
            k += 1
        if k < n and L[k] == "that" and (impersonal or _clause_subject_at(s, k + 1)):
            nl, that = "that", k  # (but "being briefed on the topics that will come up": a relative)
    if impersonal and nl != "to" and nl != "that" and cue_end + 1 < n and _opens_a_subject(s, cue_end + 1):
        nl, that = "that", cue_end  # "It’s believed the army withdrew": the clause without "that"
    set_off = impersonal and L[j] == "it" and j - 1 > first and T[j - 1] == ","
    # "He died, it was announced on Thursday, at home", "The engineer, it was claimed at the hearing, had signed"
    after = _past_its_setting(s, cue_end + 1) if set_off else cue_end + 1
    if set_off and (after >= n or T[after] == ","):
        # "Bill Clinton, it has been reported, traveled with Epstein": the sentence is what was
        # reported, around the insertion
        s.found.append(Found(cue, None, strip_span(text, s.span.start, s.span.end), "agentless", None, s.index, i))
        return
    if set_off and T[after] in TERMINATORS:
        # "The ticket was bought in Dungannon, it is understood.": what was understood is the
        # clause before the comma
        s.found.append(Found(cue, None, strip_span(text, s.span.start, s.S[j - 1]), "agentless", None, s.index, i))
        return
    if hearer and (
        nl == "that" or _opens_a_subject(s, cue_end + 1)
        or nl in (",", ":") and cue_end + 2 < n and T[cue_end + 2] in DOUBLE_QUOTES
        or cue_end + 1 >= n or T[cue_end + 1] in TERMINATORS
        # a hearer set off after the statement, before a mark or a time: "..., staff were told on Monday."
        or mark_after_circumstance(s, cue_end + 1) >= 0 and _set_off_hearer(s, j) >= 0
    ):
        heard = _heard(s, that - 1, form, j)
        if heard is not None:
            s.found.append(Found(cue, None, heard, "agentless", None, s.index, i))
        return
    if nl == "to" and form.statement or nl == "that" and not impersonal:
        return  # "a postscript might be added to the film": an act
    if nl == "to" and (form.kind == "cognition" or not impersonal) and (
        _to_an_object(s, cue_end + 2) or form.kind == "speech" and _to_a_plural(s, cue_end + 2)
    ):
        # "voters who are opposed to Sen. Cruz": a state, not hearsay; "He was admitted to
        # Harvard", "The theft was reported to police", "was shown to visitors": an act (but "It
        # was announced to reporters that ..." is hearsay, "were described to him by a reporter"
        # has its agent, and "well known to voters" is what voters know)
        return
    if nl == "that":
        # "It is said that the IMU is forging ...": what is said is the clause, not its frame
        s.found.append(Found(cue, None, strip_span(text, s.E[that], s.span.end), "agentless", None, s.index, i))
    elif nl == "to" and form.lemma == "find" and cue_end + 2 < n and L[cue_end + 2] in _HELD_INSIDE:
        return  # "its trailer, which was later found to hold 14 people": what was inside, discovered, not a finding
    elif nl == "to":
        # "The IMU is said to be forging ...": the subject and what it is said to do
        s.found.append(Found(cue, None, strip_span(text, s.span.start, s.span.end), "agentless", None, s.index, i))
    elif nl == "of" and form.lemma in _CHARGING and not impersonal and j >= first:
        # "Dylann Roof is accused of killing nine people", "The spinach is suspected of having
        # made 40 people ill": an accusation or a suspicion no one the sentence names holds, of
        # what follows "of"
        s.found.append(Found(cue, None, strip_span(text, s.E[cue_end + 1], s.span.end), "agentless", None, s.index, i))
    elif nl in _FATES and form.kind == "cognition" and not impersonal:
        # "Up to 30 people are feared dead", "The crew is believed missing": a belief about the
        # subject's fate, held by no one the sentence names
        s.found.append(Found(cue, None, strip_span(text, s.span.start, s.span.end), "agentless", None, s.index, i))
    elif form.lemma in _UNOWNED_ACTS and not impersonal and j >= first and T[j][0].isalnum():
        # "The deal was announced on Monday", "a merger announced Monday would", "were mocked and
        # criticized on social media": words spoken by no one the sentence names.  The subject is
        # what they were about, in the writer's words ("The ruthless plan was announced"), so
        # it is not given as their content
        a, b = phrase_left(s, j, first)
        if a < b:
            s.found.append(Found(cue, None, None, "agentless", None, s.index, i))


# verbs of judging, whose passive agent is often an audience named for what it is, not a word for
# people: "rejected by an electorate", "criticized by the establishment", "mocked by the internet"
_JUDGING: Final = frozenset(
    "reject criticize criticise condemn denounce mock praise question dispute oppose endorse attack slam blast ridicule".split()
)


def _thing_agent(s: Sentence, a: int, b: int, phrase: PhraseKind) -> bool:
    """Whether the agent ``[a, b)`` after a passive's "by" is a thing, as :func:`thing_subject`
    reads a subject, with no word for people and no count in it: "a wrought-iron bracket",
    "boreholes" (but "overwhelming majorities of both men and women", "libertarians", "a
    saddler" and "64 percent of the electorate" are people)."""
    L, T = s.L, s.T
    head = L[phrase.head]
    return thing_subject(s, b, phrase) and not head.endswith(PEOPLE_PLURAL_ENDINGS) and not head.endswith(_AGENT_ENDINGS) and not any(
        L[x] in NOUNS or T[x][0].isdigit() or L[x] in CARDINALS for x in range(a, b)
    )


# what a container turns out to hold when it is searched ("was found to contain 14 people")
_HELD_INSIDE: Final = frozenset(("hold", "contain", "carry", "conceal", "hide", "house"))
_HEARER_REACH: Final = 6
# how far a short circumstance may hold a passive from its "that": "told in a letter on Friday that"
_CIRCUMSTANCE_REACH: Final = 8
# verbs whose passive with "of" charges the subject: "is accused of", "was suspected of"
_CHARGING: Final = frozenset(("accuse", "suspect"))
# the fates a belief in the passive may state without "to be": "are feared dead", "believed missing"
_FATES: Final = frozenset("dead missing killed drowned trapped lost alive safe kidnapped".split())
# speech acts whose passive without an agent still reports words: the act is the news, its
# speaker unnamed (but "was called", "was told", "was denied" and "was confirmed" more often name,
# hear, refuse or appoint)
_UNOWNED_ACTS: Final = frozenset(("announce", "criticize", "mention", "report", "describe"))
# the words of a short time between a participle and its agent: "announced Monday morning by",
# "released last week by", "published on Jan. 5 by"
_TIME_WORDS: Final = DATE_NAMES | MONTH_ABBREVIATIONS | _TIMES_OF_DAY | frozenset("on last this earlier week month year weekend".split())
_TIME_REACH: Final = 4


def agent_after_time(s: Sentence, k: int) -> int:
    """The "by" that follows a short time opening at ``k`` ("Monday morning by the Department"),
    or -1."""
    x = k
    while x < s.hi and x - k < _TIME_REACH and (s.L[x] in _TIME_WORDS or s.T[x][0].isdigit() or s.T[x] == "."):
        x += 1
    return x if k < x < s.hi and s.L[x] == "by" and s.L[k] != "." else -1


def _heard(s: Sentence, end: int, form: CueForm, j: int) -> Span | None:
    """What the subject ending at token ``j`` was told: the statement after token ``end``, or
    else a quotation that closes before the subject ('“...,” he was told.')."""
    # (the marks first: most hearers are followed by what they were told, and their phrase need
    # not be found again)
    a = -1
    mark = mark_after_circumstance(s, end + 1)  # ("..., staff were told on Wednesday.")
    if mark >= 0 and not (mark + 1 < s.hi and s.T[mark + 1] in DOUBLE_QUOTES):
        a = _set_off_hearer(s, j)
    if a >= 0:
        # the hearer set off after what was said: "The van was parked illegally, the court was
        # told." (what comes before), or inside it: "The inventory, the tribunal was told,
        # recorded the mirror as chipped" (the sentence around it)
        if s.T[mark] == "." and _finite_among(s, s.first, a - 1):
            return strip_span(s.text, s.span.start, s.S[a - 1])
        if s.T[mark] == "," and _finite_among(s, mark + 1, s.hi):
            return strip_span(s.text, s.span.start, s.span.end)
        return None
    content = content_after(s, end, form, recipient=False)
    if content is not None:
        return content
    a, b = phrase_left(s, j, s.first)
    q = a - 1 if a - 1 > s.first and s.T[a - 1] == "," else a
    if s.first < q and s.T[q - 1] in DOUBLE_QUOTES or q - 1 > s.first and s.T[q - 1] == "," and s.T[q - 2] in DOUBLE_QUOTES:
        return strip_span(s.text, s.span.start, s.S[a])
    return None  # "Jokes are told, interviews are requested": what was told is the subject


# how many words a circumstance after "was told" may run to before its mark: "at a meeting on Wednesday"
_TOLD_CIRCUMSTANCE_REACH: Final = 8


def mark_after_circumstance(s: Sentence, k: int) -> int:
    """The comma or full stop at ``k``, or the one that closes a short time or circumstance that
    opens at ``k`` ("on Wednesday.", "at a meeting on Wednesday,", "last week."); -1 otherwise."""
    T, L = s.T, s.L
    if k >= s.hi:
        return -1
    if T[k] in ",.":
        return k
    m, _ = when_run_end(s, k)
    if m == k and L[k] in CIRCUMSTANCE_PREPOSITIONS:
        m = k + 1
        while m < s.hi and m - k < _TOLD_CIRCUMSTANCE_REACH and T[m][0].isalnum() and not (
            L[m] in AUXILIARIES or L[m] in PAST_VERBS or L[m] in FORMS or L[m] in RELATIVE_WORDS or L[m] == "that"
        ):
            m += 1
    return m if k < m < s.hi and T[m] in ",." else -1


def _finite_among(s: Sentence, a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` hold a clause's verb: an auxiliary, a past or a lower-case word
    in "-ed"."""
    return any(s.L[x] in AUXILIARIES or s.L[x] in PAST_VERBS or s.L[x].endswith("ed") and initial_lower(s.T[x]) for x in range(a, b))


def _set_off_hearer(s: Sentence, j: int) -> int:
    """Where the hearer that ends at ``j`` starts when a comma sets it off after words of the
    sentence and a determiner, a name or people opens it ("..., the court was told", "...,
    Smith was told", "..., staff were told"); -1 otherwise."""
    if j < s.first:
        return -1
    a, b = phrase_left(s, j, s.first)
    if not (s.first < a - 1 and s.T[a - 1] == "," and a < b):
        return -1
    return a if s.L[a] in DETERMINERS or initial_upper(s.T[a]) or people_plural(s.L[b - 1]) else -1


def _a_hearer_after_to(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, after "to", opens a noun phrase ("announced to reporters that",
    "explained to him that") rather than an infinitive ("said to have been")."""
    return k < s.hi and not bare_verb(s, k) and "auxiliary" not in CLASSES.get(s.L[k], EMPTY)


def _to_an_object(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, after "to", opens a noun phrase or a gerund rather than the
    infinitive of hearsay ("is said to be"): a determiner, a pronoun, a name, a number or an -ing
    form."""
    if k >= s.hi:
        return False
    low = s.L[k]
    return (
        _opens_a_subject(s, k) or is_pronoun(low) or s.T[k][0].isdigit()
        or low.endswith("ing") and len(low) > 4 and low not in _BARE_ING
        # a noun by its ending, which no verb has: "were later shown to championship level",
        # "was reported to security" ("to worship" is the one verb)
        or low.endswith(_NOUN_ONLY_ENDINGS) and len(low) > 6 and low != "worship"
    )


# endings of nouns that no English verb shares (unlike "-tion" and "-ment": "to mention", "to implement")
_NOUN_ONLY_ENDINGS: Final = ("ship", "ity", "hood")


def _to_a_plural(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, after "to", is a bare plural, or one after a participle: "was
    shown to visitors", "were posted to registered keepers" (an infinitive in -s ends in "-ss" or
    "-us": "to discuss", "to focus")."""
    if k >= s.hi:
        return False
    low = s.L[k]
    if k + 1 < s.hi and len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and s.T[k].isalpha() and low not in FORMS and not classes(low):
        # a participle before the plural: "were posted to registered keepers" (not a bare verb in
        # "-eed": "is said to need funds")
        k += 1
        low = s.L[k]
    # (no function word or adverb either, which may split the infinitive: "is said to always carry a gun")
    return low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS) and low not in FORMS and s.T[k].isalpha() and not classes(low)


_NOT_PLURAL_ENDINGS: Final = ("ss", "us", "is")


# verbs whose bare form ends in -ing: "is expected to bring in"
_BARE_ING: Final = frozenset("bring sing ring sting swing spring wring fling cling sling string".split())


_CHANNEL_REACH: Final = 8  # words of "by state media", "in the Times on Monday" before "as saying"


def _as_saying(s: Sentence, cue_end: int) -> int:
    """The token of "as" in "quoted as ...", or in "quoted by X as saying" / "quoted in X as
    telling" after a short channel phrase; -1 when there is none."""
    T, L = s.T, s.L
    n = s.hi
    m = cue_end + 1
    if m < n and L[m] == "as":
        return m
    if m >= n or L[m] not in ("by", "in", "on"):
        return -1
    while m < n and m - cue_end <= _CHANNEL_REACH and L[m] != "as" and (T[m][0].isalnum() or T[m] in ".'’&"):
        m += 1
    if m + 1 < n and L[m] == "as" and L[m + 1].startswith(_SAY_TELL_CALL_DESCRIB_OPENINGS):
        return m
    return -1


_CIRCUMSTANCE_STARTS: Final = frozenset(
    "in on at during last earlier this yesterday today recently later previously just shortly before after repeatedly privately".split()
)


def participle(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int) -> None:
    """ "..., saying the attack was a joint venture": the speaker is the clause's subject."""
    first = s.first
    if i == first:
        opening_participle(s, i, cue_end, cue, form)
        return
    content = content_after(s, cue_end, form)
    ab = None
    closed = -1
    if j > first and s.L[j] in ("by", "in"):
        # "Ryan, who a week ago surprised Trump by declaring", "but Ryan has been very vocal in
        # rejecting": the means or the manner of the nearest clause's verb, so that clause's subject
        w = _joined_clause_opener(s, j, means=True)
        if w >= 0 and s.L[w] in RELATIVES:
            relative(s, i, cue_end, cue, form, w)
            return
        if w >= 0:
            ab = _subordinate_subject(s, j, w)
    if ab is None and j > first and s.L[j] in ("and", "but"):
        w = _joined_clause_opener(s, j)
        if w >= 0 and s.L[w] == "who" and _latest_cue_ends_before(s, s.S[w]):
            # '“...,” Tom told Jane Ordway, who opened her door and said': the relative's
            # own verb, not a second one of the attribution before it
            relative(s, i, cue_end, cue, form, w)
            return
    if ab is None:
        closed = _opening_subordinate_end(s, i)
        for f in reversed(s.found[-RECENT:]):
            if closed >= 0 and f.cue.start < s.S[closed]:
                break  # "But when Mr. Hurt asked Norton ..., it declined, citing": the main clause's subject
            if f.source is not None and not hearsay(s, f) and not _embedded_source(s, f) and not _opening_agent(s, f):
                ab = _coordinated_subject(s, _after_report(s, f), i)
                if ab is not None:
                    break  # "Trump pivoted to talking about trade, but Wallace brought him back, asking"
                s.found.append(Found(cue, f.source, content, form.kind, f.phrase, s.index, i, f.antecedent))
                return
    if ab is None:
        if j > first and s.L[j] in ("and", "but"):
            w = _joined_clause_opener(s, j)
            if w >= 0 and s.L[w] == "who":
                relative(s, i, cue_end, cue, form, w)  # "Weaver, who came out and endorsed"
                return
            if w >= 0:
                ab = _subordinate_subject(s, j, w)
        start = closed + 1 if closed >= 0 else first
        if ab is None:
            ab = _clause_subject(s, i, start)
            if ab is not None and ab[1] < i and s.T[ab[1]][0].isalnum():
                # the first clause has its subject and verb ("Trump pivoted to trade, but Wallace
                # brought him back"), so what follows a conjunction may be a clause of its own
                # rather than the rest of a list ("The spokesman, Nick Merrill, and the aide retweeted")
                ab = _coordinated_subject(s, ab[1] + 1, i) or ab
        if ab is None:
            return
    a, b = ab
    phrase = classify_phrase(s.T, s.L, a, b, first)
    if not plausible_source(s, a, b, phrase):
        return
    if form.lemma in _INFERENCES and thing_subject(s, b, phrase):
        return  # "The river rose three metres, suggesting the dam had failed": a sign, not anyone's view
    s.add(cue, a, b, content, form.kind, phrase, i)


# verbs whose participle after a clause may draw an inference from a fact, with no one drawing it
_INFERENCES: Final = frozenset(("suggest", "indicate", "imply", "signal", "hint"))


# verbs a thing does as well as a person: a thing that refuses, answers or determines says nothing
_THINGS_DO_TOO: Final = frozenset(("refuse", "answer", "determine", "signal"))


def thing_acts(s: Sentence, form: CueForm, b: int, phrase: PhraseKind, cue_end: int) -> bool:
    """Whether a verb that things do as well as people (refuse, answer, determine) has a thing
    for its subject, which ends before ``b``, and no clause after it: "The sustain pedal refused
    to budge", "The old upright answered every knock", "The length of each string determines its
    pitch" (not "The tests determined that he was ill", nor "The company refused to comment",
    nor "a spectator ... refused to leave", a noun for someone who does a thing, though no list
    holds it)."""
    return form.lemma in _THINGS_DO_TOO and thing_subject(s, b, phrase) and not clause_follows(s, cue_end + 1) and (
        not s.L[phrase.head].endswith(_AGENT_ENDINGS)
    )


def clause_follows(s: Sentence, k: int) -> bool:
    """Whether "that", a quotation or a colon follows at ``k``: what only a statement takes."""
    return k < s.hi and (s.L[k] == "that" or s.T[k] in DOUBLE_QUOTES or s.T[k] in "“‘:")


def thing_subject(s: Sentence, b: int, phrase: PhraseKind) -> bool:
    """Whether the subject, ending before ``b``, is a thing, a common noun that no list of sources
    holds ("The river", "The overall sense of a lull"), or a thing a person's possessive owns ("A
    mason's mark"), rather than people, a body, a record or a name."""
    if phrase.named or phrase.source_type not in ("unnamed_individual", "unnamed_group"):
        return False
    T, L = s.T, s.L
    head = phrase.head
    if L[head].endswith(POSSESSIVE_ENDINGS) and b == head + 1 and b < s.hi and lower_open_word(s, b):
        return L[b] not in NOUNS  # the thing owned heads the subject
    return (initial_lower(T[head]) or head == s.first) and T[head].isalpha() and L[head] not in NOUNS and L[head] not in PEOPLE_QUANTIFIERS


def _latest_cue_ends_before(s: Sentence, pos: int) -> bool:
    """Whether the latest attribution with a source found in the sentence ends its cue before ``pos``."""
    for f in reversed(s.found[-RECENT:]):
        if f.source is not None:
            return f.sentence == s.index and f.cue.end <= pos
    return False


# verbs of answering, which answer words as well as clauses: "Responding to Trump's remarks, Clinton
# wrote", "responded to Calderon's remarks"
REPLIES: Final = frozenset(("respond", "reply"))
_PARTICIPLE_CLAUSE_REACH: Final = 30  # tokens from an opening participle to the comma that ends its clause


def opens_with_having(s: Sentence, i: int) -> bool:
    """Whether "Having" opens the sentence right before the participle at ``i``."""
    return i == s.first + 1 and s.L[s.first] == "having"


def opening_participle(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, opener: int = -1) -> None:
    """ "Noting that the plan failed, Smith resigned", "Citing the poll, the senator ...": a
    participle that opens the sentence has the main clause's subject, right after the comma that
    closes the participle's clause.  ``opener``, when given, is the participle that opens the
    sentence and governs the cue's infinitive: "Continuing to explain his view, Carson said"."""
    T, L = s.T, s.L
    o = i if opener < 0 else opener
    # ("Having announced that ...,": a perfect participle opens it as well)
    if not (opens_with_having(s, o) or L[o].endswith("ing") and initial_upper(T[o])) or form.kind != "speech":
        return  # ("Asked about it, Smith said": a passive's subject heard the question)
    c = cue_end + 1
    if c >= s.hi or not T[c][0].isalnum() and T[c] not in DOUBLE_QUOTES or "preposition" in classes(L[c]) and L[c] != "to" or (
        L[c] in AUXILIARIES or L[c] in MODALS
    ):
        # "Lashing out, Trump said", "Reporting among the poor is ...", "Blasting had cracked the
        # arch": nothing said, or a gerund that is the subject
        return
    if form.statement and L[c] != "that" and not (L[c] == "to" and form.lemma in REPLIES):
        return  # "Adding insult to injury,": a statement verb states only a clause (or replies to one)
    if L[c] == "that" and c + 1 < s.hi and T[c + 1] == ",":
        return  # "Having said that,", "That said,": a turn in the argument, nothing reported
    while c < s.hi and c - i <= _PARTICIPLE_CLAUSE_REACH and not (T[c] == "," and not number_comma(s, c)):
        if T[c] in DOUBLE_QUOTES or T[c] in ";:—–" or T[c] in TERMINATORS:
            return  # a quotation or another clause: the main clause is not in reach
        c += 1
    if c + 1 >= s.hi or T[c] != ",":
        return
    a, b = phrase_right(s, c + 1)
    if a != c + 1 or a >= b:
        return
    b = _opened_subject_end(s, a, b)
    if b < 0:
        return
    if b >= s.hi or not (T[b][0].isalpha() and initial_lower(T[b]) or T[b] == ","):
        return  # the subject is followed by its verb (or a description set off by commas)
    phrase = classify_phrase(T, L, a, b, s.first)
    if not plausible_source(s, a, b, phrase):
        return
    content = content_after(s, cue_end, form)
    if content is not None and content.end > s.S[c]:
        content = strip_span(s.text, content.start, s.S[c])
    s.add(cue, a, b, content, form.kind, phrase, i)


_JOINED_REACH: Final = 30  # tokens back from a participle to the conjunction of its clause
# conjunctions that join a clause with a subject of its own: ", but Wallace brought him back"
_CLAUSE_JOINERS: Final = frozenset(("but", "and", "yet", "while", "whereas"))


def _after_report(s: Sentence, f: Found) -> int:
    """The first token after the cue of ``f`` and what it reports."""
    after = f.content.end if f.content is not None and f.content.end > f.cue.end else f.cue.end
    return bisect_left(s.S, after, s.lo, s.hi)


def _coordinated_subject(s: Sentence, k0: int, i: int) -> tuple[int, int] | None:
    """The subject of a clause joined at or after token ``k0`` and before the participle at
    ``i`` ("Trump pivoted to talking about trade, but Wallace brought him back ..., asking":
    Wallace), or None when no such clause comes between them."""
    T, L = s.T, s.L
    for x in range(i - 2, max(k0, i - _JOINED_REACH) - 1, -1):
        if T[x] in ",—–" and L[x + 1] in _CLAUSE_JOINERS or T[x] == ";":  # (", but", "— but")
            ab = _clause_subject(s, i, x + 1)
            # (a subject, then its verb: "and his aide, left" is no clause of its own)
            return ab if ab is not None and x < ab[0] and ab[1] < i and T[ab[1]][0].isalnum() else None
    return None


# words that open a clause embedded in another, whose subject a participle after it does not take
_EMBEDDING: Final = frozenset("how why whether what where if that".split())


def _embedded_source(s: Sentence, f: Found) -> bool:
    """Whether an earlier attribution's source sits inside the clause rather than being its
    subject: it opens an embedded clause ("no details about how he planned to reboot his
    campaign, saying"), or it is the object of a preposition ("unimpressed with Sanders'
    comments Tuesday, telling", "vented about Sanders vowing to fight on and said"); the
    participle's subject is the main clause's."""
    source = f.source
    assert source is not None
    k = bisect_left(s.S, source.start, s.lo, s.hi)
    if k - 1 <= s.first:
        return False
    before = s.L[k - 1]
    if before in _EMBEDDING:
        return True
    if s.L[k] in RELATIVES and source.end == s.E[k] and s.T[k - 1][0].isalnum():
        return True  # "rebuked critics who say he should ..., saying": a relative inside the object
    if any(g.cue.end == s.E[k - 1] and g is not f for g in s.found[-RECENT:]):
        return True  # "critics who say he should condemn ..., saying": the subject of what was said
    if f.cue.start < source.end or "preposition" not in classes(before):
        return False
    # "with Donald Trump tweeting ... and asking": "with" and a subject open a clause of their own
    last = bisect_left(s.S, source.end, s.lo, s.hi) - 1
    return before != "with" or s.L[last].endswith(_APOSTROPHE_OR_POSSESSIVE_ENDINGS)


def _opening_agent(s: Sentence, f: Found) -> bool:
    """Whether an earlier attribution opens the sentence with a passive participle and its source
    is the agent after "by": "Asked by the host whether she would run, Pike laughed and said" (the
    host asked; the main clause has a subject of its own)."""
    source = f.source
    assert source is not None
    if f.cue.start != s.S[s.first] or source.start < f.cue.end:
        return False
    k = bisect_left(s.S, source.start, s.lo, s.hi)
    return k - 1 > s.first and s.L[k - 1] == "by"


_OPENING_CLAUSE_REACH: Final = 40  # tokens of an opening "When ..." clause


def _opening_subordinate_end(s: Sentence, i: int) -> int:
    """The comma that closes a subordinate clause opening the sentence ("When Smith asked,"),
    when the main clause runs on between it and token ``i``; -1 otherwise."""
    T, L = s.T, s.L
    k = past_subordinator_leads(s)
    if k >= i:
        return -1
    if L[k] not in SUBORDINATORS:
        k = besides_end(s, k)  # "In addition to stating that ..., Clinton has vowed"
        if k < 0 or k + 1 >= i or not L[k + 1].endswith("ing"):
            return -1
    if any(T[x] in DOUBLE_QUOTES for x in range(s.lo, k)):
        return -1  # ('“If they sue us, they’re going to lose,” referencing': the clause is quoted)
    # a comma after a name alone sets off a description ("When Robby Mook, Clinton’s campaign
    # manager was asked ..."): the clause ends at a comma after a lower-case word
    lower = False
    for x in range(k + 1, min(i, k + _OPENING_CLAUSE_REACH)):
        if T[x] == "," and lower:
            # (the comma may close a quotation inside the clause: 'When he said “we won,” Smith left')
            nxt = x + 2 if x + 1 < i and T[x + 1] in CLOSING_QUOTES else x + 1
            return x if nxt + 1 < i and T[nxt][0].isalnum() else -1
        if L[x] in _MAIN_CLAUSE_PRONOUNS and x > k + 2 and plain_word(s, x - 1):
            # "When he returned he began by saying": no comma, but a new subject after a plain word
            # (after "said" or "told", a cue, a pronoun opens what was said: "When he said she lied")
            return x - 1
        lower = lower or T[x].isalpha() and T[x].islower()
    return -1


# personal pronouns that can only be a subject, so one right after a verb opens the main clause
_MAIN_CLAUSE_PRONOUNS: Final = frozenset(("he", "she", "they", "we", "i"))


# participles used as prepositions, before a name too: "Following Sanders on MSNBC, Clinton ..."
_PREPOSITION_PARTICIPLES: Final = frozenset("following including regarding concerning barring excluding".split())
# words that open a circumstance before the subject: "Hours later,", "Late last month,", "However,"
_OPENERS: Final = frozenset(
    """however meanwhile later earlier still instead indeed moreover also then now today yesterday here
    tonight hours days weeks months years last this next late early recently separately finally
    first second third again once back together""".split()
)


# a time before a conjunction that opens a circumstance: "Two days before", "Shortly after"
_TIME_BEFORE: Final = frozenset(
    """a an the one two three four five six seven eight nine ten few several some many
    second seconds minute minutes hour hours day days week weeks month months year years moments
    shortly soon long just only not even immediately right""".split()
)
_TIME_CONJUNCTIONS: Final = frozenset(("after", "before", "since", "upon", "while", "when", "without", "despite"))


def _opening_time_clause(s: Sentence, i: int, start: int) -> bool:
    """ "Two days before testifying to Congress, the director ...": the participle sits in a
    circumstance that opens the sentence, so it hangs on the subject after that circumstance."""
    T, L = s.T, s.L
    k = i - 1
    if k >= start and besides_end(s, start) == k:
        return True  # "Besides saying that he won, Trump conceded": as a time's conjunction does
    if k < start or L[k] not in _TIME_CONJUNCTIONS:
        return False
    if start < k - 1 and L[start] in SPAN_PREPOSITIONS:
        start += 1
    return all(L[x] in _TIME_BEFORE or T[x].isdigit() for x in range(start, k))


_TIME_ENDS: Final = frozenset("later ago earlier afterward afterwards".split())


def _time_phrase(s: Sentence, start: int, i: int) -> bool:
    """ "A few days later,", "Two weeks ago,": a time phrase closed by a comma."""
    T, L = s.T, s.L
    k = start
    while k < i and k - start < 6 and (L[k] in _TIME_BEFORE or T[k].isdigit()):
        k += 1
    return start < k < i and L[k] in _TIME_ENDS and k + 1 < i and T[k + 1] == ","


_DEGREE_WORDS: Final = frozenset("more most less least much very even quite rather somewhat".split())


_DATELINE_REACH: Final = 14


# prepositions that count what follows when a number does: "About 200 protesters", "Over 40 workers"
_COUNTING_PREPOSITIONS: Final = frozenset(("about", "around", "over", "under"))


def _clause_subject(s: Sentence, i: int, start: int) -> tuple[int, int] | None:
    """The subject of the clause a participle hangs on, from ``start`` (the sentence's first word,
    or the first after an opening subordinate clause), skipping a dateline and an opening
    circumstance: "WASHINGTON (AFP) — Clinton ...", "In a speech on Tuesday, Mr. Trump ..."."""
    T, L = s.T, s.L
    # a dateline in capitals may carry a date and an agency: "WASHINGTON, Dec. 8 (UPI) —"
    reach = _DATELINE_REACH if T[start].isupper() and len(T[start]) > 2 else 8
    for k in range(start, min(i, start + reach)):
        if is_dash(s, k):
            if not any(initial_lower(T[x]) for x in range(start, k)):
                start = k + 1  # a dateline: "WASHINGTON ― After bragging ..., Trump"
            break  # (but "WikiLeaks wasn't happy about it - and hit Snowden back by accusing")
    if T[start] == "(" or start > s.lo and T[start - 1] == "(":
        for k in range(start, min(i, start + 5)):
            if T[k] == ")":
                start = k + 1  # "(CNN) One of the stars ..., warning": the outlet's bracketed dateline
                break
    opening_time = _opening_time_clause(s, i, start)
    if opening_time:
        comma = next((k for k in range(i + 1, min(s.hi, i + 30)) if T[k] == ","), None)
        if comma is None:
            return None
        start = comma + 1
    for _ in range(0 if opening_time else 2):
        while start < i and (not T[start][0].isalnum() or L[start] in ("and", "but", "so", "yet", "or")):
            start += 1
        if start >= i:
            return None
        low = L[start]
        c = CLASSES.get(low, EMPTY)
        # (before a number, "about", "around" or "over" counts it: "About 200 protesters gathered, holding")
        preposition = "preposition" in c and not (low in _COUNTING_PREPOSITIONS and start + 1 < i and T[start + 1][0].isdigit())
        if (
            preposition or "clause" in c or "adverb" in c or low in _OPENERS
            # "Separately,", "Shortly after the announcement,"
            or low.endswith("ly") and (T[start + 1] == "," or L[start + 1] in _TIME_CONJUNCTIONS)
            # "More recently,", "Most importantly,": a degree word before the adverb
            or low in _DEGREE_WORDS and start + 2 < i and L[start + 1].endswith("ly") and T[start + 2] == ","
            # "Facing mounting criticism,", "Asked about the deal,": a participle, not a name
            # (but "Retired Army Col. Lawrence Wilkerson": a name follows, and the word describes it)
            or low.endswith(ING_ED_ENDINGS) and initial_upper(T[start]) and not capitalised_elsewhere(T, start)
            and not (start + 1 < i and initial_upper(T[start + 1]) and low not in _PREPOSITION_PARTICIPLES)
            or _time_phrase(s, start, i)  # "a few days later,", "Two weeks ago,"
            or _time_word(T[start], low)  # "Tuesday on WTMJ's show, while discussing ..., Walker"
        ):
            if (
                ("adverb" in c or low in _OPENERS) and not preposition and "clause" not in c
                and start + 1 < i and T[start + 1] != ","
                and (initial_upper(T[start + 1]) or L[start + 1] in SUBJECT_PRONOUNS)
                and not (low.endswith("ly") and L[start + 1] in _TIME_CONJUNCTIONS)
            ):
                start += 1  # "And then Trump went on the attack, saying": one word, no phrase to a comma
                continue
            k = start
            while k < i and (T[k] != "," or located_comma(s, k)) and k - start <= 15:
                k += 1  # (a place's comma stays inside: "At a conference in Aspen, Colo., the graduate")
            if k < i and T[k] == ",":
                start = k + 1
                continue
            if preposition:
                # "By Sunday afternoon she had canceled ..., citing": no comma closes the opening
                # phrase, so only a personal pronoun after it is surely the subject
                for x in range(start + 1, min(i, start + 8)):
                    if L[x] in SUBJECT_PRONOUNS:
                        return x, x + 1
                if low != "with":
                    return None
                start += 1  # "With his campaign buffeted by criticism and denying claims": its own subject
        break
    while start < i and (L[start] in ("and", "but", "so") or not T[start][0].isalnum()):
        start += 1
    a, b = phrase_right(s, start)
    if a >= b or a > start + 1:
        return None
    if strip_contraction(L[a]) in SUBJECT_PRONOUNS:
        return a, a + 1  # "he’s spoken out against ..., citing": the pronoun, not the clause it runs into
    if initial_lower(T[a]) and L[a].endswith("ing") and not (a + 1 < b and L[a + 1] in NOUNS):
        return None  # "Shutting down a freeway, throwing rocks, attacking a driver": a list of acts
    if b == a + 1 and initial_lower(T[a]) and _bare_common_word(L[a]):
        return None  # "a lifetime of trial, error, and writing it down": a bare common word speaks for no one
    end = _subject_end(s, a, b) if opening_time else _opened_subject_end(s, a, b)
    if end >= 0:
        b = end  # (another word keeps the phrase as read)
    if b > i and not opening_time:
        return None  # "he stood with leaders and urged": the subject ends before the verb it shares
    if b + 1 < i and T[b] == "," and L[b + 1] in SUBJECT_PRONOUNS:
        return b + 1, b + 2  # "A Libertarian, he backed Paul and later supported": an opening description
    if b < i and T[b] == ",":
        name = _appositive_name(s, b, i)
        if name is not None and not classify_phrase(T, L, a, b, s.first).named:
            return name  # "Clinton's spokesman, Nick Merrill, retweeted Trump, saying": the name, as for "said"
    return a, b


def _opened_subject_end(s: Sentence, a: int, b: int) -> int:
    """Where a subject that opens at ``a`` ends inside ``[a, b)``, by its first word: a pronoun
    is the whole subject, a name runs to its verb (:func:`_subject_end`), a determiner's phrase
    to the verb after its noun (:func:`_verb_after_people`); -1 when another word opens it."""
    if strip_contraction(s.L[a]) in SUBJECT_PRONOUNS:
        return a + 1
    if initial_upper(s.T[a]):
        return _subject_end(s, a, b)
    if s.L[a] in DETERMINERS:
        return _verb_after_people(s, a, b)
    return -1


_MAX_APPOSITIVE: Final = 5  # words of a name set off by commas


def _appositive_name(s: Sentence, c: int, i: int) -> tuple[int, int] | None:
    """The person's name set off by commas right after the subject that ends at the comma ``c``
    ("Clinton's spokesman, Nick Merrill, retweeted"), before token ``i``; None when the words are
    no name of two words or more, or when a list goes on after them ("the aide, Nick Merrill, and
    Clinton")."""
    T = s.T
    x = c + 1
    while x < i and x - c <= _MAX_APPOSITIVE and (T[x].isalpha() and initial_upper(T[x]) or T[x] == "."):
        x += 1
    if x - c < 3 or x + 1 >= i or T[x] != "," or s.L[x + 1] in COORDINATORS:
        return None
    return (c + 1, x) if classify_phrase(T, s.L, c + 1, x, s.first).source_type == "named_person" else None


def _verb_after_people(s: Sentence, a: int, b: int) -> int:
    """Where a subject that opens with a determiner ends: at a lower-case word that is no source
    noun right after one ("At a press conference, an N.S.A. spokesman [surprised] observers by
    announcing", "the GOP nominee [feuds] with ... and dismisses"); its adjectives and other
    nouns stay ("the staffing change", "the president's victory")."""
    T, L = s.T, s.L
    for x in range(a + 2, b):
        lx = L[x]
        if L[x - 1] in NOUNS and initial_lower(T[x]) and lx not in NOUNS and lx not in DETERMINERS and lx not in PREPOSITIONS and lx not in ("and", "&", "or"):
            return x
    return b


def _bare_common_word(low: str) -> bool:
    """Whether a lower-case word standing alone is a common noun that cannot be a speaker: no
    function word ("many", "some"), pronoun ("she's"), source noun ("officials"), plural
    ("others") or indefinite pronoun ("everyone", "nobody")."""
    return (
        low not in CLASSES and low not in NOUNS and not is_pronoun(strip_contraction(low))
        and not low.endswith(_S_ONE_BODY_ENDINGS)
    )


def _subject_end(s: Sentence, a: int, b: int) -> int:
    """Where the subject that opens ``[a, b)`` ends. "Mr. Trump struck a tone": a name ends at the
    first lower-case word that is not a noun; a determiner keeps the word it introduces ("The two
    men were", "A guy just won")."""
    T, L = s.T, s.L
    x = a + 2 if L[a] in DETERMINERS else a + 1
    while x < b:
        lx = L[x]
        if L[x - 1].endswith(POSSESSIVE_ENDINGS):
            # "CNN's reality check team investigated ... and found": a possessive opens a noun
            # phrase that runs to its head noun
            head = _possessed_head(s, x, b)
            if head >= 0:
                x = head + 1
                continue
        if (
            initial_lower(T[x]) and lx not in NOUNS and lx not in DETERMINERS and lx not in PREPOSITIONS
            and lx not in ("and", "&") and not lx.endswith(POSSESSIVE_ENDINGS)
            and L[x - 1] not in DETERMINERS  # "One of the stars at the Emmys": the word a determiner introduces
            and not (L[x - 1] == "of" and _object_of_of(lx))  # "The chamber of commerce president", "The secretary of state"
            # "The retired neurosurgeon has": an adjective in -ed between the determiner and its noun
            and not (x == a + 2 and L[a] in DETERMINERS and (L[x - 1].endswith("ed") or "-" in L[x - 1]) and T[x].isalpha() and not classes(lx))
            # (or a compound adjective: "Its post-primary salvo began")
            # "Republican presidential hopeful Ted Cruz": an adjective before a noun for people
            and not (lx.endswith(_AL_IC_ENDINGS) and x + 1 < b and L[x + 1] in NOUNS)
            # "Scarborough and co-host Mika Brzezinski": a description before a second name
            and not _described_second_name(s, x, b)
            # "Conservative backbencher Sir Philip Drewe": a noun for a person before a name
            and not _agent_noun_before_name(s, x, b)
        ):
            return x
        x += 1
    return b


def _object_of_of(low: str) -> bool:
    """Whether the lower-case word after "of" inside a subject reads as its noun, not as the
    verb that ends the subject: no verb form but a noun's."""
    form = FORMS.get(low)
    return not low.endswith(ING_ED_ENDINGS) and low not in PAST_VERBS and (form is None or form.noun)


# endings of nouns for people ("backbencher", "campaigner", "columnist", "chairman")
_AGENT_ENDINGS: Final = (*AGENT_ENDINGS, "man")  # ("-man" takes "-woman" in)


def _agent_noun_before_name(s: Sentence, x: int, b: int) -> bool:
    """Whether the lower-case word at ``x`` reads as a noun for a person right before a name
    inside ``[x, b)``: an agent ending, no word class, no verb form."""
    lx = s.L[x]
    return (
        x + 1 < b and lx.endswith(_AGENT_ENDINGS) and s.T[x].isalpha() and not classes(lx)
        and lx not in FORMS and lx not in PAST_VERBS and initial_upper(s.T[x + 1]) and s.T[x + 1].isalpha()
    )


_SECOND_NAME_REACH: Final = 4  # words of a description between "and" and the name it describes


def _described_second_name(s: Sentence, x: int, b: int) -> bool:
    """Whether the lower-case word at ``x`` belongs to a description that follows "and" and
    precedes a name ("Scarborough and co-host Mika Brzezinski", "Yahoo News and former TV network
    anchor Katie Couric"): no verb, and a capitalised word comes within reach after it."""
    T, L = s.T, s.L
    lx = L[x]
    if lx in FORMS or lx in AUXILIARIES or lx.endswith("ed") or lx in PAST_VERBS:
        return False
    y = x - 1
    while y > x - 1 - _SECOND_NAME_REACH and y > s.first and L[y] not in ("and", "&"):
        if not T[y][0].isalpha():
            return False
        y -= 1
    if L[y] not in ("and", "&"):
        return False
    for z in range(x + 1, min(b, x + _SECOND_NAME_REACH)):
        if initial_upper(T[z]) and T[z].isalpha():
            return True
        if not T[z].replace("-", "").isalpha() or L[z] in FORMS or L[z] in AUXILIARIES:
            return False
    return False


_POSSESSED_REACH: Final = 4


def _possessed_head(s: Sentence, x: int, b: int) -> int:
    """The head noun of the phrase a possessive opens at ``x`` ("CNN's reality check team"): the
    last word, within reach and before ``b``, of a run of plain lower-case words that ends on a
    source noun; -1 when there is none."""
    T, L = s.T, s.L
    head = -1
    for y in range(x, min(b, x + _POSSESSED_REACH)):
        c = CLASSES.get(L[y])
        if not (T[y].replace("-", "").isalpha() and T[y].islower()) or L[y] in FORMS or c is not None and "title" not in c:
            break  # (a title is a noun: "Clinton's traveling spokesman"; "Clinton's right-hand woman")
        if head >= 0 and L[y].endswith("ed"):
            break  # "Clinton's right-hand woman rallied supporters": the verb after the head
        if L[y] in NOUNS:
            head = y
    return head


_SUBORDINATE_REACH: Final = 12


def _joined_clause_opener(s: Sentence, j: int, means: bool = False) -> int:
    """The word that opens the clause a verb joined by "and" (at ``j``) belongs to, read back
    within reach and never past punctuation: a "who" after a comma ("Weaver, who came out and
    endorsed": the verb is the relative's) or a subordinator ("when Rubio thanked Miami and
    said"); -1 when the verb shares the sentence's subject ("(although he allowed that ...) and
    promised": the clause closed before).  With ``means``, ``j`` is the "by" or "in" of a
    participle, and the clause may open with any relative pronoun or with "but", "and", "while"
    or "though" ("surprised Trump by declaring", "but Ryan has been very vocal in rejecting")."""
    T, L = s.T, s.L
    for w in range(j - 1, max(s.first, j - _SUBORDINATE_REACH) - 1, -1):
        if T[w] in ",;:()" or T[w] in DOUBLE_QUOTES:
            return -1
        if means:
            if L[w] in _MEANS_CLAUSE_OPENERS:
                return w
        elif L[w] in SUBORDINATORS or L[w] in _SET_OFF_OPENERS and set_off_relative(s, w):
            # (", where voters watched and responded": the place's own clause; ", in which he laid
            # out the record but then announced": the relative's own clause)
            return w
    return -1


_MEANS_CLAUSE_OPENERS: Final = frozenset("who which but and while although though".split())
# words that open a clause of their own after a comma
_SET_OFF_OPENERS: Final = frozenset(("who", "where", "which"))
# relative words whose clause may open with a common noun as its subject
_SET_OFF_RELATIVES: Final = frozenset(("where", "which"))


def _subordinate_subject(s: Sentence, j: int, w: int) -> tuple[int, int] | None:
    """ "when Rubio thanked Miami and said it was great": a verb joined by "and" (at ``j``) inside
    a subordinate clause (opened at ``w``) shares that clause's subject, not the sentence's."""
    T, L = s.T, s.L
    a, b = phrase_right(s, w + 1)
    if a != w + 1 or a >= b or not (initial_upper(T[a]) or L[a] in SUBJECT_PRONOUNS or L[w] in _SET_OFF_RELATIVES and (
        L[a] in DETERMINERS or L[a] in NOUNS
    )):
        return None  # (a common noun after "where" too: "where the governor read and answered them")
    # a pronoun is the whole subject ("when he returns home and sees that ...")
    b = a + 1 if L[a] in SUBJECT_PRONOUNS else _subject_end(s, a, b)
    return (a, b) if b < j else None  # (a verb between: "after they met and agreed")
