"""An act a hope, fear or prospect is of or for, also through the noun of its course
("hopes for a resumption of talks between X and Y", "the danger of reporters being
kidnapped"), is foreseen, not done; and what a verb of winning over asks of its object is
not done when the winning over is only an aim ("in an effort to convince X to support
Y"). A passive gerund ("being invited") is a gerund: after a privative preposition it is
not done ("without being invited"). Through the whole pipeline; the sentences are made up."""

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
        "Hopes for a resumption of talks between Chile and Peru faded on Monday.",
        "Prospects for peace talks between Chile and Peru dimmed this week.",
        "Brazil tried to play down expectations for a quick renewal of negotiations between"
        " Chile and Peru.",
        "There is the danger of Chilean reporters being kidnapped by Peruvian gangs.",
        "The envoy flew to Lima in an effort to convince Peru to support the plan.",
    ],
)
def test_an_act_only_foreseen_or_aimed_at_is_no_event(pipe: Pipeline, text: str) -> None:
    assert _events(pipe, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The talks between Chile and Peru resumed on Monday.", "04"),
        ("Chilean reporters were kidnapped by Peruvian gangs on Monday.", "18"),
        ("The envoy convinced Peru to support the Chilean plan.", "05"),
    ],
)
def test_the_same_act_told_done_stays(pipe: Pipeline, text: str, root: str) -> None:
    assert any(code.startswith(root) for code, _s, _t in _events(pipe, text))


@pytest.mark.model
def test_a_passive_gerund_after_without_is_not_done(pipe: Pipeline) -> None:
    text = "Chilean troops crossed into Peru without being invited by the Peruvian government."
    codes = [code for code, _s, _t in _events(pipe, text)]
    assert not any(code.startswith("02") for code in codes)  # no invitation
    assert any(code.startswith("19") for code in codes)  # the crossing stays
