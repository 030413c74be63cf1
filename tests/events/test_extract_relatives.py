"""The parties of acts told in relative clauses (geowire/events/extract.py): an object
relative pronoun (not "whose") stands for the noun its clause describes, a relative pronoun the
parser read as a second subject is the clause's object, and a clause with no relative
word acts on its noun (party audit, evaluation/data/party_audit.jsonl)."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline
from geowire.events.extract import relative_antecedent


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the object "which"/"whom" is the noun the clause is on
        ("Chile praised Peru, which Bolivia had criticized.", ("11", "BOL", "PER")),
        ("Ecuador, which Peru accused of spying, recalled its envoy.", ("11", "PER", "ECU")),
        ("Chile attacked the Bolivian rebels, whom Peru had armed.", ("07", "PER", "BOLREB")),
        # no relative word: the clause's gap is its object
        ("Chile welcomed the Peruvian diplomats Bolivia expelled.", ("17", "BOL", "PERGOV")),
    ],
)
def test_relative_pronoun_object_is_the_noun(
    pipe: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    got = _dyads(pipe, text)
    assert dyad in got, got


@pytest.mark.model
def test_fronted_relative_pronoun_is_the_object(pipe: Pipeline) -> None:
    # "who" and "many" both read as subjects: "who" (the ministers) is criticized
    text = (
        "The Chilean president thanked the Peruvian ministers, who many in Bolivia had criticized."
    )
    got = _dyads(pipe, text)
    assert ("11", "PERGOV", None) not in got, got
    assert any(r == "11" and t == "PERGOV" for r, _s, t in got), got


@pytest.mark.model
def test_whose_is_no_antecedent(parse: Pipeline) -> None:
    # the parser often hangs "whose" on the wrong noun: it names no party by itself
    doc = parse("Bolivia, whose criticism of Chile has grown sharper, met Peru.")
    whose = next(t for t in doc.parse if t.lower_ == "whose")
    assert relative_antecedent(whose) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "wrong"),
    [
        # the relative clause tells what the noun acted on did: its victims are no target
        ("Chile condemned the raid which killed five Bolivian soldiers.", "11", "BOLMIL"),
        # nor whom those the verb acts on had harmed
        ("Peru freed six staff who were convicted of poisoning Bolivian children.", "08", "BOLCVL"),
    ],
)
def test_a_relative_clause_of_its_own_subject_names_no_target(
    pipe: Pipeline, text: str, root: str, wrong: str
) -> None:
    got = _dyads(pipe, text)
    assert any(r == root for r, _s, _t in got), got
    assert not any(r == root and t == wrong for r, _s, t in got), got
