"""Actor phrases (geowire.actors.resolve): a name and the title apposed to it are one
person, also when lower-case modifiers the role table does not hold stand before the
title's noun (", a customs officer in Egypt"). Needs the model (the parse tells the
modifiers)."""

from __future__ import annotations

from collections.abc import Callable

from geowire import Document


def _codes(doc: Document) -> dict[str, str | None]:
    return {a.name: a.code for a in doc.actors}


def test_a_title_with_noun_modifiers_is_the_names_own(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        '"Why have a war?" asked Abdul Latif Shekar, a customs officer in Egypt, a country '
        "that sent troops.",
        published="1991-02-25",
    )
    # the country of the title; a modifier before a bare government noun ("customs") names
    # its field, so no GOV
    assert _codes(doc)["Abdul Latif Shekar"] == "EGY"
    assert not any(a.name.startswith("officer") for a in doc.actors)


def test_a_title_with_two_modifiers_is_the_names_own(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        '"We will win," said Ahmed Nasser, a local party official in Cairo.',
        published="2011-02-25",
    )
    assert _codes(doc)["Ahmed Nasser"] == "EGYPTY"


def test_a_clause_between_name_and_title_keeps_them_apart(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "He spoke with Ahmed Nasser, a man who had met the customs officer in Egypt.",
        published="2011-02-25",
    )
    assert _codes(doc).get("Ahmed Nasser") != "EGYGOV"


def test_a_described_person_keeps_a_code_of_their_own(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "Ben Carson, the only doctor on stage, was more measured on the topic.",
        published="2016-02-07",
    )
    assert _codes(doc)["Ben Carson"] == "USAPTY"


def test_a_shadow_title_is_no_office(with_model: Callable[..., Document]) -> None:
    # an opposition post ("shadow"): the title is no office of the state, not the name's
    doc = with_model(
        "Jane Marlow, the shadow justice secretary, criticised the minister on Monday.",
        published="2024-03-04",
    )
    assert not (_codes(doc).get("Jane Marlow") or "").endswith("GOV")
