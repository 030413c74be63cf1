"""Verb and noun rows of armed conflict and detention (verbs.tsv, verbs38b): a capture named
by its noun of a held place (192; the noun alone no event), a conflict waged (190),
persons held without charge or at an undisclosed location (173), forces taking up positions
(150), roadblocks set up (191), a permit denied (172), a cease-fire called (0871), a trial
for a crime or on charges (173); and the senses of the same words that are no such act."""

from __future__ import annotations

import pytest
from factories import cameo_codes

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The Chilean rebels' capture of the airport angered Peru.", "192"),
        ("Peru and Chile waged a bitter conflict over their border.", "190"),
        ("Peruvian police held the Chilean activist without charge.", "173"),
        ("Peruvian police held the Chilean activist incommunicado.", "173"),
        ("Chilean troops took up positions near the Peruvian border.", "150"),
        ("Peruvian rebels set up roadblocks on the highway to Lima.", "191"),
        ("Chilean authorities denied the Chilean opposition a permit.", "172"),
        ("The Peruvian rebels called a cease-fire on Monday.", "0871"),
        ("A Chilean court tried the Peruvian officer for treason.", "173"),
        ("Chile provided air support to the Peruvian rebels.", "072"),
        ("Peruvian police blocked access to the main square in Lima.", "191"),
    ],
)
def test_rows_code_the_act(pipe: Pipeline, text: str, code: str) -> None:
    assert code in cameo_codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("The conflict of interest worried Peruvian lawmakers.", "190"),
        ("Peru has been in open conflict with Chile over trade.", "190"),
        ("The army's capture of the Peruvian rebel leader angered Chile.", "173"),
        ("The new Peruvian mayor took up his position in May.", "150"),
        ("Peru set up a committee to study the Chilean border.", "191"),
        ("Peru called a ceasefire violation by Chile unacceptable.", "0871"),
        ("Peru called for a ceasefire with Chile.", "0871"),
        ("Peruvian police tried for hours to stop the Chilean fans.", "173"),
        ("Peru held talks with Chile at an undisclosed location.", "173"),
        ("Peruvian senators blocked access to the Chilean documents.", "191"),
    ],
)
def test_other_senses_are_not_the_act(pipe: Pipeline, text: str, code: str) -> None:
    assert code not in cameo_codes(pipe, text)
