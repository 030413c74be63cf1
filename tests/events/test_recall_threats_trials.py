"""Recall of threats, coercion and reduced relations by general constructions (session 17):
a "^" phrase skip in geowire's own rows is optional ("warned of retaliation against X"); an
act its subject is to undergo, named by no one, stays planned, no threat ("will be
sentenced"); warnings of military action or reprisals are threats of force; trials; an
envoy's recall and a pledge of aid named by their nouns; a statement that someone will face
consequences or pay a price; an arrest a state authority tells in the passive; a threat said
in a speaker's own quoted words. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline

_PUB = "2021-05-01"


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, _PUB)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # the skipped actor phrase is optional: the word wanted stands before the target
        ("Iran warned of retaliation against Israel.", ("IRN", "138", "ISR")),
        ("The United States warned of sanctions against Russia.", ("USA", "1312", "RUS")),
        # warnings of one's own military action or reprisals
        ("Turkey warned of military action against Greece.", ("TUR", "138", "GRC")),
        ("Egypt warned of reprisals against Sudan.", ("EGY", "138", "SDN")),
    ],
)
def test_warning_of_force_is_threat(
    pipe: Pipeline, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
def test_undergone_plan_stays_planned(pipe: Pipeline) -> None:
    doc = pipe("The former Peruvian minister will be sentenced next week.", published=_PUB)
    got = [(e.cameo, e.modality) for e in doc.events]
    assert ("173", "planned") in got, got
    assert not any(c.startswith("13") for c, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Turkish court put the journalists on trial.", ("TURJUD", "173", "TURMED")),
        ("The Egyptian opposition leader stood trial in Cairo.", (None, "173", "EGYOPP")),
        (
            "Saudi Arabia's recall of its ambassador from Canada deepened the crisis.",
            ("SAU", "161", "CAN"),
        ),
        ("Germany's pledge of aid to Ukraine was welcomed.", ("DEU", "033", "UKR")),
    ],
)
def test_trials_recalls_pledges(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str]
) -> None:
    got = _codes(pipe, text)
    if expected[0] is None:
        assert any(c == expected[1] and t == expected[2] for _, c, t in got), got
    else:
        assert expected in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Canada said Venezuela would face severe consequences.", ("CAN", "130", "VEN")),
        ("North Korea said Japan will pay a heavy price.", ("PRK", "130", "JPN")),
        ("Britain said Russia could face sanctions.", ("GBR", "1312", "RUS")),
        ("Egypt warned that Ethiopia would face consequences.", ("EGY", "130", "ETH")),
        ("Canada says Venezuela will bear the consequences.", ("CAN", "130", "VEN")),
        ("North Korea said Japan would pay dearly.", ("PRK", "130", "JPN")),
        ("Canada said there would be consequences.", ("CAN", "130", None)),
    ],
)
def test_said_to_face_consequences_is_threat(
    pipe: Pipeline, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
def test_sanctions_faced_now_are_no_threat(pipe: Pipeline) -> None:
    got = _codes(pipe, "Canadian officials said Venezuela faces new sanctions.")
    assert not any(c.startswith("13") for _, c, _ in got), got


@pytest.mark.model
def test_authority_reporting_passive_arrest_made_it(pipe: Pipeline) -> None:
    got = _codes(
        pipe,
        "Twelve men were arrested on weapons charges, the Armenian Interior Ministry said.",
    )
    assert ("ARMGOV", "173", None) in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"We will retaliate against any aggression," the Iraqi defense minister said.',
            ("IRQGOV", "138"),
        ),
        (
            '"We will impose sanctions on Belarus," the Polish prime minister said.',
            ("POLGOV", "1312"),
        ),
    ],
)
def test_quoted_own_threat_is_coded(pipe: Pipeline, text: str, expected: tuple[str, str]) -> None:
    got = _codes(pipe, text)
    assert any((s, c) == expected for s, c, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"We will crush the Republicans in November," the Democratic senator said.',
        '"Israel will attack Iran," the Iranian foreign minister said.',
        '"We will not attack Iran," the Israeli prime minister said.',
    ],
)
def test_quoted_rival_forecast_or_refusal_is_no_threat(pipe: Pipeline, text: str) -> None:
    got = _codes(pipe, text)
    assert not any(c.startswith("13") for _, c, _ in got), got
