"""Where a bomb went off names whom the bombing struck, never its doer; a bombing "of" a
party is done to that party; a protest whose organizer's participle names its
protesters, or one broken up, was held by them. Through the whole pipeline; the sentences
are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2003-05-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two bombs exploded outside the Peruvian embassy in Quito on Monday.",
        "A bomb went off near the Chilean consulate in Lima.",
        "The blasts at the Peruvian embassy in Quito killed nine people.",
    ],
)
def test_a_bomb_going_off_at_a_party_is_a_bombing_of_it(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c == "183" and s is None and t is not None and t[:3] in ("PER", "CHL")
               for c, s, t in evs), evs
    # the embassy is struck, it bombs no one
    assert not any(s is not None and s[:3] in ("PER", "CHL") for _c, s, _t in evs), evs


@pytest.mark.model
def test_a_bombing_of_a_party_is_done_to_it(pipe: Pipeline) -> None:
    evs = _events(pipe, "Bolivia condemned the bombing of the Peruvian embassy.")
    assert ("183", None, "PERGOV") in evs, evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A demonstration staged by Peruvian students turned violent.",
        "The police dispersed a protest by Peruvian students.",
        "Police broke up a protest rally called by Peruvian students.",
    ],
)
def test_a_protest_organized_or_broken_up_is_the_protesters(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c[:2] == "14" and s is not None and s[:3] == "PER" for c, s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned the two bomb explosions near the Peruvian embassy in Quito.",
        "The bomb attack at the Peruvian embassy occurred shortly after midnight.",
        "The bombing at the Peruvian embassy took place at dawn on Monday.",
        # the time it happened is no target of the attack's "on"
        "The bomb attack at the Peruvian embassy occurred on Monday.",
    ],
)
def test_a_force_noun_told_as_done_strikes_its_place_party(pipe: Pipeline, text: str) -> None:
    # a bombing named by its noun, the object of a condemnation or the subject of a verb
    # of happening, by no one named: the party its place phrase names is struck
    evs = _events(pipe, text)
    assert any(c[:2] == "18" and s is None and t is not None and t[:3] == "PER"
               for c, s, t in evs), evs


@pytest.mark.model
def test_a_force_noun_that_did_not_happen_strikes_no_one(pipe: Pipeline) -> None:
    evs = _events(pipe, "The bombing at the Peruvian embassy did not take place.")
    assert not any(c[:2] == "18" for c, _s, _t in evs), evs


@pytest.mark.model
def test_the_occasion_a_force_noun_happened_on_is_not_struck(pipe: Pipeline) -> None:
    # "came on one of Peru's holidays": when the attack happened, not whom it struck
    evs = _events(pipe, "The attack came on one of Peru's most treasured holidays.")
    assert not any(c[:2] in ("18", "19") and t is not None and t[:3] == "PER"
                   for c, _s, t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the unnamed people a bombing killed there are that country's civilians
        (
            "A car bomb exploded near a crowded bazaar in Lima on Friday, killing eleven people.",
            "PERCVL",
        ),
        ("A bomb went off in Lima on Friday.", "PER"),
        ("Two grenades exploded at a rally in Lima.", "PER"),
        ("The twin blasts killed 40 people in Lima and Cusco.", "PERCVL"),
        ("A suicide bombing at a church in Lima killed 30 people.", "PER"),
        ("Two explosions rocked a busy square in Lima on Sunday.", "PER"),
    ],
)
def test_a_bomb_going_off_where_no_party_is_bombs_that_country(
    pipe: Pipeline, text: str, target: str
) -> None:
    # the bomb names no doer and no party is at the place: the bombing happened all the
    # same, in the country of the place where it went off
    evs = _events(pipe, text)
    assert ("183", None, target) in evs, evs
    assert not any(c[:2] == "19" for c, _s, _t in evs), evs


@pytest.mark.model
def test_a_bomb_going_off_nowhere_told_codes_nothing(pipe: Pipeline) -> None:
    assert _events(pipe, "The two bombs went off almost at the same time.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Six Peruvian soldiers were killed when a roadside bomb exploded near their truck.",
        "Three Peruvian policemen were wounded as a bomb went off outside the station.",
    ],
)
def test_a_killing_when_a_bomb_went_off_is_a_bombing(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c == "183" and t is not None and t[:3] == "PER" for c, _s, t in evs), evs
    assert not any(c[:2] == "19" for c, _s, _t in evs), evs
