"""Precision on unseen news (precision9): a fire that names a blaze kills by accident, not by
anyone's force ("gunfire" readings stay: "Israeli fire", "tank fire", "fire from X"); a war
fought in, told in a relative clause to say who people are, is no act ("veterans who fought
in Vietnam"); goods and services offered for sale are no offer of cooperation; a person
pulled out of water is a rescue, beating out a rival for a seat a contest, striking a nerve
a figure of speech and visiting relatives a private visit. Acts of the same words stay.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2016-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A fire at a textile factory in Dhaka killed nine workers on Sunday.",
        "A massive fire killed 20 patients at a hospital in Baghdad.",
        "Six Kenyan students were killed in a fire at a hotel in Nairobi.",
        "A fire at a market in Lagos killed 12 traders.",
        "A gas leak killed four miners in Silesia.",
        "Wildfires killed 60 people in Portugal last summer.",
    ],
)
def test_blaze_kills_no_one_by_force(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith(("18", "19", "20")) for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israeli fire killed two Palestinians near the border fence.",
        "Heavy fire from Syrian troops killed eight rebels near Idlib.",
        "Three soldiers were killed by fire from militants near Kandahar.",
    ],
)
def test_gunfire_stays(pipe: Pipeline, text: str) -> None:
    assert any(code == "190" for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Veterans who fought in Korea gathered in Seoul for the anniversary.",
        "Twelve soldiers who fought and were wounded in Iraq are being tested for hepatitis.",
    ],
)
def test_war_fought_in_describes_people(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("19") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels who fought government troops near Homs have withdrawn.",
        "Militants who fought against the army on Monday fled to the hills.",
    ],
)
def test_fighting_a_side_stays(pipe: Pipeline, text: str) -> None:
    assert any(code == "190" for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Several airlines are offering cheap flights to Moscow this winter.",
        "The ministry offered free tickets to see the president in Lyon.",
        "The Iraqi police officer dove into the lake and pulled out two swimmers.",
        "The firefighters pulled out a Syrian refugee from the river.",
        "Ruiz has beaten out Senator Soto for the council's District 2 seat.",
        "The Iranian minister struck a nerve with Israeli officials.",
        "The Chilean minister was visiting relatives in Madrid when the storm hit.",
    ],
)
def test_senses_with_no_event(pipe: Pipeline, text: str) -> None:
    assert not any(
        code.startswith(("03", "04", "08", "18", "19", "11")) for _, code, _ in _codes(pipe, text)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan offered aid to Indonesia after the earthquake.", "033"),
        ("Russia pulled its peacekeepers out of Georgia.", "1661"),
        ("Police beat protesters in Cairo on Friday.", "175"),  # repression
    ],
)
def test_same_words_stay(pipe: Pipeline, text: str, code: str) -> None:
    assert any(c == code for _, c, _ in _codes(pipe, text))


@pytest.mark.model
def test_calm_appeal_to_the_public_is_advice(pipe: Pipeline) -> None:
    codes = _codes(pipe, "The health minister urged residents not to panic.")
    assert not any(code.startswith("02") for _, code, _ in codes)


@pytest.mark.model
def test_appeal_to_a_state_stays(pipe: Pipeline) -> None:
    codes = _codes(pipe, "The United Nations urged Iran to report its nuclear activities.")
    assert any(code.startswith("02") for _, code, _ in codes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The WHO raised its pandemic alert level from four to five.", False),
        ("The ministry raised the flu alert to its highest level.", False),
        ("The army raised its alert level along the border.", True),
        ("The government raised the terror alert level after the bombing.", True),
    ],
)
def test_health_alert_is_no_force_posture(pipe: Pipeline, text: str, kept: bool) -> None:
    assert any(code.startswith("15") for _, code, _ in _codes(pipe, text)) is kept


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ministry officials did not return phone calls seeking comment.",
        "The embassy did not immediately return a call for comment on Friday.",
    ],
)
def test_calls_for_comment_not_returned_are_no_consultation(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("04") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
def test_phone_call_held_stays(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Obama held a phone call with Putin on Friday.")
    assert any(code == "041" for _, code, _ in codes)
