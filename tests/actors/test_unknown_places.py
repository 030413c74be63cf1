"""A name the gazetteer does not know that the words around it make a place's is never a
party (actors.resolve.read_as_place); a known one is read by the places component and
stands for its country."""

from __future__ import annotations

import pytest

import geowire
from geowire.actors.parse import Entity
from geowire.actors.resolve import ActorWords, _named_as_party, read_as_place
from geowire.language import language

W = language("en").view(ActorWords)


def _read(
    text: str, name: str, surnames: frozenset[str] = frozenset(), person: bool = True
) -> bool:
    start = text.index(name)
    return read_as_place(text, start, start + len(name), W, set(surnames), person)


def test_introduced_as_a_place() -> None:
    assert _read("Troops recaptured the village of Marbeyo on Sunday.", "Marbeyo")
    assert _read("Rebels shelled the Marbeyo oil fields.", "Marbeyo")


def test_after_a_static_locative_with_no_person_cue() -> None:
    assert _read("Clashes spread to villages in Kamdeshi on Friday.", "Kamdeshi")
    assert _read("Soldiers massed outside Kamdeshi overnight.", "Kamdeshi")


def test_only_a_persons_name_after_a_locative() -> None:
    assert not _read("The bill stalled in Kamdeshi on Friday.", "Kamdeshi", person=False)
    assert _read("The bill stalled in the province of Kamdeshi.", "Kamdeshi", person=False)


def test_a_possessor_is_a_party() -> None:
    text = "Rebels took the province of Kamdeshi. Kamdeshi's board met on Friday."
    at = text.rindex("Kamdeshi")
    assert _named_as_party(text, Entity(at, at + 10, "ORG"), Entity(at, at + 8, "ORG"))
    assert _named_as_party(text, Entity(at, at + 8, "ORG"), Entity(at, at + 8, "ORG"))
    first = text.index("Kamdeshi")
    plain = Entity(first, first + 8, "ORG")
    assert not _named_as_party(text, plain, plain)


@pytest.mark.parametrize(
    ("text", "name", "surnames"),
    [
        # a possessive after it
        ("Clashes broke out in Kamdeshi's home district.", "Kamdeshi", frozenset()),
        (
            "Trust in Kamdeshi is low, Ada Kamdeshi's rivals said.",
            "Kamdeshi",
            frozenset({"Kamdeshi"}),
        ),
        ("Voters put their trust in Omar on Sunday.", "Omar", frozenset()),  # a given name
        ("Kamdeshi met the envoy on Friday.", "Kamdeshi", frozenset()),  # no locative
        ("Troops recaptured the town of Paris on Sunday.", "Paris", frozenset()),  # known
    ],
)
def test_person_cues_and_known_places(text: str, name: str, surnames: frozenset[str]) -> None:
    assert not _read(text, name, surnames)


@pytest.mark.model
def test_unknown_place_is_no_party_of_the_event() -> None:
    doc = geowire.extract(
        "Government soldiers recaptured the village of Marbeyo from the rebels on Sunday.",
        published="2013-01-16",
    )
    assert all("Marbeyo" not in a.name for a in doc.actors)
    assert all(e.target is None or "Marbeyo" not in e.target.name for e in doc.events)


@pytest.mark.model
def test_known_town_stands_for_its_country() -> None:
    doc = geowire.extract(
        "Aid trucks reached the town of Douentza on Friday, and Malian soldiers guarded them.",
        published="2013-01-16",
    )
    assert [(p.name, p.country) for p in doc.places] == [("Douentza", "MLI")]
    town = [a for a in doc.actors if a.name == "Douentza"]
    assert town and town[0].kind == "state" and town[0].code == "MLI"
