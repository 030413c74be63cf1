"""An office holder's one-word name that is the given name of another person ("Sharon
Ware", "Gordon Hale") is that person, not the holder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Document


@pytest.mark.parametrize(
    "text, day",
    [
        ("Sharon Ware, a poll worker, said the lines were short.", "2005-05-01"),
        ("Poll worker Sharon Ware said the lines were short.", "2005-05-01"),
    ],
)
def test_a_holders_name_as_anothers_given_name(
    with_model: Callable[..., Document], text: str, day: str
) -> None:
    doc = with_model(text, published=day)
    names = [a.name for a in doc.actors]
    assert "Sharon Ware" in names and "Ariel Sharon" not in names


def test_the_holder_by_surname_stays(with_model: Callable[..., Document]) -> None:
    doc = with_model("Sharon met Abbas in Jerusalem on Monday.", published="2005-05-01")
    assert ("Ariel Sharon", "ISRGOV") in [(a.name, a.code) for a in doc.actors]


def test_a_group_name_that_is_a_named_persons_surname(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Rep. Joseph F. Wagner said the toll plan was dead. Wagner said he would ask "
        "the board to wait.",
        published="2010-05-01",
    )
    assert "Wagner Group" not in [a.name for a in doc.actors]


def test_the_group_named_alone_stays(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "The Wagner Group withdrew. Wagner said it would return.", published="2023-05-01"
    )
    assert {a.code for a in doc.actors} == {"RUSUAF"}


def test_an_acronym_after_a_possessive_name_stays_the_group(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model("Rahimi\u2019s HTS is an armed group in Idlib.", published="2025-03-01")
    assert "Hayat Tahrir al-Sham" in [a.name for a in doc.actors]
