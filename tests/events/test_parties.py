"""Who an event is done to: not the forces an actor moves. Whole pipeline on invented
sentences."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2020-05-04")
    return {
        (e.cameo[:2], e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, want",
    [
        # the troops moved are the actor's instrument, not the one aimed at
        ("Norway deployed 4,000 soldiers to the region on Monday.", ("15", "NOR", None)),
        ("Chile and Peru also committed ground troops on Monday.", ("15", "CHL", None)),
        # withdrawing from a country: the country, not the troops
        ("Norway promised to withdraw its troops from Sweden.", ("03", "NOR", "SWE")),
    ],
)
def test_the_forces_an_actor_moves_are_no_target(
    pipe: Pipeline, text: str, want: tuple[str, str | None, str | None]
) -> None:
    got = _dyads(pipe, text)
    assert want in got, got
    assert not any(t and t.endswith("MIL") for _r, _s, t in got), got
