"""Words of force or consultation that tell no act between parties: a person surrounded by
unarmed people (company, a crowd, no blockade), an office taken over with nothing seized,
a party named only in what is talked about (a topic, no one talked with), and a retort
quoted after a comma (words, no fire). Through the whole pipeline; the sentences are made
up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # every event but plain statements (root 01); ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2024-03-05") if not t[0].startswith("01")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister, surrounded by reporters, said the talks would go on.",
        "The opposition leader was surrounded by cheering supporters at the rally in Harare.",
        "Despite being surrounded by veteran critics of the president, Senator Ruiz stayed.",
    ],
)
def test_a_person_surrounded_by_unarmed_people_is_no_blockade(
    pipe: Pipeline, text: str
) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith("191") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Sudanese troops surrounded the city of El Fasher on Monday.",
        "The presidential palace was surrounded by soldiers loyal to the junta.",
    ],
)
def test_troops_surrounding_a_place_still_blockade(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c.startswith("191") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Since the new prime minister took over, relations with Brussels have improved.",
        "The new Kenyan cabinet took over last week and promised to tackle inflation.",
    ],
)
def test_an_office_taken_over_is_no_occupation(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert not any(c.startswith("192") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban took over in August 2021, and the government collapsed.",
        "Rebels took over the town hall in Goma on Sunday.",
    ],
)
def test_an_armed_taking_over_stays_an_occupation(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c.startswith("192") for c, _s, _t in evs), evs


@pytest.mark.model
def test_a_party_talked_about_is_not_consulted(pipe: Pipeline) -> None:
    text = "The envoy talked about Iran's nuclear program and its drone sales to Russia."
    evs = _events(pipe, text)
    assert not any(c.startswith("04") for c, _s, _t in evs), evs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Blinken discussed the war in Gaza with Egyptian Foreign Minister Sameh Shoukry.",
        "Macron and Scholz discussed support for Ukraine in Berlin.",
    ],
)
def test_a_party_talked_with_is_consulted(pipe: Pipeline, text: str) -> None:
    evs = _events(pipe, text)
    assert any(c.startswith("04") for c, _s, _t in evs), evs


@pytest.mark.model
def test_a_retort_quoted_after_a_comma_is_words(pipe: Pipeline) -> None:
    text = (
        "After the governor criticized her husband during a debate, Senator Ana Ruiz "
        'shot back, "I suppose I could have stayed home."'
    )
    evs = _events(pipe, text)
    assert not any(c[:2] in ("18", "19") for c, _s, _t in evs), evs


@pytest.mark.model
def test_soldiers_shooting_back_still_use_force(pipe: Pipeline) -> None:
    evs = _events(pipe, "Soldiers shot back at the gunmen, killing two of them.")
    assert any(c[:2] in ("18", "19") for c, _s, _t in evs), evs
