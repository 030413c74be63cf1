"""Indirect attributions (geowire/quotes/indirect.py): attitude adjectives the parser read
as passive participles, and the attribution-scope cue classes (sentences made up for the
tests; needs the spaCy model)."""

from __future__ import annotations

import pytest
from factories import SPEECH
from factories import quotes_in as run

from geowire.nlp.backbone import NLP


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Republicans are opposed to the plan.", "the plan", "Republicans"),
        ("Many voters were disappointed that the senator lost.", "that the senator lost", "voters"),
        ("Lawmakers are uneasy about the new tariffs.", "the new tariffs", "Lawmakers"),
        ("The union is wary of the merger.", "the merger", "union"),
    ],
)
def test_attitude_adjective_read_as_participle(
    nlp: NLP, text: str, content: str, speaker: str
) -> None:
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and speaker in text[slice(*quotes[0].speaker.span)]


@pytest.mark.model
def test_participle_with_agent_is_no_attitude(nlp: NLP) -> None:
    # 'convinced by his aides' is their act, not his attitude
    quotes = run(nlp, "He was convinced by his aides to run for the seat.")
    assert all(q.cue_type != "belief" or "convinced" not in q.cue for q in quotes)


@pytest.mark.model
def test_attitude_adjective_not_in_speech_scope(nlp: NLP) -> None:
    assert run(nlp, "Republicans are opposed to the plan.", SPEECH) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("Clinton has the support of women and older voters.", "Clinton", "women"),
        ("Rubio has won overwhelming support from members of Congress.", "Rubio", "members"),
        ("The mayor received the endorsement of the teachers' union.", "The mayor", "union"),
    ],
)
def test_received_backing_backs_the_subject(nlp: NLP, text: str, content: str, holder: str) -> None:
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and holder in text[slice(*quotes[0].speaker.span)]


@pytest.mark.model
def test_backing_given_keeps_its_topic(nlp: NLP) -> None:
    # 'voiced support for X': the subject backs X (not a received backing)
    quotes = run(nlp, "The union voiced support for the strike.")
    assert [q.text for q in quotes] == ["support for the strike"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Clinton was asked whether she would release the transcripts.",
            "whether she would release the transcripts",
        ),
        ("The senator was asked about the emails.", "the emails"),
    ],
)
def test_question_put_to_someone_is_the_askers(nlp: NLP, text: str, content: str) -> None:
    quotes = run(nlp, text)
    assert [(q.text, q.speaker) for q in quotes] == [(content, None)]
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("Sen. Graham has come out in support of Cruz.", "Cruz", "Graham"),
        ("All three senators voted in favor of the provision.", "the provision", "senators"),
        (
            "Carly Fiorina threw her support behind Sen. Ted Cruz on Wednesday.",
            "Sen. Ted Cruz",
            "her",
        ),
        (
            "Two Republicans voted against the final version of the bill.",
            "the final version of the bill",
            "Republicans",
        ),
    ],
)
def test_stance_phrases(nlp: NLP, text: str, content: str, holder: str) -> None:
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and holder in text[slice(*quotes[0].speaker.span)]
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "holder"),
    [
        ("The hope among Democrats is that turnout will rise.", "that turnout will rise", None),
        ("Her concern is that the deal will collapse.", "that the deal will collapse", "Her"),
    ],
)
def test_clause_a_cue_noun_is(nlp: NLP, text: str, content: str, holder: str | None) -> None:
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [content]
    spoken = quotes[0].speaker
    assert (text[slice(*spoken.span)] if spoken is not None else None) == holder
    assert all(q.text != content for q in run(nlp, text, SPEECH))


@pytest.mark.model
def test_question_no_one_asks_is_the_articles(nlp: NLP) -> None:
    # 'The question is whether X' with no one named asking: the article's own question
    assert run(nlp, "The question is whether voters will follow his lead.") == []


@pytest.mark.model
def test_stance_phrase_on_a_passive_is_no_stance(nlp: NLP) -> None:
    # those killed in the attacks hold no stance toward what was attacked
    text = "The parents of two Americans killed in the attacks on the consulate filed suit."
    assert [q for q in run(nlp, text) if "attack" in q.cue] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "All told, the two groups spent more than $2.5 million on phone banking.",
        "That said, the plan was never popular with voters in the state.",
    ],
)
def test_an_idiom_ending_in_a_cue_verb_reports_no_one(nlp: NLP, text: str) -> None:
    assert run(nlp, text, SPEECH) == []
    assert run(nlp, text) == []


@pytest.mark.model
def test_the_same_words_as_a_clause_still_report(nlp: NLP) -> None:
    quotes = run(nlp, "The managers all told reporters that the plan was dead.", SPEECH)
    assert [q.text for q in quotes] == ["that the plan was dead"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The French president is expected to run for re-election in 2017.",
            "The French president is expected to run for re-election in 2017",
        ),
        (
            "The governor was urged to veto the bill.",
            "The governor was urged to veto the bill",
        ),
    ],
)
def test_a_passive_cue_with_an_infinitive_holds_its_subject(
    nlp: NLP, text: str, content: str
) -> None:
    # the passive subject is the infinitive's own subject, and no one is named as holding it
    quotes = [q for q in run(nlp, text) if q.text == content]
    assert quotes and quotes[0].speaker is None, [(q.text, q.speaker) for q in run(nlp, text)]
    assert content not in [q.text for q in run(nlp, text, SPEECH)]  # (the speech scope's own)


@pytest.mark.model
def test_a_passive_cue_names_its_by_agent_as_the_holder(nlp: NLP) -> None:
    text = "The White House is expected by analysts to sign the measure."
    quotes = run(nlp, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("The White House is expected by analysts to sign the measure", "analysts")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mr. Reagan was criticized for trading a guilty person.",
            "Mr. Reagan was criticized for trading a guilty person",
        ),
        (
            "Dylann Roof is accused of killing nine people inside the church.",
            "Dylann Roof is accused of killing nine people inside the church",
        ),
        ("The bill was praised as a breakthrough.", "The bill was praised as a breakthrough"),
    ],
)
def test_a_passive_transitive_cue_says_something_of_its_subject(
    nlp: NLP, text: str, content: str
) -> None:
    assert [q.text for q in run(nlp, text)] == [content]


@pytest.mark.model
def test_a_that_clause_of_a_cue_noun_needs_no_named_holder(nlp: NLP) -> None:
    text = "The reports that she had clinched the nomination came hours later."
    quotes = run(nlp, text)
    assert [(q.text, q.speaker) for q in quotes] == [("that she had clinched the nomination", None)]
    assert run(nlp, text, SPEECH) == []


@pytest.mark.model
def test_a_passive_cue_with_a_participle_keeps_its_subject_out(nlp: NLP) -> None:
    # what was seen is the participle, not a view held of the subject
    texts = [q.text for q in run(nlp, "McDonald is seen walking down a street.")]
    assert not any(t.startswith("McDonald") for t in texts), texts


@pytest.mark.model
def test_content_ends_before_a_speech_participle_after_a_quoted_comma(nlp: NLP) -> None:
    # 'that Romney "had ... maniacal," adding, "..."': the comma inside the quotation marks
    # still sets the participle off; a participle of no saying ('citing') goes on
    text = (
        "To wit, Trump told Newsmax that Mitt Romney \u201chad a crazy policy of "
        "self-deportation which was maniacal,\u201d adding, \u201cHe lost all of the Latino "
        "vote.\u201d"
    )
    told = [q for q in run(nlp, text, SPEECH) if q.cue == "told"]
    assert told and told[0].text.rstrip("\u201d,").endswith("maniacal")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a that-clause conjoined to the cue after ', but', a contrast ('while', 'although')
        # hung on it: more of what is reported
        (
            "The agency predicted that wages would fall over time, but that workers would "
            "earn more overall.",
            "that wages would fall over time, but that workers would earn more overall",
        ),
        (
            "The report found that most farms made a profit, while most shops lost money.",
            "that most farms made a profit, while most shops lost money",
        ),
        (
            "She told reporters that the deal was done, although details were still being "
            "worked out.",
            "that the deal was done, although details were still being worked out",
        ),
    ],
)
def test_content_runs_through_a_contrast_the_speaker_draws(
    nlp: NLP, text: str, content: str
) -> None:
    assert [q.text for q in run(nlp, text)] == [content]


@pytest.mark.model
def test_a_contrast_with_a_cue_of_its_own_is_its_own_attribution(nlp: NLP) -> None:
    text = (
        "The poll found that 40 percent backed the mayor, while 30 percent said they opposed him."
    )
    assert [q.text for q in run(nlp, text)] == [
        "that 40 percent backed the mayor",
        "they opposed him",
    ]


@pytest.mark.model
@pytest.mark.parametrize("mark", ["''", '"'])
def test_content_keeps_the_closing_mark_of_a_quote_opened_inside(nlp: NLP, mark: str) -> None:
    # marks that open and close alike (NYT's two apostrophes, straight quotes): the
    # content that opens one closes it too
    text = f"He said the deal was {mark}a good thing for him.{mark} But the talks failed."
    for config in (SPEECH, None):
        quotes = run(nlp, text, config) if config else run(nlp, text)
        assert [q.text for q in quotes if q.cue == "said"] == [
            f"the deal was {mark}a good thing for him.{mark}"
        ]


@pytest.mark.model
def test_a_contrast_about_the_speaker_is_the_reporters(nlp: NLP) -> None:
    # a pronoun subject other than the content's: the reporter goes on about the speaker
    text = "The senator said the bill had failed, though he sounded hopeful."
    assert [q.text for q in run(nlp, text)] == ["the bill had failed"]


@pytest.mark.model
def test_a_contrast_after_a_free_relative_is_the_reporters(nlp: NLP) -> None:
    # 'what she called X' names a thing: the contrast after it is no more of a report
    text = (
        "She criticized what she called the angry, divisive rhetoric from the Republican "
        "front-runner, Donald Trump, though she did not name him."
    )
    criticized = [q.text for q in run(nlp, text) if q.cue == "criticized"]
    assert criticized and not criticized[0].endswith("name him")


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Asked if the plan was legal, 46 percent of voters said yes.",
            "yes",
            "46 percent of voters",
        ),
        ("Last month, 26 percent said the same.", "the same", "26 percent"),
        ("Only 20 percent said the same of the governor.", "the same of the governor", None),
        ("Several lawmakers would not say so publicly.", "so", "Several lawmakers"),
    ],
)
def test_an_answer_word_is_what_a_speech_verb_says(
    nlp: NLP, text: str, content: str, speaker: str | None
) -> None:
    # quotes.tsv answer_words: 'said yes', 'said the same', 'say so' give the whole answer
    # (a poll's respondents, a vote round the table); attribution scope only
    found = [q for q in run(nlp, text) if q.text == content]
    assert found, [q.text for q in run(nlp, text)]
    if speaker is not None:
        assert found[0].speaker is not None
        s, e = found[0].speaker.span
        assert text[s:e] == speaker
    assert not [q for q in run(nlp, text, SPEECH) if q.text == content]


def test_a_refusal_said_no_to_something_is_no_answer(nlp: NLP) -> None:
    text = "He said no to the Iraq war."
    assert not [q for q in run(nlp, text) if q.text.startswith("no")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("As the minister put it, the deal is dead.", "the deal is dead"),
        (
            "But at the time, as the prosecutor put it, there was little to complain about.",
            "there was little to complain about",
        ),
    ],
)
def test_as_x_put_it_reports_the_clause_around_it(nlp: NLP, text: str, content: str) -> None:
    # quotes.tsv wording_verbs: 'as X put it' (a dummy object) is an as-aside cue
    found = [q for q in run(nlp, text) if q.text == content]
    assert found and found[0].cue == "put it"
    assert found[0].speaker is not None


def test_a_wording_verb_with_a_real_object_is_no_cue(nlp: NLP) -> None:
    text = "As the minister put the papers away, the deal was dead."
    assert not [q for q in run(nlp, text) if q.cue and q.cue.startswith("put")]


@pytest.mark.model
def test_a_claims_by_phrase_holds_its_that_clause_in_the_speech_scope(nlp: NLP) -> None:
    # 'pushed back against claims by opposition leaders that X': a claim no verb's subject
    # holds is its by-phrase's, a quote in the speech scope too (_noun_speaker, claimed)
    quotes = run(
        nlp,
        "The ministry pushed back against claims by opposition leaders that the vote was rigged.",
        SPEECH,
    )
    found = [q for q in quotes if "the vote was rigged" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "opposition leaders"


@pytest.mark.model
def test_a_claim_a_verb_takes_stays_its_subjects_in_the_speech_scope(nlp: NLP) -> None:
    # 'dismissed suggestions by X that Y' is the dismissal: the verb's subject holds it
    quotes = run(
        nlp, "Alvarez dismissed suggestions by some lawmakers that the envoy resign.", SPEECH
    )
    found = [q for q in quotes if "the envoy resign" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Alvarez"


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "Trump has a decisive lead in the polls ahead of the primary.",
            "Trump has a decisive lead",
            "the polls",
        ),
        (
            "In a CBS News poll, Clinton leads Trump by six points.",
            "Clinton leads Trump by six points",
            "poll",
        ),
        ("But he fell to 10 percent in the latest CNN poll.", "he fell to 10 percent", "poll"),
        (
            "In March, Cruz had 38 percent support in a Fox poll.",
            "Cruz had 38 percent support",
            "poll",
        ),
    ],
)
def test_a_poll_cited_with_in_is_the_source_of_its_clause(
    nlp: NLP, text: str, content: str, source: str
) -> None:
    # quotes.tsv poll_prepositions + events.tsv poll_nouns: 'X leads in the polls' tells
    # what the polls found; the rest of the clause is the content (attribution scope)
    found = [q for q in run(nlp, text) if q.text == content]
    assert found, [q.text for q in run(nlp, text)]
    assert found[0].speaker is not None
    assert source in text[slice(*found[0].speaker.span)]
    assert not [q for q in run(nlp, text, SPEECH) if q.text == content]


@pytest.mark.parametrize(
    "text",
    [
        "Voters in the poll said they were angry.",  # the voters' own words, not the poll's
        "The governor, who is leading in the polls, spoke on Monday.",  # a relative clause
        "He wrote about it in a survey of the field.",  # a cue verb's own attribution
        "These are the members, not all of whom took part in this survey.",
        "He took hope from the big lead he has enjoyed in New Hampshire polls.",
    ],
)
def test_a_poll_phrase_on_no_finding_clause_is_no_source(nlp: NLP, text: str) -> None:
    assert not [q for q in run(nlp, text) if q.cue and q.cue.lower().startswith("in ")]


def test_according_to_in_mid_clause_keeps_subject_and_verb(nlp: NLP) -> None:
    # 'X, according to Y, is ...': the content is the clause on both sides of the phrase
    text = "The FBI, according to three officials, is looking into the donations."
    found = [q for q in run(nlp, text) if q.cue == "according to"]
    assert found and found[0].text == text[:-1]


def test_a_poll_on_a_where_clause_reports_the_clause_without_where(nlp: NLP) -> None:
    text = "He will head to New Hampshire, where he has had a big lead in the most recent polls."
    assert "he has had a big lead" in [q.text for q in run(nlp, text)]


def test_according_to_after_the_verb_keeps_the_verbs_side(nlp: NLP) -> None:
    text = (
        "Trump trails Clinton by nine points in the state, according to the polling "
        "average there - despite his win."
    )
    found = [q for q in run(nlp, text) if q.cue == "according to"]
    assert found and found[0].text.startswith("Trump trails Clinton"), [q.text for q in found]


def test_a_question_hung_on_asked_as_an_adverbial_clause_is_its_content(nlp: NLP) -> None:
    # the parser hangs 'if ...' on 'asked' as an advcl; quotes.tsv asking_verbs with
    # events.tsv question_marks read it as the question put
    text = (
        "HuffPost asked the Democratic White House contender if he's been preparing himself "
        "mentally for the possibility."
    )
    for config in (None, SPEECH):
        quotes = run(nlp, text) if config is None else run(nlp, text, config)
        found = [q for q in quotes if q.text.startswith("if he's been preparing")]
        assert found and found[0].cue == "asked", [q.text for q in quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Stone says the increase in polarization that the mayor decries also makes "
            "his election less likely.",
            "the increase in polarization that the mayor decries also makes his election "
            "less likely",
        ),
        ("Trump says racist things.", "racist things"),
    ],
)
def test_what_is_said_as_the_object_of_say(nlp: NLP, text: str, content: str) -> None:
    # the parser may make the content clause's subject the object of 'say' (attribution
    # scope: PolNeAR's content is the object); the speech scope does not read it
    assert content in [q.text for q in run(nlp, text)]
    assert [q.text for q in run(nlp, text, SPEECH)] == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "They discussed the deal, which he views as part of an ongoing negotiation.",
            "which he views as part of an ongoing negotiation",
        ),
        (
            "The group, which the president blamed for the attacks, fled.",
            "which the president blamed for the attacks",
        ),
    ],
)
def test_a_relative_object_takes_its_clause(nlp: NLP, text: str, content: str) -> None:
    assert content in [q.text for q in run(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize("text", ["It was what he said.", "It was what he said on Monday."])
def test_a_bare_relative_object_is_no_content(nlp: NLP, text: str) -> None:
    assert [q.text for q in run(nlp, text)] == []


@pytest.mark.model
def test_a_viewpoint_phrase_opening_the_sentence_holds_its_clause(nlp: NLP) -> None:
    # quotes.tsv viewpoint_prepositions: 'To many voters, X' is their view of X
    quotes = [q for q in run(nlp, "To many voters, the choice is clear.") if q.cue == "To"]
    assert [q.text for q in quotes] == ["the choice is clear"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name.endswith("voters")
    assert not [q for q in run(nlp, "To many voters, the choice is clear.", SPEECH)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "To date, the plan has worked.",  # a time, no one
        "For Clinton, the event was a chance to talk.",  # what it means for her
    ],
)
def test_a_phrase_of_no_holder_opening_the_sentence_is_no_source(nlp: NLP, text: str) -> None:
    assert not [q for q in run(nlp, text) if q.cue in ("To", "For")]


@pytest.mark.model
def test_a_set_member_apposed_after_a_dash_is_the_reporters(nlp: NLP) -> None:
    # '— one of the main goals of his term' describes the object: not what she opposed
    text = "She opposed the new trade pact — one of the main goals of his term."
    assert [q.text for q in run(nlp, text)] == ["the new trade pact"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor spent the money last year, fundraising documents show.", "documents"),
        ("The mayor spent the money last year, city records show.", "records"),
    ],
)
def test_a_source_closing_its_sentence_the_parser_misread(
    nlp: NLP, text: str, source: str
) -> None:
    # '..., records show.': the sentence before the comma is what the records show, also
    # where the parser took 'show' for a noun or 'fundraising' for a verb
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == ["The mayor spent the money last year"]
    assert quotes[0].speaker is not None and source in text[slice(*quotes[0].speaker.span)]
    assert not run(nlp, text, SPEECH)


@pytest.mark.model
def test_the_last_item_of_a_list_is_no_closing_source(nlp: NLP) -> None:
    # '..., health care and the budget report.': a noun with a determiner ends a list of
    # things debated, no source of the sentence before its comma
    text = "Senators debated the farm bill, road repairs and the Hartley report."
    assert not [q for q in run(nlp, text) if q.cue in ("report", "reports")]


@pytest.mark.model
def test_according_to_a_source_the_tagger_took_for_an_adjective(nlp: NLP) -> None:
    # 'the RealClearPolitics polling average': 'average' tagged as an adjective heads the
    # source's noun phrase
    text = "Trump leads by four points in Ohio, according to the RealClearPolitics polling average."
    quotes = [q for q in run(nlp, text) if q.cue == "according to"]
    assert [q.text for q in quotes] == ["Trump leads by four points in Ohio"]
    assert quotes[0].speaker is not None and "average" in text[slice(*quotes[0].speaker.span)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The group is reportedly spending $2 million on radio ads.",
            "The group is reportedly spending $2 million on radio ads",
        ),
        ("Reportedly, the mayor made threats to his aides.", "the mayor made threats to his aides"),
        # a clause joined with a subject of its own is the reporter's
        (
            "The mayor was reportedly removed on Friday, and the council chose a successor.",
            "The mayor was reportedly removed on Friday",
        ),
    ],
)
def test_a_hearsay_adverb_marks_its_clause_as_told(nlp: NLP, text: str, content: str) -> None:
    # quotes.tsv hearsay_adverbs: the clause is told by someone unnamed (attribution scope)
    found = [q for q in run(nlp, text) if q.text == content]
    assert found and found[0].speaker is None
    assert not run(nlp, text, SPEECH)


@pytest.mark.model
def test_a_hearsay_adverb_on_a_cue_verb_adds_nothing(nlp: NLP) -> None:
    # 'reportedly argued that ...': the verb's own attribution reads it
    quotes = run(nlp, "He reportedly argued that the plan would fail.")
    assert [q.text for q in quotes] == ["that the plan would fail"]
