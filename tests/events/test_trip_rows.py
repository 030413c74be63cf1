"""A trip told by departing for a place or by leading a delegation to it (verbs.tsv's
"depart * for_" and "lead * delegation to_ +" rows, 042), on invented sentences with the
whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Peru's president departed for Chile on Sunday.", ("PERGOV", "042", "CHL")),
        ("Peru's president departs Bolivia for Chile on Sunday.", ("PERGOV", "042", "CHL")),
        ("Peru's foreign minister led a trade delegation to Chile.", ("PERGOV", "042", "CHL")),
    ],
)
def test_a_trip_by_departure_or_delegation(
    pipe: Pipeline, text: str, act: tuple[str, str, str]
) -> None:
    got = coded_acts(pipe, text, published="2011-05-04")
    assert act in got, got
