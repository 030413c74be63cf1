"""Protests by no party named: a protest noun that a verb of happening tells took place
("protests erupted in X", "the rally took place in X": the ``&PROTESTNOUNS`` rows) and a
protest by unnamed people aimed at a named party ("thousands rallied in X to demand the
president's impeachment") are done by the civilians of the country where they happened;
"clashes with protesters" names no doer. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _protests(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [e for e in coded_events(pipe, text, "2021-03-14") if e[0].startswith("14")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        ("Protests erupted in Lusaka on Sunday after the vote count was delayed.", "ZMB"),
        ("Demonstrations took place in Kampala and several other towns on Monday.", "UGA"),
        ("Street protests spread across Zambia late on Friday.", "ZMB"),
    ],
)
def test_a_protest_told_to_have_happened_is_the_civilians(
    pipe: Pipeline, text: str, country: str
) -> None:
    found = _protests(pipe, text)
    assert any(s == f"{country}CVL" for _, s, _ in found), found


@pytest.mark.model
def test_unnamed_protesters_with_a_target_are_the_civilians(pipe: Pipeline) -> None:
    text = "Several thousand people demonstrated outside the parliament in Lusaka on Sunday."
    found = _protests(pipe, text)
    assert any(s == "ZMBCVL" for _, s, _ in found), found


@pytest.mark.model
def test_protest_nouns_alone_tell_no_protest(pipe: Pipeline) -> None:
    text = "The minister spoke about the protests in Lusaka on Sunday."
    assert _protests(pipe, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        # the protest noun's own place names where the verb of happening's act was
        ("Large protests in Zambia continued on Wednesday.", "ZMB"),
        ("The rallies in Kampala spread on Monday.", "UGA"),
        # a protest noun subject in the simple present tells protests now, not a habit
        ("Protests continue in Zambia against the new election law.", "ZMB"),
    ],
)
def test_protest_noun_subject_place_and_present(pipe: Pipeline, text: str, country: str) -> None:
    found = _protests(pipe, text)
    assert any(s == f"{country}CVL" for _, s, _ in found), found


@pytest.mark.model
def test_people_named_with_a_place_keep_their_own_subject(pipe: Pipeline) -> None:
    # a subject that is no protest noun ("officials in Lusaka") names no protest's place
    text = "Officials in Lusaka said they were worried."
    assert _protests(pipe, text) == []
