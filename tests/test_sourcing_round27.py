"""Round 27: texts that "read" a quotation, unnamed institutions and texts as source nouns, and
an institution's name that opens a sentence."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source, what the relative stands for (None: no relative), content
_READS = [
    ('Protesters carried a banner that read "No war tonight".', "read", "that", "a banner", "No war tonight"),
    ("The note reads, “I am sorry for everything.”", "reads", "The note", None, "I am sorry for everything."),
    ("“America is great! Trump is disgusting,” read one.", "read", "one", None, "America is great! Trump is disgusting,"),
    ("He held up the sign — which read “Hispanics 4 Trump” — and waved it.", "read", "which", "the sign",
     "Hispanics 4 Trump"),
    ("They passed out water bottles that said, “The party welcomes you to the games.”", "said", "that",
     "water bottles", "The party welcomes you to the games."),
]


@pytest.mark.parametrize("text, cue, source, antecedent, content", _READS)
def test_a_text_that_reads_a_quotation_is_its_source(text, cue, source, antecedent, content):
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)
    if antecedent is not None:
        assert span_text(text, a.resolved_from).endswith(antecedent)


@pytest.mark.parametrize("text, cue", [
    ('Protesters carried a banner that read "No war tonight".', "read"),
    ("“America is great! Trump is disgusting,” read one.", "read"),
    ("The men were wearing shirts that read “Settle for Hillary.”", "read"),
])
def test_what_reads_a_quotation_is_a_document_not_a_person(text, cue):
    assert one(text, cue).source_type == "document"


def test_a_person_who_reads_a_statement_aloud_stays_a_person():
    text = "The spokesman read: “We regret the error and apologise to readers.”"
    assert one(text, "read").source_type == "unnamed_individual"


@pytest.mark.parametrize("text", [
    "He read the report twice before the meeting.",  # no quotation: reading, not quoting
    "That said, the committee will meet on Monday.",  # "that" + cue without a quotation
    "She reads “War and Peace” every winter.",  # a title after a person who reads
])
def test_reading_without_a_quotation_it_introduces_is_no_attribution(text):
    assert cues(text) == [] or "read" not in " ".join(c or "" for c in cues(text))


# source, type, named: unnamed institutions are groups, texts are documents
_INSTITUTIONS_AND_TEXTS = [
    ("The school confirmed that classes were cancelled.", "unnamed_group", False),
    ("The hospital said the patient was stable.", "unnamed_group", False),
    ("The bill says the agency must publish every case.", "document", False),
    ("The ad says the senator voted against veterans.", "document", False),
    ("The petition accuses the company of fraud.", "document", False),
    ("In a tweet, the city of Nice urged residents to stay home.", "named_organization", True),
    ("The government of Pakistan said it would act.", "named_organization", True),
    ("The ministry of health said it would act.", "unnamed_group", False),
]


@pytest.mark.parametrize("text, source_type, named", _INSTITUTIONS_AND_TEXTS)
def test_unnamed_institutions_and_texts_are_typed_as_such(text, source_type, named):
    (a,) = attributions(text)
    assert (a.source_type, a.named) == (source_type, named)


@pytest.mark.parametrize("text, source", [
    ("Bank of America said profits rose in the spring.", "Bank of America"),
    ("Department of Justice said the inquiry was closed.", "Department of Justice"),
    ("University of Chicago said fees rose again.", "University of Chicago"),
])
def test_an_institution_named_at_the_start_of_a_sentence_is_named(text, source):
    (a,) = attributions(text)
    assert (span_text(text, a.source), a.source_type, a.named) == (source, "named_organization", True)


def test_an_institution_s_people_stay_an_anonymous_group():
    (a,) = attributions("Ministry of Defence officials said the drill went ahead.")
    assert (a.source_type, a.named) == ("unnamed_group", False)


def test_it_resolves_to_a_text_that_spoke_before():
    text = "The bill passed on Monday. It says the agency must publish every case within a week."
    a = one(text, "says")
    assert span_text(text, a.resolved_from) == "The bill" and a.source_type == "document"


def test_an_institution_s_name_is_not_read_as_a_source_noun():
    text = "Business Insider also commented on the report."
    (a,) = attributions(text)
    assert (a.source_type, a.named) == ("named_organization", True)
