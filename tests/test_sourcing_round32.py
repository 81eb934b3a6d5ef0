"""Round 32: any speech verb inverted after a quotation that opens the sentence, the time after a
cue read as the time and not as the statement, weekdays never inverted as speakers, and a name
described by two inserted phrases (or by an age) kept as the source."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("verb", ["testified", "estimated", "recalled", "complained", "alleged"])
def test_any_speech_verb_inverts_after_an_opening_quotation(verb):
    text = f"“The plan has failed,” {verb} Jane Roe."
    a = one(text, verb)
    assert span_text(text, a.source) == "Jane Roe"
    assert span_text(text, a.content) == "The plan has failed,"
    assert a.source_type == "named_person"


@pytest.mark.parametrize("text", [
    "He called it “a hoax,” criticized the press and left.",
    'The film "Selma" depicts the march.',
])
def test_a_verb_after_a_quotation_inside_a_clause_is_not_inverted(text):
    assert not any(span_text(text, a.source) in ("the press", "the march") for a in attributions(text)), cues(text)


@pytest.mark.parametrize("text", [
    "The plan failed, Jane Roe, a historian, said Tuesday.",
    "The plan failed, the mayor, Jane Roe, said Tuesday.",
    "The plan failed, Maria Lopez, 54, said yesterday.",
])
def test_a_weekday_after_the_cue_is_when_not_who(text):
    a = one(text, "said")
    assert span_text(text, a.source) in ("Jane Roe", "Maria Lopez")
    assert span_text(text, a.content) == "The plan failed"


def test_may_after_a_quotation_can_still_be_a_speaker():
    text = "“It failed,” said May."
    assert span_text(text, one(text, "said").source) == "May"


@pytest.mark.parametrize("text, content", [
    ("The plan failed, Smith said last week.", "The plan failed"),
    ("The plan failed, officials said two days ago.", "The plan failed"),
    ("The plan failed, Smith said Tuesday night.", "The plan failed"),
    ("“It failed,” he said dryly.", "It failed,"),
    ("Smith said yesterday the plan failed.", "the plan failed"),
    ("Smith said late Monday night that it failed.", "it failed"),
    ("“It failed!” Trump tweeted Sunday after the attack on a nightclub.", "It failed!"),
    # not times: the statement itself
    ("Smith said nearly every donor agreed.", "nearly every donor agreed"),
    ("Smith said early voting was up.", "early voting was up"),
    ("Smith said this is over.", "this is over"),
])
def test_the_time_after_a_cue_is_not_the_statement(text, content):
    cue = "tweeted" if "tweeted" in text else "said"
    assert span_text(text, one(text, cue).content) == content


@pytest.mark.parametrize("text, source", [
    ("Jane Roe, a historian at Yale, speaking on condition of anonymity, said the plan failed.", "Jane Roe"),
    ("Maria Lopez, 54, who asked not to be named, said the plan failed.", "Maria Lopez"),
    ("Jane Roe, a historian, was quoted as saying the plan failed.", "Jane Roe"),
    ("Smith, a historian at Yale, was quoted by the Times as saying the plan failed.", "Smith"),
    ("Jane Roe, 54, was quoted as saying the plan failed.", "Jane Roe"),
    # no name opens the sentence: the description stays the source
    ("In Boston, the mayor, speaking at a rally, said the plan failed.", "the mayor"),
])
def test_a_name_described_between_commas_stays_the_source(text, source):
    a = next(a for a in attributions(text) if span_text(text, a.cue).startswith(("said", "quoted")))
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == "the plan failed"


@pytest.mark.parametrize("text, source, source_type", [
    ("An official who did not want to be named said the plan failed.", "An official", "unnamed_individual"),
    ("A senior official wishing not to be named said the plan failed.", "A senior official", "unnamed_individual"),
    ("An official asking not to be named said the plan failed.", "An official", "unnamed_individual"),
    ("Officials requesting anonymity said the plan failed.", "Officials", "unnamed_group"),
    ("Officials who were not authorized to speak publicly said the plan failed.", "Officials", "unnamed_group"),
    ("An official not authorized to discuss the matter said the plan failed.", "An official", "unnamed_individual"),
    ("An aide who was not authorized to speak on the record said the plan failed.", "An aide", "unnamed_individual"),
])
def test_the_terms_of_an_interview_are_not_the_source(text, source, source_type):
    a = one(text, "said")
    assert (span_text(text, a.source), a.source_type) == (source, source_type)
    assert span_text(text, a.content) == "the plan failed"


def test_declining_to_be_named_is_no_statement_but_declining_to_comment_is():
    assert cues("One official, who declined to be named, said the plan failed.") == ["said"]
    assert cues("Smith declined to comment.") == ["declined"]


@pytest.mark.parametrize("text, source_type", [
    ("Eyewitnesses said the militants had fled.", "unnamed_group"),
    ("Onlookers said the militants had fled.", "unnamed_group"),
    ("Rebels said the militants had fled.", "unnamed_group"),
    ("Colleagues said he was honest.", "unnamed_group"),
    ("Refugees told the BBC the camp was full.", "unnamed_group"),
    ("MPs said the plan failed.", "unnamed_group"),
    ("An MP said the plan failed.", "unnamed_individual"),
    ("Sources privy to the talks told The News that they had failed.", "unnamed_group"),
    ("A security guard said the plan failed.", "unnamed_individual"),
    # organisations, not people
    ("The National Guard said the plan failed.", "named_organization"),
    ("The Coast Guard said the plan failed.", "named_organization"),
    ("The Inter-Services Public Relations said the militants had fled.", "named_organization"),
    ("The crowd grew, the Sun-Times reported.", "named_organization"),
])
def test_people_nouns_opening_a_sentence_are_not_names(text, source_type):
    a = attributions(text)[0]
    assert a.source_type == source_type, span_text(text, a.source)


@pytest.mark.parametrize("text, source, named", [
    ("The talks had failed, said the statement issued by the ISPR.", "the statement issued by the ISPR", True),
    ("The talks had failed, said a press release issued here.", "a press release issued here", False),
    ("It failed, said a person close to the U.S.", "a person close to the U.S.", False),
])
def test_an_inverted_record_keeps_how_it_was_issued(text, source, named):
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.named is named


@pytest.mark.parametrize("text, source", [
    ("The ministry in a statement said the talks had failed.", "The ministry"),
    ("Mr Khan in his address said the talks had failed.", "Mr Khan"),
    ("The ministry in a statement on Monday said the talks had failed.", "The ministry"),
    ("Smith in an interview with CNN said the talks had failed.", "Smith"),
    ("Scientists writing in the journal Nature said the talks had failed.", "Scientists writing in the journal Nature"),
])
def test_the_statement_a_source_speaks_in_is_not_the_source(text, source):
    assert span_text(text, one(text, "said").source) == source


@pytest.mark.parametrize("text", ["It was learnt that the talks had failed.", "It has been learnt that the talks had failed."])
def test_it_was_learnt_is_agentless(text):
    a = one(text, "learnt")
    assert (a.source, a.source_type) == (None, "agentless")


def test_they_resolves_to_people_named_together_and_he_does_not():
    text = "Smith and Jones said the talks had failed. They added that nobody was hurt."
    added = one(text, "added")
    assert span_text(text, added.resolved_from) == "Smith and Jones"
    assert (added.source_type, added.named) == ("named_person", True)
    text = "Smith and Jones said the talks had failed. He added that nobody was hurt."
    assert one(text, "added").source_type == "unresolved"


def test_boasted_after_a_quotation_is_inverted_but_boasts_a_lead_is_having():
    text = "“The plan has failed,” boasted the company."
    assert span_text(text, one(text, "boasted").source) == "the company"
    assert cues("The firm boasts a 45-point lead.") == []
