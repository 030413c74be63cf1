"""A company no table codes: its bare spokesman speaks for it as a company (BUS), and a
company story that names no place, no country and no currency word but counts in a bare
dollar sign places its uncoded speakers in the country of that money; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_bare_spokesman_speaks_for_the_uncoded_company_just_named() -> None:
    text = (
        "Halvorsen Shipping Ltd. posted a loss for the quarter. Halvorsen closed at 5.25 "
        "on the exchange.\n\nA spokesman said the company would cut 200 jobs."
    )
    found = speaker_of(text, "cut 200 jobs")
    assert found is not None and found.code == "BUS"


def test_a_company_story_counted_in_bare_dollars_places_its_speakers() -> None:
    text = (
        "Halvorsen Shipping Ltd. said it will report a write-off of $2.5 million for its "
        "fourth quarter. Mr. Lund said sales of its tankers fell."
    )
    assert getattr(speaker_of(text, "write-off"), "code", None) == "USABUS"
    assert getattr(speaker_of(text, "sales of its tankers"), "country", None) == "USA"


def test_an_amount_in_a_currency_word_places_no_one() -> None:
    text = (
        "Halvorsen Shipping Ltd. said it will report a write-off of 2.5 million francs "
        "for its fourth quarter, or $400,000."
    )
    found = speaker_of(text, "write-off")
    assert found is not None and found.country is None


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        (
            "NATO condemned the rocket launch by Russia. \u201cThe alliance is watching "
            "closely,\u201d spokeswoman Ilse Berendt said.",
            "watching closely",
            "IGONAT",
        ),
        (
            "Amnesty International accused Israel of abuses. \u201cThis is a cruel "
            "system,\u201d said spokesman Omar Tahal.",
            "cruel system",
            "NGOAMN",
        ),
    ],
)
def test_a_bare_spokesman_of_a_coded_international_group_keeps_its_code(
    text: str, words: str, group: str
) -> None:
    # the group's code has no role part, yet the tables coded it: no code from its words
    found = speaker_of(text, words)
    assert found is not None and (found.code or "").startswith(group)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The kingdom's energy ministry said it would trim output to hold prices above "
            "$70 a barrel. Exports will fall, a ministry official said.",
            "Exports will fall",
        ),
        (
            "The IMF approved a $2 billion loan on Tuesday. \u201cThis is a lifeline,\u201d "
            "finance minister Tomas Arvelo said.",
            "lifeline",
        ),
    ],
)
def test_a_bare_dollar_tells_no_country_of_a_foreign_state_or_an_international_body(
    text: str, words: str
) -> None:
    # a kingdom's ministry or the IMF: the story is not of the dollar's own country
    found = speaker_of(text, words)
    assert found is not None and found.country != "USA"


@pytest.mark.parametrize(
    "body", ["the Northern Shan Liberation Organization", "the Free Kivu Movement"]
)
def test_a_spokesman_for_an_uncoded_party_or_armed_group_is_no_company(body: str) -> None:
    # a political or armed organisation's name: neither a business (BUS) nor a
    # government (the roles' default for a spokesman), at its mentions or later 'he said'
    text = (
        f"Fighting broke out in Kenya. Hpaw Lum, a spokesman for {body}, said government "
        "troops attacked two villages. He said both sides had suffered losses."
    )
    for words in ("two villages", "suffered losses"):
        found = speaker_of(text, words)
        assert found is not None and found.name == "Hpaw Lum"
        assert not (found.code or "").endswith(("BUS", "GOV"))
