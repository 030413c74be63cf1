"""A phrase put before its clause and ended by a comma is no list with the clause's
subject: "Under pressure from officials in Kenya, Uganda agreed" names Uganda as the one
who agreed, not officials of both states; a list of names stays one list."""

from __future__ import annotations

import pytest

from geowire import Document, Pipeline


def _sources(doc: Document) -> set[str | None]:
    return {e.source.code if e.source else None for e in doc.events}


@pytest.mark.parametrize(
    "text, source, not_source",
    [
        (
            "Under pressure from lawmakers in Canada, Mexico agreed to the talks.",
            "MEX",
            "CAN",
        ),
        (
            "After criticism from officials in Tanzania, Kenya closed the border.",
            "KEN",
            "TZA",
        ),
    ],
)
def test_the_subject_after_a_fronted_phrase_is_its_own_actor(
    full: Pipeline, text: str, source: str, not_source: str
) -> None:
    doc = full(text, published="2019-03-01")
    countries = {(c or "")[:3] for c in _sources(doc)}
    assert source in countries
    assert not_source not in countries
    # the subject is the country named as a whole, not one more of the phrase's role
    name = {"MEX": "Mexico", "KEN": "Kenya"}[source]
    at = text.index(name)
    subject = next(a for a in doc.actors if any(m[0] == at for m in a.mentions))
    assert subject.code == source


def test_a_list_of_countries_after_a_role_is_still_one_list(full: Pipeline) -> None:
    doc = full(
        "Officials from Ghana, Togo and Benin condemned the attack.", published="2019-03-01"
    )
    assert {"GHAGOV", "TGOGOV", "BENGOV"} <= _sources(doc)
