"""A phrase of what an act is done in spite of ("despite objections from X") or with
whose help ("with help from X's troops") names no one the act is aimed at."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize(
    "text, party",
    [
        ("Despite objections from Nairobi, Kampala closed the border crossing.", "KEN"),
        ("Kampala closed the border crossing despite objections from Nairobi.", "KEN"),
        ("With help from troops from Chad, Niger recaptured the town.", "TCD"),
        ("Niger recaptured the town with the help of Chadian troops.", "TCD"),
    ],
)
def test_a_party_of_the_circumstance_is_no_target(full: Pipeline, text: str, party: str) -> None:
    doc = full(text, published="2019-03-01")
    assert doc.events
    assert not [e for e in doc.events if e.target and (e.target.code or "").startswith(party)]


def test_a_target_named_by_a_preposition_is_still_read(full: Pipeline) -> None:
    doc = full("Niger recaptured the town from the Chadian rebels.", published="2019-03-01")
    assert any(e.target and (e.target.code or "").startswith("TCD") for e in doc.events)


def test_a_gerund_after_the_object_of_an_arrest_is_the_unnamed_peoples(full: Pipeline) -> None:
    # "arrested 20 people for attacking X": the people attacked, not the police
    doc = full(
        "Egyptian police arrested 20 people for attacking a police station in Cairo.",
        published="2019-03-01",
    )
    assert not [e for e in doc.events if e.root in ("18", "19") and e.source is not None]
    doc = full("Egypt accused Iran of arming the rebels in Yemen.", published="2019-03-01")
    assert any(e.root == "07" and e.source and e.source.code == "IRN" for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested two men in connection with the bombing of the U.S. embassy.",
        "Kenyan police arrested two men for bombing the U.S. embassy.",
    ],
)
def test_the_reason_for_an_arrest_names_no_one_arrested(full: Pipeline, text: str) -> None:
    doc = full(text, published="1998-08-20")
    arrests = [e for e in doc.events if e.root == "17"]
    assert arrests
    assert not [e for e in arrests if e.target and (e.target.code or "").startswith("USA")]


def test_a_named_object_stays_the_target_of_a_reasoned_act(full: Pipeline) -> None:
    doc = full("The U.S. sanctioned Iran for supporting Hezbollah.", published="2019-03-01")
    assert any(e.root == "16" and e.target and e.target.code == "IRN" for e in doc.events)


def test_police_sent_abroad_are_the_senders_own_force(full: Pipeline) -> None:
    doc = full("Kenya sent 400 police officers to Haiti.", published="2024-03-01")
    assert any(e.root == "15" and e.target and e.target.code == "HTI" for e in doc.events)
