"""A bomb set off is a bombing; a burst of feeling, an accident or a bomb threat is none;
a state's bombs are its aerial weapons; and one bombing is one event. Through the whole
pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2020-05-01") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "An explosion of rage shook the Kenyan senate on Monday.",
        "A population explosion has hit Kenya's towns.",
        "A gas explosion at a fertilizer plant in Texas killed nine people.",
        "A boiler explosion rocked a paper mill in Chittagong on Friday.",
        "Bomb threats hit synagogues across Michigan on Tuesday.",
    ],
)
def test_a_figure_an_accident_or_a_threat_is_no_bombing(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c[:2] in ("18", "19") for c, _s, _t in evs), evs


@pytest.mark.model
def test_a_car_bomb_going_off_is_still_a_bombing(pipe: Pipeline) -> None:
    evs = _events(pipe, "A car bomb exploded near a mosque in Mosul on Friday.")
    assert ("183", None, "IRQ") in evs, evs


@pytest.mark.model
def test_a_states_bombs_are_its_aerial_weapons(pipe: Pipeline) -> None:
    evs = _events(pipe, "Syrian bombs hit a clinic in Homs on Friday.")
    assert any(c == "195" and s == "SYR" for c, s, _t in evs), evs
    assert not any(c == "183" for c, _s, _t in evs), evs


@pytest.mark.model
def test_bombs_only_states_drop_are_aerial_weapons(pipe: Pipeline) -> None:
    evs = _events(pipe, "Cluster bombs hit a village near Idlib on Friday.")
    assert any(c == "195" for c, _s, _t in evs), evs
    assert not any(c == "183" for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Three soldiers were killed when a roadside bomb exploded near their patrol in Kandahar.",
        "Four policemen were wounded as a bomb went off near a checkpoint in Peshawar.",
    ],
)
def test_a_killing_when_a_bomb_went_off_is_one_bombing(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert [c for c, _s, _t in evs if c[:2] in ("18", "19")] == ["183"], evs


@pytest.mark.model
def test_blasts_during_a_named_attack_add_no_bombing(pipe: Pipeline) -> None:
    evs = _events(pipe, "Explosions rocked Mogadishu as al-Shabaab fighters stormed a hotel.")
    assert not any(c == "183" and s is None for c, s, _t in evs), evs
    assert any(s is not None and c[:2] in ("18", "19") for c, s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the "of" object is the bomb itself, no figure
        "The blast of a roadside bomb killed three soldiers in Kandahar.",
        "The explosion of a car bomb killed 12 people in Kismayo.",
        # a bomb named on the blast: the place is no accident's
        "A bomb blast at a bus depot in Peshawar killed five people.",
    ],
)
def test_a_bomb_named_on_or_after_the_blast_is_a_bombing(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c == "183" for c, _s, _t in evs), evs


@pytest.mark.model
def test_a_homemade_bomb_is_no_states_air_weapon(pipe: Pipeline) -> None:
    evs = _events(pipe, "A Somali car bomb killed 10 people in Kismayo.")
    assert not any(c == "195" for c, _s, _t in evs), evs
