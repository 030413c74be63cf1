"""Unnamed ordinary people struck or held at a place ("in Osorno, troops killed four
people"): the civilians of that place's country (CVL), not the country as a whole; a place
with no one named struck stays the country. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "And in Osorno, Peruvian troops killed four people during a raid.",
        "Peruvian troops killed at least 12 people in a market in Osorno.",
        "Peruvian troops shot two men in the Chilean town of Osorno.",
    ],
)
def test_unnamed_people_struck_at_a_place_are_its_civilians(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert ("19", "PERMIL", "CHLCVL") in got or ("18", "PERMIL", "CHLCVL") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no people named: the place's country
        "Peruvian troops stormed a hotel in Osorno, Chile.",
        # people whose own words tell whose they are: not read as the place's
        "Peruvian troops killed Bolivian people in Osorno, Chile.",
    ],
)
def test_no_unnamed_people_keeps_the_place_country(pipe: Pipeline, text: str) -> None:
    got = _dyads(pipe, text)
    assert not any(t == "CHLCVL" for _r, _s, t in got), got
