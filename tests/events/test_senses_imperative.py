"""An act told by an imperative that opens its sentence ("Call the party's bluff on the
nominee") is the writer's advice to the reader, no act of a party; a headline's act with
its subject ("Israel strikes Gaza") or infinitive ("Kenya to deploy police") stays.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2024-03-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Call the ruling party's bluff on the Supreme Court nominee.",
        "Just ask Senator Ana Ruiz of Kenya, twice passed over for the job.",
    ],
)
def test_an_imperative_is_the_writers_advice(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith(("02", "05")) for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Israel strikes Gaza as ceasefire talks stall.",
        "Kenya to deploy police officers to Haiti.",
    ],
)
def test_a_headline_with_its_subject_stays_an_act(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) != []
