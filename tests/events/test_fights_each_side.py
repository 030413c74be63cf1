"""A fight "with" a party ("clashed with", "fought with", "exchanged fire with") is
each side's; a crowd's clash with police is not the police's fight. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest
from factories import country_pairs

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Ukrainian forces clashed with Russian troops near the river on Tuesday.", "UKR", "RUS"),
        ("Venezuelan troops fought with Colombian guerrillas along the border.", "VEN", "COL"),
        ("Israeli troops exchanged fire with Hezbollah fighters on Sunday.", "ISR", "LBN"),
    ],
)
def test_a_fight_with_a_party_is_each_sides(
    pipe: Pipeline, text: str, one: str, other: str
) -> None:
    found = country_pairs(pipe, text, "19")
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
def test_a_crowd_clashing_with_police_is_no_fight_of_the_police(pipe: Pipeline) -> None:
    found = country_pairs(pipe, "Protesters clashed with police in Nairobi on Tuesday.", "19")
    assert ("KEN", "KEN") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, foe",
    [
        # a fight "with" a party against a foe: the party is an ally, the foe the target
        ("Canada fought with France against Austria in the old war.", "AUT"),
        ("Yazidi militiamen, who fought with Iraqi troops against the Islamic State, left.", "IMG"),
    ],
)
def test_a_fight_with_a_party_against_a_foe_is_fought_beside_it(
    pipe: Pipeline, text: str, foe: str
) -> None:
    found = country_pairs(pipe, text, "19")
    assert found and all(t == foe for _, t in found), found


@pytest.mark.model
def test_a_volunteers_fight_with_a_party_is_fought_beside_it(pipe: Pipeline) -> None:
    text = "Georgian volunteers fought with Ukrainian troops near Izium."
    found = country_pairs(pipe, text, "19")
    # (the doer fights beside the troops: they do not fight back)
    assert ("UKR", "GEO") not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a crowd named by its noun, with no crowd role in its code, does not fight back
        "Police fought with supporters of the detained candidate in Conakry on Friday.",
        "Soldiers clashed with Kashmiri youths in Srinagar on Friday.",
        "Border guards clashed with refugees near the fence on Monday.",
        "Croatian police clashed with ethnic Serbs in Knin on Friday.",
    ],
)
def test_a_clash_with_a_crowd_by_its_noun_is_no_fight_back(pipe: Pipeline, text: str) -> None:
    doc = pipe(text, published="2022-06-01")
    codes = sorted(e.cameo for e in doc.events if e.cameo[:2] in ("14", "17", "18", "19"))
    assert codes == ["175"], [(e.cameo, e.source, e.target) for e in doc.events]


@pytest.mark.model
def test_a_clash_with_armed_gangs_stays_each_sides(pipe: Pipeline) -> None:
    doc = pipe("Police clashed with armed gangs in Port-au-Prince.", published="2022-06-01")
    assert sorted(e.cameo for e in doc.events) == ["190", "190"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # people who bear no arms by their role (senses.civilian: clerics, REL), not only by
        # their noun, do not fight back
        "Soldiers clashed with Buddhist monks in Mandalay on Tuesday.",
        "Riot police clashed with clerics outside the seminary in Qom.",
    ],
)
def test_a_clash_with_people_unarmed_by_their_role_is_no_fight_back(
    pipe: Pipeline, text: str
) -> None:
    doc = pipe(text, published="2022-06-01")
    codes = sorted(e.cameo for e in doc.events if e.cameo[:2] in ("14", "17", "18", "19"))
    assert codes == ["175"], [(e.cameo, e.source, e.target) for e in doc.events]


@pytest.mark.model
def test_a_clash_with_an_armed_opposition_stays_each_sides(pipe: Pipeline) -> None:
    # an opposition role beside an armed one (OPPREB) is no crowd: it fights back
    text = "Syrian troops clashed with armed opposition fighters near Hama."
    doc = pipe(text, published="2022-06-01")
    sides = [(e.source and e.source.code, e.target and e.target.code) for e in doc.events]
    assert len(sides) == 2 and sides[0] == sides[1][::-1], sides


@pytest.mark.model
@pytest.mark.parametrize(
    "text, one, other",
    [
        # a reciprocal pronoun object names the doers: each fought the other
        ("Ethiopia and Eritrea fought each other along the border in May.", "ETH", "ERI"),
        ("Russian and Ukrainian troops battled one another near the river.", "RUS", "UKR"),
    ],
)
def test_parties_that_fought_each_other_fight_each_other(
    pipe: Pipeline, text: str, one: str, other: str
) -> None:
    found = country_pairs(pipe, text, "19")
    assert (one, other) in found and (other, one) in found, found


@pytest.mark.model
def test_unarmed_parties_fighting_each_other_use_no_force(pipe: Pipeline) -> None:
    text = "The two senators from Ohio fought each other over the tax bill."
    assert not country_pairs(pipe, text, "19"), text
