"""Narrowed readings of blame and force: a that-clause a party denies accuses no one
(events._said_untrue); an armed backer shares only the generic code of fighting, not the
ground the doer took (Action.backer, HOLDING_CODES); an attack on a party's
positions "on" a matter, or by a doer that bears no arms, is words
(senses._attack_on_a_matter), while a state named as a whole striking positions fights
(senses._state_strikes_positions); targets, tunnels or training camps aimed at by a civil body
on a civil party's, and a campaign "of" a matter, are no force (``shared_target_nouns``,
senses.figurative_force). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2024-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Chadian army denied that the rebels committed the massacre.",
        "Mali denied that Tuareg rebels were responsible for the ambush.",
        "The Chadian army denied that Boko Haram carried out the massacre near the lake.",
    ],
)
def test_a_denied_clause_accuses_no_one(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c.startswith("11") for c, _, _ in found), found


@pytest.mark.model
def test_a_clause_said_not_denied_still_accuses(pipe: Pipeline) -> None:
    found = _codes(pipe, "The Chadian army said Boko Haram committed the massacre.")
    assert any(c == "112" for c, _, _ in found), found


@pytest.mark.model
def test_an_armed_backer_shares_no_ground_taken(pipe: Pipeline) -> None:
    found = _codes(
        pipe, "Malian troops backed by French airstrikes recaptured the town from Al-Qaeda."
    )
    backed = [c for c, s, _ in found if s == "FRA"]
    assert not any(c in ("192", "173") for c in backed), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The minister attacked the Taliban's positions on girls' schooling.",
        "Senators attacked the army's positions on the budget.",
    ],
)
def test_positions_on_a_matter_are_stances(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c.startswith(("18", "19")) for c, _, _ in found), found


@pytest.mark.model
def test_a_state_attacking_rebel_positions_still_fights(pipe: Pipeline) -> None:
    found = _codes(pipe, "The army attacked rebel positions near the town.")
    assert any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry targeted training camps for nurses with new grants.",
        "Chad has waged an insurgency of disinformation against Niger, officials said.",
    ],
)
def test_civil_targets_and_campaigns_of_matters_are_no_force(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert not any(c.startswith(("18", "19")) for c, _, _ in found), found


@pytest.mark.model
def test_an_armed_partys_tunnels_targeted_stay_force(pipe: Pipeline) -> None:
    found = _codes(pipe, "Israel targeted Hezbollah tunnels near the border.")
    assert any(c.startswith("19") for c, _, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Turkey struck Kurdish positions in northern Iraq.",
        "Russia attacked Ukrainian positions near the river.",
        "Israel struck Syrian army positions near Damascus.",
    ],
)
def test_a_state_striking_positions_fights(pipe: Pipeline, text: str) -> None:
    found = _codes(pipe, text)
    assert any(c.startswith("19") for c, _, _ in found), found
    assert not any(c.startswith("11") for c, _, _ in found), found


@pytest.mark.model
def test_a_government_attacking_positions_still_speaks(pipe: Pipeline) -> None:
    found = _codes(pipe, "The senator attacked the administration's positions.")
    assert not any(c.startswith(("18", "19")) for c, _, _ in found), found
