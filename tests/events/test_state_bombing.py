"""A bombing named by its noun is aerial (195) when a state or its forces did it; an
irregular's stays non-military (183) (``senses._state_bombing``)."""

from __future__ import annotations

import pytest
from factories import cameo_codes

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The Peruvian bombing of the rebel town went on through the night.", "195"),
        ("Chile's bombings of the border villages drew condemnation.", "195"),
    ],
)
def test_a_states_bombing_named_by_its_noun_is_aerial(pipe: Pipeline, text: str, code: str) -> None:
    assert code in cameo_codes(pipe, text)


@pytest.mark.model
def test_irregulars_bombing_stays_non_military(pipe: Pipeline) -> None:
    codes = cameo_codes(
        pipe, "Shining Path rebels were blamed for the bombing of the market in Lima."
    )
    assert any(c.startswith("18") for c in codes) and "195" not in codes, codes
