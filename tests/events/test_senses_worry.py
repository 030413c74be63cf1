"""A worry about what may come ("expressed concern that X could ...") is a pessimistic
comment (CAMEO 012), no criticism; concern about a party's act done or being done stays
criticism. Through the whole pipeline; the sentences are made up."""

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
        "The union's president, Ana Ruiz, expressed concern that even some of her members "
        "could find Senator Moreau appealing.",
        "The European Union expressed concern that Serbia could block the deal with Kosovo.",
    ],
)
def test_a_worry_about_what_may_come_is_no_criticism(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith("11") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Germany expressed concern that Hungary had blocked the aid package for Ukraine.",
        "The State Department expressed concern about the deployment of Russian troops.",
    ],
)
def test_concern_about_an_act_done_stays_criticism(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c.startswith("11") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In Paris, the French foreign ministry voiced concern about unrest in the region.",
        "Several senators expressed concerns about the cost of the new regulation.",
    ],
)
def test_a_worry_aimed_at_no_party_is_no_criticism(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith("11") for c, _s, _t in evs), evs
    assert any(c == "012" for c, _s, _t in coded_events(pipe, text, "2024-03-05"))
