"""Particle verbs of giving ground and declined facts (verbs.tsv): backing off or away is
a yield (080), backing away from a deal or from talks drops it (127, 164), never backing
anyone (051); declining or refusing to offer, give or provide a fact asked for (a figure,
an estimate, a timeline: &FACTS) is declining comment (011, root 01), no rejection (120),
while declining to offer help stays a rejection. Through the whole pipeline; the sentences
are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2020-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Facing protests from farmers, Paris backed off and dropped the fuel levy.", "080"),
        ("Iran backed away from the nuclear deal on Monday.", "127"),
        ("Iran backed away from talks with the United States on Monday.", "164"),
    ],
)
def test_backing_off_or_away_gives_ground(pipe: Pipeline, text: str, code: str) -> None:
    codes = _codes(pipe, text)
    assert code in codes
    assert "051" not in codes


@pytest.mark.model
def test_backing_someone_stays_support(pipe: Pipeline) -> None:
    assert "051" in _codes(pipe, "France backed the rebels in Libya on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Finance Minister Zhou Peng of China declined to offer his own figure for the layoffs.",
        "Egypt refused to give a timeline for the withdrawal of its troops.",
        "The Kenyan government declined to provide an estimate of the damage.",
    ],
)
def test_a_fact_declined_is_no_rejection(pipe: Pipeline, text: str) -> None:
    codes = {e.cameo for e in pipe(text, published="2020-05-01").events}
    assert "011" in codes
    assert not {c for c in codes if c.startswith("12")}


@pytest.mark.model
def test_information_refused_stays_a_rejection(pipe: Pipeline) -> None:
    text = "Iran refused to provide information to the IAEA inspectors about its program."
    codes = {e.cameo for e in pipe(text, published="2020-05-01").events}
    assert "011" not in codes
    assert {c for c in codes if c.startswith("12")}


@pytest.mark.model
def test_help_declined_stays_a_rejection(pipe: Pipeline) -> None:
    assert "120" in _codes(pipe, "China declined to offer assistance to Japan on Monday.")
