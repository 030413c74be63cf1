"""A thing handed over is no party: the object of a verb of giving headed by a weapon or
supply noun (``giving_verbs``, ``given_thing_nouns``) names neither the armed forces (a
military craft) nor a party through a product name before it; the receiver is the "to"
phrase. Arms named by the general military vocabulary (&ARMS) are military aid; needs the
model."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a military craft is no armed force when it is what is sent
        ("Italy sent fighter jets to Latvia.", "ITA", "LVA"),
        # a product name before the weapon noun is no party
        ("Spain delivered Centauro tanks to Latvia on Monday.", "ESP", "LVA"),
        ("Norway supplied Hawk missiles to Estonia.", "NOR", "EST"),
    ],
)
def test_the_thing_given_is_no_party(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert (source, "072", target) in acts, acts
    assert all(t == target for _s, c, t in acts if c.startswith("07")), acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Portugal sent howitzers to Estonia.",
        "Portugal delivered artillery shells to Estonia.",
        "Portugal transferred armored vehicles to Estonia.",
    ],
)
def test_arms_of_the_military_vocabulary_are_military_aid(pipe: Pipeline, text: str) -> None:
    acts = coded_acts(pipe, text, "2024-03-05")
    assert ("PRT", "072", "EST") in acts, acts


@pytest.mark.model
def test_arms_pledged_are_an_intent_to_give_military_aid(pipe: Pipeline) -> None:
    acts = coded_acts(pipe, "Portugal pledged tanks to Estonia.", "2024-03-05")
    assert ("PRT", "0332", "EST") in acts, acts


@pytest.mark.model
def test_a_party_object_of_a_giving_verb_stays_the_receiver(pipe: Pipeline) -> None:
    # the receiver as the object, the arms after "with": unchanged
    acts = coded_acts(pipe, "Norway supplied Estonia with missiles.", "2024-03-05")
    assert ("NOR", "072", "EST") in acts, acts


@pytest.mark.model
def test_the_thing_an_infinitive_gives_is_no_party_of_the_appeal(pipe: Pipeline) -> None:
    # the craft to be sent is not the one appealed to (was MDAMIL)
    acts = coded_acts(
        pipe, "The Moldovan president urged the West to send fighter jets.", "2024-03-05"
    )
    assert acts and all(t != "MDAMIL" for _s, c, t in acts if c.startswith("02")), acts
