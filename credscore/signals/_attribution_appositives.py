"""What the words set off after a name say about the kind of thing it names.

A name alone rarely tells a firm from a person: "Walker Harrison", "Brightwater" and "GrimWolf"
could be either.  The writer usually says which right after it, in an apposition or a relative:

- "Walker Harrison, which advises several governments, said": "which" is for a thing, so the name
  is an organisation, and "who" (with a singular verb) is for a person: "Paris, who used to work
  on Capitol Hill, said";
- "Sentinel, the monitoring group, said" and "Pemberton, the insurer, estimated": the apposition's
  head is a body;
- "GrimWolf, a streamer with 3 million subscribers, said" and "Sterling Church, the defendant's
  brother, testified": the head is a person.

The pass runs over the found attributions once, after the scan, and changes only the kind of a
named source (person or organisation), and of an unnamed person's noun whose apposition or
relative says it is a body ("The landlord, a property company registered in Jersey,", "The
buyer, which ...": an unnamed group); spans, namedness and everything else stay as found.
"""

from __future__ import annotations

from typing import Final

from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_lower, initial_upper
from credscore.signals._attribution_lexicon import POSSESSIVE_ENDINGS, source_nouns
from credscore.signals._attribution_names import (
    ARTICLES,
    FIRM_PARTNERS,
    FIRM_ROLES,
    PUBLICATIONS,
    PhraseKind,
    classes_of,
    given_name_at,
    person_word,
    plural_owner_mark,
    unmarked_name,
)
from credscore.signals._attribution_phrase import Found, record_noun
from credscore.signals._attribution_tokens import DocTokens

_NOUNS: Final = source_nouns()
_NAMED_KINDS: Final = frozenset(("named_person", "named_organization"))
_PARTICIPLE_ENDINGS: Final = ("ing", "ed")
# past participles without "-ed" that follow an apposition's head: "the bakery chain known for"
_IRREGULAR_PARTICIPLES: Final = frozenset("known built made held led born grown shown sold kept".split())
_PLURAL_VERBS: Final = frozenset(("are", "were", "have"))
_REACH: Final = 8  # how many words an apposition's head may lie after its article
_CLOSING_COMMA_REACH: Final = 12  # tokens of an apposition after "according to" a name, to its closing comma
# what a common noun before them belongs to or speaks for: "the president of", "a spokesman for"
_OWNERS: Final = frozenset(("of", "for", "at", "with"))
# what ends an apposition's head noun: a preposition, a relative or a clause word
# determiners that open a verb's object, never a word of an apposition before its head
_DETERMINERS: Final = frozenset("any every each some no this these those its his her their our my your".split())
# what a person works at, after a noun that may name a firm: "a shipbroker at Fjord Chartering"
_WORKPLACE_WORDS: Final = frozenset(("at", "with"))
# what a house named in the possessive does right after its name: "Sotheby's said" (but
# "Trump's suggestion", "In Dr. Okonkwo's view": the name owns the cue)
_VERBS_AFTER_A_HOUSE: Final = frozenset("said says told added announced confirmed declined estimated expects warned".split())
_NAME_JOINERS: Final = frozenset(("of", "the", "and", "for"))  # ("Cones for Kids, a Blackpool charity,")
# trades whose firms are called houses: "the Milan fashion house", "the auction house"
_HOUSE_TRADES: Final = frozenset(("fashion", "auction", "publishing", "couture", "trading", "design", "fragrance"))
_AFTER_HEAD: Final = frozenset("of for to at from in on with by who which that whose and or but behind outside near".split())


def described_kind(T: list[str], L: list[str], k: int) -> str:
    """The kind of source that the words from token ``k`` on (right after a name's comma) describe:
    "named_organization" for "which ..." or an apposition headed by a body ("the monitoring
    group"), "named_person" for "who ..." or one headed by a person ("a streamer", "the
    defendant's brother"), "document" for one headed by a record ("an annual survey"; but "the
    weekly journal" is a body's), else ""."""
    n = len(T)
    if k >= n:
        return ""
    if L[k] == "which":
        return "named_organization"
    if L[k] == "who":
        # "Paris, who used to work on Capitol Hill": a person; but British style gives a team or
        # a firm a plural verb ("Warrington, who are third in Super League")
        return "" if k + 1 < n and L[k + 1] in _PLURAL_VERBS else "named_person"
    if L[k] not in ARTICLES:
        return ""
    head = ""
    head_at = k
    former = False  # "a former bookmaker": a person who was one, or worked for one
    workplace = False  # "a shipbroker at Fjord Chartering": one who works at a firm
    for j in range(k + 1, min(n, k + 1 + _REACH)):
        low = L[j]
        former = former or low == "former"
        if plural_owner_mark(T, L, j, k):
            head = ""  # "the actors' union": a plural owner's apostrophe is its own token
            continue
        if low in _DETERMINERS:
            # an object's determiner ends the head: "the company his father founded", and "the
            # designation means any bank ..." is a clause whose head is no noun
            break
        if not T[j][0].isalnum() or low in _AFTER_HEAD or low in ARTICLES:
            workplace = low in _WORKPLACE_WORDS and j + 1 < n and initial_upper(T[j + 1])
            break
        if not initial_lower(T[j]):
            # a name modifies what follows it ("the Daily Beast editor") or heads it ("a University
            # of ..."); a source noun in capitals is the head ("a Kano-based NGO")
            head = low if T[j].isupper() and len(low) > 1 and low in _NOUNS else ""
            continue
        if head and j + 1 < n and L[j + 1] == "by" and low not in _NOUNS:
            break  # "a food bank network run by churches": a participle of any form before its agent
        if (low.endswith(_PARTICIPLE_ENDINGS) or low in _IRREGULAR_PARTICIPLES) and "-" not in low and low not in _NOUNS:
            if head and not (j + 1 < n and initial_lower(T[j + 1]) and _singular_noun(L[j + 1])):
                break  # "the security contractor guarding the pipeline", "the toolmaker founded in Akron"
            continue  # "the monitoring group", "the biggest building society": a modifier before the head
        if low.endswith(POSSESSIVE_ENDINGS):
            head = ""  # "the defendant's brother": the owner is no head
            continue
        head, head_at = low, j
    if head == "house" and L[head_at - 1] in _HOUSE_TRADES:
        return "named_organization"  # "Tessaro, the Milan fashion house,": a firm, though a house is no body
    entry = _NOUNS.get(head) if head else None
    if entry is None or entry.plural:
        return ""
    if entry.cls == "organization":
        return "" if former or workplace else "named_organization"
    if entry.cls == "individual":
        # (a firm fills some roles too: "Corvane Shipping, the ship's Athens-based manager,")
        return "" if head in FIRM_ROLES else "named_person"
    if entry.cls == "document":
        # "Nature, the weekly journal,": a publication speaks as its publisher
        # (but "a paper" after a name may be a study: "Kestrel, a paper by three economists,")
        return "named_organization" if head in PUBLICATIONS and head != "paper" else "document"
    return ""


def _singular_noun(low: str) -> bool:
    """Whether ``low`` is a source noun in the singular ("society", not "dockers")."""
    entry = _NOUNS.get(low)
    return entry is not None and not entry.plural


def _owned(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether the phrase ``[a, b)`` ends in what a common noun belongs to or speaks for: "the
    president of Judicial Watch", "a spokesman for Acme" (but "The Justice League of Ardena" is
    one name)."""
    return any(L[j] in _OWNERS and j > a and initial_lower(T[j - 1]) for j in range(a, b))


def _ends_at_head(T: list[str], L: list[str], a: int, head: int, k: int) -> bool:
    """Whether the name ``[a, k)`` before a comma ends at its head, or runs on from it in capitals
    and the words that join a name's parts: "Paws Out of the Ring, which" describes the whole (but
    in "Jane Doe of Acme, which" the relative may describe Acme)."""
    return head == k - 1 or head < k and not given_name_at(T, L, a) and all(
        initial_upper(T[y]) or L[y] in _NAME_JOINERS for y in range(head + 1, k)
    )


def _team_name(T: list[str], L: list[str], a: int, b: int) -> bool:
    """Whether tokens ``[a, b)`` are capitalised words only and nothing says a person
    (:func:`unmarked_name`): "Marlow Town", "Dundee Thistle"; not one plural word, which may be
    people ("Bengalureans were hoping")."""
    return a < b and not (b - a == 1 and L[a].endswith("s")) and all(
        T[x][:1].isupper() and T[x].isalpha() for x in range(a, b)
    ) and unmarked_name(T, L, a, b)


def _named_as(f: Found, phrase: PhraseKind, kind: str) -> Found:
    """``f`` with its named source retyped as ``kind``, its head kept."""
    return f.with_phrase(PhraseKind(kind, True, phrase.head, phrase.head_lemma))


def retype_by_apposition(found: list[Found], toks: DocTokens) -> None:
    """Give each named source, and each unnamed person's noun that a body's apposition follows,
    the kind its apposition or relative states, in place."""
    T, L, S = toks.T, toks.L, toks.S
    for x in range(len(found)):
        f = found[x]
        phrase = f.phrase
        source = f.source
        if phrase is None or source is None or phrase.source_type != "unnamed_individual" and phrase.source_type not in _NAMED_KINDS:
            continue
        k = bisect_left(S, source.end)
        a = bisect_left(S, source.start)
        if phrase.source_type == "unnamed_individual":
            if k + 1 < len(T) and T[k] == "," and f.cue.start > source.end and L[k - 1] in _NOUNS and (
                not _owned(T, L, a, k) and described_kind(T, L, k + 1) == "named_organization"
            ):
                # "The landlord, a property company registered in Jersey, declined to comment": one
                # word for a person, and the apposition before the verb says it is a body, unnamed
                # (but in "A spokesman for Grebe Lane Marina, which has 240 berths," the relative
                # describes the marina)
                found[x] = f.with_phrase(PhraseKind("unnamed_group", False, phrase.head, phrase.head_lemma))
            continue
        if phrase.source_type == "named_person" and k < len(T) and L[k] in _PLURAL_VERBS and _team_name(T, L, a, k):
            # "Marlow Town have denied", "Dundee Thistle are adamant": a name with a plural verb
            # is a team or a firm, in British style; one person takes "has"
            found[x] = _named_as(f, phrase, "named_organization")
            continue
        if phrase.source_type == "named_person" and phrase.head == k - 1 and L[k - 1].endswith(POSSESSIVE_ENDINGS) and initial_upper(T[k - 1]) and (
            k < len(T) and (T[k] == "," or L[k] in _VERBS_AFTER_A_HOUSE)
        ):
            # "According to Christie's,", "Graysmith's said": a name in the possessive with nothing
            # owned after it is a shop or a house named after its founder
            found[x] = _named_as(f, phrase, "named_organization")
            continue
        if k + 1 >= len(T) or T[k] != "," or not _ends_at_head(T, L, a, phrase.head, k) or _owned(T, L, a, k):
            continue  # (what follows "the president of Judicial Watch, which" describes Judicial Watch)
        if f.kind == "according" and f.content is not None and f.content.start == S[k + 1] and not any(
            T[y] == "," for y in range(k + 2, min(len(T), k + 2 + _CLOSING_COMMA_REACH))
        ):
            # "According to Deputy Prosecutor Lucía Ferrando, the network laundered": the words
            # after the comma are what is credited, not an apposition, which a comma would close
            continue
        kind = described_kind(T, L, k + 1)
        if kind == "named_person" and phrase.source_type == "named_organization" and L[a] == "the":
            continue  # "The European Union, the park's largest donor,": no one's name opens with "the"
        if kind == "named_organization" and L[k + 1] != "which" and (
            given_name_at(T, L, a) or initial_upper(T[a]) and person_word(L[a]) and any(given_name_at(T, L, y) for y in range(a + 1, k))
        ):
            # "Ann Lee, a film maker,": a person who makes films (but "John Lewis, which runs 34
            # stores,"); so is one with a title before the given name: "According to Mayor Bill
            # Smith, the network laundered", "Professor Howard Bell, an authority on early glass,"
            continue
        if kind == "named_person" and phrase.source_type == "named_organization" and ("&" in T[a:k] or phrase.head_lemma in FIRM_PARTNERS):
            continue  # "Dobbs & Sons, the tackle dealer,", "Dobbs and Sons, the tackle dealer,": a firm, which deals
        if kind == "document" and not record_noun(phrase.head_lemma):
            continue  # a record describes only a name of a record: "The Palmer Report, an annual survey,"
        if kind and kind != phrase.source_type:
            found[x] = _named_as(f, phrase, kind)
