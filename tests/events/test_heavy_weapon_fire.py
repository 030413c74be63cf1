"""Fire of heavy weapons (events/irregular.fired_heavy_weapon): an irregular armed group
firing rockets, mortars or artillery uses conventional military force (CAMEO 19), not
unconventional violence (18). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, published="2021-05-04")
    return {e.cameo for e in doc.events if e.root != "01"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hamas militants fired rockets at Tel Aviv on Monday.",
        "The rebels pounded the area with artillery fire on Monday.",
        "Al-Shabab militants fired mortars at the presidential palace on Monday.",
    ],
)
def test_irregular_heavy_weapon_fire_is_a_fight(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"190"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the village with machetes on Monday.",
        "Gunmen attacked a hotel in Mogadishu on Monday.",
    ],
)
def test_irregular_force_without_heavy_weapons_stays_assault(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"180"}
