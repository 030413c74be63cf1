"""Custody and release: a party released or handed over is a release of
persons (0841), active or passive; the captor releases those it holds ("released from X
custody", "held by X were freed", "held in X captivity"); people held captive or seized
as hostages are abducted (181). Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2023-05-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Belarus released two Polish journalists on Tuesday.", "BLR", "POL"),
        ("Two Polish journalists were released on Tuesday.", None, "POL"),
        ("Belarus handed over two Polish activists to the Red Cross.", "BLR", "POL"),
        ("Two Polish journalists were released from Belarusian custody on Tuesday.",
         "BLR", "POL"),
        ("The Polish journalists held by Belarus were freed on Tuesday.", "BLR", "POL"),
        ("Polish soldiers held in Belarusian captivity were freed on Tuesday.",
         "BLR", "POL"),
    ],
)
def test_a_party_released_is_a_release_of_persons(
    pipe: Pipeline, text: str, source: str | None, target: str
) -> None:
    evs = _events(pipe, text)
    assert any(
        c == "0841"
        and (s[:3] if s else None) == source
        and t is not None
        and t[:3] == target
        for c, s, t in evs
    ), evs


@pytest.mark.model
def test_a_document_released_is_no_release(pipe: Pipeline) -> None:
    evs = _events(pipe, "The Polish ministry released a report on Tuesday.")
    assert not any(c.startswith("08") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Gunmen have held three Polish engineers captive since March.",
        "Gunmen seized three Polish engineers as hostages on Tuesday.",
    ],
)
def test_people_held_captive_are_abducted(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c == "181" and t is not None and t[:3] == "POL" for c, _s, t in evs), evs
    assert not any(c.startswith("17") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The opposition captured the Senate in November.",
        "The mayor is capturing the frustration of many Chileans.",
    ],
)
def test_a_chamber_or_a_mood_captured_is_no_arrest(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith("17") for c, _s, _t in evs), evs


@pytest.mark.model
def test_soldiers_captured_are_still_detained(pipe: Pipeline) -> None:
    evs = _events(pipe, "Chilean troops captured two Peruvian soldiers near the border.")
    assert any(c == "173" and t is not None and t[:3] == "PER" for c, _s, t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru swapped prisoners in Lima on Tuesday.",
        "Chile and Peru exchanged 40 detainees in Lima on Tuesday.",
        "Chile and Peru carried out their first prisoner exchange on Tuesday.",
    ],
)
def test_a_prisoner_exchange_is_a_release_by_each_party_to_the_other(
    pipe: Pipeline, text: str
) -> None:
    evs = _events(pipe, text)
    pairs = {((s or "")[:3], (t or "")[:3]) for c, s, t in evs if c == "0841"}
    assert {("CHL", "PER"), ("PER", "CHL")} <= pairs, evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two Peruvian fishermen are being held in Chilean prisons, Lima said.",
        "Dozens of Peruvian fishermen are held in Chilean custody.",
    ],
)
def test_the_holder_is_the_party_of_the_custody_held_in(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(
        c == "173" and s is not None and s[:3] == "CHL" and t is not None and t[:3] == "PER"
        for c, s, t in evs
    ), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a state or a place handed over or released is no person released
        "Portugal handed over Macau to China in 1999.",
        "Peru released Bolivia from its obligations under the fishing treaty.",
        "The Chilean navy was released from its commitments under the accord.",
        # the hostages only named inside what is handed over
        "The gunmen handed over the remains of two hostages.",
        # a prisoner exchange only talked of is not done
        "Talks on a prisoner exchange between Peru and Bolivia stalled.",
    ],
)
def test_no_person_released_is_no_release_of_persons(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c == "0841" for c, _s, _t in evs), evs


@pytest.mark.model
def test_the_custody_names_the_captor_not_the_captive(pipe: Pipeline) -> None:
    # the demonym on the custody noun is the captor's; the reporter held has no country
    evs = _events(pipe, "The reporter was detained in Belarusian custody for months.")
    assert ("173", "BLR", "MED") in evs, evs
