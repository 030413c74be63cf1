"""Talks, a meeting or a visit a clause's act follows ("after talks with Y, X pledged
aid", ``sequel_prepositions``) were had by the clause's agent, even when its own verb is an
act of its own, as on an occasion ("during talks with Y, X ...")."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_talks_a_coded_act_follows_are_its_agents(pipe: Pipeline) -> None:
    got = _triples(pipe, "After talks with Peru, Chile agreed to reopen the border.")
    assert {("CHL", "046", "PER"), ("PER", "046", "CHL")} <= got
    assert any(s == "CHL" and c[:2] == "03" for s, c, _t in got)


@pytest.mark.model
def test_a_visit_a_coded_act_follows_is_its_agents(pipe: Pipeline) -> None:
    got = _triples(pipe, "After a visit to Lima, the Chilean president pledged aid to Peru.")
    assert any(s.startswith("CHL") and c == "042" and t.startswith("PER") for s, c, t in got)


@pytest.mark.model
def test_an_attack_a_coded_act_follows_is_not_its_agents(pipe: Pipeline) -> None:
    got = _triples(pipe, "After an attack on its embassy, Chile recalled its envoy from Peru.")
    assert not any(s == "CHL" and c[:2] in ("18", "19") for s, c, _t in got)
