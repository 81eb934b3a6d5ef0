"""What kind of source a noun phrase is, from capitalisation and head nouns, without a parser.

A phrase is *named* when its head is a proper name ("Naveed Khalid", "PICSS") or when it is a
document or an institution whose modifier is a proper name ("the PICSS report", "Chicago
police").  A person described by an institution ("a White House official", "FEMA officials")
stays unnamed: the reader still cannot check who spoke.

A phrase is given as token indices into two parallel lists of the document's tokens: ``T`` (the
surface text) and ``L`` (the same, lower-cased).  ``first`` is the index of the sentence's first
word, where a capital letter says nothing about a name.
"""

from __future__ import annotations

from typing import Final, Sequence

from credscore._letter_case import initial_lower, initial_upper
from credscore._records import fields_repr
from credscore._speedups import scan as _scan
from credscore.signals._attribution_lexicon import (
    AGENT_ENDINGS,
    ING_ED_ENDINGS,
    PEOPLE_PLURAL_ENDINGS,
    POSSESSIVE_ENDINGS,
    SourceNoun,
    body_endings,
    content_words,
    cue_forms,
    given_names,
    irregular_pasts,
    organisations,
    places,
    source_nouns,
    word_classes,
)

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_SS_US_IS_ENDINGS: Final[tuple[str, ...]] = ("ss", "us", "is")

_EMPTY: Final[frozenset[str]] = frozenset()
_CLASSES: Final = word_classes()
_BODY_ENDINGS: Final = body_endings()
# an apostrophe that stands as a token of its own: after a plural owner ("the inspectors' report")
APOSTROPHES: Final = frozenset(("'", "’"))
_NOUNS: Final = source_nouns()
_CUE_FORMS: Final = cue_forms()
_PLACES: Final = places()
_INSTITUTION_NAMES: Final = _PLACES | organisations()  # one key, one look-up for both


# what each kind of pronoun may stand for; "it" also stands for one institution ("the ministry")
_PRONOUN_TAKES: Final = {
    "pron_person": frozenset(("named_person", "unnamed_individual")),
    "pron_group": frozenset(("unnamed_group", "named_organization")),
    "pron_thing": frozenset(("named_organization", "document")),
}


def pronoun_fits(kind: str, source_type: str, institution: bool) -> bool:
    """Whether a pronoun of ``kind`` ("pron_person", "pron_group", "pron_thing") may stand for a
    source of ``source_type``; ``institution`` says an unnamed group is one institution."""
    return source_type in _PRONOUN_TAKES.get(kind, _EMPTY) or kind == "pron_thing" and institution


def one_institution(source_type: str, lemma: str, text: str, start: int, end: int) -> bool:
    """Whether an unnamed group is one institution ("the ministry", not "ministries" or
    "officials"): its head is an organisation noun, written in the singular in ``text[start:end]``."""
    if source_type != "unnamed_group":
        return False
    entry = _NOUNS.get(lemma)
    # (a works the lexicon does not list is one by its trade's "-ery": "the tannery")
    if not (entry.cls == "organization" if entry is not None else _trade_premises(lemma)):
        return False
    return lemma in text[start:end].lower().replace("’", " ").replace("'", " ").split()


_PHRASE_KIND_FIELDS: Final = ("source_type", "named", "head", "head_lemma")


class PhraseKind:
    """The verdict on a source phrase.

    A plain class, read-only by convention: several are built per cue (every candidate phrase is
    classified), and compiled it is a native record, cheaper to build than a named tuple, whose
    constructor runs as Python.
    """

    __slots__ = _PHRASE_KIND_FIELDS

    def __init__(self, source_type: str, named: bool, head: int, head_lemma: str) -> None:
        self.source_type = source_type  # a SOURCE_TYPES value, or pron_person / pron_thing / pron_group
        self.named = named
        self.head = head  # index of the head word
        self.head_lemma = head_lemma  # lower-case singular head noun, for matching "the report" to "a report"

    def __repr__(self) -> str:
        return fields_repr(self, _PHRASE_KIND_FIELDS)


# possessive pronouns: the personal pronoun's kind each stands for, and that pronoun
POSSESSIVE_PRONOUNS: Final = {
    "his": ("pron_person", "he"), "her": ("pron_person", "she"), "their": ("pron_group", "they"), "its": ("pron_thing", "it"),
}


def possessive_pronoun(low: str, head: int) -> PhraseKind | None:
    """ "his", "her", "their", "its" as an owner ("his view", "in her words"): resolved like the
    personal pronoun; None for any other word."""
    entry = POSSESSIVE_PRONOUNS.get(low)
    return None if entry is None else PhraseKind(entry[0], False, head, entry[1])


# an article or a third party's owner, which opens a noun phrase: a described second party after
# "and" ("Karen Lowe and her attorney", "the mayor and the chief"), a verb's object ("chairs the committee")
NOUN_PHRASE_OPENERS: Final = frozenset("his her their its the a an".split())


def _joined_description(T: list[str], L: list[str], a: int, b: int) -> int:
    """The index of an "and" that joins a described second party to the first one before any
    post-modifier ("Karen Lowe and her attorney", "She and her manager", "The mayor and her
    deputy"), or -1.  Names joined with "and" stay one name ("the Department of Health and Human
    Services"), and so do two names ("Smith and Jones"); two nouns for one person each are two
    parties ("His brother and sister")."""
    for k in range(a + 1, b - 1):
        low = L[k]
        if low in _POST_MODIFIERS:
            return -1
        if low == "and":
            if L[k + 1] in NOUN_PHRASE_OPENERS and initial_lower(T[k + 1]) and k + 2 < b:
                return k
            # "His brother and sister", "the mother and father": two people, each a noun for one
            return k if _one_person_noun(T, L, k - 1) and _one_person_noun(T, L, k + 1) else -1
    return -1


def _one_person_noun(T: list[str], L: list[str], k: int) -> bool:
    """Whether the lower-case word at ``k`` is a source noun for one person in its singular: "brother"."""
    return initial_lower(T[k]) and _singular_source_noun(L[k], "individual")


def _singular_source_noun(low: str, cls: str) -> bool:
    """Whether ``low`` is the singular of a source noun of class ``cls``: "brother", "agency"."""
    entry = _NOUNS.get(low)
    return entry is not None and entry.cls == cls and not entry.plural


def _year_in(L: list[str], a: int, b: int) -> bool:
    """Whether a year in figures stands in ``[a, b)``: "The 2024 Veterans' Wellbeing Survey"."""
    return any(year_figure(L[x]) for x in range(a, b))


def _body_of(L: list[str], a: int, head: int) -> bool:
    """Whether a word for a body comes before "for" or "of" in ``[a, head)``: "the Institute for
    Fiscal Studies", "the Bureau of Labor Statistics"."""
    return any(L[x] in ("for", "of") and "org_word" in classes_of(L[x - 1]) for x in range(a + 1, head))


def _coordinated_kind(left: PhraseKind, right: PhraseKind) -> PhraseKind:
    """The kind of two parties speaking together: the first when it is a pronoun (it resolves to
    whom it stands for) or a name, else a named second party, else an unnamed group."""
    if left.source_type.startswith("pron") or left.named:
        return left
    if right.named:
        return right
    return PhraseKind("unnamed_group", False, right.head, right.head_lemma)


_POST_MODIFIERS: Final = frozenset(
    "of for to at from in into on with by including like who which that whose based according , ; (".split()
    + "across inside outside through throughout around along among amid near within alongside".split()
    + "between against beyond behind toward towards without via aboard".split()
)
# prepositions of place that open a post-modifier only in lower case ("Residents under the flight
# path say"), not inside a title ("Under Secretary of State Ann Lee")
_LOWER_PLACE_PREPOSITIONS: Final = frozenset("under beneath beside".split())  # (not "below", "above": "the tweet below")
# prepositions only before an article: "A sign above the counter", "The announcement over the tannoy"
# (not "the tweet below", "voters over 65")
_BEFORE_AN_ARTICLE: Final = frozenset(("above", "below", "over"))
# participles that say how a record came out: "a poll released Sunday", "a lawsuit filed Monday"
ISSUED: Final = frozenset(
    "released published conducted issued compiled commissioned obtained reviewed filed unsealed submitted leaked posted shared made".split()
)
_LOWER_POST_MODIFIERS: Final = ISSUED | frozenset(
    "familiar close involved briefed present".split()  # "sources familiar with", "two people present"
    + "privy requesting wishing asking".split()  # "sources privy to the talks", "officials requesting anonymity"
    + "surveyed polled questioned interviewed sampled".split()  # "Most growers surveyed said": the people asked
)
# what follows a participle that ends a noun phrase: "officials interviewed in March"
# what follows a participle that opens a reduced relative: a preposition, or "online" ("a video
# posted online")
AFTER_PARTICIPLE: Final = frozenset("by to on in at from with for during through under online after following over across into via outside near among behind inside beside above below beneath alongside within".split())
PARTICIPLES: Final = frozenset(
    """seen sent given written shown taken made held brought told known done spoken drawn chosen
    heard found caught kept led paid built sold bought thrown stolen broken hidden beaten forgotten
    gotten driven grown left read stuck struck shot swept bitten hung""".split()
)
# particles a participle may take before its preposition: "tests carried out by the lab", "a
# letter sent home on Friday", "the plan drawn up in May"
PHRASAL_PARTICLES: Final = frozenset(("out", "up", "home"))
# present participles that, with a preposition, say where or how a source speaks and belong to
# its phrase: "officials speaking on condition of anonymity", "scientists writing in Nature"
MODIFYING_PRESENT_PARTICIPLES: Final = frozenset("speaking writing testifying working circulating surfacing trending".split())


# words that open a time after a participle: "taken last week", "recorded earlier this month"
TIMES_AFTER_PARTICIPLE: Final = frozenset("last earlier yesterday overnight recently this".split())


def opens_a_time(low: str) -> bool:
    """Whether ``low`` may open the time of a participle before it: "taken last week", "posted Tuesday"."""
    return low in TIMES_AFTER_PARTICIPLE or month_or_day(low)


def past_participle(low: str) -> bool:
    """Whether ``low`` may be a past participle: "compiled", "seen", "taken", "held"."""
    return low.endswith("ed") or low in PARTICIPLES


def year_figure(t: str) -> bool:
    """Whether token ``t`` is a year written in figures, four digits: the "2023" of "The
    Fundraising Complaints Report 2023", "a licence dated 1962"."""
    return len(t) == 4 and t.isdigit()


def edition_year(T: list[str], L: list[str], j: int, lo: int) -> bool:
    """Whether token ``j`` is a year that ends a capitalised title, after a capitalised word at or
    after ``lo``: "The Fundraising Complaints Report 2023", "Vision 2030"."""
    return year_figure(L[j]) and j - 1 >= lo and initial_upper(T[j - 1]) and T[j - 1].isalpha()


def age_figure(t: str) -> bool:
    """Whether token ``t`` is an age written in figures, one to three digits: the "54" of "Maria
    Lopez, 54, of Boston"."""
    return t.isdigit() and len(t) <= 3


def _age_set_off(T: list[str], b: int) -> bool:
    """Whether a bare number set off in commas follows token ``b - 1``: a person's age ("The
    model, 19, said"), not a number's thousands ("According to the ministry, 1,400 hectares")."""
    return b + 2 < len(T) and T[b] == "," and T[b + 2] == "," and age_figure(T[b + 1]) and not (
        b + 3 < len(T) and T[b + 3][:3].isdigit()
    )


def _trade_premises(low: str) -> bool:
    """Whether ``low`` names a works by its trade, as "-ery" does: "tannery", "bindery", "cattery"
    (the lexicon lists the common ones; a word this short is no such place: "every", "query"; nor
    is an act or a state: "the discovery", "the mystery")."""
    return low.endswith("ery") and len(low) > _SHORT_ERY and low.isalpha() and not low.endswith(("very", "stery"))


_SHORT_ERY: Final = 5
# records whose spelling is a common verb too, so that the lexicon of source nouns leaves them out
_VERB_SPELT_RECORDS: Final = frozenset(("register", "list"))


def one_record(low: str) -> bool:
    """Whether ``low`` is the singular of a record noun of the lexicon ("report", not "reports")."""
    entry = _NOUNS.get(low)
    return entry is not None and entry.cls == "document" and not entry.plural


def record_participle(L: list[str], k: int) -> bool:
    """Whether ``k`` is a participle right after a record noun: "images taken", "footage recorded"."""
    entry = _NOUNS.get(L[k - 1])
    return past_participle(L[k]) and (entry is not None and entry.cls == "document" or L[k - 1] in _VERB_SPELT_RECORDS)


# prepositions of place after a present participle on people: "voters queuing outside the station"
# (or where they come from or pass: "Climbers descending from the South Col"; "Residents living
# under the flight path")
_WHERE_PEOPLE_ARE: Final = frozenset(
    "outside inside near at in into on along across around behind from through toward towards under beneath beside".split()
)


def people_doing_something(T: list[str], L: list[str], k: int, b: int) -> bool:
    """Whether ``k`` is a present participle with an object or a place that modifies the people
    before it: "Officials [handling] the case", "a man [carrying] a sign", "voters [queuing]
    outside"."""
    low = L[k]
    if not (low.endswith("ing") and len(low) > 5 and T[k].isalpha()) or k + 1 >= b or _CLASSES.get(low) is not None:
        return False
    if "determiner" not in classes_of(L[k + 1]) and L[k + 1] not in _WHERE_PEOPLE_ARE and not (
        low in _CUE_FORMS and "preposition" in classes_of(L[k + 1])  # "Officials [warning] of floods"
    ) and L[k + 1] != "part":  # "Volunteers [taking] part in the count"
        return False
    p = k - 1
    if p - 2 >= 0 and L[p - 1] == "of" and (L[p] in _CHILD_COUNTS or T[p].isdigit()):
        p -= 2  # "A mother of three [pushing] a buggy"
    entry = _NOUNS.get(L[p])
    return entry is not None and entry.cls in ("individual", "group") or L[p].endswith(PEOPLE_PLURAL_ENDINGS)


# how many children a parent has: "a mother of three", "a father of two"
_CHILD_COUNTS: Final = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def people_in_reduced_relative(T: list[str], L: list[str], k: int, hi: int, first: int) -> bool:
    """Whether the participle at ``k`` opens a reduced relative on the plural noun for people
    before it: "seafarers [stranded] on the vessel", "punters [questioned] at Cheltenham"
    (``first`` is where the sentence starts, where such a noun has a capital)."""
    low = L[k]
    if k < 1 or k + 1 >= hi or not (
        L[k + 1] in _WHERE_PEOPLE_WERE or low in POLLED and (L[k + 1] == "for" or L[k + 1] in _WHAT_THE_POLLED_DO)
    ) or not (past_participle(low) and T[k].islower()):
        return False  # (not "to": "Republicans vowed to", "Sanders decided to run" are finite verbs)
    if L[k + 1] == "at" and k + 2 < hi and L[k + 2] in ("least", "most"):
        return False  # a count, not a place: "Police claimed at least nine protesters were armed"
    entry = _NOUNS.get(L[k - 1])
    if entry is not None:
        return entry.plural_of_people()
    noun = T[k - 1]
    return noun.isalpha() and (noun.islower() or k - 1 == first and noun[1:].islower()) and L[k - 1].endswith(PEOPLE_PLURAL_ENDINGS)


# where people a participle describes were, or who acted on them ("questioned at", "trapped
# in", "interviewed by")
# subordinators that are also prepositions of time, which a reduced relative on people may take
# ("Voters interviewed after the debate")
TIME_SUBORDINATORS: Final = frozenset(("after", "before"))
_WHERE_PEOPLE_WERE: Final = _WHERE_PEOPLE_ARE | frozenset(("by", "during", "into")) | TIME_SUBORDINATORS
# participles for people asked in a survey, which "for" may follow: "restaurateurs questioned for the survey"
# (not "called for": "Officials called for calm" is a verb)
POLLED: Final = frozenset("questioned polled surveyed interviewed sampled".split())
# verbs the people asked go on to, straight after the participle: "Most of the potters questioned said"
_WHAT_THE_POLLED_DO: Final = frozenset("said say says told think thought believe believed expect expected agreed".split())


def opens_reduced_relative(T: list[str], L: list[str], k: int, hi: int) -> bool:
    """Whether the lower-case participle at ``k`` opens a reduced relative on the noun before it:
    "officials interviewed in March", "this photo provided to the AP", "tests carried out by the
    lab" (a particle or an adverb may come between the participle and its preposition)."""
    low = L[k]
    if not (past_participle(low) or low in MODIFYING_PRESENT_PARTICIPLES) or not initial_lower(T[k]):
        return False
    m = k + 1
    if low in PREPOSITIONAL_PASSIVES and not (m < hi and L[m] == PREPOSITIONAL_PASSIVES[low]):
        return False  # "The firm replied by email that": a past with no object (but "letters replied to by")
    if m + 1 < hi and (L[m] in PHRASAL_PARTICLES or L[m].isalpha() and ly_adverb(L[m])):  # "shared widely on"
        m += 1
    return m < hi and L[m] in AFTER_PARTICIPLE


# pasts with no object of their own, passive only with their preposition: "the letters replied to
# by the council", "witnesses spoken to by police"
PREPOSITIONAL_PASSIVES: Final = {"replied": "to", "responded": "to", "commented": "on", "spoken": "to", "talked": "to"}
# words in -ly that are not adverbs, so they cannot be skipped between a subject and its verb
LY_NOT_ADVERBS: Final = frozenset(
    "family assembly supply reply rally ally anomaly monopoly homily bully tally jelly belly folly "
    "lily italy daily weekly monthly quarterly yearly elderly".split()
)


def ly_adverb(low: str) -> bool:
    """Whether the lower-cased word ``low`` reads as an adverb in -ly ("widely", not "family")."""
    return low.endswith("ly") and len(low) > 4 and low not in _NOUNS and low not in LY_NOT_ADVERBS


NAME_PARTICLES: Final = frozenset("al al- bin ibn de da do dos das del des du van von der la le ul e & and".split())
# a comparative count of people, alone or after a count: "More say they will vote", "Many more say" (not "Thomas More")
_MORE_OR_FEWER: Final = frozenset(("more", "fewer"))
_BY_FAR: Final = frozenset(("far", "even", "still"))  # "Far fewer said", "Even more say"
# words that count people or a share of them: "most voters", "two-thirds of", "per cent of respondents"
_COUNTS: Final = frozenset(
    """several most many some few both all none another others percent cent
    number handful majority minority plurality couple dozens hundreds thousands millions
    share proportion percentage fraction
    half third thirds quarter quarters two three four five six seven eight nine ten""".split()
)


def _hyphenated_count(lower: str) -> bool:
    """ "two-thirds", "three-quarters", "one-fifth": a fraction written with a hyphen."""
    k = lower.find("-")
    return k > 0 and lower[:k] in _FRACTION_COUNTS and lower[k + 1 :] in _FRACTIONS


_FRACTION_COUNTS: Final = frozenset("one two three four five six seven eight nine a".split())
_FRACTIONS: Final = frozenset("half halves third thirds quarter quarters fifth fifths tenth tenths".split())
# shares of a group that speak for their part of it: "with a third saying", "with a majority saying"
SHARES_OF_PEOPLE: Final = _FRACTIONS | frozenset(("majority", "minority", "plurality"))


# nouns that count people only as part of a phrase ("a lot of them", "the rest", "Lots of
# voters", "a dozen protesters"); alone, the capitalised word is a name ("Lot", "Rest")
_PARTITIVES: Final = frozenset("lot lots rest bunch dozen scores".split())
# what "one in" counts by: "one in four", "one in ten"
_COUNTED_BY: Final = frozenset("two three four five six seven eight nine ten twenty hundred thousand".split())
# institutions whose bare plural or mass noun, with a proper modifier, names a body: "Chicago police"
_NAMED_BODIES: Final = frozenset("police military intelligence media press family".split())
# common words that open a sentence before an institution noun without naming it: "Local media
# reported", "State police said", "Riot police"
_INSTITUTION_MODIFIERS: Final = (
    content_words("institution_modifier")
    | frozenset("other many some most all both several few certain".split())
    | _NAMED_BODIES
)


def channel_number(T: list[str], k: int, lo: int) -> bool:
    """Whether the number at ``k`` ends a station's name after its call letters, "Channel" or
    "Radio" ("KPRC 2", "NBC 5", "Channel 9", "BBC Radio 4"), or is the FM frequency after a
    station's name ("Heart 106.2", "Riverbend 97.4 told the regulator")
    (so "obtained by KPRC 2 shows" has a verb, where "2 shows" alone would be a count of shows)."""
    if k - 1 < lo:
        return False
    t = T[k]
    if t.isdigit() and len(t) <= 2:
        return is_acronym(T[k - 1]) or T[k - 1] in _NUMBERED_STATIONS
    return _fm_frequency(t) and initial_upper(T[k - 1]) and T[k - 1].isalpha()


_NUMBERED_STATIONS: Final = frozenset(("Channel", "Radio"))
# the FM band in tenths of a megahertz: 87.5 to 108.0
_FM_BAND: Final = (875, 1080)


def _fm_frequency(t: str) -> bool:
    """Whether ``t`` is a frequency on the FM band written with its one decimal: "97.4", "106.2"
    (not "2.5", "1,000", "97.45")."""
    if len(t) not in (4, 5) or t[-2] != "." or not (t[:-2].isdigit() and t[-1].isdigit()):
        return False
    return _FM_BAND[0] <= int(t[:-2] + t[-1]) <= _FM_BAND[1]


def is_acronym(text: str) -> bool:
    """ "PICSS", "U.S", "AT&T": two or more letters, all capitals, no dot; not a word for a person
    that is written in capitals too ("his GP", "Apple's CEO", "the local MP")."""
    # str.isupper() is false for most words at the first letter, so the count rarely runs
    return text.isupper() and "." not in text and sum(map(str.isalpha, text)) >= 2 and not person_word(text.lower())


def person_word(low: str) -> bool:
    """Whether ``low`` is a title or a singular word for one person ("mp", "ceo", "councillor",
    "actor"): what may stand before a name as its title, and is no initials in capitals."""
    # (singular only: a plural in capitals is as often initials, "Fusion GPS")
    return _singular_source_noun(low, "individual") or "title" in classes_of(low)


# name prefixes that take a capital inside a person's name: "MacArthur", "VanDyke", "FitzGerald"
# (two-letter ones, "McCarthy", "DeSantis", "LaToya", are below the three letters a brand needs)
_CAPITALISED_PREFIXES: Final = frozenset(("mac", "van", "von", "fitz", "des", "del", "della", "ben", "abu", "ibn"))


def intercapped(text: str) -> bool:
    """ "NorthBank", "YouTube", "BlackRock": a capital inside one word, after at least three
    letters and before a small one, the way brands are spelt (a person's "McCarthy", "DeSantis",
    "MacArthur" is not, nor a mis-decoded accent: "RossellÛ")."""
    for x in range(3, len(text) - 1):
        if text[x].isupper() and text[x - 1].islower() and text[x + 1].islower():
            return text[0].isupper() and text[:x].isalpha() and text[:x].lower() not in _CAPITALISED_PREFIXES
    return False


def lower_initial_brand(text: str) -> bool:
    """ "easyJet", "eBay", "iHeartMedia": a brand spelt with a small first letter and a capital
    inside, before a small one (not "mRNA", "pH")."""
    return text.isalpha() and text[0].islower() and any(
        text[x].isupper() and text[x + 1].islower() for x in range(1, len(text) - 1)
    )


def initials_at(T: list[str], k: int, lo: int, hi: int) -> bool:
    """ "The WHO said", "IT staff": initials (:func:`is_acronym`) that spell a function word, between
    words that are not capitals too: in "AT LEAST 10 KILLED" the capitals are a shout."""
    if not is_acronym(T[k]):
        return False
    for x in (k - 1, k + 1):
        if lo <= x < hi and len(T[x]) > 1 and T[x].isupper() and T[x].isalpha():
            return False
    return True


def plural_owner_mark(T: list[str], L: list[str], k: int, lo: int) -> bool:
    """Whether token ``k`` is a plural owner's bare mark, a token of its own after a word in "s"
    that stands at ``lo`` or later: "the pilots' briefing note", "the actors' union"."""
    return k - 1 >= lo and T[k] in APOSTROPHES and L[k - 1].endswith("s")


def strip_possessive(lower: str) -> str:
    if lower[-1] == "s" and lower.endswith(POSSESSIVE_ENDINGS):
        return lower[:-2]
    return lower


def classes_of(lower: str) -> frozenset[str]:
    """The closed word classes of a lower-case word (possessive stripped)."""
    return _CLASSES.get(strip_possessive(lower), _EMPTY)


# month and weekday names: a capitalised one that stands alone is a date, not a name
DATE_NAMES: Final = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)
WEEKDAYS: Final = frozenset(w for w in DATE_NAMES if w.endswith("day"))
MONTH_ABBREVIATIONS: Final = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_BEFORE_A_YEAR: Final = frozenset(("in", "from", "since", "during", "of", "until", "through"))


def month_or_day(low: str) -> bool:
    """A month or a weekday, written out or abbreviated ("Monday", "jan", "jan.")."""
    return low in DATE_NAMES or low.rstrip(".") in MONTH_ABBREVIATIONS


def ends_a_date(T: list[str], L: list[str], lo: int, j: int) -> bool:
    """Whether the number at ``j`` ends a date: "October 14", "Oct. 14", "January 15, 2016",
    "from 2016" (a date, not a count such as "271 pledged delegates")."""
    if not T[j].isdigit():
        return False
    k = j - 1
    if k > lo and T[k] == ".":
        k -= 1  # "Oct. 14"
    if k < lo:
        return False
    if month_or_day(L[k]):
        return True
    if len(T[j]) != 4 or T[j][:2] not in ("19", "20"):
        return False
    if T[j - 1] == "," and j - 2 >= lo:
        return ends_a_date(T, L, lo, j - 2)  # the year of "January 15, 2016"
    return L[j - 1] in _BEFORE_A_YEAR


def _date_word(T: list[str], L: list[str], x: int, b: int) -> bool:
    """Whether the capitalised word at ``x`` names a month or a day in a date ("from March",
    "October 14", "Oct. 14"), which names no author."""
    if not month_or_day(L[x]):
        return False
    return x + 1 == b or T[x + 1].isdigit() or T[x + 1] in ".,"


# lower-case particles joined by a hyphen to the capitalised rest of an Arabic name
_NAME_PREFIXES: Final = frozenset("al el ad ag ar as ash at az an ud ul bin ibn bint abu".split())


def particle_prefixed(t: str) -> bool:
    """ "al-Hashimi", "el-Sisi", "ud-Din": a particle, a hyphen and a capital."""
    k = t.find("-", 1, 6)
    return k > 0 and k + 1 < len(t) and t[k + 1].isupper() and t[:k] in _NAME_PREFIXES


def is_proper(T: list[str], L: list[str], i: int, first: int) -> bool:
    """Whether word ``i`` is part of a proper name (capitalised for a reason other than position)."""
    t = T[i]
    if not initial_upper(t):
        if particle_prefixed(t):
            return True  # "al-Hashimi", "el-Sisi", "bin-Laden": an Arabic article or kin word joined to a name
        # "eMarketer", "iHeartMedia": a brand written with an inner capital
        return t[0].isalpha() and len(t) > 3 and t[1].isupper() and t[2:].lower() != t[2:].upper() and any(c.islower() for c in t[2:])
    if is_acronym(t):
        return True
    lower = strip_possessive(L[i])
    if lower in NEVER_NAMES or t.isupper() and person_word(lower) and not _post_nominal_at(T, i):
        return False  # (a word for a person in capitals is no name: "Kent's MP", "Google's CEO")
    if i == first:
        # a capital at the start of a sentence says nothing unless the word is rarely common
        if lower in _NOUNS:
            # "Son said", "Singer told": a verb right after it (not "Patient advocacy groups note")
            return _bare_singular(T, L, i, i, _NOUNS[lower]) and i + 1 < len(T) and initial_lower(T[i + 1]) and (
                L[i + 1] in _CUE_FORMS or "auxiliary" in _CLASSES.get(L[i + 1], _EMPTY)
            )
        return lower not in _COMMON_AT_START and not lower.endswith(_PEOPLE_PLURALS) and not (
            len(lower) > 6 and lower.endswith(_LONG_PEOPLE_PLURALS)
        ) and not _compound_agents(lower) and not _lower_case_plural_tail(t) and not (
            # "Miners trapped in the shaft said": a participle on them says they are people
            # (a cue verb there is the name's own: "Rangers confirmed on Tuesday that")
            lower.endswith(PEOPLE_PLURAL_ENDINGS) and i + 1 < len(L) and L[i + 1] not in _CUE_FORMS
            and people_in_reduced_relative(T, L, i + 1, len(T), first)
        )
    return True


def _lower_case_plural_tail(t: str) -> bool:
    """Whether ``t`` joins words with a hyphen and ends in a lower-case plural, as a common noun
    that opens a sentence does ("Wood-firers say", "Car-makers warn"); a name capitalises each
    part ("Smith-Jones")."""
    tail = t.rsplit("-", 1)[-1]
    return tail != t and len(tail) > 3 and tail.isalpha() and tail.islower() and tail.endswith("s")


def _compound_agents(lower: str) -> bool:
    """Whether ``lower`` is a plural of a compound agent noun ("bookmakers", "racegoers",
    "shipbrokers", "tipsters"): the second part alone may be a surname ("Sellers"), the
    compound hardly ever is."""
    return lower.endswith("s") and any(
        lower.endswith(ending) and len(lower) - len(ending) >= 3 for ending in _COMPOUND_AGENT_ENDINGS
    )


# plural endings of common nouns for kinds of people, which names hardly ever have: "Lobbyists
# said", "Paleontologists believe", "Statisticians warn" open a sentence without naming anyone
_PEOPLE_PLURALS: Final[tuple[str, ...]] = ("ists", "ians")
# endings as telling on longer words ("Retirees", "Immigrants", "Participants"), though short
# surnames have them ("Rees", "Grants")
_LONG_PEOPLE_PLURALS: Final[tuple[str, ...]] = ("ees", "ants")
# second parts of compound nouns for people who do a thing ("Bookmakers fear", "Racegoers said")
_COMPOUND_AGENT_ENDINGS: Final[tuple[str, ...]] = tuple(
    "makers goers holders owners keepers workers seekers watchers dealers traders buyers sellers builders fighters lenders brokers sters".split()
)


# function words, capitalised or not, are never part of a name ("The", "Of", "He")
NEVER_NAMES: Final = frozenset(
    w for w, c in _CLASSES.items()
    if "determiner" in c or "clause" in c or "preposition" in c or any(x.startswith("pronoun") for x in c)
)
# the word classes of open-class words that may stand in a noun phrase ("Senate", "minister",
# "Pakistani"); a word with any other class is a function word
NOUN_LIKE_CLASSES: Final = frozenset(("org_word", "title", "demonym"))
# closed-class words that open a sentence with a capital without being names ("Also", "Has")
_COMMON_AT_START: Final = frozenset(w for w, c in _CLASSES.items() if not c <= NOUN_LIKE_CLASSES)


_LIST_NAME: Final = 5  # words (titles and their periods included) in one name of a list
_JOINERS: Final = frozenset(("and", "or"))
_QUOTATION_CLOSERS: Final = frozenset("”\"»")  # (not "’": a plural owner's mark ends a word)
_LIST_CLOSERS: Final = frozenset(".!?…")  # what ends a sentence that a list of names closes
# who a firm's founder shares its name with: "Dobbs and Sons", "Hale and Partners", "Marsh and Co"
FIRM_PARTNERS: Final = frozenset(("sons", "son", "daughters", "partners", "co", "brothers", "associates"))
# conjunctions that may open a sentence before its subject: "But Gordon, ...", "And Smith, Jones ..."
OPENING_CONJUNCTIONS: Final = frozenset(("but", "and", "yet", "so"))
# adverbs that open a sentence and link it to the last one ("However, in the video, ...")
OPENING_WORDS: Final = frozenset("however meanwhile indeed still instead later earlier now here separately also".split())


def _list_word(T: list[str], L: list[str], x: int, first: int) -> bool:
    return T[x] == "." or is_proper(T, L, x, first) and L[x] not in DATE_NAMES


def name_list_start(T: list[str], L: list[str], first: int, a: int, b: int, set_off: bool = False) -> int:
    """Where a comma-joined list of names that the phrase ``[a, b)`` ends begins: "Smith, Jones
    and Brown said", "Sen. Ted Cruz, Gov. John Kasich and Donald Trump said", "Smith, Jones,
    and Brown said"; ``a`` when the phrase ends no such list.

    Every name is a run of proper words (at most ``_LIST_NAME`` tokens) and the first one opens
    the sentence, so "In Iowa, Cruz and Kasich said" and "Meanwhile, Cruz and Kasich said" (a
    circumstance, an adverb) are not lists, nor is a lone weekday ("Monday, Cruz and ...").
    When the verb is ``set_off`` after what is said ("The plan failed, Smith, Jones and Brown
    said."), the list begins after the comma that closes the statement."""
    k = a - 1
    joined = any(L[x] in _JOINERS for x in range(a + 1, b - 1))
    if not joined and k - 1 > first and L[k] in _JOINERS and T[k - 1] == ",":
        k -= 1  # the serial comma: "Smith, Jones, and Brown"
        joined = True
    if not joined or k <= first or T[k] != ",":
        return a
    for x in range(a, b):
        if L[x] not in _JOINERS and not _list_word(T, L, x, first):
            return a  # "Apple and Microsoft executives": not a list of names
    items = 0
    while True:
        x = k - 1
        while x >= first and k - x <= _LIST_NAME and _list_word(T, L, x, first):
            x -= 1
        if x == k - 1 or T[x + 1] == ".":
            # no name before the comma: the statement before a set-off list of at least three
            return k + 1 if set_off and items > 0 and T[k] == "," else a
        if x < first or x == first and L[x] in OPENING_CONJUNCTIONS:
            return x + 1  # the list opens the sentence (after an opening mark, or after "But")
        if T[x] in _QUOTATION_CLOSERS and x - 1 >= first and T[x - 1] in ",!?":
            return x + 1  # '“...,” Smith, Jones and Brown said.': the list follows the quotation
        if T[x] != ",":
            return a  # "In Iowa, ...": the first phrase is not a name
        k = x
        items += 1


def name_list_end(T: list[str], L: list[str], first: int, a: int, b: int, hi: int) -> int:
    """Where a comma-joined list of names that the name ``[a, b)`` opens ends, when the list closes
    the sentence: '“...,” said Smith, Jones and Brown.', "said Smith, Jones, and Brown."; ``b``
    when no such list follows (as after "said Smith, a lawyer, ..." or "said Smith, adding")."""
    if not all(_list_word(T, L, x, first) for x in range(a, b)):
        return b
    k = b
    while k < hi and T[k] == ",":
        x = k + 1
        joined = x < hi and L[x] in _JOINERS
        x += joined  # the serial comma: "Smith, Jones, and Brown"
        y = _name_run_end(T, L, first, x, hi)
        if y == x:
            return b
        if not joined and y < hi and L[y] in _JOINERS:
            x, y = y + 1, _name_run_end(T, L, first, y + 1, hi)
            joined = y > x
        if joined:
            return y if y >= hi or T[y] in _LIST_CLOSERS else b
        k = y
    return b


def _name_run_end(T: list[str], L: list[str], first: int, x: int, hi: int) -> int:
    """The end of the run of proper words (one name of a list) from ``x``; the full stop that
    ends the sentence is no initial's dot."""
    y = x
    while y < hi and y - x < _LIST_NAME and _list_word(T, L, y, first) and not (T[y] == "." and (y + 1 >= hi or T[y + 1] in _LIST_CLOSERS)):
        y += 1
    return y


def name_word(T: list[str], L: list[str], i: int, first: int) -> bool:
    """A word that carries a name on its own (not a demonym or a bare title)."""
    if not is_proper(T, L, i, first):
        return False
    classes = classes_of(L[i])
    if "title" in classes:
        if i > 1 and T[i - 1] == "." and len(T[i - 2]) == 1 and initial_upper(T[i - 2]):
            return True  # "Myron L. Pope": a title word after an initial is a surname
        if i > first and is_proper(T, L, i - 1, first):
            prev = classes_of(L[i - 1])
            return "title" not in prev and "demonym" not in prev
        return False
    if "demonym" in classes:
        # "Anna White", "Oliver North": a demonym that is also a common surname, after a given name;
        # any demonym after a given name or a titled name: "Rauf Baloch", "Interior Minister Rauf Baloch"
        return (
            i > first and initial_upper(T[i - 1]) and T[i - 1].isalpha()
            and not classes_of(L[i - 1]) and L[i - 1] not in _PLACES and L[i - 1] not in _CUE_FORMS
            and (
                L[i] in _SURNAME_DEMONYMS
                or L[i - 1] in GIVEN_NAMES
                or i - 2 >= first and initial_upper(T[i - 2]) and "title" in classes_of(L[i - 2])
            )
        )
    return True


def _verb_at(T: list[str], L: list[str], k: int) -> bool:
    """Whether a verb (a cue verb or an auxiliary) stands at ``k``: "warned", "has"."""
    if k >= len(T):
        return False
    form = _CUE_FORMS.get(L[k])
    return form is not None and not form.noun or "auxiliary" in classes_of(L[k])


def _demonym_plural(lower: str) -> bool:
    """Whether ``lower`` is the plural of a demonym: "americans", "saudis", "europeans"."""
    return len(lower) > 3 and lower.endswith("s") and "demonym" in classes_of(lower[:-1])


# demonyms that are as often surnames: "Anna White", "Bill English", "Dawn French", "Oliver North",
# "Irvine Welsh"
_SURNAME_DEMONYMS: Final = frozenset(("white", "black", "english", "french", "north", "welsh"))
# the articles, which open a noun phrase and never stand for one
ARTICLES: Final = frozenset(("the", "a", "an"))
# demonyms written as a state's or a union's initials: a modifier before a noun ("US officials"),
# the body itself at the head of a phrase ("The EU said")
_STATE_ACRONYMS: Final = frozenset(("us", "u.s.", "u.s", "uk", "u.k.", "u.k", "un", "u.n.", "u.n", "eu"))
# record nouns that a name before them turns into a named record, never a person or a body
# ("Drudge Report" and "The Washington Post" are outlets, "the Geological Survey" an agency, so
# report, post and survey are not here)
_RECORD_HEADS: Final = frozenset(("poll", "polls", "study", "studies", "audit", "index", "outlook"))


def _any_name(T: list[str], L: list[str], a: int, b: int, first: int) -> bool:
    """Whether a word of ``[a, b)``, which lie before a head noun, is a name."""
    for k in range(a, b):
        if name_word(T, L, k, first) and (k != first or _initial_modifier_named(T, L, k)) and not _date_word(T, L, k, b):
            return True
        if k == first and k + 1 < b and _inside_name(T, L, k + 1, a, b + 1, first):
            return True  # "Department of Justice said": an institution's name opens the sentence
    return False


# courtesy titles that only ever stand before a surname: "Mr. Singer", "Ms. Bishop", "Dr. Artist"
_HONORIFICS: Final = frozenset("mr mrs ms miss mx dr prof".split())


def _after_honorific(L: list[str], a: int, head: int) -> bool:
    """Whether the word at ``head`` follows a courtesy title (its period skipped), which makes a
    common noun a surname: "Mr. Singer said" is a person, "the singer said" is not."""
    k = head - 1
    if k > a and L[k] == ".":
        k -= 1
    return k >= a and L[k] in _HONORIFICS


# source nouns that stand without a determiner as common nouns: "Someone said", "Mom said"
_DETERMINERLESS: Final = frozenset("one someone somebody anyone anybody everyone everybody nobody another mom dad mum".split())


def _bare_singular(T: list[str], L: list[str], a: int, head: int, entry: SourceNoun) -> bool:
    """Whether a capitalised singular person noun with no determiner is a surname: "Son said",
    "Singer told WJBK-TV" (a singular common noun needs an article; but "Official Says", in a
    headline's capitals, is the noun)."""
    return (
        head == a and entry.cls == "individual" and not entry.plural and L[head] not in _DETERMINERLESS
        and not (head + 1 < len(T) and initial_upper(T[head + 1]))
    )


def _initial_modifier_named(T: list[str], L: list[str], k: int) -> bool:
    """Whether the capitalised word opening a sentence, which modifies a later head, is a name.

    "Tax filings reveal", "Lab tests confirmed", "Debt buyers said": the capital comes from the
    position, and a common modifier there is far more usual than a bare name before a common
    noun.  It counts as a name when the next word is capitalised too ("Homeland Security
    officials"), when it is possessive ("Clinton's emails"), when it is a listed place or
    organisation ("Chicago police", "Pew data"), when it is initials ("PICSS report"), or when the
    document writes it with a capital elsewhere in mid-sentence ("Comey memos show" in an article
    that names Comey).
    """
    t = T[k]
    if k + 1 < len(T) and initial_upper(T[k + 1]) or t[-1] == "s" and t.endswith(POSSESSIVE_ENDINGS):
        return True
    if is_acronym(t) and not (k + 1 < len(T) and T[k + 1].isupper()):
        return True  # "PICSS report", "IG report": initials are capitals of their own (not a shout)
    if L[k] in _INSTITUTION_NAMES:
        return True
    return capitalised_elsewhere(T, k)


def capitalised_elsewhere(T: list[str], k: int) -> bool:
    """Whether the capitalised word at ``k`` stands capitalised in mid-sentence elsewhere in the
    document: a name, where a capital at the start of a sentence alone says nothing."""
    # the word at k counts itself when the token before it is a word (a heading without a stop)
    return _mid_sentence_capitals(T).get(strip_possessive(T[k]), 0) > (1 if k > 0 and _mid_sentence(T, k) else 0)


def _mid_sentence(T: list[str], j: int) -> bool:
    before = T[j - 1]
    return before[0].isalnum() or before == ","


# the tokens of the document the last look-up was for, with how often each capitalised word
# (possessive dropped) stands in mid-sentence there: built once per document, so that the
# look-up stays linear in the document's length however many sentences open with a modifier.
# One tuple, replaced whole, so that threads never pair one document's tokens with another's counts.
_last: list[tuple[Sequence[str], dict[str, int]]] = [((), {})]


def _mid_sentence_capitals(T: list[str]) -> dict[str, int]:
    entry = _last[0]
    if entry[0] is not T:
        # (the compiled scanner counts in C: the one loop over every token in this family)
        counts: dict[str, int] = _scan.mid_sentence_capitals(T) if _scan is not None else mid_sentence_capitals_python(T)
        entry = (T, counts)
        _last[0] = entry
    return entry[1]


def mid_sentence_capitals_python(T: list[str]) -> dict[str, int]:
    """How often each capitalised token (possessive dropped) follows a word or a comma."""
    counts: dict[str, int] = {}
    for j in range(1, len(T)):
        w = T[j]
        if initial_upper(w) and _mid_sentence(T, j):
            w = strip_possessive(w)
            counts[w] = counts.get(w, 0) + 1
    return counts


def strip_contraction(lower: str) -> str:
    """ "he's" -> "he", "they'll" -> "they": the word a clitic is attached to."""
    if lower.isalpha():
        return lower  # most words (a cheaper test than a find)
    k = lower.find("'")
    if k <= 0:  # (two finds, not a loop over a literal tuple: compiled, that builds the tuple each call)
        k = lower.find("’")
    return lower[:k] if k > 0 else lower


_REGNAL_NUMBERS: Final = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())


# what makes "figures" people rather than numbers: "senior figures", "leading Labour figures" (not "key figures")
_OF_STANDING: Final = frozenset("senior leading prominent public political influential establishment opposition religious community party".split())
_FIGURES_AS_PEOPLE: Final = SourceNoun("figures", "individual", True)
# a website someone owns (or an event's official one) is a record of theirs; "the conservative website" is an outlet
_OWNED_WEBSITE: Final = SourceNoun("website", "document", False)
# a trade's "house" is a firm ("the auction house", "the opera house"); "house" alone is left alone
# ("House Democrats" opens many sentences)
_HOUSE_TRADES: Final = frozenset("opera auction publishing fashion design trading clearing brokerage fund".split())
_TRADE_HOUSE: Final = SourceNoun("house", "organization", False)
# kinds of park that make a park a business or a body: "Bramble's Farm Park", "Kingsmead Country
# Park" (a bare "Park" after a name is a surname: "Inbee Park")
_PARK_KINDS: Final = frozenset("farm wildlife safari country holiday business science retail theme water zoo leisure adventure animal deer".split())
# a park in lower case is the business that runs it: "the park insists the clip was edited" (not
# a source noun: a capital "Park" after a name is a surname)
_PARK_AS_BODY: Final = SourceNoun("park", "organization", False)
_RANK_MARKS: Final = frozenset(("No", "No."))  # a ranking's number follows: "the world No 1"


_RELATIVE_SUBJECTS: Final = frozenset("i you he she it we they".split())
_PASTS: Final = irregular_pasts()


def _contact_relative_at(T: list[str], L: list[str], k: int, b: int) -> bool:
    """Whether a subject pronoun at ``k`` opens a relative clause without "that" after a source
    noun, its verb a past before ``b``: "figures [it published]", "a report [he wrote]"."""
    return (
        L[k] in _RELATIVE_SUBJECTS and k + 1 < b and (L[k + 1].endswith("ed") or L[k + 1] in _PASTS)
        and T[k - 1].isalpha() and initial_lower(T[k - 1]) and L[k - 1] in _NOUNS
    )


def classify_phrase(T: list[str], L: list[str], a: int, b: int, first: int) -> PhraseKind:
    """Classify the phrase ``[a, b)`` (token indices) as a source."""
    if b - a >= 2 and T[b - 1] in _REGNAL_NUMBERS and T[b - 2].isalpha() and initial_upper(T[b - 2]) and not is_acronym(T[b - 2]):
        # "Togbe Agbesi IV", "Nana Kwabena Ofori III": a ruler's number, not initials that name a body
        return classify_phrase(T, L, a, b - 1, first)
    joined = _joined_description(T, L, a, b)
    if joined > 0:
        return _coordinated_kind(classify_phrase(T, L, a, joined, first), classify_phrase(T, L, joined + 1, b, first))
    if _listed_whole(T, L, a, b):
        # "Friends of the Earth", "Save the Children": a listed name whose words read as people
        return PhraseKind("named_organization", True, b - 1, L[b - 1])
    if _people_for_a_cause(T, L, a, b):
        # "Americans for Fiscal Sanity", "Mothers for Main Street": people named for what they
        # stand for are a body's name
        return PhraseKind("named_organization", True, b - 1, L[b - 1])
    if initial_upper(T[a]):
        for k in range(a + 2, b - 1):
            if L[k] == "by" and initial_lower(T[k - 1]) and "of" in L[a + 1 : k - 1]:
                # "Freedom of Information figures obtained by the Dorset Echo": a named record
                # and who got it, which the "of" in its name would otherwise cut short; so is "A
                # Freedom of Information request by the Gazette", a record made by someone
                if record_participle(L, k - 1):
                    return classify_phrase(T, L, a, k - 1, first)
                if one_record(L[k - 1]):
                    return classify_phrase(T, L, a, k, first)
    # the head region ends at the first post-modifier ("a spokesman for McConnell")
    end = b
    for k in range(a + 1, b):
        lk = L[k]
        if lk == "of" and (_owner_named_after_of(T, L, k, b) or _body_name_through_of(T, L, a, k, b)):
            # "The Archbishop of Canterbury's spokesman": the owner's name, then the head; "Aldridge's
            # Birds of Prey Centre": one body's name
            continue
        if lk == "home" and L[k - 1] in _NOUNS:
            end = k  # "The letter home to parents": where the record went, after its head
            break
        if lk == "not" and k + 1 < b and (past_participle(L[k + 1]) or "preposition" in classes_of(L[k + 1])):
            end = k  # "Scientists not involved in the research": a negated post-modifier
            break
        if lk not in _POST_MODIFIERS and not (
            (lk in _LOWER_PLACE_PREPOSITIONS or lk in _BEFORE_AN_ARTICLE and k + 1 < b and L[k + 1] in ARTICLES) and initial_lower(T[k])
        ) or (
            lk == "," and k + 1 < b and ends_a_date(T, L, a, k + 1)
        ) or is_acronym(T[k]):
            # (initials are a name, never "who" or "on": "The WHO said")
            if initial_lower(T[k]) and (
                # (after a determiner it describes the head to come: "a leaked memo"; but "those"
                # alone is the head: "Those close to him")
                lk in _LOWER_POST_MODIFIERS and ("determiner" not in classes_of(L[k - 1]) or k - 1 == a and L[a] == "those")
                # (and so does one right before the phrase's last word, a source noun: "the
                # firm's last filed accounts")
                and not (k + 2 == b and initial_lower(T[k + 1]) and L[k + 1] in _NOUNS)
                # "officials interviewed in March", "this photo provided to the AP": a reduced relative
                or opens_reduced_relative(T, L, k, b)
                or people_doing_something(T, L, k, b)  # "Officials handling the case", "Shoppers leaving the store"
                or record_placed(T, L, k, a, b)  # "The caption accompanying the image"
                # "satellite images taken last week", "footage recorded Monday", "a letter dated 12
                # June": a record's participle and its time
                or k + 1 < b and (opens_a_time(L[k + 1]) or L[k + 1].isdigit()) and record_participle(L, k)
                or _contact_relative_at(T, L, k, b)  # "figures it published in 2022", "a report he wrote"
            ):
                end = k  # "three sources familiar with ...", "a source close to ..."
                break
            continue
        if lk == "(":
            # a parenthesis ends the head region only when nothing but it follows:
            # "Rep. Jim McDermott (D-Wash.)", but "Frontier Corps (FC) Inspector General Sher Afgun"
            close = k + 1
            while close < b and T[close] != ")":
                close += 1
            if close + 1 < b:
                continue
        if not _inside_name(T, L, k, a, b, first):
            end = k
            break
    if end < b and L[end] == "by" and end - 1 > a and past_participle(L[end - 1]):
        end -= 1  # "data compiled by the EIA", "a memo seen by the Telegraph": the head is before the participle
    last = b - 1
    if T[last] == ")":
        # a party and state after the name: "Speaker of the House Rep. Paul Ryan (R-WI)"
        while last > end and T[last] != "(":
            last -= 1
        last -= 1
    title_of = False  # "Secretary of State John Kerry": a person's title, whatever its object
    if end < last and (L[end] == "of" or L[end] in ("for", "to") and _titled_for_a_name(T, L, end, last)) and T[last][0].isalnum() and is_proper(
        T, L, last, first
    ):
        title_of = "title" in classes_of(L[end - 1]) and not _a_body_after_of(T, L, end, last) and not (
            _name_after_place_preposition(T, L, end, last, first)
        )
        if title_of or L[end] == "of" and _described_name_at_end(T, L, a, end, last + 1, first):
            # "Secretary of State John Kerry", "master of ceremonies Asab Al-Tabchi", "director
            # of communications Jen Psaki", "Minister for Foreign Affairs Julie Bishop": the name
            # at the end is the head (but "a spokesman for Senator Bob Smith" speaks for him)
            end = last + 1
    # "Kakar the government spokesman": a name followed by a description without a comma
    for k in range(a + 1, end):
        if L[k] in ARTICLES:
            if all(
                name_word(T, L, x, first) or not T[x][0].isalnum()
                # a title or a given name that opens the sentence: "Chief Deputy Luis Arroyo a veteran", "Bill Turner a driver"
                or x == first and given_name_at(T, L, x)
                or initial_upper(T[x]) and ("title" in classes_of(L[x]) or _role_before_name(T, L, x, first))
                for x in range(a, k)
            ):
                return classify_phrase(T, L, a, k, first)
            break
    head = end - 1
    while head > a and not T[head][0].isalnum():
        head -= 1
    if T[head].isdigit() and head > a and T[head - 1] == "Local":
        # a union's branch, numbered: "Teamsters Local 727", "SEIU Local 1199" (whose figure
        # would otherwise read as an edition's year)
        return PhraseKind("named_organization", True, head - 1, "local")
    edition = edition_year(T, L, head, a)
    if edition:
        head -= 1  # an edition's year after a title: "The Fundraising Complaints Report 2023", "Vision 2030"
    hw = T[head]
    lower = strip_possessive(L[head])
    if head == end - 1 and end + 1 < b and L[end] == "of" and hw.endswith(POSSESSIVE_ENDINGS) and initial_upper(hw) and initial_upper(T[end + 1]):
        # "Hambley's of Exeter", "Betty's of Harrogate": a house named for its founder, then its
        # town; a person's possessive owns a noun
        return PhraseKind("named_organization", True, head, lower)
    if head == a:
        classes = _CLASSES.get(lower) or _CLASSES.get(strip_contraction(lower))  # "they’re saying"
        if classes is not None and not (hw.isupper() and len(hw) > 1 and lower == "it"):  # (not "Electronics and IT")
            if "pronoun_person" in classes:
                return PhraseKind("pron_person", False, head, lower)
            if "pronoun_thing" in classes:
                return PhraseKind("pron_thing", False, head, lower)
            if "pronoun_group" in classes:
                return PhraseKind("pron_group", False, head, lower)
            if "pronoun_self" in classes:
                return PhraseKind("self", False, head, lower)
        if _bare_surname(T, head, b, lower):
            return PhraseKind("named_person", True, head, lower)
    if head - 1 > a and initial_upper(hw) and initial_upper(T[head - 2]) and (
        T[head - 1] == "&" or L[head - 1] == "and" and lower in FIRM_PARTNERS
    ):
        # "Legal & General": partners' names, though one is a title; "Dobbs and Sons", "Hale and
        # Partners": a family firm
        return PhraseKind("named_organization", True, head, lower)
    if head == a + 1 and L[a] in OWN_DETERMINERS and lower in _OWN_OUTLET:
        return PhraseKind("self", False, head, lower)  # "as this blog has argued", "Our correspondent reported"
    if L[a] == "our" and lower in _OWN_OUTLET and a + 1 < head <= a + 3 and all(T[x][0].isalpha() for x in range(a + 1, head)):
        return PhraseKind("self", False, head, lower)  # "Our chief football writer", "our Washington correspondent"
    if L[a] == "our" and lower in _OWN_WORK and a < head <= a + 2:
        return PhraseKind("self", False, head, lower)  # "Our analysis of campaign finance records found"
    if lower in _OWN_WORK and end + 2 < b and L[end] == "by" and L[end + 1] in OWN_DETERMINERS and L[end + 2] in _OWN_OUTLET:
        return PhraseKind("self", False, head, lower)  # "An investigation by this newspaper found"
    if lower == "out" and head > a and (L[head - 1] in _COUNTS or L[head - 1].isdigit()):
        lower = L[head - 1]  # "two out of three Americans", "nine out of 10": the count is the head
    if head > a and channel_number(T, head, a):
        return PhraseKind("named_organization", True, head, lower)  # "NBC 5", "KPRC 2": a station's call letters and channel
    if head == a + 1 and lower[0].isdigit() and is_place(T, L, a, b):
        return PhraseKind("named_organization", True, head, lower)  # "Number 10 clarified": a seat of government, numbered
    if head > a and lower.isdigit() and initial_upper(T[head - 1]) and L[head - 1] in _NUMBERED_PARTS:
        # "Rule 126 of the Highway Code states", "Section 12 of the Licensing Act": a numbered part
        # of a text, cited by its number, not twelve people
        return PhraseKind("document", True, head, L[head - 1])
    if head > a and lower.isdigit() and ranked(T, head, a):
        # "the world No 1", "The British No 2": a player's ranking, one person
        return PhraseKind("unnamed_individual", False, head, lower)
    if lower in _COUNTS or lower == "those" or lower in _MORE_OR_FEWER and (head == a or L[head - 1] in _COUNTS or L[head - 1] in _BY_FAR) or lower[0].isdigit() and lower.replace(",", "").replace(".", "").isdigit() or _hyphenated_count(lower) or lower in _PARTITIVES and (
        head > a or end < b and L[end] == "of"
    ) or lower == "one" and end + 1 < b and L[end] == "in" and (L[end + 1] in _COUNTED_BY or T[end + 1].isdigit()) or (
        lower == "average" and end + 1 < b and L[end] == "of" and (L[end + 1] in _COUNTS or T[end + 1][0].isdigit())
    ):
        # "Several said", "42% say", "one in four said", "One in three voters said", "Those in the
        # industry argue", "An average of 10 percent of registered voters reported": people counted
        # or pointed at, not named (but "the polling average" is a named aggregate)
        return PhraseKind("unnamed_group", False, head, lower)
    if a < head and L[a] in _COUNTS and initial_upper(hw) and lower.endswith("s") and not lower.endswith("ss"):
        # "Most Americans think", "many Evangelical Christians feel": a count before a capitalised
        # plural counts people of a kind; no one's name takes "many".  (A bare plural of a people
        # is left as it was: "Saudis insist" is as often the state as its people.)
        return PhraseKind("unnamed_group", False, head, lower)
    if lower in _STATE_ACRONYMS and hw.isupper():
        # "The EU said", "UN said", "the US warned": the body itself, not a modifier ("UN officials")
        return PhraseKind("named_organization", True, head, lower)
    if lower in VERBS_IN_S and a < head - 1 and head - 1 > first and initial_lower(hw) and is_proper(T, L, head - 1, first):
        # "Joe Smith advocates a new tax": after a name the -s form is the verb, and the name is the
        # phrase (but "Iowa biofuels advocates say" are advocates)
        return classify_phrase(T, L, a, head, first)
    entry = _NOUNS.get(lower)
    if head > a and T[head - 1].isalpha() and initial_lower(T[head - 1]) and initial_lower(hw):
        # a compound written open that the lexicon knows closed: "the coast guard", "the drug maker"
        entry = _NOUNS.get(L[head - 1] + lower, entry)
    if lower == "figures" and head > a and L[head - 1] in _OF_STANDING:
        entry = _FIGURES_AS_PEOPLE  # "Senior figures at the corporation believe": people of standing, not numbers
    if lower == "website" and head > a:
        owner = head - 2 if L[head - 1] == "own" and head - 2 >= a else head - 1  # "Kestrel Opera's own website"
        if L[owner] in POSSESSIVE_PRONOUNS or L[owner].endswith(POSSESSIVE_ENDINGS) or L[owner] == "official" or (
            plural_owner_mark(T, L, owner, a + 1)
        ):
            # "According to its website", "the railway's website says", "the official website", "The
            # Ravensworth Singers' website claims": its pages, not an outlet (a plural owner's mark
            # after one word alone is left as it was: "Reuters' website said")
            entry = _OWNED_WEBSITE
    if lower == "website" and head + 2 < b and L[head + 1] == "of" and initial_lower(hw):
        entry = _OWNED_WEBSITE  # "The website of Framecraft Ltd says": its pages, as "Framecraft's website"
    if lower == "house" and head > a and L[head - 1] in _HOUSE_TRADES and initial_lower(hw):
        entry = _TRADE_HOUSE  # "According to the auction house", "The opera house said"
    if lower == "park" and initial_lower(hw):
        entry = _PARK_AS_BODY
    if entry is None and lower.count("-") == 1 and initial_lower(hw):
        # "A narco-message left on the bodies": the second part is the head (but "-in-law" is no law)
        entry = _NOUNS.get(lower.split("-", 1)[1])
    head_proper = name_word(T, L, head, first)
    pre_named: bool | None = None  # whether a word before the head is a name, found when needed
    if head_proper and entry is not None and initial_upper(hw) and entry.cls in ("individual", "group"):
        # "Officials" at the start of a headline-cased phrase, "Experts"
        pre_named = _any_name(T, L, a, head, first)
        if not pre_named and not _after_honorific(L, a, head) and not _bare_singular(T, L, a, head, entry):
            if _joined(T, L, a + 1 if L[a] == "the" else a, head + 1) in _INSTITUTION_NAMES:
                return PhraseKind("named_organization", True, head, lower)  # "The Liberal Democrats said": a party's name
            head_proper = False
    if head_proper and entry is not None and hw.isupper() and a < head and all(initial_lower(T[x]) or x == first for x in range(a, head)):
        head_proper = False  # "an NGO", "the local NGO": a source noun in capitals after common words names no one
    if head_proper and entry is not None and lower in _RECORD_HEADS and _any_name(T, L, a, head, first) and not _body_of(L, a, head):
        # "An AP-GfK Poll found", "the Quinnipiac Poll": a named poll or study, not a person
        # (but "the Institute for Fiscal Studies" is a body)
        return PhraseKind("document", True, head, entry.noun)
    if head_proper and head == a == first and s_inflection(lower) and (
        _counted_after(L, b) or head + 1 < len(L) and L[head + 1] == "who" or entry is None and _spread_over_a_place(T, L, head, b)
    ):
        # "Spotters, many of whom had driven overnight, said": a plural that opens the sentence is
        # people counted, not a family's name; and so is one that "who" restricts, with no comma
        # between ("Imagers who travelled to the reserve reported"), and one found across a place
        # that no capital elsewhere makes a name ("Fitters across the south-west have warned",
        # "Valets in the Cheltenham weighing room say")
        return PhraseKind("unnamed_group", False, head, lower)
    if head_proper:
        # the name chunk: capitalised words (and name particles) running back from the head
        k = head
        while k - 1 >= a and not L[k - 1].endswith(POSSESSIVE_ENDINGS) and (
            # a possessive ends the chunk: "Iowa State University's Dianne Bystrom" is a person
            T[k - 1] in ".-"
            or L[k - 1] in NAME_PARTICLES
            or is_proper(T, L, k - 1, first)
            or _inside_name(T, L, k - 1, a, b, first)  # "the Department of Health"
            or k - 1 == first and _inside_name(T, L, k, a, b, first)  # "Bank of America said"
            or k - 1 == first and _joined(T, L, k - 1, head + 1) in _INSTITUTION_NAMES  # "Consumer Reports found"
        ):
            k -= 1
        if k - 3 >= a and L[k - 1] == "the" and initial_upper(T[k - 2]) and T[k - 2].isalpha() and names_a_body(L[k - 3]) and (
            initial_lower(T[k - 3]) or k - 3 == first
        ):
            k -= 2  # "Campaign group Stop the Stanwell Burner": a body's word before a name that takes "the"
        orgish = False
        titled = title_of
        words = 0
        for j in range(k, head + 1):
            if T[j][0].isalnum():
                words += 1
                c = classes_of(L[j])
                # a hyphenated word is read by any part: "Inter-Services Public Relations",
                # "Lashkar-e-Jabbar" (where the word for the body comes first)
                orgish = orgish or "org_word" in c or "-" in L[j] and any(
                    "org_word" in classes_of(part) for part in L[j].split("-")[1 if L[j].startswith(_PREFIXES) else 0 :]
                )
                # (a hyphenated title by either part too: "Secretary-Treasurer Gary Casteel")
                # (but no role heads a body's word: "Caerwen Male Voice Choir" is a choir)
                titled = titled or "title" in c or j < head and _role_before_name(T, L, j, first) and not (
                    j + 1 == head and entry is not None and entry.cls == "organization" and not entry.plural
                ) or (
                    "-" in L[j] and any("title" in classes_of(part) for part in L[j].split("-"))
                )
        # "Team Halcyon said": a team's name opens with the word (which alone is no body's word:
        # "CNN's reality check team")
        orgish = orgish or k < head and L[k] == "team" and initial_upper(T[k])
        # a person's role right before the name: "the late auctioneer Cyril Banner" (not a banner)
        role = k - 1 >= a and initial_lower(T[k - 1]) and _individual_noun(L[k - 1])
        # (a firm may fill the role too: "Race organiser Grand Loop Events said")
        firm_role = role and not titled and L[k - 1] in FIRM_ROLES
        titled = titled or role
        # (a hashtag is spelt in capitals inside whatever it names: "#KarachiAirportAttack")
        orgish = orgish or words == 1 and (
            is_acronym(strip_possessive(T[head])) or intercapped(T[head]) and not (head > 0 and T[head - 1] == "#")
        )
        # partners joined by "&" are a firm ("Harwell & Finch"), and so is a name after a noun for
        # a body that says what it is ("the aid agency Bread Road", "the brewer Marlow & Pike")
        # (or opens the sentence before it: "Distributor Harvest said", "Carmaker Tesla said")
        given = any(given_name_at(T, L, x) for x in range(k, head))
        orgish = orgish or "&" in T[k:head] or k - 1 >= a and (initial_lower(T[k - 1]) or k - 1 == first) and (
            names_a_body(L[k - 1]) or L[k - 1] in PUBLICATIONS  # "the journal Nature"
        ) and not (k - 2 >= a and L[k - 2] == "former") and not given
        # ("the former publisher Rupert Kane", "Broadcaster Nigel Coote" are people)
        # a country after a common word names its agency: "Public Health Scotland", "Statistics Canada"
        orgish = orgish or head > k and strip_possessive(lower) in _AGENCY_COUNTRIES and not given
        # a noun for a body or a record ends the name of one: "Heathrow Airport", "Glasgow
        # Museums", "The Global Risks Report" (but "Charlotte Church" and "Russell Brand" are
        # people: a given name or a title says so)
        # (also right after its members' plural possessive: "The Fenland Detectorists' Club")
        members_own = plural_owner_mark(T, L, k - 1, a)
        common_head = entry if (head > k or members_own) and not titled and not given else None
        head_org = "org_word" in classes_of(lower) or is_acronym(strip_possessive(hw)) or (
            common_head is not None and (common_head.cls == "organization" or lower in _FIRM_RECORD_WORDS)
        )
        if strip_possessive(hw) in _POST_NOMINALS and head > k and (
            # (or two names with no word for a body: "Rupert Haines KC")
            titled or given or head - k >= 2 and not orgish
        ):
            return PhraseKind("named_person", True, head, lower)  # "Helen Marsh KC", "Sir John Roe MP"
        if head_org and titled and head - 1 >= k and given_name_at(T, L, head - 1):
            # "Mayor Don Guardian", "Senator Tom Post": a titled given name before a word that also
            # names a body ("the Guardian") makes it a surname
            return PhraseKind("named_person", True, head, lower)
        # "Baltic Grid", "Judicial Watch": a common word that ends a body's name, and no given
        # name or title says it is a person's ("Samantha Power")
        # (or one such word after its members' plural possessive: "The Bishops' Conference")
        # (or after a capitalised owner, a house's name: "Mallon's Boatyard said"; and so is one
        # trade in "-ing" there: "Fenwick's Grooming said", where "Ian Fleming" has no owner)
        house_owner = k - 1 >= a and L[k - 1].endswith(POSSESSIVE_ENDINGS) and initial_upper(T[k - 1])
        head_org = head_org or lower in _BODY_ENDINGS and (not titled or firm_role) and not given and (
            head > k or members_own or house_owner
        ) or head == k and house_owner and not titled and not given and (
            len(L[k]) > 6 and L[k].endswith("ing")
            # (or a trade's people or its shop: "Mercer's Chemists", "Marlow's Coaches", "Dobson's Bakery")
            or entry is not None and entry.cls != "document" and (entry.plural or entry.cls == "organization")
            # (or a plural no list knows: "Harrop's Hounds did not respond", a firm named for its stock;
            # or a works named by its trade: "Brennan's Saddlery declined")
            or entry is None and (s_inflection(lower) or _trade_premises(lower))
        ) or (
            lower == "park" and head > k and L[head - 1] in _PARK_KINDS
        ) or (
            # a plural no list knows after a body's word inside the name: "Ellis Dairy Ices", a
            # firm named for its trade and its stock (no person's name holds "Dairy")
            entry is None and s_inflection(lower) and not titled and not given and _body_word_inside(T, L, k + 1, head)
        ) or (
            # an abstract noun in "-tion" or "-sion" ends no person's name: "Wordsmith Syndication
            # estimates", as "Kestrel Distribution" or "Harbour Aviation" would
            head > k and entry is None and lower.endswith(_ABSTRACT_ENDINGS) and not titled and not given
        )
        if common_head is not None and common_head.cls == "document" and not common_head.plural and (
            # a year makes even a "Survey" one edition: "The 2024 Opera Audiences Survey"
            edition or _year_in(L, a, head) or lower != "survey" and (
                any(L[x] in _EDITIONS for x in range(a, k)) or words >= 3 and "org_word" not in classes_of(lower) and lower not in _BODY_ENDINGS and lower not in _MASTHEAD_RECORDS
            )
        ) and not _body_of(L, k, head):
            # a record named by its subject, though a body's word is in the name: "The UN Human
            # Development Report", "The Dunmoor Care Market Review 2025", "The 2024 Safety Review" (but "the Bank of
            # England" owns its report, and "Nature Review" or "The Daily Record" may be outlets)
            return PhraseKind("document", True, head, common_head.noun)
        if common_head is not None and common_head.cls == "document" and not common_head.plural and _authored_after(L, b):
            # "The Rowe Report, commissioned by the county in 2022, concluded": a record made by
            # someone (though "The Drudge Report" alone is an outlet)
            return PhraseKind("document", True, head, common_head.noun)
        if house_owner and head == k and entry is not None and entry.cls == "document" and not entry.plural and not titled and (
            lower not in _BODY_ENDINGS and lower not in _MASTHEAD_RECORDS
        ):
            # "The Harbour Master's Report for 2024 warns": an owner's named record, as "Mallon's
            # Boatyard" is an owner's named firm (but "The Collector's Ledger" is a title's masthead)
            return PhraseKind("document", True, head, entry.noun)
        if lower in _STATUTES and not titled and not given and (head > k or k - 1 == a and L[a] == "the"):
            # "The Highway Code says", "The Road Traffic Act says", "the Constitution guarantees": a
            # law or a code is a record (no outlet takes such a name, as "The Drudge Report" does)
            return PhraseKind("document", True, head, lower)
        if lower in _PERIODIC_TRACKERS and any(L[x] in _EDITIONS for x in range(a, k)):
            # "The annual Flowers and Plants Market Monitor revealed": a yearly edition is a record,
            # though "Monitor" or "Tracker" alone may name a body
            return PhraseKind("document", True, head, lower)
        if head_org or (orgish and not titled):
            return PhraseKind("named_organization", True, head, lower)
        if head > a and any(L[x] == "our" and initial_upper(T[x]) for x in range(a + 1, head)):
            # "Save Our Churchyards believes", "Keep Our Lanes Safe said": a campaign named for
            # what its members want, in their own voice; no person's name holds "Our"
            return PhraseKind("named_organization", True, head, lower)
        if orgish and _plural_people(lower, entry) and any(L[x] in ("of", "for") for x in range(k + 1, head)):
            # "The Association of Chief Police Officers", "the Institute of Student Employers": a
            # body named for its members; a role among them is not a person's title
            return PhraseKind("named_organization", True, head, lower)
        if head > k and not titled and not given and (entry is not None and entry.plural_of_people() or any(
            _capitalised_people(T, L, x) for x in range(k + 1, head)
        )):
            # "Calder Valley Flood Wardens posted", "Texas Democrats said": a name that ends in a
            # plural of people names the body they make up, never one person; and so does one with
            # such a plural inside it: "Bus Users Northshire", "Carers Trust Wales"
            return PhraseKind("named_organization", True, head, lower)
        if k == a == head and _demonym_plural(lower):
            # "Americans say", "Europeans believe": the people of a demonym, counted, not named
            # (with an article or a name before it, "the Saudis", "House Democrats", it stays a body)
            return PhraseKind("unnamed_group", False, head, lower)
        bare = k == a or k - 1 == a and L[a] == "the"  # the name is the whole phrase
        if bare and (
            # "the Kremlin", "the Pentagon": a person's name takes no article
            not titled and k - 1 == a and words <= 2 and not (words == 1 and _family_plural(T, L, head))
            # a place stands for its government ("Beijing said", "Downing Street denied"), and a
            # listed organisation is one ("Google said", "according to Politico"), even when its
            # first word could be a role ("Consumer Reports")
            or _joined(T, L, k, head + 1) in _INSTITUTION_NAMES
        ):
            return PhraseKind("named_organization", True, head, lower)
        if bare and head == b - 1 and hw.endswith(POSSESSIVE_ENDINGS) and _verb_at(T, L, b):
            # "Moody's warned", "McDonald's has said": a possessive with a verb after it is a firm
            # named after its founder (a person's possessive needs a noun to own: "Trump's claim")
            return PhraseKind("named_organization", True, head, lower)
        if _two_places(T, L, k, head + 1):
            return PhraseKind("named_organization", True, head, lower)  # "Paris and Berlin said": two governments
        if common_head is not None and common_head.cls == "document" and not common_head.plural:
            # "The Global Risks Report warns" (a "Survey" may be an agency, "the U.S. Geological
            # Survey", or a record, "The Kestrel Fertiliser Survey": a body either way, which "it"
            # can resolve to, never a person)
            if lower == "survey" and not edition and not _year_in(L, a, head):
                # (a year makes it one survey's edition: "The 2024 Veterans' Wellbeing Survey suggests")
                return PhraseKind("named_organization", True, head, lower)
            return PhraseKind("document", True, head, common_head.noun)
        if edition and not titled and not given:
            return PhraseKind("document", True, head, lower)  # "Vision 2030 says": a dated programme, no one's name
        if bare and k - 1 == a and words >= 3 and not titled and not given:
            return PhraseKind("named_organization", True, head, lower)  # "The Ethical Trading Compact": longer, still no one's name
        return PhraseKind("named_person", True, head, lower)
    if pre_named is None:
        pre_named = _any_name(T, L, a, head, first)
    if entry is None and head == a and lower_initial_brand(hw):
        return PhraseKind("named_organization", True, head, lower)  # "easyJet said", "bpost confirmed"
    if entry is None:
        if pre_named and L[a] in _COUNTS and lower.endswith("s") and not lower.endswith("ss"):
            # "most London binders of the period", "many Welsh hill farmers": people of a kind
            # and a place, counted; no named body is counted so
            return PhraseKind("unnamed_group", False, head, lower)
        if lower in _VERB_SPELT_RECORDS and head > a and (
            L[a] in ARTICLES or L[a] in POSSESSIVE_PRONOUNS or any(L[x].endswith(POSSESSIVE_ENDINGS) for x in range(a, head))
        ):
            # "According to the scaffold register kept in the site office", "According to Bright &
            # Breezy's price list": a record, typed here only, since "register" is as often the
            # verb ("hopes to register voters"); named when a name owns it
            return PhraseKind("document", bool(pre_named), head, lower)
        if pre_named and L[a] in _INDEFINITE and initial_lower(T[head]) and lower.endswith(_AGENT_ENDINGS):
            # one of a kind, from a place or of a name's, as "a London bank" is: "A Whitby
            # confectioner, speaking on condition of anonymity, said", "one Trump confidant" name
            # no one (but "A Real Clear Politics average of polls" is a named record)
            pre_named = False
        if pre_named:
            # "the Trump campaign", "The New Yorker piece": a named body or work
            return PhraseKind("named_organization", True, head, lower)
        # an unknown common noun ("the 40-year-old"; "the Texan" is proper and handled above); a
        # place of work named by its trade is a body, as "the brewery" is: "The tannery said"
        plural = lower.endswith("s") and not lower.endswith("ss") or _trade_premises(lower)
        return PhraseKind("unnamed_group" if plural else "unnamed_individual", False, head, lower)
    cls = entry.cls
    if cls != "individual" and not entry.plural and _age_set_off(T, b):
        # "The model, 19, said": only a person's age is set off after the noun (a fashion model,
        # not a climate model)
        return PhraseKind("unnamed_individual", False, head, entry.noun)
    if cls == "document":
        # "the PICSS report", "a report by PICSS", "data from the U.S. Energy Information Administration"
        if pre_named or _named_by(T, L, end, b, first):
            return PhraseKind("document", True, head, entry.noun)
        return PhraseKind("unnamed_group" if entry.plural else "document", False, head, entry.noun)
    if cls == "organization" or cls == "group" and lower in _NAMED_BODIES:
        # an institution is named by its place too: "the Australian government", "UK intelligence"
        # a capitalised word opening the sentence before one is a place ("Chicago police said"),
        # unless it is a common modifier of institutions ("Local media", "State police")
        if L[a] in _INDEFINITE:
            # one of its kind, not the one: "a bank in London", "a London bank", "an Australian
            # bank" are not named by their place (but "a Barclays spokesman" is)
            pre_named = pre_named and not all(initial_lower(T[x]) or is_place(T, L, x, x + 1) for x in range(a + 1, head))
        if L[a] in _COUNTS and entry.plural:
            return PhraseKind("unnamed_group", False, head, entry.noun)  # "Several Premier League clubs fear": bodies of a kind, counted
        if not entry.plural and L[a] in ("a", "an", "one") and _who_after(L, head):
            # "One supplier, who asked not to be named,", "A bookmaker who laid the winner": "who"
            # makes one of a trade's firms a person (though "the council, who" may be the council)
            return PhraseKind("unnamed_individual", False, head, entry.noun)
        if pre_named or L[a] not in _INDEFINITE and (_any_place(T, L, a, head, first) or _of_a_name(T, L, end, b, first) and not (
            entry.plural and L[end] == "in"  # "regulators in Belgium" are a kind of body, not one named by its place
        )) or (
            # (not before a plural institution: "Rights groups say", "Aid agencies warned" are kinds of bodies)
            a <= first < head and L[first] not in _INSTITUTION_MODIFIERS and name_word(T, L, first, first)
            and not (cls == "organization" and entry.plural)
        ):
            return PhraseKind("named_organization", True, head, entry.noun)
        if not entry.plural and (
            any(L[x] in _PEOPLE_ONLY_MODIFIERS for x in range(a, head)) or entry.noun == "operator" and _machine_before(L, a, head)
        ):
            # a word that describes only a person makes a firm's word one of its people: "a senior
            # control-room operator", "a veteran broadcaster"; so does a machine one works: "a
            # crane operator", "the crusher's operator" (not "the network operator", "a tour operator")
            return PhraseKind("unnamed_individual", False, head, entry.noun)
        return PhraseKind("unnamed_group", False, head, entry.noun)
    if cls == "group":
        return PhraseKind("unnamed_group", False, head, entry.noun)
    if lower in _PEERAGES and initial_upper(hw) and _of_a_name(T, L, end, b, first):
        # "The Duke of Harrowfield", "the Countess of Ebbridge": a peer is named by the title and
        # its place, as "Lord Smith of Finsbury" is (a ruler's "King of Spain" is an office)
        return PhraseKind("named_person", True, head, entry.noun)
    return PhraseKind("unnamed_group" if entry.plural else "unnamed_individual", False, head, entry.noun)


def _who_after(L: list[str], head: int) -> bool:
    """Whether "who" follows the head at ``head``, right after it or after a comma."""
    x = head + 1
    if x < len(L) and L[x] == ",":
        x += 1
    return x < len(L) and L[x] == "who"


# how much of a plural the clause after it speaks of: "Spotters, many of whom", "Walkers, most of them"
_SHARES: Final = frozenset("many most some all both several few none".split())


def _body_word_inside(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether a capitalised singular noun for a body stands in ``[a, b)``: the "Dairy" of "Ellis
    Dairy Ices"."""
    return any(initial_upper(T[x]) and names_a_body(L[x]) for x in range(a, b))


def _spread_over_a_place(T: list[str], L: list[str], head: int, b: int) -> bool:
    """Whether a place that people are found in, or across, follows the head at ``head`` inside
    the phrase ending before ``b``: "in the", "across the south-west", "at the Cheltenham heat" (a
    person's surname takes "of" for where they work, and a name opening the sentence recurs in
    mid-sentence)."""
    return head + 2 < b and L[head + 1] in _SPREAD_OVER and (L[head + 2] in ARTICLES or initial_lower(T[head + 2])) and (
        not capitalised_elsewhere(T, head)
    )


_SPREAD_OVER: Final = frozenset(("in", "at", "across", "around", "throughout"))
_ABSTRACT_ENDINGS: Final = ("tion", "sion")


def _counted_after(L: list[str], b: int) -> bool:
    """Whether ", many of whom" (or "most of them") follows the phrase ending before ``b``."""
    return b + 3 < len(L) and L[b] == "," and L[b + 1] in _SHARES and L[b + 2] == "of" and L[b + 3] in ("whom", "them")


def _plural_people(lower: str, entry: SourceNoun | None) -> bool:
    """Whether the head word ``lower`` of a name is a plural: a person's name never ends in one."""
    if entry is not None:
        return entry.plural_of_people()
    return s_inflection(lower)


def _two_places(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether ``[a, b)`` joins two places with "and": "Paris and Berlin", "Washington and Moscow"."""
    for x in range(a + 1, b - 1):
        if L[x] == "and":
            return is_place(T, L, a, x) and is_place(T, L, x + 1, b)
    return False


def _owner_named_after_of(T: list[str], L: list[str], k: int, b: int) -> bool:
    """Whether the "of" at ``k`` opens a name in the possessive that owns the head after it, all
    before ``b``: "The Archbishop of Canterbury's spokesman", "the Bank of England's governor"
    (not "a spokesman for Bob Smith's campaign": only "of" joins a title or a body to its name, and
    not "the head of China's delegation" or "Jo Lee of Washington's Institute": a common noun or a
    person's name before "of" is the head itself)."""
    before = classes_of(L[k - 1])
    if not initial_upper(T[k - 1]) or "title" not in before and "org_word" not in before:
        return False
    x = k + 1
    if x < b and L[x] == "the":
        x += 1
    while x < b - 1 and initial_upper(T[x]) and T[x][0].isalpha():
        if L[x].endswith(POSSESSIVE_ENDINGS):
            return T[x + 1][0].isalpha()
        x += 1
    return False


def _body_name_through_of(T: list[str], L: list[str], a: int, k: int, b: int) -> bool:
    """Whether the "of" at ``k`` stands inside one capitalised name that ends the phrase ``[a, b)``
    with a word for a body: "Aldridge's Birds of Prey Centre", "the Museum of Puppetry Trust" (not
    "Jo Lee of Washington", "the head of China's delegation")."""
    if not (initial_upper(T[k - 1]) and k + 1 < b):
        return False
    before = classes_of(L[k - 1])
    start = k - 1
    while start - 1 >= a and initial_upper(T[start - 1]) and T[start - 1].isalpha():
        start -= 1
    # the words before "of" name a body too, or a house owns them: "Mallon's Boats of Distinction"
    # (not a person's name: "Jo Lee of Washington Grid")
    if not ("org_word" in before or L[k - 1] in _BODY_ENDINGS or start - 1 >= a and initial_upper(T[start - 1]) and L[start - 1].endswith(POSSESSIVE_ENDINGS)):
        return False
    x = k + 1
    if L[x] == "the":
        x += 1
    while x < b and initial_upper(T[x]) and T[x].isalpha():
        x += 1
    return x == b and x - 1 > k and ("org_word" in classes_of(L[b - 1]) or L[b - 1] in _BODY_ENDINGS)


def names_a_body(low: str) -> bool:
    """Whether ``low`` is a singular source noun for an institution ("agency", "firm", "brewer"):
    what makes the name it describes a body ("the aid agency Bread Road", "The militant group,
    Jamaat-ul-Ahrar,")."""
    return _singular_source_noun(low, "organization")


GIVEN_NAMES: Final = given_names()
# words that describe a person and never a body
_PEOPLE_ONLY_MODIFIERS: Final = frozenset("senior junior veteran retired elderly trainee".split())
_OPERATED_MACHINES: Final = content_words("operated_machine")
_NUMBERED_PARTS: Final = content_words("numbered_part")


def _machine_before(L: list[str], a: int, head: int) -> bool:
    """Whether a machine one works, or its owner's possessive, comes in ``[a, head)``."""
    return any(strip_possessive(L[x]) in _OPERATED_MACHINES for x in range(a, head))


# source nouns whose plural is as often a verb after a name: "Joe Smith advocates a new tax",
# "Ivanka Trump champions working mothers"
VERBS_IN_S: Final = frozenset(("advocates", "champions"))
# the outlet and its writers, named by the outlet itself: "this newspaper", "our correspondent"
OWN_DETERMINERS: Final = frozenset(("this", "our"))
_OWN_OUTLET: Final = frozenset(
    "newspaper paper blog website site publication magazine outlet station channel programme program newsletter podcast"
    " column reporter reporters correspondent correspondents writer columnist newsroom editor critic reviewer scribe"
    " panel".split()  # ("Our tasting panel found": the outlet's own tasters)
)
# nouns for records that end firms' names more often than records' titles: "Kestrel Audio",
# "Blockbuster Video", "Experian Data" (but "The Global Risks Report" is a record)
_FIRM_RECORD_WORDS: Final = frozenset(("audio", "video", "data", "film", "photo", "broadcast"))
# words for a record's regular edition: "The annual Arctic Ice Review" (a review, not a journal)
_EDITIONS: Final = frozenset(("annual", "biennial"))
# what a body's periodic report may be called, which an edition word makes a record
_PERIODIC_TRACKERS: Final = frozenset(("monitor", "tracker", "barometer", "index"))
# the last word of a law's or a code's name: "The Road Traffic Act", "The Highway Code"
_STATUTES: Final = frozenset("act code constitution treaty statute directive decree byelaw bylaw rulebook amendment".split())
# records whose word also ends a newspaper's name: "The Daily Record", "The Columbus Dispatch",
# "The Des Moines Register"
_MASTHEAD_RECORDS: Final = frozenset(("record", "dispatch", "bulletin", "register"))
# countries (and continents) whose agencies take their name last: "Transport Scotland", "Health
# Canada", "Lifeline Africa"
_AGENCY_COUNTRIES: Final = frozenset("scotland england wales ireland uk britain canada australia india africa asia europe".split())
# publications, which the lexicon files as records, before a name make it a publisher: "the journal Nature"
PUBLICATIONS: Final = frozenset(("journal", "paper", "magazine", "newspaper", "newsletter", "tabloid", "weekly", "website"))
# works whose title follows them in capitals: 'on the MSNBC show “Morning Joe”', "The novel
# According to Ruth" (the title's words are the work's, not a cue or a quotation)
TITLED_WORKS: Final = frozenset(
    "show program programme podcast series column documentary film movie novel book memoir play musical poem album song".split()
)
# what the outlet itself finds out, and its people who do: "Our analysis found", "our own review shows", "Our testers found"
_OWN_WORK: Final = frozenset(
    "analysis investigation review reporting reconstruction tally count tests testing testers tester editors".split()
    + "fact-check factcheck poll survey research inquiries enquiries inquiry enquiry".split()
)
# letters after a person's name that read as initials: an office, a rank at the bar, an honour, a degree
_POST_NOMINALS: Final = frozenset(
    "MP MSP MLA MEP TD QC KC SC JP OBE MBE CBE KBE DBE FRS MD PhD DPhil".split()
)
_VERSUS: Final = frozenset(("v", "vs", "v.", "vs."))


def _post_nominal_at(T: list[str], i: int) -> bool:
    """Whether ``T[i]`` is letters after a name ("Sir John Roe MP"), not a head after an owner ("Kent's MP")."""
    return T[i] in _POST_NOMINALS and i > 0 and initial_upper(T[i - 1]) and not T[i - 1].endswith(POSSESSIVE_ENDINGS)


def unmarked_name(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether the name ``[a, b)`` carries nothing that makes it a person's: no given name, no
    title, no initial ("PropOrNot", "Fusion GPS"; not "Joe Biden", "Sen. Corker", "J. Smith"), and
    is not a lawsuit ("Walmart Stores v. Dukes")."""
    for x in range(a, b):
        t = T[x]
        if t[0].isalpha() and (
            L[x] in GIVEN_NAMES or "title" in classes_of(L[x]) or len(t) == 1 and t.isupper() or L[x] in _VERSUS
        ):
            return False
    return True


def given_name_at(T: list[str], L: list[str], x: int) -> bool:
    """Whether word ``x`` is a given name written with its capital ("John", "Mark"; not "mark")."""
    return L[x] in GIVEN_NAMES and initial_upper(T[x])


def _a_body_after_of(T: list[str], L: list[str], end: int, last: int) -> bool:
    """Whether the name after "of" at ``end`` is a body's, not the title holder's, so the title is
    the head and no one is named: "the director of the FBI", "a senior officer of the Delhi
    Police" (an article and no given name), "The chairman of Acme" (one word), "the president of
    Stallard Group" (a name that ends in an organisation's word); but "Secretary of State John
    Kerry", "Secretary of State Kerry", "Director of the CIA John Brennan"; and "a director of
    Stowaway Storage", a word that ends a body's name with no given name before it)."""
    return (
        last == end + 1 or "org_word" in classes_of(L[last])
        or L[end + 1] in ARTICLES and not any(given_name_at(T, L, x) for x in range(end + 2, last + 1))
        or L[last] in _BODY_ENDINGS and not any(given_name_at(T, L, x) for x in range(end + 1, last + 1))
    )


def _titled_for_a_name(T: list[str], L: list[str], end: int, last: int) -> bool:
    """Whether "for" at ``end`` sits inside a formal title that ends in a person's name:
    "Minister for Foreign Affairs Julie Bishop", "Special Inspector General for Afghanistan
    Reconstruction John Sopko" (but "a spokesman for John Kerry" speaks for him, and "the
    Secretary for Health and Human Services" names no one).  A name no list knows may end the
    title too when one field word leads a run of three or more plain capitalised words:
    "Minister for Information Chaudhry Asghar Nadeem"."""
    if not initial_upper(T[end - 1]) or last - 1 <= end:
        return False
    return given_name_at(T, L, last - 1) or last - end >= 3 and all(
        _plain_name_word(T, L, x) for x in range(end + 1, last + 1)
    )


def _plain_name_word(T: list[str], L: list[str], x: int) -> bool:
    """Whether word ``x`` is a capitalised word that is neither an organisation's word nor a
    source noun, as the words of a person's name are."""
    return T[x].isalpha() and initial_upper(T[x]) and not T[x].isupper() and "org_word" not in classes_of(L[x]) and L[x] not in _NOUNS


def _bare_surname(T: list[str], head: int, b: int, lower: str) -> bool:
    """Whether a lone capitalised title or demonym that is also a surname names a person: "Cuban
    said" (Mark Cuban), "English said" (Bill English), "said Bishop".  A singular count noun
    cannot be a subject without a determiner, so the bare word names someone; but not in a
    headline, where the word after it is capitalised too ("King Wants ..."), nor as initials."""
    return (
        b == head + 1 and initial_upper(T[head]) and not T[head].isupper() and lower in _SURNAME_WORDS
        and (b >= len(T) or not initial_upper(T[b]))
    )


# titles and demonyms that are also surnames; "President said" stays a title (a headline's)
_SURNAME_WORDS: Final = content_words("surname_word")
# roles a firm fills as well as a person, so a role before a body's name says nothing of a person
FIRM_ROLES: Final = content_words("firm_role")


def ranked(T: list[str], k: int, lo: int) -> bool:
    """Whether the number at ``k`` follows a ranking's mark, "No" or "No." (two tokens): "the
    world No 1", "The world No. 1 admitted"."""
    return k - 1 >= lo and T[k - 1] in _RANK_MARKS or k - 2 >= lo and T[k - 1] == "." and T[k - 2] == "No"


def _individual_noun(low: str) -> bool:
    """Whether ``low`` is the singular of a noun for one person ("auctioneer", "spokesman")."""
    entry = _NOUNS.get(low)
    return entry is not None and entry.cls == "individual" and low == entry.noun


def _role_before_name(T: list[str], L: list[str], j: int, first: int) -> bool:
    """Whether word ``j`` is one person's role right before a name: "Senate Majority Leader Mitch
    McConnell", "Campaign Manager Robby Mook".  An organisation word before it ("Senate") does
    not make the person an organisation."""
    return _individual_noun(L[j]) and is_proper(T, L, j + 1, first)


def _described_name_at_end(T: list[str], L: list[str], a: int, end: int, b: int, first: int) -> bool:
    """Whether ``[a, b)``, a bare description with "of" at ``end``, ends with a person's full
    name that a lower-case noun runs straight into: "master of ceremonies Asab Al-Tabchi",
    "director of communications Jen Psaki", "Head of security Tom Lane".  Not "the mayor of Chicago", "the kind of campaign
    Ayotte" (an article: the name may open a clause), "two out of three Americans" (a count)."""
    k = b - 1
    while k > end and (is_proper(T, L, k, first) or T[k] in ".-" or L[k] in NAME_PARTICLES):
        k -= 1
    if b - 1 - k < 2 or k <= end or not name_word(T, L, b - 1, first):
        return False
    if L[a] in _COUNTS:
        return False
    for j in range(a, k + 1):
        w = T[j]
        # (the sentence's first word has its capital: "Head of security Tom Lane said"; and when
        # the description opens the sentence, its "of" may take an article: "Clerk of the course
        # Martin Hedley warned")
        if not (w[0].isalpha() and (initial_lower(w) or j == first)) or "determiner" in classes_of(L[j]) and not (
            a == first and j == end + 1 and L[j] == "the" and j < k
        ):
            return False
    lk = L[k]
    # a one-word field in "-ing" is a department's ("Head of rowing Charlotte Baird", "director of
    # marketing Jo Lane"), not a gerund taking the name as its object
    gerund = lk.endswith(ING_ED_ENDINGS) and not (k == end + 1 and lk.endswith("ing") and _individual_noun(L[end - 1]))
    # (a field may be a word that also names bodies: "director of news Jo Lane", "Head of rowing")
    return not _CLASSES.get(lk, ORG_WORD_ONLY) - ORG_WORD_ONLY and lk not in _POST_MODIFIERS and not gerund


# the one word class that a field before a name, or a describing word of an act's object, may
# have: "director of news Jo Lane", "reported for international duty"
ORG_WORD_ONLY: Final = frozenset(("org_word",))


def is_place(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether the words of ``[a, b)`` are a country, capital, region or seat of government."""
    return _joined(T, L, a, b) in _PLACES


# prefixes a hyphen joins to a word, never a word for a body themselves ("Co-author", not "Co.")
# ("Post-Intelligencer" keeps its "Post")
_PREFIXES: Final[tuple[str, ...]] = ("co-", "ex-", "vice-", "anti-", "non-", "self-")
# lower-case words inside the name of a cause ("Citizens for Responsibility and Ethics in Washington")
_CAUSE_FILLERS: Final = frozenset(("and", "of", "the", "a", "an", "in", "&"))
# people who band together for a cause under their own name ("Moms for Liberty", "Doctors for
# America"); not roles that serve someone ("Attorneys for Clinton", "Strategists for Obama")
_PEOPLE_FOR_A_CAUSE: Final = frozenset(
    """parents mothers moms mums fathers dads grandparents families women men children kids youth
    students veterans citizens voters taxpayers patients residents neighbors neighbours friends
    doctors physicians nurses teachers scientists scholars economists christians catholics
    evangelicals conservatives liberals progressives democrats republicans people""".split()
)


# what opens the object or the place of a participle after a record: "accompanying the image"
_PLACED_OBJECT_OPENERS: Final = frozenset("the a an his her its their this these above on in at from".split())


def record_placed(T: list[str], L: list[str], k: int, lo: int, hi: int) -> bool:
    """Whether an "-ing" word at ``k`` places the record named right before it, with an object or
    a place after it ("The caption accompanying the image", "a note accompanying the flowers",
    "the sign hanging above the door"; not "policy planning director"): the record is the head."""
    entry = _NOUNS.get(L[k - 1]) if k - 1 >= lo else None
    return (
        entry is not None and entry.cls == "document" and L[k].endswith("ing") and T[k].isalpha() and L[k] not in _CUE_FORMS
        and k + 1 < hi and L[k + 1] in _PLACED_OBJECT_OPENERS
    )


def _people_for_a_cause(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether ``[a, b)``, after an optional "the", is capitalised words for people in the plural,
    "for", then a capitalised cause: "Moms for Liberty", "Students for Open Campus"."""
    if L[a] == "the":
        a += 1
    if b - a >= 3 and T[a] == "Friends" and L[a + 1] == "of" and (initial_upper(T[b - 1]) or L[b - 2] == "the" and T[b - 1].isdigit()) and (
        initial_upper(T[a + 2]) or L[a + 2] == "the"
    ) and not L[b - 1].endswith(POSSESSIVE_ENDINGS) and not any(_marks_a_person(T, L, x) for x in range(a + 2, b)):
        # "Friends of the Valley", "Friends of Kelso Park", "Friends of the 74" (a bus route): a
        # campaign named for what its members befriend (not "Friends of Mr. Clinton's", a man's friends)
        return True
    f = a + 1
    while f < b and L[f] != "for":
        if not (T[f].isalpha() and initial_upper(T[f])):
            return False
        f += 1
    if f + 1 >= b or not (T[a].isalpha() and initial_upper(T[a])) or not initial_upper(T[b - 1]) or not initial_upper(T[f + 1]):
        return False
    if not (L[f - 1] in _PEOPLE_FOR_A_CAUSE or _demonym_plural(L[f - 1])):
        return False
    # (the cause is no person: "Republicans for Ted Cruz", "Veterans for Senator Hale")
    return all((initial_upper(T[x]) and T[x][0].isalpha() and not _marks_a_person(T, L, x)) or L[x] in _CAUSE_FILLERS for x in range(f + 1, b))


def people_plural(low: str) -> bool:
    """Whether ``low`` is a plural noun for people ("farmers", "staff", "residents")."""
    entry = _NOUNS.get(low)
    return entry is not None and entry.plural_of_people()


def _capitalised_people(T: list[str], L: list[str], x: int) -> bool:
    """Whether the word at ``x`` is a capitalised plural of people ("Users", "Carers", "Wardens")."""
    return people_plural(L[x]) and initial_upper(T[x]) and T[x].isalpha()


def _marks_a_person(T: list[str], L: list[str], x: int) -> bool:
    """Whether the word at ``x`` makes the name it stands in a person's: a given name or a title
    ("Ted Cruz", "Senator Hale", "Mr. Clinton's")."""
    return given_name_at(T, L, x) or "title" in classes_of(L[x])


def _listed_whole(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether ``[a, b)``, after an optional "the", is a listed name of several words, capitalised."""
    if L[a] == "the":
        a += 1
    if not 2 <= b - a <= 6 or not initial_upper(T[a]) or not initial_upper(T[b - 1]):
        return False
    return _joined(T, L, a, b) in _INSTITUTION_NAMES


def _joined(T: list[str], L: list[str], a: int, b: int) -> str:
    """The words of ``[a, b)`` as a lexicon key: lower case, possessive dropped, one space between
    (an ampersand is a word: "Johnson & Johnson"); "" for a phrase too long to be a listed name."""
    if b - a > 6:
        return ""
    return " ".join(strip_possessive(L[j]) for j in range(a, b) if T[j][0].isalnum() or T[j] == "&")


def s_inflection(lower: str) -> bool:
    """Whether ``lower`` ends in an inflectional "-s", a plural's or a verb's ("Clintons", "says"),
    not in "-ss", "-us" or "-is" ("press", "census", "analysis")."""
    return lower.endswith("s") and not lower.endswith(_SS_US_IS_ENDINGS)


def _family_plural(T: list[str], L: list[str], k: int) -> bool:
    """ "the Obamas", "the Clintons", "the Sanders": a family called by its surname, which the
    article also names in the singular ("Obama", "Clinton") in mid-sentence, or without "the"
    ("Sanders said"); "the Dodgers", "the Celtics" and "the Times" are a team and a paper."""
    lower = L[k]
    if not s_inflection(lower) or "org_word" in classes_of(lower):
        return False
    word = strip_possessive(T[k])
    capitals = _mid_sentence_capitals(T)
    return (
        capitals.get(word[:-1], 0) > 0 or word.endswith("es") and capitals.get(word[:-2], 0) > 0
        or word in _capitals_without_the(T, L)
    )


# the tokens of the document the last look-up was for, with the capitalised words (possessive
# dropped) that stand there at least once without "the" before them; built once per document
_last_without_the: list[tuple[Sequence[str], frozenset[str]]] = [((), frozenset())]


def _capitals_without_the(T: list[str], L: list[str]) -> frozenset[str]:
    entry = _last_without_the[0]
    if entry[0] is not T:
        words = frozenset(
            strip_possessive(T[j]) for j in range(len(T)) if initial_upper(T[j]) and (j == 0 or L[j - 1] != "the")
        )
        entry = (T, words)
        _last_without_the[0] = entry
    return entry[1]


def _any_place(T: list[str], L: list[str], a: int, b: int, first: int) -> bool:
    for k in range(a, b):
        if "demonym" in classes_of(L[k]) and is_proper(T, L, k, first):
            # "Chinese state media" anywhere, but "Local media" only for its capital at the start
            if k != first or L[k] not in _INSTITUTION_MODIFIERS:
                return True
    return False


# what names a document's author after it: "a report by PICSS", "data from the EIA", "a poll
# released by The Washington Post" (but not "records obtained by the Daily Southtown")
_AUTHORED: Final = frozenset("compiled released published issued conducted prepared written produced commissioned".split())


def _authored_after(L: list[str], b: int) -> bool:
    """Whether a participle of making a record follows the phrase ending before ``b``, set off or
    not: "The Rowe Report, commissioned by the county", "The Hale Review published in May"."""
    x = b + 1 if b < len(L) and L[b] == "," else b
    return x < len(L) and L[x] in _AUTHORED


def _named_by(T: list[str], L: list[str], end: int, b: int, first: int) -> bool:
    """Whether a document's post-modifier names its author: "compiled by the EIA", "from Edelman"."""
    k = end
    if k < b and L[k] in _AUTHORED:
        k += 1
    if k >= b or L[k] not in ("by", "from") or L[k] == "from" and k > end:
        return False
    return _any_name(T, L, k + 1, b, first)


# an article for one of a kind: "a bank in London" is not named by its place, "the government in Kabul" is
_INDEFINITE: Final = frozenset(("a", "an", "one"))
# endings of nouns for people by what they do or are, with those of a person kept or placed:
# confectioner, impersonator, florist, historian; confidant, appointee
_AGENT_ENDINGS: Final = (*AGENT_ENDINGS, "ant", "ee")


# a peer's rank, which with "of" and a place names one person
_PEERAGES: Final = frozenset("duke duchess earl countess marquess marchioness viscount viscountess".split())


def _name_after_place_preposition(T: list[str], L: list[str], end: int, last: int, first: int) -> bool:
    """Whether the name that ends at ``last`` is the object of "in", "at" or "from" after the
    title's own object: "The secretary of public security in Michoacán" is no one named Michoacán."""
    x = last
    while x > end and is_proper(T, L, x, first):
        x -= 1
    return x > end + 1 and L[x] in ("in", "at", "from") and initial_lower(T[x])


def _of_a_name(T: list[str], L: list[str], end: int, b: int, first: int) -> bool:
    """Whether an institution's post-modifier is "of" and a name: "the city of Nice", "the
    government of Pakistan" (but not "the ministry of health", lower case), or "in" and a place:
    "the government in Kabul"."""
    if end + 1 < b and L[end] == "in":
        return is_place(T, L, end + 1, b)
    if end + 1 >= b or L[end] != "of":
        return False
    start = end + 2 if L[end + 1] == "the" and end + 2 < b else end + 1  # "the ethics committee of the Asian Hockey Confederation"
    return all(is_proper(T, L, k, first) or T[k] in ".-" for k in range(start, b))


def _inside_name(T: list[str], L: list[str], k: int, a: int, b: int, first: int) -> bool:
    """Whether ``of``/``for``/``and`` at ``k`` joins two parts of one name ("Bank of America")."""
    if L[k] not in ("of", "for", "and", "&", "on", "at"):
        return False
    if (L[k] == "at" or L[k] == "on") and k - 1 >= a and people_plural(L[k - 1]):
        return False  # "Staff at Gorton & Sons Boat Services": people at a body, not the body's name
    return (
        k - 1 >= a
        and k + 1 < b
        # (a sentence's first word counts too: "Department of Justice said", "Bank of America said")
        and (is_proper(T, L, k - 1, first) or k - 1 == first and initial_upper(T[k - 1]))
        and (
            is_proper(T, L, k + 1, first) and "org_word" in classes_of(L[k - 1])
            # a titled record's "of" may take "the": "The 2024 State of the Forests report"
            or L[k] == "of" and (is_proper(T, L, k + 1, first) or L[k + 1] == "the" and k + 2 < b and is_proper(T, L, k + 2, first))
            and _titled_record(T, L, k + 1, b)
        )
    )


_TITLE_JOINERS: Final = frozenset(("of", "the", "and", "in", "for"))


def _titled_record(T: list[str], L: list[str], k: int, b: int) -> bool:
    """Whether ``[k, b)`` ends a title in capitals with a record noun that it names: "(The State
    of) Nature report", "(the Future of) Work survey"."""
    entry = _NOUNS.get(L[b - 1])
    if entry is None or entry.cls != "document" or entry.plural or not initial_lower(T[b - 1]) or b - 1 <= k:
        return False
    return all(initial_upper(T[x]) or L[x] in _TITLE_JOINERS for x in range(k, b - 1))
