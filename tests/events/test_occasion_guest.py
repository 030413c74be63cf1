"""A visit told as the occasion of a meeting held at its doer's home ("met X in Jerusalem on
his visit to the region"): the doer read (the clause's subject, the host) does not visit its
own country; the visit is the met party's, to the host's country. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _visits(pipe: Pipeline, text: str) -> set[tuple[str | None, str | None]]:
    doc = pipe(text, published="2003-03-04")
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in doc.events
        if e.cameo[:3] == "042"
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president met the Ugandan foreign minister in Nairobi on Monday during his"
        " first visit to the region.",
        "In Nairobi, the Kenyan president held talks with the Ugandan foreign minister on Monday"
        " during his tour of East Africa.",
    ],
)
def test_a_visit_at_the_hosts_home_is_the_met_partys(pipe: Pipeline, text: str) -> None:
    assert _visits(pipe, text) == {("UGA", "KEN")}


@pytest.mark.model
def test_a_visit_abroad_stays_the_subjects(pipe: Pipeline) -> None:
    # the meeting is in the met party's country: the subject travelled
    text = (
        "The Kenyan president met the Ugandan foreign minister in Kampala on Monday during his"
        " first visit to the region."
    )
    assert _visits(pipe, text) == {("KEN", "UGA")}
