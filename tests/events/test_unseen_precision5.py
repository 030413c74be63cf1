"""Acts that are no political event, read on unseen health and business news: a medical
examination of a disease, a specimen or people for an illness; a worry about a disease;
coercion or force done to a disease or following from one; money named by a country's
demonym, and a country's name inside a company's name, are no party.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2012-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a medical examination: no inquiry (09) into what a party did
        "Chilean health officials are investigating a suspected case of measles in Arica.",
        "Peruvian experts probed the cholera outbreak among Peruvian cattle in Cusco.",
        "Blood samples from Bolivian farms were examined by Bolivian officials.",
        "Forty Kenyan students were examined for symptoms of the virus by Kenyan officials on "
        "Monday.",
        "Kenyan doctors have examined forty students for signs of the virus.",
        # a worry about a disease: no disapproval (11)
        "The Chilean health minister voiced concern about the spread of the disease in Arica.",
        "Bolivian officials expressed concern that the flu could spread to the highlands.",
        # coercion or force done to a disease, or one following from it: no act
        "The outbreak was confined to two Peruvian provinces, the Peruvian ministry said.",
        "Kenyan officials said twelve Kenyan students were killed in Nakuru after an outbreak "
        "of cholera in the town.",
        # a disease as the doer of a noun the parser joined to a verb
        "The Kenyan outbreak has deepened the crisis and increased pressure on aid workers.",
    ],
)
def test_no_act_told(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # an inquiry into a party's act stays one
        ("Chilean police are investigating the Bolivian consul.", ("CHLCOP", "090", "BOLGOV")),
        # an accusation whose clause names a disease stays one
        (
            "The Zimbabwean president accused Britain of plotting to use the epidemic against him.",
            ("ZWEGOV", "112", "GBR"),
        ),
        # people confined by police are detained
        ("Peruvian police confined the protesters to a stadium.", ("PERCOP", "173", "PEROPP")),
        # a killing by a party named stays force
        (
            "Kenyan soldiers killed twelve Somali militants in Mandera after the outbreak.",
            ("KENMIL", "190", "SOMREB"),
        ),
    ],
)
def test_act_still_told(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # money named by a country's name or demonym is no party
        (
            "China offered 5 billion U.S. dollars in loans to Kenya.",
            ("CHN", "033", "KEN"),
            ("CHN", "033", "USA"),
        ),
        (
            "Japan pledged 300 million Canadian dollars (US$240 million) in aid to Haiti.",
            ("JPN", "033", "HTI"),
            ("JPN", "033", "CAN"),
        ),
        # a country's name inside a company's name is no state
        (
            "Unicorp Canada Corp. said it would lend $5 million to the Kenyan government.",
            (None, "0331", "KENGOV"),
            ("CAN", "0331", "KENGOV"),
        ),
    ],
)
def test_no_party_in_money_or_a_company_name(
    pipe: Pipeline,
    text: str,
    expected: tuple[str | None, str, str | None],
    wrong: tuple[str | None, str, str | None],
) -> None:
    codes = _codes(pipe, text)
    assert wrong not in codes
    assert expected in codes


@pytest.mark.model
def test_a_state_beside_its_money_stays(pipe: Pipeline) -> None:
    # the country itself, named apart from its currency, is still a party
    codes = _codes(pipe, "Canada pledged 300 million Canadian dollars in aid to Haiti.")
    assert ("CAN", "033", "HTI") in codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a company's officer leaving: business, no political act (0831)
        "Ana Ruiz resigned as chief executive of the bank.",
        "Kenya Airways said Ana Ruiz, a Kenyan citizen, resigned as general manager.",
        "Pierre Lortie, the Canadian company's chairman and chief executive, resigned.",
        "Kenyan businessman Pierre Lortie, chairman and chief executive of Nova Corp., resigned "
        "on Monday.",
    ],
)
def test_no_resignation_from_a_company(pipe: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipe, text) if c[1] == "0831"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a minister's or a president's resignation stays one
        ("Kenya's finance minister resigned on Monday.", ("KENGOV", "0831", None)),
        ("The Kenyan president, Ana Ruiz, resigned.", ("KENGOV", "0831", None)),
        (
            "Ana Ruiz, a Kenyan minister, resigned as chief executive of the state oil company.",
            ("KENGOV", "0831", "KENBUS"),
        ),
    ],
)
def test_resignation_from_office_stays(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a trip to a place of the doer's own country: no visit to another party (042)
        "The Kenyan president visited Mombasa on Monday.",
        "The Kenyan president toured flood-hit areas of Kenya on Monday.",
        # a common noun toured, a clause of its own joined after it names no one visited
        "The Haitian health minister, Alex Larsen, toured the affected areas and Larsen "
        "revealed that the government was launching a campaign.",
    ],
)
def test_no_visit_at_home(pipe: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipe, text) if c[1].startswith("04")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a visit abroad stays one, also beside a place at home
        ("The Kenyan president visited Uganda on Monday.", ("KENGOV", "042", "UGA")),
        ("The Kenyan president toured Mombasa and Kampala.", ("KENGOV", "042", "UGAGOV")),
    ],
)
def test_visit_abroad_stays(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the toll of a protest, by no one named: a total, no act of force
        "Over 200 South Korean protesters and police officers were injured in Saturday's protests.",
        "Dozens of Kenyan students were wounded during the demonstrations in Nairobi.",
    ],
)
def test_no_force_in_a_protest_toll(pipe: Pipeline, text: str) -> None:
    assert not [c for c in _codes(pipe, text) if c[1][:2] in ("18", "19", "20")]


@pytest.mark.model
def test_force_named_in_a_protest_stays(pipe: Pipeline) -> None:
    # police force on protesters is kept, as violent repression (175)
    codes = _codes(pipe, "Iranian police killed three protesters during the demonstrations.")
    assert ("IRNCOP", "175", "IRNOPP") in codes


@pytest.mark.model
def test_lawsuit_against_a_party_not_the_court(pipe: Pipeline) -> None:
    # the court a lawsuit is filed in is its venue; the party it is against its target
    codes = _codes(
        pipe, "The ACLU filed a lawsuit in federal court against the Obama administration."
    )
    assert ("USANGO", "115", "USAGOV") in codes
    assert ("USANGO", "115", "USAJUD") not in codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected, reversed_",
    [
        # a passive infinitive's subject undergoes the act, its "by" agent does it
        (
            "Iran is expected to be sanctioned by the European Union next week.",
            ("IGOEEC", "163", "IRN"),
            ("IRN", "163", "IGOEEC"),
        ),
        (
            "The Kenyan minister is about to be arrested by Kenyan police.",
            ("KENCOP", "173", "KENGOV"),
            ("KENGOV", "173", "KENCOP"),
        ),
    ],
)
def test_passive_infinitive_roles(
    pipe: Pipeline,
    text: str,
    expected: tuple[str | None, str, str | None],
    reversed_: tuple[str | None, str, str | None],
) -> None:
    codes = _codes(pipe, text)
    assert reversed_ not in codes
    assert expected in codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # someone alerted is told of something: no raised alert status (15)
        "The Kenyan newspaper office was evacuated shortly after Kenyan authorities were alerted.",
        "A Kenyan neighbour alerted the Kenyan police.",
        # a ban or a restriction on animals only: a rule for livestock, no act against a party
        "German officials have also restricted cats and dogs from roaming areas nearby.",
        "The Australian agriculture minister has issued a 72 hour travel ban on all horses.",
    ],
)
def test_no_alert_or_ban_on_a_party(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # forces put on alert, and a ban on a country's goods or on people, stay
        ("Kenya placed its army on high alert.", ("KEN", "152", None)),
        ("Kenya banned imports of Ugandan chickens.", ("KEN", "163", "UGA")),
        (
            "Kenyan police restricted protesters from entering the square.",
            ("KENCOP", "172", "KENOPP"),
        ),
    ],
)
def test_alert_and_ban_stay(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # what a thing makes possible is a prospect, not an act told as done
        "The agreement will allow for closer cooperation between Kenya and Uganda.",
        "The deal paves the way for talks between Kenya and Uganda.",
        "The deal enables cooperation between Kenya and Uganda.",
    ],
)
def test_no_act_a_thing_makes_possible(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # what a rule lets a party do, in the present or with a modal, is a power granted
        "The ruling allows Kenyan police to arrest opposition leaders without a warrant.",
        "The law lets Kenyan police detain protesters for up to 30 days.",
        "The decree authorizes the Kenyan army to shoot looters on sight.",
        "The amendment would permit Kenyan police to detain journalists without trial.",
        # a rule a party owns is still a rule, not the party's permission
        "The junta's decree lets Kenyan soldiers arrest anyone without a warrant.",
    ],
)
def test_no_act_a_rule_lets_a_party_do(pipe: Pipeline, text: str) -> None:
    assert not {c for c in _codes(pipe, text) if c[1][:2] in ("17", "18", "19")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's permission, and what a thing let happen in the past, stay acts
        ("Kenyan police let the protesters march to the square.", ("KENOPP", "141", None)),
        ("The truce allowed Kenyan troops to attack Somali rebels.", ("KENMIL", "190", "SOMREB")),
        # a role noun naming a party ("the government", "the junta") is a party's permission
        (
            "The Kenyan government lets police beat protesters without consequence.",
            ("KENCOP", "175", "KENOPP"),
        ),
        (
            "The junta in Niamey lets its soldiers loot villages with impunity.",
            ("NERMIL", "171", None),
        ),
    ],
)
def test_act_let_by_a_party_or_in_the_past_stays(
    pipe: Pipeline, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert expected in _codes(pipe, text)


@pytest.mark.model
def test_act_a_party_allows_stays(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Kenya allowed talks between Somali rebels and Uganda.")
    assert ("UGA", "046", "SOMREB") in codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, expected, wrong",
    [
        # a block by a state's officials, forces or police restricts movement (191)
        (
            "Kenyan police blocked roads leading to the square.",
            ("KENCOP", "191", None),
            ("KENCOP", "144", None),
        ),
        (
            "Somali soldiers blocked the road to the town.",
            ("SOMMIL", "191", None),
            ("SOMMIL", "144", None),
        ),
    ],
)
def test_state_block_restricts_movement(
    pipe: Pipeline,
    text: str,
    expected: tuple[str | None, str, str | None],
    wrong: tuple[str | None, str, str | None],
) -> None:
    codes = _codes(pipe, text)
    assert wrong not in codes
    assert expected in codes


@pytest.mark.model
def test_protesters_block_stays_a_protest(pipe: Pipeline) -> None:
    codes = _codes(pipe, "Kenyan protesters blocked the main road in Nakuru.")
    assert [c for c in codes if c[1] == "144"]
