"""The built-in actor tables code the actors real news names: armed groups and IGOs under
their news names, office holders by the article's date, role words, seats and demonyms."""

from __future__ import annotations

import collections
import datetime as dt
from collections.abc import Callable

import pytest

from geowire import Config, Document
from geowire.actors import data
from geowire.actors.lexicon import Lexicon, lexicon_for


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return lexicon_for(Config())


def _codes(lex: Lexicon, text: str, day: str | None = None) -> dict[str, str | None]:
    """Each matched surface form and the code of its first meaning on ``day``."""
    when = dt.date.fromisoformat(day) if day else None
    return {text[m.start : m.end]: m.term.code_on(when) for m in lex.match(text)}


def _actors(doc: Document) -> dict[str, str | None]:
    return {a.name: a.code for a in doc.actors}


# --------------------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "form, code",
    [
        ("Daesh", "IMGMUSISI"),
        ("ISIL", "IMGMUSISI"),
        ("ISIS", "IMGMUSISI"),
        ("ISWAP", "IMGMUSISI"),
        ("Islamic State Khorasan Province", "IMGMUSISI"),
        ("AQAP", "IMGMUSALQ"),
        ("JNIM", "IMGMUSALQ"),
        ("YPG", "SYRREB"),
        ("Syrian Democratic Forces", "SYRREB"),
        ("Hayat Tahrir al-Sham", "SYRREB"),
        ("HTS", "SYRREB"),
        ("Houthis", "YEMREB"),
        ("Ansar Allah", "YEMREB"),
        ("Kataib Hezbollah", "IRQREB"),
        ("Popular Mobilization Forces", "IRQREB"),
        ("Rapid Support Forces", "SDNREB"),
        ("RSF", "SDNREB"),
        ("M23", "CODREB"),
        ("Tehrik-e-Taliban Pakistan", "PAKINS"),
        ("Baloch Liberation Army", "PAKSEP"),
        ("al-Shabab", "SOMINS"),
        ("Boko Haram", "NGAINS"),
        ("ELN", "COLREB"),
        ("Wagner Group", "RUSUAF"),
        ("Tigray People's Liberation Front", "ETHREB"),
        ("OPCW", "IGO"),
        ("African Union", "IGOAFRAFU"),
        ("ECOWAS", "IGOWAS"),
        ("European Commission", "IGOEEC"),
        ("World Court", "IGOUNOJUDICJ"),
        ("UN refugee agency", "IGOUNOREFHCR"),
        ("UNRWA", "IGOUNOREF"),
        ("MONUSCO", "IGOUNOPKO"),
        ("Doctors Without Borders", "NGOMSF"),
        ("Committee to Protect Journalists", "NGO"),
        ("Xinhua", "CHNMED"),
        ("KCNA", "PRKMED"),
        ("Reuters", "GBRMED"),
    ],
)
def test_organisation_names(lex: Lexicon, form: str, code: str) -> None:
    assert _codes(lex, f"Officials said {form} had acted.").get(form) == code


def test_short_acronyms_match_only_in_capitals(lex: Lexicon) -> None:
    # "IS" is the Islamic State only when written in capitals: never the verb
    assert _codes(lex, "IS fighters attacked.") == {"IS": "IMGMUSISI", "fighters": None}
    assert "is" not in _codes(lex, "The town is quiet and it is calm.")
    assert _codes(lex, "The Rsf and the rsf said.") == {}


def test_group_codes_follow_the_guide() -> None:
    orgs = {o.name: o for o in data.organizations()}
    # national armed groups carry their country; transnational ones are IMG
    assert orgs["Houthis"].country == "YEM"
    assert orgs["Islamic State"].country is None
    assert orgs["Islamic State"].kind == "group"
    # one row per organisation: no name stands for two different bodies
    names = collections.Counter(o.name for o in data.organizations())
    assert [n for n, k in names.items() if k > 1] == []
    # a form names one organisation only
    forms = collections.defaultdict(set)
    for o in data.organizations():
        for f in o.names:
            forms[f.lower()].add(o.code)
    assert {f: c for f, c in forms.items() if len(c) > 1} == {}


# --------------------------------------------------------------------------- office holders


@pytest.mark.parametrize(
    "form, day, code",
    [
        ("Erdogan", "2010-05-01", "TURGOV"),  # prime minister
        ("Erdogan", "2015-05-01", "TURGOV"),  # president
        ("Putin", "2010-01-01", "RUSGOV"),  # prime minister between presidencies
        ("Stoltenberg", "2010-01-01", "NORGOV"),
        ("Stoltenberg", "2018-01-01", "IGONAT"),
        ("Mark Rutte", "2020-01-01", "NLDGOV"),
        ("Mark Rutte", "2025-01-01", "IGONAT"),
        ("Akhundzada", "2019-01-01", "AFGREBTAL"),
        ("Akhundzada", "2022-01-01", "AFGGOV"),
        ("Jolani", "2020-01-01", "SYRREB"),
        ("al-Sharaa", "2025-03-01", "SYRGOV"),
        ("Hemedti", "2020-06-01", "SDNGOV"),
        ("Hemedti", "2024-06-01", "SDNREB"),
        ("King Abdullah", "2010-01-01", "SAUGOV"),
        ("King Abdullah", "2020-01-01", "JORGOV"),
        ("Netanyahu", "2022-01-01", "ISROPP"),
        ("Netanyahu", "2024-01-01", "ISRGOV"),
        ("Keir Starmer", "2022-01-01", "GBROPP"),
        ("Keir Starmer", "2025-01-01", "GBRGOV"),
        ("Ursula von der Leyen", "2015-01-01", "DEUGOV"),
        ("Ursula von der Leyen", "2021-01-01", "IGOEEC"),
        ("Tedros", "2020-03-11", "IGOUNOHLHWHO"),
        ("Lavrov", "2023-01-01", "RUSGOV"),
        ("Wang Yi", "2023-01-01", "CHNGOV"),
        ("Jaishankar", "2023-01-01", "INDGOV"),
        ("Asim Munir", "2023-01-01", "PAKMIL"),
        ("Grossi", "2023-01-01", "IGOUNOIAE"),
        ("Kaja Kallas", "2025-02-01", "IGOEEC"),
    ],
)
def test_office_holders_by_date(lex: Lexicon, form: str, day: str, code: str) -> None:
    assert _codes(lex, f"On Monday {form} spoke.", day).get(form) == code


def test_holder_outside_every_tenure_is_not_the_office(lex: Lexicon) -> None:
    # before Jolani led an armed group the surname is no office (Farouk al-Sharaa was SYRGOV)
    assert _codes(lex, "Then al-Sharaa spoke.", "2005-01-01").get("al-Sharaa") is None
    assert _codes(lex, "Farouk al-Sharaa spoke.", "2005-01-01") == {"Farouk al-Sharaa": "SYRGOV"}


def _overlap(a: data.Holder, b: data.Holder) -> bool:
    lo, hi = dt.date.min, dt.date.max
    return (a.start or lo) <= (b.end or hi) and (b.start or lo) <= (a.end or hi)


def test_holder_rows_are_sane() -> None:
    rows = data.holders()
    assert len(rows) >= 1000
    by_name: dict[str, list[data.Holder]] = collections.defaultdict(list)
    for r in rows:
        assert r.start is None or r.end is None or r.start <= r.end, r
        for d in (r.start, r.end):
            assert d is None or dt.date(1950, 1, 1) <= d <= dt.date(2026, 12, 31), r
        assert r.names and all(n.strip() == n and n for n in r.names), r
        by_name[r.name].append(r)
    clashes = []
    for name, rs in by_name.items():
        dated = [r for r in rs if r.start or r.end]
        for i, a in enumerate(dated):
            for b in dated[i + 1 :]:
                if a.code != b.code and _overlap(a, b):
                    clashes.append((name, a.code, b.code))
    assert clashes == []


def test_a_form_names_one_holder() -> None:
    forms: dict[str, set[str]] = collections.defaultdict(set)
    for r in data.holders():
        for f in r.names:
            forms[f.lower()].add(r.name)
    assert {f: n for f, n in forms.items() if len(n) > 1} == {}


def test_holder_forms_are_not_other_actors() -> None:
    # a surname that is a demonym, country, seat or organisation would shadow it
    taken = {n.lower() for c in data.countries() for n in (c.name, *c.names, *c.demonyms)}
    taken |= {s.name.lower() for s in data.seats()}
    taken |= {n.lower() for o in data.organizations() for n in o.names}
    forms = {f.lower() for r in data.holders() for f in r.names}
    assert forms & taken == set()


# --------------------------------------------------------------------------- roles, seats


def test_every_role_code_is_a_sector() -> None:
    sectors = data.sectors()
    assert {r.code for r in data.roles()} <= sectors
    roles = {r.phrase: r.code for r in data.roles()}
    expected = {
        "junta": "GOV",
        "coast guard": "MIL",
        "bandit": "CRM",
        "kidnapper": "CRM",
        "migrant": "REF",
        "mercenary": "UAF",
        "jihadist": "REB",
        "settler": "SET",
        "human rights defender": "HRI",
    }
    assert {k: roles.get(k) for k in expected} == expected
    assert "analyst" not in roles and "expert" not in roles


def test_roles_are_not_description_nouns() -> None:
    # "the militant group" refers back to a named group; a role would hide it
    heads = {"group", "organization", "organisation", "agency", "movement", "network"}
    added = [r.phrase for r in data.roles() if r.phrase.split()[-1] in heads]
    assert "militant group" not in added and "armed group" not in added


@pytest.mark.parametrize(
    "form, code",
    [
        ("the Elysee", "FRAGOV"),
        ("Number 10", "GBRGOV"),
        ("the Blue House", "KORGOV"),
        ("Bundestag", "DEULEG"),
        ("Kiev", "UKRGOV"),
        ("Astana", "KAZGOV"),
    ],
)
def test_seats(lex: Lexicon, form: str, code: str) -> None:
    assert _codes(lex, f"Then {form} said no.").get(form) == code


def test_demonyms(lex: Lexicon) -> None:
    got = _codes(lex, "Congolese and Dominican officials met Gazans.")
    assert got == {"Congolese": "COD", "Dominican": "DOM", "officials": None, "Gazans": "PSE"}


# --------------------------------------------------------------------------- resolved


@pytest.mark.parametrize(
    "text, published, expected",
    [
        (
            "Erdogan warned the YPG and Daesh.",
            "2015-06-01",
            {"Recep Tayyip Erdogan": "TURGOV", "YPG": "SYRREB", "Islamic State": "IMGMUSISI"},
        ),
        (
            "Erdogan warned the PKK.",
            "2010-06-01",
            {"Recep Tayyip Erdogan": "TURGOV", "PKK": "TURREB"},
        ),
        (
            "Hibatullah Akhundzada met Zabihullah Mujahid.",
            "2018-01-01",
            {"Hibatullah Akhundzada": "AFGREBTAL", "Zabihullah Mujahid": "AFGREBTAL"},
        ),
        (
            "Hibatullah Akhundzada met Zabihullah Mujahid.",
            "2023-01-01",
            {"Hibatullah Akhundzada": "AFGGOV", "Zabihullah Mujahid": "AFGGOV"},
        ),
        (
            "Houthi rebels attacked a ship, the Pentagon said.",
            "2024-01-10",
            {"Houthi rebels": "YEMREB", "the Pentagon": "USAMIL"},
        ),
    ],
)
def test_resolved_without_model(
    no_model: Callable[..., Document], text: str, published: str, expected: dict[str, str]
) -> None:
    got = _actors(no_model(text, published=published))
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.model
def test_resolved_with_model(with_model: Callable[..., Document]) -> None:
    doc = with_model("ISIL fighters attacked the town. The OPCW said it would investigate.")
    got = _actors(doc)
    assert (got.get("ISIL fighters") or "")[:9] == "IMGMUSISI"
    assert got.get("OPCW") == "IGO"
