"""A bare role's country is not that of whom its verb acts for or whom an infinitive it
is the doer of acts on (geowire.actors.context; made-up sentences, needs the model): 'the
Senate approved aid for Ukraine' (``beneficiary_prepositions``), 'urged the government to
punish Iran' (the object of the verb is the infinitive's subject)."""

from __future__ import annotations

import pytest

import geowire

_OHIO = "WASHINGTON (AP) _ Senator Ada Obi of Ohio spoke in Dayton on Monday. "


def _codes(text: str) -> dict[str, str | None]:
    doc = geowire.extract(text, published="2024-03-05")
    return {a.name: a.code for a in doc.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        ("The Senate voted to send weapons for Ukraine.", "Senate", "USALEG"),
        ("Congress approved $10 million in aid for Moldova on Tuesday.", "Congress", "USALEG"),
    ],
)
def test_whom_a_role_acts_for_is_not_its_country(sentence: str, name: str, code: str) -> None:
    assert _codes(_OHIO + sentence).get(name) == code


@pytest.mark.model
def test_whom_an_object_s_infinitive_acts_on_is_not_its_country() -> None:
    assert _codes(_OHIO + "She urged the government to punish Iran.").get("government") == (
        "USAGOV"
    )


@pytest.mark.model
def test_a_role_s_own_country_still_counts() -> None:
    # the country the role's own phrase names is still its own
    codes = _codes(_OHIO + "The Ukrainian parliament approved aid for farmers.")
    assert codes.get("Ukrainian parliament") == "UKRLEG"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "name", "code"),
    [
        # a verb of allegiance tells whose side its subject is on
        ("The militia fights for the Syrian government and has attacked Turkish troops.",
         "militia", "SYRREB"),
        # an armed opponent bidden to talk with a government is of that government's state
        ("She urged the rebels to negotiate with the Syrian government.", "rebels", "SYRREB"),
        ("Norway encouraged the guerrillas to resume talks with the Colombian government.",
         "guerrillas", "COLREB"),
    ],
)
def test_allegiance_and_armed_opponents_keep_their_side(
    sentence: str, name: str, code: str
) -> None:
    assert _codes(_OHIO + sentence).get(name) == code
