"""A verb of receiving (``guest_verbs``) whose own row codes no event hosts a visit (043)
when its object's head is a person an actor names, owned by no one ("received the Ugandan
president"); a thing received, even a party's, hosts no one ("received the Ugandan
president's letter", "received Ugandan aid"), nor does a group ("all the delegates").
Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2003-03-04")
    return {
        (
            e.cameo[:3],
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in doc.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president received the Ugandan president in Nairobi on Monday.",
        "The Kenyan foreign minister received the Ugandan prime minister in Nairobi on Monday.",
    ],
)
def test_a_party_received_is_a_visit_hosted(pipe: Pipeline, text: str) -> None:
    assert ("043", "KEN", "UGA") in _events(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president received the Ugandan president's letter on Monday.",
        "The Kenyan government received Ugandan aid on Monday.",
        "The Kenyan president received the Ugandan president's photos on Monday.",
        "In both cases, the Kenyan president received all the delegates at stake.",
        "The woman who received the former Kenyan president’s photos has been chatting "
        "with him online since January.",
        "The Kenyan president received a call from the Ugandan president on Monday.",
    ],
)
def test_a_thing_received_hosts_no_one(pipe: Pipeline, text: str) -> None:
    assert not any(c == "043" for c, _s, _t in _events(pipe, text))
