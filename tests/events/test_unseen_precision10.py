"""Precision on unseen political news (precision10): an attack by no one named at a
candidate (a lawmaker, a party's candidate), in the active voice, with no subject told and no
word of bodily harm or weapons in its sentence, is words (criticism, 111), no force; so is a
participle of an ad conjoined to another ("ads supporting X and attacking Y"). A passive
attack, one with a weapon or a wound, one by "somebody" and one by an armed party stay
force. Money a donor gives to a candidate, or a candidate takes, is a political
contribution, no aid (07); a state's or an international body's money stays aid. Through
the whole pipeline; the sentences are made up."""

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
        "The new group will focus solely on attacking Senator Dupont, not boosting Moreau.",
        "The PAC ran ads supporting Senator Moreau and attacking Senator Dupont.",
    ],
)
def test_unsigned_attack_at_candidate_is_words(pipe: Pipeline, text: str) -> None:
    codes = {code for _, code, _ in _codes(pipe, text)}
    assert "111" in codes
    assert not any(code.startswith(("18", "19", "20")) for code in codes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Dupont was attacked outside his home on Monday.",
        "A man attacked Senator Dupont with a knife on Monday.",
        "Gunmen attacked Senator Dupont's convoy and wounded two guards on Monday.",
        "Rebels attacked Senator Dupont near Kandahar on Monday.",
        "Somebody attacked Senator Dupont outside a cafe on Monday.",
    ],
)
def test_attack_with_harm_stays_force(pipe: Pipeline, text: str) -> None:
    assert any(code.startswith(("18", "19")) for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In 2012, the actor donated $750 to Senator Dupont's campaign.",
        "Last year, the company gave $10 million to a group backing Senator Dupont.",
        "Senator Dupont has not accepted money from the oil industry.",
        "In 2008, Bradley Cooper donated $750 to Hillary Clinton's campaign.",
    ],
)
def test_campaign_money_is_no_aid(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("07") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States gave $10 million in aid to Afghanistan.",
        "The European Union donated $5 million to Haiti.",
        "President Obama gave $10 million to the Afghan parliament.",
    ],
)
def test_state_money_stays_aid(pipe: Pipeline, text: str) -> None:
    assert any(code.startswith("07") for _, code, _ in _codes(pipe, text))
