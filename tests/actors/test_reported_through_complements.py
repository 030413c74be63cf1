"""What a person reports through an infinitive complement of their verb ('went on to say
that ...') is no country cue of theirs, as what they say directly is not; needs the model."""

from __future__ import annotations

import pytest

import geowire

LEDE = "Chile held elections on Sunday. Chilean voters turned out in large numbers. "


def _code(text: str, name: str) -> str | None:
    doc = geowire.extract(LEDE + text, published="2024-03-05")
    return next(a.code for a in doc.actors if name in a.name)


@pytest.mark.model
@pytest.mark.parametrize(
    "report",
    [
        "He went on to say that Peru would win the match.",
        "He wanted to stress that Peru would win the match.",
    ],
)
def test_a_report_through_a_complement_is_no_cue(report: str) -> None:
    assert _code("Alan Brody, a writer, spoke on Monday. " + report, "Brody") == "CHL"


@pytest.mark.model
def test_a_place_of_the_person_s_own_act_still_cues() -> None:
    # not reported: where he went is told of him (a cue, as before)
    assert _code("Alan Brody, a writer, spoke in Lima on Monday.", "Brody") == "PER"
