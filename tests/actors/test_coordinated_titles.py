"""Actor phrases (geowire.actors.resolve): two titles joined by "and" before one name are
that one person's, coded by the state's office, not the ad hoc role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Document


def _codes(doc: Document) -> dict[str, str | None]:
    return {a.name: a.code for a in doc.actors}


@pytest.mark.model
def test_an_office_and_a_mediators_role_before_a_name_are_one_person(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Former Ghanaian president and Mali crisis mediator Kwame Asante held talks in Niamey.",
        published="2024-01-01",
    )
    codes = _codes(doc)
    assert codes.get("Kwame Asante") == "GHAELI"
    assert "Ghanaian president" not in codes


@pytest.mark.model
def test_an_office_and_a_bodys_mediator_before_a_name_are_one_person(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Former Ghanaian president and ECOWAS mediator Kwame Asante visited Niamey.",
        published="2024-01-01",
    )
    codes = _codes(doc)
    assert codes.get("Kwame Asante") == "GHAELI"
    assert "ECOWAS" not in codes


@pytest.mark.model
def test_two_states_offices_stay_two_persons(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "Ghana's president and Togolese Prime Minister Kofi Mensah met in Lome.",
        published="2024-01-01",
    )
    codes = _codes(doc)
    assert codes.get("Kofi Mensah") == "TGOGOV"
    assert any(c == "GHAGOV" for c in codes.values())
