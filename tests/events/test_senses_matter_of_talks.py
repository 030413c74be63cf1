"""An act told by a gerund that is only what talks are about ("the talks are centered on
freeing the hostages", "discussed lifting sanctions") is not told done; the same act told
done stays. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    # ``pipe`` is tests/events/conftest.py's
    return {c[:2] for c, _s, _t in coded_events(pipe, text, "2024-03-05")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The talks are centered on freeing the hostages held by the rebels.",
        "Kenya said talks about releasing the detained fishermen were making progress.",
        "The negotiations focused on releasing the prisoners held by Hamas.",
    ],
)
def test_an_act_only_talked_about_is_not_done(pipe: Pipeline, text: str) -> None:
    assert "08" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops freed 20 hostages held by the rebels.",
        "Israel freed the prisoners after talks on the swap.",
    ],
)
def test_an_act_told_done_stays(pipe: Pipeline, text: str) -> None:
    assert "08" in _roots(pipe, text)
