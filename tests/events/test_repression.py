"""Force by police or soldiers on protesters is violent repression (CAMEO 175), not
combat (19): the ``&REPRESSORS`` rows of verbs.tsv ("security forces opened fire on
protesters", "soldiers shot dead demonstrators", "police clashed with protesters"); the
same words by others, or on armed foes, stay assault or force. Whole pipeline on invented
sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {e[0] for e in coded_events(pipe, text, "2021-03-14")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Security forces opened fire on protesters in Lusaka, killing four people.",
        "Soldiers shot dead two demonstrators in Bamako on Friday.",
        "Riot police clashed with protesters outside the parliament in Lusaka.",
        "Troops fired on marchers in Conakry on Tuesday, witnesses said.",
    ],
)
def test_state_force_on_protesters_is_repression(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert "175" in codes, codes
    assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired on rebels near the border with Guinea on Tuesday.",
        "Gunmen opened fire on protesters in Conakry, killing three.",
    ],
)
def test_force_by_others_or_on_armed_foes_is_no_repression(pipe: Pipeline, text: str) -> None:
    assert "175" not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired into the rally in Conakry, killing nine people.",
        "Zambian police killed two people during protests in Lusaka on Tuesday.",
        "Security forces opened fire to disperse thousands of marchers in Lusaka.",
    ],
)
def test_force_on_a_crowd_or_during_a_protest_is_repression(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert "175" in codes, codes
    assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.model
def test_a_gunman_firing_into_a_crowd_is_no_repression(pipe: Pipeline) -> None:
    assert "175" not in _codes(pipe, "A gunman fired into a crowd at a festival in Lusaka.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Three protesters were shot dead by security forces in Lusaka.",
        "Dozens of demonstrators were killed by police in Lusaka last year.",
    ],
)
def test_repression_told_in_the_passive_is_repression(pipe: Pipeline, text: str) -> None:
    codes = _codes(pipe, text)
    assert "175" in codes, codes
    assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.model
def test_soldiers_killed_by_rebels_is_no_repression(pipe: Pipeline) -> None:
    assert "175" not in _codes(pipe, "Three soldiers were killed by rebels near Kasama.")
