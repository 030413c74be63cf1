"""Force that goes into a place with no party named as its target strikes the place's
country (``incursion_prepositions``): "pushed deeper into southern X", "fired rockets into
X", "into the X town of Y"; needs the model."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chilean troops pushed deeper into southern Peru on Monday.", "PER"),
        ("Bolivian forces advanced into northern Chile after days of shelling.", "CHL"),
        ("Peruvian tanks rolled into the Bolivian town of Copacabana.", "BOL"),
    ],
)
def test_force_going_into_a_place_targets_its_country(
    pipe: Pipeline, text: str, target: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert any(c.startswith("19") and t == target for _s, c, t in acts), acts



@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chile's army pushed thousands of Mapuche into Argentina.", "ARG"),
        ("Peru's army pushed thousands of Aymara into Bolivia.", "BOL"),
    ],
)
def test_people_moved_into_a_place_leave_its_country_unstruck(
    pipe: Pipeline, text: str, place: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert not any(t == place for _s, _c, t in acts), acts


@pytest.mark.model
def test_attacks_launched_into_a_place_target_its_country(pipe: Pipeline) -> None:
    text = "Bolivian rebels launched attacks into Peru, the UN said."
    acts = coded_acts(pipe, text, "2024-03-05")
    assert any(t == "PER" for _s, _c, t in acts), acts
