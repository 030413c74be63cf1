"""A warning that the speaker will act on another party is a threat against that party,
whatever the act, also one no table codes ("warned that it would exert pressure on X",
``own_act_threat_heads``, ``own_act_prepositions``, events/extract.py), on invented
sentences with the whole pipeline; an act on no party, or a negated one, stays no threat."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2021-03-02")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway warned that it would exert more pressure on Iran.", "NOR", "IRN"),
        ("Chile warned that it would punish Bolivia's army.", "CHL", "BOLMIL"),
    ],
)
def test_an_own_act_on_a_party_warned_of_is_a_threat(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c[:2] == "13" and s == source and t == target for c, s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The charity warned that it would run out of money by June.",
        "Peru warned that it would not tolerate attacks on Chile's diplomats.",
    ],
)
def test_no_threat_without_a_party_acted_on(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not any(c[:2] == "13" for c, _, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the party another's act is on, or the one protected: no target of the warner
        "Peru warned that it would answer any aggression against Bolivia.",
        "Chile warned that it would treat any intervention against Bolivia as an act of war.",
        "Peru warned it would protect Bolivia from Chilean pressure.",
        # a verb's own complement, a place: no act on a party
        "Peru's government warned that it would rely on Brazil for fuel.",
        "The ministry warned that it would cut jobs at Bolivian banks.",
    ],
)
def test_a_party_protected_helped_or_a_place_is_no_target_of_the_warning(
    pipe: Pipeline, text: str
) -> None:
    got = _events(pipe, text)
    assert not any(c[:2] == "13" and t is not None for c, _, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # "any" before parties, not before an act: the parties the warned act is on
        ("Chile warned it would punish any Bolivian separatists.", "BOLSEP"),
        ("Peru warned it would treat any Chilean troops in Bolivia as targets.", "CHLMIL"),
    ],
)
def test_any_party_named_is_the_target_of_the_warning(
    pipe: Pipeline, text: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c[:2] == "13" and t == target for c, _, t in got), got
