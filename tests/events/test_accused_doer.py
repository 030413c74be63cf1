"""The doer of an act an allegation lays on a party, named by its noun: the accused, the
blamed, the one held responsible (``extract.accused_of``), told as a claim."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _force(nlp: Pipeline, text: str) -> list[tuple[str | None, str | None, str]]:
    doc = nlp(text, published="2025-03-12")
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None, e.modality)
        for e in doc.events
        if e.root in ("18", "19", "20")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, doer",
    [
        # the passive subject of a verb of laying a wrong
        ("Chilean police were accused of the killing of ten protesters.", "CHLCOP"),
        # its object in the active
        ("Peru blamed Chile for the attack on the port of Tacna.", "CHL"),
    ],
)
def test_the_accused_did_the_act_its_noun_names(nlp: Pipeline, text: str, doer: str) -> None:
    found = _force(nlp, text)
    assert found and all(s == doer and m == "reported" for s, _, m in found), found


@pytest.mark.model
def test_the_one_held_responsible_did_it(nlp: Pipeline) -> None:
    found = _force(nlp, "Hamas militants are responsible for the killing of Israeli civilians.")
    assert found and found[0][0] is not None and found[0][0].startswith("PSE"), found


@pytest.mark.model
def test_a_condemnation_lays_no_act_on_its_speaker(nlp: Pipeline) -> None:
    found = _force(nlp, "Peru condemned the attack on the port of Tacna.")
    assert all(s is None for s, _, _ in found), found
