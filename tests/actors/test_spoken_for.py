"""One who speaks for a body ("a spokesman for Hamas", "a spokeswoman for the European
Commission": ``represent_heads``) is of that body, an international one, a country's party
outside its state or a state's office, not of the country of another party in the
sentence; a for-phrase that names no body (the family) leaves the usual country. The
sentences are made up."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("A spokesman for Hamas called Israel's offer worthless.", "PSEREB"),
        ("A spokeswoman for the European Commission criticized Hungary's decision.", "IGOEEC"),
        ("A spokesman for the Houthis threatened to attack ships bound for Israel.", "YEMREB"),
    ],
)
def test_a_spokesman_is_of_the_body_they_speak_for(text: str, code: str) -> None:
    import geowire

    doc = geowire.extract(text, published="2024-05-06")
    roles = [a.code or "" for a in doc.actors if a.name.lower().startswith("spokes")]
    assert roles and all(r.startswith(code) for r in roles), roles


@pytest.mark.model
def test_a_person_apposed_a_spokesman_is_of_the_body_too() -> None:
    import geowire

    doc = geowire.extract(
        "Ali Nur, a spokesman for the Houthis, threatened to attack ships bound for Israel.",
        published="2024-05-06",
    )
    assert {a.name: a.code for a in doc.actors}.get("Ali Nur", "").startswith("YEMREB")


@pytest.mark.model
def test_a_spokesman_for_people_keeps_the_country() -> None:
    import geowire

    doc = geowire.extract(
        "Police in Kenya detained a reporter. A spokesman for the family said he was innocent.",
        published="2024-05-06",
    )
    roles = [a.code or "" for a in doc.actors if a.name.lower().startswith("spokes")]
    assert all(r.startswith("KEN") for r in roles), roles
