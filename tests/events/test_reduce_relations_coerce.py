"""Reducing relations (16) and coercion (17): an act of reducing relations named by its
noun is coded by what it is of ("the suspension of Peruvian aid to Chile" 162, "the
expulsion of Chilean diplomats" 161, "the suspension of talks with X" 164) and the aid cut
no aid given; a sanction named by the passive subject is aimed at its own target
preposition's party and done by its owner when no agent is named ("Bolivia's sanctions on
Chile were extended"), as is one its undergoer is hit with ("hit with Peruvian sanctions");
talks suspended halt negotiations (164); sanctions strengthened (163); a sentence to prison
is imprisonment (173); charged "in" a crime and arraigned are charges (173). Through the
whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2010-05-05")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, event, absent",
    [
        # what the cut is of codes it; the aid cut is no aid given
        ("The suspension of Peruvian aid to Chile hurt its economy.", ("162", "PER", "CHL"), "070"),
        (
            "Lima ordered the expulsion of four Chilean diplomats.",
            ("161", "PERGOV", "CHLGOV"),
            "174",
        ),
        ("The suspension of talks with Bolivia hurt its economy.", ("164", None, "BOL"), "046"),
        # talks suspended halt negotiations, not ties
        ("Peru suspended talks with Bolivia on Monday.", ("164", "PER", "BOL"), "161"),
        ("Peru strengthened its trade embargo against Bolivia.", ("163", "PER", "BOL"), None),
        # cooperation, aid or ties ended reduce relations; the cooperation is not given
        ("Peru ended its military cooperation with Bolivia.", ("160", "PER", "BOL"), "062"),
        ("Peru ended its aid to Bolivia.", ("162", "PER", "BOL"), "070"),
        ("Peru ended diplomatic ties with Bolivia.", ("161", "PER", "BOL"), None),
        # tariffs named by their noun are an embargo or sanction
        ("The new Peruvian tariffs on Bolivian goods took effect.", ("163", "PER", "BOL"), None),
        # sanctions agreed or approved by their package are imposed by who agrees them
        ("Peru agreed on new sanctions against Bolivia.", ("163", "PER", "BOL"), None),
        ("Peru approved a new package of sanctions on Bolivia.", ("163", "PER", "BOL"), None),
    ],
)
def test_reducing_relations_by_what_is_cut(
    pipe: Pipeline, text: str, event: tuple[str, str | None, str | None], absent: str | None
) -> None:
    found = _events(pipe, text)
    assert event in found, found
    if absent is not None:
        assert absent not in [c for c, _, _ in found], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, event",
    [
        # the owner of the passive subject's sanctions imposes them; its "on" party undergoes
        ("Bolivia's sanctions on Chile were extended for a year.", ("163", "BOL", "CHL")),
        ("Peruvian sanctions on Chile were tightened on Monday.", ("163", "PER", "CHL")),
        # the "by" agent, when named, does it
        ("The sanctions on Chile were tightened by Bolivia.", ("163", "BOL", "CHL")),
        # the owner of the sanctions an active verb's object names imposed them
        ("Peru extended Bolivian sanctions on Chile.", ("163", "PER", "CHL")),
        # what the undergoer is hit with names its doer
        ("Chile was hit with new Peruvian sanctions on Friday.", ("163", "PER", "CHL")),
    ],
)
def test_a_passive_sanction_is_its_owners_act_on_its_target(
    pipe: Pipeline, text: str, event: tuple[str, str | None, str | None]
) -> None:
    found = _events(pipe, text)
    assert event in found, found
    assert not any(c == "163" and t in ("BOL", "PER") and s is None for c, s, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A Peruvian court sentenced the Chilean smuggler to ten years in prison.",
        "The Chilean smuggler was charged in the robbery of a Peruvian bank.",
        "Peruvian prosecutors arraigned the Chilean smuggler on Monday.",
    ],
)
def test_sentences_and_charges_are_legal_coercion(pipe: Pipeline, text: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert "173" in codes, codes
    assert "116" not in codes, codes


@pytest.mark.model
def test_a_convoy_charged_in_is_no_arrest(pipe: Pipeline) -> None:
    # "charged in" a place by no one named is no legal charge of a party
    codes = [c for c, _, _ in _events(pipe, "The Peruvian cavalry charged in at dawn.")]
    assert "173" not in codes, codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, event",
    [
        ("Bolivia faces new Peruvian sanctions over the border dispute.", ("163", "PER", "BOL")),
        ("Bolivia has been under Peruvian sanctions since 2008.", ("163", "PER", "BOL")),
        (
            "Bolivia, which remains under a Peruvian embargo, sells gas to Chile.",
            ("163", "PER", "BOL"),
        ),
    ],
)
def test_a_party_facing_or_under_sanctions_undergoes_them(
    pipe: Pipeline, text: str, event: tuple[str, str | None, str | None]
) -> None:
    found = _events(pipe, text)
    assert event in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia could face new Peruvian sanctions.",
        "Bolivia faces possible Peruvian sanctions.",
        "Peru lifted its sanctions on Bolivia.",
    ],
)
def test_sanctions_not_done_are_no_sanction(pipe: Pipeline, text: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert "163" not in codes, codes


@pytest.mark.model
def test_a_party_placed_under_arrest_is_the_one_arrested(pipe: Pipeline) -> None:
    found = _events(pipe, "Bolivian police placed the Peruvian consul under house arrest.")
    assert ("173", "BOLCOP", "PERGOV") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivian prosecutors dropped the charges against the Peruvian consul.",
        "Bolivia lifted its embargo on Peruvian copper.",
    ],
)
def test_a_sanction_or_charge_ended_is_not_imposed(pipe: Pipeline, text: str) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert not any(c[:2] in ("16", "17") for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Peruvian consul walked out the back door.", "164"),
        ("Peru wanted to seize the initiative from Bolivia.", "1711"),
    ],
)
def test_walking_out_of_a_room_or_seizing_a_chance_is_no_act(
    pipe: Pipeline, text: str, absent: str
) -> None:
    codes = [c for c, _, _ in _events(pipe, text)]
    assert absent not in codes, codes


@pytest.mark.model
def test_walking_out_of_talks_halts_them(pipe: Pipeline) -> None:
    found = _events(pipe, "The Peruvian delegation walked out of the talks with Bolivia.")
    assert ("164", "PERGOV", "BOL") in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, event",
    [
        (
            "The Bolivian consul was in jail, having been arrested by Peruvian police in May.",
            ("173", "PERCOP", "BOLGOV"),
        ),
        ("The Bolivian consul left Lima after being expelled by Peru.", ("174", "PER", "BOLGOV")),
    ],
)
def test_a_passive_clause_with_no_subject_is_done_to_the_governors_subject(
    pipe: Pipeline, text: str, event: tuple[str, str | None, str | None]
) -> None:
    found = _events(pipe, text)
    assert event in found, found


_TABLE = "# t, version 1.0\nkind\tlemma\tpattern\tcode\tpaired\tsym\nS\t&AIDWORD\taid|loans\t\t\t\n"


def test_nominal_rows_read_their_object_words() -> None:
    from geowire.events.verbs import parse_builtin_verbs

    rows = _TABLE + "N\tpause\tto @&AIDWORD\t162\t\t\nN\tpause\t* @talks|dialogue\t164\t\t\n"
    rules = parse_builtin_verbs(rows, "t.tsv").nominals["pause"]
    assert [(r.prep, r.code, sorted(r.objects)) for r in rules] == [
        ("to", "162", ["aid", "loans"]),
        ("*", "164", ["dialogue", "talks"]),
    ]


def test_nominal_rows_name_a_known_synset() -> None:
    from geowire.errors import DictionaryError
    from geowire.events.verbs import parse_builtin_verbs

    with pytest.raises(DictionaryError, match="t.tsv:4"):
        parse_builtin_verbs(_TABLE + "N\tpause\tto @&NOSUCH\t162\t\t\n", "t.tsv")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian opposition leader remains jailed.",
        "The Bolivian consul stayed imprisoned for a year.",
    ],
)
def test_one_who_remains_jailed_is_held_not_holding(pipe: Pipeline, text: str) -> None:
    found = _events(pipe, text)
    assert any(c == "173" and t in ("BOLOPP", "BOLGOV") for c, _, t in found), found
    assert not any(c == "173" and s in ("BOLOPP", "BOLGOV") for c, s, _ in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian opposition leader is serving a ten-year prison sentence.",
        "The Bolivian opposition leader has remained in jail since March.",
        "The Bolivian opposition leader remains in custody.",
        "The Bolivian opposition leader remains under house arrest.",
    ],
)
def test_one_told_in_custody_is_held(pipe: Pipeline, text: str) -> None:
    found = _events(pipe, text)
    assert any(c == "173" and t == "BOLOPP" for c, _, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian opposition leader spent two years in prison.",
        "The Bolivian opposition leader served eight months in jail.",
        "The Bolivian opposition leader spent a decade behind bars.",
        "The Bolivian opposition leader spent the day under house arrest.",
        "The Bolivian opposition leader was under house arrest at the time.",
    ],
)
def test_time_spent_in_custody_is_detention(pipe: Pipeline, text: str) -> None:
    found = _events(pipe, text)
    assert any(c == "173" and t == "BOLOPP" for c, _, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian senator served two terms as mayor.",
        "The Bolivian child remained in the custody of his uncle.",
        "The Bolivian senator served in the army for ten years.",
        "The Bolivian senator spent a week in La Paz.",
    ],
)
def test_term_of_office_or_guardian_custody_is_no_detention(pipe: Pipeline, text: str) -> None:
    assert not any(c == "173" for c, _, _ in _events(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source",
    [
        # the captor the custody noun names detains, not the held party's own country
        ("Two Peruvian engineers remain in Hamas custody.", "PSEREBHMS"),
        ("The Peruvian nurses stayed in RSF detention for a month.", "SDNREB"),
    ],
)
def test_captor_named_by_custody_noun_holds(pipe: Pipeline, text: str, source: str) -> None:
    found = [(c, s) for c, s, _ in _events(pipe, text) if c == "173"]
    assert found and all(s == source for _, s in found), found
