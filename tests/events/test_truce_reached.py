"""A truce reached, struck or sealed is a truce declared (CAMEO 0871) by both sides, as
one signed is (verbs.tsv ``reach * &CEASEFIRE``); the partner after "with" is the
other side. A truce not reached is none. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _found(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2024-05-04")


@pytest.mark.model
def test_a_truce_reached_is_declared_by_both_sides(pipe: Pipeline) -> None:
    found = _found(pipe, "Chad and Sudan reached a truce on Sunday.")
    assert ("0871", "TCD", "SDN") in found and ("0871", "SDN", "TCD") in found, found


@pytest.mark.model
def test_a_truce_sealed_is_declared(pipe: Pipeline) -> None:
    found = _found(pipe, "Chad and Sudan sealed a ceasefire on Sunday.")
    assert any(c == "0871" and s == "TCD" for c, s, _ in found), found


@pytest.mark.model
def test_a_tone_struck_is_no_truce_or_strike(pipe: Pipeline) -> None:
    text = "Hillary Clinton and Elizabeth Warren held a joint event, striking a populist tone."
    assert _found(pipe, text) == []


@pytest.mark.model
def test_the_partner_of_a_truce_reached_with_is_its_target(pipe: Pipeline) -> None:
    found = _found(pipe, "Chadian rebels reached a ceasefire with Sudanese forces.")
    assert ("0871", "TCDREB", "SDNMIL") in found, found


@pytest.mark.model
def test_a_truce_not_reached_is_none(pipe: Pipeline) -> None:
    found = _found(pipe, "Chad and Sudan failed to reach a truce.")
    assert not any(c == "0871" for c, _, _ in found), found
