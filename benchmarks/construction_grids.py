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
# source, source type and content (None: not checked; NO_SOURCE: no source at all)
NO_SOURCE = object()
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
        if isinstance(source, str) and words(a.source) != source:
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


GRIDS: dict[str, Callable[[], Iterator[tuple[str, list[Expect]]]]] = {
    "nested": nested, "inserted": inserted, "joined": joined, "positions": positions, "openings": openings,
    "names": names, "hearers": hearers,
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
        print(f"{name:10} {len(cases):6} sentences {len(failures):5} not as expected")
        for text, why in failures[: args.show]:
            print(f"    {text}  -> {why}")
    print(f"{'all':10} {total:6} sentences {wrong:5} not as expected")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
