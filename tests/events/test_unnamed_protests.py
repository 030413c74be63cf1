"""Protests by no party named: a protest by unnamed people aimed at a named party
("thousands rallied in X to demand the president's impeachment") is done by the civilians
of the country where it happened; "clashes with protesters" names no doer. Whole pipeline
on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _protests(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [e for e in coded_events(pipe, text, "2021-03-14") if e[0].startswith("14")]


@pytest.mark.model
def test_unnamed_protesters_with_a_target_are_the_civilians(pipe: Pipeline) -> None:
    text = "Several thousand people demonstrated outside the parliament in Lusaka on Sunday."
    found = _protests(pipe, text)
    assert any(s == "ZMBCVL" for _, s, _ in found), found


@pytest.mark.model
def test_protest_nouns_alone_tell_no_protest(pipe: Pipeline) -> None:
    text = "The minister spoke about the protests in Lusaka on Sunday."
    assert _protests(pipe, text) == []
