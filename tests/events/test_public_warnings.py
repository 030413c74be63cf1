"""A warning to the public of its own precaution is advice, no threat (CAMEO 13 is a threat
of the warner's own act); a warning to an adversary, or one with a price to pay, stays a
threat. Through the whole pipeline (actors coded by it)."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _threats(pipe: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipe(text, published="2025-03-12").events if e.cameo[:2] == "13"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Health officials in Ohio warned residents to boil their tap water.",
        "Doctors warned parents to keep sick children out of school.",
        "The foreign ministry warned Canadian citizens against travel to Haiti.",
        "Officials warned residents not to drink water from the river.",
    ],
)
def test_a_warning_to_the_public_of_its_own_precaution_is_no_threat(
    pipe: Pipeline, text: str
) -> None:
    assert _threats(pipe, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a price to pay: a threat
        "Soldiers warned residents to leave the village or face arrest.",
        # an adversary warned against an act: a threat
        "Pakistan warned India against any further provocation.",
        "Turkey warned Greece to halt its drilling in the Aegean.",
        # a fighting force's warning to civilians to leave: coercive
        "Rebel fighters warned farmers to abandon their fields.",
        # what the warner will do: a threat
        "The governor warned residents they would be fined.",
    ],
)
def test_a_warning_to_an_adversary_or_with_a_price_stays_a_threat(
    pipe: Pipeline, text: str
) -> None:
    assert _threats(pipe, text)
