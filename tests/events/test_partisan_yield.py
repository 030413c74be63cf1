"""A yield (CAMEO 08, not a resignation) by a party, a candidate or the press toward no one
named or a party of its own country is the everyday sense of letting, giving in or backing
down, no concession (senses.partisan_yield): "the newspaper allowed the reporter to pursue
the story", "Democrats acquiesced to the narrative". A state, its forces or police, the
opposition or an armed group keep the yield. Through the whole pipeline; the sentences are
made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _yields(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2020-05-01") if code[:2] == "08"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The newspaper allowed the reporter to pursue the story for months.",
        "The broadcaster allowed the candidate to speak without interruption.",
        "Democrats acquiesced to the narrative that spending must be cut.",
        "The Conservative Party backed down from its pledge to cut taxes.",
        "Republicans yielded to the front-runner after he swept seven states.",
    ],
)
def test_a_partys_or_the_press_yield_is_no_concession(pipe: Pipeline, text: str) -> None:
    assert not _yields(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Egypt allowed wounded Palestinians to cross the Rafah border into Sinai.",
        "The police allowed protesters to march past the parliament building in Tbilisi.",
        "The Sudanese army permitted U.N. convoys to reach El Fasher.",
        "The Houthis backed down from their threat to attack ships after talks with Oman.",
        "Serbia gave in to EU demands and recognized Kosovo license plates.",
    ],
)
def test_a_states_or_armed_partys_yield_stays(pipe: Pipeline, text: str) -> None:
    assert _yields(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Republican candidate threatened to pull out of NATO if elected.", "131"),
        (
            "Senate Republicans refused to allow hearings for the president's nominee to the "
            "Supreme Court.",
            "124",
        ),
    ],
)
def test_a_partys_yield_toward_a_bloc_or_a_state_office_stays(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert code in {c for _, c, _ in coded_acts(pipe, text, "2020-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistan Peoples Party called off its protests after police raided its offices.",
        "The Bangladesh Nationalist Party yielded to government demands and accepted the vote "
        "count.",
        "Georgian Dream allowed the opposition to hold its march in Tbilisi.",
        "The ANC eased its crackdown and released detained students.",
    ],
)
def test_a_partys_named_yield_or_one_to_the_state_stays(pipe: Pipeline, text: str) -> None:
    assert _yields(pipe, text)


@pytest.mark.model
def test_a_yield_letting_a_press_trip_with_the_army_stays_no_concession(pipe: Pipeline) -> None:
    assert not _yields(
        pipe, "The New York Times allowed its reporters to travel to the front with the army."
    )
