"""A passive killing or wounding with no "by" agent, told with a clause of the same occasion
whose act of force has a subject of its own ("were killed when militants attacked their
base"), was done by that clause's doer; the two verbs tell one act, the killing kept. A
clause naming no party ("when their truck hit a mine") or the victims' own side names no
doer. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _force(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    # uses of force only; ``pipe`` is tests/events/conftest.py's
    return [t for t in coded_events(pipe, text, "2023-05-05") if t[0][:2] in ("18", "19", "20")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Chad has seen years of war. Four Chadian soldiers were killed when Boko Haram "
            "fighters attacked their base on Tuesday.",
            "Boko Haram",
            "soldiers",
        ),
        (
            "Chad has seen years of war. Two Chadian policemen were wounded as their "
            "patrol was attacked by Boko Haram fighters.",
            "Boko Haram",
            "policemen",
        ),
        (
            "Chad has seen years of war. Six Chadian soldiers were killed after Boko Haram "
            "fighters ambushed their convoy near the border.",
            "Boko Haram",
            "soldiers",
        ),
    ],
)
def test_the_clause_of_the_occasion_names_the_doer(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    evs = [
        (c, s, t)
        for c, s, t in _named(pipe, text)
        if c[:2] in ("18", "19", "20")
    ]
    assert any(s and source in s and t and target in t for _c, s, t in evs), evs
    # one act: the killing kept, the clause's attack not told again by the same doer
    assert len([e for e in evs if e[1] and source in e[1]]) == 1, evs


def _named(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2023-05-05")
    return [
        (
            e.cameo,
            e.source.name if e.source is not None else None,
            e.target.name if e.target is not None else None,
        )
        for e in doc.events
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chad has seen years of war. Three Chadian soldiers were killed when their "
        "truck hit a mine near the border.",
        "Chad has seen years of war. Two Chadian soldiers were killed when Chadian "
        "troops stormed the town.",
    ],
)
def test_no_doer_from_a_thing_or_the_victims_own_side(pipe: Pipeline, text: str) -> None:
    evs = _force(pipe, text)
    kills = [e for e in evs if e[2] is not None and e[2][3:6] == "MIL"]
    assert all(s is None or s[3:6] != "MIL" for _c, s, _t in kills), evs
