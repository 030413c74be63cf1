"""Who did it, when the sentence names the doer only by a description, a relative clause
or the act's own "by" phrase: 'the group' after a group named by its members, 'the
ministry' after a state acted, 'the attack on the base by X', 'fired a missile that
killed'. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline

pytestmark = pytest.mark.model


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2021-03-04")


def _sources(pipe: Pipeline, text: str, root: str) -> set[str | None]:
    return {s for r, s, _t in _dyads(pipe, text) if r == root}


@pytest.mark.parametrize(
    "text, root, code",
    [
        (
            "Taliban militants overran a checkpoint in Kandahar. The group threatened "
            "more attacks on Friday.",
            "13",
            "AFGREBTAL",
        ),
        (
            "Houthi fighters fired drones at a Saudi airport. The movement warned of "
            "further strikes.",
            "01",
            "YEMREB",
        ),
    ],
)
def test_the_group_after_a_group_named_by_its_members_is_that_group(
    pipe: Pipeline, text: str, root: str, code: str
) -> None:
    assert any((s or "").startswith(code) for s in _sources(pipe, text, root))


def test_the_group_after_several_agencies_is_none_of_them(pipe: Pipeline) -> None:
    text = "U.N. agencies warned of famine in the north. The group threatened to sue Chad."
    assert not any((s or "").startswith("IGO") for s in _sources(pipe, text, "13"))


def test_the_ministry_after_a_state_acted_is_that_states(pipe: Pipeline) -> None:
    text = (
        "Ukraine said Russian drones struck a power plant overnight. The ministry "
        "accused Moscow of terrorism."
    )
    assert "UKRGOV" in _sources(pipe, text, "11")


def test_people_of_a_role_are_no_state_body(pipe: Pipeline) -> None:
    # 'the prime ministers' are the two named before, not Mauritius's body
    text = (
        "Indian Prime Minister Narendra Modi met Mauritius Prime Minister Navin "
        "Ramgoolam. Mauritius honored Modi, and the prime ministers signed eight pacts."
    )
    assert "MUSGOV" not in {s for r, s, t in _dyads(pipe, text) if r == "05" and t is None}


@pytest.mark.parametrize(
    "text, code",
    [
        ("The attack on the base by Taliban fighters killed five soldiers.", "AFGREBTAL"),
        ("Raids by Nigerian troops killed 20 Boko Haram fighters.", "NGAMIL"),
    ],
)
def test_what_an_act_does_is_done_by_its_by_agent(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _sources(pipe, text, "19")


def test_a_by_agent_hung_on_a_counting_noun_is_the_acts(pipe: Pipeline) -> None:
    text = "Chad is seeing a wave of kidnappings of students by criminal gangs."
    assert any((s or "").startswith("TCD") for s in _sources(pipe, text, "18"))


def test_a_by_phrase_of_an_act_on_an_act_stays_with_that_act(pipe: Pipeline) -> None:
    # the condemnation is Egypt's, the attack the militants'
    text = "Egypt condemned the attack on the church by Islamic State militants."
    assert _sources(pipe, text, "11") == {"EGY"}


def test_what_a_fired_weapon_does_is_the_firers_one_act(pipe: Pipeline) -> None:
    text = "Israeli troops fired a missile that killed three Hamas commanders in Gaza."
    found = [d for d in _dyads(pipe, text) if d[0] in ("18", "19", "20")]
    assert found and all(s == "ISRMIL" for _r, s, _t in found)
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan court threw out a law that banned protests.",
        "The Kenyan court struck down a law that banned protests.",
    ],
)
def test_a_law_someone_strikes_down_does_not_act_for_them(pipe: Pipeline, text: str) -> None:
    assert "KENJUD" not in {s for r, s, _t in _dyads(pipe, text) if r == "17"}


def test_a_body_named_again_by_the_last_word_of_its_name_is_that_body(pipe: Pipeline) -> None:
    text = (
        "The European Commission fined a Dutch bank on Tuesday. The Commission accused "
        "Hungary of breaking the rules."
    )
    assert "IGOEEC" in _sources(pipe, text, "11")


def test_a_capitalised_word_no_body_named_before_ends_in_is_left_alone(pipe: Pipeline) -> None:
    text = "The European Commission met on Tuesday. The Council accused Hungary of lying."
    assert "IGOEEC" not in _sources(pipe, text, "11")


def test_which_after_a_day_stands_for_the_clause_before(pipe: Pipeline) -> None:
    text = "Rebels shelled the town of Gao on Monday, which killed three Malian soldiers."
    found = [d for d in _dyads(pipe, text) if d[0] in ("18", "19", "20")]
    assert found and all(s == "MLIREB" for _r, s, _t in found)


def test_which_after_a_party_is_that_party(pipe: Pipeline) -> None:
    text = "Rebels attacked a convoy of the Malian army, which killed three of them."
    assert "MLIMIL" in _sources(pipe, text, "19")
