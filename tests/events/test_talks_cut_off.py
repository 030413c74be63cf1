"""Talks cut or cut off are halted (CAMEO 164), as talks broken off or suspended are
(verbs.tsv ``cut off * &TALKS``); ties cut off stay cut (161). Whole pipeline on invented
sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chad cut off formal talks with Sudan in 2016.",
        "Chad cut off negotiations with the Sudanese government.",
    ],
)
def test_talks_cut_off_are_halted(pipe: Pipeline, text: str) -> None:
    found = coded_events(pipe, text, "2024-05-04")
    halted = [t for c, s, t in found if c == "164" and s == "TCD"]
    assert any((t or "").startswith("SDN") for t in halted), found


@pytest.mark.model
def test_debate_cut_off_is_no_halt_of_talks(pipe: Pipeline) -> None:
    found = coded_events(pipe, "Chadian lawmakers cut off debate on the bill.", "2024-05-04")
    assert not any(c == "164" for c, _, _ in found), found


@pytest.mark.model
def test_ties_cut_off_stay_cut(pipe: Pipeline) -> None:
    found = coded_events(pipe, "Chad cut off diplomatic ties with Sudan.", "2024-05-04")
    assert ("161", "TCD", "SDN") in found, found
