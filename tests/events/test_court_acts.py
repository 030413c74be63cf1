"""A finding of guilt given to a state with no agent named is its courts' act
(events._COURT_ACTS); needs the model."""

from __future__ import annotations

import pytest
from factories import event_dicts

from geowire import Pipeline

pytestmark = pytest.mark.model



def _events(pipe: Pipeline, text: str) -> list[dict]:
    # ``pipe`` is tests/events/conftest.py's
    return event_dicts(pipe, text, "2025-03-12")


def test_an_agentless_conviction_is_the_courts_act(pipe: Pipeline) -> None:
    text = "John Brown, 41, from Manchester, was convicted of attempting to buy a poison."
    sources = [(e["source"] or {}).get("code") for e in _events(pipe, text) if e["cameo"] == "116"]
    assert sources == ["GBRJUD"]


def test_a_named_court_keeps_its_own_code(pipe: Pipeline) -> None:
    text = "A Paris court convicted the mayor of fraud."
    sources = [(e["source"] or {}).get("code") for e in _events(pipe, text) if e["cameo"] == "116"]
    assert sources == ["FRAJUD"]
