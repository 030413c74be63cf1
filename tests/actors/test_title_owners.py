"""A body compounded before a person's title noun ("Fox News host X", "X, a Gazprom
manager") is the body the title is held in: its code is the person's, not the story's
country alone; a noun of stance ("a Kremlin critic") or a former title names no body of
theirs. The sentences are made up."""

from __future__ import annotations

import pytest
from factories import person_codes as _codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (
            "Sean Miller, a CNN host, accused the Taiwanese government of hiding the cost "
            "of the drills.",
            "Sean Miller",
            "USAMED",
        ),
        (
            "MOSCOW (AP) _ Russia threatened Moldova. Ivan Petrov, a Gazprom manager, said "
            "Russia would cut gas to Moldova.",
            "Ivan Petrov",
            "RUSBUS",
        ),
    ],
)
def test_a_body_before_a_persons_title_is_theirs(text: str, name: str, code: str) -> None:
    assert _codes(text).get(name) == code


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        (
            "MOSCOW (AP) _ Police detained dozens. Maria Lopez, a Kremlin critic, said "
            "Moscow jailed the protesters.",
            "Maria Lopez",
            "RUSGOV",
        ),
        (
            "MOSCOW (AP) _ Russia threatened Moldova. Ivan Petrov, a former Gazprom "
            "manager, said Russia would cut gas to Moldova.",
            "Ivan Petrov",
            "RUSBUS",
        ),
    ],
)
def test_a_stance_or_a_former_title_names_no_body_of_theirs(
    text: str, name: str, code: str
) -> None:
    assert _codes(text).get(name) != code
