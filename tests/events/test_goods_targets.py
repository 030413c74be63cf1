"""A sanction, ban or cut aimed at a country's goods is aimed at that country: the
demonym on the goods names the target when no actor does; needs the model."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile banned imports of Peruvian grapes on Monday.", "PER"),
        ("Brazil slapped tariffs on Argentine wheat.", "ARG"),
        ("Ghana suspended imports of Nigerian rice after the dispute.", "NGA"),
    ],
)
def test_a_measure_on_a_country_s_goods_targets_the_country(
    pipe: Pipeline, text: str, target: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert any(c.startswith("16") and t == target for _s, c, t in acts), acts


@pytest.mark.model
def test_a_demonym_on_people_is_no_goods(pipe: Pipeline) -> None:
    # the people are an actor of their own (a role of that country), not goods
    acts = coded_acts(pipe, "Chile cut aid to Peruvian farmers.", "2024-03-05")
    targets = [t for _s, c, t in acts if c.startswith("16")]
    assert targets and all(t and t.startswith("PER") and t != "PER" for t in targets), acts
