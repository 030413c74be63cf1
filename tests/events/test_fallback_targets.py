"""Whom a verb acts on when no object or target preposition names anyone: the last-resort
reading of the verb's other dependents skips those that name no one acted on (the doer of
a passive, and, when the verb has an object of its own, a role's and a means phrase's
parties). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # the means of an act with its own object
        (
            "The Chilean senator defended the bill by noting that the Peruvian president had "
            "backed it.",
            "05",
        ),
        # the role the subject acts in
        ("The Chilean senator opposed the bill as a member of the Peruvian delegation.", "11"),
    ],
)
def test_no_one_acted_on_is_taken_from_other_dependents(
    pipe: Pipeline, text: str, root: str
) -> None:
    got = _dyads(pipe, text)
    assert any(r == root for r, _s, _t in got), got
    assert not any(r == root and t is not None and t.startswith("PER") for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        # a verb with no object of its own shares its joined verb's
        ("The Chilean senator met with and prayed over the Peruvian president.", "04", "PERGOV"),
        (
            "The Chilean senator supported but did not endorse the Peruvian president.",
            "05",
            "PERGOV",
        ),
        # and the means it acts by names whom it acts on
        ("Chile retaliated by raising tariffs on Peruvian exports.", "19", "PER"),
        # a party after "by" is a doer, not a means
        ("The Chilean government complained of interference by Peru.", "11", "PER"),
        # the office one leaves is the one left
        ("The Chilean senator stepped down as Peru's envoy.", "08", "PERGOV"),
        # a joined verb's own event keeps its target
        (
            "The Chilean senator condemned the vote but praised the Peruvian president.",
            "05",
            "PERGOV",
        ),
    ],
)
def test_shared_parties_are_kept(pipe: Pipeline, text: str, root: str, target: str) -> None:
    got = _dyads(pipe, text)
    assert any(r == root and t == target for r, _s, t in got), got


@pytest.mark.model
def test_the_doer_of_a_passive_is_not_acted_on(pipe: Pipeline) -> None:
    # the senator is named only as the one whose allies act
    got = _dyads(pipe, "The plan was opposed by the Chilean senator's Peruvian allies.")
    assert any(r == "11" and s == "PER" for r, s, _t in got), got
    assert not any(r == "11" and t is not None for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chilean troops fought alongside Peruvian soldiers.",
        "The Chilean navy is patrolling the coast alongside two Peruvian ships.",
    ],
)
def test_those_acting_beside_the_doer_are_not_acted_on(pipe: Pipeline, text: str) -> None:
    # "alongside" names a partner (ally_prepositions), never the one the act is done to
    got = _dyads(pipe, text)
    assert got, got
    assert not any(t is not None and t.startswith("PER") for _r, _s, t in got), got


@pytest.mark.model
def test_a_partner_beside_a_cooperative_act_is_its_partner(pipe: Pipeline) -> None:
    # in a cooperative act "alongside" names the one it is done with
    got = _dyads(pipe, "Chile held naval exercises alongside Peru.")
    assert any(t == "PER" for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Tuareg rebels fought alongside Chadian soldiers.",
        "Tuareg rebels fought alongside Chadian soldiers in the desert.",
        "Tuareg rebels fought alongside Chadian soldiers near the Libyan border.",
    ],
)
def test_a_fight_beside_an_armed_partner_stays_a_fight_on_no_one(
    pipe: Pipeline, text: str
) -> None:
    # irregulars beside an armed partner fight a force (19), not an assault (18); the
    # one fought is not named: neither their own country nor a border's side
    got = _dyads(pipe, text)
    assert any(r == "19" for r, _s, _t in got), got
    assert not any(r == "18" for r, _s, _t in got), got
    assert not any(r in ("18", "19") and t is not None for r, _s, t in got), got


@pytest.mark.model
def test_a_border_names_no_country_acted_on(pipe: Pipeline) -> None:
    # "near the Libyan border": the act may be on either side of it (boundary_nouns)
    got = _dyads(pipe, "Chadian troops fought near the Libyan border.")
    assert any(r == "19" for r, _s, _t in got), got
    assert not any(t == "LBY" for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Sudan massed troops on the Chadian border.", "TCD"),
        ("Chad moved tanks to the Libyan border.", "LBY"),
        ("Chad deployed troops along the Sudanese frontier.", "SDN"),
    ],
)
def test_a_posture_at_a_border_faces_its_named_side(
    pipe: Pipeline, text: str, side: str
) -> None:
    # force massed or deployed at a border faces the side its demonym names (EventCoder.
    # _border_side, boundary_prepositions), not the doer's own side
    got = _dyads(pipe, text)
    assert any(r == "15" and t == side for r, _s, t in got), got


@pytest.mark.model
def test_a_posture_at_its_own_border_faces_no_one(pipe: Pipeline) -> None:
    got = _dyads(pipe, "Chadian troops deployed along the Chadian border.")
    assert any(r == "15" for r, _s, _t in got), got
    assert not any(r == "15" and t is not None for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "BAMAKO, Mali (AP) — Wagner fighters fought in the north on Tuesday, residents "
            "said. Mali's junta has relied on the Russian mercenaries since 2021.",
            "MLI",
        ),
        (
            "NAIROBI, Kenya (AP) — Al-Shabab claimed responsibility for the attack, Kenyan "
            "police said. Kenya's government has sent troops to Somalia.",
            "KEN",
        ),
    ],
)
def test_placeless_force_of_militants_is_in_the_story_country(
    pipe: Pipeline, text: str, where: str
) -> None:
    # militants' force with no one and nowhere named is done in the country the story is
    # about, not in the group's own (a foreign one's own is where it comes from)
    got = _dyads(pipe, text)
    assert any(r == "18" and t == where for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "where"),
    [
        # force taken over a border is not done in the doers' own country: the story's
        (
            "Chadian officials said on Monday that rebels crossed the border from Sudan and "
            "attacked a remote village. Chad's army sent reinforcements, and Chad's president "
            "flew to the east of Chad.",
            "TCD",
        ),
        # nor anywhere, when the story is of their own country
        ("Sudanese rebels fired more mortars across the border on Monday.", None),
    ],
)
def test_force_across_a_border_is_not_in_the_doers_country(
    pipe: Pipeline, text: str, where: str | None
) -> None:
    got = _dyads(pipe, text)
    assert any(r in ("18", "19") for r, _s, _t in got), got
    assert not any(r in ("18", "19") and t == "SDN" for r, _s, t in got), got
    if where is not None:
        assert any(r in ("18", "19") and t == where for r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a thing of a state's armed force struck at a place stands for that state's forces
        ("Gunmen attacked a Chilean army base near Arica on Tuesday.", "CHLMIL"),
        # its police, when only police words name the thing
        ("Gunmen attacked a police station in Arica on Tuesday.", "CHLCOP"),
    ],
)
def test_an_armed_thing_struck_at_a_place_is_its_state_force(
    pipe: Pipeline, text: str, target: str
) -> None:
    got = _dyads(pipe, text)
    assert any(r in ("18", "19") and t == target for r, _s, t in got), got


@pytest.mark.model
def test_a_thing_of_no_force_struck_at_a_place_stays_the_place_country(pipe: Pipeline) -> None:
    got = _dyads(pipe, "Gunmen attacked a hotel in Arica on Tuesday.")
    assert any(r == "18" and t == "CHL" for r, _s, t in got), got
