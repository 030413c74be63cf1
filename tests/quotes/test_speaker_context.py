"""Speakers and their codes from the words around a quote: a quotation that opens
mid-sentence, a quote going on after an indirect statement or inside parentheses, a
title's own body, a pronoun's gender, and the place a speaker is from; needs the model."""

from __future__ import annotations

import functools

import pytest

from geowire import Pipeline
from geowire.config import Config
from geowire.document import Quote, Speaker

pytestmark = pytest.mark.model


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline(Config(components=("geowire.nlp.v1", "geowire.actors.v1", "geowire.quotes.v1")))


def quotes(text: str) -> list[Quote]:
    pipe = _pipeline()
    return list(pipe(pipe.make_document(text)).quotes)


def speaker_of(text: str, words: str) -> Speaker:
    """The speaker of the quote whose content holds ``words``."""
    found = [q for q in quotes(text) if words in q.text]
    assert found, f"no quote holds {words!r}"
    assert found[0].speaker is not None, f"no speaker for {found[0].text!r}"
    return found[0].speaker


def test_a_quotation_opening_mid_sentence_is_the_speakers_statement() -> None:
    text = (
        "In 2012, when the governor offered towns money for roads through his grant program, "
        "\u201ctowns were desperate for cash. They took it,\u201d Ferrante said. \u201cAnd he "
        "tied that money to new rules. That is not how this should work.\u201d"
    )
    first = next(q for q in quotes(text) if "desperate" in q.text)
    assert first.kind == "direct"
    assert first.text.startswith("towns were desperate")
    assert first.speaker is not None and first.speaker.name == "Ferrante"
    assert speaker_of(text, "tied that money").name == "Ferrante"


def test_a_quote_after_an_indirect_statement_goes_on_with_its_speaker() -> None:
    text = (
        "Towns were desperate for cash, Ferrante said. "
        "\u201cAnd he tied that money to new rules.\u201d"
    )
    assert speaker_of(text, "tied that money").name == "Ferrante"


def test_a_quote_in_parentheses_is_its_writers() -> None:
    text = (
        'The plan drew angry letters ("It will ruin the harbor," wrote Ada Pruitt, a fisher '
        "in Astoria), and the council delayed its vote."
    )
    assert speaker_of(text, "ruin the harbor").name == "Ada Pruitt"


def test_a_police_spokesman_after_a_parliament_speaks_for_the_police() -> None:
    text = (
        "Kenya's parliament voted on the tax bill on Tuesday. "
        "Police spokesman Resila Onyango said 20 people were arrested."
    )
    assert speaker_of(text, "were arrested").code == "KENCOP"


@pytest.mark.parametrize(
    ("text", "words", "code"),
    [
        (
            "Iran launched drones at ships in the Gulf. "
            '"We are afraid," said Maryam Hosseini, a resident of Tehran.',
            "afraid",
            "IRNCVL",
        ),
        (
            "Iran launched drones at ships in the Gulf. "
            "Reza Nasri, a professor at the University of Tehran, said the talks would fail.",
            "talks would fail",
            "IRNEDU",
        ),
    ],
)
def test_a_capital_gives_its_people_the_country_not_the_government(
    text: str, words: str, code: str
) -> None:
    assert speaker_of(text, words).code == code


def test_she_is_not_a_man_the_text_calls_he() -> None:
    text = (
        "Mark Hollis lost the primary in June, but he has not conceded. He says he will "
        "fight on at the convention.\n\n"
        "Dana Whitcombe, a Hollis supporter from Fresno, is among those who say they will "
        "not back Ruiz. The campaign was the first time she had been involved, and she "
        "doesn't think Ruiz can fix the issues that Hollis raised during the race.\n\n"
        'Choosing between the two is a "false choice, because there are other candidates '
        'on the ballot," she said.'
    )
    speaker = speaker_of(text, "false choice")
    assert speaker.name == "Dana Whitcombe"
    assert speaker.country == "USA"  # from Fresno


def test_a_speaker_from_a_city_takes_its_country() -> None:
    text = (
        "The drought hit the farms of the north hard. Dana Whitcombe, a nurse from Fresno, "
        "is among those who say the state forgot them. Whitcombe said she was angry. "
        "Mr. Hollis, the county supervisor, said he would listen. He said the water board "
        "had his support. She said that was not enough."
    )
    speaker = speaker_of(text, "not enough")
    assert speaker.name == "Dana Whitcombe"
    assert speaker.code == "USAHLH"


def test_an_analyst_at_an_institute_of_no_known_country_is_placed_in_the_articles() -> None:
    text = (
        "The senator's bill would cut taxes for small firms in Ohio and Texas. Jared Binns, "
        "a senior fellow at the Lakeview Institute, said the bill would cost billions."
    )
    assert speaker_of(text, "cost billions").code == "USAEDU"


def test_a_quote_between_dashes_is_its_speakers() -> None:
    text = (
        'Neither man was impressed by the mayor - "Born with a silver spoon in his mouth," '
        "Mr. Elkin said - but they would not back the governor."
    )
    assert speaker_of(text, "silver spoon").name == "Elkin"


def test_a_cue_on_an_adverb_speaks_for_the_verbs_subject() -> None:
    text = 'The columnist Dan Ober went so far as to say: "The party as we know it is over."'
    speaker = speaker_of(text, "party as we know")
    assert speaker.name == "Dan Ober"
    assert text[speaker.span[0] : speaker.span[1]] == "The columnist Dan Ober"


def test_a_place_based_speaker_takes_its_country_not_the_storys() -> None:
    text = (
        "Russia's intelligence services stole the party's emails, officials said. Moscow "
        'denied it. "The most powerful lie contains truth," said Craig Varga, a Boston-based '
        "Democratic strategist."
    )
    assert speaker_of(text, "powerful lie").country == "USA"


def test_who_issued_a_statement_saying_speaks() -> None:
    text = "The Ruritanian foreign ministry issued a statement saying the border would stay closed."
    speaker = speaker_of(text, "border would stay closed")
    assert speaker.name.endswith("foreign ministry")


def test_a_surname_tagged_a_noun_after_a_quote_is_the_speaker() -> None:
    text = (
        "Fox News host Sean Hannity indicated Tuesday night that any bad blood from the "
        "bruising Republican primary has largely abated.\n\n"
        '"Marco Rubio won tonight and I was very glad to see that. I think we need him back '
        'in the Senate," Hannity said during a panel on his show after the first-term senator '
        "easily won his Senate primary."
    )
    assert speaker_of(text, "glad to see that").name.endswith("Hannity")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Twenty-four percent said the mayor did nothing wrong.",
            "did nothing",
            "Twenty-four percent",
        ),
        ("Nine in 10 said they were worried about prices.", "were worried", "Nine in 10"),
        ("Those surveyed say the economy should come first.", "economy should", "Those surveyed"),
    ],
)
def test_a_share_of_those_polled_is_the_speaker(text: str, words: str, speaker: str) -> None:
    found = speaker_of(text, words)
    assert text[found.span[0] : found.span[1]] == speaker
