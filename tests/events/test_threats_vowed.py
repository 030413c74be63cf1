"""Threats of force vowed: a state's or armed party's retort "hit back at" a fighting force
is a blow returned (190), and vowed or threatened a threat of force (138), while the words
"hit back at" critics or at one person stay criticism (111); revenge pledged or sworn is a
threat of force. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2021-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Greece vowed to hit back at Turkish forces.", ("GRC", "138", "TURMIL")),
        ("Erdogan vowed to hit back at Syrian forces.", ("TURGOV", "138", "SYRMIL")),
        ("Iran threatened to hit back at the rebels.", ("IRN", "138", "IRNREB")),
        ("Greece hit back at Turkish forces, shelling their posts.", ("GRC", "190", "TURMIL")),
        ("The militants pledged revenge against the government.", ("REB", "138", "GOV")),
    ],
)
def test_vowed_blow_is_threat_of_force(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister hit back at the army chief.",
        "China hit back at the United States over tariffs.",
        # a leader's retort told as done is words
        "President Ghani hit back at the Taliban, calling them cowards.",
    ],
)
def test_retort_at_person_or_state_stays_criticism(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert any(c == "111" for _, c, _ in codes), codes
    assert not any(c[:2] in ("13", "19") for _, c, _ in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Greece vowed to respond to any Turkish attack.", ("GRC", "130", "TUR")),
        ("Israel vowed to respond to the Hezbollah attack.", ("ISR", "130", "LBNREBHEZ")),
        ("North Korea threatened to respond to South Korean drills.", ("PRK", "130", "KOR")),
    ],
)
def test_vowed_reply_to_force_is_threat(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a reply to no act of force, or the act's victim named: no one threatened
        "The Kenyan mayor vowed to respond to residents' complaints.",
        "Greece vowed to respond to the attack on its troops.",
    ],
)
def test_vowed_reply_without_threatened_party(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert not any(c.startswith("13") for _, c, _ in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Brazil's exit from the pact threatens grain supplies.",
        "Chile's rise threatens the region.",
    ],
)
def test_an_act_or_thing_that_threatens_is_a_danger_not_a_threat(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("13") for _s, code, _t in _codes(pipe, text))


@pytest.mark.model
def test_a_party_that_threatens_still_threatens(pipe: Pipeline) -> None:
    assert any(code.startswith("13") for _s, code, _t in _codes(pipe, "Brazil threatened Chile."))
