"""Verb rows whose CAMEO code held only for a narrower phrase, read against the CAMEO
codebook and on unseen news. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {code[:2] for _, code, _ in coded_acts(pipe, text, "2012-05-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # blocking a measure, an attempt, a trial or someone's access is no obstruction of
        # passage (CAMEO 144 is a protest that blocks a road, an entrance or traffic)
        "Chilean senators blocked a number of Peruvian gun control measures.",
        "Kenyan opposition leaders blocked the Kenyan president's access to the files.",
        "A Bolivian court has blocked the trial of two Peruvian officials.",
    ],
)
def test_block_without_a_passage_is_no_protest(pipe: Pipeline, text: str) -> None:
    assert "14" not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chilean farmers blocked traffic on the highway to Santiago.",
        "Kenyan students blocked the entrance to the Kenyan parliament.",
    ],
)
def test_block_of_a_passage_stays_a_protest(pipe: Pipeline, text: str) -> None:
    assert "14" in _roots(pipe, text)
