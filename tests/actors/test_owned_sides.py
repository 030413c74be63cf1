"""The sides of a fight named through their men: armed men named by two owners at once
are one group of each ('the forces of X and Y'); men tied to different names are two
sides though their codes agree; the teller of a clause is no side of the pair it tells
of."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import codes_at

from geowire import Document, Pipeline


def _actors_at(doc: Document, word: str, nth: int = 0) -> list[str]:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(word, start + 1)
    return [a.id for a in doc.actors if any(s <= start < e for s, e in a.mentions)]


@pytest.mark.model
def test_forces_of_two_owners_are_two_groups(full: Pipeline) -> None:
    doc = full(
        "South Sudan's President Salva Kiir met rebel leader Riek Machar in January. "
        "Fighting between the forces of Kiir and Machar has left many dead.",
        published="2014-01-10",
    )
    codes = codes_at(doc, "forces")
    assert sorted(c or "" for c in codes) == ["SSDMIL", "SSDREB"]
    pairs = {(e.source.code, e.target.code) for e in doc.events if e.source and e.target}
    assert ("SSDMIL", "SSDREB") in pairs and ("SSDREB", "SSDMIL") in pairs


@pytest.mark.model
def test_forces_loyal_to_a_rebel_are_rebels(full: Pipeline) -> None:
    doc = full(
        "South Sudan's President Salva Kiir met rebel leader Riek Machar in January. "
        "Forces loyal to Machar attacked the town on Monday.",
        published="2014-01-10",
    )
    assert codes_at(doc, "Forces") == ["SSDREB"]


@pytest.mark.model
def test_men_tied_to_different_names_are_two_sides(full: Pipeline) -> None:
    doc = full(
        "Fighting broke out in Ivory Coast between soldiers loyal to Laurent Gbagbo and "
        "forces backing Alassane Ouattara.",
        published="2010-12-16",
    )
    soldiers, forces = _actors_at(doc, "soldiers"), _actors_at(doc, "forces")
    assert soldiers and forces and set(soldiers).isdisjoint(forces)


@pytest.mark.model
def test_supporters_of_two_owners_are_two_groups(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "Nicolas Maduro and Ivan Duque spoke. Supporters of Maduro and Duque clashed.",
        published="2019-05-04",
    )
    assert sorted(c or "" for c in codes_at(doc, "Supporters")) == ["COL", "VEN"]


@pytest.mark.model
def test_the_teller_of_a_clause_is_no_side_of_its_pair(full: Pipeline) -> None:
    doc = full(
        "Clashes broke out between Ethiopia and Eritrea on Monday. Witnesses told "
        "Reuters the two sides exchanged artillery fire.",
        published="2010-12-16",
    )
    pair = {
        a.code for a in doc.actors if any(doc.text[s:e] == "the two sides" for s, e in a.mentions)
    }
    assert pair == {"ETH", "ERI"}


@pytest.mark.model
def test_the_men_of_an_owner_out_of_power_are_the_armed_opposition(full: Pipeline) -> None:
    doc = full(
        "Clashes between the forces of President Salva Kiir and ex-vice president "
        "Riek Machar spread to two more towns.",
    )
    assert sorted(c or "" for c in codes_at(doc, "forces")) == ["SSDMIL", "SSDREB"]


@pytest.mark.model
def test_the_owners_final_codes_decide_their_mens_sides(full: Pipeline) -> None:
    doc = full(
        "Fighting between the forces of President Salva Kiir and rebel leader Gatwech "
        "Duol has left hundreds dead in South Sudan.",
        published="2015-03-02",
    )
    assert sorted(c or "" for c in codes_at(doc, "forces")) == ["SSDMIL", "SSDREB"]


@pytest.mark.model
def test_an_owner_named_in_apposition_owns_the_men(full: Pipeline) -> None:
    doc = full(
        "South Sudan's President Salva Kiir met rebel leader Riek Machar in January. "
        "Troops who support his old rival, Riek Machar, seized an airstrip on Monday.",
        published="2014-01-10",
    )
    assert codes_at(doc, "Troops") == ["SSDREB"]
