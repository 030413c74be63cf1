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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a possessive makes the first title a person of its own
        ("Chad's prime minister and U.N. envoy Ana Sorell held talks in N'Djamena.", "Ana Sorell",
         "IGOUNOGOV"),
        # a state's office and a rebel leader's title: two persons who meet
        ("Ethiopian prime minister and TPLF leader Tesfaye Girma signed a deal in Nairobi.",
         "Tesfaye Girma", "ETHREB"),
    ],
)
def test_a_state_office_and_a_rival_or_a_bodys_title_stay_two_persons(
    with_model: Callable[..., Document], text: str, name: str, code: str
) -> None:
    codes = _codes(with_model(text, published="2024-01-01"))
    assert codes.get(name) == code, codes
    assert len(codes) >= 2, codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # after a former office, the current opposition title is the person's
        ("Former Malawian finance minister and opposition leader Kondwani Banda criticized "
         "the government.", "Kondwani Banda", "MWIOPP"),
        # a military and a civil office of one state: the civil one
        ("Sudanese army chief and Sovereign Council head Omar Idris met Egyptian officials.",
         "Omar Idris", "SDNGOV"),
    ],
)
def test_one_persons_two_titles_take_the_current_or_the_civil_one(
    with_model: Callable[..., Document], text: str, name: str, code: str
) -> None:
    codes = _codes(with_model(text, published="2024-01-01"))
    assert codes.get(name) == code, codes
