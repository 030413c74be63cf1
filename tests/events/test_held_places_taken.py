"""Ground or a held place taken by force is territory occupied (CAMEO 192): a place a
force holds, or a stretch of ground, heading the object of "seize" or "capture"
(verbs.tsv ``&HELDPLACES``: "seized positions from the rebels", "captured the airport");
goods seized stay confiscation and people captured an arrest. A fight to overthrow a
government is force, not opposition to a law its later words name. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {e[0] for e in coded_events(pipe, text, "2024-05-04")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chadian troops seized positions from the rebels near Abeche.",
        "The Chadian rebels captured the airport in Abeche on Friday.",
        "The Chadian rebels captured a military outpost near the border.",
    ],
)
def test_a_held_place_seized_or_captured_is_territory_taken(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert "192" in codes, codes
    assert not codes & {"173", "1711"}, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Chadian police seized weapons and drugs in the area.", "1711"),
        ("Chadian police captured the suspect near the airport.", "173"),
    ],
)
def test_goods_seized_and_people_captured_stay_as_they_were(
    pipe: Pipeline, text: str, code: str
) -> None:
    codes = _codes(pipe, text)
    assert code in codes and "192" not in codes, codes


@pytest.mark.model
def test_a_fight_to_overthrow_a_government_is_force(pipe: Pipeline) -> None:
    text = "The Chadian rebels are fighting to overthrow the government and impose Islamic law."
    found = coded_events(pipe, text, "2024-05-04")
    assert ("190", "TCDREB", "TCDGOV") in found, found
    assert not any(c == "110" for c, _, _ in found), found
