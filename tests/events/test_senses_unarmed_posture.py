"""A force posture (CAMEO 15) told by a word that places no armed force is no show of
force: a person by name stationed or deployed, or a party that bears no arms by role (a
campaign, a health body) deploying people who are no armed body; a state, an international
body or an armed party deploying anything, and anyone's troops or soldiers, keep the
posture (``senses.unarmed_posture``). Through the whole pipeline; the sentences are made
up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> list[str]:
    # ``pipe`` is tests/events/conftest.py's
    return [c[:2] for c, _s, _t in coded_events(pipe, text, "2024-03-05")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The World Health Organization deployed personnel to the affected villages.",
        "Karim Haddad had been stationed in Lyon since 2014.",
        "The senator deployed his brother, Paul Moreau, as a surrogate in Ohio.",
    ],
)
def test_placing_no_armed_force_is_no_posture(pipe: Pipeline, text: str) -> None:
    assert "15" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russia deployed S-400 missile systems to Syria in 2015.",
        "The Pentagon deployed 3,000 troops to Poland.",
        "NATO deployed four battlegroups to the Baltic states.",
        "Russia has deployed the Iskander system in Kaliningrad.",
        "Candidate Moreau said he would deploy 30,000 soldiers to Iraq to defeat the "
        "Islamic State.",
    ],
)
def test_a_state_or_an_armed_force_keeps_its_posture(pipe: Pipeline, text: str) -> None:
    assert "15" in _roots(pipe, text)
