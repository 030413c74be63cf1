"""A stance taken on another's act told by its noun is taken toward whoever does that act,
never toward the one it is done to ("welcomed the condemnation of X by Y": praise of Y,
none of X)."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_praise_of_a_condemnation_is_praise_of_its_author(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile welcomed the condemnation of the Saudi bombing by Peru.")
    assert ("CHL", "051", "PER") in got
    assert ("CHL", "051", "SAU") not in got


@pytest.mark.model
def test_praise_of_an_unowned_condemnation_praises_no_one_condemned(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile welcomed the condemnation of Bolivia.")
    assert not any(t == "BOL" for _s, _c, t in got)
    got = _triples(pipe, "Her condemnation of the Saudi bombing in Yemen was welcomed by Chile.")
    assert not any(c == "051" and t == "SAU" for _s, c, t in got)


@pytest.mark.model
def test_criticism_of_an_arrest_is_aimed_at_the_arrester(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile criticised the arrest of the journalists by Peru.")
    assert ("CHL", "111", "PER") in got
    got = _triples(pipe, "Chile supported the invasion of Bolivia by Peru.")
    assert ("CHL", "051", "PER") in got
    assert ("CHL", "051", "BOL") not in got


@pytest.mark.model
def test_an_act_undergone_with_no_doer_named_keeps_its_victim(pipe: Pipeline) -> None:
    # a material act by no one named: the one it befalls stays the stance's target
    got = _triples(pipe, "Chile condemned the killing of Bolivian protesters.")
    assert any(s == "CHL" and c == "111" and t.startswith("BOL") for s, c, t in got)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned the bombing of the Peruvian embassy in Lima.",
        "Chile condemned the attack on Peruvian soldiers near the border.",
    ],
)
def test_censure_of_force_on_a_state_is_not_aimed_at_that_state(
    pipe: Pipeline, text: str
) -> None:
    # force by no one named done to a state's mission or forces: the censure is of
    # whoever struck them, not of the state struck
    got = _triples(pipe, text)
    assert any(s == "CHL" and c[:2] == "11" for s, c, _t in got), got
    assert not any(c[:2] == "11" and t.startswith("PER") for _s, c, t in got), got

