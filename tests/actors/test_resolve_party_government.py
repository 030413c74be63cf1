"""A party's name modifying a noun of a state's ruling body ("the UPND government",
``party_rule_nouns``) names the country's government, not the party. The sentences are
made up."""

from __future__ import annotations

import pytest


def _codes(text: str) -> dict[str, str | None]:
    import geowire

    doc = geowire.extract(text, published="2024-05-06")
    return {a.name: a.code for a in doc.actors}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Zambia's UPND government detained two journalists.", "UPND government", "ZMBGOV"),
        ("The ANC government recalled its envoy.", "ANC government", "ZAFGOV"),
        ("Angola's MPLA government banned the march.", "MPLA government", "AGOGOV"),
    ],
)
def test_a_party_named_government_is_the_countrys_government(
    text: str, name: str, code: str
) -> None:
    assert _codes(text).get(name) == code


@pytest.mark.model
def test_a_party_alone_stays_the_party() -> None:
    assert _codes("ANC leaders criticized the budget.").get("ANC leaders") == "ZAFPTY"
