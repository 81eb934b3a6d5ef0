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


# text, quoter, quoted person, its type, content: the text that quotes is the source the article
# cites (round 44: PolNeAR marks it so), and the one it quotes speaks too (FactAppeal marks
# either or both), under the cue "(as) saying"
_QUOTES_SAYING = [
    ("The report quotes one nurse saying the ward was full.", "The report", "one nurse",
     "unnamed_individual", "the ward was full"),
    ("The New Yorker piece quotes his ex-girlfriend, Elizabeth Rasor, saying that the party got out of hand.",
     "The New Yorker piece", "his ex-girlfriend, Elizabeth Rasor", "named_person", "the party got out of hand"),
    ("The paper quotes officials as saying the plan failed.", "The paper", "officials", "unnamed_group",
     "the plan failed"),
]


@pytest.mark.parametrize("text, quoter, quoted, quoted_type, content", _QUOTES_SAYING)
def test_the_text_that_quotes_and_the_one_it_quotes_are_both_sources(text, quoter, quoted, quoted_type, content):
    first, second = attributions(text)
    assert (span_text(text, first.cue), span_text(text, first.source)) == ("quotes", quoter)
    assert span_text(text, second.cue) in ("saying", "as saying")
    assert (span_text(text, second.source), second.source_type) == (quoted, quoted_type)
    assert span_text(text, first.content) == span_text(text, second.content) == content


def test_after_a_comma_the_one_who_quotes_is_the_one_saying():
    text = "Trump quoted Mussolini, saying it was a very good quote."
    assert [span_text(text, a.source) for a in attributions(text) if span_text(text, a.cue) == "saying"] == ["Trump"]


def test_quotes_as_a_noun_is_no_cue():
    assert cues("His quotes were later checked by the paper.") == []


# text, cue, source, kind, content: a source's words or stance stated with "is that"
_STANCES = [
    ("Rubio’s response was that it is unfair for the tax code to allow it.", "response was", "Rubio’s", "speech",
     "it is unfair for the tax code to allow it"),
    ("But Podliska’s most explosive claim is that the committee is a witch hunt.", "claim is", "Podliska’s", "speech",
     "the committee is a witch hunt"),
    ("In summary, the EPA's assessment is that the study provides sufficient evidence.", "assessment is",
     "the EPA's", "cognition", "the study provides sufficient evidence"),
    ("The Florida senator’s answer was that “the family is the most important institution.”", "answer was",
     "The Florida senator’s", "speech", "the family is the most important institution."),
]


@pytest.mark.parametrize("text, cue, source, kind, content", _STANCES)
def test_a_source_s_words_stated_with_is_that(text, cue, source, kind, content):
    (a,) = attributions(text)
    got = (span_text(text, a.cue), span_text(text, a.source), a.kind, span_text(text, a.content).strip("“”"))
    assert got == (cue, source, kind, content.strip("“”"))


def test_a_possessive_pronoun_owner_resolves_like_a_personal_one():
    text = "Maria Lopez has a plan. Her view has been that the wall will pay for itself."
    a = one(text, "view has been")
    assert (span_text(text, a.resolved_from), a.source_type, a.kind) == ("Maria Lopez", "named_person", "cognition")


@pytest.mark.parametrize("text", [
    "The theory was that workers would be hired elsewhere.",  # no owner
    "The problem is that nobody came to the meeting.",  # not a noun of saying or thinking
    "He said the answer was that nobody knew.",  # the sentence has its own attribution
    "“Her view is that we should wait,” he said.",  # inside a quotation
    "The report found that Rubio’s claim was that taxes fell.",  # the owner does not open the sentence
])
def test_is_that_without_an_owner_or_in_a_taken_sentence_adds_nothing(text):
    assert "is" not in " ".join(c or "" for c in cues(text)).split() and all(
        not (c or "").endswith((" is", " was")) for c in cues(text))


# text, cue, source, content: frames that credit words as "according to" does
_FRAMES = [
    ("Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.", "in the words of",
     "a senior adviser", "the torchbearer” of his legacy"),
    ("In the words of one resident, the town has been forgotten.", "In the words of", "one resident",
     "the town has been forgotten"),
    ("To quote the president, “We will win so much you will get tired of winning.”", "To quote", "the president",
     "We will win so much you will get tired of winning."),
    ("In Trump's own words, “Nobody builds walls better than me.”", "In Trump's own words", "Trump's",
     "Nobody builds walls better than me."),
]


@pytest.mark.parametrize("text, cue, source, content", _FRAMES)
def test_frames_that_credit_words_like_according_to(text, cue, source, content):
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content).lstrip("“"), a.kind) == (source, content, "according")


def test_in_her_words_resolves_to_the_speaker():
    text = "Clinton praised him because, in her words, “he knows how to do it.”"
    a = one(text, "in her words")
    assert (span_text(text, a.resolved_from), span_text(text, a.content)) == ("Clinton", "he knows how to do it.")


@pytest.mark.parametrize("text", [
    "She was judged by her words and deeds.",
    "The shop will quote the price later today.",
    "Words matter, the judge said.",
])
def test_words_and_quote_outside_the_frames_are_no_cue(text):
    assert not any((c or "").lower().startswith(("in ", "to quote", "words")) for c in cues(text))


@pytest.mark.parametrize("dash", ["—", "–", "―"])
def test_a_dateline_is_no_part_of_the_content_whatever_its_dash(dash):
    text = f"WASHINGTON {dash} The bill passed on Monday, according to officials."
    assert span_text(text, one(text, "according to").content) == "The bill passed on Monday"


def test_a_low_opening_mark_opens_a_quotation_after_a_participle():
    text = "Voters saying, „We want change now“ marched to the square."
    assert span_text(text, one(text, "saying").source) == "Voters"


# text, cue, source: whose participle or coordinated verb it is
_CLAUSE_SUBJECTS = [
    ('And then Trump went fully on the attack, saying, "Is the president going to mention it?"', "saying", "Trump"),
    ("Then she shattered party norms, pledging that her father would change the system.", "pledging", "she"),
    ("Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled.",
     "said", "Rubio"),
    ("Silverman drew a wave of boos upon saying, “Hillary heard the passion of the people.”", "saying",
     "Silverman"),
]


@pytest.mark.parametrize("text, cue, source", _CLAUSE_SUBJECTS)
def test_the_subject_of_a_participle_or_a_coordinated_verb(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_closed_parenthesis_ends_the_subordinate_clause():
    text = "He called them criminals (although he allowed that some were good people) and promised to build a wall."
    assert one(text, "promised").source.start == 0  # "He" that opens the sentence, not the "he" in brackets


def test_a_title_word_opening_the_sentence_is_no_adverb_to_skip():
    text = "Retired Army Col. Lawrence Wilkerson went on a rant, saying the attacks were planned."
    assert span_text(text, one(text, "saying").source) == "Retired Army Col. Lawrence Wilkerson"


def test_an_apostrophe_inside_what_a_sign_reads_does_not_end_it():
    text = "He held up the sign — which read “Trump’s Army is here” — and waved it."
    assert span_text(text, one(text, "read").content) == "Trump’s Army is here"
