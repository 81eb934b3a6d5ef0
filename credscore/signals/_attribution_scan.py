"""Finding attributions in one document: cues, the source phrase around each cue, the content.

A hand-written scanner.  Every cue form is a set look-up over the document's tokens; the work
around a cue is bounded (a source phrase is at most ``MAX_PHRASE`` tokens), so the cost is
linear in the length of the text.  Token positions are indices into the document's token lists
(``_attribution_tokens``); a sentence is the index range ``[lo, hi)``.  The sentence view and the
phrase edges live in ``_attribution_phrase``, the constructions that move the source
(inversion, apposition, relative clauses, participles) in ``_attribution_clauses``.
"""

from __future__ import annotations

from typing import Final
from credscore._int_bisect import bisect_left
from credscore._letter_case import initial_lower, initial_upper
from credscore.analysis import AnalyzedText, Quotation
from credscore.signals._attribution_appositives import retype_by_apposition
from credscore.signals._attribution_short_names import retype_short_names
from credscore.signals._attribution_lexicon import (
    ED_EN_ENDINGS,
    ED_LY_ENDINGS,
    ING_ED_ENDINGS,
    NEGATION_ENDINGS,
    PEOPLE_PLURAL_ENDINGS,
    POSSESSIVE_ENDINGS,
    CueForm,
    content_words,
    irregular_pasts,
)
from credscore.signals._attribution_names import (
    APOSTROPHES,
    ARTICLES,
    AFTER_PARTICIPLE,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    NOUN_LIKE_CLASSES,
    OPENING_CONJUNCTIONS,
    OPENING_WORDS,
    ORG_WORD_ONLY,
    OWN_DETERMINERS,
    POSSESSIVE_PRONOUNS,
    TIMES_AFTER_PARTICIPLE,
    TITLED_WORKS,
    WEEKDAYS,
    PhraseKind,
    channel_number,
    classify_phrase,
    edition_year,
    ends_a_date,
    initials_at,
    is_acronym,
    is_place,
    is_proper,
    lower_initial_brand,
    ly_adverb,
    month_or_day,
    name_list_start,
    one_record,
    opens_a_time,
    past_participle,
    people_in_reduced_relative,
    people_plural,
    plural_owner_mark,
    possessive_pronoun,
    ranked,
    record_participle,
    s_inflection,
    strip_contraction,
    year_figure,
)
from credscore.signals._attribution_phrase import (
    abbrev_dot,
    count_lead,
    PERFECT,
    TIME_NOUNS,
    told_hearer_at,
    clause_after_circumstance,
    closing_comma,
    contact_relative_start,
    ADVERBIAL_PAIRS,
    ADVERBISH,
    AUXILIARIES,
    BODY_PARTS,
    BY_MEANS,
    CARDINALS,
    CURRENCY_MARKS,
    TIME_SPANS,
    CITING,
    CLASSES,
    CLOCK_MARKS,
    CLOCK_WORDS,
    CONTRACTED_COPULAS,
    IT_IS,
    LY_ADJECTIVES,
    COORDINATORS,
    DOUBLE_QUOTES,
    name_after_quotation,
    EMPTY,
    FORMS,
    MAX_PHRASE,
    MODIFIER_ONLY_CLASSES,
    NOUNS,
    PARTS_OF_DAY,
    PAST_VERBS,
    PEOPLE_QUANTIFIERS,
    PREPOSITIONS,
    RECENT,
    RELATIVE_WORDS,
    SUBORDINATORS,
    TEENS_AND_TENS,
    TERMINATORS,
    Found,
    Mention,
    Sentence,
    about_a_count,
    bare_verb,
    besides_end,
    classes,
    content_after,
    inside_content,
    is_adverbish,
    is_dash,
    is_pronoun,
    number_comma,
    past_subordinator_leads,
    phrase_left,
    phrase_right,
    phrase_word_ok,
    located_comma,
    lower_open_word,
    MODALS,
    plausible_source,
    record_as_verb,
    record_noun,
    scare_quote_end,
    stop_ends_phrase,
    strip_span,
    talk_noun_at,
    trim,
    when_run_end,
)
from credscore.signals._attribution_clauses import (
    mark_after_circumstance,
    PERSON_NOUNS,
    SPEECHLESS_ANIMALS,
    CIRCUMSTANCE_PREPOSITIONS,
    CLOSING_QUOTES,
    DETERMINERS,
    OPENING_DOUBLE_QUOTES,
    RELATIVES,
    REPLIES,
    SUBJECT_PRONOUNS,
    VIOLENT_ACTORS,
    a_hearer,
    absolute_with,
    after_quoted_words,
    agent_after_time,
    apposition,
    before_a_time,
    before_a_venue,
    clause_follows,
    coordinated,
    dashed_insertion,
    described_opening_name,
    described_pair_start,
    inversion,
    leading_name,
    opening_participle,
    opens_with_having,
    participle,
    passive,
    quotation_follows,
    quoted_saying,
    quoted_speaker,
    quoted_name_closes,
    reduced_relative,
    relative,
    so_says,
    subject_before_relative,
    subject_with_insertion,
    thing_acts,
)
from credscore.signals._attribution_chain import DATE_NAMES, DAY_WORDS, described_name
from credscore.signals._attribution_modifiers import (
    NAMES_VERBS_NOT_ADJECTIVES,
    bare_adjective,
    interview_terms_start,
    modifier_use,
    negation_in,
    not_a_statement,
)
from credscore.signals._attribution_quotes import outer_quotation_starts, outer_quotations
from credscore.signals._attribution_introduced import introduced_quotations
from credscore.signals._attribution_stance import stance_attributions
from credscore.signals._attribution_labels import label_attributions
from credscore.signals._attribution_records import record_settings
from credscore.signals._attribution_tokens import doc_tokens
from credscore.spans import Span, make_span

# word endings for str.endswith as one-object constants (see POSSESSIVE_ENDINGS)
_ED_ID_LD_EN_ENDINGS: Final[tuple[str, ...]] = ("ed", "id", "ld", "en")
_ED_WN_ENDINGS: Final[tuple[str, ...]] = ("ed", "wn")
_THAT_IT_OPENINGS: Final[tuple[str, ...]] = ("that", "it")

_RESPONSIBILITY: Final = frozenset({"responsibility", "credit"})
# what a group claims when it claims an act ("claimed the bombing"), and what a disaster claims
_CLAIMED_ACTS: Final = content_words("claimed_act")
_LIVES: Final = frozenset(
    ("life", "lives", "casualty", "casualties", "victim", "victims", "jobs", "cattle", "livestock", "homes", "career", "careers")
)
# what a winner claims: "claiming his third victory", "claimed the seat", "claimed a share of the title"
_CLAIMED_GAINS: Final = content_words("claimed_gain")
# what one takes on when one assumes it, not a belief: "assumed office", "assumed his post"
_ASSUMED_CHARGES: Final = content_words("assumed_charge")
# the articles and the owners that open a noun phrase: "assumed his post", "his earlier comments"
_OWNERS: Final = frozenset("his her their its our my your".split())
_ARTICLES_AND_OWNERS: Final = _OWNERS | ARTICLES
# what may stand between "claimed" and the act or the lives: "the", "at least 12", "more than 1,000"
_CLAIM_FILLERS: Final = frozenset(
    "the a an this that these those its their his her at least more than over some another nearly almost about several many every each our your all both".split()
)
# participles whose "by" names a doer of an act, not a speaker: "a meeting called by the mayor"
_NO_AGENT: Final = frozenset(("call", "post", "find", "show", "continue", "project"))
_FLOATING_QUANTIFIERS: Final = frozenset(("both", "all", "each"))
# how little a "mention" says, which leaves it to the clause's subject ("made no mention of")
_SCANT: Final = frozenset("no little scant sparing".split())
# adjectives that make "say" a noun, a share in deciding: "the final say", "an equal say"
_SAY_MODIFIERS: Final = content_words("say_modifier")
_MORE_OR_LESS: Final = frozenset(("more", "less"))
_HAVE_OR_GET: Final = frozenset("have has had having get gets got getting give gives gave given want wants wanted".split())
# pronouns whose "'s" is "has" (or "is"), never a possessive: "he's said", "who's argued"
_CONTRACTED_SUBJECTS: Final = frozenset(("he", "she", "who", "it"))


def _possessive(low: str) -> bool:
    """ "Trump's", "the party’s": a possessive, not "he's" or "who's" (a subject with "has")."""
    return low.endswith(POSSESSIVE_ENDINGS) and low[:-2] not in _CONTRACTED_SUBJECTS


def _floats(s: Sentence, q: int) -> bool:
    """Whether the quantifier at ``q`` floats after its subject or an auxiliary ("They both",
    "the men all", "have each"), so a cue after it is a verb with that subject."""
    p = q - 1
    t, low = s.T[p], s.L[p]
    if t in ("—", "–"):
        return t in s.T[s.first : p]  # "figures — whose party ... — both suggested": the insertion's closing dash
    if not t[0].isalnum():
        return False
    c = CLASSES.get(low, EMPTY)
    return low in SUBJECT_PRONOUNS or "auxiliary" in c or (
        "determiner" not in c and "preposition" not in c and "clause" not in c
        and (low in NOUNS or initial_upper(t) and p != s.first)
    )


def _relative_word(low: str) -> bool:
    """ "who said", "who's argued": a relative pronoun, alone or with a contracted "has"."""
    return low in RELATIVES or low[-2:] in ("'s", "’s") and low[:-2] in RELATIVES


_BE: Final = frozenset("is are was were be been being 's ’s".split())
_HAVE: Final = frozenset(("have", "has", "had", "'ve", "’ve"))
# the nouns of a frame that credits an owner: "in X's words", "in the view of X", "by its own count"
_IN_FRAMES: Final = frozenset(("words", "view", "opinion", "estimation"))
_BY_FRAMES: Final = frozenset(("account", "count", "tally", "estimate", "reckoning", "admission"))
_CUE_WORDS: Final = frozenset(FORMS) | {"according", "per", "quote", "accounts", "counts"} | _IN_FRAMES | _BY_FRAMES
# hearsay that circulates without a speaker: "in some reports", "by all accounts", "by one estimate"
_HEARSAY_NOUNS: Final = frozenset("reports accounts estimates counts report account estimate count tally".split())
_HEARSAY_SINGULAR: Final = frozenset(("report", "account", "estimate", "count", "tally"))  # only after "one"
# what says the reports are many, unowned or from the press (never a possessive: "in his reports"
# are his, and his verb credits him)
_HEARSAY_MODIFIERS: Final = frozenset("some several many most all other one".split()) | content_words("hearsay_modifier")
_HEARSAY_REACH: Final = 4  # modifier words between "in"/"by" and the noun: "in unconfirmed Russian media reports"


# every cue word as written in running text, in a title and in capitals: looked up on the raw tokens
_CUE_ANYCASE: Final = _CUE_WORDS | {w.capitalize() for w in _CUE_WORDS} | {w.upper() for w in _CUE_WORDS}


def find_attributions(doc: AnalyzedText) -> tuple[list[Found], list[Mention]]:
    """Every attribution in the article sentences of ``doc``, in text order (unresolved).

    A set look-up over the lower-cased tokens finds every cue word; a cue inside a quotation or
    outside the article sentences is dropped.  Sentences, quotations and cue words all run in
    text order, so forward pointers keep the scan linear.
    """
    found: list[Found] = []
    mentions: list[Mention] = []
    toks = doc_tokens(doc)
    T, L, S = toks.T, toks.L, toks.S
    quotes = outer_quotations(doc)
    q_starts = outer_quotation_starts(doc)
    sentences = doc.article_sentences
    # the bounds as plain lists: the scan reads them for every cue word
    s_starts = doc.article_sentence_starts
    s_ends = [sent.end for sent in sentences]
    q_content_starts = [q.content_start for q in quotes]
    q_content_ends = [q.content_end for q in quotes]
    n_s, n_q, n_t = len(sentences), len(quotes), len(T)
    si = qi = 0
    s: Sentence | None = None
    for k in range(n_t):
        if T[k] not in _CUE_ANYCASE:  # one set test per token (a native loop when compiled)
            continue
        pos = S[k]
        while si < n_s and s_ends[si] <= pos:
            si += 1
        if si >= n_s:
            break
        sent_start = s_starts[si]
        if sent_start > pos:
            continue  # between article sentences: boilerplate lines
        while qi < n_q and q_content_ends[qi] <= pos:
            qi += 1
        if qi < n_q and q_content_starts[qi] <= pos:
            continue  # a cue inside a quotation is the quoted speaker's, not the writer's
        word = L[k]
        hearsay_at = _hearsay_opening(T, L, S, k, sent_start) if word in _HEARSAY_NOUNS else -1
        hearsay = hearsay_at >= 0
        form = FORMS.get(word)
        frame = word in _IN_FRAMES or word in _BY_FRAMES
        there = word in _THERE_NOUNS and _there_be_before(T, L, S, k, sent_start)
        if form is not None and not hearsay and not frame and not there and _plain_noun(T, L, S, k, sent_start, form):
            continue  # (a frame's noun is tested after its frame: "In Smith's view,")
        if s is None or s.index != si:
            if s is not None:
                _settle_contents(s)
                found.extend(s.found)
                mentions.extend(s.mentions)
            lo = bisect_left(S, sent_start, 0, k + 1)
            hi = bisect_left(S, s_ends[si], k, n_t)
            s = Sentence(doc, toks, si, sentences[si], lo, hi)
        if hearsay:
            _hearsay(s, k, hearsay_at)
            continue
        if there and form is not None:
            # "There are reports that the king has died", "There were fears that": said or feared, by no one named
            that = k + 1 if L[k + 1] == "that" else _that_past_circumstance(T, L, S, k + 1)  # ("reports overnight that")
            s.found.append(Found(make_span(s.S[k], s.E[k]), None, content_after(s, that - 1, form), "agentless", None, s.index, k))
            continue
        if frame:
            before = len(s.found)
            _owned_frame(s, k)
            if form is None or len(s.found) > before or _plain_noun(T, L, S, k, sent_start, form):
                continue  # (a frame's noun that is also a verb goes on as a verb: "officials view it as")
        if form is None:  # "according", "per", "quote"
            if word == "per":
                _per(s, k)
            elif word == "quote":
                _to_quote(s, k)
            elif word == "according" and k + 1 < s.hi and L[k + 1] == "to" and not (
                k > s.first and initial_upper(T[k]) and L[k - 1] in TITLED_WORKS
            ):
                # (a capital after a work is its title's: "The novel According to Ruth was
                # longlisted"; a run-on sentence keeps its cue: "... sorority According to the
                # police report")
                _according(s, k, k, k + 1)
            continue
        if form.kind != "speech" and s.found and inside_content(s, pos):
            continue  # a belief or a hearsay adverb inside reported speech is part of its content
        if s.found and s.found[-1].cue.start <= pos < s.found[-1].cue.end:
            continue  # "saying" in "quotes one nurse saying": a word of the cue before
        if form.kind == "agentless":
            _agentless_adverb(s, k)
        else:
            before = len(s.found)
            _verb_cue(s, k, form)
            if form.lemma == "find" and len(s.found) > before and _a_person_finds_a_thing(s, k):
                del s.found[before:]  # "come together and find a solution", "cannot find a job": an act
            elif form.lemma in _SOURCE_HEADS and len(s.found) > before and not _headed_by(s.found[-1], _SOURCE_HEADS[form.lemma]):
                del s.found[before:]  # "troops captured the town", "I heard him": only a picture captures, a court hears
            elif form.lemma == "see" and len(s.found) > before and _seen_by_a_thing(s.found[-1]):
                del s.found[before:]  # "The deal will see Marsh Motoring take over six branches": a result, no view
            elif form.lemma == "confirm" and len(s.found) > before and _seen_by_a_thing(s.found[-1]) and _confirmed_as(s, k):
                del s.found[before:]  # "The new perfect binder confirmed Brayford Bindery as the biggest": a standing settled
            elif form.lemma == "hear" and len(s.found) > before:
                _hearing_as_body(s, before)
            elif form.lemma == "read" and len(s.found) > before:
                _read_from_a_text(s, k, quotes, q_starts)
            elif form.lemma == "quote" and len(s.found) > before and s.found[-1].cue.start == pos:
                quoted_speaker(s, k)
    if s is not None:
        _settle_contents(s)
        found.extend(s.found)
        mentions.extend(s.mentions)
    taken = {f.sentence for f in found}
    starts = doc.article_sentence_starts
    settings = record_settings(doc.text, toks, sentences, starts, taken)
    introduced = introduced_quotations(doc.text, toks, sentences, starts, quotes, q_starts, taken)
    # a colon that ends an introducing predicate ("has this to say about President Obama:") labels no one
    labels = label_attributions(doc.text, toks, sentences, starts, sorted(found + introduced, key=_found_order) if introduced else found)
    stances = stance_attributions(doc.text, toks, sentences, starts, quotes, q_starts, taken, sorted(f.cue.end for f in found))
    if settings or labels or introduced or stances:
        found.extend(settings)
        found.extend(labels)
        found.extend(introduced)
        found.extend(stances)
        found.sort(key=_found_order)
    retype_by_apposition(found, toks)
    retype_short_names(found, toks, doc.text)
    _attach_colon_quotes(doc, found, sentences, quotes, q_starts)
    return found, mentions


# words between what a speaker says with one verb and the speaker's next verb ("..., and then
# added", "but did note", "after telling")
_VERB_JOINERS: Final = frozenset(
    "and but yet then also did does do has have had later further again after before while when since without".split()
)
_CUE_ADVERBS: Final = frozenset("even also still only just again then".split())
# words that join a new clause with its own subject after a comma ("..., but officials said")
_CLAUSE_JOINERS: Final = frozenset("and but yet while whilst whereas though although".split())
# joiners that set one speaker's clause against another's with no comma before them: "Smith said
# the ward was closed but Jones said it was open" (an "and" may join two things one speaker said,
# and "even though he had acknowledged" may be part of what was said)
_CONTRASTING_JOINERS: Final = _CLAUSE_JOINERS - {"and", "though", "although"}
_CLAUSE_MARKS: Final = frozenset(",;—–-")  # ("-" alone is a dash typed as a hyphen: "... - but he said")
_NEXT_CUES: Final = 8  # later cues of the sentence read for one content: keeps a run of cues linear


def _settle_contents(s: Sentence) -> None:
    """Contents once every cue of the sentence is known: a quotation that opens it is what its
    speaker says, and a content ends before the next verb or speaker."""
    _quotation_before_speaker(s)
    _end_before_next_verb(s)
    _end_at_closing_bracket(s)


def _end_at_closing_bracket(s: Sentence) -> None:
    """A cue inside brackets says no more than they hold: "Jake Sullivan (who said the plan had
    failed) left early" ends its content at the closing bracket."""
    T = s.T
    if not s.found or s.text.find("(", s.span.start, s.span.end) < 0:
        return  # (a search of the sentence's characters, no copy of its tokens)
    opens: list[int] = []  # character offsets of each bracketed aside's marks, in text order
    closes: list[int] = []
    opened = -1
    for k in range(s.lo, s.hi):
        if T[k] == "(":
            opened = s.S[k]
        elif T[k] == ")" and opened >= 0:
            opens.append(opened)
            closes.append(s.S[k])
            opened = -1
    for x, f in enumerate(s.found):
        c = f.content
        y = bisect_left(opens, f.cue.start) - 1  # (the asides do not nest: only the last one opened before the cue may hold it)
        if c is not None and y >= 0 and f.cue.start < closes[y] and c.start < closes[y] < c.end:
            s.found[x] = f.with_content(strip_span(s.text, c.start, closes[y]))


_QUOTE_ENDS: Final = frozenset(",?!—…-")


def _quotation_before_speaker(s: Sentence) -> None:
    """'“I love Oreos,” Trump said last month', '"Standing in the rain," Johnson said with
    disbelief': after a quotation that opens the sentence, what follows its speaker's cue is a
    time or a circumstance, and the quotation is the content; but '“...,” he said that ...' and
    '“...,” she told them: “...”' say more."""
    found = s.found
    S, T, L = s.S, s.T, s.L
    if not found or T[s.lo] not in OPENING_DOUBLE_QUOTES:
        return
    # the sentence must open with a quotation, and only the mark that closes it (the first double
    # mark after the opening one) may stand right before the speaker
    close = s.lo + 1
    while close < s.hi and T[close] not in DOUBLE_QUOTES:
        close += 1
    for x in range(len(found)):
        f = found[x]
        c = f.content
        if c is None or f.source is None or c.start < f.cue.end or f.source.start > f.cue.start:
            continue
        k = bisect_left(S, f.source.start, s.lo, s.hi)
        if close - 1 <= s.lo or close >= s.hi or T[close] not in ('"', "”") or T[close - 1] not in _QUOTE_ENDS:
            continue
        e = bisect_left(S, f.cue.start, k, s.hi)
        if k - 1 != close:
            if not _set_off_speaker(s, close, k, e):
                continue
        elif any(T[y] in ",;" for y in range(k, e)) and not _inserted_before_cue(s, k, e):
            continue  # '“...,” he said, pointing to his ears': the participle has its own object
        m = bisect_left(S, c.start, s.lo, s.hi)
        if m >= s.hi:
            continue
        if T[m] in DOUBLE_QUOTES or any(
            L[y] == "that" and L[y + 1] not in TIME_NOUNS or T[y] == ":" for y in range(k, m)
        ):
            continue  # ("said that night": a time, not a clause)
        found[x] = f.with_content(strip_span(s.text, s.span.start, S[close + 1]))


_SPEAKER_DESCRIPTION: Final = 4  # words of a description before a name set off: "her long-time coach"


def _set_off_speaker(s: Sentence, close: int, k: int, e: int) -> bool:
    """Whether the speaker at ``k`` is a name set off by commas between a short description that
    follows the quotation closing at ``close`` and the cue at ``e``: '“...,” her coach, Rachel
    Dunmore, said'."""
    T = s.T
    if not (close + 1 < k - 1 and T[k - 1] == "," and k < e - 1 and T[e - 1] == "," and k - 1 - close <= _SPEAKER_DESCRIPTION + 1):
        return False
    return all(T[y][0].isalnum() or "-" in T[y] for y in range(close + 1, k - 1)) and not any(T[y] in ",;" for y in range(k, e - 1))


def _inserted_before_cue(s: Sentence, k: int, e: int) -> bool:
    """Whether the commas between the speaker at ``k`` and the cue at ``e`` set off one relative
    clause or description that ends right before the cue: "her coach, who is 40, said",
    "Dunmore, a coach, said" (not "he said, pointing to his ears")."""
    T = s.T
    commas = [y for y in range(k, e) if T[y] in ",;"]
    if len(commas) != 2 or commas[1] != e - 1 or T[commas[0]] != ",":
        return False
    return s.L[commas[0] + 1] in RELATIVE_WORDS or s.L[commas[0] + 1] in ("a", "an", "the")


def _end_before_next_verb(s: Sentence) -> None:
    """What a cue's content says ends where the same speaker's next verb begins ("Sanders said the
    plan failed and called on Trump to ...", "he said X, adding Y"), or where a clause with
    another speaker begins after a comma ("While he described himself as pro-life, the Huffington
    Post reported ...", "He said it was over, but aides said ...").  Another speaker's cue with
    no comma before it is reported speech inside the content and stays ("Song said Clinton had
    said ..."), as does a relative clause ("..., who said")."""
    found = s.found
    S, T, L = s.S, s.T, s.L
    for x in range(len(found) - 1):
        a = found[x]
        c = a.content
        if c is None:
            continue
        cut = -1
        for y in range(x + 1, min(len(found), x + 1 + _NEXT_CUES)):
            b = found[y]
            if b.source is None or not c.start < b.cue.start < c.end:
                continue
            if b.source == a.source:
                k = bisect_left(S, b.cue.start, s.lo, s.hi)
                if L[k - 1] == "by" or L[k - 2] == "by" and L[k - 1].endswith("ly"):
                    continue  # "responded by first saying", "answered by asserting": how it was done
                if S[k - 1] > c.start and (L[k - 1] in _CUE_ADVERBS or L[k - 1].endswith("ly")):
                    k -= 1  # "and even assured", "after derisively mocking"
                    if S[k - 1] > c.start and L[k - 1] in _DEGREE_BEFORE_ADVERB:
                        k -= 1  # "and most recently defended"
                while k - 1 > s.lo and S[k - 1] > c.start and (L[k - 1] in _VERB_JOINERS or T[k - 1] in ",;—–-"):
                    k -= 1
            elif b.source.start < a.cue.start:
                if a.source is not None and c.start < a.source.start:
                    continue  # "The minister, he said, announced his resignation": inserted, it says all of it
                # "One neighbor, who asked that her name not be used, said she heard screaming":
                # the cue sits inside the subject of the next one, which its content cannot outrun
                k = bisect_left(S, b.cue.start, s.lo, s.hi)
                while k - 1 > s.lo and S[k - 1] > c.start and is_adverbish(s, k - 1):
                    k -= 1
                if T[k - 1] in _CLAUSE_MARKS:
                    k -= 1
                elif not (a.cue.end <= b.source.end or a.antecedent is not None and a.antecedent.start == b.source.start):
                    # (but "Officials warning of floods said": the whole subject, with no comma;
                    # and "The official who announced the plan said": the relative ends before its
                    # antecedent's own cue)
                    continue
            elif c.start > a.cue.start and c.start < b.source.start < b.cue.start:
                k = bisect_left(S, b.source.start, s.lo, s.hi)
                if _relative_word(L[k]):
                    continue
                w = absolute_with(s, k)
                if w > s.lo and L[bisect_left(S, b.cue.start, k, s.hi)].endswith("ing"):
                    # "... as prepared - with 50 percent saying she is", "with about three in 10
                    # saying": an absolute clause with its own speakers ends the content, with or
                    # without a comma before it
                    k = w
                    if T[k - 1] in _CLAUSE_MARKS:
                        k -= 1
                    if S[k - 1] >= c.start:
                        cut = k
                        break
                    continue
                joiner = L[k - 1]
                if joiner in _CLAUSE_JOINERS:
                    k -= 1
                if T[k - 1] in CLOSING_QUOTES and k - 2 >= s.lo and T[k - 2] == ",":
                    pass  # 'Asked whether she “has the integrity,” 75 percent said': the mark stays
                elif T[k - 1] in _CLAUSE_MARKS:
                    k -= 1
                elif joiner not in _CONTRASTING_JOINERS:
                    continue
            else:
                continue
            if S[k - 1] >= c.start:
                cut = k
                break
        if cut > 0:
            found[x] = a.with_content(strip_span(s.text, c.start, s.E[cut - 1]))


def _set_off_adverb_start(s: Sentence, j: int) -> int:
    """The comma that opens an adverb set off between an auxiliary and its verb, when ``j`` is
    the comma that closes it: "has, however, revealed", "have, in fact, said"; -1 otherwise
    (a comma after a subject, "Smith, however, said", is read elsewhere)."""
    T, L = s.T, s.L
    c = j - 2
    if c > s.first and T[c] == "," and is_adverbish(s, j - 1) and "adverb" in classes(L[j - 1]):
        pass
    elif c - 1 > s.first and T[c - 1] == "," and ADVERBIAL_PAIRS.get(L[j - 1]) == L[c]:
        c -= 1
    else:
        return -1
    return c if L[c - 1] in AUXILIARIES and initial_lower(T[c - 1]) else -1


# words after which a noun phrase opens a clause of its own: "the day that enslaved people in
# Galveston, Texas, learned"
_CLAUSE_OPENERS: Final = SUBORDINATORS | COORDINATORS | frozenset(("that", "which", "who"))


def _closes_located_place(s: Sentence, j: int) -> bool:
    """Whether the comma at ``j`` closes a place named after a preposition inside the phrase that
    opens the clause: "Residents of Flint, Michigan, say" (but not "He met voters in Flint,
    Michigan, said Smith", where the cue is inverted after its content)."""
    if not any(located_comma(s, p) for p in range(max(s.first, j - 3), j - 1)):
        return False
    a, b = phrase_left(s, j - 1, s.first)
    return a < b and (a == s.first or s.T[a - 1] == "," or s.L[a - 1] in _CLAUSE_OPENERS)


def _record_set_off(s: Sentence, j: int) -> bool:
    """Whether the sentence opens with a record and a phrase set off by commas, the second of
    which is ``j``: "The survey, conducted by Gallup in May, shows ..."."""
    if not subject_with_insertion(s, j):
        return False
    head = s.marks()[1] - 1
    return record_noun(s.L[head]) or _record_before(s, head)


def _found_order(f: Found) -> tuple[int, int]:
    return f.sentence, f.cue_word


def _closing_verb(s: Sentence, i: int) -> bool:
    """ "..., the Rice Exporters Association estimates.": an -s form that ends the sentence after
    a comma and a short subject is the verb of a trailing attribution, not a noun."""
    return s.L[i].endswith("s") and not initial_upper(s.T[i]) and (_trailing(s, i, False) or _closes_a_statement(s, i, i + 1, False))


# lower-case words that open the subject of a trailing attribution: "..., many experts think."
_TRAILING_OPENERS: Final = frozenset("some many most several few both all".split())


# what the outlet's reporting found out from someone: "This newspaper has learned", "The Times understands"
_REPORTED_KNOWLEDGE: Final = frozenset(("learn", "understand", "gather", "establish"))


# subjects that make "as X know(s)" a turn of phrase addressed to the reader, not a belief
_READER: Final = frozenset(("you", "we", "i", "one", "anyone", "everyone", "everybody"))


def _believed_as(s: Sentence, i: int, nx: int) -> bool:
    """ "not as toxic as most insiders believe.", "..., as many researchers believe, ...": a
    belief at ``i`` that closes a comparison or a clause after "as" and a short subject (not the
    reader's: "as you know", "as we all know")."""
    if nx >= 0 and not (s.T[nx] in TERMINATORS or s.T[nx] in ",;"):
        return False
    T, L = s.T, s.L
    k = _as_before_phrase(s, i - 1)
    if k < 0:
        return False
    w = L[k + 1]  # the subject's first word; "as all know" addresses the reader as "as we all know" does
    return w not in _READER and w not in _FLOATING_QUANTIFIERS and (
        initial_upper(T[k + 1]) or w in NOUNS or w in SUBJECT_PRONOUNS or w in _TRAILING_OPENERS or w in ARTICLES
    )


def _trailing(s: Sentence, i: int, people: bool, after: int = -1) -> bool:
    """ "..., the report states.": the word at ``i`` ends the sentence after a comma and a short
    subject, so what comes before the comma is its content.  The subject opens with a capital or
    an article; with ``people`` also with a source noun, a pronoun or a quantifier ("...,
    officials believe.", "..., he thinks."), which is never the subject of a noun use.  After a
    quotation the word may also stand before a comma: '“...,” the memo states, becomes'."""
    T, L = s.T, s.L
    nx = i + 1 if after < 0 else after  # (``after``: the mark past a circumstance after the word)
    inserted = nx < s.hi and T[nx] == ","
    if nx < s.hi and not (T[nx] in TERMINATORS or T[nx] in DOUBLE_QUOTES or inserted or T[nx] == ")"):
        return False  # (a bracket closes an aside as a full stop does: "(..., Mr. Madden said.)")
    k = i - 1
    lo = s.lo
    perfect = L[i].endswith(_PERFECT_ENDINGS)
    while k > lo and i - k <= 2 and (L[k] in _DO_AND_MODALS or L[k] in _TRAILING_ADVERBS or perfect and L[k] in _HAVE):
        k -= 1  # "..., the court would later hear.", "..., this newspaper has learned."
    last = k  # the subject's last word
    while k >= lo and i - k <= 8 and T[k] != ",":
        if not phrase_word_ok(s, k):
            if T[k] in CLOSING_QUOTES and k - 1 >= lo and T[k - 1] in ",!?" and i - k >= 2:
                break  # '“...,” the report states.'
            return False
        k -= 1
    w = k + 1  # the subject's first word
    if k >= lo and T[k] in CLOSING_QUOTES:
        k -= 1
    elif inserted:
        return False
    if k < lo and w == lo and i - w >= 1 and _closed_question_before(s):
        # '“Why is the ward closed?” Smith wondered.': the splitter cut after the quotation
        return _trailing_subject(s, w, last, people)
    return k >= lo and i - w >= 1 and T[k] in ",!?" and _trailing_subject(s, w, last, people)


def _trailing_subject(s: Sentence, w: int, last: int, people: bool) -> bool:
    """Whether ``[w, last]`` may be the subject of a cue that closes its sentence: it opens with a
    capital or an article; with ``people`` also with a source noun, a pronoun or a quantifier."""
    T, L = s.T, s.L
    return (
        initial_upper(T[w]) or L[w] in ARTICLES or len(T[w]) > 1 and T[w][1].isupper()
        or L[w] in OWN_DETERMINERS and w < last  # the outlet itself: "..., this newspaper has learned."
        # an owner and the person or body it owns: "..., its treasurer fears.", "..., his lawyer
        # claims." (not "..., his worst fears.": no source noun ends the phrase)
        or L[w] in POSSESSIVE_PRONOUNS and w < last and L[last] in NOUNS
        or people and (L[w] in NOUNS or L[w] in SUBJECT_PRONOUNS or L[w] in _TRAILING_OPENERS or _people_noun_phrase(s, w, last))
    )


def _closed_question_before(s: Sentence) -> bool:
    """Whether the sentence follows, on the same line, a quotation closed right after a question
    or exclamation mark ('“Why is the ward closed?” Smith wondered.')."""
    text = s.text
    x = s.span.start - 1
    while x >= 0 and text[x] in " \t":
        x -= 1
    return x >= 1 and text[x] in "”\"" and text[x - 1] in "?!"


def _people_noun_phrase(s: Sentence, w: int, last: int) -> bool:
    """Whether ``[w, last]`` is a few lower-case words ending in a plural noun for people who
    inform: "..., fire investigators believe.", "..., local residents fear."."""
    if last - w > 2:
        return False
    entry = NOUNS.get(s.L[last])
    return entry is not None and entry.plural_people() and all(s.T[x].isalpha() and initial_lower(s.T[x]) for x in range(w, last))


# adverbs between a closing cue's subject and its verb: "..., the court would later hear."
_TRAILING_ADVERBS: Final = frozenset(("later", "also", "still", "often", "once", "since"))
_PERFECT_ENDINGS: Final = ("ed", "en", "wn", "nt", "ght")  # the participles after them: "has learned", "have learnt"
# do-support and the modals take a bare verb, never a noun ("did note", "will report", "won't claim")
_DO_AND_MODALS: Final = frozenset(
    w + neg
    for w in ("do", "does", "did", *MODALS)
    for neg in ("", "n't", "n’t")
) | frozenset({"won't", "won’t", "can't", "can’t", "cannot"})
# what follows "it" when it opens a clause after a belief ("believe it would", "knew it was"),
# not when it is the object ("can't believe it", "believe it or not")
_AFTER_SUBJECT_IT: Final = _DO_AND_MODALS | _HAVE | frozenset(
    "is was isn't wasn't isn’t wasn’t hasn't hadn't hasn’t hadn’t".split()
)
# simple pasts, some of them spelt as the verb's base and used as its participle too ("forecast")
_IRREGULAR_PASTS: Final = irregular_pasts()
_OWN_PRONOUNS: Final = frozenset({"pronoun_person", "pronoun_group", "pronoun_self", "pronoun_thing"})
_NOUN_FOLLOWERS: Final = frozenset("of by from about and or for in on".split())


# prepositions that are never adverbs, so one that ends its clause has lost its object to a relative
_STRANDED: Final = frozenset(("with", "to", "about", "for", "of", "at", "from"))


_BARE_NOUN_REACH: Final = 4  # words back from a bare noun to what governs it


def _bare_noun_object(s: Sentence, prev: int) -> bool:
    """Whether the singular source noun at ``prev`` stands without a determiner after a verb, so
    that it modifies the next word instead of being its subject: "to fulfill [campaign] promises",
    "They fulfill [campaign] promises" (but "a senior [official] says", "[Police] say")."""
    entry = NOUNS.get(s.L[prev])
    if entry is None or entry.plural:
        return False
    x = prev - 1
    while x >= s.first and prev - x <= _BARE_NOUN_REACH:
        t = s.T[x]
        c = CLASSES.get(s.L[x])
        if c is not None:
            # a preposition or a subject before the words between governs them as a verb phrase
            # ("Her new memoir claims": "her" is never a subject)
            return "preposition" in c or ("pronoun_person" in c or "pronoun_group" in c) and s.L[x] in SUBJECT_PRONOUNS and x < prev - 1
        if not t[0].isalpha() or initial_upper(t):
            return False
        x -= 1
    return False


# determiners that only open a noun phrase, so an adverb-like word after one is an adjective:
# "his earlier comments", "the later reports" (but "that earlier said", "both earlier said")
_NOUN_PHRASE_DETERMINERS: Final = _ARTICLES_AND_OWNERS | frozenset(("this", "these", "those"))


def _adjective_after_article(L: list[str], k: int, lo: int) -> bool:
    """Whether the adverb-like word at ``k`` follows an article, an owner or a possessive."""
    return k - 1 >= lo and (L[k - 1] in _NOUN_PHRASE_DETERMINERS or _possessive(L[k - 1]))


_SUPERLATIVES: Final = frozenset("best latest biggest greatest finest newest oldest richest rarest".split())
_WHERE_OR_WHEN_POSTED: Final = frozenset(("online", "yesterday", "today", "overnight", "recently", "earlier"))


def _passive_relative_ends(s: Sentence, p: int) -> bool:
    """Whether a passive relative clause ends with the participle at ``p``, or with one word of
    where or when after it: "that were released", "which was leaked", "that was posted online"."""
    L = s.L
    if L[p] in _WHERE_OR_WHEN_POSTED:
        p -= 1
    return p - 2 >= s.lo and L[p - 1] in _BE_FORMS and L[p - 2] in ("that", "which") and s.T[p].islower() and (
        L[p].endswith("ed") or L[p] in _IRREGULAR_PASTS
    )


def _participle_as_adjective(L: list[str], k: int, lo: int) -> bool:
    """Whether the participle at ``k`` follows an article, an owner or a possessive, and so
    describes a noun: "a damaged laptop", "his stolen bicycle" (an auxiliary never does)."""
    return _adjective_after_article(L, k, lo) and L[k] not in AUXILIARIES and L[k] not in MODALS


# ("news", "reality" and "game" are left out: "ABC News shows", "the reality shows that")
_BROADCASTS: Final = frozenset("tv television radio talk cable".split())
_SHOW_KINDS: Final = content_words("show_kind")


def _one_of_a_kind(low: str) -> bool:
    """Whether a common noun is singular and no record: "county", "trade", "the minister"."""
    entry = NOUNS.get(low)
    return entry is None or entry.cls in ("organization", "individual") and not entry.plural


def _a_programme(s: Sentence, prev: int, i: int) -> bool:
    """Whether "show" at ``i`` is a broadcast or an event: after a word of broadcasting ("TV
    show", "talk show") or a kind of show ("her Sunday request show", "a quiz show"), or after
    "the" and a channel's name when a quoted title follows ("the MSNBC show ''Morning Joe''";
    but "the Quinnipiac shows Clinton ahead", and "Figures from the Guild show that", where the
    name ends the subject's modifier)."""
    T, L = s.T, s.L
    if L[prev] in _BROADCASTS or L[prev] in _SHOW_KINDS and initial_lower(T[prev]):
        # (not a cable or a radio message before its clause: "A leaked cable shows that")
        return not (L[i] == "shows" and i + 1 < s.hi and L[i + 1] == "that")
    return (
        initial_upper(T[prev]) and prev - 1 >= s.lo and L[prev - 1] == "the" and i + 1 < s.hi
        and (T[i + 1] in DOUBLE_QUOTES or T[i + 1] in ("‘", "'"))
    )


def _finite_verb_at(s: Sentence, j: int) -> bool:
    """Whether the lower-case word at ``j`` is an auxiliary, a modal or a cue verb not in -ing."""
    low = s.L[j]
    if not initial_lower(s.T[j]):
        return False
    return low in AUXILIARIES or low in MODALS or low in FORMS and not low.endswith("ing")


def _cue_verb_before(s: Sentence, j: int) -> bool:
    """Whether token ``j``, right before a source, is a cue verb whose clause that source opens
    ("Records show [the aide] warned him"), not an adjective ("longtime confident Roger Stone")
    nor an agentless adverb."""
    form = FORMS.get(s.L[j])
    return form is not None and not form.predicate and form.kind != "agentless" and initial_lower(s.T[j])


def _edition_year(s: Sentence, j: int) -> bool:
    """Whether token ``j`` is the year that ends a capitalised title ("The Fundraising Complaints
    Report 2023 shows", "the Global Peace Index 2024 finds") or a record's date ("a licence
    dated 1962 states")."""
    return edition_year(s.T, s.L, j, s.lo) or year_figure(s.L[j]) and j - 1 >= s.lo and s.L[j - 1] == "dated"


def _clause_after_named_subject(s: Sentence, i: int, prev: int, nxt: int) -> bool:
    """ "Dr Elena Marchetti claims trial data were cleaned", "The family's lawyer, Aisha Bello,
    claims police fabricated the charge": an -s form after a person's name (or after a subject
    with a name set off in commas) before a clause with no "that": a noun or two, then a finite
    verb.  A noun compound's -s form takes a determiner before the name ("the Trump claims")."""
    T, L = s.T, s.L
    if prev < 0 or not L[i].endswith("s") or L[i] == FORMS[L[i]].lemma:
        return False
    if T[prev] == ",":
        if not subject_with_insertion(s, prev):
            return False
    elif not (initial_upper(T[prev]) and T[prev][-1].isalpha() and L[prev] not in CLASSES and L[prev] not in NOUNS) or (
        prev - 1 >= s.lo and (L[prev - 1] in DETERMINERS or L[prev - 1] in PREPOSITIONS)
    ):
        return False
    for k in range(nxt, min(nxt + 3, s.hi)):
        low = L[k]
        if not (T[k].isalpha() and initial_lower(T[k])):
            return False
        if k > nxt and _finite_after_nouns(low):
            return True
        if not CLASSES.get(low, EMPTY) <= _CLAUSE_NOUN_CLASSES or k == nxt and low in FORMS:
            return False  # a function word before any verb: "claims victory in", "notes with"
    return False


def _finite_word(low: str) -> bool:
    """Whether the lower-case ``low`` reads as a finite verb: an auxiliary, a modal or a past
    ("said", "warned", "spoke")."""
    return low in AUXILIARIES or low in MODALS or low in _IRREGULAR_PASTS or low.endswith("ed")


def _finite_after_nouns(low: str) -> bool:
    """Whether a lower-case word after a clause's first noun or two is its finite verb: an
    auxiliary, a modal or a past that is not also a source noun ("data were", "police fabricated")."""
    return low in AUXILIARIES or low in MODALS or (low.endswith("ed") or low in _IRREGULAR_PASTS) and low not in NOUNS


_CLAUSE_NOUN_CLASSES: Final = frozenset(("org_word", "demonym"))  # "claims police fired", "says Iranian forces fired"


def _adverb_before_that(L: list[str], j: int, hi: int) -> bool:
    """ "The regulations state clearly that": an adverb in "-ly" between a verb and its "that"."""
    return j + 1 < hi and L[j + 1] == "that" and ly_adverb(L[j])


def _after_without(L: list[str], i: int, lo: int) -> bool:
    """Whether "without" comes right before ``i`` or one word before it ("without comment",
    "without further comment", "without any explanation")."""
    return i - 1 >= lo and L[i - 1] == "without" or i - 2 >= lo and L[i - 2] == "without"


def _ordinal(low: str) -> bool:
    """Whether ``low`` is an ordinal in figures: "40th", "3rd" (not a word, which may be an
    adverb or a share: "Smith first said", "Nearly a third say")."""
    return len(low) > 2 and low[:-2].isdigit() and low[-2:] in _ORDINAL_SUFFIXES


_ORDINAL_SUFFIXES: Final = frozenset(("st", "nd", "rd", "th"))


def _people_close_with(s: Sentence, i: int, prev: int) -> bool:
    """Whether people (a plural source noun) close the sentence with a thought on what came before
    the comma: "..., rescuers fear.", "..., many residents worry." (not "..., the fear.")."""
    if prev < s.lo or not (i + 1 < s.hi and s.T[i + 1] in TERMINATORS):
        return False
    entry = NOUNS.get(s.L[prev])
    return entry is not None and entry.cls != "document" and entry.plural and _trailing(s, i, True)


def _noun_use(s: Sentence, i: int, form: CueForm) -> bool:
    """Whether an ambiguous cue form ("report", "claims") is used as a noun here."""
    T, L = s.T, s.L
    prev = i - 1 if i > s.lo else -1
    if L[i] == "highlights" and i == s.first + 1 and L[s.first] in _HIGHLIGHTED:
        return True  # "Story highlights Monday night marks ...": a news site's heading
    if prev >= s.lo and _ordinal(L[prev]) and not (L[i].endswith("ed") or L[i] in _IRREGULAR_PASTS):
        # "the station's 40th shout of the year": a count of them (but "the second said" is one of
        # two people)
        return True
    if L[i] != form.lemma and L[i].endswith("s") and prev - 1 >= s.lo and L[prev - 1] in _WORD_COUNTS and L[prev - 1] != "one" and (
        _describing_word(T, L, prev)
    ):
        return True  # "a winner and two special mentions": things counted, no verb after a count and its adjective
    if L[i].endswith("ing") and prev >= s.lo and (T[prev].isdigit() or L[prev] in CARDINALS) and i + 1 < s.hi and (
        lower_open_word(s, i + 1) and s_inflection(L[i + 1]) and _object_ends_before(s, i + 2)
    ):
        return True  # "which has 40 charging points": a count of things the -ing word describes, no one charging
    if L[i] == "points" and (_counted_noun(s, prev) or prev >= s.lo and initial_lower(T[prev]) and _counted_noun(s, prev - 1)):
        return True  # "took three points to go top", "gained 23 rating points to climb": a tally
    if L[i] == "writing" and prev >= s.lo and L[prev] == "in" and (i + 1 >= s.hi or not T[i + 1][0].isalnum() or L[i + 1] in PREPOSITIONS):
        return True  # "must be made in writing on the official form": a form, not anyone writing
    if L[i] == "writing" and prev - 1 >= s.lo and lower_open_word(s, prev) and L[prev] not in NOUNS and (
        L[prev - 1] in PREPOSITIONS or L[prev - 1] in _ARTICLES_AND_OWNERS
    ):
        return True  # "won a prize for nature writing in 2022", "her travel writing": a kind of writing, no one writing
    if L[i] == "warning" and prev >= s.lo and L[prev] == "early":
        return True  # "the famine early warning network": a system, nobody's warning
    if L[i] == "question" and not (i + 1 < s.hi and (L[i + 1] == "whether" or L[i + 1] == "if")):
        return True  # "another question that asked": the bare form is a verb only before its question ("Analysts question whether")
    if L[i] == "claims" and i + 1 < s.hi and L[i + 1] == "for":
        return True  # "Insurance claims for the injections rose": demands for payment, not assertions
    if L[i] == "accused" and prev >= s.lo and (L[prev] in ARTICLES or L[prev] in CARDINALS or L[prev] == "said") and (
        i + 1 < s.hi and "auxiliary" in CLASSES.get(L[i + 1], EMPTY)
    ):
        return True  # "The three accused were brought to court", "The said accused was produced": the people charged
    if L[i] == "suspected" and prev >= s.lo and (L[prev] in CARDINALS or T[prev][0].isdigit()) and i + 1 < s.hi and (
        T[i + 1].isalpha() and initial_lower(T[i + 1]) and not CLASSES.get(L[i + 1])
    ):
        return True  # "arrested two suspected smugglers": what they are taken for, before the noun
    if L[i] == form.lemma and _after_without(L, i, s.lo):
        return True  # "accepted the award without further comment": no words given
    if form.lemma in _EVIDENCE_VERBS and prev > s.lo and (T[prev] == "," and _record_set_off(s, prev) or _opening_record_participle(s, i) > 0):
        # "The video, shared widely online, shows two men fighting", "Footage filmed by a
        # bystander and shared online shows"
        return False
    if form.lemma == "show" and L[i] in ("show", "shows") and prev >= s.lo and _a_programme(s, prev, i):
        return True  # "the reality TV show “The Apprentice”", "the MSNBC show ''Morning Joe''"
    if L[i] == "show" and prev - 1 >= s.lo and L[prev - 1] in ARTICLES and T[prev].isalpha() and initial_lower(T[prev]) and (
        not L[prev].endswith("s") and L[prev] not in CLASSES and _one_of_a_kind(L[prev])
    ) and (prev - 1 == s.first or prev - 2 >= s.lo and L[prev - 2] == "at"):
        # "at the county show every summer", "A trade show opened": a singular subject would
        # take "shows" (not "the data show", a record that may take a plural verb, nor "Figures
        # published by the airport show", whose subject is plural)
        return True
    if L[i] == form.lemma and prev - 1 >= s.lo and L[prev - 1] in ("a", "an") and L[prev] not in _GROUP_NOUNS:
        # "a larger say", "a false claim": no bare verb follows "a" and one word, unless that
        # one is the agent of the record before it: "Images taken by a drone show the bridge"
        return not (prev - 3 > s.lo and L[prev - 2] == "by" and record_participle(L, prev - 3))
    if L[i] == form.lemma and prev - 2 >= s.lo and L[prev - 2] in ("a", "an") and _describing_word(T, L, prev - 1) and (
        _describing_word(T, L, prev) and not (prev - 3 >= s.lo and "preposition" in classes(L[prev - 3]))
    ):
        # "ran a travelling picture show across Connemara": a singular noun after "a" and two words
        # would take "shows" (but "Photos from a security camera show", whose subject comes before)
        return True
    if L[i] == "say" and prev >= s.lo and (
        L[prev] in _SCANT or L[prev] in _SAY_MODIFIERS or L[prev] in _MORE_OR_LESS and prev - 1 >= s.lo and L[prev - 1] in _HAVE_OR_GET
    ):
        # "Women have little say in", "the final say", "councils will have more say over": a share in
        # deciding (but "Many more say they will vote")
        return True
    if prev >= 0 and T[prev][0].isalnum():
        pl = L[prev]
        pc = CLASSES.get(pl)
        if pc is not None:
            if "determiner" in pc:
                if pl in _QUANTIFIERS and (prev == s.first or not T[prev - 1][0].isalnum() or L[prev - 1] in _OPENERS_BEFORE_PEOPLE and (
                    prev - 1 == s.first or not T[prev - 2][0].isalnum()
                )):
                    # "And both vowed", "Several said", "..., though several told": a quantifier standing for people, though
                    # not before a source noun the word modifies: "Many state officials say", nor
                    # before a verb of its own: "Some reports say"; nor after an "and" that joins
                    # two noun phrases: "in Colorado and several states likely to"
                    return form.noun and i + 1 < s.hi and (L[i + 1] in NOUNS or _finite_verb_at(s, i + 1))
                if pl in _FLOATING_QUANTIFIERS and prev > s.lo and _floats(s, prev):
                    return False  # "They each said", "have both argued"
                if pl == "that" and (quotation_follows(T, i + 1, s.hi) or _record_relative(L, i, s.lo, form)):
                    return False  # "a sign that read “...”", "a poll that shows": the relative "that"
                if _her_as_object(T, L, i, s.hi, form):
                    return False  # "a Democrat close to her said": an object before a verb
                return not (form.noun and _closing_verb(s, i))
            if "preposition" in pc:
                if pl == "to" and prev - 1 >= s.lo and (_governs_bare_infinitive(T, L, prev - 1, i, form) or _causing_before(T, L, prev)):
                    return False  # "continued to say", "prompted him to say"
                if _ends_contact_clause(L, s.S, prev, s.S[s.lo]) or name_after_quotation(T, prev):
                    return False  # "Voters I spoke with said", '“...,” From said'
                return not L[i].endswith("ing")  # "of support", but "by saying" is a verb
        if _possessive(pl):
            if _past_after_name(T, L, i, s.hi, form):
                return False
            return not (form.noun and _closing_verb(s, i))
        if form.noun and pc is not None and "demonym" in pc and initial_upper(T[prev]) and not (
            prev > s.lo and L[prev - 1] == "the"
        ):
            # "Iranian state TV", "Southern states", "Chinese claims": an adjective of place
            # (but "The Chinese state that" is the people)
            return True
        if L[i].endswith("s") and pl in _SUPERLATIVES and _adjective_after_article(L, prev, s.lo):
            return True  # "slides of the season's best finds", "the latest finds": a noun after a superlative
        if not form.noun:
            return False
    elif not form.noun:
        return False
    if _closing_verb(s, i):
        return False
    nxt = i + 1 if i + 1 < s.hi else -1
    nl = strip_contraction(L[nxt]) if nxt >= 0 else ""
    if nl == "that" and L[i] != form.lemma and L[i].endswith("s") and nxt + 1 < s.hi and L[nxt + 1] in _PLURAL_FINITES:
        return True  # "Police reports that were filed in May": a relative clause, whose "that" no plural verb follows
    if nl == "that" and L[i] != form.lemma and L[i].endswith("s") and _object_gap_after(s, nxt + 1):
        return True  # "Some paper records that Linick questioned are stored": the noun is the clause's object
    if prev >= 0 and T[prev][0].isalnum():
        pl = L[prev]
        pc = CLASSES.get(pl, EMPTY)
        if pl in SUBJECT_PRONOUNS or pl in RELATIVES or "adverb" in pc and not _adjective_after_article(L, prev, s.lo) or (
            pl.endswith("ly") and pl not in _LY_ADJECTIVES and is_adverbish(s, prev)
            and (prev - 1 < s.lo or L[prev - 1] not in DETERMINERS)
        ):
            return False  # "he claims", "who claims", "also notes", "which dutifully recounts" (not "the daily reports")
        if pl in _DO_AND_MODALS and L[i] == form.lemma and initial_lower(T[prev]):
            return False  # "did note that", "can't stress enough": a bare verb after do or a modal
        if pl in _HAVE and L[i] in _IRREGULAR_PASTS and initial_lower(T[prev]):
            return False  # "has forecast heavy rain": a participle that is spelt as its base
        if form.lemma in _EVIDENCE_VERBS and (record_noun(pl) or _record_before(s, prev)):
            return False  # "the video shows", "polls show", "data from the Census Bureau show"
        if nl == "that" and L[i] != form.lemma and (form.lemma in _NOTING or form.lemma in _EVIDENCE_VERBS) and (initial_lower(T[prev]) or _dated_by_year(s, prev)) and _source_before(s, prev) and (
            not _past_with_object(s, nxt + 1)
        ):
            # "The reporter in the capital reports that", "a report on cholera notes that", "a
            # filing with the stock exchange states that", "The annual report for 2023 notes that",
            # "The account book for 2023 shows that" (not "a report on member states that ignored the rules")
            return False
        claim_clause = form.lemma == "claim" and nl in ("that", "to")
        if not initial_upper(T[prev]) and not lower_initial_brand(T[prev]) and not (pc & _OWN_PRONOUNS) and pl not in NOUNS and not claim_clause and not (
            nl == "that" and L[i] == form.lemma and pl.endswith(PEOPLE_PLURAL_ENDINGS)
        ) and not channel_number(T, prev, s.lo) and not _edition_year(s, prev) and not _clause_after_people(s, i, prev, nxt, form) and not (
            _clause_after_one_body(s, i, prev, nxt, form)
        ) and not (
            _passive_relative_ends(s, prev)  # "Court records that were released show"
        ) and not (
            # a record and its post-modifier before a quotation: "The menu at the Rialto's café bar promises “...”"
            L[i] != form.lemma and nxt >= 0 and T[nxt] in DOUBLE_QUOTES and _people_before_post_modifier(s, prev, True)
        ):
            # "media reports", "intelligence claims"; but "the suit claims that", and "brokers report
            # that": a plural of people agrees with the bare form as its verb, and so it does after
            # the people's post-modifier before a clause ("Taxi drivers outside the terminal claim
            # the apps undercut them")
            return True
        if L[i] != form.lemma and initial_lower(T[prev]) and _bare_noun_object(s, prev):
            return True  # "to fulfill campaign promises that cost money": a compound noun
    if form.participle or L[i].endswith("ing"):
        pass
    elif nxt < 0:
        return True
    elif T[nxt][0].isalnum():
        nc = CLASSES.get(nl, EMPTY)
        # a verb "states" opens a clause: "that", a wh-word, a determiner, a pronoun or a name follows
        if not (nl == "that" or nl == "there" or nl == "to" and form.lemma == "claim" or initial_upper(T[nxt])
                or nl in _WH_CLAUSE or "determiner" in nc or any(c.startswith("pronoun") for c in nc)
                or _verb_by_agreement(s, i, prev, nxt) or _that_after_circumstance(s, nxt) or _clause_after_circumstance(s, nxt)
                or _verb_before_preposition(s, i, prev, nxt) or _adverb_before_that(L, nxt, s.hi) or _passive_relative_ends(s, prev)):
            return not (_clause_after_named_subject(s, i, prev, nxt) or _clause_after_people(s, i, prev, nxt, form))
        if _clause_after_named_subject(s, i, prev, nxt):
            return False
    elif T[nxt] not in DOUBLE_QUOTES and T[nxt] not in ":,“‘":
        return not _people_close_with(s, i, prev)  # (but "..., rescuers fear.", "..., campaigners claim.")
    if nxt >= 0 and T[nxt][0].isalnum():
        nc = CLASSES.get(nl, EMPTY)
        if "auxiliary" in nc or "title" in nc and not (L[i] != form.lemma and prev >= 0 and T[prev] == ",") or "org_word" in nc:
            # "claims have been made", "state Rep. Jane Doe", "state TV", "Iowa State University"
            # (but after a comma an -s form before a title is inverted: "..., notes Dr. Priya Raman")
            return True
        if nl in _NOUN_FOLLOWERS and not _that_after_circumstance(s, nxt) and not _verb_before_preposition(s, i, prev, nxt) and not (
            _clause_after_circumstance(s, nxt)
        ):
            return True  # "reports of", "claims by"; but "notes in the report that"
        nf = FORMS.get(nl)
        if nf is not None and not nf.noun:
            return True
    if nxt >= 0 and T[nxt] == ":" and form.kind == "speech" and L[i] != form.lemma and L[i].endswith("s") and prev >= 0 and (
        initial_upper(T[prev]) and T[prev][-1].isalpha() or L[prev] in NOUNS
        or T[prev] == "," and subject_with_insertion(s, prev)
    ):
        # "Fox News reports:", "The study notes:", "Jane Roe, a historian at Yale, notes:": a named or
        # source subject introduces what follows
        return False
    if nxt >= 0 and not T[nxt][0].isalnum() and T[nxt] in ".,;:":
        if T[nxt] == "," and nxt + 1 < s.hi and L[nxt + 1] in CITING and prev >= 0 and initial_upper(T[prev]):
            return False  # "Politico reports, citing two sources, that": the insertion names its sources
        if T[nxt] == "," and nxt + 1 < s.hi and (T[nxt + 1] in DOUBLE_QUOTES or T[nxt + 1] == "‘") and prev >= 0 and (
            initial_upper(T[prev]) and T[prev][-1].isalpha() or L[prev] in NOUNS
        ):
            return False  # "John Cardillo reports, ‘...’", "The officer states, “...”": a quotation follows
        # but "The plan, officials claim, was ..." and "As Smith notes, the sample was small"
        return not (T[nxt] == "," and (_set_off(s, i) or prev >= 0 and _after_as(s, prev)))
    if prev < 0:
        return True
    return False


def _describing_word(T: list[str], L: list[str], k: int) -> bool:
    """Whether token ``k`` is a lower-case word of no known class that is no plural and no share,
    so that after a count or "a" it can only describe what follows: "special", "travelling",
    "picture"."""
    low = L[k]
    return T[k].isalpha() and initial_lower(T[k]) and not classes(low) and low not in _GROUP_NOUNS and (
        not low.endswith("s") or low.endswith("ss")
    )


# words that open a clause after a comma, where a quantifier may stand for people: "..., though several told"
_OPENERS_BEFORE_PEOPLE: Final = frozenset(("and", "but", "yet", "though", "although", "while", "whereas"))
# a wh-word opens the clause a verb like "details" or "shows" reports: "the study details how"
_WH_CLAUSE: Final = frozenset("how why whether what".split())
_NUMBER_WORDS: Final = CARDINALS | frozenset("millions nearly about almost more fewer".split())


_CIRCUMSTANCE_PREPS: Final = frozenset("in on from at during to without with".split())


def _after_as(s: Sentence, j: int) -> bool:
    """Whether the phrase ending at token ``j`` follows an "as" that opens a clause: "As Smith
    notes,", "as the report states,"."""
    k = _as_before_phrase(s, j)
    return k >= 0 and (k == s.first or not s.T[k - 1][0].isalnum())


def _as_before_phrase(s: Sentence, j: int) -> int:
    """The "as" right before the phrase that ends at token ``j`` ("as most insiders [believe]",
    "As Smith [notes]"), or -1."""
    a, b = phrase_left(s, j, s.first)
    return a - 1 if s.first < a < b and s.L[a - 1] == "as" else -1


def _ing_adjective(s: Sentence, i: int) -> bool:
    """Whether the -ing form at ``i`` is an adjective: graded ("very promising", "so
    encouraging"), or one of the listed forms after "be" with nothing of its own after it ("The
    results were promising.", "is encouraging, but"); "were promising to cut taxes" and "was
    warning voters" still tell."""
    L, T = s.L, s.T
    k = i - 1
    if k < s.lo:
        return False
    if L[k] in _GRADING:
        return True
    while k > s.lo and L[k].endswith("ly") and T[k].isalpha():
        k -= 1  # "were genuinely promising"
    if not (L[k] in _BE or L[k] in _BE_NOT) or L[i] not in _ING_ADJECTIVES:
        return False  # ("something they aren't proposing.": a verb whose object went before it)
    nx = i + 1
    if nx < s.hi and T[nx] == ",":
        # "was warning, however, that": a set-off adverb before the verb's own clause
        for m in range(nx + 1, min(s.hi - 1, nx + 6)):
            if T[m] == ",":
                return L[m + 1] != "that"
        return True
    return nx >= s.hi or T[nx] in TERMINATORS or T[nx] in ";:)" or L[nx] in ("and", "but")


# words that grade an adjective, never a verb: "so encouraging", "too alarming" (not "more" or
# "most", which also count people: "with most saying")
_GRADING: Final = frozenset("very so too quite rather pretty extremely highly equally".split())
# -ing forms of cue verbs that are as often adjectives: "The results were promising."
_ING_ADJECTIVES: Final = content_words("ing_adjective")


def _past_after_name(T: list[str], L: list[str], k: int, hi: int, form: CueForm) -> bool:
    """ "McDonald's said the", "Trump's said he would" (a contracted "has"), "McDonald's wrote
    that", "..., Macy's said.": an inflected verb form after a name's "'s", before what opens
    content or at the end of the clause, is a verb; "Trump's stated goal" and "Trump's call for"
    are not, nor "It's implied" (a pronoun's "'s" is "is").  A bare form is a verb when the name
    closes what describes a plural subject: "Staff at Sainsbury's say the store will close"."""
    if form.noun or L[k].endswith("ing") or not initial_upper(T[k - 1]) or L[k - 1][:-2] in CLASSES:
        return False  # ("Jeb Bush's calling him a jerk": a gerund the name owns)
    if L[k] == form.lemma:
        return _plural_described_by_name(T, L, k - 1) and _opens_clause(T, L, k + 1, hi)
    if k + 1 < hi and (T[k + 1] in TERMINATORS or T[k + 1] == ","):
        # a past form is not owned ("..., Macy's said."); a form in -s may be a noun ("Trump's taunts.")
        return not L[k].endswith("s")
    if not form.participle and k + 1 < hi and L[k + 1] in PREPOSITIONS:
        return False  # "Mr. Obama's calls for tighter gun control": a noun the name owns
    if L[k] in NAMES_VERBS_NOT_ADJECTIVES and k + 1 < hi and T[k + 1].isalpha() and T[k + 1].islower():
        # "McDonald's said profits fell", "Sainsbury's told staff that": no adjective, as "stated"
        # ("Trump's stated goal") and "reported" ("Tesco's reported profits") may be
        return True
    return _opens_clause(T, L, k + 1, hi)


def _plural_described_by_name(T: list[str], L: list[str], m: int) -> bool:
    """Whether the name whose possessive is at ``m`` follows a preposition that follows a plural
    noun for people: "Staff at Sainsbury's", "Churchwardens at St Mary's" (a shop or a church named
    after its owner, where the people are; not "Trump's", "the group's", "Voters in Trump's")."""
    x = m - 1
    while x >= 0 and m - x <= _SHOP_NAME_WORDS and (initial_upper(T[x]) and T[x].isalpha() or T[x] == "."):
        x -= 1
    return x >= 1 and "preposition" in CLASSES.get(L[x], EMPTY) and people_plural(L[x - 1]) and T[x - 1].isalpha()


_SHOP_NAME_WORDS: Final = 3  # words before a shop's or a church's possessive: "St Mary's", "Marks and Spencer's"


_BODY_PART_WORDS: Final = 4  # capitalised words in one listed part of a body's name: "Levelling Up"


def _body_name_with_commas(s: Sentence, a: int, b: int) -> int:
    """Where the source starts when the phrase ``[a, b)`` ends a body's name whose parts are
    listed with commas: "A spokeswoman for the Department for Levelling Up, Housing and
    Communities said", "the Ministry of Housing, Communities and Local Government said"; ``a``
    when it ends no such name."""
    T, L, first = s.T, s.L, s.first
    if a - 2 < first or T[a - 1] != "," or not any(L[x] == "and" for x in range(a + 1, b - 1)):
        return a
    if not all(initial_upper(T[x]) and T[x].isalpha() or L[x] == "and" for x in range(a, b)):
        return a
    k = a - 1  # the comma before the part
    while True:
        x = k - 1
        while x >= first and k - x <= _BODY_PART_WORDS and initial_upper(T[x]) and T[x].isalpha():
            x -= 1
        if x == k - 1 or x < first:
            return a
        if T[x] == ",":
            k = x
            continue
        if L[x] in ("for", "of") and x - 1 >= first and initial_upper(T[x - 1]) and "org_word" in classes(L[x - 1]):
            pa, pb = phrase_left(s, x - 1, first)
            return pa if pa < pb and pb == x else a
        return a


def _set_off(s: Sentence, i: int) -> bool:
    """ "The plan, documents show, was drafted in May", "in 2011, F.A.A. records show, the plane":
    a verb and its short subject set off by commas inside the statement they credit."""
    T, L = s.T, s.L
    if initial_upper(T[i]):
        return False  # "Sen. Jeff Sessions, The Drudge Report, Breitbart": a name in a list
    verb = i
    if L[i].endswith(_PERFECT_ENDINGS) and i - 1 > s.first and L[i - 1] in _HAVE and initial_lower(T[i - 1]):
        verb = i - 1  # "The Rolex, this newspaper has learned, was stolen": the subject ends before "has"
    k = verb - 1
    while k >= s.first and verb - k <= 6 and T[k] != "," and phrase_word_ok(s, k):
        k -= 1
    w = k + 1
    return k >= s.first and T[k] == "," and w < verb and (
        initial_upper(T[w]) or L[w] in NOUNS or L[w] in ARTICLES or L[w] in SUBJECT_PRONOUNS
        or L[w] in _TRAILING_OPENERS  # "..., many think, is"
        or L[verb - 1] in NOUNS and verb - w <= 3  # "The plan, aid officials believe, will": a source noun heads it
    )


def _opens_clause(T: list[str], L: list[str], k: int, hi: int) -> bool:
    """Whether the token at ``k`` (before ``hi``) can follow a verb of saying but not an adjective
    before its noun ("the company's stated goal"): "that", a determiner, a pronoun, a preposition,
    a wh-word, a name or a mark that opens content."""
    if k >= hi:
        return False
    t = T[k]
    if not t[0].isalnum():
        return t in DOUBLE_QUOTES or t in ":,“‘"
    low = L[k]
    c = CLASSES.get(low, EMPTY)
    return (
        low == "that" or low in _WH_CLAUSE or initial_upper(t) or bool(c & _OWN_PRONOUNS)
        or "determiner" in c or "preposition" in c
    )


_THAT_REACH: Final = 12


def _vote_tally(t: str) -> bool:
    """Whether ``t`` is a vote or a score: "6-3", "52-47"."""
    left, dash, right = t.partition("-")
    return dash == "-" and 0 < len(left) <= 3 and 0 < len(right) <= 3 and left.isdigit() and right.isdigit()


def _that_after_circumstance(s: Sentence, k: int) -> bool:
    """ "states in his book that", "claims on its website that", "reports from Kabul that": a
    short circumstance after the cue word and then "that" make the word a verb of saying (a noun
    "reports in the city" is followed by no clause).  Looks at most ``_THAT_REACH`` words
    ahead ("added in a brief interview with The Post's Karen DeYoung that")."""
    L, T = s.L, s.T
    if k >= s.hi or L[k] not in _CIRCUMSTANCE_PREPS:
        return False  # (a sentence may end on the cue word: "as they want")
    for m in range(k + 1, min(s.hi, k + 1 + _THAT_REACH)):
        if L[m] == "that":
            # "reports from the city that were released": a relative clause on the noun
            return m > k + 1 and not (m + 1 < s.hi and s.T[m + 1].lower() in AUXILIARIES)
        t = T[m]
        if t == ":":
            # "responded in a text message: “Trump will be the nominee.”": a colon that opens a quotation
            return m > k + 1 and m + 1 < s.hi and T[m + 1] in OPENING_DOUBLE_QUOTES
        if not t[0].isalnum() and t not in "-’'":
            return False
        f = FORMS.get(L[m])
        if f is not None and not f.noun and f.particle is None:
            return False  # another verb comes first: "reports in the city show that" (not "make the case")
    return False



def _clause_after_circumstance(s: Sentence, k: int) -> bool:
    """ "claims in his new book the plan failed": a short circumstance after the cue word and
    then a clause with no "that" make the word a verb of saying (see :func:`clause_after_circumstance`)."""
    return k < s.hi and s.L[k] in _CIRCUMSTANCE_PREPS and s.L[k] != "to" and (
        clause_after_circumstance(s, k, min(s.hi, k + 1 + _THAT_REACH)) > 0
    )

_FOCUS_BEFORE_COUNTS: Final = frozenset(("only", "just", "nearly", "almost"))


def _verb_by_agreement(s: Sentence, i: int, prev: int, nxt: int) -> bool:
    """A cue form that is also a noun, read as a verb from its subject and what follows.

    "The CDC reports 500 new cases", "the ministry reports three deaths": an -s form after a
    name or a singular source noun, before a count, is a verb (a noun compound would be plural
    after a plural: "police reports").  "Witnesses report seeing", "residents report hearing": a
    bare form after a plural people noun, before an -ing word, agrees with it as a verb; "a police
    report detailing" does not (its noun is a group, not people counted one by one).  "The
    orchestra hopes to raise": an -s form after a singular noun, before "to" and a bare verb.
    """
    if prev > s.lo and s.T[prev] == "," and s.L[i].endswith("s") and s.L[nxt] == "to" and FORMS[s.L[i]].lemma in _PROMISING and (
        subject_with_insertion(s, prev)
    ):
        # "Vantage Tours Ltd, which runs day trips, hopes to run": the subject is set off before it
        return _bare_verb_at(s, nxt + 1)
    if prev < 0 or not s.T[prev][0].isalnum():
        return False
    low, pl, nl = s.L[i], s.L[prev], s.L[nxt]
    entry = NOUNS.get(pl)
    if nl in _FOCUS_BEFORE_COUNTS and nxt + 1 < s.hi:
        nl = s.L[nxt + 1]  # "the customer claims only 198 of them arrived": the count after its focus
    if low.endswith("s") and (nl[0].isdigit() or nl in _NUMBER_WORDS):
        if initial_upper(s.T[prev]) and prev != s.first or is_acronym(s.T[prev]):
            return True  # "the Associated Press reports more than half": a name, though its last word is a noun
        if entry is not None:
            return not entry.plural
        # a name that opens the sentence ("Gallup reports 40 percent"), not a function word
        return prev == s.first and initial_upper(s.T[prev]) and pl not in CLASSES
    if not low.endswith("s") and nl.endswith("ing") and len(nl) > 5 and entry is not None:
        return entry.plural_people()
    if not low.endswith("s") and FORMS[low].lemma != "claim" and s.T[nxt].isalpha() and initial_lower(s.T[nxt]) and nl not in _NOUN_FOLLOWERS and (
        nl not in NOUNS and nl not in CLASSES
    ) and not (nxt + 1 < s.hi and _finite_verb_at(s, nxt + 1)) and (
        entry is not None and entry.plural_people() or initial_upper(s.T[prev]) and _people_before_post_modifier(s, prev)
    ):
        # "Economists forecast inflation of 5 percent", "Economists polled by Reuters forecast
        # growth": a bare form after people counted one by one, before a bare noun, is their verb
        # (but not before the verb of a compound: "The veterans report card was"; and "claim"
        # before a bare noun claims a thing: "both candidates claim ties")
        return True
    if low.endswith("s") and one_record(pl) and (FORMS[low].lemma in _ESTIMATING or low == "notes" and _noted_object(s, prev, nxt)) and (
        s.T[nxt].isalpha() and initial_lower(s.T[nxt]) and nl not in CLASSES and nl not in _NOUN_FOLLOWERS
    ) and not _finite_verb_at(s, nxt) and not (nxt + 1 < s.hi and _finite_verb_at(s, nxt + 1)):
        # "The report forecasts inflation averaging 2.8%", "The condition report notes light
        # rubbing": an -s form of estimating (or "notes", before an object of two words) after one
        # record, before a bare noun, is its verb (but "the report forecasts were wrong" is a
        # compound, and so may other nouns be: "The festival's programme notes run to 80 pages")
        return True
    if low.endswith("s") and nl == "to" and entry is not None and not entry.plural and initial_lower(s.T[prev]) and (
        FORMS[low].lemma in _PROMISING  # ("government plans to cut": a plan is as often a noun there)
    ):
        # "The orchestra hopes to raise", "the manifesto promises to cut": an -s form after a
        # singular noun, before "to" and a bare verb (but "campaign promises to voters")
        return _bare_verb_at(s, nxt + 1)
    return False


_PROMISING: Final = frozenset("hope promise pledge vow".split())
_ESTIMATING: Final = frozenset(("forecast", "estimate", "project", "predict", "record"))


def _noted_object(s: Sentence, prev: int, nxt: int) -> bool:
    """Whether "notes" after the lower-case record at ``prev`` takes at ``nxt`` an object of two
    plain words, neither a verb nor a cue ("notes light rubbing"; not "notes run to 12 pages",
    whose verb a function word follows)."""
    L, T = s.L, s.T
    return initial_lower(T[prev]) and not _finite_word(L[nxt]) and L[nxt] not in FORMS and nxt + 1 < s.hi and (
        lower_open_word(s, nxt + 1)
    )


def _bare_verb_at(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` may be a bare verb: lower case, no source noun, no closed-class
    word but an auxiliary ("to be")."""
    if k >= s.hi or not s.T[k].isalpha() or not initial_lower(s.T[k]) or s.L[k] in NOUNS and not record_as_verb(s, k):
        return False
    c = CLASSES.get(s.L[k])
    return c is None or "auxiliary" in c


# prepositions after which a verb's -s form may go on ("reports on", "comments about"); "of" and
# "by" follow the noun ("claims of fraud", "reports by the agency")
_VERB_PREPOSITIONS: Final = frozenset("on in from about to at with for over after during".split())
_NAME_CLASSES: Final = frozenset(("org_word",))  # "CNN", "Reuters": words that name a body


def _verb_before_preposition(s: Sentence, i: int, prev: int, nxt: int) -> bool:
    """ "Bloomberg reports on the collapse.": after a name and before a preposition, an -s form is
    the verb when no other verb follows ("Trump comments on trade drew fire": a noun)."""
    return (
        prev >= 0 and strip_contraction(s.L[nxt]) in _VERB_PREPOSITIONS and s.L[i].endswith("s")
        and initial_upper(s.T[prev]) and s.T[prev].isalpha() and not CLASSES.get(s.L[prev], EMPTY) - _NAME_CLASSES
        and not _finite_verb_from(s, nxt + 1)
    )


_FINITE: Final = frozenset("is are was were has have had will would can could should may might must do does did".split())
_FINITE_REACH: Final = 40


def _finite_verb_from(s: Sentence, k: int) -> bool:
    """Whether a finite verb (an auxiliary, a past) may stand at or after ``k`` in the sentence;
    true too when the sentence runs on beyond reach."""
    T, L = s.T, s.L
    for x in range(k, s.hi):
        if x - k > _FINITE_REACH:
            return True
        w = L[x]
        if w in _FINITE or initial_lower(T[x]) and (w.endswith("ed") or w in PAST_VERBS) and not (
            L[x - 1] in ARTICLES  # "the shuttered branches": a participle that describes, no verb
        ) or w.endswith(NEGATION_ENDINGS):
            return True
    return False


# how far a record's participle phrase may run before its verb: "Photographs taken inside the
# detention site, and shared with the Courier by a former guard, show"
_PARTICIPLE_PHRASE_REACH: Final = 20


def _opening_record_participle(s: Sentence, i: int) -> int:
    """Where the participle is when the sentence opens with a record and a past participle on it
    ("Footage filmed by", "Satellite images taken") and no auxiliary, modal or sentence mark
    comes between it and ``i`` (the record is the subject however long its participles run), or -1."""
    T, L = s.T, s.L
    for m in range(s.first + 1, min(s.first + 4, i)):
        if not T[m - 1][0].isalpha():
            return -1
        if record_participle(L, m):
            if i - m > _PARTICIPLE_PHRASE_REACH or any(
                L[x] in AUXILIARIES or L[x] in MODALS or T[x] in ";:" or T[x] in DOUBLE_QUOTES for x in range(m + 1, i)
            ):
                return -1
            return m
    return -1


def _record_before(s: Sentence, j: int) -> bool:
    """Whether the phrase ending at ``j`` is headed by a record: "data from the Census Bureau",
    "emails seen by Reuters", "a photo from October 14" (the head sits before a post-modifier
    that holds a name or a date)."""
    lower = not (initial_upper(s.T[j]) or ends_a_date(s.T, s.L, s.lo, j) or s.L[j] == "online")
    # ("a video posted online shows"); a common noun at the end is a post-modifier's object
    # when a record heads the phrase: "Dashcam video of the crash shows"
    if lower and not s.T[j][0].isalpha():
        return False
    a, b = phrase_left(s, j, s.first)
    if a >= b:
        return False
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    return record_noun(phrase.head_lemma) and not (lower and phrase.head == j)


# verbs that agree with a plural subject, so never follow a "that" that opens a reported clause
_PLURAL_FINITES: Final = frozenset(("were", "are", "have", "remain", "appear"))
_GAP_FINITES: Final = frozenset(("were", "are", "was", "is"))


def _object_gap_after(s: Sentence, k: int) -> bool:
    """Whether a relative clause that lacks its object opens at ``k`` and the main verb follows
    it: a name or a subject pronoun, a past, then "are" or "were" ("records that Linick
    questioned are already stored", "claims that he made were false"); a name takes no
    participle after it, so the past is its verb."""
    T, L = s.T, s.L
    v = k
    if k < s.hi and L[k] in SUBJECT_PRONOUNS:
        v = k + 1
    else:
        while v < min(s.hi, k + 3) and T[v][0].isalpha() and initial_upper(T[v]):
            v += 1
    if v == k or v >= s.hi or not (L[v].endswith("ed") or L[v] in _IRREGULAR_PASTS) or initial_upper(T[v]):
        return False
    w = v + 1
    if w < s.hi and (L[w].endswith("ly") or L[w] in ("already", "also", "still")):
        w += 1
    return w < s.hi and L[w] in _GAP_FINITES


# -s forms that are as often plural nouns, read as verbs before "that" after a source and its
# post-modifier: "a report on cholera notes that", "The brochure for the course promises that"
_NOTING: Final = frozenset(("note", "report", "claim", "record", "state", "project", "promise", "pledge", "vow", "estimate", "forecast"))


def _past_with_object(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a past form followed by its object's determiner, the verb of a
    relative clause: "that ignored the rules"."""
    return k + 1 < s.hi and s.L[k].endswith("ed") and "determiner" in classes(s.L[k + 1])


def _clause_after_one_body(s: Sentence, i: int, prev: int, nxt: int, form: CueForm) -> bool:
    """ "The auction house estimates the binding will fetch £12,000": an -s form after a singular
    noun, before a clause with no "that", agrees with that noun as its verb; no noun compound
    ("media reports") runs on into a clause."""
    L = s.L
    return (
        L[i] != form.lemma and L[i].endswith("s") and nxt >= 0 and initial_lower(s.T[prev]) and s.T[prev].isalpha()
        and not L[prev].endswith("s") and L[nxt] in ARTICLES and _bare_clause_at(s, nxt)
    )


def _clause_after_people(s: Sentence, i: int, prev: int, nxt: int, form: CueForm) -> bool:
    """ "Union officials at the jail claim management ignored the warnings", "Staff at the home
    fear that further cuts ...": a bare form after plural people and their post-modifier, before
    a clause with or without "that", is their verb."""
    if not (s.L[i] == form.lemma and prev >= 0 and nxt >= 0 and initial_lower(s.T[prev])):
        return False
    if s.L[nxt] == "that" or s.L[nxt] == "whether":
        # (records too: "The minutes of the board meeting record that"; "Some veterans of the
        # mountain question whether")
        return _people_before_post_modifier(s, prev, True) or _people_restricted_before(s, prev)
    if not (_people_before_post_modifier(s, prev) or _people_restricted_before(s, prev)):
        return False
    # an indefinite object is the verb's too: no noun compound runs on into "a" ("Old hands at the
    # pier recall a time ... when the mail boat called six days a week")
    return _bare_clause_at(s, nxt) or s.L[nxt] in _A_OR_AN and nxt + 1 < s.hi and s.T[nxt + 1].isalpha()


def _people_restricted_before(s: Sentence, j: int) -> bool:
    """Whether the words up to ``j`` are a relative clause that "who" opens, with no mark in it,
    after a plural noun for people that opens the sentence in a few words: "Residents who live
    nearby", "Volunteers who run the monthly community screenings at St Bride's church hall"."""
    L, T = s.L, s.T
    x = j
    while x > s.first and j - x < _RESTRICTED_REACH:
        if L[x] == "who":
            return people_plural(L[x - 1]) and x - 1 - s.first < _RESTRICTED_OPENING and all(
                T[y].isalpha() for y in range(s.first, x)
            )
        if not (T[x][0].isalnum() or T[x] in APOSTROPHES):
            return False
        x -= 1
    return False


_RESTRICTED_REACH: Final = 14  # words of the relative clause: "who run the monthly community screenings at St Bride's church hall"
_RESTRICTED_OPENING: Final = 3  # words before the people's noun: "Many local residents"


def _people_before_post_modifier(s: Sentence, j: int, records: bool = False) -> bool:
    """Whether the phrase ending at ``j`` is headed by a plural noun for people that a
    post-modifier follows: "Union officials at the jail", "Economists polled by Reuters" (with
    ``records``, or by a record: "The minutes of the meeting")."""
    phrase = _post_modified(s, j)
    if phrase is None:
        return False
    entry = NOUNS.get(s.L[phrase.head])
    # (also a body of people: "Staff at the hotel")
    return entry is not None and (entry.plural_of_people() or records and entry.cls == "document")


def _post_modified(s: Sentence, j: int) -> PhraseKind | None:
    """The phrase ending at ``j`` when its head comes before ``j``, so that a post-modifier ends it
    ("The reporter in the capital", "Union officials at the jail"); None otherwise."""
    a, b = phrase_left(s, j, s.first)
    if a >= b:
        return None
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    return phrase if phrase.head != j else None


def _finite_within(s: Sentence, k: int, reach: int) -> bool:
    """Whether an auxiliary, a modal, a past or a cue follows within ``reach`` words from ``k``,
    before any punctuation: the verb of a clause that a noun phrase opens ("knew the old captain
    of the ferry was drunk")."""
    L, T = s.L, s.T
    for x in range(k, min(s.hi, k + reach)):
        if not T[x][0].isalnum():
            return False
        if initial_lower(T[x]) and (_finite_after_nouns(L[x]) or L[x] in FORMS):
            return True
    return False


_KNOWN_CLAUSE_REACH: Final = 8  # words from a known thing's determiner to its clause's verb


def _bare_clause_at(s: Sentence, k: int) -> bool:
    """Whether a clause with no "that" opens at ``k``: a subject pronoun and a finite verb, or an
    article or an owner, up to three lower-case words and a past or an auxiliary ("management
    ignored", "the ride-hailing apps were")."""
    L, T = s.L, s.T
    if k >= s.hi:
        return False
    start = k + 1 if L[k] in SUBJECT_PRONOUNS or L[k] in _ARTICLES_AND_OWNERS else k
    if L[k] in SUBJECT_PRONOUNS:
        return start < s.hi and _finite_word(L[start])
    for x in range(start, min(s.hi, start + 4)):
        low = L[x]
        if x > start and T[x] == ",":
            # the subject's relative clause set off by commas: "the rehearsals, which run until
            # 10pm, are too loud"
            return _verb_after_set_off_relative(s, x, _SET_OFF_RELATIVE)
        # (an owner's "'s" may end a word: "the venue’s new owners will")
        if not (_plain_word(T[x], low) or "-" in T[x] and T[x][0].isalpha()) or not (initial_lower(T[x]) or month_or_day(low)):
            return False  # (a day may describe the subject: "the Wednesday night rehearsals")
        if x > start and _finite_after_nouns(low):
            return True
        if not CLASSES.get(low, EMPTY) <= _CLAUSE_NOUN_CLASSES:
            return False
    return False


_SET_OFF_RELATIVE: Final = 10  # tokens from a subject's relative pronoun to the comma that closes its clause
# the same after a noun that looks like an object: "claims the building, which has been empty
# since the last film was shown there in August 2009, is beyond repair"
_SET_OFF_OBJECT_RELATIVE: Final = 16


def _verb_after_set_off_relative(s: Sentence, x: int, reach: int) -> bool:
    """Whether the comma at ``x`` opens a relative clause ("which", "who") that a comma closes
    within ``reach`` tokens, right before a lower-case finite verb: the noun before ``x`` is the
    subject of that verb ("the rehearsals, which run until 10pm, are too loud")."""
    L, T = s.L, s.T
    if not (T[x] == "," and x + 1 < s.hi and L[x + 1] in RELATIVES):
        return False
    close = closing_comma(s, x + 1, reach)
    return close > x + 1 and close + 1 < s.hi and initial_lower(T[close + 1]) and _finite_after_nouns(L[close + 1])


def _source_before(s: Sentence, j: int) -> bool:
    """Whether the phrase ending at the lower-case ``j`` is headed by a source noun that a
    post-modifier follows: "The reporter in the capital", "A report on cholera" (not "police",
    whose own head ends the phrase: "police reports that ...")."""
    phrase = _post_modified(s, j)
    return phrase is not None and phrase.head_lemma in NOUNS


# a subject that points back to the sentence before: "That's according to ...", "This is what ..."
_POINTING_BACK: Final = frozenset(("this", "that")) | frozenset(
    w for w in CONTRACTED_COPULAS if w.startswith(_THAT_IT_OPENINGS)
)


def _according_phrase(s: Sentence, k: int) -> tuple[int, int]:
    """What "according to" credits: everything up to the next comma or clause end, since its
    source is a noun phrase by grammar ("according to early results of the exit poll")."""
    T = s.T
    j = k
    n = s.hi
    while j < n and j - k < MAX_PHRASE:
        t = T[j]
        if t in DOUBLE_QUOTES and j > k:
            close = scare_quote_end(s, j)
            if close < 0:
                break
            j = close + 1  # 'according to her “clawback” plan': a quoted modifier before its noun
            continue
        if t in ",:;—–" and not number_comma(s, j) or (t in TERMINATORS and stop_ends_phrase(s, j)):
            break
        j += 1
    L = s.L
    if j == k + 1 and L[k] == "her":
        return k, j  # "According to her, the counts are": the object, which trimming reads as an owner left without its noun
    a, b = trim(s, k, j)
    for c in range(a, min(b, a + 3)):
        lead = count_lead(s, c, b, k)
        if lead < c:
            a = min(a, lead)  # "according to at least two officials", "as many as 40 doctors" (the first "as" was trimmed)
            break
    if b - 2 > a and (L[b - 1] in WEEKDAYS or L[b - 1] in PARTS_OF_DAY and L[b - 2] in WEEKDAYS) and T[b - 1][0].isalpha():
        # "according to a Washington Post report Thursday": the day says when, it names no one
        c = b - 1 if L[b - 1] in WEEKDAYS else b - 2
        if c - 1 > a and L[c - 1] == "on":
            c -= 1
        if c > a and T[c - 1].isalpha() and (L[c] == "on" or L[c - 1] not in PREPOSITIONS) and not any(
            T[x].islower() and (L[x].endswith("ed") or L[x] in PAST_VERBS) for x in range(a, c)
        ):
            b = c  # (but "a poll released Sunday", "testimony heard in court Monday" keep their participle's day)
    return a, b


_SET_OFF_NAME: Final = 5  # words of a person's name set off after a description
_SURNAME_PARTICLES: Final = NAME_PARTICLES - {"and", "&", "e"}


def _name_set_off_after(s: Sentence, b: int) -> tuple[int, int, PhraseKind] | None:
    """A person's full name set off by a comma right after a description that ends at ``b``
    and closed by a comma or the sentence's end ("its writer, Kofi Mensah."): its token range
    and its classification; None when there is none."""
    T, L = s.T, s.L
    hi = s.hi
    if b + 2 >= hi or T[b] != ",":
        return None
    m = b + 1
    while m < hi and m - b <= _SET_OFF_NAME and (
        is_proper(T, L, m, s.first) or m > b + 1 and (T[m] == "." and len(T[m - 1]) <= 2 or L[m] in _SURNAME_PARTICLES)
    ):
        m += 1  # (initials and particles inside: "Tom J. Hale", "Jan de Vries")
    if m - b < 3 or m < hi and T[m] not in ",;" and T[m] not in TERMINATORS:
        return None
    phrase = classify_phrase(T, L, b + 1, m, s.first)
    return (b + 1, m, phrase) if phrase.source_type == "named_person" else None


def _according(
    s: Sentence, i: int, start: int, last: int, source: tuple[int, int] | None = None, kind: PhraseKind | None = None
) -> None:
    """ "according to X" (the cue is tokens ``start`` to ``last``, the source what follows it, or
    ``source`` when given): the content is the rest of the sentence after the source's phrase when
    the cue opens the sentence, else the words before the cue."""
    T, L = s.T, s.L
    a, b = _according_phrase(s, last + 1) if source is None else source
    if a >= b:
        return
    text = s.text
    cue = make_span(s.S[start], s.E[last])
    first = s.first
    hi = s.hi
    phrase = classify_phrase(T, L, a, b, first) if kind is None else kind
    if L[a] in _NO_SOURCE_ACCORDING and initial_lower(T[a]) or (
        b == a + 2 and L[a + 1] in _NO_SOURCE_ACCORDING and T[a].isalpha() and initial_upper(T[a]) and initial_lower(T[a + 1])
    ):
        # "went according to plan", "according to tradition", "according to Islamic custom": a
        # course kept, nobody's word (but "according to the plan" is what a plan says)
        return
    x = a + 1 if L[a] in _MEASURE_OWNERS and a + 1 < b else a
    if x + 1 < b and L[x + 1] in _SORTING_MEASURES and initial_lower(T[x]) and T[x].isalpha():
        x += 1  # one word that says which: "according to the floor area of each flat"
    if L[x] in _SORTING_MEASURES and initial_lower(T[x]) and (x + 1 >= b or L[x + 1] == "of"):
        return  # "grouped in cascades according to their generation", "according to the severity of": a measure
    if _sorted_before(s, start, first):
        # "were ranked according to their scores", "prices vary according to size", "distributed
        # tickets according to caste", "sorts returned stock according to": an order, nobody's word
        return
    if start > first and T[start - 1].isalpha() and initial_lower(T[start - 1]) and L[start - 1] not in COORDINATORS and _measured_by(s, a, b):
        # "adjust the grind according to the humidity", "sorted into groups according to ability":
        # straight after what is done, a thing no one is measures how it is done, nobody's word
        return
    if source is None and phrase.source_type == "unnamed_individual":
        named = _name_set_off_after(s, b)
        if named is not None:
            a, b, phrase = named  # "according to its author, Ines Barreto,": the person the description names
    after = max(b, last + 1)
    if start == first + 1 and L[first] in _POINTING_BACK:
        content = None  # "That's according to Newt Gingrich": it credits the sentence before
    elif start <= first + 1:
        k = b
        while k < hi and T[k] not in ",:" and k - b < 40:
            k += 1
        # "According to Noah Tucker, managing editor of ..., the attack was": skip the apposition
        while k + 1 < hi and (L[k + 1] in ("a", "an") or _descriptive(s, k + 1)):
            m = k + 1
            while m < hi and T[m] != ",":
                m += 1
            if m >= hi:
                break
            k = m
        content = strip_span(text, s.E[k] if k < hi else s.E[hi - 1], s.span.end)
    else:
        quoted = _quotation_comma(s, after) if after + 1 < hi and T[after] == "," else -1
        if quoted >= 0 and T[quoted + 1] in OPENING_DOUBLE_QUOTES:
            # "was, in the words of an adviser, “...”" (or "of Smith, a lawyer, “...”")
            content = strip_span(text, s.E[quoted], s.span.end)
        else:
            content = strip_span(text, s.span.start, s.S[start])
    s.add(cue, a, b, content, "according", phrase, i)


_DESCRIPTION_REACH: Final = 12  # words of a description set off after a source: ", who runs the clinic,"


def _quotation_comma(s: Sentence, c: int) -> int:
    """The comma before an opening quotation mark: ``c`` itself, or the comma that closes a
    description set off after it (', a lawyer for the family, “...'); ``c`` when neither."""
    T = s.T
    if c + 1 >= s.hi or T[c + 1] in OPENING_DOUBLE_QUOTES:
        return c
    m = c + 1
    while m < s.hi and m - c <= _DESCRIPTION_REACH and T[m][0].isalnum():
        m += 1
    return m if m + 1 < s.hi and T[m] == "," and T[m + 1] in OPENING_DOUBLE_QUOTES else c


_ADDED_WORDS: Final = 4  # words of a thing added before "to": "the super-G title"


def _added_to_something(s: Sentence, k: int) -> bool:
    """Whether "add" takes at ``k`` a short object opened by an article or an owner and then
    "to" and another's: "added the IBF strap to the WBA title", "added the super-G title to her
    downhill gold" (words are added without "to" after them: "added that", "added a warning:")."""
    L, T = s.L, s.T
    if not (k < s.hi and L[k] in _ARTICLES_AND_OWNERS):
        return False
    for x in range(k + 1, min(s.hi, k + 1 + _ADDED_WORDS)):
        if L[x] == "to":
            return x > k + 1 and x + 1 < s.hi and (L[x + 1] in _ARTICLES_AND_OWNERS or initial_upper(T[x + 1]) and T[x + 1].isalpha())
        if not (T[x][0].isalnum() or "-" in T[x]) or L[x] == "that" or L[x] in _WORDS_SAID:
            return False
    return False


def _thing_added(s: Sentence, i: int, k: int) -> bool:
    """Whether "add" at ``i``, after its subject, takes at ``k`` a whole object that is a thing:
    an article, an owner or a count, then a few lower-case words, none of them words said, a
    source or a cue, and then the sentence ends or a circumstance of place or time opens ("added a
    second consultation room in 2019", "added two new routes last year"; not "added a caveat:",
    "added the caption which reads", nor '“...,” added a third.', where the speaker follows)."""
    L, T = s.L, s.T
    if i <= s.first or not T[i - 1][0].isalnum():
        return False
    if not (k < s.hi and (L[k] in _ARTICLES_AND_OWNERS or L[k] in _OBJECT_COUNTS or L[k] in CARDINALS)):
        return False
    x = k + 1
    while x < s.hi and x - k <= _ADDED_WORDS and T[x].isalpha() and initial_lower(T[x]) and L[x] not in _WHERE_OR_WHEN_ADDED:
        if L[x] in _WORDS_SAID or L[x] in NOUNS or L[x] in FORMS or classes(L[x]) - {"adverb"} and L[x] not in _RANKS:
            return False
        x += 1
    return x > k + 1 and (x >= s.hi or T[x] in TERMINATORS or L[x] in _WHERE_OR_WHEN_ADDED)


# what may follow a thing added: where or when ("in 2019", "at the back", "last year")
_WHERE_OR_WHEN_ADDED: Final = frozenset("in on at by during from since for after before until within last this".split())


def _measured_by(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b)``, the object of "according to", opens with a common noun that names no
    source (past an article, an owner and an owner's "'s"): "the humidity in the room", "ability
    on the first morning", "the date they were sown" (not "the poll", "early results")."""
    L = s.L
    x = a + 1 if L[a] in _ARTICLES_AND_OWNERS else a
    heads = 0
    while x < b and lower_open_word(s, x):
        if L[x] in NOUNS or L[x] in FORMS or L[x] in _WORDS_SAID or L[x] in _TALKS:
            return False
        heads += 1
        x += 1
    return heads > 0 and (x >= b or bool(classes(L[x])))


# what "there are ... that" may say without a sayer: "There are reports that", "There were fears that"
_THERE_NOUNS: Final = frozenset(("reports", "claims", "fears"))
_THERE_BE: Final = frozenset(("are", "were", "is", "was", "been"))


def _there_be_before(T: list[str], L: list[str], S: list[int], k: int, start: int) -> bool:
    """Whether the noun at ``k`` follows "there" and a form of "be" (and up to two words that
    describe it), and "that" follows it: "There are reports that", "there have been unconfirmed
    claims that", "There are growing fears that"; a short time or place may come between the
    noun and "that": "There were reports on Friday evening that", "reports overnight that"."""
    if k + 1 >= len(L) or L[k + 1] != "that" and _that_past_circumstance(T, L, S, k + 1) < 0:
        return False
    j = k - 1
    while j >= 0 and S[j] >= start and k - j <= 2 and T[j].isalpha() and initial_lower(T[j]) and L[j] not in _THERE_BE:
        j -= 1
    if j < 1 or S[j] < start or L[j] not in _THERE_BE:
        return False
    if L[j] == "been" and j - 2 >= 0 and L[j - 1] in _HAVE:
        j -= 1
    return S[j - 1] >= start and L[j - 1] == "there"


# words that may open the time or the place between "there were reports" and "that": "on
# Friday", "in the local press", "from the capital", "overnight", "last week", "earlier this month"
_THERE_CIRCUMSTANCE_OPENERS: Final = frozenset("on in from at during overnight last earlier this yesterday".split())
_THERE_CIRCUMSTANCE_REACH: Final = 5


def _that_past_circumstance(T: list[str], L: list[str], S: list[int], k: int) -> int:
    """The index of the "that" that follows a short time or place opening at ``k`` ("on Friday
    evening that", "overnight that"), or -1; not the "that" of a relative ("reports from the
    city that were released")."""
    n = len(L)
    if L[k] not in _THERE_CIRCUMSTANCE_OPENERS:
        return -1
    for m in range(k + 1, min(n, k + 1 + _THERE_CIRCUMSTANCE_REACH)):
        if L[m] == "that":
            return m if m + 1 < n and L[m + 1] not in AUXILIARIES else -1
        if not T[m][0].isalnum() or L[m] in FORMS and not FORMS[L[m]].noun:
            return -1  # a mark or a verb of saying comes first: no clause the reports carry
    return -1


def _hearsay_opening(T: list[str], L: list[str], S: list[int], k: int, start: int) -> int:
    """The index of the "in" or "by" that opens hearsay ending at the noun ``k`` ("in some
    reports", "by all accounts", "in Russian media reports", "by one estimate"), or -1."""
    j = k - 1
    modifiers = 0
    while j >= 0 and S[j] >= start and k - j <= _HEARSAY_REACH:
        low = L[j]
        if low == "in" or low == "by":
            break
        if low in _HEARSAY_MODIFIERS:
            modifiers += 1
        elif not (initial_upper(T[j]) and T[j].isalpha() and k - j > 1):
            break  # a capitalised word qualifies a modifier after it: "Russian media reports"
        j -= 1
    if modifiers == 0 or j < 0 or S[j] < start or L[j] not in ("in", "by"):
        return -1
    if L[k] in _HEARSAY_SINGULAR and not (L[k - 1] == "one" and j == k - 2):
        return -1  # "in a report published Tuesday": a speaker's medium, credited by the speaker's verb
    return j


# participles that hearsay may stand after without commas: "have been blamed in some reports for"
_HEARSAY_PARTICIPLES: Final = content_words("hearsay_participle")
_BY_ACCOUNT: Final = frozenset(("accounts", "account", "estimates", "estimate", "counts", "count", "tally"))


def _hearsay(s: Sentence, k: int, j: int) -> None:
    """ "Uzbek militants have been blamed in some reports for ...", "By all accounts, he ...",
    "The toll, by one estimate, exceeds": reports, accounts or estimates that no one in the text
    owns, credited as "according to" credits them.  "by all accounts" may stand anywhere; "in
    some reports" only as a frame set off by a comma or after a participle of blame or report (not
    "interested in some reports").  ``j`` is the "in" or "by" that opens it (``_hearsay_opening``)."""
    T, L = s.T, s.L
    first, hi = s.first, s.hi
    if j < first:
        return
    after = T[k + 1] if k + 1 < hi else "."
    closed = after in ",;—–" or after in TERMINATORS
    opening = j == first or (j == first + 1 and L[first] in OPENING_CONJUNCTIONS)
    set_off = opening or T[j - 1] in ",;—–("
    if not (L[j] == "by" and L[k] in _BY_ACCOUNT or set_off and closed or L[j - 1] in _HEARSAY_PARTICIPLES):
        return
    _according(s, j, j, j, (j + 1, k + 1))  # its cue word is the preposition: see clauses.hearsay


# verbs of contact that end a relative clause without "who" on a preposition, so the cue after
# the preposition is a verb: "Voters I spoke with said", "the people we talked to say"
_CONTACT_VERBS: Final = frozenset("spoke spoken speak talked talk met meet dealt deal worked work heard hear".split())


def _ends_contact_clause(L: list[str], S: list[int], p: int, start: int) -> bool:
    """Whether the preposition at ``p`` ends a relative clause before a cue: "Voters [I spoke
    with] said", "the people [I talked to] this week said" (``start`` is where the sentence starts)."""
    v = p - 1
    if v < 1 or L[v] not in _CONTACT_VERBS:
        return False
    if L[v - 1] in _HAVE and v - 2 >= 0:
        v -= 1  # "the officials I have spoken with say"
    return S[v - 1] >= start and L[v - 1] in SUBJECT_PRONOUNS


def _plain_noun(T: list[str], L: list[str], S: list[int], k: int, start: int, form: CueForm) -> bool:
    """The commonest non-cue, dropped before any other work: the cue word at ``k`` is a noun after
    a determiner, a possessive or a preposition ("the state", "Trump's remarks", "of support");
    ``start`` is where its sentence starts."""
    if form.kind == "agentless" or k == 0:
        return False
    word = L[k]
    pl = L[k - 1]
    if pl in DETERMINERS:
        # but "a sign that read “...”", "a poll that shows": a relative; "a Democrat close to
        # her said": "her" is an object before a cue that cannot be a noun
        if _her_as_object(T, L, k, len(T), form):
            return False
        return pl not in _QUANTIFIERS and pl not in _FLOATING_QUANTIFIERS and not (
            pl == "that" and (quotation_follows(T, k + 1, len(T)) or _record_relative(L, k, 0, form))
        )
    if pl in PREPOSITIONS:
        if name_after_quotation(T, k - 1):
            return False
        return not word.endswith("ing") and not (
            pl == "to" and k > 1 and (_governs_bare_infinitive(T, L, k - 2, k, form) or _causing_before(T, L, k - 1))
        ) and not _ends_contact_clause(L, S, k - 1, start)
    return _possessive(pl) and S[k - 1] >= start and not _past_after_name(T, L, k, len(T), form)


def _her_as_object(T: list[str], L: list[str], k: int, hi: int, form: CueForm) -> bool:
    """Whether the "her" before the cue at ``k`` is an object, not a possessive: the cue can only
    be a verb ("a Democrat close to her says") and is no participle before a noun ("her repeated
    comments", "her stated goals": a lower-case word that is no function word follows it)."""
    if L[k - 1] != "her" or form.noun:
        return False
    return not (L[k].endswith("ed") and k + 1 < hi and T[k + 1].isalpha() and T[k + 1].islower() and L[k + 1] not in CLASSES)


def _owned_frame(s: Sentence, k: int) -> None:
    """ "In the words of a senior adviser, ...", "in her own words, “...”", "In Trump's words,",
    "In the view of experts,", "in Smith's opinion,", "By the company's own count,", "by his own
    admission": the owner of the words, the view or the count is the source, as with "according
    to".  The frame opens the sentence or is set off (a comma, a dash, a parenthesis or a quote
    mark before it; a comma, a colon or a quote mark after it)."""
    T, L = s.T, s.L
    first = s.first
    opener = "in" if L[k] in _IN_FRAMES else "by"
    if k + 1 < s.hi and L[k + 1] == "of" and k - 2 >= first and L[k - 1] == "the" and L[k - 2] == opener:
        if opener == "in" and _set_off_before(s, k - 2):
            _according(s, k, k - 2, k + 1)
        return
    o = k - 1
    if o >= first and L[o] == "own":
        o -= 1
    if o < first or not (L[o] in POSSESSIVE_PRONOUNS or L[o].endswith(POSSESSIVE_ENDINGS)):
        return
    start = o - 1
    if L[o] not in POSSESSIVE_PRONOUNS:
        while start >= first and o - start <= 5 and (
            initial_upper(T[start]) or L[start] == "the" or T[start] == "." and start > first and initial_upper(T[start - 1])
        ) and L[start] != opener:
            start -= 1  # "In Donald Trump's words", "By the company's own count", "In Dr. Okonkwo's view"
    if start < first or L[start] != opener or not _set_off_before(s, start):
        return
    if k + 1 < s.hi and T[k + 1] not in ",:—–)" and T[k + 1] not in DOUBLE_QUOTES:
        return  # "in his words and deeds": not a frame around what he said
    _according(s, k, start, k, (start + 1, o + 1), possessive_pronoun(L[o], o))


def _set_off_before(s: Sentence, k: int) -> bool:
    """Whether the frame that opens at ``k`` opens the sentence or follows a mark that sets it off."""
    return k == s.first or s.T[k - 1] in ",—–(" or s.T[k - 1] in DOUBLE_QUOTES


def _to_quote(s: Sentence, k: int) -> None:
    """ "To quote the president, “...”", "..., to quote one official, ...": a frame that credits
    what it sets off; only where it opens the sentence or follows a comma."""
    L = s.L
    if k - 1 < s.first or L[k - 1] != "to" or not (k - 1 == s.first or s.T[k - 2] in ",—–"):
        return
    a, b = _according_phrase(s, k + 1)
    if a >= b or b >= s.hi or s.T[b] not in ",:":
        return
    _according(s, k, k - 1, k)


_PER_SOURCES: Final = frozenset(("named_person", "named_organization", "document"))


def _per(s: Sentence, i: int) -> None:
    """ "Per the Washington Post, the meeting ...", "... lasted an hour, per a statement.": "per"
    as "according to", only where it opens the sentence before a comma or follows a comma at its
    end, and only before a name or a source noun with an article (never "$5 per hour")."""
    T, L = s.T, s.L
    first, hi = s.first, s.hi
    if i + 1 >= hi:
        return
    nxt = T[i + 1]
    if not (L[i + 1] in ARTICLES or initial_upper(nxt) or L[i + 1] in NOUNS):
        return
    # "As per the report," opens the sentence as "Per the report," does
    start = i - 1 if i > first and L[i - 1] == "as" and (i - 1 == first or T[i - 2] == ",") else i
    opening = start == first
    if not opening and not (start > first and T[start - 1] == ","):
        return
    a, b = _according_phrase(s, i + 1)
    if a >= b:
        return
    after = b  # the token that ended the phrase
    if opening:
        if after >= hi or T[after] != ",":
            return
    elif after < hi and T[after] not in TERMINATORS:
        return
    phrase = classify_phrase(T, L, a, b, first)
    if phrase.source_type not in _PER_SOURCES and NOUNS.get(phrase.head_lemma) is None:
        return
    text = s.text
    if opening:
        content = strip_span(text, s.E[after], s.span.end)
    else:
        content = strip_span(text, s.span.start, s.S[start - 1])
    s.add(make_span(s.S[start], s.E[i]), a, b, content, "according", phrase, i)


def _descriptive(s: Sentence, k: int) -> bool:
    """A lower-case word that is not a determiner or a pronoun: the start of a description (a
    number is none: "According to police, 10,000 people died" has no apposition)."""
    t = s.T[k]
    if not t[0].isalpha() or initial_upper(t):
        return False
    c = CLASSES.get(s.L[k], EMPTY)
    return not ("determiner" in c or "pronoun_person" in c or "pronoun_group" in c or "pronoun_thing" in c)


def _agentless_adverb(s: Sentence, i: int) -> None:
    content = strip_span(s.text, s.E[i], s.span.end)
    s.found.append(Found(make_span(s.S[i], s.E[i]), None, content, "agentless", None, s.index, i))


def _opening_given_name(s: Sentence, i: int) -> bool:
    """Whether "Said" opening the sentence at ``i`` is a given name: a capitalised word follows it
    and nothing in the sentence is quoted or introduced with a colon, as what an inverted "Said
    Rubio: ..." or "Said one aide, “...”" credits always is."""
    T = s.T
    if i + 1 >= s.hi or not initial_upper(T[i + 1]) or not T[i + 1].isalpha():
        return False
    return not any(T[k] == ":" or T[k] in DOUBLE_QUOTES or T[k] == "‘" for k in range(i + 1, s.hi))


def _capitalised_past(s: Sentence, i: int) -> bool:
    """ "Murphy Tweeted on Friday": a past form in -ed with a stray capital is still the verb (it is
    no name, unlike "Said Kakar"), unless a capitalised word follows it as part of a name."""
    low = s.L[i]
    return low.endswith("ed") and len(low) > 4 and (i + 1 >= s.hi or not initial_upper(s.T[i + 1]))


# how far "about" may stand from "spoke" or "talked" past the circumstances between them
_ABOUT_REACH: Final = 10
# (the prepositions of a circumstance after a name, and those of a hearer or a time: "talked to
# reporters about", "spoke before the vote about")
_ABOUT_CIRCUMSTANCES: Final = CIRCUMSTANCE_PREPOSITIONS | frozenset("to before after from for".split())


def _about_after_circumstance(s: Sentence, k: int) -> int:
    """The "about" of "spoke" or "talked" that comes after circumstances from token ``k`` on:
    "talked to reporters about", "spoke at the White House on Tuesday about", "spoke Tuesday
    about"; -1 when a clause, a verb or punctuation comes first ("spoke to him. About ...",
    "talked to voters who care about")."""
    T, L = s.T, s.L
    if k >= s.hi or L[k] not in _ABOUT_CIRCUMSTANCES and L[k] not in DATE_NAMES:
        return -1
    for m in range(k + 1, min(s.hi, k + _ABOUT_REACH)):
        low = L[m]
        if low == "about":
            # but "spoke for about 30 minutes", "spoke to the crowd of about sixty people": "about"
            # before a number is "some"
            return -1 if about_a_count(s, m) else m
        if not T[m][0].isalnum() and T[m] != "-":
            return -1  # (a possessive stays inside its word's token: "talked to Trump's aides about")
        c = classes(low)
        if "clause" in c or "auxiliary" in c or low in FORMS or low in _BE or T[m].islower() and (low.endswith("ed") or low in PAST_VERBS):
            return -1  # "spoke in Ohio and then walked about the town"
    return -1


# verbs that make a demand out of the noun "call": "made a call for", "renewed its calls to"
_CALL_MAKERS: Final = frozenset(("make", "renew"))
_CALL_MODIFIERS: Final = 2  # words between the determiner and "call": "an impassioned", "renewed Republican"


def _call_made_end(s: Sentence, k: int) -> int:
    """The last word of a demand made with the noun "call" from ``k``, right after the verb, when
    "for" or an infinitive follows: "[made] an unprompted call" for, "[renew] its calls" for,
    "[renewed] Republican calls" for, "[made] a call to arms"; -1 otherwise ("made calls to
    committee members" is a telephone)."""
    T, L = s.T, s.L
    determined = k < s.hi and (L[k] in _CALL_DETERMINERS or _possessive(L[k]))
    k += determined
    start = k
    # (with no determiner, a capitalised modifier names the callers: "renewed Republican calls")
    while k < s.hi and k - start < _CALL_MODIFIERS and L[k] not in ("call", "calls") and T[k].replace("-", "").isalpha() and (
        T[k].islower() and L[k] not in CLASSES or determined and initial_upper(T[k])
    ):
        k += 1
    if k + 1 >= s.hi or L[k] not in ("call", "calls"):
        return -1
    # the cue ends on the noun, so that its content opens after "for" or at "to" as after "called"
    p = k + 1
    if L[p] == "for" or L[p] == "to" and p + 1 < s.hi and bare_verb(s, p + 1):
        return k
    return p + 1 if L[p] == "to" and p + 1 < s.hi and L[p + 1] == "arms" else -1


# adverbs not in -ly that may stand between a cue and its particle: "talked more about policy"
_BEFORE_A_PARTICLE: Final = frozenset("instead more again only often mostly also even still".split())


def _particle_end(L: list[str], k: int, n: int, choices: tuple[tuple[str, ...], ...]) -> int:
    """The last token of the particle that must follow a cue, starting at ``k``: any of its
    choices, each one word or several (``CueForm.particle_words``: "made clear" and "made it
    clear"); -1 when none follows."""
    for words in choices:
        if k + len(words) <= n and all(L[k + x] == w for x, w in enumerate(words)):
            return k + len(words) - 1
    return -1


# words between a copula and its adjective: "are now more convinced", "is so worried"
_DEGREE: Final = frozenset("more most less so very too quite ever even increasingly".split())
_COPULAS: Final = _BE | frozenset("am remain remains remained seem seems seemed appear appears appeared".split())
_BE_CLITICS: Final[tuple[str, ...]] = ("’re", "'re", "’m", "'m")
# "be" with its negation fused on: "Trump isn’t expected to attend" is a passive
_BE_NOT: Final = frozenset(f"{w}n{q}t" for w in ("is", "are", "was", "were") for q in ("'", "’"))
_PLACE_ADVERBS: Final = frozenset(("there", "here"))


def _believer_end(s: Sentence, i: int) -> int:
    """The last token of the subject of a predicate adjective at ``i`` ("Democrats are now more
    [convinced]", "they remain [hopeful]", "they’re [hopeful]": the clitic's word), or -1 when no
    copula comes before the adjective."""
    L = s.L
    first = s.first
    k = i - 1
    while k >= first and (L[k] in _DEGREE or is_adverbish(s, k) and L[k] not in _COPULAS):
        k -= 1
    if k < first:
        return -1
    if L[k] in _COPULAS:
        k -= 1
        while k >= first and is_adverbish(s, k):
            k -= 1  # "has been", "will be", "have also been"
        return k
    return k if L[k].endswith(_BE_CLITICS) else -1


# subjects that hold no belief before a predicate adjective: "It is certain that", "There is
# no doubt", "This is sure"
_NO_BELIEVER: Final = frozenset(("it", "there", "this", "what", "that"))


_IMPERATIVE_SOFTENERS: Final = frozenset(("just", "simply", "go", "please"))


def _verb_cue(s: Sentence, i: int, form: CueForm, past_adverb: bool = False) -> None:
    T, L = s.T, s.L
    text = s.text
    first = s.first
    n = s.hi
    quoted_verb = quoted_saying(s, i) if form.lemma == "quote" else -1
    quoting = quoted_verb > i
    if L[i] == "quotes" and not quoting:
        return  # "quotes" alone is more often a noun; "The piece quotes X saying" is the verb
    if initial_upper(T[i]) and i != first and not s.title_case() and not _capitalised_past(s, i):
        return  # "State Department", "Said Kakar" as a name
    if i == first and T[i] == "Said" and _opening_given_name(s, i):
        return  # "Said Ahmed, a fruit vendor, was among the injured": a name, not an inverted cue
    if i == first and T[i] == "Noted" and i + 1 < n and lower_open_word(s, i + 1):
        return  # "Noted alpinist Harriet Vance, 74, will open the festival": famous, not remarked on
    if form.lemma == "ask" and _question(s, i, first):
        return
    if i - 2 >= first and L[i - 1] == "not" and L[i].endswith("ed") and _noun_before_not(s, i - 2):
        # "Baggage not claimed within 90 days is sold", "crimes not reported to police": a negated
        # participle after its noun, no verb of the clause (which needs "has", "was" or "did")
        return
    if i == first + 1 and L[first] in _IMPERATIVE_SOFTENERS and L[i] == form.lemma and not s.title_case():
        return  # "Just ask former NFL star Herschel Walker.": an imperative, addressed to the reader
    cue_end = i
    if form.particle is not None:
        if form.particle == ":":
            # "X continued:" introduces a quotation; '“...,” the lawsuit continued.' ends one; so does
            # '“...,” he continued, “...”', and 'He continued, “...”' opens one
            if i + 1 >= n or T[i + 1] != ":" and not (
                T[i + 1] in TERMINATORS and _quote_before(s, i) or T[i + 1] == "," and _quote_closes_subject(s, i)
                or T[i + 1] == "," and i + 2 < n and T[i + 2] in OPENING_DOUBLE_QUOTES
            ):
                if not (form.lemma == "read" and _reads_a_quotation(s, i)):
                    return
        else:
            cue_end = i + 1
            if cue_end + 1 < n and (L[cue_end].endswith("ly") or L[cue_end] in _BEFORE_A_PARTICLE):
                cue_end += 1  # "spoke favorably of", "spoke briefly about", "spoke instead about"
            end = _particle_end(L, cue_end, n, form.particle_words)
            if end < 0 and ("about",) in form.particle_words:
                end = _about_after_circumstance(s, cue_end)  # "talked to reporters about"
            if end < 0 and form.lemma in _CALL_MAKERS:
                end = _call_made_end(s, i + 1)  # "made an impassioned call for", "renewed its calls to"
            if end < 0:
                return  # "point out", "pointed to", "referring to"
            if L[end] == "that" and _demonstrative_that(s, end):
                return  # "accepted that offer", "gathered that information."
            cue_end = end
    if form.quoted and not (after_quoted_words(s, i) or _credits_quotation(s, i - 1)):
        return  # "pleaded guilty", "pleaded with voters": a plea; '“...,” pleaded Nadia Ferris' speaks
    if form.words_object and not _hands_over_words(s, cue_end + 1):
        return  # "offered a job", "offered to help", "programs offered by": a gift, an act; "offered his thoughts" speaks
    if form.lemma == "mention" and L[i] == "mention" and i - 1 > first and L[i - 1] in _SCANT:
        # "his speech carried little mention of them", "It makes no mention of Clinton": a scant
        # mention is the noun of the clause whose subject made it
        participle(s, i, cue_end, make_span(s.S[i], s.E[i]), form, i - 1)
        return
    if not quoting and (_noun_use(s, i, form) or modifier_use(s, i, cue_end, form) or not_a_statement(s, i, cue_end, form)):
        return
    if L[i].endswith("ing") and _ing_adjective(s, i):
        return  # "the results were promising.", "a very encouraging sign": an adjective, not a telling
    if i - 1 >= s.lo and L[i - 1] in _BEFORE_A_BARE_VERB and (
        L[i] == "found" or L[i - 1] != "to" and i - 1 >= first and initial_lower(T[i]) and L[i] == form.lemma
    ):
        # "who helped found EDGE", "decided to found Centerview": founding, not finding; "will help
        # determine who succeeds him", "the chance to help defend": a share in an act (but a past
        # tense has its own subject: "A woman who tried to help said")
        return
    if L[i] == "told" and i - 1 >= s.first and L[i - 1] == "all" and (i + 1 >= n or T[i + 1] in _ALL_TOLD_ENDS) and (
        i - 1 == s.first or T[i - 2] == ","
    ):
        # "All told, 40 people were hurt", "The dead, all told, numbered 200", "took four hours,
        # all told.": in all, not a telling
        return
    if form.lemma == "put":
        cue_end = _put_into_words_end(s, cue_end)
        if cue_end < 0:
            return  # "as one survivor put it," is saying; "put it into play" is an act
    if form.infinitive and cue_end + 2 < n and _vote_tally(T[cue_end + 1]):
        cue_end += 1  # "The Supreme Court ruled 6-3 on Thursday that": the vote goes with the ruling
    nx = cue_end + 1 if cue_end + 1 < n else -1
    nl = L[nx] if nx >= 0 else ""
    if nx >= 0 and form.particle is None and nl in _STRANDED and (nx + 1 >= n or T[nx + 1] in ".;!?" or T[nx + 1] == "," and nl != "to"):
        # "everyone they don't agree with,", "the man he spoke to.": a relative clause's stranded
        # preposition (not an adverb: "As I mentioned above,"; not "agreed to, not take over")
        return
    if nx == i + 1 and not form.noun and L[i].endswith("s") and initial_lower(T[i]) and _bare_or_past_cue(nl):
        return  # "Ticket touts said prices had doubled": a plural noun, the subject of the cue after it
    if form.lemma == "assume" and _object_among(s, cue_end + 1, _ASSUMED_CHARGES, 2):
        return  # "assumed office", "assume the spousal role": a charge taken on, not a belief
    if form.lemma == "add" and (_added_to_something(s, cue_end + 1) or _thing_added(s, i, cue_end + 1)):
        # "added the IBF strap to the WBA title he won", "add a new title to his resume": a thing
        # put with another; "added a second consultation room in 2019": a thing built or bought
        return
    if form.lemma == "claim" and (
        nl in _RESPONSIBILITY or nl == "back" or _claims_an_act(s, cue_end + 1) or _event_before(s, i, first) or _claimed_as_own(s, cue_end + 1)
        or _collected_from(s, cue_end + 1)
        or nl == "on" and _object_among(s, nx + 1, _COVER, 2) or _gain_claimed_by(s, i, first)
    ):
        # claiming an attack, or a blast claiming lives, is an act, not a sourced statement, and so
        # is taking a thing for one's own ("claimed the radiator as its own")
        return
    if form.lemma == "label" and (nl == "for" or nl == "with"):
        return  # "bundled and labelled for delivery", "jars labelled with a use-by date": a tag put on, no one named
    if form.lemma == "label" and L[i].endswith("ed") and _thing_labelled(s, i, first):
        return  # "denied entry to a crate of umbrella stands labelled as furniture": the crate bears the label
    if form.lemma == "quote" and nl in _A_OR_AN and _object_among(s, nx, _QUOTED_PRICES, 1):
        return  # "The agency quoted a rate of £48 an hour", "quoted a fixed price": a price offered, no one's words
    if form.lemma == "threaten" and _threatens_a_thing(s, cue_end + 1) and not _people_before_threat(s, i, first):
        # "Rising seas threaten the foundations", "it threatens the extensive work": a thing's
        # danger to a thing, not a threat made in words (which says what will be done: "threatened
        # to sue", "threatened that ..."; a passive's "by" is left alone, as its agent may be people)
        return
    if (form.lemma == "threaten" or form.lemma == "promise" or form.lemma in _HERALDING and (nl in _ARTICLES_AND_OWNERS or "determiner" in classes(nl))) and (
        _event_before(s, i, first)
    ):
        # "Rain threatened to delay the harvest", "The fire threatened homes", "The cloudless sky
        # promised another scorching day", "A cloud of pale dust announced each new cut": a danger
        # or a sign, no one's words
        return
    if form.lemma == "declare" and (
        (nl == "on" or nl == "at") and nx + 1 < n and T[nx + 1][0].isdigit() or nl == "overnight" or _declared_open(s, cue_end + 1)
        or _declared_thing(s, cue_end + 1)
    ):
        return  # "declared on 412 for seven", "declared overnight", "declared the new wing open", "declared a dividend": acts
    if form.lemma == "confirm" and nl != "that" and _after_senate(s, i, first):
        return  # "The Senate confirmed the new ambassador": a vote, not a statement (but "confirmed that")
    if form.lemma == "call" and nl == "it" and nx + 2 < n and (L[nx + 1] == "quits" or L[nx + 1] == "a" and L[nx + 2] in ("day", "night")):
        return  # "Traders called it a day", "called it a night": stopping, not naming
    if L[i] == "warning" and nl == "for" and nx + 1 < n and L[nx + 1].endswith("ing") and i - 2 >= first and L[i - 2] in _A_OR_AN:
        return  # "gave Costa a time warning for taking too long": a caution for a fault, nothing told
    if L[i] == "warning" and i - 1 >= first and L[i - 1] in _ALERT_KINDS and (
        nl == "for" or i - 2 >= first and L[i - 2] in ARTICLES and nl != "that" and nl != ":"
    ):
        # "issued an amber warning for wind", "a flood warning for the Severn", "ignored the
        # weather warning and carried on": an alert in force, nothing told (but "issued a flood
        # warning that rivers would burst" says what it warned of)
        return
    if L[i] == "warning" and nl in _WARNING_THINGS or L[i] == "reporting" and nl in _REPORTING_THINGS:
        # "warning lights showed", "the warning signs were there", "passed the Bravo reporting
        # point": a kind of thing, not a warning given or news reported
        return
    if form.lemma == "tell" and _told_nothing(s, i, cue_end, nx, first):
        return  # a scolding, a toll taken, telling apart or telling the time: nothing told
    if form.lemma == "feel" and (
        nl in POSSESSIVE_PRONOUNS and nx + 1 < n and L[nx + 1] == "way" or _force_undergone(s, cue_end + 1) or _motion_perceived(s, cue_end + 1)
        or _felt_in_the_body(s, cue_end + 1)
    ):
        # "as they felt their way in", "felt the impact of the rail strike", "felt the old canvas
        # give", "felt every one of the 14 contests in their legs": undergone or perceived, not believed
        return
    if L[i] == "found" and nl == "by" and i - 1 >= first and L[i - 1] in _BE and _word_in_clause(s, nx + 1, _FOUND_BY_REACH, "to") < 0 and (
        not _that_within(s, nx + 1, _FOUND_BY_REACH)
    ):
        return  # "the graffiti, which was found by a guide on the first tour": a thing come upon (not "found by the panel to be")
    if form.lemma == "reveal" and _uncovered_beneath(s, cue_end + 1):
        return  # "revealing three earlier coats of straw beneath it": a thing uncovered, not a fact made known
    if form.lemma == "shoot" and nl in _SHOT_BACK_INTO:
        return  # "She shot back into contention", "shot back up the leaderboard": a return, no retort
    if form.lemma == "pledge" and _pledged_as_security(s, cue_end + 1):
        return  # "pledged his Mauritius holding as security for a bank loan": a thing put up, no promise
    if form.lemma == "learn" and _skill_learned(s, cue_end + 1):
        # "The bricklayers learnt their trade", "learnt the lyrics phonetically", "learned his trade
        # repairing bridges": a skill, not news
        return
    if form.lemma == "learn" and nl == "to" and not (i - 1 >= first and L[i - 1] in _BE):
        return  # "Recruits learned to strip a rifle": a skill, not news ("is learnt to have recruited" is hearsay)
    if form.lemma in ("announce", "signal") and nl in _OWNERS and nx + 1 < n and L[nx + 1] in _ARRIVALS:
        return  # "The militia announced its arrival with a volley of gunfire": a coming made known by an act
    if form.lemma == "recognize" and _person_known(s, cue_end + 1) and not after_quoted_words(s, i):
        # "no other passenger recognized the Cabinet member", "The Speaker recognized the
        # gentlewoman from Ohio", "recognizes him as the nominee": knowing someone, or giving them
        # the floor, not a view held
        return
    if form.lemma == "answer" and (nl == "to" or nl in ("only", "directly") and nx + 1 < n and L[nx + 1] == "to"):
        return  # "the regulator will answer to a committee", "answered to the name of": accountable, not answering
    if (form.lemma == "signal" or form.lemma == "indicate") and nl in _DIRECTIONS:
        return  # "The cyclist signalled left", "indicated right": a driver's signal
    if form.lemma == "signal" and nl == "for" and nx + 2 < n and L[nx + 1] in ("a", "an") and L[nx + 2] not in _SPANS_SIGNALLED_FOR:
        return  # "The vet signalled for a trot-up": a gesture that asks for something (not "for a second time")
    if form.lemma == "confirm" and ((nl in _OWNERS or nl in _OBJECT_PRONOUNS or initial_upper(T[nx]) and nl.endswith(POSSESSIVE_ENDINGS)) and (
        _confirmed_standing(s, nx + 1)
    ) or _name_confirmed_in_role(s, cue_end + 1)):
        # "confirmed its place in the final", "confirmed her as the youngest champion", "The deal
        # confirmed Norrvik's place as Europe's largest chipmaker", "The board confirmed Moravec as
        # captain": a result or an appointment, not a statement
        return
    if form.lemma == "voice" and not _object_among(s, cue_end + 1, _VOICED_VIEWS, 2):
        return  # "voiced concern that", "voiced support for"; not "voiced the villain", "voiced the chords"
    if form.lemma == "reveal" and (_uncovered_by_hand(s, i, first, nx) or nl != "that" and _event_before(s, i, first)):
        # "Lifting the carpet revealed a false floor", "The drought revealed the ruins of a
        # drowned village": a thing uncovered or laid bare, not news told
        return
    if form.lemma == "question" and L[i] != "questions" and _people_questioned(s, cue_end + 1):
        # "Officers questioned the crew for six hours": an interview, not a doubt (but, like
        # "asked", "questioned him about the money" stays a cue)
        return
    if form.lemma == "signal" and (
        nl == "and" or _signalled_by_hand(s, cue_end + 1) or nl == "to" and _beckoned_to_act(s, nx + 1) or _bidden_to_act(s, cue_end + 1)
        or _by_a_deed(s, cue_end + 1) or _guided_on(s, cue_end + 1)
    ):
        # "The driver signalled and pulled in", "signalled to a waiting boat with torches",
        # "signalled to the vet to pull into the yard", "signalled the pilot to shut down his
        # engines", "signalled the timber lorry back into the loading bay": a sign made, no words
        return
    if form.lemma == "acknowledge" and (_gesture_after(s, cue_end + 1) or _whole_object_among(s, cue_end + 1, _AUDIENCES, 1)):
        # "acknowledged the crowd with a wave", "acknowledged the applause": a greeting, not an admission
        return
    if form.lemma == "hear" and (_whole_object_among(s, cue_end + 1, _HEARD_CASES, 2) or (
        nl == "from" or nl == "evidence" and nx + 1 < n and L[nx + 1] == "from"  # "will hear evidence from drivers next week"
    ) and not _that_within(s, nx, _THAT_REACH)):
        # "The jury heard the case over six weeks", "The tribunal heard from 41 witnesses": a
        # trial sat or a hearing held, no evidence credited
        return
    if form.lemma == "think" and nl == "nothing" and nx + 1 < n and L[nx + 1] == "of":
        return  # "The surgeon thinks nothing of operating for 12 hours": ease, not a belief
    if form.lemma == "argue" and (nl == "with" or nl == "over") and _quarrel(s, nx + 1):
        return  # "argued with the referee", "argued over the funeral": a quarrel, with nothing said in it
    if form.lemma == "argue" and _case_argued(s, cue_end + 1):
        return  # "argued the case before the supreme court": advocacy in court, not a statement
    if form.lemma == "admit" and (
        nl in _OWNERS and nx + 1 < n and L[nx + 1] == "first" and not _finite_within(s, nx + 3, 3) or _people_let_in(s, cue_end + 1 + (nl == "only")) and not after_quoted_words(s, i)
        or nl == "free" and _object_ends_before(s, nx + 1)
    ):
        # "The college admitted its first women students" (not "admitted his first attempt
        # failed", a confession), "admitted women as members", "admits only business-class
        # passengers", "admitted a trainee pilot to the flight deck", "buyers admitted free after
        # 8am": letting people in
        return
    if form.lemma == "admit" and (_admitted_as_evidence(s, cue_end + 1) or _word_after_short_object(s, cue_end + 1, "into", True, _LET_IN_REACH) >= 0 or (
        nx + 1 < n and L[nx + 1] in _INTO_WORDS and T[nx].isalpha() and initial_lower(T[nx]) and classes(nl) <= ORG_WORD_ONLY
    )):
        # "The court admitted the chat logs as evidence", "keepers admitted the young female into
        # the main wolf pack", "The top gates admitted a steady trickle of water into the
        # chamber", "admitted water into", "no longer admits flowers onto its wards": let in, not
        # confessed
        return
    if form.lemma == "agree" and (_whole_object_among(s, cue_end + 1, _AGREED_THINGS, 2) or _deal_for(s, cue_end + 1)):
        return  # "The two trusts agreed a merger in principle": a bargain struck, not a view shared
    if nl == "to" and nx + 1 < n and L[nx + 1] in _ARTICLES_AND_OWNERS and _after_plural_possessive(s, i, first):
        return  # "The Garsides' claim to the strip of land ran to 40 pages": what they own, a noun
    if form.lemma == "assure" and nl in _REFLEXIVES:
        return  # "The Chilean assured himself of a seeding with the win": made sure of it, told no one
    if form.lemma == "agree" and nl == "to" and nx + 1 < n and L[nx + 1] == "within":
        return  # "The two sets of measurements agreed to within a centimetre": matched, no one agreed
    if form.lemma == "announce" and _subject_head_among(s, i, first, _SOUNDS):
        return  # "A clatter of empty bins announced the first trailer", "The whistle announced half-time": a sound, no words
    if form.lemma == "announce" and nl in _REFLEXIVES:
        return  # "announced himself with a hat-trick": made his name, said nothing
    if form.lemma == "add" and _added_to(s, cue_end + 1):
        return  # "Engineers added chlorine to the reservoir", "adds another magic number to the mix": put in, not said
    if form.lemma in _EARNING_VERBS and _amount_object(s, cue_end + 1):
        return  # "The sale realised £14.3m against an estimate of £9m": money raised, not a thing understood
    if form.lemma == "think" and nl == "for" and _span_of_time(s, nx + 1):
        return  # "She thought for 47 minutes before playing", "thought for a moment and said": time spent thinking, nothing thought
    if form.lemma == "call" and nl == "on" and _visit(s, nx + 1):
        return  # "The sales team called on buyers in Milan": a visit, with no one called on to do anything
    if form.lemma == "conclude" and _ended(s, i, cue_end, first):
        return  # "The hearing concluded shortly after 5pm", "the panel concluded its sittings": an end, not a finding
    if form.lemma == "deny" and _denied_thing(s, cue_end + 1):
        return  # "denied bail", "denied guests access to the beach", "denied himself food": withheld, not disputed
    if form.lemma == "report" and _reported_out(s, cue_end + 1):
        return  # "The committee reported the bill out", "reported out the measure 21-19": a bill sent to the floor
    if form.lemma == "mention" and nl == "in" and nx + 1 < n and L[nx + 1] == "dispatches":
        return  # "The battalion was mentioned in dispatches": an honour, not a remark
    if form.lemma == "call" and nl != "on" and _called_back(s, cue_end + 1):
        return  # "called the cast back for a final run-through", "called her back": a summons or a call returned
    if form.lemma == "report" and nl in _UNWELL:
        return  # "reported sick on the night": off work, not telling
    if form.lemma == "report" and (L[i] == "reports" and i - 1 >= first and L[i - 1] == "who" and nl == "to" or nl == "directly" and nx + 1 < n and L[nx + 1] == "to") and (
        not _that_within(s, cue_end + 1, _REPORTING_LINE_REACH)
    ):
        # "Ann Kerr, who reports to the chief executive, joined", "She reports directly to the
        # humanitarian coordinator", "The new chief executive reported directly to the committee": a
        # reporting line, not a report
        return
    if form.lemma == "report" and nl == "back" and nx + 1 < n and (L[nx + 1] == "for" and not _that_within(s, nx + 2, 8) or L[nx + 1] in ("for", "to") and _object_among(s, nx + 2, _REPORTED_TO, 2)):
        return  # "reported back for the new term", "reported back for Sunday service ringing", "reported back to work"
    if form.lemma == "report" and nl in ("for", "to") and _turned_up_at(s, nx + 1):
        return  # "reported for duty", "reported to the training camp": turning up, not telling
    if form.lemma == "report" and nl in ("to", "at") and _reported_in_person(s, nx) and not _closes_a_statement(s, i, nx):
        return  # "Pickers reported to the packing shed at dawn", "reported at the bureau's office": turning up
    if form.lemma == "maintain" and _kept_not_held(s, i, cue_end + 1):
        return  # "Engineers maintained the airline's fleet", "maintained production": kept going, not a position held
    if form.lemma == "expect" and _whole_object_among(s, cue_end + 1, _BIRTHS, 2):
        return  # "The actress is expecting her second child": a birth, not a belief
    if form.lemma == "concede" and (_score_conceded(s, cue_end + 1) or _conceded_in_play(s, nx)):
        # "conceded four goals in the charity match", "conceded twice", "conceded 10lb to the
        # field", "conceded in stoppage time": scored against, not granted in words
        return
    if form.lemma == "observe" and _observance_kept(s, cue_end + 1):
        return  # "observed a minute's silence", "observed a shutter-down strike": kept, not remarked on
    if form.lemma in _RITE_VERBS and _rite_said(s, nx):
        return  # "The bishop said Mass", "said grace before lunch": a rite, not a statement
    if form.lemma == "preach" and nl in _PULPITS and not any(L[x] in RELATIVES for x in range(max(first, i - 3), i)):
        # "The bishop preached at the Easter vigil", "has preached from the same pulpit": a
        # sermon given, with nothing said in it (but "a message which he preaches at festivals")
        return
    if form.lemma == "confess" and _sins_confessed(s, cue_end + 1):
        return  # "Catholics confess their sins to a priest": a sacrament, whoever hears it
    if form.lemma in _REPLYING and (nl == "with" and _object_among(s, nx + 1, _PLAYED_REPLIES, 2) or _played_reply_after(s, nx)):
        # "The Dane answered with an attack of his own", "replied with a burst of speed", "answered
        # the teenager's challenge with a 6-1 opening set": a move in play
        return
    if form.lemma == "tell" and nl == "no" and nx + 1 < n and L[nx + 1] == "tales":
        return  # "Escaped Tortoise Tells No Tales", "dead men tell no tales": an idiom, nothing told
    if form.lemma == "answer" and _object_among(s, cue_end + 1, _ANSWERED_THINGS, 2):
        return  # "answered the door", "answered the call to serve": an act, not words
    if form.lemma == "answer" and _word_in_clause(s, cue_end + 1, _MARKED_ANSWER_REACH, "correctly") > cue_end + 1:
        return  # "answered 38 of the 40 questions correctly": a quiz or a test marked, not words
    if form.lemma == "signal" and (
        nx + 2 < n and L[nx + 1] in _SIDES and L[nx + 2] == "turn" or _object_among(s, cue_end + 1, _SIGNALLED_CALLS, 2)
        or nx + 3 < n and L[nx + 1] == "turn" and L[nx + 2] == "to" and L[nx + 3] in _HEADINGS
    ):
        # "The falconer signalled a left turn", "The referee signalled a delayed penalty",
        # "signalled a turn to starboard": a driver's indicator or an official's call, not a message
        return
    if form.lemma == "describe" and _shape_traced(s, cue_end + 1):
        return  # "The red kite described lazy circles over the valley": a path traced, not an account
    if nl in _OWNERS and nx + 2 < n and L[nx + 1] == "way" and L[nx + 2] in _WAY_PARTICLES:
        return  # "argued its way into the final", "talked his way out of trouble": a way made, not a statement
    if form.lemma == "report" and nl == "for" and _outlet_after_for(s, nx + 1):
        return  # "reporting for Western Journalism", "He reported for the Kettleby Gazette": working for it
    if form.lemma == "charge" and L[i].endswith("ing") and i - 1 >= first and L[i - 1] in _WHILE_WORDS and (nx < 0 or not T[nx][0].isalnum()):
        return  # "caught fire while charging.": taking power, with nothing charged against anyone
    if form.lemma == "charge" and (
        nl in _CHARGED_THROUGH or _price_within(s, cue_end + 1) or _whole_object_among(s, cue_end + 1, _PRICES, 2)
        or _device_charged(s, cue_end + 1) or _ran_at(s, cue_end + 1)
        or nl == "overnight" and _word_in_clause(s, nx + 1, _DEVICE_REACH, "with") < 0
    ):
        # "charged a $100,000 initiation fee", "charged no fee", "charged each family $3,000",
        # "charged into the fray", "charged the hose line", "charged the batteries overnight", cars
        # "charged overnight on chargers" (but "charged the phone thief with robbery" and "was
        # charged overnight with murder" are accusations)
        return
    if form.lemma == "confirm" and nl == "by" and _person_confirmed(s, i, nx):
        return  # "Three young ringers were confirmed by the bishop", "nominated by Obama and confirmed by the Senate"
    if form.lemma == "dismiss" and (_object_among(s, cue_end + 1, _DISMISSED_THINGS, 2) or nl == "by" and _passive_subject_among(s, i, _DISMISSED_THINGS)):
        # "The court dismissed the case", "dismissed the jury", "The Flyers' complaint over the
        # officiating was dismissed by the league": a ruling or a sending away
        return
    if form.lemma == "note" and (nl == "for" and nx + 1 < n and L[nx + 1] in _OWNERS or _noted_down(s, cue_end + 1)):
        # "Shipowners noted for their caution": known for; "The guards noted each visitor's ID
        # number in a ledger": written down; neither remarked on
        return
    if (form.lemma == "quote" or form.lemma == "ask" or form.lemma == "write") and nx >= 0 and T[nx] in CURRENCY_MARKS:
        # "The builder quoted £18,000 for a new roof", "asked £1,450 a month": a price, not words;
        # "The underwriter wrote £40m of marine business": insurance sold
        return
    if form.lemma == "quote" and _object_among(s, cue_end + 1, _PRICES, 2):
        return  # "The guide quoted a price of £1,200 for the traverse": a price offered, not words repeated
    if form.lemma == "understand" and _languages_at(s, cue_end + 1):
        return  # "The guide understood German, French and just enough Italian": a skill, not a belief
    if form.lemma == "echo" and nl in _SOUNDING_THROUGH:
        return  # "Gunfire echoed across the square": a sound, not someone's words repeated
    if L[i].endswith("s") and _counted_before(s, i, first):
        return  # "has notched up more than 300 finds": a plural noun after a count, not a verb
    if form.lemma == "write" and (nl in _WRITING_PARTICLES or _object_among(s, cue_end + 1 + (nl in _REFUSED_PRONOUNS), _WRITTEN_THINGS, 2)):
        # "wrote off his car", "wrote down the value of the bonds", "wrote a check for the full
        # amount", "wrote out the wine list by hand", "spent the spring writing up her results"
        return
    if form.lemma == "write" and nl == "under" and _object_among(s, nx + 1, _PEN_NAMES, 1):
        return  # "The puzzle's setter, writing under the name Corvid,": a byline, not a statement
    if form.lemma == "write" and _book_written(s, cue_end + 1):
        # "wrote a book that inspired the documentary", "helped him write a book, “Who's Who in
        # the CIA,”": a work made (not "has written a book in which he exposes", a source cited)
        return
    if form.lemma == "write" and nx >= 0 and (T[nx][0].isdigit() or nl in CARDINALS) and nx + 1 < n and L[nx + 1] in _AUTHORED_WORKS:
        return  # "has written three books about the ice sheet": an author's works counted
    if form.lemma == "write" and (nl == "and" and nx + 1 < n and L[nx + 1] in _MAKING_A_WORK or nl == "by" and _work_before(s, i, first)):
        # "wrote and directed the short": making a work; "The score was written by Hrefna
        # Dagsdottir", "The screenplay, written by twin brothers": a work's author, not a source
        return
    if form.lemma == "show" and _shown_how(s, cue_end + 1):
        return  # "showed the clients how to clip into the line": teaching, not a finding
    if form.lemma == "show" and (_whole_object_among(s, cue_end + 1, _SCREENED_THINGS, 2) or nl == "and" and nx + 1 < n and L[nx + 1] == "tell"):
        # "The festival will show 32 films over four nights": a screening, not a finding; "show and
        # tell": a class's game
        return
    if form.lemma == "see" and _whole_object_among(s, cue_end + 1, _SCREENED_THINGS, 2) and _word_in_clause(s, cue_end + 1, _SEEN_AS_REACH, "as") < 0:
        # "children under 12 may see the film if accompanied by an adult": watching, not a view
        # (but "Critics see the film as a triumph" is one)
        return
    if form.lemma == "tell" and i - 2 >= first and L[i - 1] == "and" and L[i - 2] == "show":
        return  # "brought in their teddies for show and tell"
    if form.lemma == "call" and nl == "for" and (_requiring_before(s, i, first) or _help_summoned(s, nx + 1) or _whole_object_among(s, nx + 1, _CALLED_TO_THE_FIELD, 2)):
        # "The role called for a year of weight training": what a thing needs, no one's call; "called
        # for help when the patient collapsed", "called for an ambulance", "called for the heavy
        # roller": help or gear summoned
        return
    if form.lemma == "post" and (
        _object_among(s, cue_end + 1, _POSTED_THINGS, 2) or nx >= 0 and T[_past_approximation(s, nx)][0].isdigit() or _score_posted(s, cue_end + 1)
        or _mailed_to_someone(s, cue_end + 1) or _superlative_result(s, nl, nx)
        # people counted in words, placed somewhere: "posted two members at the entrance", "posted
        # three engineers to its new depot"
        or nl in _WORD_COUNTS and nx + 2 < n and people_plural(L[nx + 1]) and (
            L[nx + 2] in _STATIONED_AT or L[nx + 2] == "to" and _stationed_at(s, nx + 3)
        )
    ):
        # "posted bail", "posted a 12-4 record", "posted officers at every exit", "posted 312 for
        # eight", "posted more than 900 hampers", "posted a four-under 68", "posted the vase to a
        # buyer in Ohio", "posted the fastest clear round of the day"
        return
    if form.lemma == "post" and (_delivered_by_hand(s, cue_end + 1) or _put_up_at_every(s, cue_end + 1)):
        # "posted raffle tickets through every letterbox on the estate": a delivery, not a message;
        # "posted the new timetables at every stop": notices put up
        return
    if form.lemma == "post" and nl == "at" and i - 1 >= first and L[i - 1] in PERSON_NOUNS and (
        _main_verb_follows(s, i + 1, 8, True) or _past_verb_follows(s, i + 2, 8)
    ):
        # "The ranger posted at the northern gate has served there for 11 years": one person
        # stationed somewhere, before the clause's verb (plural people are read the same way below)
        return
    if form.lemma == "believe" and _object_among(s, cue_end + 1, _SENSES, 0):
        return  # "could hardly believe their eyes": astonishment, not a belief
    if form.lemma == "find" and (nl == "favour" or nl == "favor"):
        return  # "The survey found favour with ministers": approval won, not a finding
    if form.lemma == "find" and _ease_of_doing_at(s, nx):
        return  # "a cost that small nurseries find hard to absorb", "found it difficult to sleep": no finding
    if form.lemma == "view" and _looked_at(s, cue_end + 1):
        return  # "The couple viewed the flat on Tuesday", "viewed the footage": looking, not a view
    if form.lemma == "admit" and nl == "to" and _admitted_into(s, nx + 1):
        return  # "was admitted to hospital", "admitted to intensive care", "admitted to the coat-making course"
    if form.lemma == "warn" and (nl in _AWAY or _told_off(s, cue_end + 1, True) or _cautioned_for(s, cue_end + 1) or (
        i - 1 >= first and L[i - 1] in _BE and (nl == "by" and _cautioned_for(s, nx + 1) or nl == "for" and nx + 1 < n and _fault_at(s, nx + 1))
    )):
        # "warned off two fishing boats", "warned the latecomers off with a look": driving away;
        # "The umpire warned the crew for steering", "were warned by the show manager for using
        # excessive bait", "was warned for time-wasting": a caution for a fault; nothing told
        return
    if form.lemma in _COUNTED_OBJECTS and nx >= 0 and (_count_at(s, nx) or nl == "all" and _count_at(s, nx + 1) and not (
        nx + 2 < n and L[nx + 2] == "of" and not (nx + 3 < n and L[nx + 3] == "its")
    )) and not after_quoted_words(s, i):
        # "recalled 80,000 pickup trucks", "recalled two million teething rings", "recalled all 40
        # prints", "recalled all 40 of its older ambulances": a product recall; "The party admitted
        # 2,000 new members": letting people in (but '“...,” recalled two people familiar with the
        # matter' are its speakers, and "recalled all three of her visits" is a memory)
        return
    if nx >= 0 and (form.lemma == "add" and (T[nx] in CURRENCY_MARKS or nl in ("a", "an") and nx + 1 < n and T[nx + 1] in CURRENCY_MARKS and _amount_object(s, nx + 1)) or form.lemma == "declare" and (T[nx][0].isdigit() or T[nx] in CURRENCY_MARKS or nl in CARDINALS)) and not (
        i - 1 >= first and T[i - 1] == "," or after_quoted_words(s, i)
    ):
        # "added £2m to the hardship fund", "added a £2,000 fine", "Trainers declared 34 runners":
        # an amount, not words
        # (but "He added 20 people had died" says something)
        return
    if form.lemma == "recall" and ((nl in _ARTICLES_AND_OWNERS or nl in _OBJECT_COUNTS) and _called_back_object(s, cue_end + 1) or (
        nl in _RECALLED_PEOPLE and initial_lower(T[nx]) and nx + 1 < n and initial_upper(T[nx + 1]) and T[nx + 1].isalpha()
    )):
        # "The militia recalled its fighters", "recalled the ambassador for consultations",
        # "recalled both crews after a false start", "had recalled every bottle", "The Flyers
        # recalled goaltender Mikko Raatikainen from their affiliate"
        return
    if form.lemma == "caution" and i - 1 >= first and L[i - 1] in _BE and nl == "by" and _caution_given(s, nx + 1):
        return  # "was cautioned by police after she was seen taking flowers": a formal caution for an offence
    if L[i] == "reported" and nl in _REPORTED_STATES and not (i - 1 >= first and L[i - 1] in _BE) and not (
        nx + 1 < n and lower_open_word(s, nx + 1)
    ):
        # "The number of dogs reported stolen in the county fell": what was reported so, a reduced
        # passive, not who reported it ("were reported stolen" stays an agentless passive, and
        # "reported missing pets" has an object)
        return
    if form.lemma == "recall" and _goods_recalled_over(s, cue_end + 1):
        return  # "Nursery Recalls Lily Bulbs Over Virus Fears": goods called back from sale, no memory
    if form.lemma == "recall" and nl != "that" and _passive_subject_among(s, i, _RECALLED_PEOPLE):
        return  # "The whole pelagic fleet was recalled to port": called back, not remembered
    if form.lemma == "recall" and _animal_called_back(s, cue_end + 1):
        return  # "recalled the terrier with a whistle": a dog called to heel, no memory told
    if form.lemma == "recall" and nl == "to" and _object_among(s, nx + 1, _REPORTED_TO, 2):
        return  # "was recalled to active duty": called back, not remembered
    if nx >= 0 and nx + 2 < n and L[nx + 1] == "by" and L[nx + 2] == nl and T[nx].isalpha():
        return  # "packed floor to ceiling and labelled room by room": one thing after another, no words
    if L[i] == "explained" and nl == "in" and i - 1 >= first and initial_lower(T[i - 1]) and L[i - 1] not in NOUNS and (
        L[i - 1] not in SUBJECT_PRONOUNS and _explainer_heading(s, nx + 1)
    ):
        # "Sugar tax explained in five charts": a heading over a piece, no one explaining (not "The
        # minister explained in two sentences.")
        return
    if form.lemma == "recall" and (_people_called_back(s, cue_end + 1) or _called_back_from_absence(s, cue_end + 1)):
        return  # "recalled its two summer bailiffs from the upper beats": called back from a post
    if form.lemma == "post" and nl == "to" and _stationed_at(s, nx + 1):
        return  # "The gritter posted to the Hexley depot this winter": stationed there
    if form.lemma == "post" and _sent_by_post(s, cue_end + 1):
        return  # "posted the hard drives to every participating cinema by special delivery": a parcel
    if form.lemma == "observe" and _word_after_short_object(s, cue_end + 1, "through", False) >= 0:
        return  # "observed the balance through a loupe": watched, not remarked on
    if form.lemma == "write" and (nl in _REFLEXIVES and nx + 1 < n and L[nx + 1] == "into" or _written_on_a_surface(s, cue_end + 1)):
        # "wrote himself into Polish boxing history": an idiom for a deed; "wrote the game plan on
        # a whiteboard": writing down, not a message to anyone
        return
    if form.lemma == "repeat" and _whole_object_among(s, cue_end + 1, _REPEATED_ACTS, 2):
        return  # "The apprentice repeated the exercise until the stem came out straight": done again, not said
    if form.lemma == "point" and L[cue_end] == "to" and (_whole_object_among(s, cue_end + 1, _GESTURED_AT, 1) or _pointed_with(s, cue_end + 1)):
        # "She pointed to the sky as she crossed the line", "pointed to the cornice with her ski
        # pole": a gesture, not an argument
        return
    if form.lemma == "echo" and _whole_object_among(s, cue_end + 1, _REPEATED_ACTS, 2):
        return  # "Ferris echoed his 2019 win with another victory": a deed matched, not words repeated
    if form.lemma == "answer" and (
        nl == "with" and nx + 1 < n and (T[nx + 1][0].isdigit() or L[nx + 1] in CARDINALS) or _answered_by_doing(s, cue_end + 1)
    ):
        # "answered with three straight birdies", "The resort answered the snow drought by running
        # its cannons", "answered her critics with a commanding win": a reply in play or in deeds
        return
    if form.lemma == "report" and nl == "for" and i - 1 >= first and L[i - 1] in _BE_FORMS:
        return  # "The off-spinner was reported for a suspect action": complained of, not told about
    if (form.lemma == "slam" or form.lemma == "blast") and _thing_driven(s, cue_end + 1):
        # "slammed his stick against the crossbar", "blasted a one-timer past the goalie": a
        # blow or a shot, not words
        return
    if form.lemma == "call" and (_called_over(s, cue_end + 1) or _summoned_to(s, cue_end + 1)):
        # "called her caddie over to check the line", "called her goaltender to the bench": a
        # summons, no words given
        return
    if form.lemma == "defend" and _whole_object_among(s, cue_end + 1, _DEFENDED_TITLES, 2) and _word_in_clause(s, cue_end + 1, _SHORT_OBJECT + 2, "as") < 0:
        # "Thornlea will defend their title at the Yorkshire area": a contest, not an argument (but
        # "defended the title as fair" argues)
        return
    if form.lemma == "hail" and (_whole_object_among(s, cue_end + 1, _HAILED_RIDES, 2) or nl == "the" and nx + 1 < n and T[nx + 1].isdigit() and (
        _object_ends_before(s, nx + 2)
    )):
        # "He hailed a taxi outside the station", "She hailed the 22 from outside the post office":
        # stopping a cab or a bus on its route, not praising
        return
    if form.lemma == "note" and _whole_object_among(s, cue_end + 1, _NOTED_READINGS, 1):
        return  # "He noted the licence plate before getting into the car": written down, not remarked
    if form.lemma == "reject" and nx >= 0 and (T[nx][0].isdigit() or nl in CARDINALS) and _object_ends_within(s, nx + 1):
        return  # "The buyer rejected six pallets of Braeburn for bruising": goods turned away, not a claim
    if form.lemma == "admit" and nl in _REFUSED_PRONOUNS and nx + 1 < n and L[nx + 1] in _ADMITTED_WHEN:
        return  # "The hospital admitted him on 3 March with chest pains": a patient let in, nothing confessed
    if nl == "by" and _whole_object_among(s, nx + 1, _CLAIMING_EVENTS, 2) and i - 1 >= first and (L[i - 1] in _BE_FORMS or ly_adverb(L[i - 1])):
        return  # "The greens were badly stressed by the heatwave": weather's work, no one's words
    if form.lemma == "note" and nl == "down":
        return  # "noted down the readings": writing it down, not remarking on it
    if form.lemma == "urge" and nl == "on" and nx + 1 < n and L[nx + 1] == "by":
        return  # "Urged on by the home crowd": cheered, not told
    if form.lemma == "urge" and _urged_onward(s, cue_end + 1):
        return  # "She urged the cob on over the final fence": driven forward, not told anything
    if form.lemma == "boast" and nx >= 0 and (nl in _POSSESSED or nl in CARDINALS or nl[0].isdigit()) and not after_quoted_words(s, i):
        return  # "boasts a 45-point lead", "boasts the highest share": having, not bragging
    if (form.lemma in _PUBLISHING or form.lemma == "find" and _main_verb_follows(s, i + 1, 8)) and _record_published(s, i):
        # "Footage posted on social media appeared to show": how the record came out; "Evidence
        # found at the scene shows" (but "The study found in 2019 that", "found at least 12 errors")
        return
    if _words_participle(s, i) or _existential_participle(s, i):
        return  # "The views expressed in this article are the author's": what was said, not who
    if L[i].endswith("ed") and people_in_reduced_relative(T, L, i, n, -1) and _main_verb_follows(s, i + 1, 8, True):
        # "the punters questioned at Cheltenham said": who was asked, before the clause's verb
        # (a capital before it may be a name's: "Rangers confirmed on Tuesday the deal has")
        return
    if _things_in_reduced_relative(s, i):
        return  # "Haddock landings declared at Scottish ports fell by 8 per cent": the things declared
    # evidence verbs ("show", "find", "prove") attribute a clause; without "that" only a record
    # can be their subject: "the poll shows Clinton ahead", "records show", "the study found."
    evidence = form.lemma in _EVIDENCE_VERBS and not (
        nl == "that" or form.lemma == "prove" and (is_pronoun(nl) or "determiner" in classes(nl))
    )
    if evidence and nx >= 0 and (
        nl in _NOT_A_CLAUSE or T[nx] in ";" or T[nx] == "," and not L[i].endswith(_ED_WN_ENDINGS) and not _set_off(s, i)
    ):
        return  # "showed up", "found guilty", "shows, "; but "a Tarki survey ... showed, ", "..., records show, ..."
    if i > s.lo and T[i - 1].replace(",", "").isdigit() and L[i].endswith("ed") and not ends_a_date(T, L, s.lo, i - 1) and not channel_number(
        T, i - 1, s.lo
    ) and not (i - 2 >= s.lo and (is_place(T, L, i - 2, i) or ranked(T, i - 1, s.lo))) and not (
        nx < 0 or T[nx] in TERMINATORS or T[nx] == ","
    ):
        return  # "271 pledged delegates": a participle used as an adjective (not "the 43-year-old asked",
        # nor "a poll released Oct. 14 showed", nor "No 10 insisted", nor "The world No 1 admitted",
        # nor a verb that ends the clause: '“...,” a steward at Gate 3 recalled.')
    if i > s.lo and L[i] == form.lemma + "s" and form.particle is not None and T[i - 1].replace(",", "").isdigit() and not (
        channel_number(T, i - 1, s.lo) or _edition_year(s, i - 1)
    ):
        return  # "The Sensex added 450 points to close at a record": a count of points, not "points to"
    if form.lemma == "call" and (
        _names_a_thing(s, i) or _a_call(s, i) or _name_then_verb(s, i) or not _calls_something(s, cue_end + 1)
    ):
        return  # "called a meeting", "a group called X": naming, not saying
    cue = make_span(s.S[i], s.E[cue_end])
    lower = L[i]
    if i - 2 >= first and L[i].endswith("ing") and L[i - 2] == "way" and (L[i - 1] == "to" or L[i - 1] == "towards"):
        return  # "Two wet summers go some way to explaining the spread": a cause, no one's account
    if i - 1 > first and L[i - 1] == "to" and not _ends_contact_clause(L, s.S, i - 1, s.S[first]) and not _besides(s, i - 1):
        _infinitive_cue(s, i, cue_end, cue, form, i - 1)
        return
    # the words left of the cue, past auxiliaries and adverbs ("has also said")
    j = i - 1
    saw_be = saw_have = False
    while j >= first:
        lj = L[j]
        af = FORMS.get(lj)
        if af is not None and af.kind == "agentless" and not past_adverb:
            # "Yuldash reportedly believes": the adverb's agentless attribution covers it, and
            # what is reportedly said is the verb's content ('“...,” Obama reportedly said')
            _hearsay_verb_content(s, i, form, j)
            return
        if lj in _FLOATING_QUANTIFIERS and j > first and _floats(s, j):
            j -= 1  # "They both said", "have all argued": the quantifier floats off its subject
            continue
        if lj in _REFLEXIVES and j > first and T[j - 1][0].isalnum():
            j -= 1  # "Trump himself said", "Saudi Arabia has itself spoken": an intensifier
            continue
        if j - 1 > first and ADVERBIAL_PAIRS.get(lj) == L[j - 1]:
            j -= 2  # "critics have in particular noted", "he has in fact said"
            continue
        if j - 1 > first and lj in _POINTS_OF_TIME and L[j - 1] in _POINTING:
            j -= 2  # "a poll released that week showed", "officials that day said"
            continue
        if j - 2 > first and lj in _POINTS_OF_TIME and L[j - 1] == "past" and L[j - 2] == "this":
            j -= 3  # "Reince Priebus, the GOP chairman, this past week announced"
            continue
        if lj in _DEGREE_BEFORE_PARTICIPLE and j + 1 == i and j - 1 >= first and (
            L[j - 1] in _BE or L[j - 1] in _BE_NOT or L[j - 1] in _HAVE
        ):
            j -= 1  # "was much derided", "is well known": a degree, not a subject
            continue
        if lj in _DEGREE_BEFORE_ADVERB and j + 1 < i and L[j + 1].endswith("ly") and is_adverbish(s, j + 1):
            j -= 1  # "and most recently defended": a degree word grades the adverb, it is no count of people
            continue
        if j - 2 >= first and lj in DAY_WORDS and L[j - 1] == "on" and T[j - 2] == ",":
            j -= 2  # "Ryan, the nation's highest-ranking Republican, on Tuesday called": after a description
            continue
        if j + 1 == i and L[i].endswith("ing") and (lj == "since" and j == past_subordinator_leads(s) or _besides(s, j)):
            break  # "Since announcing her bid, Smith has": an opening gerund's subordinator, not "has since said"
        if lj == "yet" and j - 1 >= first and (L[j - 1] == "not" or L[j - 1].endswith(NEGATION_ENDINGS)):
            j -= 1  # "has not yet responded": "yet" grades the negation
            continue
        if lj == ",":
            c = _set_off_adverb_start(s, j)
            if c > first:
                j = c - 1  # "A poll has, however, revealed", "Officials have, in fact, said"
                continue
        if not is_adverbish(s, j) or initial_upper(T[j]) and j != first and not s.title_case():
            break  # "Will described": a capital mid-sentence is a name, not an auxiliary
        if j - 2 >= first and record_participle(L, j - 1) or j - 3 >= first and L[j - 1] in TIMES_AFTER_PARTICIPLE and record_participle(L, j - 2):
            break  # "Images taken last week show": the time is the participle's, and ends the subject
        if lj in _PLACE_ADVERBS and j + 1 == i and j - 1 >= first and (L[j - 1] in _BE or L[j - 1] in _BE_NOT):
            break  # "People who were there said": "be there" is a clause of its own, not a passive's "be"
        if lj in _BE or lj in _BE_NOT:
            saw_be = True
        elif lj in _HAVE:
            saw_have = True
        j -= 1
    if lower != form.lemma and opens_with_having(s, i):
        # "Having announced that he would not ..., Judge Berman proceeded": a perfect participle
        # opening the sentence has the main clause's subject, as "Announcing ..." has
        opening_participle(s, i, cue_end, cue, form)
        return
    if not saw_be and j >= first and (L[j] in IT_IS or L[j].endswith(_BE_CLITICS)) and lower != form.lemma:
        # "It’s said that", "it's believed the army withdrew", "we’re told that": the copula is
        # in the pronoun ("he's told" is "has told")
        saw_be = True
    if first < j < i - 1 and L[j] == "to" and not _ends_contact_clause(L, s.S, j, s.S[first]):
        _infinitive_cue(s, i, cue_end, cue, form, j)  # "to again stress": an adverb splits it
        return
    resolve_to_act = saw_be and form.lemma == "determine" and nl == "to" and nx + 1 < n and L[nx + 1] not in ("be", "have")
    if form.predicate or saw_be and form.participle and form.kind == "cognition" and nl == "that" or resolve_to_act:
        # "Mr. Ackman is convinced that", "loyalists were adamant that", "officials are worried
        # that", "Not everyone is convinced the issue will": an adjective after "be" states a
        # belief only before its clause, and only with a subject that can hold one ("It is
        # believed that" is a passive without one); "the mayor was determined to broaden" is his
        # resolve ("was determined to be a suicide", a passive)
        believer = _believer_end(s, i)
        clause = nl == "that" or form.predicate and _bare_clause_at(s, nx)  # "are convinced the outage was"
        if believer >= first and (clause or resolve_to_act) and L[believer] not in _NO_BELIEVER:
            j = believer
        elif form.predicate:
            return
        else:
            passive(s, i, cue_end, cue, form, j)
            return
    elif saw_be and form.participle:
        if L[i] == "told" and nl == "to" and nx + 1 < n and initial_lower(T[nx + 1]) and T[nx + 1].isalpha() and not classes(L[nx + 1]):
            return  # "The families were told to leave": an order passed on, not a statement
        passive(s, i, cue_end, cue, form, j)
        return
    if (
        form.tell and not saw_have and nl in ("on", "about") and lower != form.lemma and form.participle and j >= first and T[j][0].isalnum()
        and not (nl == "on" and nx + 1 < n and L[nx + 1] in _WHEN)
        and not (nl == "about" and about_a_count(s, nx))
        and not (nl == "on" and _quote_closes_subject(s, i))  # '“...,” the council warned on Facebook.'
        and not (nl == "on" and _closes_a_statement(s, i, nx))  # "..., the council warned on Facebook."
    ):
        # "people briefed on the matter": a reduced passive on the subject (not "warned on
        # Wednesday", nor "Trump told about 2,000 supporters", where "about" counts the recipients)
        return
    by = nx if nl == "by" else agent_after_time(s, nx) if nx >= 0 and form.participle else -1
    if by >= 0 and form.participle and lower != form.lemma and form.lemma not in _NO_AGENT and not form.clause and not form.statement and (
        j < first or L[j] == "as" or T[j] in ",(" or L[j] in NOUNS
        or initial_lower(T[j]) and j - 1 >= first and L[j - 1] in ("a", "an")  # "a fact acknowledged by"
        or initial_lower(T[j]) and T[j].isalpha() and not classes(L[j])  # "the history recounted by"
    ) and _agent_after_by(s, by):
        # a passive without "be": "as reported by the Guardian", "the claim, denied by the
        # ministry,", "figures cited by the OECD": the agent after "by" is the source (but
        # "confirmed by email", "responded by saying": a means; "announced by Friday": a time)
        before = len(s.found)
        passive(s, i, cue_end, cue, form, j)
        if len(s.found) > before and j >= first and T[j][0].isalnum() and L[j] != "as":
            # "rejected the changes proposed by the government": what was proposed is the noun
            # the participle follows, not the sentence up to it
            a, b = phrase_left(s, j, first)
            if a < b:
                s.found[-1] = s.found[-1].with_content(s.span_of(a, b))
        return
    if lower.endswith("ing"):
        # "refusing to acknowledge that": a refusal of words speaks as the verb of words would
        speaks = form.kind == "speech" or form.infinitive and nl == "to" and nx + 1 < n and _says_words(L[nx + 1])
        if speaks and form.statement and nx >= 0 and (
            nl != "to" and _acts_on_object(s, nx) or nl == "to" and form.lemma not in REPLIES and _adds_to_a_thing(s, nx + 1)
        ):
            return  # "by adding more leases", "avoid adding to deficits", "adding to his lead": acts
        if saw_be:
            pass  # "was saying": an ordinary cue
        elif i == first or (
            j >= first
            and (
                T[j] in ",—–-" or T[j] in CLOSING_QUOTES and not _after_plural_possessive(s, i, first)  # (not "the skippers' briefing")
                or L[j] in ("by", "while", "and", "after", "before", "in", "when", "whenever", "upon")
                or L[j] in _OPENING_GERUND_SUBORDINATORS and j == past_subordinator_leads(s)
                or _besides(s, j)
            )
        ):
            if speaks:
                participle(s, i, cue_end, cue, form, j)
            return
        elif speaks and j >= first and T[j][0].isalnum() and not (nx >= 0 and (L[nx] in AUXILIARIES or L[nx] in PAST_VERBS)) and not talk_noun_at(s, i):
            # (a verb right after it makes the -ing word a noun: "The press briefing was
            # postponed", "Allergen labelling became compulsory"; so does a word of its kind
            # before it: "told a news briefing near the end of")
            reduced_relative(s, i, cue_end, cue, form, j)
            return
        else:
            return
    if not saw_have and lower in _RAISED_PARTICIPLES and nl == "to" and nx + 1 < n and bare_verb(s, nx + 1) and (
        _participle_after_its_noun(s, j) or T[j] == "," and j - 1 >= first and _participle_after_its_noun(s, j - 1)
    ):
        # "a developer known to be bullish", "with Rubio expected to win", "The Drovers Arms,
        # thought to date from about 1580,": a passive without "be" whose subject is what is
        # expected, not who expects it
        passive(s, i, cue_end, cue, form, j)
        return
    if not saw_have and _ACCUSED_OF.get(lower) == nl and _participle_after_its_noun(s, j):
        # "The man accused of purchasing the guns": who is accused, not who accuses; the
        # accusation has no source in the sentence
        s.found.append(Found(cue, None, content_after(s, nx, form), "agentless", None, s.index, i))
        return
    if not saw_have and _reduced_passive_before_a_verb(s, i, j, cue_end, form):
        # "A $160 billion megamerger announced Monday would turn": what was announced, not who
        passive(s, i, cue_end, cue, form, j)
        return
    if form.infinitive and not (nx >= 0 and (nl in _COMPLEMENT_WORDS or _that_after_circumstance(s, nx))):
        return  # "planned a chain of attacks" is an act; "plans to" states an intention ("shared on Facebook that" a fact)
    if form.infinitive and nl == "to" and nx + 1 < n and (T[nx + 1][0].isdigit() or T[nx + 1] in CURRENCY_MARKS or L[nx + 1] in _A_OR_AN):
        return  # "Bed occupancy declined to 81 per cent", "declined to a record low": a level reached, no infinitive
    # "..., officials believe.": a belief closing the sentence after its content
    trailing = (form.clause or form.kind == "cognition") and (nx < 0 or T[nx] in TERMINATORS) and _trailing(s, i, True)
    if form.kind == "cognition" and not trailing:
        # "..., as many researchers believe.", "The plan, officials believe, will fail."
        trailing = _believed_as(s, i, nx) or nx >= 0 and T[nx] == "," and _set_off(s, i) and (
            nx + 1 < n and T[nx + 1][0].isalnum()
        )
    if lower == "told" and nl == "to" and not (nx + 1 < n and T[nx + 1] in DOUBLE_QUOTES):
        return  # "a lie told to people over seventy": a passive participle ("told" takes no "to" when active)
    if form.clause and not trailing and not _has_complement(s, cue_end + 1) and not _that_after_circumstance(s, cue_end + 1):
        return  # volition, knowledge and stance verbs attribute only with a complement ("knew that")
    if form.lemma == "know" and not trailing and nx >= 0 and nl != "that" and "determiner" in classes(nl) and not _finite_within(s, nx + 1, _KNOWN_CLAUSE_REACH):
        return  # "The purser knew every passenger by name": someone known, not something (but "knew the captain was drunk")
    if (form.lemma in _REPORTED_KNOWLEDGE or form.lemma == "know") and not trailing and nl == "that" and _demonstrative_that(s, nx):
        # "Officials learned that lesson.": "that" points at a noun, no clause follows (a stance
        # may take one: "hasn't yet endorsed that perspective")
        return
    if form.lemma == "see" and _sees_what_befalls(s, cue_end + 1):
        return  # "Rubio saw his support collapse": what befell him, not what he thinks
    if form.kind == "cognition" and not trailing and (
        nx < 0 or T[nx] in ".,;" or nl in ("and", "or", "of", "about", "so", "twice", "tank", "tanks")
        or nl == "it" and not (nx + 1 < n and L[nx + 1] in _AFTER_SUBJECT_IT)
    ):
        return  # "as you know," "I think.", "think about", "can't believe it" (not "believe it would")
    if form.kind == "cognition" and not trailing and _reduced_passive_of_belief(s, i, j, nx, form, saw_have):
        return  # "a significant ruling expected in coming weeks": when, not who expects it
    if j >= first and L[j] in ("and", "but"):
        subject_end = _passive_before_and(s, j) if form.participle and lower != form.lemma else -2
        if subject_end == -2 and nl == "by" and form.participle and lower != form.lemma and j - 1 > first and _agent_after_by(s, nx):
            # "was suspected of plotting murder, and accused by the news media of": no active past
            # takes "by" right after it, so this is a passive with its agent
            subject_end = j - 2 if T[j - 1] == "," else j - 1
        if subject_end > -2 and not (nx >= 0 and _opens_an_object(s, nx)) and not (
            # "Smith said the ward was closed and added that staff had moved": no passive of a
            # speech verb takes a "that" clause after a subject other than "it"
            form.kind == "speech" and nl == "that" and L[subject_end] != "it"
            and not (_demonstrative_that(s, nx) or nx + 1 < n and L[nx + 1] in _POINTS_OF_TIME)  # (not "that week")
        ):
            # "were mocked and criticized on social media", "was drafted and criticized by the
            # unions": a passive, like the verb it is joined to (not "was fired and criticized the board")
            passive(s, i, cue_end, cue, form, subject_end)
            return
        # "rubbed his chin, and then said": the subject of the coordinated clause
        before = len(s.found)
        participle(s, i, cue_end, cue, form, j)
        if evidence:
            _drop_unless_record(s, before, cue, nx)  # "is in good health and has shown stamina": an act
        return
    if j - 2 > first and T[j] == "," and _closes_located_place(s, j):
        j -= 1  # "Residents of Flint, Michigan, say": the comma after the place sets nothing off
    tj = T[j] if j >= first else ""
    quote_close = j > first and tj in "’'" and not T[j - 1][0].isalnum()
    if tj == "%" and j > first and T[j - 1][0].isdigit():
        tj = T[j - 1]  # "42% say": the share of people is the subject
    quoted_title = j - 1 >= first and tj in DOUBLE_QUOTES and initial_upper(T[j - 1]) and _short_quotation(s, j)
    opening_record = _opening_record_participle(s, i) if evidence and j > first else -1
    if opening_record > 0 and any(L[x] == "and" or T[x] == "," for x in range(opening_record + 1, i)):
        # "Footage filmed by a bystander and shared online shows", "Photographs taken inside the
        # site, and shared with the Courier, show": the record that opens the sentence shows it
        s.add(cue, first, opening_record, content_after(s, cue_end, form), form.kind, classify_phrase(T, L, first, opening_record, first), i)
        return
    if j < first or quote_close or (not tj[0].isalnum() and tj not in "’'‘)." and not quoted_title):
        if i == first and lower == form.lemma and not s.title_case():
            return  # "Recall Jorge Ramos' words": an imperative, addressed to the reader
        if evidence and tj == ",":
            before = len(s.found)
            _after_comma(s, i, cue_end, cue, form, j, tj, quote_close)
            _drop_unless_record(s, before, cue, nx)  # "Smith, the coach, showed no fear": an act, as without the insertion
            return
        _after_comma(s, i, cue_end, cue, form, j, tj, quote_close)
        return
    if L[j] == "so" and (j == first or j - 1 >= first and L[j - 1] == "or") and so_says(s, i, cue_end, cue, form):
        return  # "So says the report.", "or so writes Mr. Fleming"
    no_comment = False
    # ('“...,” Trump added to People', '“...,” she added with a wink': the verb credits the quotation)
    if form.statement and _acts_on_object(s, nx) and not _credits_quotation(s, j) and not (
        form.lemma in REPLIES and _answers_words(s, nx)
    ) and not _closes_a_statement(s, i, nx):
        if not (nl == "to" and _refused_comment(s, j + 1, i, nx + 1)):
            return  # "added 1 million jobs", "maintained his lead", "responded by": an act
        no_comment = True  # "did not respond to a request for comment": as "declined to comment"
    if _relative_word(L[j]) and not initials_at(T, j, s.lo, s.hi) or (
        L[j] == "that" and j > first and T[j - 1][0].isalnum()
        and (quotation_follows(T, cue_end + 1, n) or j == i - 1 and _record_relative(L, i, s.lo, form))
    ):
        before = len(s.found)
        relative(s, i, cue_end, cue, form, j)
        if evidence:
            _drop_unless_record(s, before, cue, nx)  # "the lone candidate who has shown an ability": an act
        if no_comment and s.found and s.found[-1].cue is cue:
            s.found[-1] = s.found[-1].with_content(None)
        return
    terms = interview_terms_start(s, j)
    if terms > first:
        j = terms - 1  # "an official who did not want to be named said": the official
    else:
        contact = contact_relative_start(s, j)
        if contact > first:
            j = contact - 1  # "Several voters I spoke with said": the voters
    a, b = phrase_left(s, j, first)
    b = before_a_time(s, a, b)  # "RNC spokesman Sean Spicer on Thursday evening said"
    b = before_a_venue(s, a, b)  # "The ministry in a statement said"
    if a - 2 >= first and L[a - 1] in ("like", "unlike") and L[a - 2] in ("and", "but"):
        # "Hunter represents a district, and like Trump has spoken about": a comparison, not the subject
        participle(s, i, cue_end, cue, form, a - 2)
        return
    joined = b - 1 if b - 1 > a and L[b - 1] in ("and", "but") else _joined_before_a_time(s, a, b)
    if joined >= 0:
        # "freed up $26 million to address the problem and on Monday announced", "has been
        # critical but on Tuesday wrote": a verb joined to the clause before, past a time
        participle(s, i, cue_end, cue, form, joined)
        return
    if a - 2 >= first and _relative_word(L[a - 2]) and "preposition" in classes(L[a - 1]):
        # "which in the wake of the defeat urged": the phrase is the object of a circumstance
        # between the relative and its verb
        relative(s, i, cue_end, cue, form, a - 2)
        return
    ends_sentence = cue_end + 1 >= n or T[cue_end + 1] in TERMINATORS
    set_off = ends_sentence or T[cue_end + 1] == ","
    listed = _body_name_with_commas(s, a, b)  # "the Department for Environment, Food and Rural Affairs said"
    if listed == a:
        listed = name_list_start(T, L, first, a, b, set_off)  # "Smith, Jones and Brown said"
    in_list = listed < a
    # the phrase before the cue follows a comma: it may end a description of a name before it
    if in_list:
        a = listed
    elif form.kind == "speech" and a > first and T[a - 1] == "," and _add_described(s, i, j, cue_end, cue, form, False):
        return
    parenthesis = cue_end + 1 < n and T[cue_end + 1] == ","  # "Mr. Trump, his aides said, will"
    lead = leading_name(s, i) if form.kind == "speech" and not parenthesis and not in_list else None
    if lead is not None:
        # "Dr Jones, who is from the US Geological Survey said": the second comma is missing
        la, lb, phrase = lead
        s.add(cue, la, lb, content_after(s, cue_end, form), form.kind, phrase, i)
        return
    if a >= b:
        # "The officials whose laws have been invalidated say": a relative clause ending in a
        # participle leaves no phrase before the cue; the noun phrase it hangs on is the subject
        rel = subject_before_relative(s, j + 1, ends_sentence) if T[j].isalpha() and T[j].islower() else None
        if rel is not None:
            a, b = rel
        elif L[j] not in _QUANTIFIERS:
            return
        else:
            a, b = j, j + 1  # "Several said", "most said": a count of people
    if b - a == 1 and L[a] in ("who", "that") and a - 1 >= first and T[a - 1][0].isalnum():
        a, b = phrase_left(s, a - 1, first)  # "voters who said": the voters
        if a >= b:
            return
    if L[a] in ("which", "who", "that", "what") and not initials_at(T, a, s.lo, s.hi):
        return
    if form.kind == "cognition":
        # "told The Huffington Post she thinks": the subject is the pronoun, not the recipient
        for x in range(a + 1, b):
            if L[x] in SUBJECT_PRONOUNS:
                a = x
                break
        if _embedded(s, a):
            return
    rel = subject_before_relative(s, a, ends_sentence, b)
    contact = _pronoun_of_contact_relative(s, a) if rel is None else 0
    if rel is not None:
        a, b = rel  # "Several employees who spoke to the Reader said": the employees
    elif contact > 0:
        a, b = first, contact  # "A photo he posted on Instagram shows": the photo, not Instagram
    else:
        a, b = _past_a_participle_object(s, a, b, first)
    if L[a] == "let" and a + 1 < b and L[a + 1] in ("me", "us"):
        a, b = a + 1, a + 2  # "Let me say that", "let us praise and affirm him": the speaker
    pair = described_pair_start(s, a)
    if pair >= 0 and classify_phrase(T, L, a, b, first).named:
        a = pair  # "Smith, a lawyer, and Jones said": both speak
    said_things = _things_a_name_said(s, a, b)
    if said_things > a:
        # "the things Ryan said about him": what Ryan said is the things
        things, a = s.span_of(a, said_things), said_things
    else:
        things = None
    phrase = classify_phrase(T, L, a, b, first)
    if phrase.source_type == "named_person" and _plural_by_agreement(s, a, b, i, form):
        phrase = PhraseKind("unnamed_group", False, a, L[a])
    if not plausible_source(s, a, b, phrase):
        return
    if thing_acts(s, form, b, phrase, cue_end):
        return
    if form.kind == "cognition" and phrase.source_type == "self" and not (
        form.lemma in _REPORTED_KNOWLEDGE and "pronoun_self" not in classes(L[b - 1])
    ):
        # "we believe": the outlet's own opinion, not a sourced one (but "This newspaper has learned
        # that" and "Our court reporter understands that" are the outlet's reporting: what it found
        # out, from someone; "we learned that" is the writer's own)
        return
    if b - a == 1 and L[a] == "they" and lower == "say" and a - 1 >= first and L[a - 1] == "as" and _closes_its_clause(s, cue_end):
        return  # "And that, as they say, is that": an idiom, nobody's statement
    if form.lemma == "attack" and (phrase.head_lemma in VIOLENT_ACTORS or _object_among(s, cue_end + 1, _ATTACK_TARGETS, 2)):
        return  # "Militants attacked a police checkpoint", "attacked the convoy": a raid, not words
    if phrase.head_lemma == "name" and not phrase.named:
        return  # "As its name suggests, the fund invests in": the word itself, nobody's claim
    if form.lemma == "answer" and b - a == 1 and L[a] in _UNNAMED_ANSWERERS and (
        cue_end + 1 >= n or T[cue_end + 1] in TERMINATORS or L[cue_end + 1] in ("and", "but")
    ):
        return  # "Officers knocked twice but nobody answered.": the door or the telephone, no words
    if not phrase.named and (phrase.head_lemma in _INSTRUMENTS or phrase.head_lemma in SPEECHLESS_ANIMALS) or (
        b - a == 1 and a == first and L[a] in SPEECHLESS_ANIMALS and L[a].endswith("s")  # "Swallows tweeted from the rafters"
    ):
        # "The clock on the town hall said ten past one", "the gauge read 40C": a reading, not a
        # source (but "Judicial Watch said" names a body); "The mare confirmed her return to form":
        # an animal's deed
        return
    if form.lemma in ("say", "tell") and _reveals(s, cue_end + 1, phrase):
        return  # "His silence said a lot", "The vote tells us something": a fact, not a source
    if evidence and not _is_record(s, phrase) and not (nx < 0 or T[nx] in TERMINATORS or T[nx] == "," and _set_off(s, i)) and not (
        # "The review was published on Thursday. It found the timetable had been optimistic":
        # "it" may stand for a record, and a clause makes its "found" a finding (not "it
        # showed that ...", as often an event that made something plain)
        form.lemma == "find" and phrase.source_type == "pron_thing" and nx >= 0 and (clause_follows(s, nx) or _bare_clause_at(s, nx))
    ):
        # "police found the body": an act; "the study found" reports a finding, and so do people
        # whose verb is set off inside what they credit ("..., the authors show, Trump's campaign")
        return
    if form.lemma == "prove" and (not _is_record(s, phrase) or _proves_to_be(s, nx)):
        # "Clinton proved that prediction wrong": only a record proves; "the post has proved
        # difficult", "proved to be", "proved a winning strategy": a copula
        return
    if no_comment:
        content = None
    elif a - 1 >= first and L[a - 1] in _AS_LIKE and _closes_its_clause(s, cue_end):
        content = _content_around_as(s, a - 1, cue_end)
    else:
        content = content_after(s, cue_end, form)
        if content is None:
            # "images as the party seeks to rally": the "as" that links the cue is not content
            stop = a - 1 if a - 1 >= first and L[a - 1] in _AS_LIKE else a
            if stop - 1 >= first and (L[stop - 1] in _EMBEDDING_WORDS or _cue_verb_before(s, stop - 1) or told_hearer_at(s, stop - 1)):
                # "asked Trump what he would say", "cheered when he said": an embedded clause; and
                # "Records show the aide warned him": the source heads another cue's clause
                content = None
            else:
                content = None if _only_a_circumstance(s, stop) else strip_span(text, s.span.start, s.S[stop])
        else:
            closing = _inserted(s, a, cue_end)
            if closing > 0 and content.end > s.E[closing]:
                # "The plan, officials said, was drafted in May": what they said runs on both sides
                content = strip_span(text, s.span.start, content.end)
        if _contact_relative(s, a, b):
            content = None  # "The things she said were untrue": what she said is the things
    if things is not None:
        content = things
    elif quoting:
        said = quoted_verb + 1 if quoted_verb + 1 < n and L[quoted_verb + 1] == "that" else quoted_verb
        content = strip_span(text, s.E[said], s.span.end)
    s.add(cue, a, b, content, form.kind, phrase, i)


# what "by" may open besides an agent: a deadline ("by Friday", "by the end of the week")
_DEADLINE_WORDS: Final = CLOCK_WORDS | frozenset("then now tomorrow today tonight".split())
_CLOCK: Final = CLOCK_MARKS | frozenset(("a.m.", "p.m.", "o'clock"))
_DEADLINE_NOUNS: Final = TIME_NOUNS | frozenset("end close start beginning middle deadline".split())


_DEGREE_BEFORE_ADVERB: Final = frozenset(("most", "more", "less", "least", "very"))
# degree words that grade a participle right after its auxiliary: "was much derided", "is well known"
_DEGREE_BEFORE_PARTICIPLE: Final = frozenset(("much", "well", "long"))
# words after which "found" is the bare verb "to found", never the past of "find"
_BEFORE_A_BARE_VERB: Final = frozenset(("to", "help", "helped", "helps", "helping"))
# words that give a participle its clause's subject only where they open the sentence ("Since
# announcing her bid, Fiorina", "Despite saying he would not run, Ryan"); mid-sentence, "since
# saying" and "despite saying" are rarely marked as sources on PolNeAR
_OPENING_GERUND_SUBORDINATORS: Final = frozenset(("since", "despite"))


def _besides(s: Sentence, j: int) -> bool:
    """Whether the word at ``j`` closes "besides", "in addition to", "aside from" or "apart from":
    a participle after it shares its clause's subject ("few ideas aside from stating that")."""
    return any(besides_end(s, k) == j for k in range(max(s.first, j - 2), j + 1))


def _says_words(low: str) -> bool:
    """Whether the bare verb ``low`` is a verb of words or of owning up: "concede", "admit"."""
    form = FORMS.get(low)
    return form is not None and form.kind != "agentless" and not form.noun and form.lemma == low


def _passive_before_and(s: Sentence, j: int) -> int:
    """The last word of the subject of a passive participle joined by the "and" at ``j`` ("Officials
    were mocked and", "The plan was quickly drafted and"), or -2 if the verb before is not one."""
    k = j - 1
    while k > s.first and initial_lower(s.T[k]) and s.L[k].endswith("ly"):
        k -= 1  # "The bulletin is printed quarterly and posted to members" (a "quarterly" is a noun too)
    if k < s.first or not initial_lower(s.T[k]) or not s.L[k].endswith(ED_EN_ENDINGS):
        return -2
    k -= 1
    while k >= s.first and is_adverbish(s, k) and s.L[k] not in _BE:
        k -= 1
    if k - 1 >= s.first and s.L[k] == "be" and s.L[k - 1] == "to":
        return -2  # "declined to be interviewed but said": the infinitive's passive is not the subject's verb
    return k - 1 if k >= s.first and s.L[k] in _BE else -2


def _opens_an_object(s: Sentence, k: int) -> bool:
    """Whether the word at ``k`` may open a verb's object: not a preposition, a mark or a clause."""
    t = s.T[k]
    if not t[0].isalnum():
        return False
    c = classes(s.L[k])
    return "preposition" not in c and "clause" not in c


# participles that take "to" and a verb only as passives ("Trump, expected to win"; "he expected
# to win" has a pronoun, "what voters believed to be" an object, both left to the active reading)
_RAISED_PARTICIPLES: Final = frozenset(
    "expected believed known thought rumored rumoured reported said considered projected estimated presumed alleged".split()
)
# words that open a relative or a question whose object the participle's noun phrase would be
_OBJECT_GAPS: Final = frozenset("what which that whom who whose".split())


# participles whose active verb needs an object before this preposition ("accused Smith of"),
# so right after it they are passive: "The man accused of purchasing", "a woman charged with"
_ACCUSED_OF: Final = {"accused": "of", "charged": "with"}


def _participle_after_its_noun(s: Sentence, j: int) -> bool:
    """Whether a participle after the word at ``j`` can be a passive without "be" that modifies
    the noun phrase ending there: no pronoun, auxiliary or punctuation before it, and no relative
    or question word whose object the phrase would be ("what voters believed to be", "whom she
    accused of")."""
    L, T = s.L, s.T
    if j < s.first or not T[j][0].isalnum() or is_pronoun(L[j]) or L[j] in AUXILIARIES:
        return False
    a, b = phrase_left(s, j, s.first)
    return a < b and not (a - 1 >= s.first and L[a - 1] in _OBJECT_GAPS)


def _reduced_passive_before_a_verb(s: Sentence, i: int, j: int, cue_end: int, form: CueForm) -> bool:
    """Whether a participle in -ed between a common noun and a time is a passive that modifies
    the noun, the clause's verb coming after the time ("a merger announced Monday would turn")."""
    L, T = s.L, s.T
    if not form.participle or L[i] == form.lemma or not L[i].endswith("ed") or j < s.first:
        return False
    if not (T[j].isalpha() and T[j].islower() and (L[j] in NOUNS or not classes(L[j]))):
        return False
    m, dated = when_run_end(s, cue_end + 1)
    if not dated:
        return False
    if m < s.hi and (L[m] in _DO_AND_MODALS or L[m] in _BE or L[m] in _BE_NOT or L[m] in _HAVE):
        return True
    if m < s.hi and T[m] not in TERMINATORS and T[m] not in ",;)":
        return False
    # "under a plan announced Monday.": a noun phrase that a preposition governs is no subject
    a = phrase_left(s, j, s.first)[0]
    return a - 1 >= s.first and "preposition" in classes(L[a - 1]) and L[a - 1] not in SUBORDINATORS and L[a - 1] != "that"


def _reduced_passive_of_belief(s: Sentence, i: int, j: int, nx: int, form: CueForm, saw_have: bool) -> bool:
    """ "a ruling expected in coming weeks", "the outcome feared for months": a belief's participle
    right after a common noun and before a preposition, with no clause of what is believed."""
    L = s.L
    if saw_have or L[i] == form.lemma or not L[i].endswith("ed") or nx < 0 or j < s.first:
        return False
    if not (initial_lower(s.T[j]) and s.T[j].isalpha() and not classes(L[j])):
        return False
    if "preposition" not in classes(L[nx]) or L[nx] in ("that", "to"):
        return False
    return not any(L[x] in ("that", "to") for x in range(nx + 1, min(s.hi, nx + 6)))


def _agent_after_by(s: Sentence, by: int) -> bool:
    """Whether the "by" at ``by`` introduces an agent: not a means ("confirmed by email",
    "responded by saying") nor a deadline ("announced by Friday")."""
    k = by + 1
    return not (k < s.hi and (s.L[k] in BY_MEANS or s.L[k].endswith("ing") or _a_time(s, k)))


def _a_time(s: Sentence, k: int) -> bool:
    """Whether "by" before token ``k`` sets a deadline rather than naming an agent: "said by
    Friday", "announced by the end of the week", "by 5 p.m.", "by then"."""
    if k >= s.hi:
        return False
    low = s.L[k]
    if low in DATE_NAMES or low in _DEADLINE_WORDS or low.isdigit() and len(low) == 4:
        return True  # (a year; "by 60 percent of voters" counts the agents)
    if low[0].isdigit() and k + 1 < s.hi and s.L[k + 1] in _CLOCK:
        return True
    return low in ("the", "this", "next", "early", "late", "mid") and k + 1 < s.hi and (
        s.L[k + 1] in _DEADLINE_NOUNS and s.T[k + 1].islower() or s.L[k + 1] in DATE_NAMES
    )  # (not "by the Morning Ledger")


# how much a fact reveals: "says a lot", "said volumes", "tells us something about"
_HOW_MUCH_REVEALED: Final = frozenset("volumes something much lots plenty".split())


def _reveals(s: Sentence, k: int, phrase: PhraseKind) -> bool:
    """Whether the cue's subject is a fact or an act that reveals something rather than a source
    that says it: "His silence said a lot", "Their smiles said a lot", "The vote tells us
    something about the party". A pronoun may stand for anything and stays a source; a person, a
    body or a text that "says a lot about" a subject is speaking ("Trump says a lot about trade",
    "the report says much about wages"); "a lot of" counts what was said ("said a lot of things")."""
    if phrase.source_type in ("named_person", "named_organization", "document", "self"):
        return False
    head = phrase.head_lemma
    if head in NOUNS or is_pronoun(head):
        return False  # (PolNeAR marks "It says a lot", "It doesn't tell you much" as attributions)
    L, hi = s.L, s.hi
    if k < hi and L[k] in ("you", "us", "me"):
        k += 1  # "The vote tells us a lot"
    if k + 1 < hi and L[k] == "a" and L[k + 1] == "lot":
        k += 2
    elif k + 2 < hi and L[k] == "a" and L[k + 1] == "great" and L[k + 2] == "deal":
        k += 3
    elif k < hi and L[k] in _HOW_MUCH_REVEALED:
        k += 1
    else:
        return False
    return not (k < hi and L[k] == "of")


def _joined_before_a_time(s: Sentence, a: int, b: int) -> int:
    """The "and" or "but" before the time that is all of the phrase ``[a, b)`` ("but on Tuesday
    wrote", "and last week said"), or -1."""
    L = s.L
    if b - a > 2 or not (L[a] in DATE_NAMES or L[a] in TIME_NOUNS):
        return -1
    k = a - 1
    if k > s.first and L[k] in ("on", "last", "this", "that", "early", "late"):
        k -= 1
    return k if k > s.first and L[k] in ("and", "but") else -1


# what a heading's "highlights" sums up: "Story highlights", "Video highlights"
_HIGHLIGHTED: Final = frozenset(("story", "video", "key"))
# what opens a noun phrase that a relative clause without "that" may follow: "The things she said"
# counts that open a noun phrase a contact relative may hang on, alone or before "of the" ("One
# voter I met told me", "Most of the voters I spoke with said")
_CONTACT_COUNTS: Final = frozenset("one two three four five many most several few both each any all some".split())
_CONTACT_OPENERS: Final = frozenset("the a an every this these those".split()) | _CONTACT_COUNTS


def _contact_relative(s: Sentence, a: int, b: int) -> bool:
    """Whether the pronoun subject ``[a, b)`` opens a relative clause, with "that" left out, on
    the noun phrase that opens the sentence: "The things she said were untrue", "A letter he
    wrote before his death explains" (but not after a time: "This week he said the plan failed")."""
    first = s.first
    if b - a != 1 or s.L[a] not in SUBJECT_PRONOUNS or a - first < 2 or s.L[first] not in _CONTACT_OPENERS:
        return False
    start = first + 1
    if s.L[first] in _CONTACT_COUNTS and start + 2 < a and s.L[start] == "of" and s.L[start + 1] in ("the", "these", "those"):
        start += 2  # "Most of the voters I spoke with said": a count of the people the clause is about
    for x in range(start, a):
        t, low = s.T[x], s.L[x]
        if not (t.isalpha() and initial_lower(t)) or low in CLASSES or low in _POINTS_OF_TIME or low in TIME_NOUNS:
            return False
    return True


def _pronoun_of_contact_relative(s: Sentence, a: int) -> int:
    """Where the pronoun of a relative clause without "that" starts, when the clause hangs on the
    sentence's opening noun phrase and the phrase ``a...`` lies inside it, or 0: "A photo [he]
    posted on Instagram shows", "The letter [she] wrote to the board says"."""
    first = s.first
    for x in range(first + 2, min(a - 1, first + _CONTACT_REACH)):
        if s.L[x] in SUBJECT_PRONOUNS:
            # the clause runs unbroken up to the phrase: not '“The way I see it,” she elaborated'
            unbroken = all(s.T[y][0].isalnum() for y in range(x + 1, a))
            return x if unbroken and _contact_relative(s, x, x + 1) else 0
    return 0


_CONTACT_REACH: Final = 6  # words from the sentence's start to the relative's pronoun: "The long letter she"


def _things_a_name_said(s: Sentence, a: int, b: int) -> int:
    """Where the name that is the subject of a relative clause without "that" starts inside the
    phrase ``[a, b)``, or ``a``: "the things Ryan said about him", "the lies Clinton told". A
    plural common noun cannot stand before a name as its title ("the senator Ryan said" can),
    so the name opens a clause on it."""
    L, T = s.L, s.T
    if s.L[a] not in _CONTACT_OPENERS:
        return a
    for x in range(a + 1, b - 1):
        low = L[x]
        if initial_lower(T[x]) and low.isalpha() and low.endswith("s") and not low.endswith("ss") and (
            low not in NOUNS and low not in CLASSES and initial_upper(T[x + 1])
        ):
            return x + 1 if all(initial_upper(T[y]) for y in range(x + 1, b)) else a
    return a


# words that embed the clause after them, so the words before them are not what its cue says
_EMBEDDING_WORDS: Final = SUBORDINATORS | _WH_CLAUSE | frozenset(("whatever", "where", "that"))


def _only_a_circumstance(s: Sentence, stop: int) -> bool:
    """Whether the words before a source at ``stop`` are no statement, only an opening
    conjunction or a circumstance closed by a comma: "And both vowed", "At the meeting, everyone
    agreed", "In the end, others objected" (but "In 2019, the firm lost money, he said")."""
    T, L = s.T, s.L
    first = s.first
    if stop <= first:
        return False
    if all(L[x] in OPENING_CONJUNCTIONS for x in range(first, stop)):
        return True
    if T[stop - 1] != "," or not ("preposition" in classes(L[first]) or is_adverbish(s, first)):
        return False
    return not any(T[x] in ",;:" or T[x] in DOUBLE_QUOTES for x in range(first, stop - 1))


def _closes_its_clause(s: Sentence, cue_end: int) -> bool:
    """Whether a comma or the sentence's end follows the cue, past a short circumstance ("as
    Smith said in a statement,"), so that what it credits lies around it, not after it ("as she
    noted how happy she was")."""
    c = _circumstance_end(s, cue_end + 1)
    return c >= s.hi or s.T[c] == "," or s.T[c] in TERMINATORS


_AS_LIKE: Final = frozenset(("as", "like"))  # "The plan failed, as Smith said", "like I said"


def _content_around_as(s: Sentence, as_: int, cue_end: int) -> Span | None:
    """What a source after "as" (at ``as_``) said when a comma or the sentence's end follows its
    cue: the statement before "as" ("The plan failed, as Smith said."; "Ailes met Trump, as the
    Times reported, and he will ...": not what follows "and"), both sides of an insertion ("The
    plan, as officials said, will fail"), or the statement after the cue's comma when what comes
    before "as" is no statement ("But, as Smith said, ...", "That's because, as he puts it, ...")."""
    text, T, L = s.text, s.T, s.L
    first = s.first
    head_end = as_ - 1 if as_ - 1 >= first and T[as_ - 1] == "," else as_
    last = head_end - 1
    c = _circumstance_end(s, cue_end + 1)
    after = strip_span(text, s.E[c], s.span.end) if c < s.hi and T[c] == "," else None
    if after is not None and c + 1 < s.hi and T[c + 1] in OPENING_DOUBLE_QUOTES and DOUBLE_QUOTES.isdisjoint(T[s.lo : as_]):
        return after  # 'At the time, as Smith put it, “the ward is closed.”': the quotation is what was put
    if last < first or last == first and (L[first] in _LINKING_OPENERS or is_adverbish(s, first)) or (
        L[last] in _UNFINISHED and not (L[last] == "that" and (last == first or L[last - 1] in _LINKING_OPENERS))
    ):
        return after  # ("And that, as Trump points out, is ...": "that" is the subject, not "given that")
    before = strip_span(text, s.span.start, s.S[as_])
    inserted = head_end < as_ and after is not None and L[c + 1] not in COORDINATORS and _inserted(s, as_ + 1, cue_end) > 0
    if inserted and before is not None and after is not None:
        return strip_span(text, s.span.start, after.end)  # split around the insertion later
    return before


# words that leave the statement before them unfinished: "That's because, as he puts it, ..."
_UNFINISHED: Final = frozenset(
    "because since that if although though while when whether and but or so yet as than is are was were be been".split()
)


def _inserted(s: Sentence, a: int, cue_end: int) -> int:
    """The comma that closes a source (from token ``a``) and its cue (to ``cue_end``) inserted
    between commas into a statement that began before them, not after a quotation; -1 when they
    are not inserted.  A short circumstance may follow the cue: "The decision, Smith argued in a
    40-page brief, violates the First Amendment"."""
    T = s.T
    if a - 1 > s.lo and s.L[a - 1] == "as":
        a -= 1  # "The plan, as officials said, will fail"
    if not (a - 2 >= s.lo and T[a - 1] == "," and T[a - 2] not in CLOSING_QUOTES and T[a - 2] not in "'’"):
        return -1
    if a - 2 == s.first and (s.L[a - 2] in _LINKING_OPENERS or is_adverbish(s, a - 2)):
        return -1  # "But, as Smith said, the team must grow": a linking word is no statement
    c = _circumstance_end(s, cue_end + 1)
    if c + 1 < s.hi and T[c] == "," and T[c + 1] not in OPENING_DOUBLE_QUOTES and T[c + 1] not in "'‘":
        return c  # (before '..., Trump added, “Sheldon knows ...”' stands a frame, not the statement)
    return -1


# one word that opens a sentence and links it to the last, before an inserted cue
_LINKING_OPENERS: Final = OPENING_CONJUNCTIONS | OPENING_WORDS | frozenset(("or", "again", "then"))
_CIRCUMSTANCE_REACH: Final = 7  # words of "in a 40-page brief", "on Twitter on Monday"
_CIRCUMSTANCE_OPENERS: Final = frozenset("in on at during via over through".split())


def _circumstance_end(s: Sentence, k: int) -> int:
    """The comma that ends a circumstance opening at ``k`` ("in a 40-page brief,", "Monday,"), or
    ``k`` when none opens there.  Only words, no mark, within reach."""
    if k >= s.hi or not (s.L[k] in _CIRCUMSTANCE_OPENERS or s.L[k] in _WHEN or s.L[k] in _WHEN_ALONE):
        return k
    return closing_comma(s, k, _CIRCUMSTANCE_REACH)


_WHEN_ALONE: Final = frozenset("today yesterday tonight recently earlier later last".split())  # ("last week,")


# cue verbs whose participle also says how a record came out
_PUBLISHING: Final = frozenset(("post", "broadcast", "tweet", "email", "blog"))


def _record_published(s: Sentence, i: int) -> bool:
    """ "a video posted on YouTube", "footage broadcast by state TV", "a message tweeted to",
    "evidence found at the scene": a participle that opens a reduced relative on the record
    before it, not a verb of saying."""
    if i - 1 < s.first or not (s.L[i].endswith("ed") or s.L[i] in ("broadcast", "found")):
        return False
    if not record_noun(s.L[i - 1]) or i + 1 >= s.hi:
        return False
    if i - 2 >= s.first and initial_upper(s.T[i - 1]) and initial_upper(s.T[i - 2]) and s.T[i - 2].isalpha():
        return False  # the last word of a name: "Wrenfield Books posted on Facebook that"
    nl = s.L[i + 1]
    # or when: "A TikTok video posted Tuesday showed", "a clip posted last week"
    return nl in AFTER_PARTICIPLE or opens_a_time(nl) and _main_verb_follows(s, i + 1, _TIME_REACH)


_TIME_REACH: Final = 6  # a time after a participle, and its agent: "posted Tuesday by the mayor"

# what someone's words or thoughts are called ("views", "concerns", "comments"), singular and plural
_WORDS_SAID: Final = frozenset(
    w + e
    for w in content_words("speech_noun") | content_words("cognition_noun") | content_words("words_noun")
    for e in ("", "s")
) | frozenset(("remarks", "sentiments"))
# what people say and where they say it, besides _WORDS_SAID, which "according to" credits:
# "according to interviews with voters", "according to his testimony"
_TALKS: Final = content_words("words_object") | content_words("venue") | content_words("ended_event")
# (not "to": "His message proved to be")
_PARTICIPLE_PLACES: Final = (AFTER_PARTICIPLE - {"to"}) | frozenset(("here", "herein", "above", "below", "earlier", "publicly"))


def _words_participle(s: Sentence, i: int) -> bool:
    """ "The views expressed in this article are", "concerns raised at the meeting were": a
    participle in -ed after a noun for words or thoughts, before a place or an agent and then the
    clause's verb, opens a reduced relative on what was said; the noun is not a speaker."""
    L = s.L
    if i - 1 < s.first or i + 1 >= s.hi or not L[i].endswith("ed") or L[i - 1] not in _WORDS_SAID:
        return False
    return L[i + 1] in _PARTICIPLE_PLACES and _main_verb_follows(s, i + 1, 8)


_EXISTENTIAL_BE: Final = _BE - {"being", "'s", "’s"}  # "there were prayers said": "be" as a word of its own
_EXISTENTIAL_REACH: Final = 5


def _existential_participle(s: Sentence, i: int) -> bool:
    """ "There were prayers said across the country", "there is a lot written about it": after
    "there" and a form of "be", the noun phrase before a participle is what was said."""
    L, T = s.L, s.T
    if not L[i].endswith(_ED_ID_LD_EN_ENDINGS):
        return False
    for k in range(i - 1, max(s.first, i - _EXISTENTIAL_REACH) - 1, -1):
        if L[k] in _EXISTENTIAL_BE:
            # (right after "be" the participle is a passive: "There is said to be a plan")
            return k < i - 1 and k - 1 >= s.first and L[k - 1] == "there"
        if not T[k][0].isalnum() or L[k] in RELATIVES or L[k] == "that":
            return False  # ("There are voters that said": the relative's verb)
    return False


def _past_a_participle_object(s: Sentence, a: int, b: int, first: int) -> tuple[int, int]:
    """The subject before a participle found as a cue whose object ``[a, b)`` runs into this
    verb: "A senior official briefing [reporters] on Monday said" is the official's statement."""
    p = a - 1
    if p <= first or not (s.L[p].endswith("ing") and initial_lower(s.T[p]) and s.T[p - 1][0].isalnum()):
        return a, b
    if strip_contraction(s.L[a]) in SUBJECT_PRONOUNS:
        return a, b  # "saying he could not answer": a clause of its own
    if not any(f.cue_word == p for f in s.found[-RECENT:]):
        return a, b
    ha, hb = phrase_left(s, p - 1, first)
    return (ha, hb) if ha < hb else (a, b)


def _main_verb_follows(s: Sentence, k: int, reach: int, finite: bool = False) -> bool:
    """Whether, within ``reach`` words from ``k`` and before any "that" or punctuation, a cue or
    an auxiliary follows: the verb of the clause a reduced relative sits in ("Evidence found at
    the scene [shows]").  With ``finite``, a "to" ends the look too: "The punters questioned at
    Cheltenham [said]", not "Republicans vowed in 2013 to [do] better"."""
    L, T = s.L, s.T
    for x in range(k, min(s.hi, k + reach)):
        if L[x] == "that" or finite and L[x] == "to" or not T[x][0].isalnum():
            return False
        if L[x] in FORMS and x > k and L[x - 1] in DETERMINERS:
            if x + 1 < s.hi and L[x + 1] == "that":
                return False  # a noun before the cue's clause: "Executives acknowledged on the call that"
            if x + 1 < s.hi and L[x + 1] in NOUNS and (L[x] == "open" or L[x].endswith(("ed", "en"))):
                continue  # an adjective before a record or a source, not a verb: "Doctors warned in an open letter that"
        if L[x] in FORMS or L[x] in AUXILIARIES:
            return True
    return False


# nature, disease and disaster take lives, jobs or land; they make no claims
_CLAIMING_EVENTS: Final = content_words("claiming_event")
_NAMED_STORMS: Final = frozenset(("storm", "hurricane", "typhoon", "cyclone"))


def _threatens_a_thing(s: Sentence, k: int) -> bool:
    """Whether a "threaten" that ends before ``k`` takes a plain object: a word that opens no
    infinitive ("to"), no clause ("that"), no negated one ("not to") and no passive's agent
    ("by"); an object that is no act threatened ("legal action", "a strike") and no people."""
    if k >= s.hi or not s.T[k].isalpha():
        return False
    low = s.L[k]
    if low in _THREAT_WORDS or low == "by" or low in _THREAT_ADVERBS and k + 1 < s.hi and s.L[k + 1] in _THREAT_WORDS:
        return False
    # what someone threatens to do is still a threat made: "threatened legal action", "threatened a strike"
    for m in range(k, min(s.hi, k + _THREATENED_ACT_REACH)):
        if s.L[m] in _THREATENED_ACTS:
            return False  # ("threatened the firm with legal action")
        if s.L[m] == "that" or not s.T[m][0].isalnum():
            break
    # and so may a threat to people be ("threatening the state chairwoman", "threatened them with
    # ..."): only a thing or a state of things is threatened by no words
    for m in range(k, min(s.hi, k + _THREATENED_REACH)):
        t = s.T[m]
        if not t[0].isalpha():
            return True
        if s.L[m].endswith(POSSESSIVE_ENDINGS):
            continue  # an owner, not the head: "the GOP's lead"
        entry = NOUNS.get(s.L[m])
        if entry is not None and entry.cls != "organization" or initial_upper(t) or m == k and s.L[m] in _SHOWN_PEOPLE:
            return False
    return True


def _people_before_threat(s: Sentence, i: int, first: int) -> bool:
    """Whether the subject right before the "threaten" at ``i`` (past auxiliaries, modals and
    adverbs) may be people: a pronoun for people, a noun for people, a name; not "it", a thing
    ("Rising seas threaten") or a comma before a participle ("..., threatening further losses")."""
    L, T = s.L, s.T
    j = i - 1
    while j >= first and (L[j] in AUXILIARIES or L[j] in MODALS or L[j] in _THREAT_ADVERBS or L[j].endswith("ly") and len(L[j]) > 4):
        j -= 1
    if j < first or not T[j][0].isalpha():
        return j < first
    entry = NOUNS.get(L[j])
    return L[j] in SUBJECT_PRONOUNS or L[j] == "who" or initial_upper(T[j]) and L[j] != "it" or entry is not None and entry.cls != "document"


_THREAT_WORDS: Final = frozenset(("to", "that", "not", "never"))
# adverbs that may stand between a threat's subject, its verb and its "to": "could even threaten",
# "threaten also to divide"
_THREAT_ADVERBS: Final = frozenset(("also", "again", "even", "now", "still"))
_THREATENED_REACH: Final = 4  # words of a threatened thing up to its head: "the extensive work"
_THREATENED_ACT_REACH: Final = 8  # words up to the act threatened: "the company with a lawsuit"
# what one threatens to do to others: "threatened legal action", "threatened sanctions"
_THREATENED_ACTS: Final = frozenset(
    "action lawsuit lawsuits suit proceedings prosecution arrest arrests jail prison fine fines penalty penalties".split()
    + "sanctions ban bans boycott strike strikes walkout veto retaliation reprisals revenge war tariffs consequences".split()
    + "measures resignation closure cuts shutdown expulsion dismissal violence force eviction deportation invasion".split()
)


def _subject_end_before(s: Sentence, i: int, first: int) -> int:
    """The last word of the subject before the verb at ``i``, past a "has" or "had"."""
    j = i - 1
    return j - 1 if j > first and s.L[j] in _HAVE else j


def _event_before(s: Sentence, i: int, first: int) -> bool:
    """Whether the word before the "claim" or "threaten" at ``i`` (past "has" or "had") is an
    event: "The drought claimed thousands of cattle", "Storm Bella claimed the roof" (a named
    storm), "Rain threatened to delay the harvest"."""
    j = _subject_end_before(s, i, first)
    if j - 1 >= first and s.L[j] in _EVENT_RELATIVES:
        j -= 1  # "The fire that claimed her life": the event the relative stands for
    if j > first and s.T[j] == ",":
        j = _before_set_off_relative(s, j, first)  # "The fire of 1987, which started in a bin, claimed"
    if j < first:
        return False
    if s.L[j] in _CLAIMING_EVENTS and (initial_lower(s.T[j]) or j == first) and not _inside_a_post_modifier(s, j, first):
        return True  # (but in "A cloud of pale dust announced" the cloud, before the phrase, heralds)
    opener = -1  # the first word of the post-modifiers, right after their head
    for k in range(j - 1, max(first, j - _EVENT_MODIFIER_REACH) - 1, -1):
        if s.L[k] in _EVENT_PHRASE_OPENERS or s.L[k].endswith("ing") and s.T[k].isalpha() and initial_lower(s.T[k]):
            # the event owns what follows it: "The collapse of the firm claimed the savings of", "A
            # sharp frost in late April claimed", "Winds gusting to 70mph threatened", and a
            # phrase inside another: "The storm on the night of 18 February claimed"
            opener = k
            if k - 1 >= first and s.L[k - 1] in _CLAIMING_EVENTS:
                break
        elif not (s.T[k].isalnum() and (initial_lower(s.T[k]) or s.T[k].isdigit() or month_or_day(s.L[k]))):
            break  # (a measure is one of its words: "to 70mph"; and a day: "Gales on Sunday night claimed")
    if opener >= 0:
        k = opener
        return k - 1 >= first and s.L[k - 1] in _CLAIMING_EVENTS and (initial_lower(s.T[k - 1]) or k - 1 == first) and (
            not _inside_a_post_modifier(s, k - 1, first)
        )
    return initial_upper(s.T[j]) and j - 1 >= first and s.L[j - 1] in _NAMED_STORMS


# verbs that a sign or a sound heralds a thing with: "A loud bang signalled the start", "The
# crackle of the cooling sugar tells a good boiler more than any thermometer"
_HERALDING: Final = frozenset(("announce", "signal", "herald", "tell"))
_POST_MODIFIER_REACH: Final = 4  # words before a noun back to the preposition that opens its phrase
_EVENT_MODIFIER_REACH: Final = 6  # words after an event to its verb, in a phrase or two: "on the night of 18 February"
_EVENT_RELATIVES: Final = frozenset(("that", "which"))
# prepositions that open a phrase after an event, before its verb: "A sharp frost in late April claimed"
_EVENT_PHRASE_OPENERS: Final = frozenset(("of", "in", "on", "during", "across", "over", "at"))
_SET_OFF_RELATIVE_REACH: Final = 30  # words of a relative clause set off between a subject and its verb


def _before_set_off_relative(s: Sentence, close: int, first: int) -> int:
    """The word before a relative clause set off by commas that the comma at ``close`` ends
    ("The fire of 1987[,] which started in a bin[,]"), or -1 when no such clause ends there."""
    for k in range(close - 1, max(first, close - _SET_OFF_RELATIVE_REACH) - 1, -1):
        if s.T[k] == "," or s.T[k] in TERMINATORS:
            return k - 1 if s.T[k] == "," and k + 1 < close and s.L[k + 1] in _EVENT_RELATIVES else -1
    return -1


def _inside_a_post_modifier(s: Sentence, j: int, first: int) -> bool:
    """Whether the noun at ``j`` ends a phrase that a preposition or a relative clause opens, so
    that it is not the subject of the verb after it: "Critics of the war claimed", "Militants
    who carried out the attack claimed"."""
    for k in range(j - 1, max(first, j - _POST_MODIFIER_REACH) - 1, -1):
        if not s.T[k][0].isalpha():
            return False
        if s.L[k] in PREPOSITIONS or s.L[k] in RELATIVE_WORDS:
            return True
    return False


# what is declared that is no statement: "declared a dividend", "declared bankruptcy"
_DECLARED_THINGS: Final = content_words("declared_thing")
# what "charging" with nothing after it may follow, as a device does: "caught fire while charging."
_WHILE_WORDS: Final = frozenset(("while", "when", "whilst", "after", "before"))
# what is charged with power, water, drink or explosive, not with a crime: "charged the hose line",
# "charged their glasses", "drilled and charged 64 holes"
_CHARGED_THINGS: Final = frozenset(
    "battery batteries phone phones hose hoses hoseline glasses laptop laptops capacitor hole holes defibrillator"
    " defibrillators pump pumps".split()
)


def _device_charged(s: Sentence, k: int) -> bool:
    """Whether "charge" takes at ``k`` a thing charged with power, water or drink (:data:`
    _CHARGED_THINGS`) that heads its object, "line" aside: "charged the hose line and pushed in",
    "charged the batteries overnight" (not "charged the phone thief with robbery")."""
    x = _object_at(s, k, _CHARGED_THINGS, 2)
    if x < 0:
        return False
    if x + 1 < s.hi and s.L[x + 1] == "line":
        x += 1
    # (a lower-case word after it goes on with the object, unless it opens what comes next)
    return x + 1 >= s.hi or not (s.T[x + 1].isalpha() and initial_lower(s.T[x + 1])) or s.L[x + 1] in _AFTER_A_DEVICE


_DEVICE_REACH: Final = 4  # words after "charged overnight" to a "with" that names a crime
# words after a thing charged that end its object: "charged the batteries overnight", "and pushed in"
_AFTER_A_DEVICE: Final = frozenset("and overnight before after while for at in on from until along ahead with to".split())
# what an animal, a player or a line of police runs at: "The silverback charged the glass twice",
# "charged the net", "charged the crowd"
_RUN_AT: Final = frozenset("glass fence gate gates bars barrier barriers door net crowd crowds car vehicle jeep".split())


def _ran_at(s: Sentence, k: int) -> bool:
    """Whether "charge" takes at ``k`` a thing run at (:data:`_RUN_AT`) and no "with" or "that"
    after it: "Kumbuka charged the glass twice" (not "charged the keeper with neglect")."""
    x = _object_at(s, k, _RUN_AT, 1)
    return x >= 0 and not (x + 1 < s.hi and s.L[x + 1] in ("with", "that"))


# where one charges, bodily: "charged into the fray", "charged down the clearance"
_CHARGED_THROUGH: Final = frozenset(("into", "down", "through", "across", "towards", "toward", "ahead", "forward", "past", "clear"))


def _after_senate(s: Sentence, i: int, first: int) -> bool:
    """Whether "the Senate" (or "senators") stands before the verb at ``i``, past "has" or "had"."""
    j = _subject_end_before(s, i, first)
    return j >= first and s.L[j] in ("senate", "senators")


_DECLARED_OPEN_REACH: Final = 6  # words from "declared" to "open": "declared the new science block open"


def _declared_open(s: Sentence, k: int) -> bool:
    """ "declared the new science block open", "declared the innings closed": a place opened or an
    innings closed by declaring it, with no clause."""
    for m in range(k, min(s.hi, k + _DECLARED_OPEN_REACH)):
        if m > k and (s.L[m] == "open" or s.L[m] == "closed"):
            return _object_ends_before(s, m + 1)
        if not s.T[m][0].isalnum() or s.L[m] == "that" or s.L[m] in FORMS or s.L[m] in AUXILIARIES:
            return False
    return False


_REPORTING_LINE_REACH: Final = 10  # words after "who reports to" where a "that" would make it a report


_APART_REACH: Final = 9  # words from "told" to "apart": "told the two breeds of goose apart", "the twin towers of the Marlow estate apart"


# modals of ability before "tell" that discerns: "could not tell whether", "can’t tell cirrus from"
_ABILITY: Final = frozenset(("can", "could", "cannot", *(w + neg for w in ("ca", "could") for neg in NEGATION_ENDINGS)))
# what a discerning "tell" is followed by when it has no hearer
_DISCERNED: Final = frozenset(("whether", "if", "which"))


def _after_ability(L: list[str], i: int, first: int) -> bool:
    """Whether the verb at ``i`` follows "can" or "could", negated or not ("could not tell",
    "could barely tell")."""
    k = i - 1
    if k > first and (L[k] == "not" or L[k] in _SCARCELY):
        k -= 1
    if k >= first and L[k] == "and":
        # the second of two verbs the ability governs: "can read a bucket of tulips at a glance
        # and tell which grower cut them"
        return any(L[x] in _ABILITY for x in range(max(first, k - _ABILITY_REACH), k))
    return k >= first and L[k] in _ABILITY


_ABILITY_REACH: Final = 10  # words from "can" to the "and" before a second verb

# adverbs that deny an ability as "not" does: "could barely tell", "can hardly tell"
_SCARCELY: Final = frozenset(("barely", "hardly", "scarcely", "never"))


_PULPITS: Final = frozenset(("at", "from", "in", "on", "to", "for", "."))  # where or to whom one preaches
_ALL_TOLD_ENDS: Final = frozenset((",", ".", ";", "!", "?"))
_BACK_REACH: Final = 4  # words from "called" to "back": "called the whole cast back"
# words between "called" and "back" that make "back" a verb or its object someone else's: "called
# on Republicans to back Trump"
_CALLED_BACK_BREAKS: Final = frozenset(("to", "on", "for", "and", "would", "will", "should", "could"))
_OUT_REACH: Final = 4  # words from "reported" to "out": "reported the spending bill out"


def _called_back(s: Sentence, k: int) -> bool:
    """Whether "call" is followed at ``k`` by an object and then "back" ("called the cast back",
    "called her back"), with no word between that makes "back" a verb ("called on Republicans to
    back Trump")."""
    x = _word_in_clause(s, k, _BACK_REACH, "back")
    return x > k and not any(s.L[m] in _CALLED_BACK_BREAKS for m in range(k, x))


def _reported_out(s: Sentence, k: int) -> bool:
    """Whether "report" at ``k`` is followed by "out", right away or after a short object, as a
    committee sends a bill to the floor: "reported out the measure", "reported the bill out on a
    party-line vote" (not "reported out of Baghdad that", a dateline, nor "are reported to have
    fallen out", hearsay)."""
    x = _word_in_clause(s, k, _OUT_REACH, "out")
    if x < 0 or x + 1 < s.hi and s.L[x + 1] == "of" or s.L[k] == "to":
        return False
    return all(s.T[m].isalpha() and initial_lower(s.T[m]) and s.L[m] not in FORMS for m in range(k, x))


# verbs of understanding that also mean raising money: "realised £14.3m", "realized a profit of"
_EARNING_VERBS: Final = frozenset(("realise", "realize"))


def _span_of_time(s: Sentence, k: int) -> bool:
    """Whether a span of time opens at ``k``: "a moment", "47 minutes", "a long while", "hours".
    (The phrase reader's ``_duration_at`` asks the same of "questioned for six hours" but takes no
    "moment" or "while"; the two are not merged, as each would change the other's readings.)"""
    L, T = s.L, s.T
    m = k
    while m < s.hi and m - k < 3 and (L[m] in _SPAN_OPENERS or L[m] in CARDINALS or T[m].isdigit()):
        m += 1
    return m < s.hi and (L[m] in _SPANS_OF_TIME or L[m] in TIME_SPANS or L[m] in _MOMENTS)


_SPAN_OPENERS: Final = frozenset("a an some several few long good full".split())
_MOMENTS: Final = frozenset(("moment", "moments", "seconds", "ages"))


def _visit(s: Sentence, k: int) -> bool:
    """Whether what "called on" takes at ``k`` is only whom was visited: no "to" asks them to do
    anything, and no quotation or colon follows in the sentence ("called on buyers in Milan and
    Paris last week"; not "called on Congress to act", "called on Gov. Rick Snyder (R) to resign")."""
    if k >= s.hi or not s.T[k][0].isalnum():
        return False
    for m in range(k, s.hi):
        t = s.T[m]
        if s.L[m] in _CALL_PARTICLES or s.L[m] == "to" or t in DOUBLE_QUOTES or t == ":" or t == "‘":
            return False
        if t == ";":
            break
    return True


_SEEN_AS_REACH: Final = 5  # words from "see" to "as": "saw the new film as"
_POSTAL_MEANS: Final = frozenset(("post", "courier", "airmail", "delivery", "mail"))
# what may name the service before its means: "by special delivery", "by recorded post"
_POSTAL_KINDS: Final = frozenset(("special", "recorded", "registered", "tracked", "first-class", "second-class", "express", "next-day", "same-day", "overnight"))
_POSTED_REACH: Final = 12  # words from "posted" to its "by": "posted the hard drives to every participating cinema by"


def _sent_by_post(s: Sentence, k: int) -> bool:
    """Whether "posted" takes at ``k`` an object and then "by" and a postal service, before any
    "that" or mark: "posted the hard drives to every participating cinema by special delivery"."""
    x = _word_in_clause(s, k, _POSTED_REACH, "by")
    if x <= k or x + 1 >= s.hi:
        return False
    y = x + 2 if s.L[x + 1] in _POSTAL_KINDS and x + 2 < s.hi else x + 1
    return s.L[y] in _POSTAL_MEANS


def _count_at(s: Sentence, k: int) -> bool:
    """Whether a count opens at ``k``: figures or a number word ("80,000", "two million", "nearly")."""
    return 0 <= k < s.hi and (s.T[k][0].isdigit() or s.L[k] in _NUMBER_WORDS)


def _thing_labelled(s: Sentence, i: int, first: int) -> bool:
    """Whether the "labelled" at ``i`` follows a thing that a verb or a preposition takes, a
    reduced passive that describes it: "denied entry to a crate of umbrella stands labelled as
    furniture", "prefer items labeled “Made in the U.S.A.”" (not "Critics labelled the plan", nor
    "The candidate labeled “a leader”", whose subject opens the sentence)."""
    L, T = s.L, s.T
    j = i - 1
    if j <= first or not lower_open_word(s, j) or L[j] in NOUNS:
        return False
    a, b = phrase_left(s, j, first)
    if not (first < a < b == i):
        return False
    w = L[a - 1]
    return T[a - 1].isalpha() and initial_lower(T[a - 1]) and (
        "preposition" in classes(w) or not classes(w) and w not in NOUNS
    )


def _called_back_object(s: Sentence, k: int) -> bool:
    """Whether "recall" takes at ``k`` people (or their craft, or goods) called back, with no
    relative after them: "recalled its fighters", "recalled the patient, a 63-year-old, for a
    second check" (not "recalled the patient who had shouted at him", a memory of someone)."""
    x = _object_at(s, k, _RECALLED_PEOPLE, 1)
    return x >= 0 and not (x + 1 < s.hi and s.L[x + 1] in RELATIVE_WORDS)


def _goods_recalled_over(s: Sentence, k: int) -> bool:
    """Whether "recall" takes at ``k`` goods with no article (bare or counted) and then "over" a
    hazard: "Recalls Lily Bulbs Over Virus Fears", "recalls 4,000 kettles over fire risk" (not
    "recalled the row over safety concerns", a memory of a quarrel)."""
    if k >= s.hi or s.L[k] in _ARTICLES_AND_OWNERS or not s.T[k][0].isalnum() or classes(s.L[k]) - MODIFIER_ONLY_CLASSES:
        return False
    over = _word_in_clause(s, k + 1, _RECALLED_GOODS_REACH, "over")
    return over > 0 and any(s.L[x] in _HAZARDS for x in range(over + 1, min(s.hi, over + _HAZARD_REACH + 1)))


def _caution_given(s: Sentence, k: int) -> bool:
    """Whether the police named at ``k`` (after "was cautioned by") end the clause, or a reason
    or a time follows them: "cautioned by police after ...", "cautioned by officers for ..." (not
    "cautioned by police against travelling", "... that roads were icy")."""
    if k < s.hi and s.L[k] == "the":
        k += 1
    if not (k < s.hi and s.L[k] in _POLICE_WORDS):
        return False
    k += 1
    return k >= s.hi or not s.T[k][0].isalnum() and s.T[k] != "," or s.L[k] in _CAUTION_REASONS


_POLICE_WORDS: Final = frozenset(("police", "officers", "detectives", "constables"))
_CAUTION_REASONS: Final = frozenset(("after", "for", "over", "following", "and", "in", "on"))


# states a thing or a person is reported in: "reported stolen", "reported missing"
_REPORTED_STATES: Final = frozenset("stolen missing lost dead killed injured wounded".split())
_RECALLED_GOODS_REACH: Final = 4  # words of goods before "over": "Lily Bulbs", "4,000 electric kettles"
_HAZARD_REACH: Final = 3  # words after "over" to the hazard: "possible salmonella contamination"
# what goods are recalled over
_HAZARDS: Final = frozenset("fears fear concerns concern risk risks fault faults defect defects contamination safety".split())


def _word_in_clause(s: Sentence, k: int, reach: int, word: str) -> int:
    """Where ``word`` first stands within ``reach`` words from ``k``, before any "that" or mark
    ends the clause (a plural owner's apostrophe does not: "told her colleagues' handwriting
    apart"); -1 when it does not."""
    for m in range(k, min(s.hi, k + reach)):
        if s.L[m] == word:
            return m
        if s.L[m] == "that" or not (s.T[m][0].isalnum() or s.T[m] in APOSTROPHES):
            return -1
    return -1


def _that_within(s: Sentence, k: int, reach: int) -> bool:
    """Whether a "that" comes within ``reach`` words from ``k``."""
    return any(s.L[m] == "that" for m in range(k, min(s.hi, k + reach)))


def _share_of_place_claimed(s: Sentence, k: int) -> bool:
    """Whether "claim" takes at ``k`` a share of something and nothing after it makes a clause:
    "the colony had claimed the whole of the loft above the nursery", "claimed most of the
    valley" (not "claimed the whole of the money was stolen")."""
    L = s.L
    y = k + 2 if k + 2 < s.hi and L[k] == "the" and L[k + 1] == "whole" else k + 1
    if not (y < s.hi and L[y] == "of" and (y == k + 2 or L[k] in _CLAIMED_SHARES)):
        return False
    y += 1
    if y < s.hi and L[y] in _ARTICLES_AND_OWNERS:
        y += 1
    e = y
    while e < s.hi and e - y < 3 and lower_open_word(s, e):
        e += 1
    return e > y and _object_ends_before(s, e)


_CLAIMED_SHARES: Final = frozenset(("most", "much", "part", "half"))


def _claims_an_act(s: Sentence, k: int) -> bool:
    """ "claimed the bombing", "claimed Monday's attack in a statement", "claimed at least 12
    lives", "claimed two more climbers", "claiming his third victory": an act, lives or a prize
    claimed.  "claimed the attack was staged" and "claimed his life was in danger" have a clause
    after the noun, and "claimed the rebels staged an attack" a clause before it, so they stay
    statements."""
    T, L = s.T, s.L
    if _amount_object(s, k) or _count_claimed(s, k) or _share_of_place_claimed(s, k):
        return True
    for m in range(k, min(s.hi, k + _CLAIM_REACH)):
        low = L[m]
        if T[m] in CURRENCY_MARKS and _paid_from(s, m + 1):
            return True  # "claimed £1.4m from its insurers": money, not a statement
        if _opens_prize_or_offer(s, k, m) and _object_ends_before(s, _common_words_end(s, m + 1)):
            # "claimed best veteran at the show", "can claim a free glass vase with any order" (but
            # "claimed free speech was under threat" goes on into a clause)
            return True
        if low in _CLAIMED_ACTS or low in _LIVES or low in _CLAIMED_GAINS:
            if m + 1 < s.hi and L[m + 1] in _CLAIMED_GAINS:
                continue  # the first names the second: "a bronze medal", "the gold medal"
            if low in _CLAIMED_GAINS and _gain_named_later(s, m + 1):
                continue  # "his maiden five-wicket haul": the first describes a gain named after it
            if low in _RANKS and m + 1 < s.hi and lower_open_word(s, m + 1):
                continue  # a rank before what it ranks: "claimed a third successive win" (but "claimed third place")
            if L[k] == "that" and m + 1 < s.hi and L[m + 1] == "of":
                return False  # "claimed that half of trainees received no wage": "that" opens a clause, a share its subject
            if L[k] == "that" and k + 1 < s.hi and "determiner" in classes(L[k + 1]):
                return False  # "claims that most track days finish by 5pm": no determiner follows a demonstrative "that"
            end = m + 1
            while end < s.hi and initial_upper(T[m]) and T[end].isalpha() and initial_upper(T[end]) and not s.title_case():
                end += 1  # a prize's name goes on past its gain: "claimed the Grand Prix National at Cardiff"
            return _object_ends_before(s, end) or low in _CLAIMED_GAINS and (_purpose_after(s, m + 1) or _left_behind(s, m + 1))
        if m > k and low.endswith("ed") and m + 1 < s.hi and (
            L[m + 1] in _CLAIMED_GAINS or L[m + 1] in _CLAIMED_ACTS or m - 1 == k and L[k] in ARTICLES and initial_lower(T[m + 1])
        ):
            # an adjective in -ed right before what is claimed, or right after its article: "a
            # coveted seat", "the disputed territory", "the abandoned fishing boat"
            continue
        if m > k + 1 and L[k] in _ARTICLES_AND_OWNERS and _left_behind(s, m) and not _verb_after_place(s, m + 1):
            # any thing left somewhere is taken, not said: "claim the 200 bolts of cloth left in
            # the bonded warehouse" (not "claimed the car parked in the street belonged to her")
            return True
        if not _before_claimed_noun(T, L, m, k, s.title_case()):
            return False
    return False


def _opens_prize_or_offer(s: Sentence, k: int, m: int) -> bool:
    """Whether word ``m`` of the object that opens at ``k`` marks a prize or an offer: "best" with
    no article (a class's prize: "best veteran", "best in show"), or "free" first or after its
    article ("free tickets", "a free glass vase")."""
    low = s.L[m]
    return initial_lower(s.T[m]) and (
        low == "best" and m == k or low == "free" and (m == k or m == k + 1 and s.L[k] in ARTICLES)
    )


def _common_words_end(s: Sentence, k: int) -> int:
    """The token after the run of plain lower-case words (no function word; hyphened ones too:
    "one-to-one") that opens at ``k``."""
    while k < s.hi and s.T[k].replace("-", "").isalpha() and initial_lower(s.T[k]) and not classes(s.L[k]):
        k += 1
    return k


def _verb_after_place(s: Sentence, k: int) -> bool:
    """Whether a clause's verb follows the place phrase that opens at ``k``, before a mark or a
    word that opens another clause: "in the street [belonged]" (an "-ed" word before a lower-case
    word describes it: "in the bonded warehouse after the importer collapsed" has none)."""
    L, T = s.L, s.T
    for x in range(k + 1, min(s.hi, k + _LEFT_BEHIND_REACH + 2)):
        low = L[x]
        if not T[x][0].isalnum() or low in _CLAUSE_OPENERS_AFTER_PLACE:
            return False
        if low in AUXILIARIES or low in MODALS or low in _IRREGULAR_PASTS:
            return True
        if low.endswith("ed") and not (x + 1 < s.hi and lower_open_word(s, x + 1)):
            return True
    return False


_CLAUSE_OPENERS_AFTER_PLACE: Final = frozenset("after before when while because since until as and but or".split())


def _left_behind(s: Sentence, k: int) -> bool:
    """Whether a participle of a thing left or kept somewhere opens a reduced relative at ``k``:
    "claimed the racquet bag left in the men's changing room" (not "claimed the bag was left", nor
    "claimed the bag found in the car was not his", where the clause's verb follows)."""
    return k + 1 < s.hi and s.L[k] in _LEFT_BEHIND and s.L[k + 1] in _AFTER_AN_ACT and not _main_verb_follows(s, k + 1, _LEFT_BEHIND_REACH)


# participles of things left, kept or taken somewhere, which a reduced relative opens with
_LEFT_BEHIND: Final = frozenset("left abandoned dumped found lost forgotten stored kept parked seized impounded".split())
_LEFT_BEHIND_REACH: Final = 6  # words of where the thing was left, before a clause's own verb: "found in the car [was]"


def _gain_named_later(s: Sentence, k: int) -> bool:
    """Whether a claimed gain is named within three lower-case words from ``k`` (in a title-case
    headline, or after a capitalised gain, any case): "maiden [five-wicket] haul", "the best [small
    practice] title", "Claims Third [Clay] Title of the Season", "the Silver [Herring] trophy"."""
    # (a capitalised gain opens a name, whose words are capitalised too: "the Silver Herring trophy")
    named = s.title_case() or k - 1 > s.first and initial_upper(s.T[k - 1])
    for m in range(k, min(s.hi, k + 3)):
        if s.L[m] in _CLAIMED_GAINS:
            return True
        if not (s.T[m][0].isalnum() and (named or initial_lower(s.T[m])) and not classes(s.L[m]) - _ORG_WORD):
            return False  # (a body's word may describe the gain: "the District darts league title")
    return False


_ORG_WORD: Final = frozenset(("org_word",))


def _purpose_after(s: Sentence, k: int) -> bool:
    """Whether an infinitive of purpose opens at ``k``: "claimed the final two wickets to seal the
    win" (a bare verb after "to", no "be": not "claimed the seat to be his")."""
    return k + 1 < s.hi and s.L[k] == "to" and s.T[k + 1].isalpha() and initial_lower(s.T[k + 1]) and (
        s.L[k + 1] not in _BE and s.L[k + 1] not in ARTICLES and s.L[k + 1] not in _OWNERS
    )


def _deal_for(s: Sentence, k: int) -> bool:
    """Whether a bargain struck and its purpose follow "agreed" at ``k``: "agreed a £90 million deal
    to buy six hotels" (the infinitive says what the deal is for)."""
    x = _object_at(s, k, _AGREED_THINGS, 3)
    return x >= 0 and x + 2 < s.hi and s.L[x + 1] == "to" and s.T[x + 2].isalpha() and initial_lower(s.T[x + 2])


def _count_claimed(s: Sentence, k: int) -> bool:
    """Whether the whole object at ``k`` is a count of people or of things taken, perhaps after "at
    least" or "another": "The mountain claimed two more climbers on the descent", "A peregrine has
    claimed at least nine birds from the same loft" (not "claimed two climbers were lost")."""
    T, L = s.T, s.L
    if k + 2 < s.hi and (L[k] == "another" or L[k] == "at" and L[k + 1] == "least"):
        k += 1 if L[k] == "another" else 2  # "claimed another two boards", "claimed at least nine birds"
    if k >= s.hi or not (T[k].isdigit() or L[k] in CARDINALS):
        return False
    m = k + 1
    if m + 2 < s.hi and L[m] == "of" and L[m + 1] in _ARTICLES_AND_OWNERS:
        # a share of a herd or a field taken: "A fox claimed four of the pet lambs", "claimed two
        # of the seats" (a plain plural at most one word on; not "claimed two of the men were innocent")
        x = m + 2
        if x + 1 < s.hi and lower_open_word(s, x) and not L[x].endswith("s"):
            x += 1
        return T[x].isalpha() and initial_lower(T[x]) and s_inflection(L[x]) and _object_ends_before(s, x + 1)
    if m < s.hi and (L[m] == "more" or L[m] == "other"):
        m += 1
    if m + 1 < s.hi and lower_open_word(s, m) and L[m] not in NOUNS and not s_inflection(L[m]):
        m += 1  # a word that describes them: "has claimed three young swimmers since 2006"
    if m >= s.hi or not _object_ends_before(s, m + 1):
        return False
    entry = NOUNS.get(L[m])
    # (or any plural thing taken: "A peregrine has claimed at least nine birds from the same loft")
    return entry is not None and entry.plural_of_people() or T[m].isalpha() and initial_lower(T[m]) and s_inflection(L[m])


# words before an amount claimed: "up to £300", "at least 12", "nearly 400"
_BEFORE_AN_AMOUNT: Final = frozenset("up to at least more than nearly almost about some over around".split())
_AMOUNT_REACH: Final = 14  # the words read after an amount for the verb of a clause


def _amount_object(s: Sentence, k: int) -> bool:
    """Whether an amount opens the object at ``k`` and no clause follows it: money, a share or a
    quantity claimed, conceded or realised ("claimed £18,000 in housing benefit", "can claim up
    to £300 a year", "claimed 54 percent of the vote", "conceded 10lb to the field", "The sale
    realised £14.3m"), not a statement about a number ("claimed nearly 400 delegates
    participated", "claimed 3 million people were paid")."""
    T, L = s.T, s.L
    m = k
    while m < s.hi and m - k < 2 and L[m] in _BEFORE_AN_AMOUNT:
        m += 1
    if m >= s.hi or not (T[m] in CURRENCY_MARKS or T[m][0].isdigit() or L[m] in CARDINALS and m + 1 < s.hi and L[m + 1] in _MAGNITUDES):
        return False
    if T[m] in CURRENCY_MARKS and _money_of_a_kind(s, m + 1):
        return True
    for x in range(m + 1, min(s.hi, m + _AMOUNT_REACH)):
        t = T[x]
        if t in TERMINATORS or t == ";" or t == "," and x == m + 1 and not (x + 1 < s.hi and T[x + 1][0].isdigit()):
            return True  # (a comma right after it closes a clause: "who claims 7lb, rode")
        low = L[x]
        if low in SUBORDINATORS and x > m + 1:
            return True  # a clause of its own begins: "can claim up to £85,000 through the scheme if an insurer fails"
        if t[0].isalpha() and initial_lower(t) and (
            _finite_word(low) and not _participle_as_adjective(L, x, s.lo) and L[x - 1] not in PREPOSITIONS or low == "that"
        ):
            # the amount is the subject of a clause, or a relative's antecedent (but "for a
            # damaged laptop and a stolen bicycle" and "in refunded fees" describe what the amount
            # is for: no verb follows a preposition)
            return False
    return False  # too long to tell


# words from "claimed" to what is claimed: "claimed $12,000 in travel expenses" (a number's commas are tokens)
_CLAIM_REACH: Final = 8
# the words of an amount after its currency mark: "1.4m", "2 million", "12,000"
_AMOUNT_WORDS: Final = frozenset("m bn k million billion thousand , .".split())


def _money_of_a_kind(s: Sentence, k: int) -> bool:
    """Whether an amount of money starting at ``k`` (after its currency mark) says what the money
    was ("£2,400 in consultation fees") and runs to a comma with no verb on either side of it:
    "claimed £2,400 in fees under the scheme in the last quarter, almost all of it for sore
    throats" (but "claimed $5 billion in aid, the largest sum ever, was stolen" is a clause)."""
    T, L = s.T, s.L
    m = _amount_end(s, k)
    if not (k < m and m + 1 < s.hi and L[m] == "in" and initial_lower(T[m + 1])):
        return False
    for x in range(m + 1, min(s.hi, m + _MONEY_KIND_REACH)):
        if L[x] == "that" or _finite_word(L[x]) and initial_lower(T[x]):
            return False
        if T[x] == ",":
            return not any(
                _finite_word(L[y]) and initial_lower(T[y]) and not _describes_its_noun(s, y) for y in range(x + 1, min(s.hi, x + _AFTER_A_COMMA))
            )
        if T[x] in TERMINATORS or T[x] == ";":
            return True
    return False


def _describes_its_noun(s: Sentence, y: int) -> bool:
    """Whether the participle in -ed at ``y`` follows an article's noun and goes on to a
    preposition or "like", a reduced relative on that noun, no clause's verb: "a trophy shaped
    like a cobbler's last", "a set made in Sheffield"."""
    L, T = s.L, s.T
    return (
        y - 2 >= s.lo and y + 1 < s.hi and L[y - 2] in ARTICLES and lower_open_word(s, y - 1)
        and L[y].endswith("ed") and (L[y + 1] in AFTER_PARTICIPLE or L[y + 1] == "like")
    )


_MONEY_KIND_REACH: Final = 20  # words from "in" after an amount to the comma that ends its phrase
_AFTER_A_COMMA: Final = 10  # the words read after a comma for the verb of a clause that an insertion splits


def _paid_from(s: Sentence, k: int) -> bool:
    """Whether an amount of money starting at ``k`` (after its currency mark) is followed by
    "from", whoever pays it: "£1.4m from its insurers", "$2 million from the fund"."""
    m = _amount_end(s, k)
    return k < m < s.hi and s.L[m] == "from"


def _amount_end(s: Sentence, k: int) -> int:
    """The token after the figures of an amount of money that starts at ``k`` (after its currency
    mark): its digits, its magnitude and the marks inside the figure ("2,400", "1.4 million"),
    within :data:`_CLAIM_REACH` tokens; a comma or a point after the figure ends it."""
    T, L = s.T, s.L
    m = k
    while m < s.hi and m - k < _CLAIM_REACH and (
        T[m][0].isdigit() or L[m] in _AMOUNT_WORDS and (T[m] not in ",." or m + 1 < s.hi and T[m + 1][0].isdigit())
    ):
        m += 1
    return m


_SOUNDING_THROUGH: Final = frozenset("across through around off down along".split())
_PRICE_REACH: Final = 5  # words from "charged" to the price: "charged the campaign approximately $3.7 million"


def _price_within(s: Sentence, k: int) -> bool:
    """Whether a price follows at ``k`` within a few words, before any "that" or "with": what is
    charged, not what is alleged."""
    for m in range(k, min(s.hi, k + _PRICE_REACH)):
        t = s.T[m]
        if t in CURRENCY_MARKS or len(t) > 1 and t[-1] == "p" and t[:-1].isdigit():
            return True  # (and pence: "charged at 45p a mile")
        if s.L[m] in ("that", "with") or not s.T[m][0].isalnum():
            return False
    return False


def _outlet_after_for(s: Sentence, k: int) -> bool:
    """Whether a name (an outlet) follows "for" at ``k``, after an optional "the"."""
    if k < s.hi and s.L[k] == "the":
        k += 1
    return k + 1 < s.hi and initial_upper(s.T[k]) and s.T[k].isalpha() and s.L[k + 1] not in ("that", ",")


# where one reports in person: "reported for duty", "reported to the training camp"
_REPORTED_TO: Final = content_words("reported_to_place")


def _reported_in_person(s: Sentence, k: int) -> bool:
    """Whether "to" or "at" at ``k``, after "report", says where someone turned up: an article or
    an owner follows ("reported to the harbour office", "reported at his local station"; or bare
    police, to whom a crime is reported: "The break-in was reported to police"), and
    nothing in the rest of the sentence carries what was reported (no "that", colon or quotation
    mark: "reported to the IRS that his salary was ..." tells)."""
    T, L = s.T, s.L
    if k + 1 >= s.hi or L[k + 1] not in _ARTICLES_AND_OWNERS and not (L[k] == "to" and L[k + 1] in _BARE_AUTHORITIES):
        return False  # "is reported to have", "reported at least six planes", "reported to Congress"
    if L[k] == "at" and k + 2 < s.hi and L[k + 2] in _POINTS_IN_TIME:
        return False  # "As this newspaper reported at the time, she was": when, not where
    return not any(L[x] == "that" or T[x] == ":" or T[x] in DOUBLE_QUOTES for x in range(k + 2, s.hi))


_POINTS_IN_TIME: Final = frozenset(("time", "weekend", "moment", "outset"))
# whom a crime is reported to, with no article: "The break-in was reported to police the following morning"
_BARE_AUTHORITIES: Final = frozenset(("police", "authorities"))


def _object_among(s: Sentence, k: int, nouns: frozenset[str], described: int) -> bool:
    """Whether one of ``nouns`` follows at ``k``, after an article or an owner and at most
    ``described`` words that describe it: "assumed [the greatest] office", "reported to [the
    training] camp" (not "reported to Congress that": a name or a function word ends the look)."""
    return _object_at(s, k, nouns, described) >= 0


def _explainer_heading(s: Sentence, k: int) -> bool:
    """Whether a count and a plural noun end the sentence at ``k``, or come before a colon or a
    comma, after "explained in": "Sugar tax explained in five charts", "The budget explained in
    90 seconds:", "Shoe repair explained in six steps, from prising off the old heel to ..." (not
    "He explained in two sentences that ...")."""
    if k + 1 >= s.hi or not (s.T[k].isdigit() or s.L[k] in _WORD_COUNTS) or not s_inflection(s.L[k + 1]):
        return False
    return k + 2 >= s.hi or s.T[k + 2] in TERMINATORS and k + 3 >= s.hi or s.T[k + 2] in (":", ",")


def _admitted_into(s: Sentence, k: int) -> bool:
    """Whether a place one is let into (:data:`_ADMITTED_TO`) follows "admitted to" at ``k``, with
    no clause after it and no person it describes: "admitted to hospital", "admitted to the
    coat-making course" (not "admitted to the course director that she had lied", nor "admitted to
    the programme that")."""
    x = _object_at(s, k, _ADMITTED_TO, 2)
    return x >= 0 and not clause_follows(s, x + 1) and not (x + 1 < s.hi and s.L[x + 1] in NOUNS)


def _turned_up_at(s: Sentence, k: int) -> bool:
    """Whether a place one turns up at (:data:`_REPORTED_TO`) follows "reported to" at ``k`` (after
    up to two words that describe it: "reported for mandatory data-protection training"), and
    no "that" or quotation after it makes the place the hearer: "reported to court at 10am", not
    "reported to the court that the fee was paid"."""
    x = _object_at(s, k, _REPORTED_TO, 2)
    return x >= 0 and not clause_follows(s, x + 1)


_STATIONED_AT: Final = frozenset(("at", "outside", "on", "by", "near", "inside"))  # where people are posted


def _stationed_at(s: Sentence, k: int) -> bool:
    """Whether a place one turns up at (:data:`_REPORTED_TO`) follows "posted to" at ``k``, after
    an article or an owner and at most two words, a name's among them, and no clause follows:
    "posted to the Hexley depot this winter", "posted to the base" (not "posted to her Facebook
    page")."""
    L, T = s.L, s.T
    m = k + 1 if k < s.hi and L[k] in _ARTICLES_AND_OWNERS else k
    for x in range(m, min(s.hi, m + 3)):
        if L[x] in _REPORTED_TO and initial_lower(T[x]):
            return not clause_follows(s, x + 1)
        if not T[x].isalpha():
            return False
    return False


def _person_known(s: Sentence, k: int) -> bool:
    """Whether "recognize" takes at ``k`` a person, the whole object: "recognised him on a bus",
    "recognized the Cabinet member." (not "recognized the president had lied", "recognized her
    ability")."""
    return _whole_people_object(s, k, PERSON_NOUNS)


# what one cannot believe when astonished: "could hardly believe their eyes"
_SENSES: Final = frozenset(("eyes", "ears", "luck"))
# what is learnt as a skill, not as news: "learnt their trade", "learned the lyrics", "learned the sport as a six-year-old"
_SKILLS: Final = frozenset("trade craft lyrics lines language languages song songs ropes part role steps moves quirks sport basics rudiments".split())


def _skill_learned(s: Sentence, k: int) -> bool:
    """Whether "learn" takes at ``k`` a skill for its whole object, or one that an "-ing" word
    follows, where it was learned: "learned his trade repairing bridges in Burma"."""
    x = _object_at(s, k, _SKILLS, 2)
    return x >= 0 and (_object_ends_before(s, x + 1) or x + 1 < s.hi and s.L[x + 1].endswith("ing") and s.T[x + 1].islower())


# what is voiced as a view: "voiced concern", "voiced his support for"
_VOICED_VIEWS: Final = content_words("voiced_view")
# when in play a side concedes: "conceded in stoppage time"
_PLAYING_TIMES: Final = frozenset(("stoppage", "injury", "added", "extra"))


# counts of what is let in or given away: "conceded two fish", "conceded three tries"
_CONCEDED_COUNTS: Final = frozenset("two three four five six seven eight nine ten".split())
# what a count may number that is conceded in words: "conceded two points in the debate"
_THINGS_CONCEDED_IN_WORDS: Final = frozenset("points point things thing mistakes errors issues".split())


def _count_given_away(s: Sentence, k: int) -> bool:
    """Whether the noun a count numbers at ``k`` (one or two lower-case words, none a function
    word nor :data:`_THINGS_CONCEDED_IN_WORDS`) ends the object before "to", "in" or the end:
    "conceded two fish to his neighbour" (not "conceded three mistakes had been made")."""
    L, T = s.L, s.T
    x = k
    while x < s.hi and x - k < 2 and lower_open_word(s, x) and L[x] not in _THINGS_CONCEDED_IN_WORDS and not _finite_word(L[x]):
        x += 1
    return x > k and (x >= s.hi or L[x] in _AFTER_A_COUNT_GIVEN or T[x] in TERMINATORS)


_AFTER_A_COUNT_GIVEN: Final = frozenset(("to", "in", "against", "and", "during", "before", "after"))


def _conceded_in_play(s: Sentence, nx: int) -> bool:
    """Whether "conceded" before ``nx`` lets in a score or gives away weight with no object that
    :data:`_CONCEDED_SCORES` names: a count that is no year and starts no clause ("conceded
    10lb to the field"), "twice", or a time of play ("conceded in stoppage time"); not "conceded
    defeat" or "conceded 2016 was a bad year"."""
    if nx < 0:
        return False
    t = s.T[nx]
    if t[0].isdigit() and not year_figure(t):
        return _amount_object(s, nx)  # (the same test: no clause after the count)
    if s.L[nx] == "another" and nx + 1 < s.hi:
        nx += 1  # "conceded another four metres to the North Sea"
    if s.L[nx] in _CONCEDED_COUNTS:
        return _count_given_away(s, nx + 1)
    return s.L[nx] == "twice" and _object_ends_before(s, nx + 1) and not clause_follows(s, nx + 1) or (
        s.L[nx] == "in" and nx + 1 < s.hi and s.L[nx + 1] in _PLAYING_TIMES
    )


def _uncovered_by_hand(s: Sentence, i: int, first: int, nx: int) -> bool:
    """Whether "revealed" at ``i`` has for its subject an act of hands that opens the sentence
    ("Lifting the carpet", "Scratching off the final panel") and a thing for its object, with no
    clause after it."""
    t = s.T[first]
    if not (t.endswith("ing") and initial_upper(t) and s.L[first] not in NOUNS) or nx < 0 or s.L[nx] == "that":
        return False
    if not all(s.T[x][0].isalnum() for x in range(first, i)):
        return False  # ("Speaking on Monday, the minister revealed")
    return not clause_follows(s, nx) and not _bare_clause_at(s, nx)


def _people_questioned(s: Sentence, k: int) -> bool:
    """Whether "questioned" takes at ``k`` people, the whole object or one followed by a
    circumstance: "questioned the crew for six hours", "questioned two men" (not "questioned her
    judgment", "questioned the star's identity", "questioned whether")."""
    return _whole_people_object(s, k, _PEOPLE_NOUNS)


def _whole_people_object(s: Sentence, k: int, nouns: frozenset[str]) -> bool:
    """Whether an object pronoun or one of ``nouns`` (after an article or an owner, one word
    that describes it, or a count: "two men") is the whole object at ``k``, not the owner of it
    ("the officials' claims")."""
    x = k if k < s.hi and s.L[k] in _OBJECT_PRONOUNS and s.L[k] != "it" else _object_at(s, k, nouns, 1)
    if x < 0 and k + 1 < s.hi and (s.L[k] in CARDINALS or s.T[k].isdigit()) and s.L[k + 1] in nouns:
        x = k + 1
    if x < 0 or x + 1 < s.hi and s.T[x + 1] in APOSTROPHES:
        return False
    return _object_ends_before(s, x + 1)


# people, one or many, as an object: "questioned the crew", "questioned the suspects"
_PEOPLE_NOUNS: Final = frozenset(w for w, e in NOUNS.items() if e.cls in ("individual", "group"))


def _looked_at(s: Sentence, k: int) -> bool:
    """Whether "view" takes at ``k`` a thing looked at (:data:`_VIEWED_THINGS`) and no "as" after
    it makes the view one held: "viewed the flat", not "viewed the footage as proof"."""
    x = _object_at(s, k, _VIEWED_THINGS, 2)
    return x >= 0 and not (x + 1 < s.hi and s.L[x + 1] == "as")


# what one posts things through by hand: "posted leaflets through every letterbox"
_LETTERBOXES: Final = frozenset("letterbox letterboxes mailbox mailboxes door doors window windows".split())
_DELIVERY_REACH: Final = 4  # lower-case words of the object before "through"


def _delivered_by_hand(s: Sentence, k: int) -> bool:
    """Whether "post" takes at ``k`` a short lower-case object, then "through" a letterbox or a
    door (:data:`_LETTERBOXES`): "posted raffle tickets through every letterbox" (not "posted a
    message through its website", which publishes words)."""
    L, T = s.L, s.T
    m = k
    while m < s.hi and m - k < _DELIVERY_REACH and _plain_word(T[m], L[m]) and initial_lower(T[m]) and L[m] != "through":
        m += 1  # (an owner may be one of its words: "the week's letters")
    if m == k or m + 1 >= s.hi or L[m] != "through":
        return False
    # ("through every letterbox", "the door", "9,000 letterboxes")
    x = m + 2 if L[m + 1] in _ARTICLES_AND_OWNERS or L[m + 1] in _OBJECT_COUNTS else _figure_end(s, m + 1)
    if x + 1 < s.hi and L[x + 1] in _LETTERBOXES and lower_open_word(s, x):
        x += 1  # "through upstairs windows", "through the front door"
    return x < s.hi and L[x] in _LETTERBOXES


def _put_up_at_every(s: Sentence, k: int) -> bool:
    """Whether "post" takes at ``k`` a short object that is no words said, then "at" every or each
    place: "posted the new timetables at every stop" (not "posted a message at every ...")."""
    m = _word_after_short_object(s, k, "at", False)
    return m >= 0 and m + 1 < s.hi and s.L[m + 1] in _RECIPIENT_QUANTIFIERS and not any(s.L[x] in _WORDS_SAID for x in range(k, m))


def _languages_at(s: Sentence, k: int) -> bool:
    """Whether languages are the whole object at ``k``: a capitalised demonym that ends the object
    or stands before "and", "or" or a comma ("understood German, French and ..."; not "understood
    German concerns", whose demonym describes what is understood)."""
    if k >= s.hi or not initial_upper(s.T[k]) or "demonym" not in classes(s.L[k]):
        return False
    nx = k + 1
    return nx >= s.hi or not s.T[nx][0].isalnum() or s.L[nx] in ("and", "or")


def _people_let_in(s: Sentence, k: int) -> bool:
    """Whether the object of "admit" at ``k`` is people let in (:data:`_ADMITTED_PEOPLE`), a whole
    object or one followed by where they were let: "admitted women as members", "admitted a
    trainee pilot to the flight deck"."""
    counted = k < s.hi and s.L[k] in _WORD_COUNTS  # "admitted twenty new junior members"
    x = _object_at(s, k, _ADMITTED_PEOPLE, 3 if counted else 2)
    if x < 0 and k < s.hi and (s.L[k] in _REFLEXIVES or s.L[k] in ARTICLES and k + 1 < s.hi and s.L[k + 1] in PERSON_NOUNS):
        x = k if s.L[k] in _REFLEXIVES else k + 1  # "admitted himself to a psychiatric unit", "admitted the congressman overnight"
    return x >= 0 and (_object_ends_before(s, x + 1) or s.L[x + 1] in _LET_IN_HOW and not (
        x + 2 < s.hi and _finite_word(s.L[x + 2])  # (a clause's verb: "admitted visitors only had themselves to blame")
    ))


# how people are let in, after them: "admitted a trainee pilot to the flight deck", "admits children
# free", "admitted trade visitors only"
_LET_IN_HOW: Final = frozenset(("to", "free", "only"))


def _sins_confessed(s: Sentence, k: int) -> bool:
    """Whether "confess" takes at ``k`` sins (:data:`_RITES`) as the whole object, or before "to"
    and who hears them: "confess their sins to a priest" (not "confessed his sins were many")."""
    x = _object_at(s, k, _RITES, 1)
    return x >= 0 and (_object_ends_before(s, x + 1) or s.L[x + 1] == "to")


_NAME_WORDS_BEFORE_SCORE: Final = 3  # "the Orsay route", "the New Hampshire primary"


def _score_conceded(s: Sentence, k: int) -> bool:
    """Whether "concede" takes at ``k`` a score, a point or a contest (:data:`_CONCEDED_SCORES`)
    that ends the object or goes "to" the winner: "conceded four goals in the charity match",
    "conceded the quiz title to the library staff" (not "conceded the election was lost")."""
    x = _object_at(s, k, _CONCEDED_SCORES, 2)
    if x < 0:
        # a contest or ground a name describes, handed "to" the winner: "conceded the Orsay route
        # to a cheaper rival"
        m = k + 1 if k < s.hi and s.L[k] in ARTICLES else k
        x = m
        while x < s.hi and x - m < _NAME_WORDS_BEFORE_SCORE and initial_upper(s.T[x]) and s.T[x].isalpha():
            x += 1
        return m < x < s.hi - 1 and s.L[x] in _CONCEDED_SCORES and s.L[x + 1] == "to"
    if x + 1 < s.hi and s.L[x + 1] in _CONCEDED_SCORES:
        x += 1  # a compound of two: "conceded the race lead on the penultimate stage"
    return _object_ends_before(s, x + 1) or s.L[x + 1] == "to"


def _whole_object_among(s: Sentence, k: int, nouns: frozenset[str], described: int) -> bool:
    """Whether one of ``nouns`` follows at ``k`` (as in :func:`_object_among`) and the object ends
    with it: "agreed a merger in principle", but not "agreed the deal was fair"."""
    x = _object_at(s, k, nouns, described)
    return x >= 0 and _object_ends_before(s, x + 1)


def _object_at(s: Sentence, k: int, nouns: frozenset[str], described: int) -> int:
    """The token of the noun :func:`_object_among` looks for, or -1."""
    L, T = s.L, s.T
    m = k + 1 if k < s.hi and (L[k] in _ARTICLES_AND_OWNERS or L[k] in _OBJECT_COUNTS) else k
    if m == k + 1 and m + 1 < s.hi and L[m] == "or" and L[k] in POSSESSIVE_PRONOUNS and L[m + 1] in POSSESSIVE_PRONOUNS:
        m += 2  # two owners for either sex: "wrote his or her name"
    m = _past_approximation(s, m)  # "wrote more than 60 speeding tickets"
    end = min(s.hi, m + described + 1)
    x = m
    while x < end:
        if L[x] in nouns:
            return x
        if T[x] in CURRENCY_MARKS or L[x] in _MAGNITUDES or L[x] in _PERCENT_WORDS:
            # an amount is one describing word: "posted a $200 billion deficit", "a 6 per cent rise"
            end = min(s.hi, end + 1)
        elif T[x] == "," and x > m and number_comma(s, x):
            end = min(s.hi, end + 2)  # so is a count written with a comma: "answered 1,200 calls"
        elif L[x] == "of" and x > m and _share_before(s, m, x):
            # a share of the object: "answered 91 per cent of calls", "wrote much of the software"
            if x + 1 < s.hi and L[x + 1] in _ARTICLES_AND_OWNERS:
                x += 1
            end = min(s.hi, x + described + 2)
        elif x == m > k and initial_lower(T[x]) and L[x].endswith(POSSESSIVE_ENDINGS):
            end = min(s.hi, end + 1)  # and so is a common owner after an article: "answered the campaign's call"
        elif x == m + 1 > k + 1 and plural_owner_mark(T, L, x, m) and initial_lower(T[m]):
            end = min(s.hi, end + 2)  # or a plural owner, its mark a token of its own: "argued the campaigners' case"
        elif not (T[x].isalpha() or T[x][0].isdigit() or "-" in T[x] and T[x][0].isalpha()) or initial_upper(T[x]) and not (
            "demonym" in classes(L[x])  # "observed the Jewish custom of"
            or x > m and is_acronym(T[x])  # "admitted new NHS patients"
            or x == m > k and _name_before_noun(s, x)  # "answered the Easter rush"
        ) or not (
            classes(L[x]) <= ORG_WORD_ONLY or L[x] in _RANKS  # (a rank too: "their first child", "the first visitors")
            or L[x] == "long" and x > k  # (after an article, an adjective: "described a long arc")
            or L[x] in _WORD_COUNTS  # (and a count in words, as in figures: "admitted twenty new members")
            or "demonym" in classes(L[x])  # "hailed a black cab"
            or L[x] in _TITLES_AS_ADJECTIVES  # "declared a major incident"
            or L[x] == "ever" and x > m and _superlative(L[x - 1])  # "posted its highest ever mark"
        ):
            # (a count or a score may describe it: "posted a 12-4 record"; so may a word that ends
            # a body's name: "reported for international duty")
            return -1
        x += 1
    return -1


def _superlative(low: str) -> bool:
    """Whether ``low`` is an adjective's superlative: "highest", "best", "worst" (by its shape, so
    wider than the closed :data:`_RESULT_SUPERLATIVES`: "its biggest ever profit")."""
    return low in ("best", "worst") or len(low) > 4 and low.endswith("est") and low.isalpha()


def _help_summoned(s: Sentence, k: int) -> bool:
    """Whether "called for" takes at ``k`` help summoned on the spot: an ambulance or backup, or
    "help" alone before a time or the end ("called for help when the patient collapsed"; not
    "called for federal help for Flint", a demand)."""
    L = s.L
    if _object_among(s, k, _SUMMONED, 1):
        return True
    return k < s.hi and L[k] == "help" and (k + 1 >= s.hi or s.T[k + 1] in TERMINATORS or L[k + 1] in SUBORDINATORS)


_SUMMONED: Final = frozenset("ambulance ambulances taxi taxis cab backup reinforcements paramedics medics".split())
# titles that describe a thing in lower case: "a major incident", "the general strike", "a senior post"
_TITLES_AS_ADJECTIVES: Final = frozenset(("major", "general", "senior", "chief", "principal"))
_PERCENT_WORDS: Final = frozenset(("%", "per", "cent", "percent"))
_DISMISSED_THINGS: Final = content_words("dismissed_thing")
_ARGUED_CASES: Final = frozenset(("case", "cases", "appeal", "appeals"))
_CASE_MADE_FOR: Final = frozenset(("for", "that", "against"))  # "argued the case for reform" is words
# where a thing noted is written down: "in a ledger", "on a grid plan"
_NOTED_IN: Final = frozenset(
    "ledger ledgers notebook notebooks logbook log register diary book plan chart map grid spreadsheet file slip pad clipboard pocketbook jotter".split()
    + "watch watches clock clocks stopwatch".split()  # a reading taken: "noted the time on their watches"
    + "ticket tickets chalkboard whiteboard blackboard label labels tag tags".split()  # "noted the table number on each ticket"
    + "envelope envelopes card cards".split()  # "noted the measurements on the back of an envelope"
    + "pencil ink biro".split()  # "noted each reel change in pencil"
)
# words from "noted" to the record the object is written in ("noted the race numbers of the 11
# riders in the breakaway on a clipboard")
_NOTED_REACH: Final = 12
_NOTED_IN_REACH: Final = 6  # words after "in" or "on" to the record: "on [the back of an] envelope"


def _uncovered_beneath(s: Sentence, k: int) -> bool:
    """Whether "reveal" takes at ``k`` a short object and then where it lay hidden, before any
    "that", mark or clause's verb: "revealing three earlier coats of straw beneath it", "revealed
    a painted sign under six layers of plaster" (not "revealed the debts under the scheme were
    huge")."""
    for x in range(k + 1, min(s.hi, k + _UNCOVERED_REACH)):
        low = s.L[x]
        if low in _HIDING_PLACES:
            return not clause_follows(s, x + 1) and not _verb_after_place(s, x)
        if low == "that" or not s.T[x][0].isalnum() or low in AUXILIARIES or low in MODALS:
            return False
    return False


_UNCOVERED_REACH: Final = 7  # words of the thing uncovered: "three earlier coats of straw"
_HIDING_PLACES: Final = frozenset(("beneath", "underneath", "under"))  # (not "behind": "the secret behind the deal")


def _noted_down(s: Sentence, k: int) -> bool:
    """Whether "noted" takes at ``k`` an object (after a determiner or an owner) that it writes
    "in" or "on" a record, before any "that" or mark: "noted each visitor's ID number in a
    ledger", "noted the position of each shard on a grid plan"."""
    L, T = s.L, s.T
    if k >= s.hi or not (L[k] in _ARTICLES_AND_OWNERS or L[k] in _SHARES or L[k] == "every"):
        return False  # ("noted every measurement in a leather-bound ledger"; "each" is a share)
    for x in range(k + 1, min(s.hi, k + _NOTED_REACH)):
        if L[x] == "that" or not (T[x][0].isalnum() or T[x] in APOSTROPHES or T[x] == ","):
            return False  # (a comma may part a list: "noted the horse's weight, hoof angles and shoe size in a ledger")
        if (L[x] == "in" or L[x] == "on") and any(L[y] in _NOTED_IN for y in range(x + 1, min(s.hi, x + _NOTED_IN_REACH))):
            return True
    return False


def _case_argued(s: Sentence, k: int) -> bool:
    """Whether "argue" takes at ``k`` a case or an appeal argued in court, not a case made for
    something: "argued the case before the supreme court", "argued her first sanctions case"."""
    x = _object_at(s, k, _ARGUED_CASES, 2)
    # (a clause may follow the case: "argued the case was weak" is words)
    return x >= 0 and not (x + 1 < s.hi and s.L[x + 1] in _CASE_MADE_FOR) and _object_ends_before(s, x + 1)


# words that take a share of what follows "of": "much of the software", "half of its calls"
_SHARES: Final = frozenset("much most some all part half many few each".split())


def _share_before(s: Sentence, m: int, x: int) -> bool:
    """Whether tokens ``[m, x)`` count a share of what follows the "of" at ``x``: a number, a
    percentage or a word of quantity ("91 per cent", "much", "most")."""
    return all(s.T[y][0].isdigit() or s.L[y] in _PERCENT_WORDS or s.L[y] in _SHARES for y in range(m, x))


# words before an object that count it: "admits one adult", "recalled every bottle", "conceded another goal"
_OBJECT_COUNTS: Final = frozenset(("no", "any", "one", "every", "each", "both", "all", "another"))
_EVIDENCE_REACH: Final = 8  # words from "admitted" to "as evidence": "admitted the chat logs from his phone as evidence"


# a coming that is announced by an act: "announced its arrival with a volley", "announced his presence"
_ARRIVALS: Final = frozenset(("arrival", "presence"))
# what "warning" names before a noun, as a kind of thing: "warning lights", "early-warning systems"
# what names a formal alert before "warning": its level or its hazard ("an amber warning for wind")
_ALERT_KINDS: Final = frozenset(
    "amber yellow red orange flood weather storm wind gale snow ice fog frost heat heatwave rain thunderstorm tornado hurricane tsunami avalanche".split()
)
_WARNING_THINGS: Final = frozenset("light lights sign signs shot shots label labels system systems bell bells siren sirens flag flags".split())
# what "reporting" names before a noun, as a kind of thing: "the reporting point", "reporting requirements"
_REPORTING_THINGS: Final = frozenset("point points line lines period periods requirement requirements deadline deadlines date dates season".split())
_DIRECTIONS: Final = frozenset(("left", "right"))
# a standing that a result confirms: "confirmed its place in the final", "confirmed his status as"
_STANDINGS: Final = frozenset("place spot status position berth seat reputation".split())


# words that count a plural before it, so an -s form after them is its noun: "Two projects that began"
_PLURAL_COUNTS: Final = CARDINALS | {"many", "several"}


def _counted_before(s: Sentence, i: int, first: int) -> bool:
    """Whether a count comes right before ``i``: a count word ("Two projects that began", "Many
    reports that") or figures, but not a year ("2016 shows") and not a numbered part of a named
    text ("Article 5 says", "Section 230 states")."""
    if i - 1 < first:
        return False
    if s.L[i - 1] in _PLURAL_COUNTS:
        return True
    t = s.T[i - 1]
    if not t.isdigit() or len(t) == 4 and t[:2] in ("19", "20"):
        return False
    return not (i - 2 >= first and initial_upper(s.T[i - 2]))


# what one claims on, for a loss: "claimed on her home insurance", "claim on their policies"
_COVER: Final = frozenset("insurance policy policies cover warranty".split())


def _gain_claimed_by(s: Sentence, i: int, first: int) -> bool:
    """Whether a passive "claimed" at ``i`` has a prize or an act for its subject: "The £84m
    jackpot was claimed by a syndicate", "The attack was claimed by the IMU" (not "The remarks
    were claimed by aides to be fake", whose subject is words)."""
    j = i - 1
    if j < first or s.L[j] not in _BE_FORMS:
        return False
    j -= 1
    if j >= first and s.L[j] in _HAVE:
        j -= 1  # "has been claimed"
    if j >= first and initial_lower(s.T[j]) and (s.L[j] in _CLAIMED_GAINS or s.L[j] in _CLAIMED_ACTS):
        return True
    # or a prize named and described before "was": "The Hawthorn Prize for historical fiction was claimed by"
    a, b = phrase_left(s, j, first) if j >= first else (0, 0)
    x = a
    while x < b and s.L[x] not in PREPOSITIONS:
        x += 1
    return a < x <= b and initial_upper(s.T[x - 1]) and s.L[x - 1] in _CLAIMED_GAINS


# what a trader quotes that is a price, not words: "quoted a rate of £48 an hour"
_QUOTED_PRICES: Final = frozenset("rate rates price prices fee fees fare fares premium premiums".split())
# what a gesture acknowledges someone with: "with a wave", "with a curt nod"
_GESTURES: Final = frozenset("wave nod smile bow salute grin thumbs-up wink shrug grunt handshake hug blast toot hoot".split())
# who or what one greets by a gesture or thanks: "acknowledged the crowd with a raised stick",
# "acknowledged its donors with a brass plaque"
_AUDIENCES: Final = frozenset("crowd crowds fans applause cheers ovation supporters donors sponsors benefactors volunteers".split())
_GESTURE_REACH: Final = 10
# what a court hears that is its business, not what it is told: "heard the case", "hears disputes over wages"
_HEARD_CASES: Final = frozenset("case cases appeal appeals application challenge dispute disputes petition petitions protest protests".split())


_ATTACK_TARGETS: Final = content_words("attack_target")
# what reads out a measure, and so says or shows no one's words: "The clock said ten past one"
_INSTRUMENTS: Final = frozenset(
    "clock clocks thermometer gauge gauges scoreboard speedometer odometer barometer altimeter altimeters dial dials meter meters readout"
    " refractometer hydrometer".split()
)
_OWN_REACH: Final = 8  # words from "claimed" to "as its own": "claimed the radiator in the council chamber as its own"


def _claimed_as_own(s: Sentence, k: int) -> bool:
    """Whether "as" and an owner and "own" close a short object after "claimed" at ``k``, before
    any "that": "claimed the radiator as its own", "claimed the song as their own"."""
    x = _word_in_clause(s, k, _OWN_REACH, "as")
    return x > k and x + 2 < s.hi and s.L[x + 1] in _OWNERS and s.L[x + 2] == "own"


def _collected_from(s: Sentence, k: int) -> bool:
    """Whether a short object after "claimed" at ``k`` goes on to "from" and a place with no verb
    of its own: "claimed the car from the police pound three days too late" (not "claimed the
    attack from the air was staged")."""
    if k >= s.hi or s.L[k] not in _ARTICLES_AND_OWNERS:
        return False
    x = _word_in_clause(s, k + 1, _COLLECTED_OBJECT, "from")
    return x > k + 1 and not _main_verb_follows(s, x + 1, _COLLECTED_PLACE)


_COLLECTED_OBJECT: Final = 4  # words of what is collected, before "from": "the old blue van"
_COLLECTED_PLACE: Final = 8  # words of where it is collected from, read for a verb of a clause


_A_OR_AN: Final = ARTICLES - {"the"}
# what one signals with by hand or light: "with torches", "with a drop of his flag"
_SIGNALLING_THINGS: Final = _GESTURES | frozenset("torch torches flag flags lamp lamps lights horn horns whistle hand hands arm arms palm palms finger fingers thumb drop lift flick paddle catalogue".split())


def _with_one_of(s: Sentence, k: int, things: frozenset[str], needs_article: bool) -> bool:
    """Whether a "with" in the clause from ``k`` goes on to one of ``things`` after at most one
    modifier, and after "a" or "an" (``needs_article``: "with a curt nod") or after an optional
    article or owner ("with torches", "with a drop of his flag")."""
    x = _word_in_clause(s, k, _GESTURE_REACH, "with")
    if x < 0:
        return False
    y = x + 1
    if y < s.hi and s.L[y] in (_A_OR_AN if needs_article else _ARTICLES_AND_OWNERS):
        y += 1
    elif needs_article:
        return False
    return y < s.hi and _one_of(s.L[y], things) or y + 1 < s.hi and _one_of(s.L[y + 1], things)


def _played_reply_after(s: Sentence, k: int) -> bool:
    """Whether a short object at ``k`` goes on to "with" and a move in play
    (:data:`_PLAYED_REPLIES`): "answered the teenager's challenge with a 6-1 opening set"."""
    if not (0 <= k < s.hi and s.L[k] in _ARTICLES_AND_OWNERS):
        return False
    x = _word_in_clause(s, k, _GESTURE_REACH, "with")
    return x > k + 1 and _object_among(s, x + 1, _PLAYED_REPLIES, 2)


def _one_of(low: str, things: frozenset[str]) -> bool:
    """Whether ``low``, or the last part of it after a hyphen, is one of ``things``: "a pant-grunt"."""
    return low in things or "-" in low and low.rsplit("-", 1)[1] in things


def _bare_or_past_cue(low: str) -> bool:
    """Whether ``low`` is a verb cue in the past ("said", "warned") or "say": a verb a plural
    subject takes, never an object ("thinks talk of" has one)."""
    f = FORMS.get(low)
    return f is not None and not f.noun and (low == "say" or low in PAST_VERBS or low.endswith("ed"))


def _ease_of_doing_at(s: Sentence, k: int) -> bool:
    """Whether an adjective of how hard a thing is (:data:`_EASE_OF_DOING`) and then "to" follow at
    ``k``, perhaps after "it": "find hard to absorb", "found it difficult to say no" (not "found
    hard evidence that")."""
    if 0 <= k < s.hi and s.L[k] == "it":
        k += 1
    return 0 <= k < s.hi - 1 and s.L[k] in _EASE_OF_DOING and s.L[k + 1] == "to"


_EASE_OF_DOING: Final = content_words("ease_of_doing")


def _signalled_by_hand(s: Sentence, k: int) -> bool:
    """Whether a "with" in the clause from ``k`` names a hand, a light or a flag: "signalled the
    off with a drop of his flag", "signalled to a waiting boat with torches" (not "signalled his
    displeasure with the ruling")."""
    return _with_one_of(s, k, _SIGNALLING_THINGS, False)


def _force_undergone(s: Sentence, k: int) -> bool:
    """Whether "feel" takes at ``k`` a force undergone (:data:`_FELT_FORCES`) that ends its object,
    perhaps after an adverb of how or when: "felt the impact of the rail strike", "felt the cold
    badly during the first week", "felt the cold long before they reached" (not "felt the cold
    shoulder was deserved")."""
    x = _object_at(s, k, _FELT_FORCES, 1)
    if x < 0:
        return False
    y = x + 1
    if y + 1 < s.hi and initial_lower(s.T[y]) and (ly_adverb(s.L[y]) or s.L[y] in _HOW_FELT):
        y += 1
    elif y + 2 < s.hi and s.L[y] in _HOW_LONG_FELT and s.L[y + 1] in _POINTS_OF_TIME:
        y += 2  # "felt the cold all winter", "felt the heat every summer"
    return _object_ends_before(s, y)


def _pledged_as_security(s: Sentence, k: int) -> bool:
    """Whether the object from ``k`` goes on, in the clause, to "as" and what a thing put up
    stands as: "pledged his holding, including both values, as security for a loan"; or to "for"
    and the sum lent on it, as at a pawnbroker's: "pledged her wedding band for £120", "a ticket
    for boots pledged for a shilling" (not "pledged $5m for flood relief", money promised)."""
    for x in range(k, min(s.hi - 1, k + _PLEDGE_REACH)):
        if s.L[x] == "for" and _sum_lent(s, x + 1):
            return True
        if x == k:
            continue
        if s.L[x] == "as":
            return s.L[x + 1] in _PLEDGED_AS
        if s.L[x] == "that" or not (s.T[x][0].isalnum() or s.T[x] == ","):
            return False
    return False


def _sum_lent(s: Sentence, k: int) -> bool:
    """Whether a sum of money opens at ``k``: a currency mark, or a count and a coin or note
    ("a shilling", "two guineas", "ten pounds")."""
    if k >= s.hi:
        return False
    if s.T[k] in CURRENCY_MARKS:
        return True
    return k + 1 < s.hi and (s.L[k] in _A_OR_AN or s.L[k] in CARDINALS or s.T[k].isdigit()) and s.L[k + 1] in _COINS_AND_NOTES


_FOUND_BY_REACH: Final = 10  # words after "found by" to a "to be" or a "that" of a finding
# where one "shoots back" to, moving, not retorting
_SHOT_BACK_INTO: Final = frozenset("into up down onto through towards toward across level".split())
_PLEDGE_REACH: Final = 16  # tokens of the thing pledged, with a set-off description: "his Mauritius holding, including ..."
_PLEDGED_AS: Final = frozenset(("security", "collateral", "surety", "guarantee", "bail"))
# money named by its coin or note, after a count: "pledged for a shilling", "lent ten pounds"
_COINS_AND_NOTES: Final = frozenset(
    "pound pounds shilling shillings guinea guineas penny pence dollar dollars euro euros quid fiver tenner crown crowns".split()
)


def _felt_in_the_body(s: Sentence, k: int) -> bool:
    """Whether the clause from ``k`` goes on, before any "that" or mark, to "in" and an owner's
    part of the body (:data:`BODY_PARTS`) that ends the object: "felt every one of the 14
    contests in their legs", "felt the climb in his knees"; or to "with" and an owner's hand or
    fingers that touch it: "felt the grain of each skin with her fingertips"; or to "between" and
    the fingers."""
    x = _word_in_clause(s, k, _GESTURE_REACH, "in")
    if x > k and x + 2 < s.hi and (s.L[x + 1] in POSSESSIVE_PRONOUNS or s.L[x + 1] == "the") and s.L[x + 2] in BODY_PARTS and (
        _object_ends_before(s, x + 3)
    ):
        return True
    x = _word_in_clause(s, k, _GESTURE_REACH, "with")
    if x > k and x + 2 < s.hi and s.L[x + 1] in POSSESSIVE_PRONOUNS and (s.L[x + 2] in BODY_PARTS or s.L[x + 2] in _HELD_BETWEEN) and (
        _object_ends_before(s, x + 3)
    ):
        return True
    # held between the fingers: "felt the paper between finger and thumb", "between his fingers"
    x = _word_in_clause(s, k, _GESTURE_REACH, "between")
    if x > k and x + 1 < s.hi and s.L[x + 1] in POSSESSIVE_PRONOUNS:
        x += 1
    return x > k and x + 1 < s.hi and s.L[x + 1] in _HELD_BETWEEN


_HELD_BETWEEN: Final = frozenset(("finger", "fingers", "thumb", "thumbs", "fingertips", "palms"))
# "felt the cold long before", "felt the cold most during the freeze", "felt the cold first, with the salvias ..."
_HOW_FELT: Final = frozenset(("long", "most", "first"))
_HOW_LONG_FELT: Final = frozenset(("all", "every", "each", "this", "last"))
_PERCEIVED_MOTIONS: Final = content_words("perceived_motion")
_PERCEIVED_REACH: Final = 4  # words of the thing felt: "the old oak canvas"


def _motion_perceived(s: Sentence, k: int) -> bool:
    """Whether "feel" takes at ``k`` a short object and then a bare verb of what it does
    (:data:`_PERCEIVED_MOTIONS`) that ends the clause or goes on with an adverb or a preposition:
    "felt the old canvas give slightly under her fingertips", "felt the floor shake" (not "felt
    the floor was unsafe", whose verb is finite)."""
    L, T = s.L, s.T
    if not (k < s.hi and (L[k] in _ARTICLES_AND_OWNERS or L[k] in _OBJECT_PRONOUNS)):
        return False
    m = k + 1
    while m < s.hi and m - k <= _PERCEIVED_REACH and L[m] not in _PERCEIVED_MOTIONS:
        if not (T[m].isalpha() and initial_lower(T[m])) or classes(L[m]):
            return False
        m += 1
    if m >= s.hi or L[m] not in _PERCEIVED_MOTIONS or m == k + 1 and L[k] not in _OBJECT_PRONOUNS:
        return False
    y = m + 1
    return y >= s.hi or not T[y][0].isalnum() or ly_adverb(L[y]) or "preposition" in classes(L[y]) or L[y] in SUBORDINATORS or (
        L[y] in ("and", "as", "away", "back")
    )


def _shape_traced(s: Sentence, k: int) -> bool:
    """Whether "describe" takes at ``k`` a path a moving thing traces and nothing more: "described
    lazy circles over the valley", "described a slow arc across the water" (not "described the
    circle of advisers as loyal" or "a vicious circle of debt", which are accounts)."""
    x = _object_at(s, k, _TRACED_SHAPES, 2)
    if x < 0 and k + 4 < s.hi and s.L[k] in ARTICLES and s.T[k + 2] == "," and s.L[k + 4] in _TRACED_SHAPES and all(
        s.T[m].isalpha() and initial_lower(s.T[m]) for m in (k + 1, k + 3)
    ):
        x = k + 4  # two adjectives set apart by a comma: "described a long, lazy arc"
    return x >= 0 and _object_ends_before(s, x + 1) and not (x + 1 < s.hi and s.L[x + 1] in _OF_OR_AS) and not any(
        s.L[m] in _FIGURATIVE_SHAPES for m in range(k, x)
    )


_OF_OR_AS: Final = frozenset(("of", "as"))
_SIDES: Final = frozenset(("left", "right"))
_HEADINGS: Final = _SIDES | frozenset(("port", "starboard"))  # where a turn goes: "a turn to starboard"
_SIGNALLED_CALLS: Final = content_words("signalled_call")
# what makes a shape a figure of speech: "a vicious circle", "come full circle", "the inner circle"
_FIGURATIVE_SHAPES: Final = frozenset("vicious virtuous full inner charmed closed feedback".split())


_RELATIVE_VERB_REACH: Final = 8  # words from a reduced relative's preposition to the clause's verb


def _things_in_reduced_relative(s: Sentence, i: int) -> bool:
    """Whether the participle in "-ed" at ``i`` opens a reduced relative, with a preposition, on
    the plain plural that ends the sentence's opening subject, and the clause's own verb follows:
    "Haddock landings declared at Scottish ports fell" (no source noun: "The ministry declared on
    Monday the deal was off" is a statement)."""
    L, T = s.L, s.T
    j = i - 1
    if not (L[i].endswith("ed") and j >= s.first and i + 1 < s.hi and "preposition" in classes(L[i + 1])):
        return False
    if not (T[j].isalpha() and initial_lower(T[j]) and L[j].endswith("s") and L[j] not in NOUNS and not classes(L[j])):
        return False
    return phrase_left(s, j, s.first)[0] == s.first and _past_verb_follows(s, i + 2, _RELATIVE_VERB_REACH, True)


def _past_verb_follows(s: Sentence, k: int, reach: int, irregular: bool = False) -> bool:
    """Whether, within ``reach`` words from ``k`` and before any "that", "to" or punctuation, a
    lower-case past form in "-ed" follows a noun: the clause's own verb after a place ("A steward
    posted at the ring entrance [checked]").  With ``irregular``, an irregular past or an
    auxiliary will do too ("Haddock landings declared at Scottish ports [fell]")."""
    L, T = s.L, s.T
    for x in range(k, min(s.hi, k + reach)):
        if L[x] == "that" or L[x] == "to" or not T[x][0].isalnum():
            return False
        if x > k and initial_lower(T[x]) and L[x - 1] not in DETERMINERS and (
            L[x].endswith("ed") and T[x].isalpha() and L[x - 1] not in AUXILIARIES
            or irregular and (L[x] in AUXILIARIES or L[x] in _IRREGULAR_PASTS)
        ):
            return True
    return False


def _mailed_to_someone(s: Sentence, k: int) -> bool:
    """Whether "post" takes at ``k`` a short object and then "to" one person described, the one it
    is mailed to: "posted the vase to a buyer in Ohio", "posted the rosettes and prize cards to the
    winners" (not "posted the clip to YouTube", nor words: "posted a message to the president");
    or goes by mail: "posted the new ropes to Orkney by Royal Mail"."""
    L, T = s.L, s.T
    if not (k < s.hi and (L[k] in _ARTICLES_AND_OWNERS or L[k] in _MAILED_PRONOUNS or _bare_goods_at(s, k))):
        return False
    w = -1
    # ("it" is the whole object: "posted it to the agency's office in Bristol")
    end = min(s.hi, k + 2 if L[k] in _MAILED_PRONOUNS else k + 1 + _MAILED_OBJECT)
    x = head = k
    while x + 1 < end:
        x += 1
        if T[x] == "," and x + 1 < s.hi and initial_lower(T[x + 1]) and past_participle(L[x + 1]):
            close = closing_comma(s, x + 1, _SET_OFF_PARTICIPLE_REACH)
            if close > x + 1:
                # the object's own participle set off: "posted the two lost passports, found wedged
                # behind a seat on Sunday, back to their owners"
                end = min(s.hi, close + 1 + _MAILED_OBJECT)
                head, x = x - 1, close
                continue
        if L[x] in _WORDS_SAID:
            return False
        if L[x] == "to" or L[x] == "by" or L[x] == "in":
            if T[x - 1] != ",":
                head = x - 1
            if record_noun(L[head]) and not (L[x] == "to" and L[head].endswith("s") and _recipient_at(s, x + 1, many=True)):
                # the object's head is a record: "posted a letter to the president" (but "the
                # application packs"; and records sent out to many people are goods: "posted the
                # permit stickers to 21,000 subscribers", "the fundraising calendars to supporters")
                return False
            w = x + 1
            break
        if x > k + 1 and x + 1 < s.hi and L[x] in _POST_CLASSES and L[x + 1] == "class":
            return True  # the class of post after the object: "posted the tickets first class"
        # (a hyphenated word is plain too: "the garden-waste permit stickers")
        if not (_plain_word(T[x].replace("-", ""), L[x]) and initial_lower(T[x]) or _named_goods(s, x, k)):
            return False
    if w < 0 or w >= s.hi:
        return False
    if L[w - 1] == "to" and _recipient_at(s, w, L[k] in _MAILED_PRONOUNS):
        return True
    # the carrier after the object or after where it went: "by Royal Mail", "by courier", "in the post"
    for x in range(w - 1, min(s.hi - 1, w + 4)):
        if L[x] == "by" and L[x + 1] in _CARRIERS or L[x] == "in" and x + 2 < s.hi and L[x + 1] == "the" and L[x + 2] == "post":
            return True
    return False


def _bare_goods_at(s: Sentence, k: int) -> bool:
    """Whether a bare lower-case object opens at ``k``, no words and no record: "posted repeat
    prescriptions to", "posted seeds to" (not "posted updates to", "posted photos to")."""
    L, T = s.L, s.T
    return _plain_word(T[k], L[k]) and initial_lower(T[k]) and L[k] not in _WORDS_SAID and not record_noun(L[k]) and not classes(L[k])


def _named_goods(s: Sentence, x: int, k: int) -> bool:
    """Whether the capitalised word at ``x`` names what a mailed object holds, after "of" and a
    word that is no record: "a box of Arbroath smokies" (not "a video of Trump")."""
    L, T = s.L, s.T
    m = x
    while m > k and initial_upper(T[m]) and T[m].isalpha():
        m -= 1
    return m > k + 1 and L[m] == "of" and initial_lower(T[m - 1]) and not record_noun(L[m - 1])


# a result ranked among others, which one posts as a time or a score: "posted the fastest clear
# round", "posted its highest listener figures"
_RESULT_SUPERLATIVES: Final = frozenset("fastest quickest slowest best worst highest lowest".split())


def _superlative_result(s: Sentence, nl: str, nx: int) -> bool:
    """Whether "post" takes at ``nx`` a result ranked among others, after "the" or an owner:
    "posted the fastest clear round", "posted its highest listener figures" (not words or
    thoughts ranked: "posted her worst fears on Facebook")."""
    L = s.L
    if not (nl == "the" or nl in POSSESSIVE_PRONOUNS) or nx + 1 >= s.hi or L[nx + 1] not in _RESULT_SUPERLATIVES:
        return False
    return nl == "the" or nx + 2 >= s.hi or L[nx + 2] not in FORMS


_MAILED_PRONOUNS: Final = frozenset(("it", "them"))
_MAILED_OBJECT: Final = 6  # words of a mailed object: "the rosettes and prize cards"
_SET_OFF_PARTICIPLE_REACH: Final = 14  # tokens of an object's participle phrase set off in commas
# what carries a thing posted: "by post", "by Royal Mail", "by courier", "by registered mail"
_CARRIERS: Final = frozenset(("post", "royal", "courier", "registered", "recorded", "mail", "airmail", "first-class", "second-class"))
_POST_CLASSES: Final = frozenset(("first", "second"))


def _recipient_at(s: Sentence, w: int, office: bool = False, many: bool = False) -> bool:
    """Whether a person, people or a body that receives a thing opens at ``w``: "a buyer", "a
    television producer", "the registry", "clients", "the agency's office" (an article or an
    owner, then at most two lower-case modifiers, then a source noun for people or a body; a
    bare noun must be plural).  With ``office``, only a body will do: "posted it to the agency's
    office" (but "posted it to his followers" may be a message); with ``many``, only a plural."""
    L, T = s.L, s.T
    m = w
    owned = m < s.hi and L[m] in _RECIPIENT_QUANTIFIERS  # "to all 140 members", "to every member", "to all the winners"
    if owned:
        m += 1
        if m < s.hi and (T[m].isdigit() or L[m] in CARDINALS):
            m += 1
            if m + 1 < s.hi and L[m] == "of" and (L[m + 1] in ARTICLES or L[m + 1] in POSSESSIVE_PRONOUNS):
                m += 1  # "to all 140 of its housebound patients"
    else:
        # "to 21,000 subscribers", "to more than 300 customers": people counted (a plural, as
        # for a bare noun)
        m = _count_end(s, _past_approximation(s, m))
    if m < s.hi and (L[m] in ARTICLES or L[m] in POSSESSIVE_PRONOUNS):
        owned = True
        m += 1
    for x in range(m, min(s.hi, m + _RECIPIENT_MODIFIERS + 1)):
        if not (_plain_word(T[x], L[x]) and initial_lower(T[x])):
            return False
        entry = NOUNS.get(L[x])
        if entry is not None and entry.cls != "document" and (owned and not many or entry.plural) and (not office or entry.cls == "organization"):
            return True
    return False


_RECIPIENT_MODIFIERS: Final = 2
_RECIPIENT_QUANTIFIERS: Final = frozenset(("all", "every", "each"))


def _count_end(s: Sentence, m: int) -> int:
    """The token after a count that opens at ``m`` ("21,000", "300", "three", "all", "every"),
    or ``m`` when none does."""
    if m < s.hi and (s.L[m] in _WORD_COUNTS or s.L[m] in _RECIPIENT_QUANTIFIERS):
        return m + 1
    return _figure_end(s, m)


def _figure_end(s: Sentence, m: int) -> int:
    """The token after a whole number in figures that opens at ``m`` ("300", "21,000", which
    the tokenizer splits at its commas), or ``m`` when none does."""
    if m >= s.hi or not s.T[m].isdigit():
        return m
    m += 1
    while m + 1 < s.hi and s.T[m] == "," and number_comma(s, m):
        m += 2
    return m


_BECKONED_REACH: Final = 5  # words of the person beckoned, with an "of" phrase: "the driver of the lorry"


def _beckoned_to_act(s: Sentence, k: int) -> bool:
    """Whether someone follows at ``k`` and then "to" and a bare verb, what the sign bids them do:
    "signalled to [the slide attendant] to stop", "signalled to [the driver of the lorry] to
    pull in" (not "signalled to investors that")."""
    w = _word_after_particle(s, k, "to", True, _BECKONED_REACH)
    return w >= 0 and bare_verb(s, w)


def _noun_before_not(s: Sentence, k: int) -> bool:
    """Whether the word at ``k``, before a "not", is a plain noun: no function word, auxiliary,
    pronoun or adverb in "-ly" ("Baggage not claimed", not "has not claimed" or "mostly not")."""
    t = s.T[k]
    return t.isalpha() and not classes(s.L[k]) and not s.L[k].endswith("ly") and s.L[k] not in FORMS


def _bidden_to_act(s: Sentence, k: int) -> bool:
    """Whether a person follows at ``k`` as the object, then "to" and a bare verb: "signalled [the
    pilot] to shut down", "signalled [him] to stop", or a vehicle with its driver: "signalled [the
    loaded dumper] to reverse" (not "signalled [his willingness] to talk")."""
    w = _word_after_particle(s, k, "to", True)  # (as :func:`_beckoned_to_act` reads it, with no "to" before the person)
    if w < 0 or not bare_verb(s, w):
        return False
    head = w - 2  # the object's last word, before "to"
    if head == k:
        return s.L[k] in _SHOWN_PEOPLE
    entry = NOUNS.get(s.L[head])
    return entry is not None and entry.cls in ("individual", "group") or s.L[head] in _RECALLED_PEOPLE


def _gesture_after(s: Sentence, k: int) -> bool:
    """Whether "with a" and a gesture (:data:`_GESTURES`, after at most one modifier) follow at
    ``k`` within the clause: "acknowledged the crowd with a wave", "the accused's wave with a curt nod"."""
    return _with_one_of(s, k, _GESTURES, True)


def _confirmed_standing(s: Sentence, k: int) -> bool:
    """Whether "confirmed" and an owner or an object pronoun go on at ``k`` to a standing
    ("its place in", "her status as") or straight to "as" ("confirmed her as the youngest champion")."""
    return k < s.hi and (s.L[k] in _STANDINGS or s.L[k] == "as" and s.L[k - 1] in _OBJECT_PRONOUNS)


def _name_confirmed_in_role(s: Sentence, k: int) -> bool:
    """Whether "confirmed" takes at ``k`` a name of one or two capitalised words and then "as" and
    a role held by one person ("confirmed Moravec as captain", "confirmed Jo Bell as the new
    chair", "confirmed Ray Coulter as its permanent head of highways"; not "confirmed Smith as the
    source")."""
    L, T = s.L, s.T
    x = k
    while x < s.hi and x - k < 2 and T[x].isalpha() and initial_upper(T[x]):
        x += 1
    if x == k or x + 1 >= s.hi or L[x] != "as":
        return False
    r = x + 2 if L[x + 1] in _ARTICLES_AND_OWNERS and x + 2 < s.hi else x + 1
    if r + 1 < s.hi and initial_lower(T[r + 1]) and T[r + 1].isalpha() and not _role_word(L[r]) and _role_word(L[r + 1]):
        r += 1  # a role in two words: "confirmed Hannah Ferro as team captain"
    if initial_lower(T[r]) and L[r] != "source" and _role_word(L[r]):
        return True
    for y in range(r, min(s.hi, r + _HOLDER_REACH)):
        if L[y] in _TITLE_HOLDERS:
            return _object_ends_before(s, y + 1)  # a title won: "confirmed Beckside as first division champions"
        if not (T[y].isalpha() and initial_lower(T[y])):
            return False
    return False


# winners of a title, which one is confirmed as by a result: "confirmed Beckside as champions"
_TITLE_HOLDERS: Final = frozenset("champion champions winner winners leaders favourites favorites finalists".split())
_HOLDER_REACH: Final = 3  # words from "as" to the holder: "as first division champions"


def _role_word(low: str) -> bool:
    """Whether ``low`` names a role one person holds: a source noun for one person, or a title."""
    entry = NOUNS.get(low)
    return entry is not None and entry.cls == "individual" or "title" in classes(low)


def _admitted_as_evidence(s: Sentence, k: int) -> bool:
    """Whether "as evidence" or "into evidence" follows "admitted" at ``k`` within a short object and no clause."""
    x = _word_in_clause(s, k, _EVIDENCE_REACH, "as")
    if x < 0:
        x = _word_in_clause(s, k, _EVIDENCE_REACH, "into")
    return x >= 0 and x + 1 < s.hi and s.L[x + 1] == "evidence"


# what opens the words a quarrel is about: "argued with the host on how", "argued with him that"
_QUARREL_CONTENT: Final = frozenset("that about on whether how why what".split())
_QUESTION_TOPICS: Final = frozenset(("who", "where", "which"))  # right after "over", they open a question
_QUARREL_REACH: Final = 16  # "over a parking bay outside Pennington’s trade counter in Wakefield at 7am on Tuesday until"
# conjunctions that end the quarrel's clause and open another: "argued with the driver for an hour before waving him through"
_QUARREL_ENDS: Final = frozenset("before after when while until and but".split())


def _quarrel(s: Sentence, k: int) -> bool:
    """Whether the words from ``k`` (after "argued with" or "argued over") run to the end of the
    sentence with no clause, quotation or topic of their own: who was argued with, or what over."""
    over = s.L[k - 1] == "over"
    for m in range(k, min(s.hi, k + _QUARREL_REACH)):
        t = s.T[m]
        if s.L[m] == "on" and (over or m + 1 < s.hi and month_or_day(s.L[m + 1])):
            # a day, not a topic: "at 7am on Tuesday"; nor a place once what they argued over is
            # said: "argued over the last loading bay on Dock Street", "over a crushed box on the
            # studio doorstep" (where "argued with the host on how" has its topic in the "on")
            continue
        if m == k and over and s.L[m] in _QUESTION_TOPICS:
            return False  # a question argued: "argued over who would take the heavy end" (as "over whether")
        over = over or s.L[m] == "over"
        if s.L[m] in _QUARREL_CONTENT or t in DOUBLE_QUOTES or t == ":":
            return False
        if t in TERMINATORS or s.L[m] in _QUARREL_ENDS:
            return True  # (or a clause of its own begins: "for a full minute before being shown a card")
    return k + _QUARREL_REACH >= s.hi


# words that make a count approximate: "more than 60", "at least 12", "nearly 300"
_APPROXIMATE_BY_TWO: Final = frozenset((("more", "than"), ("fewer", "than"), ("less", "than"), ("at", "least"), ("up", "to")))
_APPROXIMATE_BY_ONE: Final = frozenset("about nearly almost over some around roughly".split())


def _past_approximation(s: Sentence, m: int) -> int:
    """The token after the words that make the count at ``m`` approximate, or ``m``."""
    L, T = s.L, s.T
    x = m
    if m + 1 < s.hi and (L[m], L[m + 1]) in _APPROXIMATE_BY_TWO:
        x = m + 2
    elif m < s.hi and L[m] in _APPROXIMATE_BY_ONE:
        x = m + 1
    return x if x < s.hi and (T[x][0].isdigit() or T[x] in CURRENCY_MARKS or L[x] in CARDINALS) else m


# particles that make "warn" drive someone away: "warned off two boats"
_AWAY: Final = frozenset(("off", "away"))
# "told in the closing stages", "told on him in the last lap": where an effort takes its toll
_TOLD_ON: Final = frozenset(("in", "on"))
_CLOSING_STAGES: Final = frozenset("final closing last late latter end".split())
_PLAY_PERIODS: Final = frozenset("period periods half quarter innings stretch".split())
# what one points to that is a gesture, not a piece of evidence: "pointed to the sky"
_GESTURED_AT: Final = content_words("gestured_at")
# deeds done again, not words said again: "repeated the exercise"
_REPEATED_ACTS: Final = content_words("repeated_act")
# what one hails that is a ride: "hailed a taxi", "hailed a black cab"
# what a holder defends by competing for it again: "defend their title", "defended the seat"
_DEFENDED_TITLES: Final = frozenset("title titles crown crowns trophy trophies championship cup shield belt seat seats".split())
_HAILED_RIDES: Final = frozenset("taxi taxis cab cabs minicab minicabs rickshaw rickshaws bus buses".split())
# what one notes that is a reading written down: "noted the licence plate"
_NOTED_READINGS: Final = frozenset(
    "plate plates registration registrations mileage reading readings reference references coordinates".split()
)
# what a hospital's "admitted him" goes on with: a date, a place or a complaint
_ADMITTED_WHEN: Final = frozenset("on to with overnight after at in into for".split())
# people and gear called for on the field of play, whole objects only ("called for the trainer to
# be sacked" is a demand): "called for the heavy roller", "called for the physio"
_CALLED_TO_THE_FIELD: Final = frozenset("roller rollers trainer physio physiotherapist stretcher drinks doctor".split())
_THINGS_OWNERS: Final = frozenset(("its", "their"))  # "tell the variety by its russet"


_SHORT_OBJECT: Final = 3  # lower-case words after an article or an owner before a particle


def _word_after_short_object(s: Sentence, k: int, word: str, people: bool, reach: int = _SHORT_OBJECT) -> int:
    """Where ``word`` stands after a short object that opens at ``k``: an article or an owner
    (or, with ``people``, a pronoun for people or a count of them) and at most ``reach`` lower-case
    words, demonyms or acronyms: "called [her caddie] over", "told [his servitor] off", "tell [the
    variety] by", "warned [two teenagers] off"; -1 when it does not."""
    L, T = s.L, s.T
    if not (k < s.hi and (people and (L[k] in _SHOWN_PEOPLE or L[k] in _WORD_COUNTS) or L[k] in _ARTICLES_AND_OWNERS)):
        return -1  # (people counted too: "warned two teenagers off the site")
    m = k + 1  # (past "her" as an owner too: "called her caddie over"; and an owner's word: "the crowd's chants")
    while m < s.hi and m - k <= reach and L[m] != word and (
        _plain_word(T[m], L[m]) and (initial_lower(T[m]) or "demonym" in classes(L[m]) or is_acronym(T[m]) or _name_before_noun(s, m))
        or "-" in T[m] and T[m].replace("-", "").isalnum() and not initial_upper(T[m])
    ):
        # (a demonym or an acronym is one of its words: "warned the French scallopers off", "the
        # shortage of HGV drivers by"; so is a name before a common noun, "answered the Easter
        # rush by", and a hyphenated size, "signalled the 18-tonner back")
        m += 1
    return m if m < s.hi and L[m] == word else -1


def _urged_onward(s: Sentence, k: int) -> bool:
    """Whether a short object opening at ``k`` is followed by "on" and a way forward (or nothing
    more): "urged the cob on over the last fence", "urged them on to the line" (but "urged
    Congress on Tuesday to act" is told)."""
    m = _word_after_short_object(s, k, "on", True)
    return m >= 0 and (m + 1 >= s.hi or not s.T[m + 1][0].isalnum() or s.L[m + 1] in _ONWARD)


_ONWARD: Final = frozenset(("over", "to", "towards", "toward", "through", "into", "across", "past", "up", "down", "for"))


def _name_before_noun(s: Sentence, m: int) -> bool:
    """Whether the capitalised word at ``m``, right after an article or an owner, describes the
    plain lower-case noun that follows it: "the Easter rush", "the Orsay route" (not "his desire
    to knock Rubio out")."""
    return m + 1 < s.hi and m - 1 >= s.lo and s.L[m - 1] in _ARTICLES_AND_OWNERS and initial_upper(s.T[m]) and s.T[m].isalpha() and (
        lower_open_word(s, m + 1)
    )


_INTO_WORDS: Final = frozenset(("into", "onto"))
_LET_IN_REACH: Final = 5  # words of a thing let in before "into": "a steady trickle of water"


def _word_after_particle(s: Sentence, k: int, word: str, people: bool, reach: int = _SHORT_OBJECT) -> int:
    """The token after ``word`` where :func:`_word_after_short_object` finds it ("pointed to [the
    cornice] with [her] ski pole"); -1 when it finds none or the sentence ends there."""
    m = _word_after_short_object(s, k, word, people, reach)
    return m + 1 if 0 <= m < s.hi - 1 else -1


def _guided_on(s: Sentence, k: int) -> bool:
    """Whether a short object at ``k`` goes on to a particle of where it is waved: "signalled the
    timber lorry back", "signalled the driver forward" (not "signalled the end of the talks")."""
    return any(_word_after_short_object(s, k, particle, True) >= 0 for particle in _GUIDED_PARTICLES)


# (not "on" or "through", which a noun's own phrase may hold: "signalled a turn in policy on quotas")
_GUIDED_PARTICLES: Final = ("back", "forward", "forwards")
# what "signalled for a" may go on with that is a span, not a thing asked for: "signalled for a second time that"
_SPANS_SIGNALLED_FOR: Final = frozenset("time while moment second third further few long couple year month week decade".split())


def _plain_word(t: str, low: str) -> bool:
    """Whether token ``t`` is letters only, or letters with an owner's "'s"."""
    return t.isalpha() or low.endswith(POSSESSIVE_ENDINGS) and t[:-2].isalpha()


def _called_over(s: Sentence, k: int) -> bool:
    """Whether "call" takes at ``k`` someone and "over", a summons: "called her caddie over to
    check the line", "called him over" (not "called over the PA that")."""
    m = _word_after_short_object(s, k, "over", True)
    return m >= 0 and (m + 1 >= s.hi or s.L[m + 1] == "to" or _object_ends_before(s, m + 1))


def _thing_driven(s: Sentence, k: int) -> bool:
    """Whether a short object at ``k`` (an article or an owner and at most three lower-case words,
    hyphened ones too: "a one-timer") goes on to a preposition of motion: "slammed his stick
    against the crossbar", "blasted a shot past the keeper" (not "slammed the proposal as",
    "blasted the FBI for")."""
    L, T = s.L, s.T
    if not (k < s.hi and L[k] in _ARTICLES_AND_OWNERS):
        return False
    m = k + 1
    while m < s.hi and m - k <= _SHORT_OBJECT and initial_lower(T[m]) and T[m].replace("-", "").isalpha() and L[m] not in _MOTION_PREPOSITIONS:
        m += 1
    return m > k + 1 and m < s.hi and L[m] in _MOTION_PREPOSITIONS


# where a thing slammed or blasted goes: "against the crossbar", "past the goalie"
_MOTION_PREPOSITIONS: Final = frozenset("against into past onto through wide".split())


def _summoned_to(s: Sentence, k: int) -> bool:
    """Whether "call" takes at ``k`` someone and "to" a place ("called her goaltender to the bench",
    "called him to the podium"; not "called him to say", "called on them to")."""
    m = _word_after_particle(s, k, "to", True)
    return m >= 0 and (s.L[m] in ARTICLES or s.L[m] in POSSESSIVE_PRONOUNS) and not any(
        s.L[x].endswith("ing") or record_noun(s.L[x]) for x in range(k, m - 1)
    )  # (not "called a report suggesting donors to the foundation ...")


def _score_posted(s: Sentence, k: int) -> bool:
    """Whether a score follows the article at ``k``, at most two describing words before its
    figure (and an "of" after them), and ends the object: "posted a four-under 68 in the opening
    round", "posted a three-dart average of 98.6 in the final"."""
    if not (k < s.hi and s.L[k] in ARTICLES):
        return False
    for m in range(k + 1, min(s.hi, k + 4)):
        if s.T[m][0].isdigit():
            return _object_ends_before(s, m + 1)
        if m > k + 1 and s.L[m] == "of" and m + 1 < s.hi and s.T[m + 1][0].isdigit():
            return _object_ends_before(s, m + 2)
        if not (s.T[m][0].isalpha() and initial_lower(s.T[m])):
            return False
    return False


def _told_apart_by(s: Sentence, k: int) -> bool:
    """Whether "tell" takes at ``k`` a thing and then "by its" or "by their", telling it from
    others: "can tell the variety by its russet", "told the twins by their scarves"."""
    w = _word_after_particle(s, k, "by", False)
    return w >= 0 and s.L[w] in _THINGS_OWNERS


def _object_ends_within(s: Sentence, k: int) -> bool:
    """Whether a counted object that starts before ``k`` ends within a few words: "rejected six
    pallets of Braeburn for bruising" (not "rejected two claims that he lied")."""
    m = k
    while m < s.hi and m - k < _OBJECT_REACH and s.T[m].isalpha() and initial_lower(s.T[m]) and s.L[m] != "that" and s.L[m] not in _AFTER_AN_ACT:
        m += 1
    if m < s.hi and s.L[m] == "of":
        m += 1
        while m < s.hi and m - k < 2 * _OBJECT_REACH and s.T[m].isalpha() and s.L[m] != "that" and s.L[m] not in _AFTER_AN_ACT:
            m += 1
    return m > k and _object_ends_before(s, m) and not (m < s.hi and s.L[m] == "that")


def _cautioned_for(s: Sentence, k: int) -> bool:
    """Whether "warn" takes at ``k`` someone and then "for" and a fault, an "-ing" word or a
    noun that ends the object: "warned the crew for steering towards the other station",
    "warned him for dissent"."""
    w = _word_after_particle(s, k, "for", True)
    return w >= 0 and _fault_at(s, w)


def _fault_at(s: Sentence, w: int) -> bool:
    """Whether a fault one is cautioned for opens at ``w``, after "for": an "-ing" word or a
    noun that ends the object ("for steering", "for dissent")."""
    fault = s.L[w]
    # (not a span of time: "warned them for years that")
    return s.T[w].isalpha() and initial_lower(s.T[w]) and not _span_of_time(s, w) and (
        fault.endswith("ing") and fault not in FORMS or not classes(fault) and _object_ends_before(s, w + 1)
    )


def _pointed_with(s: Sentence, k: int) -> bool:
    """Whether "pointed to" takes at ``k`` a short object and then "with" and what it is
    pointed with: "pointed to the escapement with the tip of his tweezers"."""
    w = _word_after_particle(s, k, "with", False)
    return w >= 0 and s.L[w] in _ARTICLES_AND_OWNERS


def _answered_by_doing(s: Sentence, k: int) -> bool:
    """Whether "answer" takes at ``k`` a short object and then a deed: "by" and an "-ing" word
    ("answered the morning rush by adding a second machine", and past a longer object: "answered
    the closure of the last high street bank by installing") or "with" and a win ("answered her
    critics with a commanding win")."""
    if _by_a_deed(s, k):
        return True
    w = _word_after_particle(s, k, "with", True)
    return w >= 0 and _object_among(s, w, _REPEATED_ACTS, 2)


def _by_a_deed(s: Sentence, k: int) -> bool:
    """Whether a short object at ``k`` goes on to "by" and an "-ing" word that is no cue: "answered
    the morning rush by adding a second machine", "signalled the start of the match by raising his
    hand" (not "signalled its intent by announcing")."""
    w = _word_after_particle(s, k, "by", True, _DEED_OBJECT)
    return w >= 0 and s.L[w].endswith("ing") and s.L[w] not in FORMS


_DEED_OBJECT: Final = 8  # words of what a deed answers, before "by": "the closure of the last high street bank"


def _written_on_a_surface(s: Sentence, k: int) -> bool:
    """Whether "write" takes at ``k`` a short object and then "on" or "in" and a surface: "wrote
    the day's single origins on a chalkboard", "wrote the figure in her notebook" (not "wrote on
    Facebook", "wrote a post on X")."""
    if k < s.hi and s.T[k] in OPENING_DOUBLE_QUOTES:
        # a word or two quoted, then where: "wrote “GLASS” on the box in red marker"
        c = k + 1
        while c < s.hi and c - k <= _MARKED_WORDS and s.T[c] not in CLOSING_QUOTES:
            c += 1
        if not (c + 2 < s.hi and c - k <= _MARKED_WORDS and s.T[c] in CLOSING_QUOTES and s.L[c + 1] in ("on", "in")):
            return False
        w = c + 2
    else:
        w = _word_after_particle(s, k, "on", False)
        if w < 0:
            w = _word_after_particle(s, k, "in", False)
    return w >= 0 and _object_among(s, w, _WRITING_SURFACES, 1)


_MARKED_ANSWER_REACH: Final = 10  # words from "answered" to "correctly": "38 of the 40 questions on the paper"
_MARKED_WORDS: Final = 4  # tokens from a quotation's opening mark to its closing one: "“GLASS”", "“THIS WAY UP”"


# surfaces written on for oneself or the room, not a medium that carries a message
_WRITING_SURFACES: Final = content_words("writing_surface")
_FELT_FORCES: Final = content_words("felt_force")


def _told_nothing(s: Sentence, i: int, cue_end: int, nx: int, first: int) -> bool:
    """Whether "tell" at ``i`` (its next word at ``nx``, -1 at the end) tells no one anything."""
    L = s.L
    nl = L[nx] if nx >= 0 else ""
    after = L[nx + 1] if 0 <= nx < s.hi - 1 else ""
    return (
        # a scolding: "told off a junior fundraiser", "The gaffer told his servitor off for letting the gather cool"
        _told_off(s, cue_end + 1)
        # a toll taken: "The strain has told on nursing staff" (or a pupil telling on another; but
        # "was told on Tuesday that" is a telling), "The turning tide told against the boats", "The
        # early pace told in the final 10km"
        or nl == "against"
        or nl == "on" and after and not opens_a_time(after) and not _that_within(s, nx + 1, _THAT_REACH)
        or nl in _TOLD_ON and _object_among(s, nx + 1, _CLOSING_STAGES, 1)
        or nl == "in" and _object_among(s, nx + 1, _PLAY_PERIODS, 1) and not _that_within(s, nx + 1, _THAT_REACH)  # "Fatigue told in the third period"
        # a thing that shows what happened to it: "A dead colony tells its own story", "The market told its own story"
        or nl == "its" and after == "own" and nx + 2 < s.hi and L[nx + 2] == "story"
        # telling apart or telling the time: "told the twin otters apart", "Growers can tell the
        # variety by its russet", "told the difference between", "could not tell whether the coin
        # was gold", "can tell cirrus from cirrostratus", "navigators told the time by the stars",
        # "The tenor bell told the hour across the Wolds" (but "told the time had come")
        or _word_in_clause(s, cue_end + 1, _APART_REACH, "apart") >= 0
        or _told_apart_by(s, cue_end + 1)
        or nl == "the" and (after == "difference" or after in _CLOCK_TIMES and initial_lower(s.T[nx + 1]) and _time_told(s, nx + 2))
        or L[i] == "tell" and _after_ability(L, i, first) and (
            nl in _DISCERNED or _word_in_clause(s, cue_end + 1, _APART_REACH, "from") >= 0 and not _that_within(s, cue_end + 1, _THAT_REACH)
        )
        # an old "please": "And who, pray tell, paid?"
        or i - 1 >= first and L[i - 1] == "pray"
        # a story and whose eyes it is seen through: "Moving Day Told Through the Eyes of the Men"
        or L[i] == "told" and nl == "through"
    )


_CLOCK_TIMES: Final = frozenset(("time", "hour", "hours"))


def _time_told(s: Sentence, k: int) -> bool:
    """Whether "told the time" (or "the hour") ends its object before ``k``: no verb follows that
    would make the time a clause's subject ("tells the time only when the sun shines"; not "told
    the time had come")."""
    if _object_ends_before(s, k):
        return True
    low = s.L[k]
    return not (_finite_verb_at(s, k) or low.endswith("ed") or low in PAST_VERBS or low == "that")


def _told_off(s: Sentence, k: int, off_a_place: bool = False) -> bool:
    """Whether "tell" takes at ``k`` someone and "off", a scolding with no words given: "told
    him off", "told his servitor off for", "told off the referee" (but not "told him off the
    record that", whose "off" opens a phrase).  With ``off_a_place``, someone driven off a place
    counts too: "warned the French scallopers off the bank", "warned trawlers off the shoal" (still
    not "off the record")."""
    m = k if k < s.hi and s.L[k] == "off" else _word_after_short_object(s, k, "off", True)
    if m < 0 and off_a_place and k + 1 < s.hi and s.L[k + 1] == "off" and s.T[k].isalpha() and initial_lower(s.T[k]) and (
        s.L[k].endswith("s") or people_plural(s.L[k])
    ):
        m = k + 1  # a bare plural driven off: "has warned trawlers off the shoal", "warned fishermen off the reef"
    if m < 0:
        return False
    if m == k or m + 1 >= s.hi or s.L[m + 1] != "the" and _object_ends_before(s, m + 1):
        return True
    return off_a_place and m + 2 < s.hi and s.L[m + 1] in _ARTICLES_AND_OWNERS and s.L[m + 2] != "record"


# what an award's name is "of the": "the regional airline of the year title", "player of the match"
_AWARD_PERIODS: Final = frozenset("year season month decade match tournament series".split())


def _before_claimed_noun(T: list[str], L: list[str], m: int, k: int, headline: bool) -> bool:
    """Whether word ``m`` may stand between "claimed" (its object starting at ``k``) and the act:
    a determiner first, a count ("at least 12", "1,000"), a possessive ("Monday's") or a modifier
    ("a suicide bombing"), but no second determiner, no auxiliary and no verb in -ed, which open a
    clause.  In a title-case ``headline`` a capital says nothing: "Village Claims County Striking Crown"."""
    low = L[m]
    if low == "at" and not (m + 1 < len(L) and L[m + 1] in ("least", "most")):
        return False  # "claimed at one point, a supporter asked": a time, where "at least 12" is a count
    if low in _CLAIM_FILLERS:
        return m == k or low not in DETERMINERS or m + 1 < len(L) and L[m - 1] == "of" and L[m + 1] in _AWARD_PERIODS
    if T[m][0].isdigit() or T[m] in CURRENCY_MARKS or T[m] == "," and m > k and T[m - 1][0].isdigit() or low in CARDINALS or low in _RANKS:
        return True  # "claimed 12 lives", "claimed three lives", "claimed first place", "claimed the $2 million prize"
    if m == k and (headline or initial_lower(T[m])) and not low.endswith("ed") and classes(low) <= MODIFIER_ONLY_CLASSES:
        return True  # a bare modifier: "can claim travel expenses", "Apprentice Claims National Scaffolding Crown"
    if plural_owner_mark(T, L, m, k):
        return True  # a plural's possessive: "claimed the constructors' title"
    return T[m][0].isalpha() and (
        m == k and low.endswith(POSSESSIVE_ENDINGS) or m > k and not low.endswith("ed") and "auxiliary" not in classes(low)
    )  # (an auxiliary opens a clause: "claimed the tower would block 200 homes")


# what one acts "according to" that is no one's word: "according to plan"
_NO_SOURCE_ACCORDING: Final = content_words("no_source_according")
_SORTING_MEASURES: Final = content_words("sorting_measure")
_MEASURE_OWNERS: Final = frozenset(("the", "its", "their", "his", "her", "each"))
# what is done "according to" a measure, which then is no one's word: "ranked according to"
_SORTING_VERBS: Final = content_words("sorting_verb")
_SORTED_OBJECT: Final = 2  # lower-case words of what is sorted, between the verb and "according": "returned stock"


def _sorted_before(s: Sentence, start: int, first: int) -> bool:
    """Whether a verb that orders or varies things (:data:`_SORTING_VERBS`) stands right before
    the "according" at ``start``, or before at most two lower-case words of its object."""
    x = start - 1
    while x >= first and start - x <= _SORTED_OBJECT + 1:
        if s.L[x] in _SORTING_VERBS:
            return True
        if not (s.T[x].isalpha() and initial_lower(s.T[x])) or classes(s.L[x]) or s.L[x] in TIME_NOUNS or ly_adverb(s.L[x]):
            return False  # (a time or an adverb is no object: "was made last week according to")
        x -= 1
    return False
# what one posts that is not a message: "posted bail", "posted a 12-4 record"
_POSTED_THINGS: Final = content_words("posted_thing")
# what one looks at, not a view held: "viewed the flat", "viewed the footage"
_VIEWED_THINGS: Final = content_words("viewed_thing")
# people called back from a post, not a memory: "recalled its fighters", "recalled the ambassador"
_RECALLED_PEOPLE: Final = content_words("recalled_people")
# people let in: "admitted women as full members"
_ADMITTED_PEOPLE: Final = content_words("admitted_people")
# bargains struck: "agreed a merger", "agreed terms"
_AGREED_THINGS: Final = content_words("agreed_thing")
# what is charged that is a price: "charged no fee", "charged interest"
_PRICES: Final = content_words("price")
_UNWELL: Final = frozenset(("sick", "ill", "unwell"))
# verbs that before a count move things or people, not words: "recalled 80,000 trucks", "admitted 2,000 members",
# "rejected 31 of the 240 samples"
_COUNTED_OBJECTS: Final = frozenset(("recall", "admit", "reject"))
# where one is admitted, not what one admits: "admitted to hospital"
_ADMITTED_TO: Final = content_words("admitted_to_place")
# what one writes that says nothing: "wrote a check"
_WRITTEN_THINGS: Final = content_words("written_thing")
_PEN_NAMES: Final = frozenset(("name", "pseudonym", "pen-name", "byline", "alias", "nom"))  # "under the pen name", "under a pseudonym"
# works whose writer is their author: "The score was written by"
_AUTHORED_WORKS: Final = content_words("authored_work")
_WRITING_PARTICLES: Final = frozenset("off down out up".split())
_BOOKS: Final = frozenset(("book", "books"))
# words after a book that open what it says: "a book saying", "a book in which he exposes"
_BOOK_CONTENT_OPENERS: Final = frozenset(
    "saying arguing claiming contending alleging asserting describing detailing revealing warning urging suggesting explaining calling".split()
)


def _book_written(s: Sentence, k: int) -> bool:
    """Whether "write" takes at ``k`` a book as its object and the book is not then opened as what
    someone says (:data:`_BOOK_CONTENT_OPENERS`, "in which", a colon)."""
    x = _object_at(s, k, _BOOKS, 2)
    if x < 0:
        return False
    y = x + 1
    return y >= s.hi or not (
        s.L[y] in _BOOK_CONTENT_OPENERS or s.T[y] == ":" or s.L[y] == "in" and y + 1 < s.hi and s.L[y + 1] == "which"
    )


# what else one does to a work one writes: "wrote and directed the short"
_MAKING_A_WORK: Final = frozenset("directed produced starred composed illustrated performed edited designed narrated recorded sang directs produces stars".split())
# things whose "calls for" is a need: "The role called for"
_REQUIRING_THINGS: Final = content_words("requiring_thing")
_SHOWN_PEOPLE: Final = frozenset("them him her me us you".split())  # "showed them how to"
# what is screened, not found: "will show 32 films"
_SCREENED_THINGS: Final = content_words("screened_thing")


def _work_before(s: Sentence, i: int, first: int) -> bool:
    """Whether a work of :data:`_AUTHORED_WORKS` comes right before the passive "written" at
    ``i`` (past "was", "has been" or a comma): "The score was written by", "The screenplay,
    written by"."""
    j = i - 1
    while j > first and (s.L[j] in _BE or s.T[j] == ","):
        j -= 1
    return j >= first and s.L[j] in _AUTHORED_WORKS and initial_lower(s.T[j])


def _dated_by_year(s: Sentence, k: int) -> bool:
    """Whether token ``k`` is a year after "for", "in" or "from": "The annual report for 2023"."""
    return year_figure(s.T[k]) and k - 1 >= s.lo and s.L[k - 1] in _YEAR_PREPOSITIONS


_YEAR_PREPOSITIONS: Final = frozenset(("for", "in", "from"))


def _passive_subject_end(s: Sentence, i: int) -> int:
    """The last word of the subject before the passive verb at ``i``, past its "was", "were" or
    "has been"; -1 when no such auxiliary stands right before the verb."""
    j = i - 1
    while j > s.first and (s.L[j] in _BE or s.L[j] in PERFECT):
        j -= 1
    return -1 if j == i - 1 or j < s.first else j


def _passive_subject_among(s: Sentence, i: int, nouns: frozenset[str]) -> bool:
    """Whether the subject of the passive verb at ``i`` (past "was", "has been") has one of
    ``nouns`` for its head, before any preposition: "The Flyers' complaint over the officiating
    was dismissed by"."""
    j = _passive_subject_end(s, i)
    if j < 0:
        return False
    a, b = phrase_left(s, j, s.first)
    for x in range(a, b):
        if s.L[x] in PREPOSITIONS:
            return False
        if s.L[x] in nouns and initial_lower(s.T[x]):
            return True
    return False


def _animal_called_back(s: Sentence, k: int) -> bool:
    """Whether "recall" takes at ``k`` an animal (:data:`_RECALLED_ANIMALS`) and then how, from
    where or the sentence's end: "recalled the terrier with a whistle", "recalled her dog from the
    water" (not "recalled the dog that bit her", a memory)."""
    x = _object_at(s, k, _RECALLED_ANIMALS, 1)
    return x >= 0 and (x + 1 >= s.hi or s.L[x + 1] in _CALLED_BACK_HOW or s.T[x + 1] in TERMINATORS)


_RECALLED_ANIMALS: Final = content_words("recalled_animal")
_CALLED_BACK_HOW: Final = frozenset(("with", "from", "to", "back", "by"))


def _people_called_back(s: Sentence, k: int) -> bool:
    """Whether "recall" takes at ``k`` an owner's or an article's people (at most three words
    before the noun, or none before a plural) and then "from": "recalled its two summer bailiffs
    from the upper beats", "recalled residents from the garden",
    "recalled the crews from the airfield", "recalled its sales team from the fair" (not "recalled
    her days from the campaign", nor "recalled her colleagues from the campaign as loyal"); or
    people or a vehicle and then "to" a place one turns up at: "recalled the bus to the depot"
    (not "recalled a visit to the hospital"); or any things counted out of what one owns, sent
    back so: "recalled all twelve of its loan telescopes to the clubhouse"."""
    L, T = s.L, s.T
    m = _count_end(s, _count_end(s, k))
    if m == k and k < s.hi and L[k] == "both":
        m = k + 1
    counted = m > k and m + 1 < s.hi and L[m] == "of"
    if counted:
        k = m + 1  # ("all twelve of its", "all of the", "three of their", "both of the")
    elif m > k and m < s.hi and L[m] not in _ARTICLES_AND_OWNERS:
        k = m  # a count before a bare plural: "recalled both apprentices from the roof"
    # a bare plural is its one word, read alone: "recalled residents from the garden"
    bare = k < s.hi and not counted and initial_lower(T[k]) and T[k].isalpha() and L[k] not in _ARTICLES_AND_OWNERS
    if not bare and not (k < s.hi and L[k] in _ARTICLES_AND_OWNERS):
        return False
    for x in range(k, min(s.hi - 1, k + 1)) if bare else range(k + 1, min(s.hi - 1, k + 5)):
        if not (T[x].isalnum() and initial_lower(T[x])):
            return False
        if counted and L[k] == "its" and L[x + 1] == "to" and L[x].endswith("s") and _turned_up_at(s, x + 2):
            return True  # (a body's things: "all three of her visits to the hospital" are a memory)
        entry = NOUNS.get(L[x])
        if (entry is not None and entry.plural_of_people() or L[x] in _CALLED_BACK_BODIES) and L[x + 1] == "from":
            # (what they were like is a memory told: "recalled her colleagues from the campaign as
            # loyal"; but an "as" that opens a clause says when: "recalled the deckhands from their
            # break as the wind rose", and so does "as soon as")
            w = _word_in_clause(s, x + 2, _OWN_REACH, "as")
            return w < 0 or _bare_clause_at(s, w + 1) or w + 2 < s.hi and L[w + 1] == "soon" and L[w + 2] == "as"
        if entry is not None and entry.cls == "individual" and L[x + 1] == "from" and x + 2 < s.hi and L[x + 2] == "retirement":
            return True  # "recalled its former musical director from retirement to conduct"
        if L[x + 1] == "to" and (
            entry is not None and entry.cls in ("individual", "group") or L[x] in _RECALLED_PEOPLE or L[x] in _RECALLED_VEHICLES
        ) and _turned_up_at(s, x + 2):
            # "recalled its sales representatives to head office", "recalled the bus to the depot":
            # sent back to a place one turns up at
            return True
    return False


_RECALLED_VEHICLES: Final = content_words("recalled_vehicle")


def _called_back_from_absence(s: Sentence, k: int) -> bool:
    """Whether "recall" takes at ``k`` a name, people or a craft and then "from" a spell away:
    "recalled the Isle of Corran from her annual refit", "recalled Smith from his loan spell at
    Bury" (not "recalled a story from his holiday", a memory of a thing)."""
    L, T = s.L, s.T
    who = False
    for x in range(k, min(s.hi, k + _ABSENT_OBJECT_REACH)):
        if L[x] == "from":
            if not who or x + 1 >= s.hi:
                return False
            y = x + 2 if L[x + 1] in _ARTICLES_AND_OWNERS else x + 1
            return any(L[z] in _ABSENCES for z in range(y, min(s.hi, y + 3)) if T[z].isalpha())
        if not T[x][0].isalnum():
            return False
        entry = NOUNS.get(L[x])
        who = who or initial_upper(T[x]) or entry is not None and entry.cls in ("individual", "group") or (
            L[x] in _RECALLED_PEOPLE or L[x] in _RECALLED_VEHICLES
        )
    return False


_ABSENCES: Final = content_words("absence")
_ABSENT_OBJECT_REACH: Final = 6  # words from "recalled" to "from": "the Isle of Corran"
# bodies of people sent out together and called back as one: "recalled its sales team from the fair"
_CALLED_BACK_BODIES: Final = frozenset(("team", "teams", "squad", "squads", "delegation", "delegations", "mission"))


def _person_confirmed(s: Sentence, i: int, nx: int) -> bool:
    """Whether a passive "confirmed" at ``i``, its agent after "by" at ``nx``, has a person or
    people for its subject, confirmed in a rite or an office: "Three young ringers were confirmed
    by the bishop", "who was nominated by President Obama and confirmed by the Senate" (not "Her
    death was confirmed by the Eagle Forum", nor "The man was confirmed by police as the driver")."""
    L, T = s.L, s.T
    if any(L[x] in _CONFIRMED_WHAT for x in range(nx, min(s.hi, nx + _CONFIRMED_REACH))):
        return False
    j = i - 1
    if j > s.first and L[j] == "and":
        # (the second of two steps to an office)
        return any(L[x] in _APPOINTED and L[x + 1] == "by" for x in range(max(s.first, i - 2 * _CONFIRMED_REACH), j - 1))
    j = _passive_subject_end(s, i)
    if j >= 0 and initial_upper(T[j]):
        j = _head_before_a_place(s, j)  # "Forty-two pupils from St Oswald’s Catholic High were confirmed"
    if j < 0 or not initial_lower(T[j]):
        return False
    entry = NOUNS.get(L[j])
    return L[j] in _CONFIRMED_PRONOUNS or entry is not None and entry.cls == "individual"


def _head_before_a_place(s: Sentence, j: int) -> int:
    """The noun before "from", "at" or "of" and the name that ends at ``j`` ("pupils" in "pupils
    from St Oswald’s Catholic High"), or -1."""
    k = j - 1
    while k > s.first and j - k < _CONFIRMED_REACH and (initial_upper(s.T[k]) or s.T[k] in APOSTROPHES or s.L[k] in POSSESSIVE_ENDINGS):
        k -= 1
    return k - 1 if k > s.first and s.L[k] in _PLACE_PREPOSITIONS and k < j else -1


_PLACE_PREPOSITIONS: Final = frozenset(("from", "at", "of"))


_CONFIRMED_REACH: Final = 8
# what an agent may confirm about a person: "confirmed by police as the driver", "to be", "that"
_CONFIRMED_WHAT: Final = frozenset(("as", "to", "that"))
_APPOINTED: Final = frozenset("nominated appointed elected chosen named selected picked".split())
_CONFIRMED_PRONOUNS: Final = frozenset(("who", "he", "she", "they"))


def _shown_how(s: Sentence, k: int) -> bool:
    """Whether "show" takes at ``k`` people and then "how" or "where": "showed the clients how to
    clip in", "showed them where to stand" (a lesson, not a finding)."""
    L = s.L
    m = k
    if m < s.hi and L[m] in _SHOWN_PEOPLE:
        m += 1
    elif m + 1 < s.hi and L[m] in _ARTICLES_AND_OWNERS:
        entry = NOUNS.get(L[m + 1])
        if entry is None or not entry.plural_of_people() and entry.cls != "individual":
            return False
        m += 2
    else:
        return False
    return m < s.hi and (L[m] == "how" or L[m] == "where")


def _requiring_before(s: Sentence, i: int, first: int) -> bool:
    """Whether the subject right before "call" at ``i`` is a thing of :data:`_REQUIRING_THINGS`
    ("The role called for", "the recipe calls for"), not a person or a body."""
    return _subject_head_among(s, i, first, _REQUIRING_THINGS)


def _subject_head_among(s: Sentence, i: int, first: int, things: frozenset[str]) -> bool:
    """Whether the subject right before the verb at ``i`` has one of ``things`` as its head,
    before a short phrase that opens with a preposition of :data:`_SUBJECT_POST_PREPOSITIONS` or
    none: "The recipe for the estate's mulled wine calls for", "A clatter of empty bins
    announced", "A clatter at the trap announced"."""
    j = _subject_end_before(s, i, first)
    if j >= first and s.L[j] not in things:
        for k in range(j - 1, max(first, j - _POST_MODIFIER_REACH) - 1, -1):
            if s.L[k] in _SUBJECT_POST_PREPOSITIONS:
                j = k - 1  # the thing the phrase goes on
                break
            if not (_plain_word(s.T[k], s.L[k]) and initial_lower(s.T[k])):
                break
    return j >= first and s.L[j] in things and (initial_lower(s.T[j]) or j == first)


# prepositions that open a short phrase after a subject's head: "The recipe for", "A clatter at the
# trap"; and so may end a clause's subject after an object-like noun: "claimed the attack from the
# air was staged", "claimed the attack near the border was staged", "felt the mood in the town had
# changed"
_SUBJECT_POST_PREPOSITIONS: Final = frozenset(("for", "of", "at", "from", "in", "on", "near"))
# sounds that announce an arrival or a start, not news: "A clatter of empty bins announced the first trailer"
_SOUNDS: Final = frozenset("clatter rumble roar sound sounds noise whistle hooter siren horn bell bells knock crash bang fanfare cheer roll drumroll".split())
_RANKS: Final = frozenset("first second third fourth fifth top last".split())
_MAGNITUDES: Final = frozenset(("million", "billion", "trillion", "bn", "m"))
# what follows the noun of a claimed act: a place, a time, the means ("in a statement"), another act
_AFTER_AN_ACT: Final = frozenset(
    "in on at near against by and that which via through during from of since over for with after when while despite along".split()
    + "outside inside across as if before until under beneath below above beside within without throughout around".split()
    + "last this each every per yesterday earlier overnight early".split()  # a time: "claimed $12,000 in expenses last quarter"
    + "among between behind ahead alongside beyond toward towards into onto again twice once shortly soon instead".split()
    + ["together", "aloud"]  # how: "said the rosary together"
    + ["because"]  # why: "denied the porter's holiday request because August is its busiest month"
    + ["back"]  # returned: "claimed his old pitch back"
)


def _added_to(s: Sentence, k: int) -> bool:
    """Whether "add" takes at ``k`` an object and then "to" and a noun phrase: "added chlorine to
    the reservoir", "would add less than 1 percent to output", "have added Polish and Urdu
    programmes to the evening schedule" (not "added that", "added in a statement", "added to
    the confusion", nor "added he would stay")."""
    L, T = s.L, s.T
    x, limit = k, k + _ADDED_REACH
    while x < min(s.hi, limit):
        low = L[x]
        if low == "to":
            return x > k and x + 1 < s.hi and (
                L[x + 1] in _ARTICLES_AND_OWNERS or initial_lower(T[x + 1]) and T[x + 1][0].isalpha() and L[x + 1] not in FORMS
                and L[x + 1] not in CLASSES
            )
        t = T[x]
        if t in CURRENCY_MARKS:
            end = _amount_end(s, x + 1)  # "about £1,200 to the cost": an amount's figures count as one word
            limit += max(0, end - x - 2)
            x = end
            continue
        if not (t.isalpha() and (initial_lower(t) or "demonym" in CLASSES.get(low, EMPTY)) or t[0].isdigit() or t[0] in CURRENCY_MARKS):
            return False  # (an object is lower-case words, a people's or a language's word, a count or an amount)
        if low == "that" or low in SUBJECT_PRONOUNS or low in AUXILIARIES or "preposition" in CLASSES.get(low, EMPTY) and low not in _ADDED_AMOUNTS:
            return False  # (an auxiliary opens what was said: "added the move was a warning to others")
        if low in FORMS and not (x > k and T[x - 1].isalpha() and initial_lower(T[x - 1])):
            return False  # (but a noun that is also a cue, after a word of the object: "safe opening", "further details")
        x += 1
    return False


_ADDED_REACH: Final = 6
_ADDED_AMOUNTS: Final = frozenset(("than", "about", "around", "over", "up"))  # "less than 1 percent", "about $2m"


def _ended(s: Sentence, i: int, cue_end: int, first: int) -> bool:
    """Whether "conclude" at ``i`` ends a gathering (:data:`_ENDED_EVENTS`): its subject is one
    and no clause follows ("The hearing concluded shortly after 5pm"; but "The inquest concluded
    that he drowned"), or its whole object is one ("the panel concluded its sittings")."""
    k = cue_end + 1
    if _whole_object_among(s, k, _ENDED_EVENTS, 1):
        return True
    j = _subject_end_before(s, i, first)
    if j < first or s.L[j] not in _ENDED_EVENTS or not initial_lower(s.T[j]) and j != first or _inside_a_post_modifier(s, j, first):
        return False
    if _that_within(s, k, _THAT_REACH) or k < s.hi and s.T[k] == ":":
        return False  # "The inquest concluded on Friday that he drowned"
    return _object_ends_before(s, k) or k < s.hi and (ly_adverb(s.L[k]) or s.L[k] in _SOON)


_ENDED_EVENTS: Final = content_words("ended_event")
_SOON: Final = frozenset(("shortly", "soon", "abruptly", "early", "late", "yesterday", "today"))


def _declared_thing(s: Sentence, k: int) -> bool:
    """Whether "declare" takes at ``k`` a thing declared as an act (:data:`_DECLARED_THINGS`), the
    whole object, one declared to someone or one above a threshold: "declared a dividend",
    "declared his assets to the commission", "declare cash above €10,000" (not "declared the
    goods were his")."""
    x = _object_at(s, k, _DECLARED_THINGS, 2)
    return x >= 0 and (_object_ends_before(s, x + 1) or s.L[x + 1] == "to" or s.L[x + 1] in _THRESHOLD_WORDS)


_THRESHOLD_WORDS: Final = frozenset(("above", "over", "exceeding", "worth"))  # "declare cash above €10,000"


def _denied_thing(s: Sentence, k: int) -> bool:
    """Whether what "deny" takes at ``k`` is a thing withheld (:data:`_DENIED_THINGS`), the whole
    object or the second one after who is refused it: "denied bail", "denied the union's request",
    "denied the engineers access to the site" (not "denied the request was made")."""
    L, T = s.L, s.T
    if _denies_an_act(s, k):
        return False
    if _denied_someone_something(s, k) or _denied_a_win(s, k):
        return True
    for x in range(k, min(s.hi, k + _DENIED_REACH)):
        if (L[x] == "claim" or L[x] == "claims") and x + 2 < s.hi and L[x + 1] == "for" and (
            T[x + 2] in CURRENCY_MARKS or T[x + 2][0].isdigit() or L[x + 2] in _CLAIMED_GAINS
        ):
            return True  # "The insurer denied the park's claim for £80,000": a claim for money, refused
        if not (T[x].isalpha() or L[x].endswith(POSSESSIVE_ENDINGS) and T[x][0].isalpha()) or L[x] == "that" or L[x] in FORMS:
            return False
        if L[x] in _DENIED_THINGS and (x == k or initial_lower(T[x])):
            while x + 1 < s.hi and L[x + 1] in _DENIED_THINGS:
                x += 1  # "denied his visa application twice": a compound of two such words
            return _object_ends_before(s, x + 1) or x + 1 < s.hi and L[x + 1] == "to"  # ("access to the site")
    return False


def _denies_an_act(s: Sentence, k: int) -> bool:
    """Whether "deny" takes at ``k`` an act with its own object: "denied removing any props
    without permission" denies doing it, whatever a thing withheld (:data:`_DENIED_THINGS`) comes
    later; "denied planning permission" and "denied boarding" withhold."""
    L, T = s.L, s.T
    return k + 1 < s.hi and L[k].endswith("ing") and initial_lower(T[k]) and T[k].isalpha() and (
        L[k] not in _DENIED_THINGS and L[k + 1] in DETERMINERS
    )


def _denied_a_win(s: Sentence, k: int) -> bool:
    """Whether "deny" takes at ``k`` someone ("the" or an owner, one or two words) and then a
    bare win that ends the object: "denied the Dutchman victory on the line", "denied his side
    promotion" (not "denied the Dutchman's victory claims")."""
    L, T = s.L, s.T
    if not (k < s.hi and (L[k] == "the" or L[k] in POSSESSIVE_PRONOUNS)):
        return False
    for x in range(k + 2, min(s.hi, k + 4)):
        if not _plain_word(T[x - 1], L[x - 1]) or L[x - 1].endswith(POSSESSIVE_ENDINGS) or L[x - 1] in ARTICLES:
            return False  # (the win is bare: "denied his party the victory" is no such case)
        if L[x] in _BARE_WINS and T[x].isalpha() and initial_lower(T[x]):
            return _object_ends_before(s, x + 1)
    return False


# wins that "deny" may withhold with no article: "denied the Dutchman victory"
_BARE_WINS: Final = frozenset(("victory", "promotion", "glory", "gold", "silver", "bronze", "qualification"))
_DENIED_THINGS: Final = content_words("denied_thing")
_DENIED_REACH: Final = 5


def _denied_someone_something(s: Sentence, k: int) -> bool:
    """Whether "deny" takes at ``k`` two objects, who is refused and then what, opened by an article
    or an owner: "denied Ruiz his first stage win", "denied Carter a final-night photograph",
    "denied her the chance", "denied the dancers a lunch break", "denied growers a second
    flowering", "denied her rival a fourth straight title" (not "denied Tuesday the claims",
    "denied her role", "denied the allegations his rival made", nor "denied their dogs had
    caused any damage", whose auxiliary opens a clause)."""
    L, T = s.L, s.T
    x = k
    if x >= s.hi:
        return False
    owner = L[x] in POSSESSIVE_PRONOUNS and x + 1 < s.hi and T[x + 1].isalpha() and initial_lower(T[x + 1]) and L[x + 1] not in _ARTICLES_AND_OWNERS
    bare = T[x].isalpha() and initial_lower(T[x]) and s_inflection(L[x]) and L[x] not in _ARTICLES_AND_OWNERS
    if L[x] == "the" or owner or bare:
        # a common noun refused, then what: "denied the blackbirds their feast", "denied spectators
        # a view" (a preposition ends the first object: "denied the charges through his lawyer")
        if not bare:
            x += 1
        start = x
        # (an owner's word and a hyphened one may describe it: "denied the brewery's five-a-side team a place")
        # (and a capitalised one before a lower-case word: "denied the Galashiels team a third title")
        marks = 0
        while x < s.hi and x < start + _FIRST_OBJECT_WORDS + marks and (
            (_plain_word(T[x], L[x]) or T[x].replace("-", "").isalpha()) and (
                initial_lower(T[x]) or not bare and x + 1 < s.hi and (
                    T[x + 1].isalpha() or T[x + 1] in APOSTROPHES
                ) and L[x] not in DATE_NAMES
            ) and (
                L[x] not in _SECOND_OBJECT_OPENERS and L[x] not in _AFTER_AN_ACT and L[x] not in AUXILIARIES
            )
            or x > start and plural_owner_mark(T, L, x, start)  # "denied the Drovers Arms' tenants a rent holiday"
        ):
            marks += T[x] in APOSTROPHES
            x += 1
        if start < x and _people_word(L[x - 1]):
            x = _past_where_they_are(s, x)  # "denied growers on the Pennine sites their usual early crop"
        return start < x < s.hi and L[x] in _SECOND_OBJECT_OPENERS and not record_noun(L[x - 1]) and L[x - 1] not in _WORDS_SAID and (
            _short_second_object(s, x + 1)
        )
    if L[x] in _REFUSED_PRONOUNS:
        x += 1
    else:
        while x < s.hi and x < k + 3 and T[x].replace("-", "").isalpha() and initial_upper(T[x]) and L[x] not in DATE_NAMES:
            x += 1
    return k < x < s.hi and (L[x] in _ARTICLES_AND_OWNERS or L[x] == "any")


_FIRST_OBJECT_WORDS: Final = 3  # "the [brewery's five-a-side team]"
# prepositions that place people refused something: "denied growers on the Pennine sites their crop"
_PLACING: Final = frozenset(("on", "at", "in", "across", "along"))
_PLACE_WORDS: Final = 4  # "the [Pennine sites]", "[St Mary's Road]"


def _people_word(low: str) -> bool:
    """Whether ``low`` is a plural for people, listed or by its ending: "residents", "growers"."""
    return people_plural(low) or low.endswith(PEOPLE_PLURAL_ENDINGS)


def _past_where_they_are(s: Sentence, x: int) -> int:
    """The token after a place that follows people at ``x`` ("on the Pennine sites", "at St
    Mary's"), when that place is a few words opened by "the" or a capital and a second object's
    opener follows it; else ``x``."""
    L, T = s.L, s.T
    if not (x + 2 < s.hi and L[x] in _PLACING and (L[x + 1] == "the" or initial_upper(T[x + 1]))):
        return x
    first = y = x + 2 if L[x + 1] == "the" else x + 1
    end = min(s.hi, y + _PLACE_WORDS)
    while y < end and T[y][0].isalpha() and L[y] not in _SECOND_OBJECT_OPENERS and L[y] not in DATE_NAMES and (
        not classes(L[y]) or L[y].endswith(POSSESSIVE_ENDINGS)
    ):
        y += 1
    return y if first < y < s.hi and L[y] in _SECOND_OBJECT_OPENERS else x


# what opens the second object of "deny", what is withheld: "their feast", "a view", "any room"
_SECOND_OBJECT_OPENERS: Final = frozenset(POSSESSIVE_PRONOUNS) | frozenset(("a", "an", "any"))
_SECOND_OBJECT_WORDS: Final = 4  # "a fourth straight slalom title"


def _short_second_object(s: Sentence, k: int) -> bool:
    """Whether the second object of "deny", whose words start at ``k``, is short and ends there,
    with no verb of a clause inside: "their third goal.", "a view of the finish", "any room to
    work" (not "his campaign had lied", "a second time")."""
    L, T = s.L, s.T
    for x in range(k, min(s.hi, k + _SECOND_OBJECT_WORDS)):
        if not (T[x][0].isalnum() or "-" in T[x]) or L[x].endswith("ed") or L[x] in _IRREGULAR_PASTS or L[x] in ("that", "time", "times"):
            return False
        if _object_ends_before(s, x + 1) or x + 2 < s.hi and L[x + 1] == "to" and L[x + 2] in ARTICLES:
            return True  # (and where it leads: "its only dry route to the far side")
    return False


# a count written in words: "twenty new members", "eighteen months after his death"
_WORD_COUNTS: Final = CARDINALS | TEENS_AND_TENS


def _object_ends_before(s: Sentence, k: int) -> bool:
    """Whether an object ends before token ``k``: the sentence ends, a mark comes, or a word of
    :data:`_AFTER_AN_ACT` opens a circumstance ("claimed the bombing in a statement", "said Mass
    at the cathedral"), not a clause of its own ("claimed the attack was staged")."""
    # (but a noun that a relative clause set off by commas follows may be a clause's subject: "claims
    # the building, which has been empty since 2009, is beyond repair")
    return k >= s.hi or not s.T[k][0].isalnum() and not _verb_after_set_off_relative(s, k, _SET_OFF_OBJECT_RELATIVE) or (
        s.L[k] in _AFTER_AN_ACT and not (s.L[k] in _SUBJECT_POST_PREPOSITIONS and _clause_after_subject_phrase(s, k + 1))
    ) or (
        # a span of time: "declared bankruptcy six months after the breach", "claimed asylum two years ago"
        (s.L[k] in _WORD_COUNTS or s.T[k].isdigit()) and k + 1 < s.hi and s.L[k + 1] in TIME_SPANS
    )


def _clause_after_subject_phrase(s: Sentence, k: int) -> bool:
    """Whether the "of" (or "from", "in" ...) phrase that opens at ``k`` ends a clause's subject,
    its verb an auxiliary or a modal within a few words: "felt the effects of the policy were
    harmful", "claimed the photos of the boat were fake" (not "felt the impact of the rail strike")."""
    for m in range(k, min(s.hi, k + _OF_PHRASE_WORDS)):
        if (s.L[m] in AUXILIARIES or s.L[m] in MODALS) and initial_lower(s.T[m]):
            return True  # (not a month: "admitted eleven ponies in May alone")
        if not s.T[m][0].isalnum() or s.L[m] in _AFTER_AN_ACT or s.L[m] in RELATIVE_WORDS:
            # (a circumstance's or a relative's verb is its own: "told the beads of her rosary
            # while the ballots were sorted", "the enthusiasm of followers who were new")
            return False
    return False


_OF_PHRASE_WORDS: Final = 6


# verbs that say a rite ("said Mass", "told her rosary"), and the rites (not greetings: PolNeAR
# marks "saying goodbye to the previous guest")
_RITE_VERBS: Final = frozenset(("say", "tell"))
# the positions that "maintain" holds in words ("maintained his innocence"); what else it takes as
# an object is kept going or in repair ("maintained the turbines", "maintains close ties")
_MAINTAINED_STANCES: Final = content_words("maintained_stance")
_BE_FORMS: Final = _BE - {"'s", "’s"}  # "is maintained by" ("it's" is one token)


def _kept_not_held(s: Sentence, i: int, k: int) -> bool:
    """Whether "maintain" at ``i`` keeps a thing going rather than holding a position: passive
    with "by" ("the data is maintained by NGP VAN"), or an object that is no clause and no stance
    ("maintained support among black voters", "maintained the floor price at 30 cents"), but not
    "maintained that", "maintained the server was secure" or "maintained his innocence"."""
    T, L = s.T, s.L
    if k >= s.hi or i - 1 < s.first or not T[i - 1][0].isalnum():
        return False  # ('“The plan has failed,” maintained the company.': inverted after what was said)
    if L[i - 1] in _BE_FORMS:
        return L[k] == "by"
    if not (T[k].isalpha() or T[k][0].isdigit()) or L[k] == "that" or _bare_clause_at(s, k):
        return False
    x = k
    while x < s.hi and x - k <= _OBJECT_REACH and not _object_ends_before(s, x) and (T[x].isalnum() or "-" in T[x] or T[x] in APOSTROPHES or T[x].endswith(POSSESSIVE_ENDINGS)):
        x += 1
    if x == k or x - k > _OBJECT_REACH or not _object_ends_before(s, x):
        return False
    return L[x - 1] not in _MAINTAINED_STANCES


_BIRTHS: Final = content_words("expected_birth")
# what a side concedes on the field: "conceded four goals", "conceded a late penalty"
_CONCEDED_SCORES: Final = content_words("conceded_score")
# what one observes by keeping it, or watches: "observed a minute's silence", "observed the
# ceasefire", "observed the transit of Mercury"
_OBSERVANCES: Final = content_words("observance") | content_words("observed_sight")
_RITES: Final = content_words("said_rite")
# what one answers that is no question: "answered the door", "answered the call"
_ANSWERED_THINGS: Final = content_words("answered_thing")
_REPLYING: Final = frozenset(("answer", "reply", "respond", "retort"))
# moves in a game or a race that answer a rival's, with no words: "replied with a burst of speed"
_PLAYED_REPLIES: Final = frozenset(
    "attack attacks burst surge acceleration sprint goal goals try tries ace aces century birdie birdies eagle winner counterattack counter-attack equaliser equalizer header volley"
    " hold break set".split()  # ("answered with a love hold")
)
_TRACED_SHAPES: Final = content_words("traced_shape")
# where a way made leads: "argued its way into", "talked his way out of"
_WAY_PARTICLES: Final = frozenset("into out through to past onto back".split())


def _observance_kept(s: Sentence, k: int) -> bool:
    """Whether what is observed at ``k`` is an observance that ends the object ("observed a
    minute's silence for the victims"), not the subject of a clause ("observed the truce was
    fragile")."""
    x = _object_at(s, k, _OBSERVANCES, 3)
    if x < 0:
        return False
    if x + 1 < s.hi and s.L[x + 1] in _OBSERVANCES:
        x += 1  # "a minute's silence"
    return _object_ends_before(s, x + 1)


def _rite_said(s: Sentence, k: int) -> bool:
    """Whether a rite said or told follows at ``k`` ("said Mass at the cathedral", "said a prayer
    for the victims", "told her rosary"), and ends the object: "saying mass immigration was to
    blame" goes on to its clause."""
    if k < 0:
        return False
    L = s.L
    m = k + 1 if L[k] in _ARTICLES_AND_OWNERS else k
    if m > k and m + 1 < s.hi and L[m] not in _RITES and L[m + 1] in _RITES and (initial_lower(s.T[m]) or L[m] in WEEKDAYS) and s.T[m].isalpha():
        m += 1  # a rite with its adjective: "said a quick prayer", "told her daily rosary", "saying their Friday prayers"
    if m >= s.hi or L[m] not in _RITES:
        return False
    if m + 1 < s.hi and L[m + 1] in _RITES:
        m += 1  # one rite naming another: "told his prayer beads", "her rosary beads"
    return _object_ends_before(s, m + 1)


# people no one can name, who answer a door or a telephone with nothing after "answered"
_UNNAMED_ANSWERERS: Final = frozenset("nobody anyone anybody someone somebody".split())
# what a negated answer leaves unanswered: "did not respond to interview requests", "to emails"
_REQUESTED: Final = frozenset(
    "comment comments interview interviews inquiry inquiries questions messages emails request requests".split()
)
# words someone said, which an answer to them answers in words: "responded to Calderon's remarks"
_SAID_THINGS: Final = frozenset(
    """remark remarks comment comments criticism criticisms critics question questions accusation
    accusations allegation allegations charge charges claim claims statement statements letter
    letters tweet tweets speech""".split()
)
_ANSWERED_REACH: Final = 6


def _answers_words(s: Sentence, k: int) -> bool:
    """Whether an answer verb's "to" or "by" at ``k`` takes words: "responded to Calderon's
    remarks", "replied to the letter", "responded by saying" (not "responded to the crisis",
    "responded by cutting rates")."""
    L = s.L
    if k + 1 >= s.hi:
        return False
    if L[k] == "by":
        f = FORMS.get(L[k + 1])
        return f is not None and f.kind == "speech" and L[k + 1].endswith("ing")
    if L[k] != "to":
        return False
    for m in range(k + 1, min(s.hi, k + 1 + _ANSWERED_REACH)):
        if L[m] in _SAID_THINGS:
            return True
        if s.T[m] in ("’", "'") and s.L[m - 1].endswith("s"):
            continue  # the possessive of a name in "s": "responded to Vargas’ question"
        if not s.T[m][0].isalnum() or L[m] in PREPOSITIONS:
            return False
    return False


_NEITHER: Final = frozenset(("neither", "nor"))
_NEITHER_REACH: Final = 8  # words of a subject "Neither the campaign nor its lawyers"


def _refused_comment(s: Sentence, lo: int, i: int, k: int) -> bool:
    """ "did not (immediately) respond to a request for comment", "has not replied to emails
    seeking comment": a negated answer to a request for comment, ``lo..i`` the words before the
    cue and ``k`` the word after its "to"."""
    L = s.L
    if not negation_in(L, lo, i) and not any(L[x] in _NEITHER for x in range(max(s.first, lo - _NEITHER_REACH), lo)):
        return False  # (a subject "Neither Maples nor Trump" negates the answer too)
    for m in range(k, min(s.hi, k + 8)):
        if L[m] in _REQUESTED:
            return True
        if not s.T[m][0].isalnum():
            return False
    return False


def _add_described(s: Sentence, i: int, j: int, cue_end: int, cue: Span, form: CueForm, closed: bool) -> bool:
    """ "Icher, originally from Carcassonne, France, said": the name that opens the clause."""
    found = described_name(s, i, j, cue_end, closed)
    if found is None:
        return False
    a, b, phrase = found
    content = content_after(s, cue_end, form)
    if content is None:
        content = strip_span(s.text, s.span.start, s.S[a])
    s.add(cue, a, b, content, form.kind, phrase, i)
    return True


# verbs whose infinitive complement shares their subject: "continued to say", "went on to
# tell", "was quick to point out".  "declined to comment" and "tried to explain" are left out:
# nothing is said
# ("on" is the particle of "went on to")
# "a video appeared to show", "the reviews seem to echo": a record that seems to show still shows
_SEEM: Final = frozenset(("appear", "appears", "appeared", "seem", "seems", "seemed"))
_INFINITIVE_GOVERNORS: Final = content_words("infinitive_governor") | frozenset(("on",)) | _SEEM
# what "on" introduces when it says when something was said: "warned on Wednesday"
_WHEN: Final = DATE_NAMES | MONTH_ABBREVIATIONS
# media a speaker takes to in lower case ("took to social media to", "went on television to")
_MEDIA: Final = content_words("medium")
_WENT: Final = frozenset("went go goes going gone".split())


# "took to Twitter to announce", "went on CNN to say": a verb that takes its subject to a medium
_TO_A_MEDIUM: Final = {"to": frozenset("took take takes taking turned turn turns".split()), "on": _WENT | frozenset(("appeared",))}
_MEDIUM_WORDS: Final = 5


# verbs that spend something of the subject's on what the infinitive does: "used his acceptance
# speech to call for", "took the opportunity to thank", "used much of their time to criticize"
_PURPOSE_VERBS: Final = content_words("purpose_verb")
# what "take" spends: "took the opportunity to thank", "took the stage Tuesday night to" (but
# "took the bus to tell" is a ride)
_TAKEN_OCCASIONS: Final = content_words("taken_occasion")
_TAKE: Final = frozenset("take takes took taking".split())
# what opens the thing spent: a possessive or an article, or a share of one ("part of his address")
_SPENT_OPENERS: Final = frozenset("his her their its our my the a an part much most some all".split())
_SPENT_WORDS: Final = 8


def _purpose_verb(T: list[str], g: int) -> int:
    """The verb of a purpose infinitive whose subject speaks, before "to" after the word at ``g``
    ("Ramos used his acceptance speech to call for"), or -1.  The thing spent is a phrase that
    opens with a possessive or an article: "asked him to explain" has a person as object."""
    stop = max(0, g - 1 - _SPENT_WORDS)
    for p in range(g - 1, 0, -1):
        if T[p] in APOSTROPHES and T[p - 1].lower().endswith("s"):
            stop = max(0, stop - 1)  # a plural owner's mark is part of its word: "used her speech at the traders’ dinner to warn"
            continue
        if p <= stop or not T[p][0].isalnum():
            return -1
        verb = T[p].lower()
        if verb in _PURPOSE_VERBS:
            if verb in _TAKE and T[g].lower() == "pains" and g - p <= 2:
                return p  # "are taking pains to say", "took great pains to stress": no article before
            if verb in _TAKE and not (p + 2 <= g and (T[p + 2].lower() in _TAKEN_OCCASIONS or T[p + 2].lower() in _MEDIA)):
                return -1
            return p if T[p + 1].lower() in _SPENT_OPENERS and p + 1 <= g else -1
    return -1


# verbs that bring their subject before an audience, whose purpose infinitive the subject then
# does: "stood at a Bush event here to say", "appeared on Sunday shows to tout"
_PRESENCE_VERBS: Final = content_words("presence_verb")
_PRESENCE_WORDS: Final = 8  # words between the verb and "to": "appeared before reporters in the briefing room this month"
# a full stop that a presence verb's adjunct may carry follows a short capitalised word ("went
# with Mr. Smith"), so the look stays in its sentence
_ABBREVIATION_LETTERS: Final = 3
_CLAUSE_BREAKS: Final = frozenset(("and", "but", "or", "who", "which", "that", "when", "after", "before", "because", "if"))
_INFINITIVE_NOUNS: Final = content_words("infinitive_noun")


def _presence_verb(T: list[str], g: int) -> int:
    """The verb that brings its subject before an audience, at most ``_PRESENCE_WORDS`` words
    before the word at ``g`` (which stands before "to"), whose purpose infinitive the subject
    does: "Tom Emanuel stood at a Bush event here to say", "he went out of his way to say", or
    -1.  Another verb, an auxiliary or a clause word between ends the look ("His comments came
    after being asked to defend" is a request), and so does a noun that takes the infinitive
    itself ("came during Facebook's attempt to assure")."""
    for p in range(g, max(-1, g - 1 - _PRESENCE_WORDS), -1):
        t = T[p]
        if not t[0].isalnum():
            if t == "&" or t == "." and p > 0 and initial_upper(T[p - 1]) and len(T[p - 1]) <= _ABBREVIATION_LETTERS:
                continue  # "gathered at Sully's Bar & Grill" ("Sully's" is one token)
            return -1
        low = t.lower()
        if low in _PRESENCE_VERBS:
            return p if p < g else -1  # ("is going to say" has nothing between: a future)
        if low in _CLAUSE_BREAKS or low in FORMS or low in _INFINITIVE_NOUNS or low in AUXILIARIES:
            return -1
    return -1


def _governs_infinitive(T: list[str], g: int) -> bool:
    """Whether the word at ``g``, right before "to", takes an infinitive that shares its subject."""
    return _infinitive_governor(T, g) >= 0


def _governs_bare_infinitive(T: list[str], L: list[str], g: int, i: int, form: CueForm) -> bool:
    """Whether the word at ``g`` governs the cue at ``i`` as an infinitive after "to": "continued
    to say", "is due to tell"; after "due" only the bare form is a verb ("due to reports of
    violence" gives a cause)."""
    return _governs_infinitive(T, g) and (L[g] != "due" or L[i] == form.lemma)


def _infinitive_governor(T: list[str], g: int) -> int:
    """The verb whose subject an infinitive after the word at ``g`` shares ("continued to say",
    "went on to tell", "took to Twitter to announce"), or -1."""
    low = T[g].lower()
    if low in _INFINITIVE_GOVERNORS:
        if low != "on":
            return g
        return g - 1 if g > 0 and T[g - 1].lower() in _WENT else -1
    purpose = _purpose_verb(T, g)
    if purpose >= 0:
        return purpose
    presence = _presence_verb(T, g)
    if presence >= 0:
        return presence
    if not initial_upper(T[g]) and low not in _MEDIA and low not in PARTS_OF_DAY:
        return -1  # (a part of the day may end the time after the medium: "took to X on Tuesday night to insist")
    for p in range(g - 1, max(-1, g - 1 - _MEDIUM_WORDS), -1):
        t = T[p]
        if not t[0].isalnum():
            return -1
        verbs = _TO_A_MEDIUM.get(t.lower())
        if verbs is not None and p > 0 and T[p - 1].lower() in verbs:
            return p - 1
    return -1


def _infinitive_cue(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, to: int) -> None:
    """A speech cue after "to" (at ``to``): its source is the subject of a verb that governs the
    infinitive, or the object of a causing verb; any other infinitive states no one's speech."""
    if form.kind != "speech" or form.statement and not clause_follows(s, cue_end + 1):
        return  # (but "was quick to add that": a statement verb before its clause)
    if _governs_infinitive(s.T, to - 1) and (form.lemma not in _EVIDENCE_VERBS or s.L[to - 1] in _SEEM):
        infinitive(s, i, cue_end, cue, form, to)
    elif form.lemma not in _EVIDENCE_VERBS:
        caused_to(s, i, cue_end, cue, form, to)


_GRADES: Final = _DEGREE | frozenset(("much", "far"))  # "much more likely to say"


def infinitive(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, to: int) -> None:
    """ "Lewandowski continued to say", "he went on to tell", "Sexton was quick to point out": the
    source is the subject of the governing verb before "to" (at ``to``)."""
    L = s.L
    first = s.first
    governor = _infinitive_governor(s.T, to - 1)
    if governor == first:
        opening_participle(s, i, cue_end, cue, form, governor)  # "Continuing to explain his view, Carson said"
        return
    j = governor - 1
    while j >= first and (
        is_adverbish(s, j) or L[j] in _GRADES or L[j] in _FLOATING_QUANTIFIERS and j > first and _floats(s, j)
    ):
        j -= 1  # "are slightly more likely to say", "are all quick to point out"
    if j > first and s.T[j] == ",":
        if j + 1 == governor and L[governor].endswith("ing"):
            # "... struck down assertions, taking pains to emphasize that": a participle after the
            # comma hangs on its clause's subject, as ", saying" does
            participle(s, i, cue_end, cue, form, j)
        else:
            apposition(s, i, cue_end, cue, form, j)  # "Clinton, hoping to ..., was more eager to talk about"
        return
    if j < first or not s.T[j][0].isalnum() and not (s.T[j] == "." and abbrev_dot(s, j)):
        return  # (a name's abbreviation ends the subject: "Acme Corp. went on to say")
    if L[j] in ("and", "but"):
        # "left the room and began to criticize": the subject of the coordinated clause, not "the room"
        participle(s, i, cue_end, cue, form, j)
        return
    if _relative_word(L[j]) and not initials_at(s.T, j, s.lo, s.hi):
        relative(s, i, cue_end, cue, form, j)
        return
    a, b = phrase_left(s, j, first)
    if a >= b or L[a] in ("which", "who", "that", "what"):
        return
    rel = subject_before_relative(s, a)
    if rel is not None:
        a, b = rel  # "a video that emerged on social media appeared to show": the video
    phrase = classify_phrase(s.T, L, a, b, first)
    if not plausible_source(s, a, b, phrase):
        return
    s.add(cue, a, b, content_after(s, cue_end, form), form.kind, phrase, i)


# verbs whose object goes on to do what the infinitive says: "prompted Cooper to accuse", "led
# her to declare".  Requests ("asked him to explain", "urged her to say") are left out: what they
# ask for may never have been said.
_CAUSING: Final = content_words("causing_verb")
# the longest object read between a causing verb and "to"
_CAUSED_OBJECT: Final = 8


def _causing_before(T: list[str], L: list[str], to: int) -> bool:
    """Whether a causing verb sits within reach before the "to" at ``to``, with only words (a
    name's punctuation too) between: a cheap test before any phrase is read."""
    for p in range(to - 1, max(-1, to - 2 - _CAUSED_OBJECT), -1):
        if L[p] in _CAUSING:
            return p < to - 1
        if not T[p][0].isalnum() and T[p] not in ".-'’":
            return False
    return False


def caused_to(s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, to: int) -> None:
    """ "The ruling prompted Anderson Cooper to accuse", "led her to declare": the object of a
    causing verb before "to" (at ``to``) is the subject of the infinitive cue, so it is the source."""
    L = s.L
    b = to
    if b - 2 >= s.first and L[b - 1] in ("him", "her", "them") and L[b - 2] in _CAUSING:
        a = b - 1  # an object pronoun, which the phrase reader takes for a possessive
    else:
        a, end = phrase_left(s, b - 1, s.first)
        if a >= end or end != b or b - a > _CAUSED_OBJECT:
            return
        for x in range(b - 1, a - 1, -1):
            if L[x] in _CAUSING:
                a = x + 1  # "prompting officials": the phrase reader took the verb for a modifier
                break
    if a - 1 < s.first or a >= b or L[a - 1] not in _CAUSING or L[a] in PREPOSITIONS:
        return  # (not "spurred by Trump's failure to denounce": a passive's agent)
    phrase = classify_phrase(s.T, L, a, b, s.first)
    if phrase.source_type in ("self", "document") or not plausible_source(s, a, b, phrase):
        return
    s.add(cue, a, b, content_after(s, cue_end, form), form.kind, phrase, i)


def _after_comma(
    s: Sentence, i: int, cue_end: int, cue: Span, form: CueForm, j: int, tj: str, quote_close: bool
) -> None:
    """A cue whose left neighbour ``j`` is a mark (or nothing): an inverted speaker after content, an
    apposition ("Smith, the coach, said"), a described name, a coordinated verb or a dash."""
    first = s.first
    if j < first or tj == "," or tj in CLOSING_QUOTES or tj in "—–" or quote_close:
        if quoted_name_closes(s, j) and apposition(s, i, cue_end, cue, form, j - 1):
            return  # 'Lehel, the hacker known as “Guccifer,” stated'
        if tj == "," and form.kind == "speech" and _name_after_kin(s, j) and apposition(s, i, cue_end, cue, form, j):
            return  # "Marguerite Vance, the poet, died on Saturday, her son, Daniel Vance, said"
        described = described_opening_name(s, i, j) if tj == "," and form.kind == "speech" else None
        if described is not None:
            # 'Mike Murphy, who ran a pro-Jeb Bush super PAC, said the Trump “train may have left”':
            # a name and its description open the sentence, so what follows the cue is what he
            # said, not an inverted speaker
            a, b, phrase = described
            s.add(cue, a, b, content_after(s, cue_end, form), form.kind, phrase, i)
            return
        if tj == "," and _pronoun_clause_after(s, cue_end) and (
            form.kind == "speech" and _add_described(s, i, j - 1, cue_end, cue, form, True) or apposition(s, i, cue_end, cue, form, j)
        ):
            return  # "The director, Kwame Asante, 41, said he hired ...": the pronoun opens what was said
        # "told" takes its recipient after it, but '“...,” warned Jane Roe' is inverted
        if (
            (not form.tell or form.lemma == "warn") and not subject_with_insertion(s, j)
            and not (form.lemma == "ask" and tj == "," and _asks_to(s, cue_end + 1))  # "..., asked a judge to block it": a request
            and not _auxiliary_between(s, j + 1, i)  # "– 28 members – can ask the convention": no inverted verb has one
            and inversion(s, i, cue_end, cue, form)
        ):
            return
    if tj == "," and j + 2 == i and s.L[j + 1] == "then":
        # "In Ohio, Trump paused, then added": the next step of the clause's subject, no apposition
        participle(s, i, cue_end, cue, form, j + 1)
        return
    if tj == ",":
        if form.kind == "speech" and _add_described(s, i, j - 1, cue_end, cue, form, True):
            return
        if apposition(s, i, cue_end, cue, form, j):
            return
        coordinated(s, i, cue_end, cue, form)  # (a described opening name was tried above)
    elif is_dash(s, j):
        dashed_insertion(s, i, cue_end, cue, form, j)


_KIN_REACH: Final = 5  # words in "her son", "his widow", "a family friend" or "Daniel Vance"


def _name_after_kin(s: Sentence, j: int) -> bool:
    """Whether a name set off by commas before the comma ``j`` follows someone's relation or a
    described person: "..., her son, Daniel Vance, said" (the name and what it is, not the end
    of a description that runs from the sentence's opening name)."""
    T, L = s.T, s.L
    p = j - 1
    while p > s.first and j - p <= _KIN_REACH and T[p] != ",":
        p -= 1
    if T[p] != "," or p == j - 1 or not all(initial_upper(T[x]) or T[x] == "." for x in range(p + 1, j)):
        return False
    q = p - 1
    while q > s.first and p - q <= _KIN_REACH and T[q] != ",":
        q -= 1
    if T[q] != "," or q == p - 1 or not (L[q + 1] in POSSESSIVE_PRONOUNS or L[q + 1] in ("a", "an")):
        return False
    entry = NOUNS.get(L[p - 1])
    return entry is not None and entry.cls == "individual"


def _pronoun_clause_after(s: Sentence, cue_end: int) -> bool:
    """Whether a subject pronoun and a word follow the cue: the start of what was said ("said he
    hired"), which an inverted reading would take for its speaker."""
    k = cue_end + 1
    return k + 1 < s.hi and s.L[k] in _SUBJECT_PRONOUNS and s.T[k + 1][0].isalnum()


_SUBJECT_PRONOUNS: Final = frozenset("he she they it we i".split())


def _auxiliary_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether an auxiliary stands among tokens ``lo`` to ``hi - 1`` (all of them short of the cue)."""
    return any(s.L[m] in AUXILIARIES for m in range(max(lo, s.lo), hi))


_EVIDENCE_VERBS: Final = frozenset({"prove", "show", "find"})
# sources that find things by doing, not by reporting: people, as against records and bodies
_FINDERS: Final = frozenset(("named_person", "unnamed_individual", "pron_person"))


def _a_person_finds_a_thing(s: Sentence, i: int) -> bool:
    """Whether the last attribution, cued by a form of "find" at ``i``, has a person find a noun
    phrase rather than a clause: "... and find a solution", "can't find a job" (the subject path
    asks it of every source; this asks it of the sources reached through "and", a relative or an
    infinitive).  "Investigators found that ..." and "the study found no link" still count."""
    phrase = s.found[-1].phrase
    if phrase is None:
        return False
    people = phrase.source_type in _FINDERS or phrase.source_type == "unnamed_group" and not record_noun(phrase.head_lemma)
    nx = i + 1
    return people and nx < s.hi and "determiner" in classes(s.L[nx]) and s.L[nx] != "that"


# a picture or a recording shows what happened: "Security footage captured the suspect entering",
# "A photo from the event depicts the senator" (not "Troops captured the town")
_PICTURES: Final = content_words("showing_record") | frozenset(("camera", "cameras", "imagery", "screenshot", "screenshots"))
# who hears evidence given in a trial or a hearing: "..., the court heard." credits what was said
# in court, "The appeal panel heard that", "The meeting heard that" what was said before it (not
# "I heard him", "Voters have heard enough")
_HEARING_BODIES: Final = frozenset(
    "court jury juror jurors inquest tribunal hearing trial inquiry panel committee commission magistrate magistrates coroner meeting".split()
)
# cue verbs that attribute only when their source is headed by one of these nouns
_SOURCE_HEADS: Final[dict[str, frozenset[str]]] = {"capture": _PICTURES, "depict": _PICTURES, "hear": _HEARING_BODIES}


def _hearing_as_body(s: Sentence, before: int) -> None:
    """An inquiry that hears evidence is the body sitting, not its report: "..., the public
    inquiry heard" is a group (a named one an organisation), as "the court heard" is."""
    for x in range(before, len(s.found)):
        f = s.found[x]
        phrase = f.phrase
        if phrase is not None and phrase.source_type == "document":
            kind = "named_organization" if phrase.named else "unnamed_group"
            s.found[x] = f.with_phrase(PhraseKind(kind, phrase.named, phrase.head, phrase.head_lemma))


def _seen_by_a_thing(f: Found) -> bool:
    """Whether the source of a "see" is a common noun that names no kind of person, body or
    record ("The deal", "The policy mistake", "the referendum"): what such a thing "sees" is what
    it brings about."""
    phrase = f.phrase
    return phrase is not None and f.source is not None and phrase.source_type == "unnamed_individual" and not phrase.named and (
        phrase.head_lemma not in NOUNS and phrase.head_lemma.isalpha()
    )


_CONFIRMED_AS_REACH: Final = 6  # words of who is confirmed before "as": "Brayford Bindery as the biggest"


def _confirmed_as(s: Sentence, k: int) -> bool:
    """Whether "as" and an article follow the "confirm" at ``k`` within a short object, with no
    "that" between: "confirmed Brayford Bindery as the biggest finishing house"."""
    x = _word_in_clause(s, k + 1, _CONFIRMED_AS_REACH, "as")
    return x > k + 1 and x + 1 < s.hi and s.L[x + 1] in ARTICLES


def _headed_by(f: Found, heads: frozenset[str]) -> bool:
    """Whether the attribution ``f`` has a source whose head noun is one of ``heads`` (a passive
    without a source, "The moment was captured on video", has none)."""
    return f.phrase is not None and f.source is not None and f.phrase.head_lemma in heads


# how something is put into words after "put it": "put it best", "put it this way"
_PUT_IT_MANNER: Final = frozenset("best well better differently".split())
_PUT_IT_WAY: Final = frozenset("this that another".split())


def _put_into_words_end(s: Sentence, it: int) -> int:
    """The last token of a cue "put it" whose "it" is at ``it``, with its manner ("put it
    bluntly", "put it this way"), when the words are a way of saying ("as Smith put it,"); -1 for
    an act ("put it into play", "put it on the table")."""
    nx = it + 1
    if nx >= s.hi:
        return it
    if not s.T[nx][0].isalnum():
        return it  # ",", ":", ".", a quotation mark, a dash
    low = s.L[nx]
    if low in _PUT_IT_MANNER or low.endswith("ly") and len(low) > 3:
        return nx
    if low in _PUT_IT_WAY and nx + 1 < s.hi and s.L[nx + 1] == "way":
        return nx + 1
    if (low in _CIRCUMSTANCE_OPENERS or low in _WHEN or low in _WHEN_ALONE) and _as_opens_put(s, it - 1):
        m = nx + 1
        while m < s.hi and m - nx <= _CIRCUMSTANCE_REACH and s.T[m][0].isalnum() and s.L[m] != "that":
            m += 1
        if m >= s.hi or s.T[m] in ",:" or s.T[m] in TERMINATORS or s.T[m] in DOUBLE_QUOTES:
            return it  # "as Smith put it in her memoir,", "as one nurse put it on Tuesday."
    return -1


_AS_REACH: Final = 12  # words of "as John Cornyn, the No. 2 in the GOP leadership, put it"


def _as_opens_put(s: Sentence, put: int) -> bool:
    """Whether an "as" opening a clause ("..., as Smith put it", "As Smith put it") stands within
    reach before the "put" at ``put``, with no quotation mark or clause mark between."""
    T, L = s.T, s.L
    for x in range(put - 1, max(s.first, put - _AS_REACH) - 1, -1):
        if T[x] in DOUBLE_QUOTES or T[x] in ";:":
            return False
        if L[x] == "as":
            return x == s.first or T[x - 1] == "," or T[x - 1] in DOUBLE_QUOTES or L[x - 1] in COORDINATORS
    return False


# words after "show"/"find" that make an act, not a finding: "showed up", "found guilty"
_NOT_A_CLAUSE: Final = frozenset("up off out guilty dead innocent liable himself herself themselves itself".split())


# what follows a verb used as an act: "added to", "added 1 million", "maintained his lead"
_OBJECT_STARTS: Final = frozenset(
    "to by with in on for from up his her its their our my your a an another more one some enough extra several much".split()
) | CARDINALS | {"millions"}


# adjectives in -ly that modify a noun cue: "early reports", "likely claims", "costly claims"
_LY_ADJECTIVES: Final = LY_ADJECTIVES | frozenset("lovely ugly silly holy".split())


def _hearsay_verb_content(s: Sentence, i: int, form: CueForm, adverb: int) -> None:
    """Give the agentless attribution of the adverb at ``adverb`` ("reportedly") the content of
    the cue verb at ``i`` that it qualifies, read as if the adverb were not there: a quotation
    before it, or what "said" or "told" reports."""
    if not s.found or s.found[-1].cue.start != s.S[adverb]:
        return
    hearsay = s.found.pop()
    before = len(s.found)
    _verb_cue(s, i, form, True)
    content = s.found[before].content if len(s.found) > before else None
    del s.found[before:]
    if content is not None and (content.end <= s.S[adverb] or form.lemma in _PLAIN_SPEECH):
        hearsay = hearsay.with_content(content)
    s.found.append(hearsay)  # (what "reportedly attacked" qualifies is the event: "attacked a base")


_PLAIN_SPEECH: Final = frozenset(("say", "tell"))


def _acts_on_object(s: Sentence, nx: int) -> bool:
    """Whether what follows a verb that is as often an act (``statement`` in the cue lexicon) at
    ``nx`` looks like its object or a preposition, not what was said: "added 1 million jobs",
    "added two more leases", "maintained his lead" (but "replied in an even voice that")."""
    if nx < 0:
        return False
    nl = s.L[nx]
    return (nl in _OBJECT_STARTS or nl[0].isdigit() or s.T[nx] == "$" or _approximate_number(s, nx)) and not (
        nl != "to" and _that_after_circumstance(s, nx)
        or nl == "by" and nx + 1 < s.hi and s.L[nx + 1] in BY_MEANS  # "replied by email that": a means
    )


def _closes_a_statement(s: Sentence, i: int, nx: int, people: bool = True) -> bool:
    """Whether the verb at ``i`` and a short circumstance at ``nx`` close the sentence after a
    subject set off by a comma: "The ward was closed, Smith added on Tuesday.", "..., the firm
    added in a statement.": the verb credits the clause before the comma and has no object."""
    stop = mark_after_circumstance(s, nx)
    return stop > nx and s.T[stop] in TERMINATORS and _trailing(s, i, people, stop)


def _adds_to_a_thing(s: Sentence, k: int) -> bool:
    """Whether the words at ``k``, after "to", are what is added to ("adding to his lead",
    "adding to deficits") rather than who heard it ("adding to reporters that", "adding to him")."""
    if k >= s.hi or a_hearer(s, k):
        return False
    low = s.L[k]
    if low in ARTICLES:
        # "claimed the title, adding to the bronze she won in June" (but "adding to the Associated
        # Press that" names who heard it)
        return k + 1 < s.hi and initial_lower(s.T[k + 1]) and s.T[k + 1][0].isalpha()
    return low in _OWNERS or initial_lower(s.T[k]) and s.T[k][0].isalpha() and low not in CLASSES and low not in FORMS


def _read_from_a_text(s: Sentence, i: int, quotes: tuple[Quotation, ...], q_starts: list[int]) -> None:
    """What "reads" a quotation is a text (a sign, a hat, a caption), never a person: an unnamed
    source whose head is no known noun ("a banner", "shirts") is a document, and the words it
    reads end with the quotation ("the sign — which read “...” — and waved it").  A person who
    "reads" a quotation reads a title ("She reads “War and Peace”"), unless a colon introduces
    the words read out ("The spokesman read: “...”")."""
    f = s.found[-1]
    p = f.phrase
    if p is None:
        return
    kind = p
    body = NOUNS.get(p.head_lemma)
    if p.source_type in ("unnamed_individual", "unnamed_group") and (
        p.head_lemma not in NOUNS or p.head_lemma in ("one", "another")  # '“...,” read one': one of the signs
        # (no body reads a quotation, so a body's word is a surface: '“...,” reads a hand-lettered board')
        or body is not None and body.cls == "organization" and not body.plural
    ):
        kind = PhraseKind("document", False, p.head, p.head_lemma)
    elif i + 1 < s.hi and s.T[i + 1] != ":" and f.antecedent is None and (
        p.source_type in ("named_person", "pron_person", "unnamed_individual")
        # people read titles too: 'Year 7 pupils read "Holes" by Louis Sachar' (a quotation after
        # the verb; '“...,” read the protesters' keeps the one before it)
        or p.source_type == "unnamed_group" and s.T[i + 1] in DOUBLE_QUOTES and p.head_lemma in PERSON_NOUNS
    ):
        s.found.pop()
        return
    content = f.content
    if content is not None:
        q = bisect_left(q_starts, content.start)
        if q < len(quotes) and q_starts[q] == content.start:
            # the quotation the content opens with, as the quotation scanner closed it
            content = strip_span(s.text, quotes[q].content_start, min(quotes[q].content_end, content.end))
    s.found[-1] = Found(f.cue, f.source, content, f.kind, kind, f.sentence, f.cue_word, f.antecedent)


def _reads_a_quotation(s: Sentence, i: int) -> bool:
    """A sign, a caption or a message that "read(s)" the quotation right after it ("a sign that read
    “Hispanics 4 Trump”", "a hat reading, “...”"), or before it ('“...,” read one.'); "he read the
    report" has no quotation and is no attribution."""
    # (in single marks too: "A notice taped to the bins reads, 'These bins are ...'")
    return quotation_follows(s.T, i + 1, s.hi, single=True) or after_quoted_words(s, i)


_SUBJECT_REACH: Final = 5  # words of a speaker between a quotation and its verb: "an angry Hollande"


def _credits_quotation(s: Sentence, j: int) -> bool:
    """Whether the words ending at ``j`` are a short speaker right after a quotation that closes
    with a comma, a question or an exclamation mark ('“...,” Trump added to People'): the verb
    after them credits the quotation, and "to" names whom it was said to."""
    T = s.T
    p = j
    while p >= s.lo and j - p < _SUBJECT_REACH and T[p][0].isalnum():
        p -= 1
    if p == j or p - 1 < s.lo:
        return False
    return T[p] in ('"', "”") and T[p - 1] in _QUOTE_ENDS or T[p] == "'" and T[p - 1] == "'" and p - 2 >= s.lo and T[p - 2] in _QUOTE_ENDS


def _plural_by_agreement(s: Sentence, a: int, b: int, i: int, form: CueForm) -> bool:
    """ "Dataminers say", "Fundraisers fear": one capitalised word ending in "s" that opens the
    sentence, right before the bare present of its verb, is a plural subject, people described,
    not a person's name (who "says"); a past spelt as its base ("Peters forecast") tells nothing."""
    L, T = s.L, s.T
    return b - a == 1 and a == s.first and i == b and L[i] == form.lemma and L[i] not in _IRREGULAR_PASTS and (
        T[a].isalpha() and L[a].endswith("s") and not L[a].endswith("ss") and len(L[a]) > 4
    )


def _quote_before(s: Sentence, i: int) -> bool:
    """Whether a quotation mark closes before the cue in its sentence."""
    return any(t in CLOSING_QUOTES for t in s.T[max(s.lo, i - 60) : i])


_QUOTED_SUBJECT_WORDS: Final = 4  # words between a closing quotation mark and its verb: "” Mr. Paul Manafort continued"


def _quote_closes_subject(s: Sentence, i: int) -> bool:
    """Whether a quotation mark closes right before the subject of the verb at ``i``: '“...,”
    Clinton continued,' (not '“...,” he said, and the party continued,')."""
    T = s.T
    k = i - 1
    while k >= s.lo and i - k <= _QUOTED_SUBJECT_WORDS and (T[k][0].isalnum() or T[k] == "."):
        k -= 1
    return k >= s.lo and k < i - 1 and T[k] in CLOSING_QUOTES


def _approximate_number(s: Sentence, k: int) -> bool:
    """ "around 292,000", "nearly $1 billion": an approximator before a number opens an object
    ("about" does not: "added about 20 minutes later that")."""
    low = s.L[k]
    return k + 1 < s.hi and (low == "around" or "approximator" in classes(low)) and (s.T[k + 1][0].isdigit() or s.T[k + 1] == "$")


_TITLE_WORDS: Final = 8  # words of the longest quoted title ("“The Art of the Deal” says")


def _short_quotation(s: Sentence, close: int) -> bool:
    """Whether the quotation that the mark at ``close`` ends opens in the sentence and is short
    enough to be a title ('Pakistan's “Daily Times” says'); a long one is a statement whose
    comma is missing ('“... associated with Donald Trump” says Sergei Millian')."""
    T = s.T
    words = 0
    for k in range(close - 1, s.first - 1, -1):
        if T[k] in DOUBLE_QUOTES:
            return True
        if T[k][0].isalnum():
            words += 1
            if words > _TITLE_WORDS:
                return False
    return False


def _record_relative(L: list[str], i: int, lo: int, form: CueForm) -> bool:
    """Whether the "that" right before the speech cue at ``i`` is the relative pronoun of a source
    noun, not a conjunction or a determiner: a record's ("a 2014 paper that found", "polls that
    show", "an ad that urges") or, when the cue is a verb's inflected form, a person's or a body's
    ("a nonprofit that says", "the man that told"). A determiner "that" takes no plural and no
    past ("told officials that claim was false" is a determiner). A record "that posted" or "that
    published" came out; it said nothing."""
    if i - 2 < lo or L[i - 1] != "that" or form.kind != "speech" or form.lemma in _PUBLISHING:
        return False
    entry = NOUNS.get(L[i - 2])
    word = L[i]
    if entry is None:
        # "ran a piece that noted", "her email practices that suggested": any noun after a
        # determiner, when the cue is inflected as only a verb is
        return word != form.lemma and not word.endswith("ing") and _noun_phrase_end(L, i - 2, lo)
    # ("one that calls on Americans" is as often an approach as a person)
    return entry.cls == "document" or word != form.lemma and not word.endswith("ing") and L[i - 2] != "one"


_NOUN_PHRASE_REACH: Final = 3


def _noun_phrase_end(L: list[str], k: int, lo: int) -> bool:
    """Whether the word at ``k`` ends a noun phrase that a determiner or a possessive opens at
    most a few words back, with only plain lower-case words between ("a piece", "her email
    practices"); a verb ("the president knows") is a cue form, a past or a function word."""
    x = k
    if L[k] in FORMS and k - 1 >= lo and (L[k - 1] in DETERMINERS or L[k - 1] in POSSESSIVE_PRONOUNS) and L[k - 1] != "that":
        return True  # a cue's noun right after its determiner: "another question that asked"
    while x >= lo and k - x < _NOUN_PHRASE_REACH:
        low = L[x]
        if not low.isalpha() or low in FORMS or low in CLASSES or low.endswith(ED_LY_ENDINGS) or low in PAST_VERBS:
            return x < k and (low in DETERMINERS or low in POSSESSIVE_PRONOUNS) and low != "that"
        x -= 1
    return False


def _proves_to_be(s: Sentence, k: int) -> bool:
    """Whether "prove" links its subject to what follows at ``k`` as a copula would: "to be", an
    article ("proved a winning strategy"), a degree ("proved too close") or a bare adjective
    ("proved difficult"), rather than taking a clause or an object ("proved that", "proven them")."""
    if k < 0 or k >= s.hi:
        return False
    return s.L[k] in _COPULA_COMPLEMENT_STARTS or bare_adjective(s, k)


# what opens the complement of a copula: "proved to be", "proved a winning strategy", "proved too close"
_COPULA_COMPLEMENT_STARTS: Final = frozenset(("to", "a", "an", "too", "more", "less", "most", "so", "very"))


def _drop_unless_record(s: Sentence, before: int, cue: Span, nx: int) -> None:
    """Take back the attribution an evidence verb ("show", "find", "prove") has just added when its
    source is no record and words follow it: a person who "showed no fear" acts, while "the poll
    showed Clinton ahead" reports (a sentence that ends on the verb, "..., records show.", stays)."""
    if len(s.found) > before and s.found[-1].cue is cue and not (nx < 0 or s.T[nx] in TERMINATORS):
        added = s.found[-1].phrase
        if added is not None and not _is_record(s, added):
            s.found.pop()


# what sets the clause after "see" apart from what befalls its owner: "saw his party as weak"
_SEEN_AS_ENDS: Final = frozenset((",", ";", ":", "that", "and", "but", "because"))
_SEEN_REACH: Final = 10  # tokens of "saw their [own party] as insufficiently committed"


def _sees_what_befalls(s: Sentence, k: int) -> bool:
    """Whether "see" at ``k - 1`` takes a possessive and no "as": "saw his worth balloon", "would
    see their incomes increase" (an experience, not a view; "see their own party as" is a view)."""
    if k >= s.hi or s.L[k] not in POSSESSIVE_PRONOUNS:
        return False
    x = k + 1
    while x < s.hi and x - k <= _SEEN_REACH and s.L[x] not in _SEEN_AS_ENDS and s.T[x] not in TERMINATORS:
        if s.L[x] == "as":
            return False
        x += 1
    return True


def _is_record(s: Sentence, phrase: PhraseKind) -> bool:
    """A source that is a record or a count (a report, a poll, data, records, polls, ProPublica)."""
    if phrase.source_type in ("named_organization", "document"):
        return True
    return record_noun(phrase.head_lemma)


_QUANTIFIERS: Final = PEOPLE_QUANTIFIERS
# what "boasts" has rather than brags about: "a lead", "the highest share", "just one store"
_POSSESSED: Final = frozenset("a an the one two three some several more just only".split())
# "a third say", "a majority believe": after "a", the words that stand for several people
_GROUP_NOUNS: Final = frozenset(
    "few lot number third quarter half fifth tenth majority minority handful dozen couple bunch host".split()
)
_QUESTION_WORDS: Final = frozenset("whether if about what how why who which when where to for".split())
_OBJECT_PRONOUNS: Final = frozenset("him her them it me us you himself herself themselves itself".split())


def _question(s: Sentence, i: int, first: int) -> bool:
    """ "Asked whether ...", "when asked about ...", "was asked if ...": a question put to a source.

    The question is an agentless attribution (the asker is usually the outlet or unnamed); the
    answer that follows is found by its own cue.  Returns whether it was recorded.
    """
    T, L = s.T, s.L
    if i + 1 >= s.hi or L[i] != "asked":
        return False
    k = i + 1
    if L[k].endswith("ly") and is_adverbish(s, k) and k + 1 < s.hi:
        k += 1  # "when asked specifically what ...": an adverb before the question
    nt, nl = T[k], L[k]
    prev = L[i - 1] if i > first else ""
    if not (
        i == first
        or prev in ("when", "whenever", "after", "once", "as", "if", "was", "were", "being", "been", "is", "are")
        or T[i - 1] in ",—–("
    ):
        return False
    if i - 1 > first and T[i - 1] == "," and prev not in _BE_ASKED and not _verb_after_asked_clause(s, k) and not _verb_before_asked(s, i):
        return False  # "Smith, a lawyer, asked whether ...": the subject's own verb (not "Smith, asked whether ..., said")
    if nl not in _QUESTION_WORDS and nt not in ",:" and nt not in DOUBLE_QUOTES:
        # "Asked on Fox News who ...", "When asked by a reporter whether ...": the question
        # comes after a circumstance; "asked him to leave" is a request, not a question
        if nl == "to" or nl in _OBJECT_PRONOUNS or not (nl in _ASK_CIRCUMSTANCE or "determiner" in classes(nl)):
            return False
        if "determiner" in classes(nl) and _asks_to(s, k + 1):
            return False  # "Texas, leading a coalition, asked a federal judge to block the rules": a request
        if "determiner" in classes(nl) and T[i - 1] == "," and "," not in T[k : s.hi]:
            # "Vargas, an immigration activist, asked the former secretary if ...": no comma closes
            # a participle's clause, so the sentence's own verb asks its object
            return False
    cue = make_span(s.S[i], s.E[i])
    if nl == "by" and k + 1 < s.hi and L[k + 1] not in BY_MEANS:
        # "was asked by Fox Business moderator Gerard Baker whether ...": the one who asks is named
        a, b = phrase_right(s, k + 1)
        b = next((x for x in range(a + 1, b) if L[x] in _QUESTION_WORDS), b)  # "by Ingraham [about it]"
        if a < b:
            phrase = classify_phrase(T, L, a, b, first)
            if plausible_source(s, a, b, phrase):
                s.add(cue, a, b, strip_span(s.text, s.E[b - 1], _question_stop(s, i, b, prev)), "speech", phrase, i)
                return True
    s.found.append(Found(cue, None, strip_span(s.text, s.S[k], _question_stop(s, i, k, prev)), "speech", None, s.index, i))
    return True


_OPENING_ASKED: Final = frozenset(("when", "whenever", "after", "once", "if"))
_BE_ASKED: Final = frozenset(("was", "were", "being", "been", "is", "are"))


def _verb_before_asked(s: Sentence, i: int) -> bool:
    """Whether a verb comes between the comma before "asked" at ``i`` and the mark before that
    ('“...,” McCain said, asked about', '..., said Ben Carson, asked about'), so that "asked" set
    off by a comma follows a clause of its own and is a participle (not "Smith, a lawyer, asked")."""
    T = s.T
    for m in range(i - 2, s.first - 1, -1):
        if T[m] == "," or T[m] in DOUBLE_QUOTES:
            return False
        if _reads_as_verb(s, m):
            return True
    return False


def _verb_after_asked_clause(s: Sentence, k: int) -> bool:
    """Whether a comma outside quotation marks after token ``k`` closes the clause of a
    participle "asked" and the subject's own verb follows it ("Smith, asked whether he would
    run, said no", "..., laughed"), so that "asked" set off by a comma is no main verb."""
    T = s.T
    quoted = False
    for m in range(k, s.hi - 1):
        if T[m] in DOUBLE_QUOTES:
            quoted = not quoted
        elif T[m] == "," and not quoted and _reads_as_verb(s, m + 1):
            return True
    return False


def _reads_as_verb(s: Sentence, m: int) -> bool:
    """Whether the word at ``m`` reads as a verb: a cue that is no noun, an auxiliary, a past or a
    lower-case word in "-ed"."""
    low = s.L[m]
    form = FORMS.get(low)
    return form is not None and not form.noun or low in AUXILIARIES or low in PAST_VERBS or initial_lower(s.T[m]) and low.endswith("ed")


def _question_stop(s: Sentence, i: int, k: int, prev: str) -> int:
    """Where the question put with "asked" at ``i`` ends, read from token ``k``: at the comma that
    closes an opening "Asked ...," or "When asked ...," ("When asked by Ingraham about it, Cruz
    said", "When asked why, Sembler responded"), else at the sentence's end."""
    if i == s.first or prev in _OPENING_ASKED or prev == ",":  # (",": "Smith, asked whether ..., laughed")
        end = k
        while end < s.hi and s.T[end] != "," and s.T[end] not in DOUBLE_QUOTES:
            end += 1
        if end < s.hi and s.T[end] == ",":
            return s.S[end]
    return s.span.end


def _asks_to(s: Sentence, k: int) -> bool:
    """Whether "to" follows the asked one's short noun phrase from ``k`` ("a federal judge to")."""
    for m in range(k, min(s.hi, k + 6)):
        if s.L[m] == "to":
            return m + 1 < s.hi and initial_lower(s.T[m + 1]) and not classes(s.L[m + 1])  # "to block", not "to my left"
        if not s.T[m][0].isalnum():
            return False
    return False


_ASK_CIRCUMSTANCE: Final = frozenset("by on during at in again repeatedly later directly recently".split())


_CALL_PARTICLES: Final = frozenset(("for", "on", "upon"))


def _names_a_thing(s: Sentence, i: int) -> bool:
    """ "a tax loophole called an “inversion”", "a band called Sophistafunk", "a petition called
    “...”": a common noun (not a person's or a body's) right before "called" is being named, not
    speaking."""
    if i <= s.first or s.L[i] != "called":
        return False  # (a thing is named with the participle: "64 percent call him competent" is a judgement)
    if i + 1 < s.hi and s.L[i + 1] in _CALL_PARTICLES and s.T[i + 1].islower():
        return False  # "the community called for his dismissal": a demand, never a name
    t, low = s.T[i - 1], s.L[i - 1]
    if initial_upper(t) and t.isalpha() and low not in CLASSES and low not in NOUNS and _indefinite_make(s, i - 1):
        # a breed or a make given its own name, set off or closing: "a wiry Jack Russell called
        # Biscuit, caught 14 rats" (not "A Republican called the plan", whose word is a class's)
        k = i + 1
        while k < s.hi and k - i <= 3 and initial_upper(s.T[k]) and s.T[k].isalpha():
            k += 1
        return k > i + 1 and (k >= s.hi or s.T[k] == "," or s.T[k] in TERMINATORS)
    if not t[0].isalnum() or initial_upper(t) or low in NOUNS and not record_noun(low) or low in ADVERBISH or low in CLASSES:
        return False  # (a record is named too: "a MoveOn.org petition called “...”")
    if low.endswith("ly") or low in SUBJECT_PRONOUNS:
        return False
    # "Trump in his announcement speech called ...": the noun ends where its subject spoke
    a, b = phrase_left(s, i - 1, s.first)
    return not (a < b and before_a_venue(s, a, b) < b)


_NAME_REACH: Final = 16


def _name_then_verb(s: Sentence, i: int) -> bool:
    """ "An online campaign called “Cape Breton If Donald Trump Wins” is offering", "a group
    called Citizens for Trump has": when the name after "called" is followed by an auxiliary or an
    irregular past, the sentence goes on with its own verb, so a common noun before "called" is
    being named."""
    T, L = s.T, s.L
    if L[i] != "called" or i <= s.first or not T[i - 1].isalpha() or L[i - 1] in CLASSES:
        return False
    if not T[i - 1].islower() and not _indefinite_make(s, i - 1):
        return False
    k = i + 1
    if k < s.hi and T[k] in OPENING_DOUBLE_QUOTES:
        k += 1
        while k < s.hi and k - i < _NAME_REACH and T[k] not in CLOSING_QUOTES:
            k += 1
        if k >= s.hi or k - i >= _NAME_REACH:
            return False
        k += 1
    else:
        start = k
        while k < s.hi and k - i < _NAME_REACH and (initial_upper(T[k]) or k > start and L[k] in ("of", "for", "and", "the")):
            k += 1
        if k == start:
            return False
    # (or a past of its own: "A warm-up band called Sophistafunk got the crowd to dance")
    return k < s.hi and (L[k] in AUXILIARIES or L[k] in _IRREGULAR_PASTS and initial_lower(T[k]))


def _indefinite_make(s: Sentence, j: int) -> bool:
    """Whether the capitalised word at ``j`` ends a noun phrase that opens with "a" or "an" a
    few words before: a make or a breed, one of its kind ("a battered Ford Granada", "A
    Labrador"), not a person or a body, who take no article."""
    for k in range(j - 1, max(s.first, j - _MAKE_WORDS) - 1, -1):
        low = s.L[k]
        if low == "a" or low == "an":
            return True
        if not s.T[k].replace("-", "").isalpha() or classes(low):
            return False
    return False


_MAKE_WORDS: Final = 4  # words of a make or a breed after its article: "a six-year-old Labrador"


def _a_call(s: Sentence, i: int) -> bool:
    """Whether "call" or "calls" is a noun here, read from the words before it.

    "their phone call", "Obama's original call for funding": "call" ends a singular noun phrase
    that opens with a determiner or a possessive ("64 percent call him competent" is a verb).
    "robust calls for", "amid growing calls": "calls" after a bare modifier, or after a participle
    used as one, is a noun; after a phrase with a determiner ("his plan calls for", "The rare
    accord calls on") it is the verb of that subject."""
    low = s.L[i]
    if low != "call" and low != "calls":
        return False
    k = i - 1
    if low == "calls" and _counted_noun(s, k):
        return True  # "answered 1,200 calls": a count of more than one takes "call" as its verb
    if low == "calls" and k >= s.first and s.L[k] in _PLURALS_WITHOUT_S:
        return False  # "A petition signed by 60,000 people calls on": the plural ends a post-modifier
    walked = 0
    while k >= s.first and walked < 3 and s.T[k].replace("-", "").isalpha() and s.T[k].islower() and (
        # "the media would call", "voters call": no modifier ("high-stakes" is one)
        s.L[k] not in CLASSES and not (s.L[k].endswith("s") and "-" not in s.L[k])
    ):
        if low == "calls" and walked == 0 and s.L[k].endswith(ING_ED_ENDINGS):
            return True
        k -= 1
        walked += 1
    if walked == 0 and low == "call" and k - 1 >= s.first and s.L[k] in _CALL_ORDINALS:
        # "The wholesaler's last call for orders is 6pm", "the final call": an ordinal after a
        # determiner or an owner makes a noun too
        k -= 1
        walked = 1
    if walked == 0:
        return False
    determined = k >= s.first and (s.L[k] in _CALL_DETERMINERS or _possessive(s.L[k]))
    if low == "call":
        return determined
    # ("the People's Daily newspaper calls it": a name opens the subject)
    return not (determined or k >= s.first and initial_upper(s.T[k]))


def _counted_noun(s: Sentence, k: int) -> bool:
    """Whether a count of more than one ends at ``k`` ("1,200", "three") and is no part of a name
    ("Article 5", "Resolution 1325"), so the plural word after it is a noun, not a verb in -s."""
    T, L = s.T, s.L
    if k < s.first or not (T[k].isdigit() or L[k] in CARDINALS) or L[k] == "one" or T[k] == "1":
        return False
    while k - 2 >= s.first and T[k - 1] == "," and number_comma(s, k - 1):
        k -= 2  # the groups of "1,200"
    return k == s.first or not initial_upper(T[k - 1])


_PLURALS_WITHOUT_S: Final = frozenset("people men women children".split())
_CALL_ORDINALS: Final = frozenset(("last", "final", "first"))
_CALL_DETERMINERS: Final = frozenset("a an the this that his her their its our my your no".split())
_REFLEXIVES: Final = frozenset("himself herself themselves itself myself ourselves yourself".split())
# who is refused or written to, and the reflexives: "denied her the chance", "The fire-eater denied himself a drink"
_REFUSED_PRONOUNS: Final = frozenset(("him", "her", "them", "us", "me")) | _REFLEXIVES


_LONG_CALLED_OBJECT: Final = 18  # words from "called" to a quoted description after a long object


def _calls_something(s: Sentence, k: int) -> bool:
    """ "called for", "called on", "called Trump a liar", "called the plan “reckless”", "call him
    competent", "called himself pro-choice"."""
    T, L = s.T, s.L
    n = s.hi
    if k >= n:
        return False
    if L[k] in _CALL_PARTICLES or L[k] == "out":
        return True
    m, dated = when_run_end(s, k)
    if dated and m < n and L[m] in _CALL_PARTICLES:
        return True  # "called Wednesday for", "called again for"
    if any(T[x] in DOUBLE_QUOTES or T[x] == "‘" or _opening_apostrophe(s, x) for x in range(k, min(n, k + 12))):
        return True  # (a headline quotes with apostrophes: "Ryan calls Trump line 'racist'")
    owned = L[k] in _THING_DETERMINERS or initial_upper(T[k]) and _possessive(L[k])
    if owned or L[k] == "a":
        # a longer object, with no break before the quoted description: "called a report
        # suggesting donors to the Clinton Foundation were granted greater access “outrageous.”"
        # (no double mark stands before the first one found here: the look above saw none)
        for x in range(k + 12, min(n, k + _LONG_CALLED_OBJECT)):
            if T[x] in DOUBLE_QUOTES:
                breaks = [y for y in range(k, x) if T[y] in ",;:()"]
                if not breaks or len(breaks) == 2 and breaks[1] == x - 1 and T[breaks[0]] == "," == T[x - 1] and L[breaks[0] + 1] in _A_OR_AN:
                    # (or one whose apposition is set off before the description: "called the
                    # winning jacket, a double-breasted dinner coat in midnight barathea, “a piece
                    # of architecture”")
                    return True
                break  # (a broken object goes on to the shorter readings below)
    # an object (a pronoun or a name) and then a description: "called him a liar"
    m = k
    if owned:
        # "called the plan a disaster", "called her fallen son her hero", "called Ford's plans an
        # absolute disgrace" (not "called the hotel a day later"); a short phrase may follow the
        # noun: "called Clinton's squabble with the intelligence community a mistake"
        d = k + 1
        linked = False
        while d < n and d - k <= 8 and T[d][0].isalnum():
            if d > k + 1 and L[d] in _OBJECT_LINKS:
                linked = True
            elif not CLASSES.get(L[d], EMPTY) <= NOUN_LIKE_CLASSES:
                break
            d += 1
        if d > k + 1 and d + 1 < n and L[d] in _DESCRIPTION_OPENERS and L[d + 1] not in _SPANS_OF_TIME:
            return True
        if d > k + 2 and (not linked or L[d - 1] in _JUDGEMENTS) and initial_lower(T[d - 1]) and _judging_adjective(L[d - 1]) and (
            d >= n or T[d] in ".,;" or L[d] in ("and", "or") and d + 1 < n and _judging_adjective(L[d + 1])
        ):
            # "called the results promising.", "called the decision disgraceful,", "racist and
            # illegal"; past a linked phrase only with a listed judgement: "called Clinton's public
            # squabble with the intelligence community unusual"
            return True
    if L[m] == "her" and m + 1 < n and L[m + 1] in NOUNS:
        pass  # "called her agent from the airport": her agent phoned, not "her" called something
    elif L[m] in _OBJECT_PRONOUNS or L[m] in _REFLEXIVES:
        m += 1
        if m >= n or not T[m][0].isalnum():
            # "his ''negatives,'' he called them -": the name was quoted before
            return any(t in DOUBLE_QUOTES for t in T[s.lo : k])
        if m < n and T[m][0].isalnum() and not initial_upper(T[m]) and not classes(L[m]) and L[m] not in _TIME_WORDS:
            return True  # "call him competent", "called himself pro-choice"
        if L[k] in _REFLEXIVES and L[m] == "the" and m + 1 < n and T[m + 1].isalpha() and initial_upper(T[m + 1]):
            return False  # "A group calling itself the Big Cat Liberation Front": a name taken, not a view
    else:
        while m < n and m - k < 4 and initial_upper(T[m]):
            m += 1
        if m > k and m < n and _judging_adjective(L[m]) and (m + 1 >= n or T[m + 1] in ".,;" or L[m + 1] in ("and", "or")):
            return True  # "Sanders called Clinton dishonest."
        by_person = k - 2 >= s.lo and (initial_upper(T[k - 2]) or L[k - 2] in SUBJECT_PRONOUNS)
        if m > k and by_person and (m >= n or T[m] in ".,;" or L[m] in ("to", "on", "and", "with")) and _person_named(s, k, m):
            return True  # "Trump called LeVell, a former ...": a call to a person is communication
    return m > k and m < n and L[m] in ("a", "an", "the", "his", "her", "their", "its", "our", "my")


def _after_plural_possessive(s: Sentence, i: int, first: int) -> bool:
    """Whether the cue word at ``i`` follows a plural's possessive apostrophe, which makes it a
    noun that is owned ("The Garsides' claim to the strip"), and no opening quotation mark before
    it makes the apostrophe a closing one ("The 'Young Turks' said").  Only a claim to a thing is
    left out: "Sanders' vow to fight on" and "Sanders' charge that" may be words reported."""
    T, S, E = s.T, s.S, s.E
    p = i - 1
    if p - 1 < first or T[p] not in APOSTROPHES or S[p] != E[p - 1] or not s.L[p - 1].endswith("s"):
        return False
    return not any(T[y] == "‘" or _opening_apostrophe(s, y) for y in range(max(first, p - _SCARE_QUOTE_WORDS), p))


_SCARE_QUOTE_WORDS: Final = 8


def _opening_apostrophe(s: Sentence, x: int) -> bool:
    """Whether the apostrophe at ``x`` opens a short quotation: a space before it, a word right
    after it and, within a few words, an apostrophe that closes it ("line 'racist,'"; not "'em")."""
    T, S, E = s.T, s.S, s.E
    if T[x] != "'" or x + 1 >= s.hi or x <= s.lo or E[x - 1] == S[x] or S[x + 1] != E[x] or not T[x + 1][0].isalpha():
        return False
    return any(T[y] == "'" and S[y] == E[y - 1] for y in range(x + 2, min(s.hi, x + 8)))


def _person_named(s: Sentence, a: int, b: int) -> bool:
    phrase = classify_phrase(s.T, s.L, a, b, s.first)
    return phrase.source_type == "named_person"


def _judging_adjective(low: str) -> bool:
    """Whether ``low`` reads as an adjective of judgement by its ending ("promising", "reckless",
    "outrageous", "irresponsible", "unacceptable") or is a common one ("false", "wrong"), and is no
    source noun ("detective", "executive")."""
    return low not in NOUNS and (low in _JUDGEMENTS or low.endswith(_ADJECTIVE_ENDINGS) and len(low) > 5)


_ADJECTIVE_ENDINGS: Final[tuple[str, ...]] = ("ous", "ful", "ive", "ible", "able", "less", "ic", "ing")
_JUDGEMENTS: Final = content_words("judgement")
_TIME_WORDS: Final = frozenset("back today yesterday tonight again twice later earlier now then home".split())
_THING_DETERMINERS: Final = frozenset("the his her their its this that these those".split())
_DESCRIPTION_OPENERS: Final = frozenset("a an his her their its our my".split())
_OBJECT_LINKS: Final = frozenset("of with for in on about the".split())  # inside the object's phrase
_SPANS_OF_TIME: Final = frozenset("day week month year few couple number second minute hour while time".split())
# a time named by a demonstrative between a subject and its verb ("that week", "this morning"):
# the time nouns of "said that night", and the seasons; not "time" ("the land that time forgot")
_POINTS_OF_TIME: Final = (TIME_NOUNS - {"time"}) | frozenset("spring summer fall autumn winter".split())
_POINTING: Final = frozenset(("that", "this"))
_EMBEDDING: Final = frozenset("that if whether".split())


def _embedded(s: Sentence, a: int) -> bool:
    """Whether a belief sits inside a report of speech: "says she wants", "asked if he thought".

    The reported belief is the content of the outer attribution, not a second one.
    """
    T, L = s.T, s.L
    first = s.first
    k = a - 1
    if k >= first and L[k] in _EMBEDDING:
        k -= 1
    steps = 0
    while k >= first and steps < 6 and (T[k][0].isalnum() or T[k] in ".-"):
        form = FORMS.get(L[k])
        if form is not None and form.kind != "agentless" and not form.noun:
            return True
        if L[k] == "when" and (k == first or T[k - 1] in ",;—–("):
            break  # "Obama spoke on Monday, when he refused to admit that": a time, not a question
        if L[k] in ("asked", "when"):
            return True
        if not (initial_upper(T[k]) or is_adverbish(s, k) or T[k] in ".-"):
            break  # only a recipient ("told The Huffington Post") or adverbs may intervene
        k -= 1
        steps += 1
    return False


_COMPLEMENT_WORDS: Final = frozenset("that to whether if how what why when where who there".split())

# a noun of words that a speaker hands over ("offered his thoughts"), within a few words of the verb
_WORDS_OBJECTS: Final = content_words("words_object")
_OBJECT_REACH: Final = 6  # words from a verb to its object's head: "offered his thoughts", "maintained the airline's regional fleet"
_QUOTE_MARKS: Final = frozenset("'’‘\"“”")


def _hands_over_words(s: Sentence, k: int) -> bool:
    """Whether the object that starts at token ``k`` is words: "his early assessment", "the crowd
    an emotional evaluation", "up some kind words"; the object ends at punctuation, "to", "that"
    or a preposition ("offered a seat on the board", "offered to answer")."""
    T, L = s.T, s.L
    for x in range(k, min(s.hi, k + _OBJECT_REACH)):
        low = L[x]
        if low in _WORDS_OBJECTS:
            return True
        if all(c in _QUOTE_MARKS for c in T[x]):
            continue  # a quoted word: 'offer "encouragement"', "offer ''encouragement''"
        if not T[x][0].isalnum() or low in ("to", "that") or "preposition" in classes(low) and low != "up":
            return False
    return False


def _demonstrative_that(s: Sentence, k: int) -> bool:
    """Whether the "that" at ``k`` points at the noun after it rather than opening a clause: a
    content word that ends the sentence or a phrase ("accepted that offer.", "that view as fair")."""
    L, T = s.L, s.T
    if k + 2 >= s.hi or not T[k + 1].isalpha() or not initial_lower(T[k + 1]) or classes(L[k + 1]):
        return False
    if L[k + 1] in CARDINALS or L[k + 1] == "half":
        return False  # "has learned that two of the county's five record offices are to merge": a count opens the clause
    after = L[k + 2]
    return T[k + 2] in TERMINATORS or T[k + 2] in ",;" or after in ("and", "as") or "preposition" in classes(after)


def _has_complement(s: Sentence, k: int) -> bool:
    """Whether a clause, an infinitive or a noun phrase follows at ``k`` ("wants to", "support the")."""
    if k >= s.hi:
        return False
    t = s.T[k]
    if not t[0].isalnum():
        return t in DOUBLE_QUOTES or t in "“‘:"
    low = s.L[k]
    if low in _COMPLEMENT_WORDS or low in SUBJECT_PRONOUNS:
        return True
    if low == "it":
        return k + 1 < s.hi and s.L[k + 1] in _AFTER_SUBJECT_IT  # "knew it was", not "wants it"
    if "determiner" in classes(low) and low not in ("no", "any", "all", "both", "each"):
        return True
    return initial_upper(t)


def _attach_colon_quotes(
    doc: AnalyzedText, found: list[Found], sentences: tuple[Span, ...], quotes, q_starts: list[int]
) -> None:
    """A cue that ends its sentence with a colon introduces the quotation that follows."""
    if not found or not quotes:
        return
    text = doc.text
    for n_, f in enumerate(found):
        if f.content is not None:
            continue
        sent = sentences[f.sentence]
        if text[sent.end - 1] != ":":
            continue
        k = bisect_left(q_starts, sent.end)
        if k < len(quotes) and not text[sent.end : quotes[k].start].strip():
            found[n_] = f.with_content(quotes[k].content)
