"""Recent wire news acts the verb dictionary missed (verbs.tsv ``&CLOSABLE``, ``&CIVIC``,
``&BLOCNOUN``, the unfreeze, pledge-for, cyberattack, foreign-agent, citizenship and ram
rows): a border crossing or airspace closed is a restriction (172), frozen assets released or
unfrozen ease a sanction (085), a member suspended from a bloc has relations reduced (160), a
sum pledged for a party is aid pledged (033), a cyberattack is coded (176), a foreign-agent
designation or civil society shut restricts political freedoms (1721), a vessel rammed is
force (190). The look-alikes stay uncoded. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[str]:
    return [c for c, _, _ in coded_events(pipe, text, "2020-05-04")]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Egypt closed the Rafah crossing on Sunday.", "172"),
        ("Moscow closed its airspace to Polish airlines.", "172"),
        ("Kuwait unfroze the assets of the Iraqi bank.", "085"),
        ("Japan released frozen Iranian assets.", "085"),
        ("ECOWAS suspended Guinea from the regional bloc.", "160"),
        ("Donors pledged $3 billion for Yemen.", "033"),
        ("Iran launched a cyberattack on Albania.", "176"),
        ("Kyrgyzstan designated the radio station a foreign agent.", "1721"),
        ("Nicaragua stripped the bishop of his citizenship.", "172"),
        ("Chinese coast guard ships rammed a Vietnamese fishing vessel.", "190"),
    ],
)
def test_a_recent_wire_act_is_coded(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The governor will unfreeze $300 million in road funds.",
        "The Ohio union suspended the clerk from the union.",
        "The Texas firm pledged $2 million for research.",
        "The Iowa ferry rammed the dock in heavy fog.",
    ],
)
def test_a_look_alike_is_no_such_act(pipe: Pipeline, text: str) -> None:
    assert not {"085", "160", "033", "190"} & set(_codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua shut down 2,000 NGOs.",
        "A Minsk court dissolved dozens of rights groups.",
    ],
)
def test_civil_society_shut_is_a_restriction_on_freedoms(pipe: Pipeline, text: str) -> None:
    assert "1721" in _codes(pipe, text)


@pytest.mark.model
def test_a_street_closed_near_an_ngo_is_none(pipe: Pipeline) -> None:
    assert "1721" not in _codes(pipe, "The Chicago mayor closed the street near the NGO office.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a party's or a union's member suspended from an alliance at home: no state
        "The ruling coalition suspended the legislator from the alliance.",
        "The nurses' union suspended the treasurer from the organization.",
        # frozen funds a bank releases to its customers: no sanction eased
        "The bank released frozen funds to its clients after the outage.",
        # the noun modifying what is conducted: no cyberattack
        "The army conducted a cyberattack simulation on Tuesday.",
    ],
)
def test_a_domestic_or_modifier_look_alike_is_no_such_act(pipe: Pipeline, text: str) -> None:
    assert not {"085", "160", "176"} & set(_codes(pipe, text))


@pytest.mark.model
def test_a_state_suspended_from_the_alliance_is_still_coded(pipe: Pipeline) -> None:
    assert "160" in _codes(pipe, "The African Union suspended Guinea from the organization.")
