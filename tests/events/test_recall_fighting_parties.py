"""Fighting and its parties: fighting told with how long it lasted is force on the party
fought ("fought the government for years"); armed foes neutralized and an insurgency
against a party are force (verbs.tsv ``&FOES``, ``insurgency against``); parties that
fight beside the doer (backed by, alongside) do the act too (extract._co_combatants,
events.tsv ``combat_backing_verbs``); a strike named by its weapon is force, whatever
it is aimed at (senses._weapon_named); a town read as its state, captured, is
territory taken (senses._names_state); targets, launchers and hideouts struck are force
(``&STRUCK``). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2024-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, dyad",
    [
        ("The Chadian rebels have been fighting the government for years.", ("TCDREB", "TCD")),
        ("Malian soldiers neutralized 30 terrorists near Gao.", ("MLIMIL", "MLI")),
        ("The rebels have waged an insurgency against Chad for decades.", ("TCDREB", "TCD")),
        ("Israel targeted Hezbollah military infrastructure near Tyre.", ("ISR", "LBN")),
    ],
)
def test_fighting_that_lasted_and_foes_neutralized_are_force(
    pipe: Pipeline, text: str, dyad: tuple[str, str]
) -> None:
    found = _codes(pipe, text)
    assert any(
        c.startswith("19") and (s or "").startswith(dyad[0]) and (t or "").startswith(dyad[1])
        for c, s, t in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The senator has fought for lower taxes for twenty years.",
        "The vaccine is meant to neutralize the virus.",
    ],
)
def test_a_cause_fought_for_is_no_force(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, backer",
    [
        ("Malian troops backed by Chadian soldiers killed 20 militants near Gao.", "TCDMIL"),
        ("Congolese troops fighting alongside Burundian soldiers attacked M23 rebels.", "BDIMIL"),
    ],
)
def test_an_armed_backer_fights_too(pipe: Pipeline, text: str, backer: str) -> None:
    found = _codes(pipe, text)
    assert any(c.startswith("19") and s == backer for c, s, _ in found), found


@pytest.mark.model
def test_an_unarmed_backer_does_not_fight(pipe: Pipeline) -> None:
    found = _codes(pipe, "Rebels backed by Rwanda seized the town of Sake in Congo.")
    assert not any(c.startswith("19") and s == "RWA" for c, s, _ in found), found


@pytest.mark.model
def test_air_strikes_on_positions_are_force(pipe: Pipeline) -> None:
    found = _codes(
        pipe, "Israel carried out a new round of air strikes against Hamas positions in Gaza."
    )
    assert any(c.startswith("19") for c, _, _ in found), found
    assert not any(c.startswith("11") for c, _, _ in found), found


@pytest.mark.model
def test_positions_attacked_in_words_stay_criticism(pipe: Pipeline) -> None:
    found = _codes(pipe, "The senator attacked the governor's positions on trade.")
    assert not any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.model
def test_a_town_read_as_its_state_captured_is_territory(pipe: Pipeline) -> None:
    found = _codes(pipe, "M23 rebels captured Goma on Monday.")
    assert any(c == "192" for c, _, _ in found), found
    assert not any(c == "173" for c, _, _ in found), found
