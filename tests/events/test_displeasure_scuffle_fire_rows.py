"""Verb rows of verbs.tsv (session 39): displeasure told by an adjective after "be"
("is disappointed with", 111, as "expressed disappointment"), a scuffle or jostling with
police as a street fight (145 by protesters, as "clashed with"), fire "against" a party
(190), and an effort blocked (120). Invented sentences, whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, published="2012-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Germany is deeply disappointed with Turkey's decision.", ("111", "DEU", "TUR")),
        ("Canada is furious at Iran over the detentions.", ("111", "CAN", "IRN")),
        (
            "Students jostled with riot police outside the ministry in Dhaka.",
            ("145", "BGDEDU", "BGDCOP"),
        ),
        (
            "Opposition supporters scuffled with police in Lagos on Monday.",
            ("145", "NGAOPP", "NGACOP"),
        ),
        ("Chadian rebels fired against Sudan on Friday.", ("190", "TCDREB", "SDN")),
        ("Russia blocked the Dutch effort on Tuesday.", ("120", "RUS", None)),
    ],
)
def test_rows_code_the_act(
    pipe: Pipeline, text: str, event: tuple[str, str | None, str | None]
) -> None:
    got = _codes(pipe, text)
    assert event in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rival lawmakers jostled with each other for the post of speaker in Nairobi.",
        "Most voters polled in Ohio are unhappy with the government in Washington.",
        "Kenyan soldiers fired into the air outside the stadium in Nairobi.",
    ],
)
def test_rows_leave_no_act(pipe: Pipeline, text: str) -> None:
    assert not any(c.startswith(("14", "17", "18", "19")) for c, _s, _t in _codes(pipe, text))
