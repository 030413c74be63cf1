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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Chad has seen years of war. Twenty Chadian villagers were killed at the hands "
            "of Boko Haram fighters on Tuesday.",
            "Boko Haram",
            "villagers",
        ),
        (
            "Chad has seen years of war. Dozens of Chadian detainees were tortured at the "
            "hands of the police.",
            "police",
            "detainees",
        ),
    ],
)
def test_at_the_hands_of_names_the_doer(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    evs = _named(pipe, text)
    assert any(s and source in s and t and target in t for _c, s, t in evs), evs


@pytest.mark.model
def test_a_defeat_at_the_hands_of_is_no_passive_agent(pipe: Pipeline) -> None:
    evs = _force(
        pipe, "The ruling party suffered a heavy defeat at the hands of the opposition in May."
    )
    assert not evs, evs


@pytest.mark.model
def test_a_killing_during_an_attack_by_a_party_is_that_partys(pipe: Pipeline) -> None:
    evs = _named(
        pipe,
        "Chad has seen years of war. Five Chadian soldiers were killed during an attack by "
        "Boko Haram fighters on their base.",
    )
    force = [e for e in evs if e[0][:2] in ("18", "19", "20")]
    assert any(s and "Boko Haram" in s and t and "soldiers" in t for _c, s, t in force), evs
    # one act: the attack noun's event is the killing's
    assert len(force) == 1, evs


@pytest.mark.model
def test_a_killing_and_its_clause_of_another_root_are_one_act(pipe: Pipeline) -> None:
    # the clause tells how it was done (a bombing, 183): that act kept, no second killing
    evs = _force(
        pipe,
        "Chad has seen years of war. Five Chadian policemen were killed when a Boko Haram "
        "suicide bomber blew himself up at a checkpoint.",
    )
    assert len(evs) == 1 and evs[0][0].startswith("18"), evs
