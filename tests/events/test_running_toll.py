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
