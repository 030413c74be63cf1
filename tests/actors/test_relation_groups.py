"""Groups named by their relation to a person or party ('the president's critics',
'supporters of the party') take the owner's country, and a sector only where the
relation fixes it; the noun alone names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from geowire import Document


def _code_of(doc: Document, word: str) -> str | None:
    start = doc.text.index(word)
    for a in doc.actors:
        if any(s <= start < e for s, e in a.mentions):
            return a.code
    return None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word, want",
    [
        # a government person's opponents are the opposition
        (
            "President Recep Tayyip Erdogan spoke on Monday. Critics of the president were "
            "detained.",
            "Critics",
            "TUROPP",
        ),
        ("Nicolas Maduro's opponents marched on Sunday.", "opponents", "VENOPP"),
        # a party's supporters are the party's
        ("Supporters of the Awami League blocked the roads.", "Supporters", "BGDPTY"),
        ("The Kuomintang's loyalists rallied on Friday.", "loyalists", "TWNPTY"),
        # a government person's followers or rivals: the country alone
        ("Nicolas Maduro called the vote. His rivals boycotted it.", "rivals", "VEN"),
        ("Nicolas Maduro called the vote. His supporters cheered.", "supporters", "VEN"),
        # a party's rivals are of a party
        ("The Awami League's rivals boycotted the vote.", "rivals", "BGDPTY"),
    ],
)
def test_a_group_named_by_its_owner_takes_the_owners_country(
    with_model: Callable[..., Document], text: str, word: str, want: str
) -> None:
    assert _code_of(with_model(text, published="2020-05-04"), word) == want


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word",
    [
        ("Critics say the new tax will fail.", "Critics"),  # no owner: no one
        ("Chile's critics accused Peru of fraud.", "critics"),  # a state's: other states'
        ("Ada Obi's supporters marched on Sunday.", "supporters"),  # an owner of no code
        # a relation noun apposed to a name is that named person
        ("Hillary Clinton's voters backed her rival, Sen. Bernie Sanders.", "rival"),
    ],
)
def test_no_group_without_an_owner_of_a_known_country(
    with_model: Callable[..., Document], text: str, word: str
) -> None:
    assert _code_of(with_model(text, published="2020-05-04"), word) is None
