"""Force by irregular armed actors (events/irregular.py): militants' force is CAMEO 18
unless it is aimed at a state's armed force, named as an actor or, here, as a thing of
theirs that no actor names ("a military convoy", "an army checkpoint"): then it is a fight
(19). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, published="2011-05-04")
    return {e.cameo for e in doc.events if e.root != "01"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Taliban militants attacked a military convoy in Helmand on Monday.",
        "An army checkpoint was attacked by Taliban militants in Kunar on Monday.",
        "Al-Shabab militants attacked an army base near Kismayo on Monday.",
    ],
)
def test_irregular_force_on_armed_thing_is_a_fight(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"190"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Taliban militants attacked a wedding party in Helmand on Monday.",
        "Al-Shabab militants attacked a hotel in Mogadishu on Monday.",
    ],
)
def test_irregular_force_on_civilian_thing_stays_assault(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == {"180"}
