"""An armed foe crushed, wiped out or rooted out is force used against it (190),
and vowed, a threat of force (138); a rival, a protest or the opposition crushed or
defeated is no force; a protest or an uprising crushed or quashed is violent repression
(175), a conviction quashed none. Whole pipeline on invented sentences (verbs.tsv,
``&FOES``, ``&UNREST``)."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The Malian army vowed to crush the rebels in the north.", "138"),
        ("The Chadian government pledged to wipe out the militants.", "138"),
        ("The Nigerien army vowed to root out the insurgents.", "138"),
        ("The Malian army crushed the rebels near Gao.", "190"),
    ],
)
def test_an_armed_foe_crushed_is_force(pipe: Pipeline, text: str, code: str) -> None:
    found = _codes(pipe, text)
    assert any(c == code for c, _, _ in found), found
    assert not any(c.startswith("03") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Malian senator defeated his rival in the runoff.",
        "The Chadian police crushed the protests in the capital.",
    ],
)
def test_a_rival_or_a_protest_crushed_is_no_force(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c[:2] in ("13", "19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chadian security forces crushed the protests in the capital.",
        "The Malian junta quashed the uprising in the north.",
    ],
)
def test_protest_crushed_is_repression(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert any(c == "175" for c, _, _ in found), found


@pytest.mark.model
def test_a_conviction_quashed_is_no_repression(pipe: Pipeline) -> None:
    found = _codes(pipe, "The Malian court quashed the conviction of the journalist.")
    assert not any(c == "175" for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dupont crushed the Tory rebels in a Commons vote on Tuesday.",
        "The Malian senator quashed a revolt by Republican senators over the budget.",
        "Moreau crushed dissent within the Labour party.",
        "The Malian court quashed the convictions of the protesters.",
        "Dupont said the sanctions would crush the Malian junta's terrorist proxies.",
    ],
)
def test_a_political_revolt_or_a_figure_of_speech_quelled_is_no_force(
    pipe: Pipeline, text: str
) -> None:
    found = _codes(pipe, text)
    assert not any(c[:2] in ("13", "17", "19") for c, _, _ in found), found


@pytest.mark.model
def test_a_protest_quashed_near_parliament_stays_repression(pipe: Pipeline) -> None:
    found = _codes(pipe, "Malian police quashed the protest in front of parliament.")
    assert any(c == "175" for c, _, _ in found), found


@pytest.mark.model
def test_a_ruling_party_crushing_street_protest_is_repression(pipe: Pipeline) -> None:
    got = coded_events(
        pipe, "Laos's ruling party crushed the student protests in 1999.", "2020-05-01"
    )
    assert any(c.startswith("17") for c, _s, _t in got), got
