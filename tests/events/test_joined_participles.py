"""Joined passive participles on a party share the agent the last one names ("armed and
trained by X"); one with an agent of its own is done by it; a bare participle with a "by"
agent the parser made a clause's verb is passive."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_joined_participles_share_the_agent(pipe: Pipeline) -> None:
    got = _triples(pipe, "The militias, armed and trained by Chile, crossed the river.")
    assert any(s == "CHL" and c == "062" for s, c, _t in got)
    assert not any(t == "CHL" for _s, _c, t in got)


@pytest.mark.model
def test_a_reduced_relative_read_as_the_verb_stays_passive(pipe: Pipeline) -> None:
    got = _triples(pipe, "Militias armed and trained by Chile crossed the river.")
    assert any(s == "CHL" and c == "072" for s, c, _t in got)
    assert not any(c == "072" and t == "CHL" for _s, c, t in got)


@pytest.mark.model
def test_a_joined_participle_with_its_own_agent_is_its_agents(pipe: Pipeline) -> None:
    got = _triples(pipe, "Militias backed by Peru and armed by Chile crossed the river.")
    assert any(s == "CHL" and c == "072" for s, c, _t in got)
    assert not any(s == "PER" and c == "072" for s, c, _t in got)


@pytest.mark.model
def test_a_party_supplied_is_aided(pipe: Pipeline) -> None:
    got = _triples(pipe, "The militias, supplied by Chile, crossed the river.")
    assert any(s == "CHL" and c == "070" for s, c, _t in got)
    got = _triples(pipe, "Chile supplied the militias with weapons.")
    assert any(s == "CHL" and c == "072" for s, c, _t in got)
