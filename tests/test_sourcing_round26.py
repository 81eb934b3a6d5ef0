"""Round 26: quotations a subject introduces with a colon, and a title before a name."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text

# text, cue, source, content: a clause with no verb of saying introduces the quotation
_INTRODUCED = [
    ('Kasich resisted: "Ohio governors do not have the power."', "resisted:", "Kasich",
     "Ohio governors do not have the power."),
    ("In a Fox interview later that day, Trump went even further: “If he loses, it is the end of his career.”",
     "went even further:", "Trump", "If he loses, it is the end of his career."),
    # (round 104 made "continues" a verb of saying, as "continued" was; "goes on" keeps the case)
    ("The letter goes on: “As a former prosecutor, please explain your view.”", "goes on:", "The letter",
     "As a former prosecutor, please explain your view."),
    ('As John Cornyn, the No. 2 in the leadership, put it: "This person will not be confirmed."', "put it",
     "John Cornyn", "This person will not be confirmed."),
    ('When Wallace died, President Clinton released the following statement: "We offer our condolences."',
     "released the following statement:", "President Clinton", "We offer our condolences."),
    ('Trump, who spoke for an hour, was blunt: "We will win this state."', "was blunt:", "Trump",
     "We will win this state."),
    ("Clinton’s response was: “Is Dalton Brody off Conn or Wisconsin?”", "was:", "Clinton’s",
     "Is Dalton Brody off Conn or Wisconsin?"),
    ("Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate us.”",
     "makes a libertarian-style case:", "Hoff’s letter", "Followers of radical Islam hate us."),
    ('The minister put it bluntly: "The plan has failed and we all know it."', "put it bluntly", "The minister",
     "The plan has failed and we all know it."),
]


@pytest.mark.parametrize("text, cue, source, content", _INTRODUCED)
def test_a_subject_introduces_a_quotation_with_a_colon(text, cue, source, content):
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content), a.kind) == (source, content, "speech")
    assert a.direct


def test_an_introduced_quotation_resolves_its_pronoun():
    text = 'Maria Lopez said she was tired. Then she added a caveat: "Down the ballot, I will vote for anyone."'
    a = one(text, "added a caveat:")
    assert span_text(text, a.resolved_from) == "Maria Lopez" and a.source_type == "named_person"


def test_an_introduced_quotation_runs_over_its_sentences():
    text = 'Kasich resisted: "Ohio governors do not have the power. They never did."'
    assert span_text(text, one(text, "resisted:").content) == "Ohio governors do not have the power. They never did."


# colons that introduce something other than a speaker's words
_NOT_INTRODUCED = [
    'The plan was simple: "Get in and get out fast."',  # the subject is no source
    "Trump's plan was simple: “Build the wall and make them pay.”",  # a plan is not words
    "Trump listed an NBC show as his guilty pleasure: “Saturday Night Live”",  # a title
    'He said only one thing: "Maybe," and then he left the room.',  # words after the quotation
    'She wrote: "We will win this state."',  # a cue of its own: one attribution, not two
]


@pytest.mark.parametrize("text", _NOT_INTRODUCED)
def test_other_colons_before_quotations_add_no_attribution(text):
    # an introduced quotation's cue ends with its colon
    assert not [cue for cue in cues(text) if cue is not None and cue.endswith(":")]


def test_a_headline_dash_leaves_the_label_its_speaker():
    text = 'Media shares blame in poll overhype - HuffPollster: "Pollsters are taking heat."'
    assert [span_text(text, a.source) for a in attributions(text)] == ["HuffPollster"]


def test_a_written_cue_keeps_its_own_attribution():
    text = 'She wrote: "We will win this state."'
    assert cues(text) == ["wrote"]


# text, cue, source type: a person's title before the name does not make an organisation
_TITLED = [
    ("Senate Majority Leader Mitch McConnell said the vote would wait.", "said", "named_person"),
    ("House Speaker Paul Ryan said the vote would wait.", "said", "named_person"),
    ("Speaker of the House Rep. Paul Ryan (R-WI) said the vote would wait.", "said", "named_person"),
    ("Speaker of the House Paul Ryan said the vote would wait.", "said", "named_person"),
    ("The speaker said the vote would wait.", "said", "unnamed_individual"),
    ("The Senate Intelligence Committee said the vote would wait.", "said", "named_organization"),
    ("The Council of Economic Advisers said the vote would wait.", "said", "named_organization"),
]


@pytest.mark.parametrize("text, cue, source_type", _TITLED)
def test_a_title_before_a_name_types_a_person(text, cue, source_type):
    assert one(text, cue).source_type == source_type


def test_a_pronoun_takes_a_titled_subject_of_an_earlier_sentence():
    text = "President Obama visited the plant on Monday. He said it was fine."
    a = one(text, "said")
    assert span_text(text, a.resolved_from) == "President Obama" and a.named


# "called" with an object that a possessive or a phrase opens, then its description: a judgement
_CALLED = [
    ("Trump called Ford’s plans an absolute disgrace.", "Trump"),
    ("Still, he called Clinton’s public squabble with the intelligence community a mistake.", "he"),
    ("She called the head of the agency a liar.", "She"),
]
# ... and the same shapes that name no judgement
_NOT_CALLED = [
    "Trump called the hotel a day later.",
    "They called Trump's hotel in the morning.",
    "He called the office of the governor a few times.",
]


@pytest.mark.parametrize("text, source", _CALLED)
def test_calling_an_object_something_is_an_attribution(text, source):
    assert span_text(text, one(text, "called").source) == source


@pytest.mark.parametrize("text", _NOT_CALLED)
def test_a_call_made_is_no_attribution(text):
    assert cues(text) == []


def test_a_relative_after_a_name_and_its_description_stands_for_the_name():
    text = "Reporters met Donald Trump, the presumptive Republican nominee, who has said the notion is a hoax."
    a = one(text, "said")
    assert span_text(text, a.resolved_from) == "Donald Trump" and a.source_type == "named_person"


def test_a_relative_after_a_name_from_a_place_stands_for_the_name():
    text = "Reporters met Gov. John Kasich of Ohio, a Republican who has said no."
    assert span_text(text, one(text, "said").resolved_from) == "Gov. John Kasich of Ohio"


# "quoted ... as saying": the quoted person speaks, whatever outlet carries the words
_QUOTED_AS_SAYING = [
    ("Smith was quoted by Reuters as saying the talks were dead.", "quoted by Reuters as saying", "Smith"),
    ("Smith was quoted in the Times as saying the talks were dead.", "quoted in the Times as saying", "Smith"),
    ("The minister was quoted by state media as saying the talks were dead.", "quoted by state media as saying",
     "The minister"),
    ("Smith was quoted as saying the talks were dead.", "quoted as saying", "Smith"),
]


@pytest.mark.parametrize("text, cue, source", _QUOTED_AS_SAYING)
def test_the_quoted_person_is_the_source_not_the_outlet(text, cue, source):
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, "the talks were dead")


def test_an_outlet_that_quotes_a_remark_is_its_source():
    text = "The remark was quoted by Reuters."
    assert span_text(text, one(text, "quoted").source) == "Reuters"


# a participle's speaker is the subject after whatever opens the sentence
_OPENED = [
    ("But a few days later, Trump reversed himself yet again, telling reporters it was fine.", "telling", "Trump"),
    ("Facing mounting criticism from both parties, Mr. Trump released a statement, describing his sacrifice.",
     "describing", "Mr. Trump"),
    ("Shortly after the merger announcement, the founders' families had mobilized, warning that it would fail.",
     "warning", "the founders' families"),
    ("By Sunday afternoon she had canceled a joint rally with Obama slated for Wednesday in Green Bay, Wis., citing "
     "the attack.", "citing", "she"),
    ("WASHINGTON ― After bragging for a year about his campaign, Donald Trump raised the rent.", "bragging",
     "Donald Trump"),
    ("With his campaign buffeted by criticism and denying claims of plagiarism, delegates cast their votes.",
     "denying", "his campaign"),
]


@pytest.mark.parametrize("text, cue, source", _OPENED)
def test_a_participle_hangs_on_the_subject_after_the_opening(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


def test_a_name_in_ing_opening_the_sentence_is_still_the_subject():
    text = "Chelsea Manning left the Army. Manning left the room on Monday, saying it was unfair."
    assert span_text(text, one(text, "saying").source) == "Manning"
