"""Fighting told with its two sides: a noun of fighting with the sides after "between"
("violence erupted between X and Y", "gunfire between X and Y") is fighting by each side
against the other. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_countries

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2021-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Violence erupted between Armenian and Azerbaijani troops on Sunday.", "ARM", "AZE"),
        ("Gunfire between Thai and Cambodian soldiers lasted for an hour.", "THA", "KHM"),
        ("Skirmishes between Indian and Chinese troops broke out along the border.", "IND", "CHN"),
        ("Hostilities between Ethiopia and Eritrea resumed on Tuesday.", "ETH", "ERI"),
    ],
)
def test_a_noun_of_fighting_between_two_sides_is_fighting_each_way(
    pipe: Pipeline, text: str, one: str, other: str
) -> None:
    found = {(s, t) for r, s, t in root_countries(pipe, text, PUBLISHED) if r in ("18", "19")}
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Armenian and Azerbaijani troops fought for control of the village.", "ARM", "AZE"),
        ("Ethiopian and Eritrean forces are fighting for control of the town.", "ETH", "ERI"),
    ],
)
def test_armed_sides_fighting_for_control_of_a_place_fight_each_other(
    pipe: Pipeline, text: str, one: str, other: str
) -> None:
    found = {(s, t) for r, s, t in root_countries(pipe, text, PUBLISHED) if r == "19"}
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Shareholders fought for control of the company.",
        "The two factions fought for control of the parliament.",
    ],
)
def test_a_fight_for_control_by_unarmed_parties_is_no_force(pipe: Pipeline, text: str) -> None:
    found = {x for x in root_countries(pipe, text, PUBLISHED) if x[0] in ("18", "19", "20")}
    assert not found, found


@pytest.mark.model
def test_fighting_that_raged_between_two_sides_is_fighting_each_way(pipe: Pipeline) -> None:
    # "raged" is read as the verb "rage" (the model gives "rag"), a verb of happening
    found = {
        (s, t)
        for r, s, t in root_countries(
            pipe, "Fighting raged between Thai and Cambodian troops on Friday.", PUBLISHED
        )
        if r == "19"
    }
    assert ("THA", "KHM") in found and ("KHM", "THA") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, doer, victim",
    [
        ("Two Armenian soldiers were killed in clashes with Azerbaijani forces.", "AZE", "ARM"),
        ("Three Thai soldiers were wounded in clashes with Cambodian troops.", "KHM", "THA"),
    ],
)
def test_the_side_fought_with_is_the_doer_of_a_killing_in_that_fighting(
    pipe: Pipeline, text: str, doer: str, victim: str
) -> None:
    found = {(s, t) for r, s, t in root_countries(pipe, text, PUBLISHED) if r == "19"}
    assert (doer, victim) in found, found


@pytest.mark.model
def test_an_event_noun_joined_to_a_bare_modifier_takes_its_phrase(pipe: Pipeline) -> None:
    # the parser heads "air and artillery strikes against X" with "air"
    text = "Turkey is carrying out air and artillery strikes against Kurdish targets in Iraq."
    found = {(s, t) for r, s, t in root_countries(pipe, text, PUBLISHED) if r == "19"}
    assert any(s == "TUR" for s, _t in found), found
