"""A trip verb's destination told in its phrase's trip noun ("arrived in Kampala for a
state visit to Uganda"): the visit goes to the party that noun's own trip preposition
names. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
def test_a_visit_told_in_the_trip_phrase_goes_to_its_destination(pipe: Pipeline) -> None:
    doc = pipe(
        "The Kenyan president arrived in Kampala on Monday for a two-day state visit to Uganda.",
        published="2003-03-04",
    )
    found = {
        (
            e.cameo[:3],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in doc.events
    }
    assert ("042", "KEN", "UGA") in found, found
