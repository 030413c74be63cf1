"""A role of armed members whose possessive pronoun the coreference took for a party is
that party's force ("Hamas said its fighters ...": Hamas's fighters), not of a country its
sentence names; a relational role ("their attackers") or a pronoun standing for a person
keeps the country its context gives. Through the whole pipeline; the sentences are made
up."""

from __future__ import annotations

import pytest

from geowire import Document, Pipeline


def _code_of(doc: Document, name: str) -> str | None:
    return next((a.code for a in doc.actors if a.name == name), None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role", "code"),
    [
        ("Hamas said its fighters fired rockets at Tel Aviv on Monday.", "fighters", "PSEREBHMS"),
        ("Hezbollah said its fighters attacked Israeli troops near the border.", "fighters",
         "LBNREBHEZ"),
        ("NATO said its troops killed three militants in Helmand province.", "troops",
         "IGONATMIL"),
    ],
)
def test_a_pronoun_owned_force_is_its_owners(
    full: Pipeline, text: str, role: str, code: str
) -> None:
    doc = full(text, published="2023-05-05")
    assert _code_of(doc, role) == code, [(a.name, a.code) for a in doc.actors]


@pytest.mark.model
def test_a_relational_role_keeps_its_context(full: Pipeline) -> None:
    doc = full(
        "Villagers in Mali said their attackers came on motorbikes on Monday.",
        published="2023-05-05",
    )
    code = _code_of(doc, "attackers")
    assert code is None or "CVL" not in code, [(a.name, a.code) for a in doc.actors]
