"""Uses of force named as the occasion of a passive ("were killed in an Ivarian air raid",
"were killed in clashes between X and Y"), acts denied by a negative subject or object
("none of the soldiers were killed"), and light verbs that end an act that happened
("wrapped up talks with X"). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None, str]]:
    doc = pipe(text, published="1999-05-04")
    return {
        (
            e.cameo[:2],
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.modality,
        )
        for e in doc.events
    }


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("A senior rebel commander was killed in a Turkish air raid on Sunday.", "TUR", "REB"),
        ("Two Syrian soldiers died after they were wounded in an Israeli raid.", "ISR", "SYRMIL"),
        # the noun's own "by" phrase names the doer
        ("Two Chilean soldiers were wounded in an attack by Peruvian troops.", "PERMIL", "CHLMIL"),
    ],
)
def test_the_doer_of_a_passive_is_named_by_the_force_noun_it_happened_in(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    found = _events(pipe, text)
    assert any(
        r in ("18", "19") and s == source and (t or "").startswith(target) for r, s, t, _m in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in clashes between Greek police and Turkish students.",
        "Eight villagers were reported killed in fighting between Kenyan and Ugandan troops.",
    ],
)
def test_the_parties_of_the_fighting_are_not_the_ones_killed_in_it(
    pipe: Pipeline, text: str
) -> None:
    found = _events(pipe, text)
    # the fighting between the two, each way; no killing of either party by no one
    assert found, found
    assert all(s is not None for _r, s, _t, _m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a party's act told not done to anyone stays a negated act of that party
        "The Bolivian troops killed nobody.",
    ],
)
def test_a_negative_subject_or_object_negates_the_act(pipe: Pipeline, text: str) -> None:
    found = {e for e in _events(pipe, text) if e[0] in ("18", "19")}
    assert found, found
    assert all(m == "negated" for _r, _s, _t, m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "None of the Chilean soldiers were killed.",
        "No Peruvian police officers were wounded in the fighting.",
    ],
)
def test_a_negative_undergoer_with_no_doer_is_no_event(pipe: Pipeline, text: str) -> None:
    # no one was hurt: a toll of none, no act (events._no_one_involved)
    assert not {e for e in _events(pipe, text) if e[0] in ("18", "19")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, source, target",
    [
        (
            "The Chilean president wrapped up a long meeting with Peru's prime minister on Monday.",
            "04",
            "CHLGOV",
            "PERGOV",
        ),
        (
            "The Greek foreign minister concluded a three-day visit to Ankara.",
            "04",
            "GRCGOV",
            "TURGOV",
        ),
        (
            "Kenya's president finished talks with Ugandan leaders in Kampala.",
            "04",
            "KENGOV",
            "UGAGOV",
        ),
    ],
)
def test_a_light_verb_that_ends_an_act_tells_it_happened(
    pipe: Pipeline, text: str, code: str, source: str, target: str
) -> None:
    found = _events(pipe, text)
    assert any(r == code and s == source and t == target for r, s, t, _m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source",
    [
        ("Sudanese missiles hit a clinic in Darfur overnight.", "SDN"),
        ("Ethiopian troops hit a market in Tigray on Friday.", "ETHMIL"),
        ("Syrian rebels launched drones at Turkey on Monday.", "SYRREB"),
    ],
)
def test_blows_landed_by_armed_means_are_force(pipe: Pipeline, text: str, source: str) -> None:
    found = _events(pipe, text)
    assert any(r == "19" and s == source for r, s, _t, _m in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Mozambique on Sunday.",
        "Higher tariffs hit Chinese exporters last year.",
    ],
)
def test_what_hits_without_arms_is_no_force(pipe: Pipeline, text: str) -> None:
    assert not any(r == "19" for r, *_ in _events(pipe, text))


@pytest.mark.model
def test_the_victims_of_a_consequence_are_the_target_of_an_attack_on_no_one_named(
    pipe: Pipeline,
) -> None:
    # "a military base" names no one: the soldiers killed are whom the attack was done to
    text = "Al-Shabab militants attacked a military base near Baidoa, killing eight soldiers."
    found = _events(pipe, text)
    assert any(r == "19" and (t or "").endswith("MIL") for r, _s, t, _m in found), found


@pytest.mark.model
def test_a_killing_in_a_strike_on_a_place_is_one_act_by_the_striker(pipe: Pipeline) -> None:
    # the strike names its doer and the place it hit: one act, the killing, by the striker
    # (not by the officials who report it), where the strike was
    doc = pipe(
        "Five rebels were killed in a Peruvian airstrike on Cusco, officials said.",
        published="1999-05-04",
    )
    force = [e for e in doc.events if e.root in ("18", "19")]
    assert [(e.source.code if e.source else None) for e in force] == ["PER"], force
    assert force[0].location is not None and force[0].location.name == "Cusco"
