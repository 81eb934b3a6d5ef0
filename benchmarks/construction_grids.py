"""Construction grids for the sourcing family: every combination of a few parts of a reporting
sentence, each with the attributions a reader expects.

    python benchmarks/construction_grids.py [--show N] [--grid NAME ...]

The frame battery (``frame_battery.py``) crosses sources with reporting verbs and word orders;
these grids cross the parts around them, where the bugs it cannot see live: a speaker described
by a relative clause who reports what someone else said ("A resident who asked not to be named
said police told them to leave"), a speaker inserted before the subject's own verb ("The minister,
Smith said, announced his resignation"), a second verb joined to the first ("... and added that"),
words between the speaker and the verb and between the verb and what was said, openings
("Speaking on condition of anonymity,"), titles and names, and the people told ("told reporters
police had ...").  For each grid it prints how many sentences came out as expected and the first
N that did not.

Every sentence is put together here from invented parts; no corpus text is used.  A sentence
that fails is a rule to look at, not a score to fit.  The grids were written in session 146,
when they found the bugs that tests/test_sourcing_nested.py, test_sourcing_joined.py and
test_sourcing_hearers.py pin; they are kept so that later rules can be checked against them.
Session 147 added eight more: two speakers set against each other ("Smith said ... but Jones
said ..."), speakers described by what they belong to and counts ("at least two officials"), two
described people who speak together, verb chains ("went on to say"), the outlet told and the
medium ("said via Twitter"), quotations, pronouns resolved across sentences, and agentless
reports and refusals; tests/test_sourcing_contrast.py, _counts.py, _pairs.py and _channels.py pin
what they found.  Session 148 added five: a long opening clause before the speaker, titles of
programmes and books ('told ABC’s “Good Morning America” that'), "as Smith put it" and "in the
words of", asides (brackets, a time set off after the subject, a manner word before a colon, a
participle after an inverted speaker), and passive agents with owners written with an
abbreviation's dot ("Acme Corp.'s statement"); tests/test_sourcing_titles.py, _as_clauses.py,
_asides.py, _passive_agents.py and _dotted_owners.py pin what they found.  Session 149 added
one: what closes a sentence after what was said (a speaker, its verb and a time or a
circumstance: "..., Smith added on Tuesday.", "said officials at a news conference", "..., staff
were told on Wednesday.", '“...,” said Smith, Jones and Brown.'); tests/test_sourcing_closing_phrases.py
and _asked.py pin what it found.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import credscore  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from credscore.analysis import AnalyzedText  # noqa: E402
from credscore.signals.sourcing import attributions_of  # noqa: E402

# what one attribution must be: its cue (the n-th with that text, in text order), and any of its
# source, source type and content (None: not checked; NO_SOURCE: no source at all; an
# Antecedent: the earlier mention the source resolves to)
NO_SOURCE = object()


class Antecedent(str):
    """The words of the earlier mention a pronoun source must resolve to."""
Expect = tuple[str, int, object, "str | None", "str | None"]  # cue, occurrence, source, type, content


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _check(text: str, expected: list[Expect]) -> str | None:
    """Why ``text`` does not read as ``expected``, or None when it does."""
    atts = attributions_of(AnalyzedText(text))

    def words(span) -> str | None:
        return None if span is None else text[span.start : span.end]

    for cue, nth, source, source_type, content in expected:
        same = [a for a in atts if words(a.cue) == cue]
        if len(same) <= nth:
            return f"no {cue!r}"
        a = same[nth]
        if source is NO_SOURCE and a.source is not None:
            return f"{cue!r}: source {words(a.source)!r}, expected none"
        if isinstance(source, Antecedent):
            if words(a.resolved_from) != source:
                return f"{cue!r}: resolved to {words(a.resolved_from)!r}, expected {str(source)!r}"
        elif isinstance(source, str) and words(a.source) != source:
            return f"{cue!r}: source {words(a.source)!r}, expected {source!r}"
        if source_type is not None and a.source_type != source_type:
            return f"{cue!r}: type {a.source_type}, expected {source_type}"
        if content is not None and words(a.content) != content:
            return f"{cue!r}: content {words(a.content)!r}, expected {content!r}"
    return None


# --- a described speaker reports another's words -------------------------------------------
_SPEAKERS = [  # (phrase, its source when a relative clause or a participle follows, plural)
    ("officials", True), ("a resident", False), ("Smith", False), ("two people familiar with the talks", True),
    ("a spokeswoman for the council", False),
]
_DESCRIPTIONS = [  # (words after the speaker, whether the source keeps them)
    (" who asked not to be named", False), (" who spoke on condition of anonymity", False), (" who were there", False),
    (" who lives nearby", False), (" interviewed by the BBC", True), (" at the scene", True), (" in Kabul", True), ("", True),
]
_REPORTED = ["the minister", "police", "Jones", "the company", "her lawyer", "officials", "the judge"]
_REPORTED_VERBS = [
    ("announced", "announced his resignation"), ("warned", "warned staff"), ("denied", "denied the claims"),
    ("told", "told them to leave"), ("admitted", "admitted the error"), ("said", "said nothing"),
]


def nested() -> Iterator[tuple[str, list[Expect]]]:
    for (speaker, plural), (words, kept), verb, reported, (cue, rest) in itertools.product(
        _SPEAKERS, _DESCRIPTIONS, ("said", "say", "insisted", "believe"), _REPORTED, _REPORTED_VERBS
    ):
        if verb in ("say", "believe") and not plural:
            continue
        if words == " who were there" and not plural:
            words = " who was there"
        text = f"{_cap(speaker)}{words} {verb} {reported} {rest}."
        source = _cap(speaker) + (words if kept else "")
        inner_nth = 1 if cue == verb else 0
        yield text, [(verb, 0, source, None, f"{reported} {rest}"), (cue, inner_nth, reported, None, None)]


def inserted() -> Iterator[tuple[str, list[Expect]]]:
    """ "The minister, Smith said, announced his resignation": the subject's verb is its own."""
    for subject, (speaker, _), (cue, rest) in itertools.product(_REPORTED, _SPEAKERS[:3] + [("he", False)], _REPORTED_VERBS):
        if cue == "said":
            continue
        text = f"{_cap(subject)}, {speaker} said, {rest}."
        yield text, [("said", 0, speaker, None, _cap(subject)), (cue, 0, _cap(subject), None, None)]


# --- a second verb joined to the first --------------------------------------------------------
_JOINED_SUBJECTS = [("Smith", "named_person"), ("The ministry", "unnamed_group"), ("A spokeswoman", "unnamed_individual"),
                    ("Officials", "unnamed_group"), ("Acme Corp.", "named_organization")]
_FIRST_CONTENTS = ["the ward was closed", "the ward had closed", "the ward was empty", "the plan was approved by the board",
                   "staff were moved", "it was a mistake", "the ward would close", "nobody was hurt"]
_JOINERS = [" and", " but", ", and", ", but", ", and later", " and also"]
_SECOND_VERBS = [("added", " that staff had been moved"), ("warned", " that it could reopen"), ("insisted", " the ward would reopen"),
                 ("noted", " that the ward was old"), ("told", " reporters the ward would reopen"),
                 ("acknowledged", " that mistakes were made"), ("denied", " that anyone was to blame")]


def joined() -> Iterator[tuple[str, list[Expect]]]:
    for (subject, kind), content, joiner, (verb, rest) in itertools.product(_JOINED_SUBJECTS, _FIRST_CONTENTS, _JOINERS, _SECOND_VERBS):
        text = f"{subject} said {content}{joiner} {verb}{rest}."
        yield text, [("said", 0, subject, kind, content), (verb, 0, subject, kind, None)]


# --- words between the speaker and the verb, and between the verb and what was said ----------
_POSITION_SUBJECTS = [("Smith", "named_person"), ("The ministry", "unnamed_group"),
                      ("A spokeswoman for the council", "unnamed_individual"), ("Acme Corp.", "named_organization"),
                      ("The report", "document")]
_BEFORE_VERB = ["", " also", " later", " on Tuesday", ", however,", " in a statement", " has", " had previously", " has since",
                " on Tuesday evening", ", in an interview with the BBC,", " last week", " repeatedly",
                " at a press conference on Monday", " this week", " never", " once"]
_AFTER_VERB = [" that the ward was closed", " the ward was closed", " on Tuesday that the ward was closed",
               " in a statement that the ward was closed", " last week that the ward was closed", ", however, that the ward was closed"]


def positions() -> Iterator[tuple[str, list[Expect]]]:
    for (subject, kind), before, (verb, shown), after in itertools.product(
        _POSITION_SUBJECTS, _BEFORE_VERB, [("said", "said"), ("told", "told reporters"), ("claimed", "claimed"), ("argued", "argued")], _AFTER_VERB
    ):
        text = f"{subject}{before} {shown}{after}."
        yield text, [(verb, 0, subject, kind, "the ward was closed")]


# --- an opening before the speaker --------------------------------------------------------------
_OPENINGS = ["Speaking to reporters on Tuesday,", "Speaking on condition of anonymity,", "In an interview,", "Writing in the Guardian,",
             "Responding to the claims,", "Asked about it,", "Citing security concerns,", "Quoting officials,", "Addressing the rally,",
             "Echoing Jones,", "In a statement on Tuesday,", "Later,", "However,", "In Kabul,", "At a briefing,", "Despite the claims,",
             "After the vote,", "When asked,", "In a letter to staff,", "Separately,", "In response,", "Contacted by the BBC,",
             "Reached by phone,", "In his ruling,", "According to Jones,"]


def openings() -> Iterator[tuple[str, list[Expect]]]:
    for opening, subject, (verb, shown) in itertools.product(
        _OPENINGS, ["Smith", "an official", "the ministry", "officials", "she"],
        [("said", "said"), ("argued", "argued"), ("told", "told the BBC"), ("insisted", "insisted")],
    ):
        text = f"{opening} {subject} {shown} that the ward was closed."
        yield text, [(verb, 0, subject, None, "the ward was closed")]


# --- titles and names ------------------------------------------------------------------------------
_NAMES = ["Sen. Jane Roe (D-Ill.)", "Prof. Jane Roe", "Lt. Gen. John Doe", "the Rev. John Doe", "Sir John Doe", "Dame Jane Roe",
          "Sheikh Ahmed al-Tayeb", "Mr. Doe", "Ms Roe", "Dr Roe", "Judge Jane Roe", "Chief Constable Jane Roe", "Maj.-Gen. John Doe",
          "Jean-Pierre Dupont", "Nguyen Van Thanh", "Aung San Suu Kyi", "Xi Jinping", "Recep Tayyip Erdogan", "Mohammed bin Salman",
          "J.K. Rowling", "Martin Luther King Jr.", "Ursula von der Leyen", "Pope Francis", "Prince William", "Baroness Jones",
          "Rabbi John Doe", "Sister Mary Roe", "Detective Jane Roe", "Prime Minister John Doe", "Attorney General John Doe",
          "Councillor Jane Roe", "Admiral Jane Roe"]
_NAME_ORDERS = ["{S} said the ward was closed.", "The ward was closed, {s} said.", "“The ward is closed,” said {s}.",
                "According to {s}, the ward was closed.", "{S} told the BBC the ward was closed.", "“The ward is closed,” {s} told the BBC."]


def names() -> Iterator[tuple[str, list[Expect]]]:
    for name, order in itertools.product(_NAMES, _NAME_ORDERS):
        text = order.format(S=_cap(name), s=name)
        cue = "According to" if "According" in order else "told" if "told" in order else "said"
        yield text, [(cue, 0, None, "named_person", None)]


# --- the people told -----------------------------------------------------------------------------
def hearers() -> Iterator[tuple[str, list[Expect]]]:
    for hearer, reported, (cue, rest) in itertools.product(
        ["reporters", "lawmakers", "journalists", "supporters", "me", "them"], _REPORTED, _REPORTED_VERBS
    ):
        text = f"He told {hearer} {reported} {rest}."
        inner_nth = 1 if cue == "told" else 0
        yield text, [("told", 0, "He", None, f"{reported} {rest}"), (cue, inner_nth, reported, None, None)]


# --- session 147: two speakers set against each other ------------------------------------------
_FIRST_SPEAKERS = [("Smith", "named_person"), ("the ministry", "unnamed_group"), ("officials", "unnamed_group"),
                   ("a spokeswoman", "unnamed_individual"), ("the report", "document"), ("Acme Corp.", "named_organization")]
_SECOND_SPEAKERS = [("Jones", "named_person"), ("the union", "unnamed_group"), ("critics", "unnamed_group"),
                    ("a nurse", "unnamed_individual"), ("he", None)]
_CONTRASTS = ["{A} said the ward was closed, while {b} said it was open.", "{A} said the ward was closed, but {b} insisted it was open.",
              "{A} said the ward was closed; {b} said it was open.", "While {a} said the ward was closed, {b} said it was open.",
              "{A} said the ward was closed, and {b} said it was open.", "{A} said the ward was closed. But {b} said it was open.",
              "{A} said the ward was closed, whereas {b} argued it was open.", "{A} said the ward was closed but {b} said it was open.",
              "Although {a} said the ward was closed, {b} insisted it was open.", "{A} said the ward was closed whereas {b} argued it was open.",
              "{A} said the ward was closed - but {b} said it was open.", "{A} said the ward was closed whilst {b} insisted it was open."]


def contrast() -> Iterator[tuple[str, list[Expect]]]:
    for (a, a_kind), (b, b_kind), form in itertools.product(_FIRST_SPEAKERS, _SECOND_SPEAKERS, _CONTRASTS):
        text = form.format(A=_cap(a), a=a, b=b)
        second = "insisted" if "insisted" in form else "argued" if "argued" in form else "said"
        a_source = a if form.startswith(("While", "Although")) else _cap(a)
        yield text, [("said", 0, a_source, a_kind, "the ward was closed"), (second, 1 if second == "said" else 0, b, b_kind, "it was open")]


# --- speakers described by what they are part of, and counts ------------------------------------
_DESCRIBED = [("Smith's lawyer", "unnamed_individual"), ("the ministry's spokeswoman", "unnamed_individual"),
              ("the head of the council", "unnamed_individual"), ("a spokesman for the Department of Health", "unnamed_individual"),
              ("members of the board", "unnamed_group"), ("one of the nurses", "unnamed_individual"), ("some of the residents", "unnamed_group"),
              ("two of Smith's aides", "unnamed_group"), ("the father of one of the victims", "unnamed_individual"),
              ("a friend of the family", "unnamed_individual"), ("critics of the plan", "unnamed_group"), ("people close to Smith", "unnamed_group"),
              ("sources close to Smith", "unnamed_group"), ("a senior government official", "unnamed_individual"),
              ("a source close to the investigation", "unnamed_individual"), ("several witnesses", "unnamed_group"),
              ("at least two officials", "unnamed_group"), ("more than a dozen residents", "unnamed_group"), ("about 200 nurses", "unnamed_group"),
              ("as many as 40 doctors", "unnamed_group"), ("officials in the region", "unnamed_group"), ("nurses at the hospital", "unnamed_group"),
              ("U.S. officials", "unnamed_group"), ("the Pentagon", "named_organization"), ("Downing Street", "named_organization")]
_DESCRIBED_ORDERS = ["{X} said that the ward was closed.", "The ward was closed, {x} said.", "“The ward is closed,” {x} said.",
                     "The ward was closed, said {x}.", "According to {x}, the ward was closed.", "{X} told reporters the ward was closed.",
                     "{X} also said the ward was closed."]


def described() -> Iterator[tuple[str, list[Expect]]]:
    for (x, kind), order in itertools.product(_DESCRIBED, _DESCRIBED_ORDERS):
        text = order.format(X=_cap(x), x=x)
        cue = "According to" if "According" in order else "told" if "told" in order else "said"
        yield text, [(cue, 0, _cap(x) if text.startswith(_cap(x)) else x, kind, None)]


# --- two described people speak together -----------------------------------------------------------
_PAIRS = [("Smith and Jones", "named_person"), ("Smith, a lawyer, and Jones, a teacher,", "named_person"),
          ("Smith, a lawyer, and Jones", "named_person"), ("Police and prosecutors", "unnamed_group"),
          ("The mayor and two council members", "unnamed_group"), ("Officials in Kabul and Islamabad", "unnamed_group"),
          ("Residents and shopkeepers", "unnamed_group"), ("Smith, Jones and Brown", "named_person"),
          ("Doctors and nurses at the hospital", "unnamed_group"), ("Anna Berg, a nurse, and Carl Diaz, a doctor,", "named_person")]
_PAIR_ORDERS = ["{S} said that the ward was closed.", "{S} said the ward was closed.", "{S} have said that the ward was closed.",
                "{S} on Tuesday said that the ward was closed.", "{S} told reporters the ward was closed."]


def pairs() -> Iterator[tuple[str, list[Expect]]]:
    for (subject, kind), order, verb in itertools.product(_PAIRS, _PAIR_ORDERS, ("said", "insisted", "warned")):
        form = order.replace("said", verb) if "told" not in order else order
        cue = "told" if "told" in order else verb
        source = subject.rstrip(",")
        if ", a " in source:
            source = source.split(", a ")[0] + ", a " + source.split(", a ")[1].split(",")[0] + ", and " + source.split(", and ")[1].split(",")[0]
        yield form.format(S=subject), [(cue, 0, source, kind, "the ward was closed")]


# --- verb chains before a speech verb ---------------------------------------------------------------
_CHAINS = ["would later say", "went on to say", "has been saying", "has repeatedly said", "could not say", "kept saying",
           "continued to insist", "has long argued", "used to say", "began by saying", "would go on to claim", "had earlier said",
           "has since said", "has been arguing", "will say", "may have said", "is likely to argue", "once said", "also told reporters",
           "has also said", "did say", "privately told reporters", "publicly said", "later told reporters", "had told reporters"]
_CHAIN_SUBJECTS = [("Smith", "named_person"), ("A spokeswoman for the council", "unnamed_individual"), ("The ministry", "unnamed_group"),
                   ("Acme Corp.", "named_organization"), ("The report", "document"), ("He", None)]
_CHAIN_VERBS = frozenset("say saying said insist argued claim arguing argue told".split())


def chains() -> Iterator[tuple[str, list[Expect]]]:
    for (subject, kind), chain in itertools.product(_CHAIN_SUBJECTS, _CHAINS):
        cue = next(w for w in chain.split() if w in _CHAIN_VERBS)
        yield f"{subject} {chain} that the ward was closed.", [(cue, 0, subject, kind, "the ward was closed")]


# --- the outlet told, and the medium ----------------------------------------------------------------
_OUTLETS = ["the BBC", "The New York Times", "CNN", "the Associated Press", "Reuters", "Fox News", "the Guardian", "Al Jazeera",
            "Central Asia Online", "the Wall Street Journal", "Sky News"]
_OUTLET_ORDERS = ["{S} told {o} that the ward was closed.", "{S} told {o} the ward was closed.", "{S} told {o} on Tuesday that the ward was closed.",
                  "The ward was closed, {s} told {o}.", "{S} said in an interview with {o} that the ward was closed.",
                  "In an interview with {o}, {s} said the ward was closed.", "“The ward is closed,” {s} told {o}.",
                  "{S}, speaking to {o}, said the ward was closed."]
_MEDIA_ORDERS = [("{S} wrote on Twitter that the ward was closed.", "wrote"), ("{S} tweeted that the ward was closed.", "tweeted"),
                 ("{S} posted on Facebook that the ward was closed.", "posted"), ("In a tweet, {s} said the ward was closed.", "said"),
                 ("{S} said in a Facebook post that the ward was closed.", "said"), ("{S} said via Twitter that the ward was closed.", "said"),
                 ("{S} wrote in an email that the ward was closed.", "wrote"), ("{S} said on BBC Radio 4 that the ward was closed.", "said"),
                 ("{S} wrote in a blog post on Tuesday that the ward was closed.", "wrote")]


def outlets() -> Iterator[tuple[str, list[Expect]]]:
    for (subject, kind), outlet, order in itertools.product(_FIRST_SPEAKERS[:5], _OUTLETS, _OUTLET_ORDERS):
        text = order.format(S=_cap(subject), s=subject, o=outlet)
        cue = "said" if "said" in order else "told"
        yield text, [(cue, 0, _cap(subject) if text.startswith(_cap(subject)) else subject, kind, None)]
    for (subject, kind), (order, cue) in itertools.product(_FIRST_SPEAKERS[:4] + _FIRST_SPEAKERS[5:], _MEDIA_ORDERS):
        text = order.format(S=_cap(subject), s=subject)
        yield text, [(cue, 0, _cap(subject) if text.startswith(_cap(subject)) else subject, kind, "the ward was closed")]


# --- quotations, and speakers described after them ----------------------------------------------------
_QUOTED_SPEAKERS = [("Smith", "Smith", "named_person"), ("Smith, a lawyer for the family,", "Smith", "named_person"),
                    ("a spokeswoman for the council", "a spokeswoman for the council", "unnamed_individual"),
                    ("officials", "officials", "unnamed_group"), ("Dr Jane Roe, who runs the clinic,", "Dr Jane Roe", "named_person"),
                    ("one resident", "one resident", "unnamed_individual"), ("she", "she", None)]
_QUOTE_FORMS = ["“The ward is closed,” {s} said.", "“The ward is closed,” said {s}.", "{S} said: “The ward is closed.”",
                "“The ward,” {s} said, “is closed.”", "“The ward is closed,” {s} said. “It will not reopen.”",
                "“The ward is closed,” {s} said on Tuesday.", "{S} said, “The ward is closed.”", "“The ward is closed,” {s} told reporters.",
                "“The ward is closed,” {s} added.", "“Is the ward closed?” {s} asked.", "“Why is the ward closed?” {s} wondered."]


def quotations() -> Iterator[tuple[str, list[Expect]]]:
    for (words, source, kind), form in itertools.product(_QUOTED_SPEAKERS, _QUOTE_FORMS):
        if "said {s}" in form and (source == "she" or words.endswith(",")):
            continue  # (an inverted speaker's description follows its own comma)
        if "?" in form and words.endswith(","):
            continue  # (left: a described speaker after a quoted question the splitter cut off)
        spoken = words.rstrip(",") if form.endswith("{s}.") or "{s} said." in form else words
        text = form.format(S=_cap(spoken), s=spoken)
        cue = next(c for c in ("told", "added", "asked", "wondered", "said") if c in form)
        yield text, [(cue, 0, _cap(source) if text.startswith(_cap(source)) else source, kind, None)]


# --- pronouns resolved across sentences ------------------------------------------------------------------
_ANTECEDENTS = [("Jane Roe", "She"), ("John Doe", "He"), ("The ministry", "It"), ("The report", "It"), ("Officials", "They"),
                ("Smith and Jones", "They"), ("A spokeswoman", "She"), ("Acme Corp.", "It"), ("Mr. Doe", "He"),
                ("The council leader, Jane Roe,", "She"), ("Smith, a lawyer, and Jones, a teacher,", "They")]
_BETWEEN = ["", " The hospital has 40 beds.", " Staff were told on Monday.", " The decision followed a review."]
_LATER = ["{P} added that staff had moved.", "{P} also said staff had moved.", "“Staff have moved,” {p} added.",
          "Staff had moved, {p} said.", "{P} told reporters staff had moved."]


def pronouns() -> Iterator[tuple[str, list[Expect]]]:
    for (antecedent, pronoun), between, later in itertools.product(_ANTECEDENTS, _BETWEEN, _LATER):
        text = f"{antecedent} said the ward was closed.{between} " + later.format(P=pronoun, p=pronoun.lower())
        cue = "added" if "added" in later else "told" if "told" in later else "said"
        mention = antecedent.split(", ")[1].rstrip(",") if antecedent.startswith("The council") else antecedent.rstrip(",")
        if ", a " in mention:
            mention = "Smith, a lawyer, and Jones"
        yield text, [(cue, 1 if cue == "said" else 0, Antecedent(mention), None, None)]


# --- agentless reports, and refusals -----------------------------------------------------------------------
_AGENTLESS = [("The ward is said to be closed.", "said"), ("The ward is believed to be closed.", "believed"),
              ("The ward was reportedly closed.", "reportedly"), ("The ward was allegedly closed.", "allegedly"),
              ("It is claimed that the ward was closed.", "claimed"), ("It was reported that the ward was closed.", "reported"),
              ("It is understood that the ward was closed.", "understood"), ("The ward is thought to have closed.", "thought"),
              ("The ward was closed, it was announced.", "announced"), ("The ward is reported to have closed.", "reported"),
              ("It has been suggested that the ward was closed.", "suggested"), ("The ward, it is said, was closed.", "said"),
              ("The ward is rumoured to have closed.", "rumoured"), ("Smith is alleged to have closed the ward.", "alleged"),
              ("The ward has reportedly been closed.", "reportedly"), ("The ward was closed, it is understood.", "understood"),
              ("It is widely believed that the ward was closed.", "believed"), ("The ward was purportedly closed.", "purportedly")]
_REFUSALS = [("{S} declined to say whether the ward was closed.", "declined"), ("{S} would not say whether the ward was closed.", "say"),
             ("{S} did not deny that the ward was closed.", "deny"), ("{S} never said the ward was closed.", "said"),
             ("{S} has not confirmed that the ward was closed.", "confirmed"), ("{S} could not confirm that the ward was closed.", "confirm"),
             ("{S} did not immediately respond to a request for comment.", "respond"), ("{S} declined to comment.", "declined"),
             ("{S} has not commented on the closure.", "commented")]


def agentless() -> Iterator[tuple[str, list[Expect]]]:
    for text, cue in _AGENTLESS:
        yield text, [(cue, 0, NO_SOURCE, "agentless", None)]
    for (subject, kind), (form, cue) in itertools.product(_CHAIN_SUBJECTS[:4], _REFUSALS):
        yield form.format(S=subject), [(cue, 0, subject, kind, None)]


# --- session 148: a long opening before the speaker ----------------------------------------------------------
_LONG_OPENINGS = ["After a week of talks that ended without a deal on Tuesday,", "In a letter sent to staff on Monday and seen by the BBC,",
                  "Speaking at a rally in Ohio, where he was met by protesters,", "Asked whether the hospital, which opened in 1990, would close,",
                  "Two days after the ward, the only one in the county, was shut,", "Despite repeated warnings from unions, doctors and patients,",
                  "In the wake of the scandal, which has rocked the government for weeks,", "When the board met on Tuesday to discuss the budget,",
                  "Following the publication of a damning report by inspectors last month,", "As the crisis deepened and staff left in their hundreds,",
                  "Standing outside the hospital in the rain,", "With the election only weeks away,", "Before the vote, which was delayed twice,",
                  "Under pressure from MPs who want answers,"]
_LONG_SUBJECTS = [("Smith", "named_person"), ("an official", "unnamed_individual"), ("the ministry", "unnamed_group"),
                  ("officials", "unnamed_group"), ("the report", "document"), ("Dr Jane Roe", "named_person")]


def long_openings() -> Iterator[tuple[str, list[Expect]]]:
    for opening, (subject, kind), (verb, shown), that in itertools.product(
        _LONG_OPENINGS, _LONG_SUBJECTS, [("said", "said"), ("told", "told reporters"), ("insisted", "insisted"), ("warned", "warned")],
        [" that", ""],
    ):
        yield f"{opening} {subject} {shown}{that} the ward was closed.", [(verb, 0, subject, kind, "the ward was closed")]


# --- titles of programmes and books ------------------------------------------------------------------------
_WORK_FORMS = [("{S} wrote in “The Art of the Deal” that the ward was closed.", "wrote"),
               ("In his book “Fire and Fury,” {s} wrote that the ward was closed.", "wrote"),
               ("{S} told “60 Minutes” that the ward was closed.", "told"), ("{S} said on “Meet the Press” that the ward was closed.", "said"),
               ("{S} said on NBC’s “Meet the Press” that the ward was closed.", "said"),
               ("In an interview with “Face the Nation,” {s} said the ward was closed.", "said"),
               ("{S} told CBS’s “Face the Nation” on Sunday that the ward was closed.", "told"),
               ("{S} told ABC’s “Good Morning America” on Monday the ward was closed.", "told"),
               ("{S} said in his memoir, “A Promised Land,” that the ward was closed.", "said"),
               ("{S} wrote in her book, “Rage,” the ward was closed.", "wrote"),
               ("{S}, in his new book “Rage,” wrote that the ward was closed.", "wrote"),
               ("Appearing on “Fox & Friends,” {s} said the ward was closed.", "said"), ("{S} said on ABC's \"This Week\" that the ward was closed.", "said")]
_WORK_QUOTED = ["“The ward is closed,” {s} told “60 Minutes” on Sunday.", "\"The ward is closed,\" {s} told \"Fox and Friends,\" reminding the hosts.",
                "“The ward is closed,” {s} told ABC’s “Good Morning America.” “It will not reopen.”"]


def works() -> Iterator[tuple[str, list[Expect]]]:
    speakers = [("Smith", "named_person"), ("Dr Jane Roe", "named_person"), ("the senator", "unnamed_individual"), ("he", None),
                ("Sen. Jane Roe (D-Ill.)", "named_person")]
    for (form, cue), (subject, kind) in itertools.product(_WORK_FORMS, speakers):
        text = form.format(S=_cap(subject), s=subject)
        yield text, [(cue, 0, _cap(subject) if text.startswith(_cap(subject)) else subject, kind, "the ward was closed")]
    for form, (subject, kind) in itertools.product(_WORK_QUOTED, speakers):
        yield form.format(s=subject), [("told", 0, subject, kind, "The ward is closed,")]


# --- "as Smith put it", "in the words of" ----------------------------------------------------------------------
_AS_SPEAKERS = [("Smith", "Smith", "named_person"), ("the report", "the report", "document"), ("officials", "officials", "unnamed_group"),
                ("one resident", "one resident", "unnamed_individual"), ("Acme Corp.", "Acme Corp.", "named_organization"),
                ("Smith, a lawyer for the family,", "Smith", None), ("Dr Jane Roe, who runs the clinic,", "Dr Jane Roe", None)]
_AS_FORMS = [("As {s} said, the ward was closed.", "said", "the ward was closed"), ("As {s} put it, the ward was closed.", "put it", "the ward was closed"),
             ("The ward was closed, as {s} said.", "said", "The ward was closed"), ("In the words of {s}, the ward was closed.", "In the words of", "the ward was closed"),
             ("As {s} told reporters, the ward was closed.", "told", "the ward was closed"),
             ("“The ward is closed,” as {s} put it.", "put it", "The ward is closed,"),
             ("“The ward is closed,” as {s} put it on Tuesday.", "put it", "The ward is closed,"),
             ("“The ward is closed,” as {s} put it in a letter.", "put it", "The ward is closed,"),
             ("At the time, as {s} put it, “the ward is closed.”", "put it", "the ward is closed."),
             ("But as {s} put it, “the ward is closed.”", "put it", "the ward is closed."),
             ("The ward was, in the words of {s} “closed for good.”", "in the words of", "closed for good."),
             ("The ward was closed, as {s} put it.", "put it", "The ward was closed"),
             ("As {s} put it in a statement, the ward was closed.", "put it", "the ward was closed")]


def as_clauses() -> Iterator[tuple[str, list[Expect]]]:
    for (words, source, kind), (form, cue, content) in itertools.product(_AS_SPEAKERS, _AS_FORMS):
        spoken = words if words.endswith(",") or "{s} “" not in form else words + ","
        text = form.format(s=spoken).replace(",,", ",")
        yield text, [(cue, 0, source, kind, content)]


# --- asides: brackets, a set-off time, a manner before a colon, a participle after an inverted speaker -----------
_ASIDE_SUBJECTS = [("Smith", "named_person"), ("the ministry", "unnamed_group"), ("a spokeswoman", "unnamed_individual"),
                   ("officials", "unnamed_group"), ("Acme Corp.", "named_organization"), ("the report", "document")]
_SET_OFF = [", for his part,", ", meanwhile,", ", however,", ", on Tuesday,", ", in a statement,", ", at the hearing,", ", in response,"]
_BEFORE_COLON = ["simply:", "bluntly:", "later,", "on Tuesday:", "Tuesday:", "the following:", "this:"]


def asides() -> Iterator[tuple[str, list[Expect]]]:
    for subject, kind in _ASIDE_SUBJECTS:
        s, S = subject, _cap(subject)
        for verb in ("said", "told the BBC"):
            yield f"The ward was closed ({s} {verb}).", [(verb.split()[0], 0, s, kind, "The ward was closed")]
        yield f"(The ward was closed, {s} said.) Staff had moved.", [("said", 0, s, kind, "The ward was closed")]
        for words in _SET_OFF:
            yield f"{S}{words} said the ward was closed.", [("said", 0, S, kind, "the ward was closed")]
        for words in _BEFORE_COLON:
            yield f"{S} said {words} “The ward is closed.”", [("said", 0, S, kind, "The ward is closed.")]
        for participle in ("adding", "noting", "saying"):
            yield (f"The ward was closed, said {s}, {participle} that staff had moved.",
                   [("said", 0, s, kind, "The ward was closed"), (participle, 0, s, kind, "staff had moved")])


# --- the agent of a passive, and owners written with an abbreviation's dot --------------------------------
_AGENTS = [("Smith", "named_person"), ("the ministry", "unnamed_group"), ("a spokeswoman", "unnamed_individual"),
           ("officials", "unnamed_group"), ("Acme Corp.", "named_organization"), ("the head of the council", "unnamed_individual")]
_PASSIVE_FORMS = [("Staff were told by {s} that the ward was closed.", "told", "the ward was closed"),
                  ("Reporters were told by {s} the ward was closed.", "told", "the ward was closed"),
                  ("It was announced by {s} that the ward was closed.", "announced", "the ward was closed"),
                  ("It has been reported by {s} that the ward was closed.", "reported", "the ward was closed"),
                  ("The closure was confirmed by {s} on Tuesday.", "confirmed", None),
                  ("The ward was closed, {s} was quoted as saying.", "quoted as saying", "The ward was closed")]
_DOTTED_OWNERS = ["Acme Corp.", "Acme Inc.", "the U.S.", "J.P. Morgan Chase & Co.", "Acme Ltd."]
_OWNED = [("statement", "document"), ("chief executive", "unnamed_individual"), ("lawyers", "unnamed_group")]


def passives() -> Iterator[tuple[str, list[Expect]]]:
    for (agent, kind), (form, cue, content) in itertools.product(_AGENTS, _PASSIVE_FORMS):
        yield form.format(s=agent), [(cue, 0, agent, kind, content)]
    for owner, (owned, kind), mark in itertools.product(_DOTTED_OWNERS, _OWNED, ("'", "’")):
        subject = f"{_cap(owner)}{mark}s {owned}"
        yield f"{subject} said the ward was closed.", [("said", 0, subject, kind, "the ward was closed")]
        yield f"“The ward is closed,” said {owner}{mark}s {owned}.", [("said", 0, f"{owner}{mark}s {owned}", kind, "The ward is closed,")]


# --- what closes a sentence after what was said: a speaker, a verb and a circumstance ---------------------
_CLOSING_SPEAKERS = [("Smith", "named_person"), ("Dr. Smith", "named_person"), ("the minister", "unnamed_individual"),
                     ("officials", "unnamed_group"), ("its treasurer", "unnamed_individual"),
                     ("a spokeswoman for the council", "unnamed_individual"), ("the report", "document"),
                     ("the BBC", "named_organization"), ("Smith and Jones", "named_person"), ("Acme Corp.", "named_organization")]
_CLOSING_VERBS = ["said", "told reporters", "added", "warned", "claimed", "wrote", "confirmed", "insisted", "argued",
                  "reported", "noted", "explained", "has said", "later said", "would later say"]
_CLOSING_PRESENT = ["says", "believes", "fears", "claims"]  # (-s forms, so only after one speaker and no past time)
_CLOSING_WHEN = ["", " on Tuesday", " in a statement", " at a news conference on Tuesday", " last week", " yesterday",
                 " in an interview with the BBC", " on Twitter", " in a letter to shareholders", " earlier this month",
                 " on condition of anonymity"]
_PAST_TIMES = (" on Tuesday", " at a news conference on Tuesday", " last week", " yesterday", " earlier this month")
_INVERTED = ("said", "added", "wrote", "claimed", "confirmed", "insisted", "argued", "noted", "explained")
_LISTED = ["Smith, Jones and Brown", "Smith, Jones, and Brown", "Sen. Ted Cruz, Gov. John Kasich and Donald Trump"]


def closings() -> Iterator[tuple[str, list[Expect]]]:
    plain, quoted = "The ward was closed", "“The ward is closed,”"
    for (speaker, kind), verb, when in itertools.product(_CLOSING_SPEAKERS, _CLOSING_VERBS + _CLOSING_PRESENT, _CLOSING_WHEN):
        if verb in _CLOSING_PRESENT and (when in _PAST_TIMES or speaker in ("officials", "Smith and Jones")):
            continue
        if verb.startswith(("said in", "told")) and when.startswith((" in a statement", " in an interview")):
            continue
        if speaker == "the report" and verb in ("told reporters", "insisted"):
            continue
        cue = verb.split()[-1] if verb in ("has said", "later said", "would later say") else verb.split()[0]
        yield f"{plain}, {speaker} {verb}{when}.", [(cue, 0, speaker, kind, plain)]
        if verb in _INVERTED:
            yield f"{plain}, {verb} {speaker}{when}.", [(cue, 0, speaker, kind, plain)]
            yield f"{quoted} {verb} {speaker}{when}.", [(cue, 0, speaker, kind, quoted.strip("“”"))]
    for names in _LISTED:
        for text in (f"{quoted} said {names}.", f"{plain}, said {names}.", f"{quoted} {names} said.", f"{plain}, {names} said."):
            yield text, [("said", 0, names, "named_person", None)]
    for hearer, verb, when in itertools.product(("the court", "staff", "parents", "Smith"), ("was told", "were told"), ("", " on Wednesday", " at a meeting on Wednesday")):
        if (verb == "were told") == (hearer in ("the court", "Smith")):
            continue
        yield f"{plain}, {hearer} {verb}{when}.", [("told", 0, NO_SOURCE, "agentless", plain)]
    for noun, when in itertools.product(("reports", "claims", "fears"), ("", " on Friday evening", " overnight", " in the local press")):
        yield f"There were {noun}{when} that the ward was closed.", [(noun, 0, NO_SOURCE, "agentless", "the ward was closed")]
    for subject, source in (("Smith, a lawyer,", "Smith"), ("The minister, a former teacher,", "The minister")):
        yield f"{subject} asked whether the ward was closed.", [("asked", 0, source, None, "whether the ward was closed")]
        yield f"“Is the ward closed?” {subject} asked.", [("asked", 0, source, None, "Is the ward closed?")]
        yield f"“The ward is closed.” {subject} said.", [("said", 0, source, None, "The ward is closed.")]


GRIDS: dict[str, Callable[[], Iterator[tuple[str, list[Expect]]]]] = {
    "nested": nested, "inserted": inserted, "joined": joined, "positions": positions, "openings": openings,
    "names": names, "hearers": hearers, "contrast": contrast, "described": described, "pairs": pairs, "chains": chains,
    "outlets": outlets, "quotations": quotations, "pronouns": pronouns, "agentless": agentless,
    "long_openings": long_openings, "works": works, "as_clauses": as_clauses, "asides": asides, "passives": passives,
    "closings": closings,
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", type=int, default=10, help="print up to N failures of each grid")
    ap.add_argument("--grid", nargs="*", choices=sorted(GRIDS), help="run only these grids")
    args = ap.parse_args(argv)
    total = wrong = 0
    for name in args.grid or GRIDS:
        cases = list(GRIDS[name]())
        failures = [(text, why) for text, expected in cases if (why := _check(text, expected)) is not None]
        total += len(cases)
        wrong += len(failures)
        print(f"{name:13} {len(cases):6} sentences {len(failures):5} not as expected")
        for text, why in failures[: args.show]:
            print(f"    {text}  -> {why}")
    print(f"{'all':13} {total:6} sentences {wrong:5} not as expected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
