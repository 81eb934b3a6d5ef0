"""The verb around a cue: do-support and modals before a cue that is also a noun ("did note"),
a capitalised "Will" that is a surname and not an auxiliary, a quoted nickname whose comma sits
inside the marks ('known as “Guccifer,” stated'), and prizes claimed rather than statements."""

from __future__ import annotations

import pytest

from ._sourcing_helpers import attributions, cues, one, span_text


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He did note that he had won the most states.", "note", "He"),
        ("She does note that the figures are provisional.", "note", "She"),
        ("The report will note that prices rose.", "note", "The report"),
        ("Lewandowski didn't claim that he was fired.", "claim", "Lewandowski"),
        ("Republicans will pledge to appoint strict constructionists.", "pledge", "Republicans"),
    ],
)
def test_a_noun_like_cue_after_do_or_a_modal_is_a_verb(text: str, cue: str, source: str) -> None:
    """ "note", "claim", "pledge" are nouns after "the" but verbs after "did", "will", "didn't"."""
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize(
    "text",
    [
        "In May claims surfaced that he had lied.",  # "May" the month, not the modal
        "The notes were found in a drawer.",
    ],
)
def test_a_capitalised_or_determined_noun_stays_a_noun(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("“This might hasten the eclipse of Donald Trump,” Will wrote.", "wrote"),
        ("From his “effusion” in Iowa to his call for a “deportation force,” Will described Trump as a caricature.", "described"),
        ("In particular, Will argued that Christie can win.", "argued"),
    ],
)
def test_a_capitalised_will_mid_sentence_is_a_name(text: str, cue: str) -> None:
    """George Will: a capital mid-sentence is not the auxiliary, so the walk left from the cue
    stops at it and the name is the source."""
    a = one(text, cue)
    assert span_text(text, a.source) == "Will"
    assert a.source_type == "named_person"


def test_title_case_sentence_still_walks_past_auxiliaries() -> None:
    text = "Trump Has Also Said He Will Run."
    assert span_text(text, one(text, "Said").source) == "Trump"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the servers.", "stated", "Marcel Lehel"),
        ("Smith, author of the book “Fire and Fury,” said the White House was chaotic.", "said", "Smith"),
        ("Dana Perino, a host of “The Five,” said she disagreed.", "said", "Dana Perino"),
        ("Humphrey, who calls Trump a “sociopath,” said the effort needs no money.", "said", "Humphrey"),
    ],
)
def test_a_quoted_name_inside_a_description_keeps_the_source_before_it(text: str, cue: str, source: str) -> None:
    """American style puts the description's closing comma inside the quotation marks."""
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“We will win,” said Smith.", "Smith"),  # a quotation opening the sentence is speech
        ("He called it “a disaster,” said Smith.", "Smith"),
    ],
)
def test_a_quotation_before_an_inverted_cue_is_still_speech(text: str, source: str) -> None:
    assert span_text(text, one(text, "said").source) == source


def test_scare_quotes_after_a_long_opening_phrase_do_not_make_an_apposition() -> None:
    """ 'From his “coarse, vulgar” effusion to his “deportation force,” Will said': the comma
    before "vulgar" does not open a description of a source."""
    text = "From his “coarse, vulgar, and nasty effusion” in Iowa to his call for a “deportation force,” Will said Trump was a caricature."
    assert span_text(text, one(text, "said").source) == "Will"


@pytest.mark.parametrize(
    "text",
    [
        "Bernie Sanders won the caucus, claiming his third victory in the state.",
        "Sanders had also claimed a victory in the New Hampshire primary.",
        "She claimed a share of the title.",
        "The party claimed a majority in the assembly.",
    ],
)
def test_claiming_a_prize_is_an_act(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He claimed the victory was stolen.", "the victory was stolen"),
        ("The Taliban claimed the seat was empty.", "the seat was empty"),
    ],
)
def test_a_clause_after_the_prize_is_a_statement(text: str, content: str) -> None:
    assert span_text(text, one(text, "claimed").content) == content


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Even the organizer of a pro-Trump rally said the city's rules increased the risk.", "the organizer of a pro-Trump rally"),
        ("The assembly said the rules were bad.", "The assembly"),
        ("His family said the rules were bad.", "His family"),
    ],
)
def test_a_noun_in_ly_is_part_of_a_source_phrase(text: str, source: str) -> None:
    """ "rally", "assembly", "family" end in -ly without being adverbs."""
    assert span_text(text, one(text, "said").source) == source


def test_an_adverb_in_ly_still_ends_a_source_phrase() -> None:
    text = "The minister repeatedly said the rules were bad."
    assert span_text(text, one(text, "said").source) == "The minister"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The tool helps in a crisis, a spokeswoman, Anna Richardson White, said on Saturday.", "Anna Richardson White"),
        ("“It is just a parlor game,” said Charlie Black, a Republican strategist.", "Charlie Black"),
        ("Oliver North said the plan was bad.", "Oliver North"),
    ],
)
def test_a_surname_that_is_also_a_demonym_names_a_person(text: str, source: str) -> None:
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == "named_person"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("White voters said the plan was bad.", "White voters"),
        ("Latin American officials said the plan was bad.", "Latin American officials"),
    ],
)
def test_a_demonym_before_a_people_noun_is_still_unnamed(text: str, source: str) -> None:
    a = one(text, "said")
    assert span_text(text, a.source) == source
    assert a.source_type == "unnamed_group"
    assert not a.named


def test_an_inverted_source_keeps_known_as() -> None:
    text = '"There never was a stand-down order," said the base chief known as Bob, speaking publicly for the first time.'
    assert span_text(text, one(text, "said").source) == "the base chief known as Bob"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Donald Trump and Bernie Sanders have both argued that workers have lost jobs.", "Donald Trump and Bernie Sanders"),
        ("They each said the plan would fail.", "They"),
        ("The men all said the plan would fail.", "The men"),
        ("Ben Carson and Rand Paul have all attacked the program as a violation of free markets.", "Ben Carson and Rand Paul"),
    ],
)
def test_a_floating_quantifier_keeps_its_subject(text: str, source: str) -> None:
    a = next(a for a in attributions(text) if a.source is not None)
    assert span_text(text, a.source) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Of the two, both said the plan would fail.", "both"),  # the quantifier is the subject
        ("Leaders of both parties said the plan would fail.", "Leaders of both parties"),
    ],
)
def test_a_quantifier_that_is_the_subject_stays_the_source(text: str, source: str) -> None:
    assert span_text(text, one(text, "said").source) == source


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("But on Tuesday, he stood with other GOP leaders and urged Democrats to vote for the deal.", "urged", "he"),
        ("The senator stood with other leaders and urged Democrats to vote.", "urged", "The senator"),
        ("However, he held his fire on Ben Carson, calling him a nice guy.", "calling", "he"),
    ],
)
def test_a_shared_verb_takes_the_clause_subject_not_the_clause(text: str, cue: str, source: str) -> None:
    """The subject of a coordinated or participle clause ends before the first verb."""
    assert span_text(text, one(text, cue).source) == source


def test_an_age_before_the_cue_is_a_subject_not_a_count() -> None:
    """ "271 pledged delegates" is a participle after a number; "the 43-year-old asked" is not."""
    text = "“What if Donald Trump had elocution lessons?” the 43-year-old asked in the video’s description."
    a = one(text, "asked")
    assert span_text(text, a.source) == "the 43-year-old"
    assert cues("He has 271 pledged delegates and 1,200 pledged supporters.") == []


def test_a_quoted_name_inside_a_description_between_commas() -> None:
    text = "“We won,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly."
    assert span_text(text, one(text, "said").source) == "Texas delegate Bill Eastland"


def test_speech_between_commas_is_not_a_description() -> None:
    assert cues("Smith, “we will win,” said the plan was good.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("On economic issues, 42% say they are liberal.", "say", "42%"),
        ("On social issues, 53% describe themselves as liberal.", "describe", "53%"),
    ],
)
def test_a_percentage_of_people_is_a_source(text: str, cue: str, source: str) -> None:
    a = one(text, cue)
    assert span_text(text, a.source) == source
    assert a.source_type == "unnamed_group"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ever since Bernie Sanders announced his candidacy, he's said the same thing at every stop.", "said"),
        ("Sanders is burrowing in for a floor fight. He’s suggesting that delegates should switch.", "suggesting"),
        ("Curly Haugland, who’s argued for years that delegates can’t be bound, spoke.", "argued"),
    ],
)
def test_a_pronoun_with_a_contracted_has_is_a_subject_not_a_possessive(text: str, cue: str) -> None:
    a = one(text, cue)
    assert a.source_type in ("named_person", "unnamed_individual", "unresolved")
    assert span_text(text, a.source).lower().startswith(("he", "who"))


@pytest.mark.parametrize("text", ["Trump's claims were false.", "It's claimed that he lied."])
def test_a_possessive_or_an_impersonal_contraction_is_not_a_source(text: str) -> None:
    assert all(a.source is None or span_text(text, a.source) != "It's" for a in attributions(text))
    assert "claims" not in cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Mrs. Schlafly replied in an even voice that she was pleased.", "replied", "she was pleased"),
        ("Ben Carson responded on Sunday to accusations that he exaggerated his life story.", "responded", "he exaggerated his life story"),
    ],
)
def test_a_statement_verb_with_a_circumstance_then_that_is_a_statement(text: str, cue: str, content: str) -> None:
    assert span_text(text, one(text, cue).content) == content


def test_a_statement_verb_with_to_and_a_relative_stays_an_act() -> None:
    assert cues("He added to the list that Trump kept.") == []


# --- infinitives: who goes on to say it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The ruling prompted Judge Ana Ruiz to accuse the state of delay.", "accuse", "Judge Ana Ruiz"),
        ("The narrow win led her to declare that the race was over.", "declare", "her"),
        ("Cases rose, prompting officials to again warn that masks work.", "warn", "officials"),
        ("The loss forced the mayor to admit that the plan had failed.", "admit", "the mayor"),
        ("He continued to loudly insist that he had won.", "insist", "He"),
        ("Deaths rose, prompting officials to again stress the importance of masks.", "stress", "officials"),
    ],
)
def test_the_subject_of_an_infinitive_cue(text: str, cue: str, source: str) -> None:
    """The object of a causing verb ("prompted X to accuse") or the subject of a verb that
    governs the infinitive ("continued to insist"), an adverb splitting the infinitive or not."""
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize(
    "text",
    [
        "They asked him to explain the plan.",  # a request: it may never have been explained
        "Nance wants the governor to further explain the cuts.",
        "Voters were spurred by the senator's refusal to denounce the group.",  # a passive's agent
        "It seems unfair to simply tell the towns that the mine will close.",
    ],
)
def test_an_infinitive_cue_that_no_one_is_said_to_have_spoken(text: str) -> None:
    """Requests, wishes, a passive's agent and an impersonal infinitive attribute nothing to the
    words before "to"."""
    assert [c for c in cues(text) if c in ("explain", "denounce", "tell")] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("O'Malley spoke of a recent visit to a mosque.", "spoke of", "O'Malley"),
        ("The senator has spoken about Palestinian dignity.", "spoken about", "The senator"),
        ("Kenneth Starr spoke highly of the former president.", "spoke highly of", "Kenneth Starr"),
        ("Republican leaders speak affectionately of his gifts.", "speak affectionately of", "Republican leaders"),
    ],
)
def test_speaking_of_or_about_a_topic_is_speech(text: str, cue: str, source: str) -> None:
    """ "speak" needs "about" or "of" after it, perhaps past one adverb in -ly."""
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("text", ["He spoke to the crowd for an hour.", "They speak quickly and move on."])
def test_speaking_without_a_topic_is_not_a_cue(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The president seldom speaks of his brother.", "speaks of", "The president"),
        ("The campaign has always denied the charge.", "denied", "The campaign"),
        ("Her aides rarely said anything.", "said", "Her aides"),
    ],
)
def test_a_frequency_adverb_before_the_cue_is_not_the_source(text: str, cue: str, source: str) -> None:
    assert span_text(text, one(text, cue).source) == source


def test_an_inverted_described_speaker_may_carry_a_relative_clause() -> None:
    """'“...,” said one owner of a shop that sells shoes': "that" opens a relative clause on the
    speaker, while in "said Tuesday that" it opens the statement and nothing is inverted."""
    text = '"It was all lies," said one owner of a shop that sells shoes.'
    assert span_text(text, one(text, "said").source) == "one owner of a shop"
    text = "Brian Sandoval, a Republican, said Tuesday that he had voted for Mr. Rubio."
    assert span_text(text, one(text, "said").source) == "Brian Sandoval"


@pytest.mark.parametrize(
    "text",
    [
        "Members have a larger say than voters.",  # "a" + one word: "say" is a noun
        "Trump was repeating a false claim that he opposed the invasion.",
        "Dumping Trump is easier said than done.",  # an idiom, not a statement
        "She boasts a 45-point lead nationally.",  # "boasts" + what she has
        "The free-trade zone still boasts just the one small supermarket.",
    ],
)
def test_nouns_idioms_and_possessions_are_not_statements(text: str) -> None:
    assert [c for c in cues(text) if c in ("say", "claim", "said", "boasts")] == []


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("A third say they don't know.", "say", "A third"),  # a group noun after "a"
        ("A majority believe the economy is weak.", "believe", "A majority"),
        ("He boasted that he had won.", "boasted", "He"),
        ("Kasich boasted to reporters of his organization.", "boasted", "Kasich"),
    ],
)
def test_group_counts_and_bragging_still_attribute(text: str, cue: str, source: str) -> None:
    assert span_text(text, one(text, cue).source) == source


@pytest.mark.parametrize("opener", ["Nearly", "Roughly", "Almost"])
def test_an_approximator_opening_a_count_is_not_a_name(opener: str) -> None:
    """ "Nearly a third say": the count is an unnamed group, and the approximator stays in it."""
    text = f"{opener} a third say they don't know."
    a = one(text, "say")
    assert span_text(text, a.source) == f"{opener} a third"
    assert a.source_type == "unnamed_group" and not a.named
