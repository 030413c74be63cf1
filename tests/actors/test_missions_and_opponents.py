"""Countries a role does not take from its sentence (made-up sentences; needs the model):
the state a mission abroad serves ('the French Embassy') is not the country of the people
around it, while the mission's host is; an armed opponent acted on by a force ('troops
killed militants') is not of the force's country."""

from __future__ import annotations

import pytest

import geowire


def _code(text: str, name: str) -> str | None:
    doc = geowire.extract(text, published="2024-03-05")
    return next(a.code for a in doc.actors if name in a.name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Students rallied outside the French Embassy in Tunis on Monday.", "Students", "TUNEDU"),
        (
            "Police clashed with demonstrators near the British consulate in Lagos.",
            "demonstrators",
            "NGAOPP",
        ),
    ],
)
def test_people_outside_a_mission_are_of_its_host(text: str, name: str, code: str) -> None:
    assert _code(text, name) == code


@pytest.mark.model
def test_a_mission_s_own_staff_keep_its_state() -> None:
    text = "Officials at the Japanese Embassy in Lima said the visas were delayed."
    assert _code(text, "Officials") == "JPNGOV"


@pytest.mark.model
def test_an_opponent_struck_abroad_takes_the_place_not_the_force() -> None:
    text = "The French army said it killed 15 militants in an airstrike in Mali."
    assert _code(text, "militants") == "MLIREB"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # with no place named, the article's country: a state's own militants
        ("Egyptian troops killed eight militants.", "militants", "EGYREB"),
        (
            "Sudan's army said on Monday that it controls Omdurman. Ethiopian soldiers "
            "captured 40 insurgents on Tuesday.",
            "insurgents",
            "SDNINS",
        ),
        # nor from a state's force named beside the one acting
        (
            "Somalia's president spoke on Monday. Somali troops, in coordination with U.S. "
            "forces, attacked the militants.",
            "militants",
            "SOMREB",
        ),
    ],
)
def test_an_opponent_acted_on_with_no_place_takes_the_articles_country(
    text: str, name: str, code: str
) -> None:
    assert _code(text, name) == code


@pytest.mark.model
def test_an_opponent_s_own_place_still_tells() -> None:
    assert _code("Turkish jets killed 30 rebels in northern Iraq.", "rebels") == "IRQREB"


LEDE = "Chile held elections on Sunday. Chilean voters turned out in large numbers. "


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ambassador Ana Ruiz met with Peru's foreign minister on Monday.", "CHLGOV"),
        ("Senator Ana Ruiz clashed with Bolivian officials over the border.", "CHLLEG"),
    ],
)
def test_a_person_takes_no_country_from_the_party_met(text: str, code: str) -> None:
    assert _code(LEDE + text, "Ruiz") == code


@pytest.mark.model
def test_a_person_s_own_place_still_tells() -> None:
    text = "Ambassador Ana Ruiz spoke in Lima on Monday."
    assert _code(LEDE + text, "Ruiz") == "PERGOV"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "NAIROBI — U.S. Ambassador to Kenya Michael Hartley said the talks went well. "
            "Hartley met President Uhuru Kenyatta on Monday.",
            "Michael Hartley",
            "USAGOV",
        ),
        (
            "BEIRUT — U.N. special envoy for Syria Michael Hartley said talks would resume. "
            "Hartley met Syrian officials in Damascus.",
            "Michael Hartley",
            "IGOUNOGOV",
        ),
    ],
)
def test_a_name_after_a_title_and_the_country_it_is_sent_to_holds_the_title(
    text: str, name: str, code: str
) -> None:
    # "Ambassador to Kenya Michael Hartley": no Kenyan, the ambassador herself
    assert _code(text, name) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "French and Malian troops recaptured the town of Gao in northern Mali from Islamist "
            "militants. French officials in Paris said the operation was over. France has 4,000 "
            "soldiers in the region.",
            "Islamist militants",
            "MLIRADREB",
        ),
        (
            "Kenyan and Somali troops seized the port of Kismayo in southern Somalia from "
            "Islamist fighters. Kenya's defence ministry in Nairobi said the fighting lasted two "
            "days. Kenyan officials praised the army.",
            "Islamist fighters",
            "SOMRADREB",
        ),
    ],
)
def test_an_armed_opponent_behind_a_religion_code_takes_no_force_s_country(
    text: str, name: str, code: str
) -> None:
    # 'Islamist militants' (RADREB) is an armed opponent as 'militants' (REB) is: the
    # forces named with it give it no country, the place they fight in does
    assert _code(text, name) == code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a state's thing abroad struck: the place's, not the struck state's nor the
        # reporter's
        (
            "Officials in Arnor said on Monday that militants attacked a Canadian patrol in "
            "northern Mali, killing two soldiers. Ottawa said its troops would stay.",
            "militants",
            "MLIREB",
        ),
        (
            "Canadian officials said gunmen stormed a Canadian consulate in Erbil, Iraq, on "
            "Sunday. Ottawa condemned the attack.",
            "gunmen",
            "IRQUAF",
        ),
        # the passive's agent
        (
            "The Canadian embassy in Bamako, Mali, was attacked by Islamist gunmen on "
            "Sunday, Canadian officials said. Ottawa condemned the attack.",
            "gunmen",
            "MLIRADUAF",
        ),
    ],
)
def test_attackers_of_a_state_s_thing_abroad_take_the_place(
    text: str, name: str, code: str
) -> None:
    assert _code(text, name) == code


@pytest.mark.model
def test_attackers_of_a_state_s_thing_at_home_keep_the_sentence_s_country() -> None:
    # "Israeli towns in northern Israel" are Israel's own, at home: where they are tells
    # nothing of the attackers (who may strike across a border)
    text = "Lebanese officials said militants attacked Israeli towns in northern Israel."
    assert _code(text, "militants") == "LBNREB"


@pytest.mark.model
def test_one_attacker_named_by_a_role_takes_where_the_attack_was() -> None:
    # "terrorist" before "attack" is one attacker (a person's role): the attack's place
    text = (
        "Canadian officials said on Monday that the terrorist attack in Nairobi, Kenya, "
        "had shaken Ottawa. Canada closed its embassy."
    )
    assert _code(text, "terrorist") == "KENREB"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Chad fears the spread of violence from Sudan's Darfur province, where militias "
            "have killed civilians and burned villages, Chadian officials said.",
            "civilians",
            "SDNCVL",
        ),
        (
            "American aid officials visited the Somali town of Baidoa, where farmers have "
            "lost their herds to drought.",
            "farmers",
            "SOMAGR",
        ),
    ],
)
def test_people_of_a_clause_about_a_place_are_of_its_country(
    text: str, name: str, code: str
) -> None:
    assert _code(text, name) == code
