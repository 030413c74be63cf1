"""A two-sided use of force ("X and Y clashed", "fighting between X and Y", "X-Y
fighting") is one fight (19) each way, even when one side is an irregular group and the
other no armed force; the killing its noun is the subject of is its toll, not a second
act. Whole pipeline on invented sentences, and the copy test on hand-made events."""

from __future__ import annotations

import pytest

from geowire import Pipeline
from geowire.document import ActorRef, Event
from geowire.events.copies import _two_sides


def _coded(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2022-06-01")
    return {
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah and the Amal Movement clashed in Beirut on Friday.",
        "Fighting between Hezbollah and the Amal Movement erupted in Beirut on Friday.",
    ],
)
def test_an_irregular_sides_fight_with_a_party_fighting_back_is_a_fight(
    pipe: Pipeline, text: str
) -> None:
    found = _coded(pipe, text)
    assert ("190", "LBNREBHEZ", "LBNPTY") in found, found
    assert ("190", "LBNPTY", "LBNREBHEZ") in found, found
    assert not any(c.startswith("18") for c, _, _ in found), found


@pytest.mark.model
def test_a_one_sided_attack_by_an_irregular_group_stays_an_assault(pipe: Pipeline) -> None:
    found = _coded(pipe, "Hezbollah attacked the Amal Movement in Beirut on Friday.")
    assert ("180", "LBNREBHEZ", "LBNPTY") in found, found


@pytest.mark.model
def test_the_killing_a_fight_between_two_sides_did_is_its_toll(pipe: Pipeline) -> None:
    found = _coded(pipe, "Fighting between Kurdish rebels and Turkish troops has killed 15 people.")
    assert found == {("190", "TURREB", "TURMIL"), ("190", "TURMIL", "TURREB")}, found


def _ev(code: str, source: ActorRef | None, target: ActorRef | None) -> Event:
    return Event(
        source=source, target=target, cameo=code, root=code[:2], plover="ASSAULT",
        quad_class=4, goldstein=-10.0, date=None, modality="asserted", location=None,
        sentence=0, span=(0, 10), evidence="", confidence=0.5,
    )


def test_two_sides_are_swapped_parties_of_one_force_word() -> None:
    x = ActorRef(name="X", code="AAAREB", country="AAA", actor="a1")
    y = ActorRef(name="Y", code="AAAPTY", country="AAA", actor="a2")
    assert _two_sides(_ev("190", x, y), 3, _ev("190", y, x), 3)
    assert not _two_sides(_ev("190", x, y), 3, _ev("190", y, x), 7)  # two words: two acts
    assert not _two_sides(_ev("190", x, y), 3, _ev("190", x, y), 3)  # the same direction
    assert not _two_sides(_ev("042", x, y), 3, _ev("042", y, x), 3)  # no use of force
    assert not _two_sides(_ev("190", x, None), 3, _ev("190", None, x), 3)


@pytest.mark.model
def test_names_apposed_to_a_fights_between_object_are_its_sides(pipe: Pipeline) -> None:
    # the parser takes the names for the subject of "spreading", the gerund its clause
    found = _coded(
        pipe,
        "Fighting between the Lebanese groups Hezbollah and the Amal Movement is spreading, "
        "bringing to more than 30 the number of people killed this week.",
    )
    assert ("190", "LBNREBHEZ", "LBNPTY") in found, found
    assert ("190", "LBNPTY", "LBNREBHEZ") in found, found
