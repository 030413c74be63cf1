"""An invitation to a guest's part at a gathering (to speak, attend, appear, testify: verbs.tsv
&GUESTPART) or to a social or campaign occasion (a wedding, a debate, a rally: &OCCASION) is
hospitality, no appeal (020); invitations to visit, to talks or to a summit stay intent to
meet (036), and one to act, or observers invited to attend, stays an appeal. Through the
whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2020-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader was invited to appear at the party convention.",
        "The candidate invited her rival to a televised debate.",
        "The mayor was not invited to the royal wedding.",
        "The governor invited the president to a rally in Ohio.",
    ],
)
def test_an_invited_guest_is_no_appeal(pipe: Pipeline, text: str) -> None:
    assert not {c for c in _codes(pipe, text) if c[:2] in ("02", "03")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Putin invited Xi Jinping to attend the BRICS summit in Kazan.", "036"),
        ("Zelenskyy was invited to speak at the NATO summit in Vilnius.", "036"),
        ("NATO invited Sweden and Finland to join the alliance.", "020"),
        ("The junta invited the rebels to lay down their arms.", "020"),
        ("Myanmar's junta invited ASEAN observers to attend the vote.", "020"),
    ],
)
def test_invitations_to_meet_or_act_stay(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Turkey invited the Syrian opposition to attend a regional forum in Ankara.",
        "The United Nations invited the military government to address the General Assembly.",
        "Parliament invited the Moldovan president to address a joint session.",
        "Armenia's prime minister invited the protesters to a debate on the new constitution.",
    ],
)
def test_a_state_invitation_to_a_forum_is_intent_to_meet(pipe: Pipeline, text: str) -> None:
    assert "036" in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The college invited the novelist to speak at a conference on climate.",
        "The engineer had been invited to give a lecture to a conference on robotics.",
    ],
)
def test_a_private_invitation_to_a_conference_is_no_intent_to_meet(
    pipe: Pipeline, text: str
) -> None:
    assert "036" not in _codes(pipe, text)
