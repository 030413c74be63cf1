"""Verb rows of armed conflict and protest (verbs.tsv): armed foes targeted, aircraft shot
down, protests that police or troops disrupt or break up, bombs dropped on a place."""

from __future__ import annotations

import pytest
from factories import cameo_codes

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Peruvian jets targeted Shining Path rebels near Tacna.", "190"),
        ("Chilean troops shot down two rebel planes.", "190"),
        ("Peruvian security forces disrupted a student demonstration in Lima.", "175"),
        ("Chilean police broke up the opposition rally in Santiago.", "175"),
        ("Peruvian government forces dropped barrel bombs on the rebel town.", "195"),
    ],
)
def test_conflict_rows_code_the_act(pipe: Pipeline, text: str, code: str) -> None:
    assert code in cameo_codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian senator shot down the plan.",
        "Hecklers disrupted the Chilean senator's rally.",
        "The campaign targeted Peruvian voters.",
    ],
)
def test_no_conflict_act_in_other_senses(pipe: Pipeline, text: str) -> None:
    assert not [c for c in cameo_codes(pipe, text) if c[:2] in ("17", "18", "19")]
