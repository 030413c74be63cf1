"""A fight "with" a party ("clashed with", "fought with", "exchanged fire with") is
each side's; a crowd's clash with police is not the police's fight. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _pairs(pipe: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    doc = pipe(text, published="2022-06-01")
    return {
        (
            e.source.code[:3] if e.source and e.source.code else None,
            e.target.code[:3] if e.target and e.target.code else None,
        )
        for e in doc.events
        if e.cameo.startswith(root)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Ukrainian forces clashed with Russian troops near the river on Tuesday.", "UKR", "RUS"),
        ("Venezuelan troops fought with Colombian guerrillas along the border.", "VEN", "COL"),
        ("Israeli troops exchanged fire with Hezbollah fighters on Sunday.", "ISR", "LBN"),
    ],
)
def test_a_fight_with_a_party_is_each_sides(
    pipe: Pipeline, text: str, one: str, other: str
) -> None:
    found = _pairs(pipe, text, "19")
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
def test_a_crowd_clashing_with_police_is_no_fight_of_the_police(pipe: Pipeline) -> None:
    found = _pairs(pipe, "Protesters clashed with police in Nairobi on Tuesday.", "19")
    assert ("KEN", "KEN") not in found, found
