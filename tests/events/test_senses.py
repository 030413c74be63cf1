"""Word senses the coder tells apart by who acts: a strike by people who bear no arms is
a stoppage of work, not a use of force. Through the whole pipeline (actors coded by it)."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


def _codes(pipe: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipe(text, published="2025-03-12").events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Teachers in Iraq launched a strike against the government on Monday.", "143"),
        ("Iraqi teachers struck on Monday, demanding higher pay from the government.", "143"),
        # an armed party's strike is force
        ("Russia launched a strike on Kyiv on Monday.", "190"),
    ],
)
def test_a_strike_by_people_who_bear_no_arms_is_a_stoppage_of_work(
    pipe: Pipeline, text: str, code: str
) -> None:
    assert _codes(pipe, text) == [code]
