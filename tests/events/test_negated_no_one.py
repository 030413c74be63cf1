"""An act told not done whose doer, undergoer or object is no one ("no soldiers were
killed", "none of the gunmen was arrested") happened to no party: no event. An act told
not done to a party stays negated. Through the whole pipeline; the sentences are made up."""

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
        "The ministry said no Italian soldiers were killed in the ambush.",
        "The governor said none of the gunmen was arrested.",
        "No villagers were injured, the police said.",
    ],
)
def test_an_act_done_to_no_one_is_no_event(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "French police did not arrest the protesters.",
        # the thing negated, the party it is not done to named apart
        "No charges were filed against Italian Prime Minister Giorgia Meloni.",
    ],
)
def test_an_act_not_done_to_a_party_stays(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text)
