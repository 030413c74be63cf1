"""A row of yielding (CAMEO 08) that restricts only the verb's object ("lift * curfew",
"ease * &SANCTIONS") reads the passive too: its subject is that object and the "by" agent
yields ("the curfew was lifted by the army")."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_sanctions_eased_in_the_passive_are_eased_by_the_agent(pipe: Pipeline) -> None:
    got = _triples(pipe, "Sanctions against Bolivia were eased by Chile on Monday.")
    assert ("CHL", "085", "BOL") in got


@pytest.mark.model
def test_a_curfew_lifted_in_the_passive_is_lifted_by_the_agent(pipe: Pipeline) -> None:
    got = _triples(pipe, "The curfew was lifted by the Chilean government.")
    assert any(s.startswith("CHL") and c == "0813" for s, c, _t in got)
