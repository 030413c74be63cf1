"""Precision on unseen election news (precision11): horse-race talk is no event. A battle
between a candidate and a rival in office, a contest word ("war", "beat") by no one named at
a candidate with no word of harm in its sentence, forcing rivals "out of the race",
"challenging the incumbent" and occupying a tier of a ranking tell no act (an electoral
contest is no force, coercion or occupation). Real force (a beating by two men, by a bat, a
passive), coercion out of homes or office, occupation of a town and criticism between
candidates stay. An attack, an assault or fire by a politician or an unarmed person at a
candidate with no word of harm is words (111); one at a reporter or by no one named stays
force. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2016-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The battle between Senator Paul Dupont and Governor Marc Moreau has intensified in Iowa.",
        "Senator Dupont faces a two-front war against Governor Marc Moreau and Senator Jean Vidal.",
        "Senator Dupont won the Ohio primary, forcing Senators Vidal and Moreau out of the race.",
        "Senator Paul Dupont is challenging the incumbent, Governor Marc Moreau.",
        "Senator Paul Dupont and Senator Jean Vidal occupied a third tier.",
    ],
)
def test_horse_race_is_no_event(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Two men beat Senator Paul Dupont with a bat outside his home.", "18"),
        ("Two men beat Senator Paul Dupont outside his home.", "18"),
        ("Senator Paul Dupont was beaten by unknown assailants.", "18"),
        ("Rebels forced the villagers out of their homes.", "17"),
        ("The soldiers forced the president out of office.", "17"),
        ("The rebels occupied the town.", "19"),
        ("Governor Marc Moreau unleashed withering attacks against Senator Paul Dupont.", "11"),
    ],
)
def test_real_acts_stay(pipe: Pipeline, text: str, root: str) -> None:
    assert any(code.startswith(root) for code in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mr. Trump held a news conference in which he continued his assault on Senator Dupont.",
        "Former Mexican presidents Vicente Fox and Felipe Calderon fired back at Senator Dupont.",
    ],
)
def test_attack_between_politicians_is_words(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert "111" in codes
    assert not any(code.startswith(("18", "19", "20")) for code in codes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The congressman assaulted a reporter on Wednesday.",
        "A man attacked Senator Dupont outside his home.",
        "Rebels fired at Senator Dupont's convoy near Kandahar.",
    ],
)
def test_attack_on_reporter_or_by_unknown_stays_force(pipe: Pipeline, text: str) -> None:
    assert any(code.startswith(("18", "19")) for code in _codes(pipe, text))


@pytest.mark.model
def test_odds_shooting_up_is_no_force(pipe: Pipeline) -> None:
    text = "The odds of the Democrats regaining control of the Senate have shot up this week."
    assert not any(code.startswith(("18", "19")) for code in _codes(pipe, text))


@pytest.mark.model
def test_rebels_shooting_up_a_village_stays_force(pipe: Pipeline) -> None:
    text = "Rebels shot up the village of Kamenge on Monday."
    assert any(code.startswith("18") for code in _codes(pipe, text))
