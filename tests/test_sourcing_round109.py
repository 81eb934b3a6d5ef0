"""Round 109: sentences from the street markets and swimming phrasebooks (unseen in round 108)
and the leads they opened: markets and butchers' shops as bodies, a franchise, stallholders, a
name set off after "former", a quotation's speaker named after a description, subjects that a
relative clause describes before an aside ("whose", "we spoke to"), a speaker named after a
description before a colon, an impersonal cue set off with its setting, and acts that are not
statements (pitches and funding claimed, a figure written in a notebook, frontage conceded,
people admitted free, a dog recalled, a closure answered by a deed, a sport learnt)."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, source_and_content, span_text, typed_source


@pytest.mark.parametrize("text, cue, source, kind", [
    ("Oakridge Farmers' Market posted on Facebook that it would move to the school field in June.", "posted",
     "Oakridge Farmers' Market", "named_organization"),
    ("Pollard's Butchers confirmed that it would close its stall after 40 years.", "confirmed",
     "Pollard's Butchers", "named_organization"),
    ("Kettlewell Markets said on Friday that rents would rise by 4 per cent.", "said",
     "Kettlewell Markets", "named_organization"),
    ("Dipwell, the swimming-lesson franchise, says that one child in three cannot swim a length.", "says",
     "Dipwell", "named_organization"),
    ("Her trainer, former Olympian Jo Keane, said the swimmer was ready.", "said", "former Olympian Jo Keane",
     "named_person"),
])
def test_bodies_and_people(text, cue, source, kind):
    assert typed_source(text, cue)[:2] == (source, kind)


def test_a_pronoun_takes_stallholders_who_did_something_else():
    text = "Stallholders at the Friday market met on Tuesday evening. They said the new rents were too high."
    a = attributions(text)[0]
    assert (span_text(text, a.source), a.source_type) == ("They", "unnamed_group")


@pytest.mark.parametrize("text, cue, source, content", [
    # a quotation's speaker named after a description that follows it
    ("“He trains like a man possessed,” his coach, former champion Ivo Lenz, said with a grin.", "said",
     "former champion Ivo Lenz", "He trains like a man possessed,"),
    ("“He trains hard,” his coach, Ivo Lenz, said on Monday.", "said", "Ivo Lenz", "He trains hard,"),
    ("“He trains hard,” his coach, who is 52, said with a grin.", "said", "his coach", "He trains hard,"),
    # a relative clause on the subject, then an aside before the cue
    ("Parents whose children train with the squad, many of whom drive an hour each way, told the committee "
     "they had not been asked.", "told", "Parents", "they had not been asked"),
    ("Most of the stallholders we spoke to on Sunday, many of them in their sixties, said trade had never been "
     "so slow.", "said", "Most of the stallholders", "trade had never been so slow"),
    ("The shoppers we met in the square, most of them pensioners, said prices were too high.", "said",
     "The shoppers", "prices were too high"),
])
def test_the_subject_before_an_insertion(text, cue, source, content):
    assert source_and_content(text, cue) == (source, content)


def test_a_participle_after_a_quotation_keeps_its_own_object():
    text = "“She swims well,” he said, pointing to the pool."
    assert source_and_content(text, "said") == ("he", "She swims well,")


def test_a_name_set_off_after_a_description_before_a_colon():
    text = "The lido's new manager, Tom Reyes, had a blunt message for the council: “Fix the roof.”"
    a = attributions(text)[0]
    assert (span_text(text, a.source), a.source_type, span_text(text, a.content)) == (
        "Tom Reyes", "named_person", "Fix the roof.")


def test_an_impersonal_cue_set_off_with_its_setting():
    text = "The site foreman, it was claimed at the inquest, had ignored the warning signs."
    a = one(text, "claimed")
    assert (a.source, a.source_type, span_text(text, a.content)) == (None, "agentless", text[:-1])


@pytest.mark.parametrize("text", [
    "Dawn traders claimed the best pitches at the flea market by six o'clock.",
    "The greengrocer claimed her old pitch back after a year away.",
    "The swimming club claimed £2,500 in lottery funding for new lane ropes.",
    "Members can claim a free coaching session in their first month.",
    "The warden read the meter at noon and wrote the figure in his notebook.",
    "The cheese stall conceded two metres of frontage to the new juice bar.",
    "Parking is £2 a car, and children admitted free before 10am.",
    "The pool admits only under-fives and their parents to the morning session.",
    "He recalled the spaniel with a whistle as it ran for the stalls.",
    "The market answered the loss of its last cash machine by putting a card reader on every stall.",
    "She first learned the sport as a nine-year-old at the town baths.",
])
def test_acts_that_are_not_statements(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue", [
    # the same verbs still report words where a clause or words follow
    ("He claimed the pitch was waterlogged.", "claimed"),
    ("She claimed funding had been cut.", "claimed"),
    ("She wrote in her notebook that the meter was broken.", "wrote"),
    ("He conceded that two metres of frontage was too much.", "conceded"),
    ("He admitted free speech was at risk.", "admitted"),
    ("She recalled the dog that bit her as a child.", "recalled"),
    ("She learned the sport had been banned.", "learned"),
    ("She answered the question about the closure by saying it was sad.", "saying"),
])
def test_the_same_verbs_still_report_words(text, cue):
    assert cue in cues(text)
