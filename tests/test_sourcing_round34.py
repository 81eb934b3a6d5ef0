"""Round 34: "as X put it", verbs of speaking that need a particle ("lashed out", "brushed off",
"opened up about"), a screen grab as a record, judgements after "called the X", the "as" that
links a trailing cue to what was said, and an infinitive cue after a coordinated verb."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize("text, cue, source, content", [
    ("As one survivor put it, “We were lucky.”", "put it", "one survivor", "We were lucky."),
    ("Smith put it bluntly: “We lost.”", "put it bluntly", "Smith", "We lost."),
    ("Or, as the coach puts it, the team has to grow up.", "puts it", "the coach", "the team has to grow up"),
    ("Smith put it this way: the team has to grow up.", "put it this way", "Smith", "the team has to grow up"),
    ("As Smith put it best, the team has to grow up.", "put it best", "Smith", "the team has to grow up"),
    ("The plan was, as the report put it, “a disaster.”", "put it", "the report", "a disaster."),
])
def test_putting_it_into_words_is_saying(text, cue, source, content):
    a = one(text, cue)
    assert a.kind == "speech"
    assert span_text(text, a.source) == source
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "The campaign hopes to put it into play this fall.",
    "She put it on the table and left.",
    "They put it together in a week.",
])
def test_putting_a_thing_somewhere_is_an_act(text):
    assert not any(c and c.startswith("put") for c in cues(text)), cues(text)


@pytest.mark.parametrize("text, cue, source", [
    ("Trump lashed out at Khan after the speech.", "lashed out", "Trump"),
    ("He brushed off the criticism.", "brushed off", "He"),
    ("The minister brushed aside questions about the deal.", "brushed aside", "The minister"),
    ("Smith opened up about her struggles with anxiety.", "opened up about", "Smith"),
])
def test_verbs_of_speaking_with_their_particles(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "The storm lashed the coast.",
    "She brushed the dust from her coat.",
    "The store opened up a new branch.",
    "The shop opened on Monday.",
])
def test_the_same_verbs_without_their_particles_say_nothing(text):
    assert attributions(text) == (), cues(text)


def test_a_screen_grab_is_a_record():
    text = "A screen grab from the broadcast shows the minister leaving the building."
    a = one(text, "shows")
    assert span_text(text, a.source) == "A screen grab from the broadcast"
    assert a.source_type == "document"


@pytest.mark.parametrize("text, content", [
    ("The White House called the attack cowardly.", "the attack cowardly"),
    ("A statement from the ministry called the raid illegal.", "the raid illegal"),
    ("Smith called the ban racist and illegal.", "the ban racist and illegal"),
])
def test_calling_a_thing_a_judgement(text, content):
    a = one(text, "called")
    assert span_text(text, a.content) == content


@pytest.mark.parametrize("text", [
    "He called the hotel late.",
    "He called the hotel and left.",
])
def test_calling_a_place_is_no_judgement(text):
    assert attributions(text) == (), cues(text)


@pytest.mark.parametrize("text, content", [
    ("The plan failed, as Smith said.", "The plan failed"),
    ("“We lost,” as Smith put it.", "We lost,"),
])
def test_the_as_before_a_trailing_source_is_not_what_was_said(text, content):
    cue = "put it" if "put it" in text else "said"
    assert span_text(text, one(text, cue).content) == content


def test_a_lone_as_clause_has_no_content():
    text = "As Smith said."
    assert one(text, "said").content is None


@pytest.mark.parametrize("text, cue, source", [
    ("The senator left the room and began to criticize the plan.", "criticize", "The senator"),
    ("Trump's advisers expressed anger at the coverage and immediately began to call the claims unfair.",
     "call", "Trump's advisers"),
    ("Smith walked to the podium and went on to say the plan was dead.", "say", "Smith"),
])
def test_an_infinitive_cue_after_a_coordinated_verb_has_the_clause_subject(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text, cue, source, content", [
    ("Economists believe it would be easy to evade the rule.", "believe", "Economists",
     "it would be easy to evade the rule"),
    ("The campaign believes it could win Ohio.", "believes", "The campaign", "it could win Ohio"),
    ("Clinton's campaign knew it was possible.", "knew", "Clinton's campaign", "it was possible"),
])
def test_a_belief_whose_clause_opens_with_it(text, cue, source, content):
    a = one(text, cue)
    assert a.kind == "cognition"
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)


@pytest.mark.parametrize("text", [
    "I can't believe it.",
    "Believe it or not, the plan failed.",
    "The voters want it now.",
    "The campaign knew it.",
])
def test_it_as_the_object_of_a_belief_is_no_clause(text):
    assert attributions(text) == (), cues(text)


@pytest.mark.parametrize("text, source, content, continued", [
    ("The plan, officials believe, will fail.", "officials", "The plan", ["will fail"]),
    ("Ryan’s endorsement of Trump, many think, is only a matter of time.", "many",
     "Ryan’s endorsement of Trump", ["is only a matter of time"]),
])
def test_a_belief_set_off_by_commas_inside_its_content(text, source, content, continued):
    cue = "believe" if "believe" in text else "think"
    a = one(text, cue)
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)
    assert [span_text(text, c) for c in a.continued] == continued


@pytest.mark.parametrize("text, source, content", [
    ("The plan is not as toxic as most insiders believe.", "most insiders", "The plan is not as toxic"),
    ("The hack was ordered by Moscow, as many researchers believe.", "many researchers",
     "The hack was ordered by Moscow"),
    ("The plan, as they believe, will fail.", "they", "The plan"),
])
def test_a_belief_after_as_closes_its_content(text, source, content):
    a = one(text, "believe")
    assert (span_text(text, a.source), span_text(text, a.content)) == (source, content)


@pytest.mark.parametrize("text", [
    "As you know, the plan failed.",
    "As we all know, the plan failed.",
    "The talks, as everyone knows, failed.",
    "The plan, I think, will fail.",
])
def test_a_turn_of_phrase_to_the_reader_is_no_belief(text):
    assert attributions(text) == (), cues(text)


@pytest.mark.parametrize("text, cue, content, continued", [
    # nothing but a linking word before "as": what was said follows the cue's comma
    ("But as Liz Kreutz points out in a column, doing interviews gives Clinton an advantage.", "points out",
     "doing interviews gives Clinton an advantage", []),
    ("But, as Mr. Sykes said, the credibility of the outlet is gone.", "said", "the credibility of the outlet is gone", []),
    ("Mr. Ailes was lending advice, given that, as The Times reported, he has emerged as an adviser.", "reported",
     "he has emerged as an adviser", []),
    # a statement before "as" ends at it; what follows "and" is another statement
    ("Ailes met with Mr. Trump that day, as The New York Times reported on Tuesday, and he will help with the debates.",
     "reported", "Ailes met with Mr. Trump that day", []),
    # an insertion: both sides
    ("And that, as Trump points out, is quite a bit right now.", "points out", "And that", ["is quite a bit right now"]),
    ("The plan, as officials said, will fail.", "said", "The plan", ["will fail"]),
])
def test_what_a_source_after_as_said(text, cue, content, continued):
    a = one(text, cue)
    assert span_text(text, a.content) == content
    assert [span_text(text, c) for c in a.continued] == continued


def test_as_between_a_clause_and_its_cue_keeps_what_follows_the_cue():
    text = "Clinton beamed as she noted how happy she was to be in New York."
    assert span_text(text, one(text, "noted").content) == "how happy she was to be in New York"


@pytest.mark.parametrize("text, cue, content, cited", [
    ("Politico reports, citing sources, that the talks stalled.", "reports", "the talks stalled", "sources"),
    ("Reuters reported, citing two officials familiar with the matter, that the deal is off.", "reported",
     "the deal is off", "two officials familiar with the matter"),
    ("He said, citing the report, that the talks stalled.", "said", "the talks stalled", "the report"),
])
def test_a_citing_insertion_between_a_cue_and_its_clause(text, cue, content, cited):
    assert span_text(text, one(text, cue).content) == content
    assert span_text(text, one(text, "citing").content) == cited


def test_citing_alone_keeps_what_it_cites():
    text = "The company declined, citing legal risks and the costs of vetting."
    assert span_text(text, one(text, "citing").content) == "legal risks and the costs of vetting"


def test_every_cue_form_in_the_lexicon_belongs_to_its_own_entry():
    """A form listed under two lemmas is read from the first entry only, so the second entry's
    flags would be dead ("forecast" was listed twice; "worried" both as a verb form and as a
    predicate adjective)."""
    from credscore import lexicons
    from credscore.signals._attribution_lexicon import cue_forms

    forms = cue_forms()
    rows = list(lexicons.rows("attribution_cues"))
    lemmas = [row[0] for row in rows]
    assert sorted({x for x in lemmas if lemmas.count(x) > 1}) == []
    shadowed = []
    for row in rows:
        listed = [f.strip() for f in row[2].split(",")] if len(row) > 2 and row[2] else [row[0]]
        shadowed += [(row[0], f) for f in listed if forms[f].lemma != row[0]]
    assert shadowed == []


@pytest.mark.parametrize("text, cue, source", [
    ("Republicans counter that the bill is too costly.", "counter", "Republicans"),
])
def test_counter_as_a_verb_of_saying(text, cue, source):
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", [
    "They worked to counter Iran.",
    "The costs are reflected in long-term forecasts like the latest one.",
])
def test_counter_and_forecasts_as_acts_or_nouns(text):
    assert attributions(text) == (), cues(text)


def test_every_source_noun_is_listed_once():
    from credscore import lexicons

    nouns = [row[0] for row in lexicons.rows("source_nouns")]
    assert sorted({x for x in nouns if nouns.count(x) > 1}) == []


@pytest.mark.parametrize("opener", ["Still", "But", "Meanwhile", "Later", "Clearly"])
def test_a_linking_word_alone_is_no_first_half_of_an_insertion(opener):
    text = f"{opener}, officials said, the plan has failed."
    a = one(text, "said")
    assert span_text(text, a.content) == "the plan has failed"
    assert a.continued == ()
