"""Rows of the verb dictionary for CAMEO roots news words often and geowire missed: troops
ordered to a party's land (150) or increased (154), dissatisfaction voiced (111), a
ceasefire between two parties (0871), and a reply vowed to an act of force with no one
named (130, a threat, no intention to cooperate)."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_troops_ordered_to_a_country_are_deployed_there(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile ordered 500 troops to Bolivia on Monday.")
    assert ("CHL", "150", "BOL") in got
    got = _triples(pipe, "Chile ordered its troops to withdraw from Bolivia.")
    assert not any(c == "150" for _s, c, _t in got)


@pytest.mark.model
def test_troops_increased_are_armed_forces_increased(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile is increasing its troops in Bolivia.")
    assert any(s == "CHL" and c == "154" for s, c, _t in got)


@pytest.mark.model
def test_dissatisfaction_expressed_with_a_party_is_criticism(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile expressed strong dissatisfaction with Peru.")
    assert ("CHL", "111", "PER") in got


@pytest.mark.model
def test_a_ceasefire_between_two_parties_is_mutual(pipe: Pipeline) -> None:
    got = _triples(pipe, "A ceasefire between Chile and Peru took effect on Monday.")
    assert {("CHL", "0871", "PER"), ("PER", "0871", "CHL")} <= got


@pytest.mark.model
def test_a_reply_vowed_to_an_attack_is_a_threat(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile vowed to respond to the bombing.")
    assert any(s == "CHL" and c == "130" for s, c, _t in got)
    assert not any(c.startswith("03") for _s, c, _t in got)


@pytest.mark.model
def test_intelligence_shared_with_a_party_targets_that_party(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile shared intelligence with Peru.")
    assert ("CHL", "064", "PER") in got
    got = _triples(pipe, "Chile provided intelligence to Peru.")
    assert ("CHL", "064", "PER") in got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Talks on a ceasefire between Chile and Peru stalled on Monday.",
        "Bolivia called for a truce between Chile and Peru.",
        "The collapse of the truce between Chile and Peru alarmed Bolivia.",
        "Fighting resumed despite the ceasefire between Chile and Peru.",
        "The ceasefire between Chile and Peru has largely held since February.",
    ],
)
def test_a_truce_talked_of_called_for_or_ended_is_not_declared(pipe: Pipeline, text: str) -> None:
    got = _triples(pipe, text)
    assert not any(c == "0871" and {s, t} == {"CHL", "PER"} for s, c, t in got)


@pytest.mark.model
def test_a_truce_brokered_between_two_parties_is_theirs(pipe: Pipeline) -> None:
    got = _triples(pipe, "Bolivia brokered a ceasefire between Chile and Peru.")
    assert {("CHL", "0871", "PER"), ("PER", "0871", "CHL")} <= got


@pytest.mark.model
def test_intelligence_shared_with_help_targets_no_helper(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile shared intelligence with the help of Peruvian satellites.")
    assert not any(c == "064" and t == "PER" for _s, c, t in got)
