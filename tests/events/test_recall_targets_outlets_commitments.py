"""Recent wire news acts that the verb dictionary missed: a military or strike target
(ships, shipping, a power grid, positions, a refinery) targeted is force used (190), voters,
migrants or inflation targeted none; a news outlet suspended or banned is a restriction on
political freedoms (1721), a presenter or coverage suspended none; a commitment to act is
an intent like a pledge (03); "retook" is retaking (verbs.tsv ``&STRUCK``, ``&OUTLET``;
events.tsv ``intent_heads``, ``stance_nouns``; nlp.tsv ``verb_lemma_fixes``). Whole pipeline
on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2020-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Yemeni rebels targeted a Danish tanker in the Gulf of Aden.",
        "Russia targeted the Ukrainian power grid with missiles.",
        "Sudanese paramilitaries targeted army positions near El Fasher.",
    ],
)
def test_a_strike_target_targeted_is_force(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert any(c[:2] in ("18", "19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan campaign targeted young voters in Mombasa.",
        "The Hungarian law targets migrants who cross the border.",
    ],
)
def test_voters_or_migrants_targeted_are_no_force(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c[:2] in ("18", "19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Nigerien regulator suspended Radio France Internationale.",
        "The Guinean government suspended the BBC for a month.",
    ],
)
def test_a_news_outlet_suspended_is_a_restriction(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert any(c == "1721" for c, _, _ in found), found


@pytest.mark.model
def test_a_presenter_suspended_is_no_restriction(pipe: Pipeline) -> None:
    found = _codes(pipe, "The Ghanaian network suspended the presenter after the show.")
    assert not any(c.startswith("17") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Australia reaffirmed its commitment to defend Papua New Guinea.",
        "France reaffirmed its commitment to support Chad.",
    ],
)
def test_a_commitment_to_act_is_intent(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert any(c.startswith("03") for c, _, _ in found), found


@pytest.mark.model
def test_retook_is_retaking(pipe: Pipeline) -> None:
    found = _codes(pipe, "Chadian troops retook the town of Bol from the militants.")
    assert any(c[:2] == "19" for c, _, _ in found), found
