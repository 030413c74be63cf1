"""Issue 16: the speech and attribution scopes, cue types, what is no quote, one entry per
stretch of speech (needs the spaCy model, except the settings checks)."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.document import Document, Quote
from geowire.errors import ConfigError
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor, extract_quotes

SPEECH = Config()
ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


@pytest.mark.parametrize("value", ["beliefs", "", 3, None])
def test_unknown_scope_is_a_one_line_config_error(value: object) -> None:
    with pytest.raises(ConfigError) as info:
        QuoteExtractor(Config(settings={"geowire.quotes.v1": {"scope": value}}))
    message = str(info.value)
    assert "scope" in message and "speech" in message and "attribution" in message
    assert "\n" not in message


def test_unknown_scope_in_the_function_too() -> None:
    with pytest.raises(ConfigError):
        extract_quotes(Document(text="x"), scope="beliefs")


def test_default_scope_is_speech() -> None:
    assert QuoteExtractor(Config()).scope == "speech"
    assert QuoteExtractor(ATTRIBUTION).scope == "attribution"


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def run(nlp: NLP, text: str, config: Config = SPEECH) -> list[Quote]:
    doc = nlp(Document(text=text))
    quotes = list(QuoteExtractor(config)(doc).quotes)
    for q in quotes:  # a quote's text is always the article's own characters at its span
        assert q.text == text[q.span[0] : q.span[1]]
    return quotes


def rows(text: str, quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            q.kind,
            q.text,
            text[q.speaker.span[0] : q.speaker.span[1]] if q.speaker else None,
            q.cue_type,
        )
        for q in quotes
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, speech, attribution",
    [
        (  # the journalist's own impression: a perception no one is named as holding
            "Cooperation with Iran seems to be the only way out.",
            [],
            [
                (
                    "indirect",
                    "Cooperation with Iran seems to be the only way out",
                    None,
                    "perception",
                )
            ],
        ),
        (  # a belief: no speech act
            "The senator believes that the bill will fail in the House.",
            [],
            [("indirect", "that the bill will fail in the House", "The senator", "belief")],
        ),
        (  # a stance
            "Most Republican voters want a tougher border policy.",
            [],
            [("indirect", "a tougher border policy", "Most Republican voters", "belief")],
        ),
        (  # said: in both scopes
            "The senator said that the bill will fail in the House.",
            [("indirect", "that the bill will fail in the House", "The senator", "speech")],
            [("indirect", "that the bill will fail in the House", "The senator", "speech")],
        ),
        (  # written
            "The governor wrote that the budget was balanced.",
            [("indirect", "that the budget was balanced", "The governor", "writing")],
            [("indirect", "that the budget was balanced", "The governor", "writing")],
        ),
    ],
)
def test_scopes(
    nlp: NLP,
    text: str,
    speech: list[tuple[str, str, str | None, str | None]],
    attribution: list[tuple[str, str, str | None, str | None]],
) -> None:
    assert rows(text, run(nlp, text)) == speech
    assert rows(text, run(nlp, text, ATTRIBUTION)) == attribution


@pytest.mark.model
def test_cue_type_is_in_the_contract(nlp: NLP) -> None:
    text = "\u201cWe will stay,\u201d the minister said."
    [quote] = run(nlp, text)
    assert quote.cue_type == "speech"
    d = quote.to_dict()
    assert d["cue_type"] == "speech" and Quote.from_dict(d) == quote


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and quoted names with no speaker
        "The plan would ease the \u201csectarian tension\u201d that divides the region.",
        "The so-called \u201cpeace dividend\u201d never came to the region.",
        # titles of books, articles and operations
        "For more information, read \u201cIs Iraq about to Fall to Iran\u201d by Gerald Flurry.",
        "The army launched \u201cOperation Desert Shield\u201d in August.",
        "Her book, \u201cThe Long Road Home,\u201d was published last year.",
    ],
)
def test_not_quotes(nlp: NLP, text: str) -> None:
    assert run(nlp, text) == []
    assert run(nlp, text, ATTRIBUTION) == []


@pytest.mark.model
def test_a_quoted_phrase_inside_reported_speech_is_one_entry(nlp: NLP) -> None:
    text = (
        "Secretary of State Mark Ellison said Petrov \u201ctook part in rigged tenders\u201d "
        "during his tenure."
    )
    quotes = run(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].kind == "indirect"
    assert "\u201ctook part in rigged tenders\u201d" in quotes[0].text


@pytest.mark.model
def test_a_quoted_phrase_in_a_that_clause_is_one_entry(nlp: NLP) -> None:
    text = (
        "Trumpet editor in chief Gerald Flurry wrote that Iraq could fall to Iran. He went on "
        "to say that \u201cSuch a takeover by Iran would shock the world.\u201d"
    )
    quotes = run(nlp, text)
    assert [q.cue for q in quotes] == ["wrote", "say"]
    assert all(q.speaker is not None and q.speaker.name == "Gerald Flurry" for q in quotes)


@pytest.mark.model
def test_split_quote_two_entries_in_speech_one_in_attribution(nlp: NLP) -> None:
    text = (
        "\u201cIt is our destiny to live with Iran,\u201d Vice President Tariq al-Hashimi said. "
        "\u201cIt is inevitable that we should work on regional arrangements.\u201d"
    )
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [
        "It is our destiny to live with Iran,",
        "It is inevitable that we should work on regional arrangements.",
    ]
    assert {q.speaker.name if q.speaker else None for q in quotes} == {"Tariq al-Hashimi"}
    [joined] = run(nlp, text, ATTRIBUTION)
    assert joined.span == (quotes[0].span[0], quotes[1].span[1])


@pytest.mark.model
def test_a_question_the_article_asks_is_no_quote(nlp: NLP) -> None:
    text = "Why would Iran agree to the talks, you might ask?"
    assert run(nlp, text) == []


@pytest.mark.model
def test_a_belief_put_into_words_is_speech(nlp: NLP) -> None:
    text = "Defense Secretary Robert Gates expressed concerns that the policy was a threat."
    [quote] = run(nlp, text)
    assert quote.cue_type == "speech" and quote.cue == "expressed concerns"
    assert quote.speaker is not None and quote.speaker.name == "Robert Gates"


@pytest.mark.model
def test_quote_paragraphs_without_line_breaks(nlp: NLP) -> None:
    # the next paragraph of the quote opens right after the first one (line breaks lost)
    text = (
        "The plan worries experts. \u201cUnder the circumstances, a plan that protects the port "
        "is welcome. It is not sufficient. \u201cThe coast matters to us,\u201d Lindgren told VOA."
    )
    quotes = run(nlp, text)
    assert [q.text for q in quotes] == [
        "Under the circumstances, a plan that protects the port is welcome. It is not sufficient.",
        "The coast matters to us,",
    ]
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Lindgren", "Lindgren"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia claims about 40% of the basin, which is also claimed by Sudan.",
        "The militant group claimed responsibility for the attack on Sunday.",
    ],
)
def test_a_claim_to_a_thing_is_no_quote(nlp: NLP, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.model
def test_a_cue_with_its_own_that_clause_is_not_the_quote_before_it(nlp: NLP) -> None:
    text = (
        "\u201cThe new electoral law must contain all these guarantees.\u201d "
        "Lars Halvorsen, the U.N. envoy for Libya, said on Friday that he \u201chopes this will "
        "bring Libya closer to a lasting peace.\u201d"
    )
    quotes = run(nlp, text)
    said = [q for q in quotes if q.kind == "indirect" and q.cue == "said"]
    assert len(said) == 1 and said[0].speaker is not None
    assert said[0].speaker.name == "Lars Halvorsen"
    assert said[0].text.startswith("that he \u201chopes")
    direct = [q for q in quotes if q.kind == "direct"]
    assert all(q.speaker is None or q.speaker.name != "Lars Halvorsen" for q in direct)


@pytest.mark.model
def test_a_published_finding_is_writing_a_persons_is_a_perception(nlp: NLP) -> None:
    text = "The agency's annual report finds that countries must increase their ambitions."
    [quote] = run(nlp, text)
    assert quote.cue_type == "writing" and quote.cue == "finds"
    text = "The senator finds that the bill is too weak to pass."
    assert run(nlp, text) == []
    [quote] = run(nlp, text, ATTRIBUTION)
    assert quote.cue_type == "perception"


@pytest.mark.model
def test_reported_speech_all_in_quotation_marks_is_direct(nlp: NLP) -> None:
    text = (
        "Rojan Demir spoke in Vienna. Demir told VOA that \u201cthe lack of any "
        "mention of the Yazidis is a failure.\u201d"
    )
    [quote] = run(nlp, text)
    assert quote.kind == "direct" and quote.cue == "told"
    assert quote.text == "the lack of any mention of the Yazidis is a failure."
    # PARC-style: a mixed attribution with its that-clause
    [mixed] = run(nlp, text, ATTRIBUTION)
    assert mixed.kind == "indirect" and mixed.text.startswith("that \u201cthe lack")


@pytest.mark.parametrize(
    "text",
    [
        "The middle fifth paid 9 percent, the agency said in a June report, and the bottom "
        "fifth paid less than 1 percent.",
        "Though the last handover was smooth, he said, replacing the chairman now would be "
        "much harder.",
        "The difference now, she told me on Friday, is that she runs a news program.",
    ],
)
def test_a_parenthetical_cue_reports_the_whole_sentence_around_it(nlp: NLP, text: str) -> None:
    quotes = run(nlp, text, ATTRIBUTION)
    assert [q.text for q in quotes] == [text.rstrip(".")]


def test_a_request_for_anonymity_is_no_quote(nlp: NLP) -> None:
    text = (
        "A diplomat, who asked not to be named because he was not allowed to speak, said "
        "talks could begin. Residents, who requested anonymity for fear of reprisals, said "
        "the shooting lasted hours."
    )
    assert [q.text for q in run(nlp, text)] == ["talks could begin", "the shooting lasted hours"]


def test_a_cue_with_its_own_object_is_no_aside_and_a_time_before_it_no_content(nlp: NLP) -> None:
    # not the whole sentence (no parenthetical cue), not 'Monday' (no 'called on')
    text = "On Monday, the minister called the plan a failure."
    assert [q.text for q in run(nlp, text, ATTRIBUTION)] == ["the plan a failure"]
