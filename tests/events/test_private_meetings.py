"""A meeting (CAMEO 04) whose every side is a person of no known role, or such a person
and no one named, is private life, no political event (events.tsv
``private_meeting_codes``, extract.private_act); a meeting with a state, a body or a party
on either side stays. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _meetings(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2019-06-01")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.cameo.startswith("04")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Mary Dalton worked as a nurse in Dover, where she met her future husband.",
        "DAYTON, Ohio - Greg Hollins attended Monday's city council meeting to ask for support.",
        "DAYTON, Ohio - Greg Hollins has also met some kindred spirits on his trip.",
        "DAYTON, Ohio - When I met with Mr. Pardee, he was tight-lipped about his plans.",
    ],
)
def test_roleless_meeting_no_event(pipe: Pipeline, text: str) -> None:
    acts = _meetings(pipe, text)
    assert not acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Greg Hollins met with President Obama on Monday.",
        "Tom Pardee met the French foreign minister in Paris.",
        "The French government met with Greg Hollins on Monday.",
        "DAYTON, Ohio - Ana Ruiz met with Mayor Tom Pardee at a cafe on Friday.",
    ],
)
def test_meeting_with_political_side_stays(pipe: Pipeline, text: str) -> None:
    acts = _meetings(pipe, text)
    assert acts, acts
