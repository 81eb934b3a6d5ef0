"""The sourcing family's word lists, read once per process from the shipped TSV lexicons."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from credscore import lexicons

# word endings for str.endswith, typed as tuples of any length: compiled by mypyc such a constant is
# one object, where a literal tuple, or a Final one of fixed length, is built anew at every call (so
# every tuple the modules hand to endswith or startswith is typed Final[tuple[str, ...]]); these are
# the ones several modules share
POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("'s", "’s")
NEGATION_ENDINGS: Final[tuple[str, ...]] = ("n't", "n’t")
ING_ED_ENDINGS: Final[tuple[str, ...]] = ("ing", "ed")
ED_EN_ENDINGS: Final[tuple[str, ...]] = ("ed", "en")
ED_LY_ENDINGS: Final[tuple[str, ...]] = ("ed", "ly")
# endings of nouns for people by what they do or are: "campaigner", "impersonator", "columnist",
# "historian" (each reader adds its own: "-man", or "-ant" and "-ee")
AGENT_ENDINGS: Final[tuple[str, ...]] = ("er", "or", "ist", "ian")
# plurals of people by their ending: "shoppers", "economists", "physicians", "residents"
PEOPLE_PLURAL_ENDINGS: Final[tuple[str, ...]] = ("ers", "ists", "ians", "ents", "ants")

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_ED_EN_WN_ENDINGS: Final[tuple[str, ...]] = ("ed", "en", "wn")
_S_SH_CH_X_Z_ENDINGS: Final[tuple[str, ...]] = ("s", "sh", "ch", "x", "z")


class CueForm:
    """One surface form of an attribution cue.

    A plain class, read-only by convention: compiled (setup.py), its fields are read directly by
    the scanner, which looks at a cue's form a dozen times per cue.
    """

    __slots__ = (
        "lemma", "kind", "noun", "tell", "particle", "particle_words", "participle", "clause", "infinitive",
        "statement", "predicate", "words_object", "quoted",
    )

    def __init__(
        self,
        lemma: str,
        kind: str,
        noun: bool,
        tell: bool,
        particle: str | None,
        participle: bool,
        clause: bool = False,
        infinitive: bool = False,
        statement: bool = False,
        predicate: bool = False,
        words_object: bool = False,
        quoted: bool = False,
    ) -> None:
        self.lemma = lemma
        self.kind = kind  # speech | cognition | agentless
        self.noun = noun  # the form is also a common noun ("claims", "report")
        self.tell = tell  # takes a recipient before its content
        self.particle = particle  # a word that must follow ("point out")
        # the particle's choices, each as its words: "clear|it+clear" -> (("clear",), ("it", "clear"))
        self.particle_words: tuple[tuple[str, ...], ...] = (
            tuple(tuple(choice.split("+")) for choice in particle.split("|")) if particle is not None else ()
        )
        self.participle = participle  # a past form usable in the passive ("is said to")
        # counts only with a complement: "that", "to", a clause ("wants to", "knew that")
        self.clause = clause
        # counts only before "to", "that" or a wh-word ("plans to", not "planned attacks")
        self.infinitive = infinitive
        # never before an object: "he added that", not "added 1 million jobs"
        self.statement = statement
        # an adjective after "be" that attributes a belief: "is convinced that", "were adamant that"
        self.predicate = predicate
        # a verb that speaks only through what it hands over: "offered his thoughts", not "offered a job"
        self.words_object = words_object
        # a verb that speaks only right beside a quotation: '“...,” pleaded Nadia Ferris', not "pleaded guilty"
        self.quoted = quoted

    def __repr__(self) -> str:
        return f"CueForm({self.lemma!r}, {self.kind!r})"


def _regular_forms(lemma: str) -> list[str]:
    third = regular_plural(lemma)  # a verb's third person is spelt as a noun's plural: "reaches", "denies"
    if lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    return [lemma, third, past, ing]


@lru_cache(maxsize=1)
def cue_forms() -> dict[str, CueForm]:
    """Every inflected cue form, lower case, to what it is."""
    out: dict[str, CueForm] = {}
    for row in lexicons.rows("attribution_cues"):
        lemma, kind = row[0], row[1]
        forms = [f.strip() for f in row[2].split(",")] if len(row) > 2 and row[2] else []
        if not forms:
            forms = _regular_forms(lemma)
        flags = row[3].split(",") if len(row) > 3 and row[3] else []
        particle = next((f.split("=", 1)[1] for f in flags if f.startswith("particle=")), None)
        for form in forms:
            if form in out:
                continue
            is_base_or_s = form == lemma or (form.endswith("s") and not form.endswith("ss"))
            out[form] = CueForm(
                lemma=lemma,
                kind=kind,
                noun="noun" in flags and is_base_or_s or "base_noun" in flags and form == lemma,
                tell="tell" in flags,
                particle=particle,
                participle=form.endswith(_ED_EN_WN_ENDINGS) or form in _IRREGULAR_PARTICIPLES,
                clause="clause" in flags or "infinitive" in flags,
                infinitive="infinitive" in flags,
                statement="statement" in flags,
                predicate="predicate" in flags,
                words_object="words_object" in flags,
                quoted="quoted" in flags,
            )
    return out


_IRREGULAR_PARTICIPLES: Final = frozenset(
    {"said", "told", "thought", "felt", "known", "understood", "written", "foreseen", "sworn", "seen", "sought", "found", "learnt", "made"}
)


class SourceNoun:
    """The head noun of an unnamed source (a plain class for the same reason as :class:`CueForm`)."""

    __slots__ = ("noun", "cls", "plural")

    def __init__(self, noun: str, cls: str, plural: bool) -> None:
        self.noun = noun
        self.cls = cls  # individual | group | organization | document
        self.plural = plural

    def plural_people(self) -> bool:
        """Whether this is the plural of a noun for people, counted one by one ("witnesses",
        "insiders"), not of a group ("police") or a record ("reports")."""
        return self.plural and self.cls == "individual"

    def plural_of_people(self) -> bool:
        """Whether this is a plural for people, counted one by one ("witnesses") or as a body
        ("staff", "police"): what "they" and a plural verb may take."""
        return self.plural and self.cls in ("individual", "group")

    def __repr__(self) -> str:
        return f"SourceNoun({self.noun!r}, {self.cls!r}, {self.plural!r})"


def regular_plural(noun: str) -> str:
    """The regular English plural of ``noun``: "officials", "coaches", "witnesses", "secretaries"."""
    if noun.endswith(_S_SH_CH_X_Z_ENDINGS):
        return noun + "es"
    if len(noun) > 1 and noun[-1] == "y" and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=1)
def source_nouns() -> dict[str, SourceNoun]:
    """Head nouns of unnamed sources, singular and plural, lower case."""
    out: dict[str, SourceNoun] = {}
    for row in lexicons.rows("source_nouns"):
        noun, cls = row[0], row[1]
        plural = row[2] if len(row) > 2 and row[2] else regular_plural(noun)
        out.setdefault(noun, SourceNoun(noun, cls, plural == noun and cls == "group"))
        if plural != noun:
            out.setdefault(plural, SourceNoun(noun, cls, True))
        if cls == "individual":
            # a person's former role is read by the role: "his ex-boyfriend", "the ex-senators"
            out.setdefault("ex-" + noun, SourceNoun("ex-" + noun, cls, False))
            out.setdefault("ex-" + plural, SourceNoun("ex-" + noun, cls, True))
    return out


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Closed-class words (determiners, auxiliaries, pronouns, titles ...) to their classes."""
    acc: dict[str, set[str]] = {}
    for row in lexicons.rows("sourcing_function_words"):
        if row[1] != "body_end":
            acc.setdefault(row[0], set()).add(row[1])
    return {w: frozenset(c) for w, c in acc.items()}


@lru_cache(maxsize=1)
def body_endings() -> frozenset[str]:
    """Common words that end a body's name ("Judicial Watch", "Baltic Grid"), kept apart from the
    closed classes: alone, each is an ordinary word or a surname."""
    return frozenset(row[0] for row in lexicons.rows("sourcing_function_words") if row[1] == "body_end")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, capitals, regions and seats of government, lower case, words joined by spaces."""
    return frozenset(row[0] for row in lexicons.rows("places") if row[1] != "abbreviation")


@lru_cache(maxsize=1)
def state_abbreviations() -> frozenset[str]:
    """US states as news style abbreviates them after a city ("mich", "n.y"), lower case,
    without the final dot."""
    return frozenset(row[0] for row in lexicons.rows("places") if row[1] == "abbreviation")


@lru_cache(maxsize=1)
def organisations() -> frozenset[str]:
    """Organisations news English names on their own ("Google", "Hamas", "Amnesty International"),
    lower case, words joined by spaces."""
    return frozenset(row[0] for row in lexicons.rows("organisations"))


@lru_cache(maxsize=1)
def gendered_words() -> dict[str, tuple[str, str]]:
    """The ``given_names`` lexicon: each word, lower case, with its sex ("f" or "m") and kind
    ("name", "title" or "noun")."""
    return {row[0]: (row[1], row[2]) for row in lexicons.rows("given_names") if len(row) >= 3}


def given_names() -> frozenset[str]:
    """Common given names ("tom", "donna"), lower case."""
    return frozenset(w for w, (_, kind) in gendered_words().items() if kind == "name")


def gendered_nouns() -> frozenset[str]:
    """Nouns for kinds of people that say a sex ("wife", "spokesman"), lower case."""
    return frozenset(w for w, (_, kind) in gendered_words().items() if kind == "noun")


@lru_cache(maxsize=None)
def irregular_pasts() -> frozenset[str]:
    """Common irregular simple-past verb forms ("spoke", "met"), lower case."""
    return frozenset(row[0] for row in lexicons.rows("irregular_pasts"))


def words_of(cls: str) -> frozenset[str]:
    """The words of one closed class."""
    return frozenset(w for w, c in word_classes().items() if cls in c)


@lru_cache(maxsize=1)
def _content_classes() -> dict[str, frozenset[str]]:
    acc: dict[str, set[str]] = {}
    for row in lexicons.rows("sourcing_content_words"):
        acc.setdefault(row[1], set()).add(row[0])
    return {c: frozenset(w) for c, w in acc.items()}


def content_word_classes() -> tuple[str, ...]:
    """The classes of ``sourcing_content_words``, sorted."""
    return tuple(sorted(_content_classes()))


def content_words(cls: str) -> frozenset[str]:
    """The open-class words of one class of ``sourcing_content_words`` ("judgement", "speech_noun" ...).

    An unknown class raises :class:`KeyError` naming the known ones, so a misspelt class never
    reads as an empty set.
    """
    words = _content_classes().get(cls)
    if not words:
        raise KeyError(f"unknown content-word class {cls!r}; known: {', '.join(content_word_classes())}")
    return words
