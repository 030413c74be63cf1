"""The armed forces a modifier names on a noun of force ("a military attack", "an army
offensive") are that act's doer: never whom the act strikes, and, under a light verb with a
subject of its own, that subject's own forces. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_countries

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2011-05-04"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the object's modifier is the doer; whom the act strikes is its "on"/"in" phrase
        ("Chile launched a military attack on Peru.", ("19", "CHL", "PER")),
        ("Chile launched a military offensive in northern Peru on Tuesday.", ("19", "CHL", "PER")),
        ("Chile launched a military operation in southern Peru.", ("19", "CHL", "PER")),
        # a light verb's subject is the doer of the strike its object names
        ("Chile carried out a military strike on Peru.", ("19", "CHL", "PER")),
    ],
)
def test_the_force_a_modifier_names_does_the_act(
    pipe: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    assert dyad in root_countries(pipe, text, PUBLISHED)
    assert not any(
        t is not None and t != dyad[2]
        for r, _s, t in root_countries(pipe, text, PUBLISHED)
        if r == "19"
    )


@pytest.mark.model
def test_an_operation_with_no_one_struck_has_no_target(pipe: Pipeline) -> None:
    assert ("19", "CHL", None) in root_countries(
        pipe, "Chile launched a military operation.", PUBLISHED
    )


@pytest.mark.model
def test_a_demonym_on_the_noun_still_names_the_doer(pipe: Pipeline) -> None:
    # the doer named by a demonym, not a force: the light verb's subject does not replace it
    assert ("19", "CHL", "PER") in root_countries(
        pipe, "The agency reported a Chilean air strike on Peru.", PUBLISHED
    )


@pytest.mark.model
def test_recalling_an_envoy_from_a_capital_acts_on_its_state(pipe: Pipeline) -> None:
    assert ("16", "CHL", "PER") in root_countries(
        pipe, "Chile recalled its ambassador from Lima.", PUBLISHED
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The senator clashed with reporters over the size of the crowd.",
        "The two parties battled over the budget for weeks.",
    ],
)
def test_a_dispute_between_unarmed_parties_is_no_force(pipe: Pipeline, text: str) -> None:
    assert not any(r in ("18", "19", "20") for r, _s, _t in root_countries(pipe, text, PUBLISHED))


@pytest.mark.model
def test_a_clash_with_the_police_over_something_stays_force(pipe: Pipeline) -> None:
    got = root_countries(pipe, "Chilean police clashed with students over the eviction.", PUBLISHED)
    # the police's side of the street fight is violent repression (175)
    assert any(r in ("14", "17", "18", "19") for r, _s, _t in got)
