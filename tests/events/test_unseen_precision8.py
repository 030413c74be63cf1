"""Precision on unseen news (precision8): a preposition whose object is a date or time
introduces no party or object of an event's pattern ("was fired on Friday" is a dismissal,
not shooting "on" someone); suspecting that something is so is a belief, no accusation (the
"in" of a clause under it is not the verb's); an appeal to the public to take a precaution of
its own is safety advice, no political appeal. Acts of the same words stay. Through the whole
pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2016-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The mayor fired the police chief on Friday.",
        "The city's police chief was fired on Tuesday by the mayor.",
        "Her deputy, a former county prosecutor, was fired on March 3.",
    ],
)
def test_fired_on_a_day_is_no_shooting(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("19") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Soldiers fired on the protesters on Monday.",
        "On Monday, troops fired on the crowd in the square.",
    ],
)
def test_firing_on_people_stays(pipe: Pipeline, text: str) -> None:
    # force, or violent repression (175) when the people fired on are protesters
    assert any(code in ("190", "175") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
def test_training_for_a_time_is_no_aid(pipe: Pipeline) -> None:
    text = "The city police have trained for eight months to handle large crowds."
    assert not any(code.startswith("06") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
def test_suspecting_that_is_no_accusation(pipe: Pipeline) -> None:
    text = (
        "The health ministry suspects that the tainted product is an ingredient in "
        "bottled sauces."
    )
    assert not any(code.startswith("112") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
def test_suspected_in_a_crime_stays(pipe: Pipeline) -> None:
    text = "Prosecutors suspect the senator of taking bribes from a contractor."
    assert any(code == "112" for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "State health officials urged consumers to throw out any bagged lettuce.",
        "The mayor urged residents to boil their tap water until further notice.",
    ],
)
def test_precaution_advice_is_no_appeal(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("02") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The president urged Syria to stay out of the conflict.", "SYR"),
        ("The governor urged residents to join the protest against the dam.", "CVL"),
        ("The minister urged the rebels to stay away from the capital.", "REB"),
    ],
)
def test_political_appeals_stay(pipe: Pipeline, text: str, target: str) -> None:
    assert any(
        code.startswith("02") and t is not None and t.endswith(target)
        for _, code, t in _codes(pipe, text)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Asked whether the party should apologize, Senator Maria Lopez shot back: "Never."',
        "Senator Maria Lopez shot back, saying the audit was a partisan stunt.",
    ],
)
def test_retort_is_no_fire(pipe: Pipeline, text: str) -> None:
    assert not any(code.startswith("19") for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The soldiers shot back at the attackers, killing two of them.",
        "Police officers shot back and wounded the gunman.",
    ],
)
def test_return_fire_stays(pipe: Pipeline, text: str) -> None:
    assert any(code.startswith("19") for _, code, _ in _codes(pipe, text))
