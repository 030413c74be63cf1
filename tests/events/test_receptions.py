"""Consultations told with the partner after the verb's particle ("sat down with his
counterpart"), receptions of a visitor ("received his Ruritanian counterpart", "was received
by the president"; a verb of receiving whose own row codes no event hosts a person an actor
names, owned by no one: "received the Ugandan president"), and things received that host no
one ("received the envoy's letter", "received Ugandan aid", "all the delegates").
Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import act_countries

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return act_countries(pipe, text, "2003-03-04")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, source, target",
    [
        (
            "The Polish president sat down with his Czech counterpart on Friday.",
            "040",
            "POL",
            "CZE",
        ),
        ("The Kenyan president received his Ugandan counterpart in Nairobi.", "043", "KEN", "UGA"),
        ("The Thai prime minister received the U.N. envoy in Bangkok.", "043", "THA", None),
        ("The Greek defence minister was received by the Turkish premier.", "043", "TUR", "GRC"),
    ],
)
def test_a_consultation_or_reception_is_coded(
    pipe: Pipeline, text: str, code: str, source: str, target: str | None
) -> None:
    found = _events(pipe, text)
    assert any(
        c == code and s == source and (target is None or t == target) for c, s, t in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Thai ministry received the Cambodian envoy's letter on Monday.",
        "The Chilean senator received a message from the Peruvian foreign minister.",
        "The Brazilian president received a report from his Argentine counterpart.",
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


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Danish choir was met with chants of \u201cPutin, Putin\u201d in Moscow.",
        "A team from Ridge High was met with chants of \u201cObama, Obama\u201d and insults.",
    ],
)
def test_met_with_in_the_passive_is_a_reaction_no_meeting(pipe: Pipeline, text: str) -> None:
    assert not any(c.startswith("04") for c, _s, _t in _events(pipe, text))


@pytest.mark.model
def test_met_by_in_the_passive_is_still_a_meeting(pipe: Pipeline) -> None:
    found = _events(pipe, "The Latvian minister was met at the airport by Lithuanian officials.")
    assert any(c == "040" for c, _s, _t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president received the Ugandan president in Nairobi on Monday.",
        "The Kenyan foreign minister received the Ugandan prime minister in Nairobi on Monday.",
    ],
)
def test_a_person_received_is_a_visit_hosted(pipe: Pipeline, text: str) -> None:
    assert ("043", "KEN", "UGA") in _events(pipe, text)
