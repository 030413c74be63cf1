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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "visited"),
    [
        (
            "The Kenyan president arrived in Kampala on Monday for talks with President Museveni.",
            "UGA",
        ),
        ("The Kenyan president arrived in Kampala on Monday to meet President Museveni.", "UGA"),
    ],
)
def test_a_party_named_after_the_trip_is_not_its_destination_the_place_is(
    pipe: Pipeline, text: str, visited: str
) -> None:
    """The trip pattern's later party ("for talks with X") is not where the trip goes: the
    visit is to the country of the place it arrives in, not dropped."""
    doc = pipe(text, published="2003-03-04")
    found = {
        (
            e.cameo[:3],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in doc.events
    }
    assert ("042", "KEN", visited) in found, found


@pytest.mark.model
def test_a_trip_at_home_with_talks_abroad_named_visits_no_one(pipe: Pipeline) -> None:
    doc = pipe(
        "The Kenyan president arrived in Nairobi on Monday to meet President Museveni.",
        published="2003-03-04",
    )
    assert not [e for e in doc.events if e.cameo.startswith("042")], doc.events
