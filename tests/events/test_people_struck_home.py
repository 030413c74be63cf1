"""Unnamed people struck by an act of force with no doer and no place named are the people
of the country the story is about (``events._people_struck``)."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _force(nlp: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp(text, published="2025-03-12")
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.root in ("18", "19", "20")
    ]


@pytest.mark.model
def test_people_killed_by_a_bomb_in_an_unnamed_place_are_the_storys_people(
    nlp: Pipeline,
) -> None:
    text = (
        "LIMA, Peru — Peruvian police say five people have been killed in a bomb blast "
        "near a market in the capital."
    )
    assert (None, "PERCVL") in _force(nlp, text)


@pytest.mark.model
def test_a_bare_toll_stays_no_act(nlp: Pipeline) -> None:
    assert _force(nlp, "LIMA, Peru — Five people were killed, police said.") == []


@pytest.mark.model
def test_an_object_killed_with_no_subject_parsed_is_not_the_storys_people(nlp: Pipeline) -> None:
    # the parser can leave the doer out of the clause ("... Organization H5N1 has
    # killed"): an object killed is the story's people only after a blast's verb
    text = (
        "EDINBURGH, Scotland — A dead swan tested positive for the virus. According to "
        "the World Health Organization H5N1 has killed 109 people worldwide since 2003."
    )
    assert _force(nlp, text) == []
