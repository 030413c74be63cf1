"""Narrowings of the session-34 force rows of verbs.tsv; needs the model.

- Forces moving into or entering a place at a host's request or invitation, to reassure
  allies, or for a parade make no incursion (``&WELCOMED``).
- Fire sent into the air or the sea is no fighting, and fire to disperse a crowd is its
  repression, 175 (``&OPENSKY``, ``&DISPERSAL``)."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_acts(pipe, text, "2024-05-04"))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Danish troops moved into Latvia to reassure Baltic allies.",
        "Tajik troops moved into Kyrgyzstan at the government's request.",
        "Zambian troops entered Malawi at Lilongwe's invitation.",
        "Georgian troops marched into Tbilisi for the parade.",
    ],
)
def test_welcomed_forces_make_no_incursion(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not any(c[:2] == "19" for _s, c, _t in acts), acts


@pytest.mark.model
def test_forces_moving_into_a_place_to_take_it_still_invade(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Eritrean troops moved into Ethiopia to seize the border town of Badme.")
    assert any(c == "190" for _s, c, _t in acts), acts


@pytest.mark.model
def test_warning_shots_to_disperse_a_crowd_are_repression(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Police in Lusaka fired warning shots to disperse the crowd.")
    codes = {c for _s, c, _t in acts}
    assert "175" in codes and not codes & {"193", "194"}, acts


@pytest.mark.model
def test_shells_fired_into_the_sea_are_no_fighting(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Iran fired artillery shells into the sea near the Gulf coast.")
    assert not any(c[:2] == "19" for _s, c, _t in acts), acts
