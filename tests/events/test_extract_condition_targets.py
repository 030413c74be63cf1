"""A threat that names no target is aimed at the party its condition is of
(geowire/events/extract.py ``SentenceCoder.condition_parties``, filled in by
geowire/events/__init__.py), on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "If Turkey attacks Syrian Kurds, the United States will impose sanctions, Pompeo said.",
            ("USA", "1312", "TUR"),
        ),
        (
            "Iran threatened to close the Strait of Hormuz if the United States imposed new "
            "sanctions.",
            ("IRN", "130", "USA"),
        ),
        (
            "If Israel strikes Iran, Tehran will retaliate, the Iranian foreign minister said.",
            ("IRNGOV", "138", "ISR"),
        ),
    ],
)
def test_a_threat_with_no_target_is_aimed_at_the_party_of_its_condition(
    pipe: Pipeline, text: str, act: tuple[str, str, str]
) -> None:
    got = _acts(pipe, text)
    assert act in got, got


@pytest.mark.model
def test_a_condition_of_the_threateners_own_side_names_no_target(pipe: Pipeline) -> None:
    got = _acts(pipe, "Iran threatened to close the Strait of Hormuz if Iran's oil exports stop.")
    assert ("IRN", "130", None) in got, got
