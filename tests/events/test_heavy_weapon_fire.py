"""Fire of heavy weapons (events/irregular.fired_heavy_weapon and the &MUNITION rows of
verbs.tsv): an irregular armed group firing rockets, mortars or artillery uses conventional
military force (CAMEO 19), not unconventional violence (18); munitions launched toward a
place or slamming into one are an attack by whoever sent them, and launched into the sea a
test. Whole pipeline on invented sentences."""

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


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah launched two projectiles toward the town of Metula on Monday.",
        "Iran launched missiles toward Israel late on Tuesday.",
        "Palestinian rockets crashed into the Israeli town of Ashkelon on Monday.",
        "Russian missiles slammed into an apartment block in Dnipro on Tuesday.",
    ],
)
def test_munitions_sent_toward_or_into_a_place_are_an_attack(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"190"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "North Korea launched two ballistic missiles into the sea on Monday.",
        "North Korea launched a ballistic missile toward the East Sea on Sunday.",
    ],
)
def test_munitions_launched_toward_the_sea_are_a_test(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"150"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A garbage truck slammed into the toll plaza on Thursday.",
        "A plane crashed into a mountain in Nepal on Monday.",
    ],
)
def test_vehicles_crashing_are_no_attack(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()
