"""A consultation, negotiation or agreement between a state's side (its government or
army) and its challengers at home (rebels, insurgents, separatists, the opposition) is each
principal's act toward the other, told with "with" as with "and"; two parties of one side
stay one event. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _pairs(pipe: Pipeline, text: str, root: str) -> set[tuple[str | None, str | None]]:
    doc = pipe(text, published="2022-06-01")
    return {
        (
            e.source.code if e.source and e.source.code else None,
            e.target.code if e.target and e.target.code else None,
        )
        for e in doc.events
        if e.cameo.startswith(root)
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root, one, other",
    [
        (
            "The Sudanese army held talks with the Rapid Support Forces in Jeddah.",
            "04",
            "SDNMIL",
            "SDNREB",
        ),
        (
            "Rebels signed a peace deal with the Malian government in 2015.",
            "05",
            "MLIREB",
            "MLIGOV",
        ),
        (
            "The Philippine government signed a peace agreement with Muslim rebels.",
            "05",
            "PHLGOV",
            "PHLREB",
        ),
    ],
)
def test_talks_of_a_state_and_its_challengers_go_both_ways(
    pipe: Pipeline, text: str, root: str, one: str, other: str
) -> None:
    found = _pairs(pipe, text, root)
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
def test_a_meeting_of_one_side_stays_one_event(pipe: Pipeline) -> None:
    found = _pairs(pipe, "The Kenyan president met with his ministers in Nairobi.", "04")
    assert len(found) <= 1, found
