"""Standing with, by or behind a party named is support of it (051, ``verbs.tsv``), but a
bare participle or simple past of standing is where one stands (``position_verbs``,
``_bodily_position`` in events/extract.py), on invented sentences with the whole
pipeline."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = pipe(text, published="2021-03-02")
    return [(e.cameo, e.target.code if e.target else None) for e in doc.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway stands with Chile, the minister said.", "CHL"),
        ("Peru will stand in solidarity with Bolivia.", "BOL"),
        ("Norway stands with Chile at this difficult time.", "CHL"),
        ("Norway stands by Chile on the border dispute.", "CHL"),
        ("Norway stands with Chile at the United Nations, the minister said.", "CHL"),
        # a country, a people or a nation is stood with only in support, at any occasion
        ("Norway stands with Chile at the OAS summit in Lima.", "CHL"),
        ("Peru's president stands with the Bolivians at a rally in Lima.", "BOL"),
        ("Peru's president stands with the Bolivian people at a rally in Lima.", "BOL"),
    ],
)
def test_standing_with_a_party_is_support(pipe: Pipeline, text: str, target: str) -> None:
    got = _events(pipe, text)
    assert any(c[:2] in ("03", "05") and t == target for c, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor's wife, standing behind Senator Dupont, smiled at the crowd.",
        "The mayor smiled as he stood behind Senator Dupont at the rally.",
        "Two Peruvian officers stand accused of a bombing carried out by Chile's army.",
        # a caption's present with a place or an occasion: where one stands
        "Peru's president stands with Chile's president during a news conference in Lima.",
        "A Bolivian farmer stands by Peruvian soldiers at a checkpoint near Puno.",
        "Chile's president stands behind Norway's prime minister outside the palace.",
        "Peru's president stands with Chile's president at the OAS summit in Lima.",
        # beside one's own
        "Peruvian refugees stand with their children in line for food aid.",
    ],
)
def test_a_place_taken_or_an_accusation_stood_is_no_support(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not any(c[:2] == "05" for c, _ in got), got
