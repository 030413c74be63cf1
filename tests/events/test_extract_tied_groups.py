"""Parties named by their tie to a person (geowire/events/extract.py, ``np_actor``): the
people or group a noun phrase heads, not the person its possessor, compound or
"pro-"/"anti-" modifier names, coded with that person's country (party audit,
evaluation/data/party_audit.jsonl, class "phrase")."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a "pro-" modifier names whom the group backs, not the group
        ("A pro-Rubio group criticized Jeb Bush on Monday.", ("11", "USA", "USAPTY")),
        # a compound name on a noun of followers
        ("A Trump supporter criticized Hillary Clinton on Monday.", ("11", "USAPTY", "USAPTY")),
        ("Anti-Putin protesters criticized the Kremlin on Monday.", ("11", "RUSOPP", "RUSGOV")),
    ],
)
def test_tied_group_is_the_party(pipe: Pipeline, text: str, dyad: tuple[str, str, str]) -> None:
    got = root_dyads(pipe, text, published="2016-01-01")
    assert dyad in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # an agent noun of the owner's state stays the state's ("X's spokesman")
        ("Obama's spokesman criticized Iran on Monday.", ("11", "USAGOV", "IRN")),
        ("Russia's government criticized Ukraine on Monday.", ("11", "RUSGOV", "UKR")),
    ],
)
def test_owner_agents_keep_their_code(
    pipe: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    got = root_dyads(pipe, text, published="2016-01-01")
    assert dyad in got, got


@pytest.mark.model
def test_kin_owner_is_no_party(pipe: Pipeline) -> None:
    # the owner of a name with a noun of kin before it is not the doer; kin take no
    # country of their kinsman (they live abroad too often)
    text = "Le Pen's niece Marion criticized Hollande on Monday."
    got = root_dyads(pipe, text, published="2016-01-01")
    assert not any(s == "FRAOPP" for _r, s, _t in got), got


@pytest.mark.model
def test_rivals_are_no_opposition(pipe: Pipeline) -> None:
    # a governor's rivals for a nomination are of his country, no opposition to his
    # government (peer_relations)
    text = "Ohio Gov. John Kasich criticized his rivals on Monday."
    got = root_dyads(pipe, text, published="2016-02-20")
    assert ("11", "USAGOV", "USA") in got, got
