"""A casualty toll counted over days or since a point is a running total, even when it names
the fighting it comes from (extract._toll, ``toll_span_nouns``): "at least 40 people have
been killed in two weeks of protests", "the number of troops killed since the junta took
power" code no act of force (the GUIDE codes no totals). The casualties of one named act, a
clash of hours, and an act whose doer is named stay. Through the whole pipeline; the
sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _force(pipe: Pipeline, text: str) -> set[str]:
    return {
        code
        for _, code, _ in coded_acts(pipe, text, "2020-05-01")
        if code[:2] in ("18", "19", "20")
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "At least 40 Malian civilians have been killed in two weeks of protests against the junta.",
        "More than 60 Kenyan protesters have been killed in more than a month of demonstrations.",
        "Dozens of Haitians have been killed during the past two weeks of gang violence.",
        "His death raises to 27 the number of Nigerien troops killed since the coup.",
        "At least 30 Sudanese civilians have been killed over the past week in Darfur.",
        "Dozens of Kenyan protesters have been killed since the protests began in June.",
    ],
)
def test_running_toll_is_no_act(pipe: Pipeline, text: str) -> None:
    assert not _force(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "At least 15 Palestinians were killed in an Israeli air strike on a school in Gaza.",
        "About 20 Congolese soldiers were killed in nearly 10 hours of fighting with M23 rebels.",
        "Three Malian soldiers were killed when a roadside bomb struck their convoy.",
        "Rebels killed 12 Chadian soldiers in an ambush on Wednesday.",
    ],
)
def test_casualties_of_one_act_stay(pipe: Pipeline, text: str) -> None:
    assert _force(pipe, text)


def _victims(pipe: Pipeline, text: str) -> set[str | None]:
    return {
        target
        for _, code, target in coded_acts(pipe, text, "2020-05-01")
        if code[:2] in ("18", "19", "20")
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # one act named with "a"/"an": its casualties, whatever time the clause also tells
        (
            "Six Nigerian soldiers were killed in a Boko Haram ambush this week, the army said.",
            "NGAMIL",
        ),
        (
            "Nine Afghan policemen were killed in a suicide bombing during the last days of the"
            " election campaign.",
            "AFGCOP",
        ),
        (
            "Twelve villagers were killed in an airstrike on a market during the holy month of"
            " Ramadan.",
            "CVL",
        ),
        # a dated frame, or a "since" deep in a phrase of its own, counts no stretch
        (
            "Three Somali soldiers were killed within a day of the ceasefire taking effect.",
            "SOMMIL",
        ),
        (
            "Seven Malian soldiers were killed in clashes near a town that has been calm"
            " since June.",
            "MLIMIL",
        ),
        (
            "Eleven Congolese soldiers were killed in fighting during the first week of the truce.",
            "CODMIL",
        ),
    ],
)
def test_one_act_or_dated_frame_is_no_running_total(pipe: Pipeline, text: str, victim: str) -> None:
    assert victim in _victims(pipe, text)
