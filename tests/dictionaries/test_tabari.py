"""The TABARI / PETRARCH reader for actors, agents and discards (no model needed)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from geowire.dictionaries import (
    combine_codes,
    parse_actors,
    parse_agents,
    parse_discards,
    read_actors,
    read_agents,
    read_discards,
    regular_plural,
)
from geowire.errors import DictionaryError

ACTORS = """\
<!-- A TEST ACTOR DICTIONARY -->
<!-- a comment
     over two lines -->
ARNOR_  [ARN]   # the kingdom
+ARNORIAN
GONDOR [GON]
+MINAS_TIRITH
SAM_GAMGEE [HOB]
\t[HOBCIV <20080120]
\t[ORCHOB 20100109-20100112]
\t[HOBMIL 20080120-20121109]
\t[HOBELI >130119]
LORIEN  [ELR/GAL]
BOROMIR  [---]
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]
NASGUL [###]
"""


def test_actor_entries_phrases_and_codes() -> None:
    entries = parse_actors(ACTORS, "test.actors")
    by_name = {e.name: e for e in entries}
    assert set(by_name) == {
        "ARNOR",
        "GONDOR",
        "SAM GAMGEE",
        "LORIEN",
        "BOROMIR",
        "ANN VENEMAN",
        "NASGUL",
    }
    assert by_name["ARNOR"].phrases == ("ARNOR", "ARNORIAN")
    assert by_name["GONDOR"].phrases == ("GONDOR", "MINAS TIRITH")
    assert by_name["LORIEN"].default == "ELR/GAL"
    assert by_name["BOROMIR"].default is None  # [---] is the null code
    assert by_name["NASGUL"].default == "###"
    assert by_name["ARNOR"].line == 4


@pytest.mark.parametrize(
    "day, code",
    [
        ("2008-01-19", "HOBCIV"),
        ("2008-01-20", "HOBCIV"),  # limits are "or equal", first restriction wins
        ("2010-01-10", "ORCHOB"),  # listed before the wider range, so it wins
        ("2010-06-01", "HOBMIL"),
        ("2012-12-01", "HOB"),  # no restriction holds: the default
        ("2013-01-19", "HOBELI"),  # YYMMDD: 13 -> 2013
        ("2020-05-05", "HOBELI"),
    ],
)
def test_date_restricted_codes(day: str, code: str) -> None:
    sam = next(e for e in parse_actors(ACTORS) if e.name == "SAM GAMGEE")
    assert sam.code_on(dt.date.fromisoformat(day)) == code


@pytest.mark.parametrize(
    "day, code",
    [("2003-06-01", "USAGOV"), ("2006-01-01", "IGOUNOKID"), ("2005-03-01", None), (None, None)],
)
def test_inline_restrictions(day: str | None, code: str | None) -> None:
    ann = next(e for e in parse_actors(ACTORS) if e.name == "ANN VENEMAN")
    assert ann.code_on(dt.date.fromisoformat(day) if day else None) == code


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("+SYNONYM\nARNOR [ARN]\n", 1, "synonym"),
        ("\t[ARN]\nARNOR [ARN]\n", 1, "before any actor"),
        ("ARNOR [ARN]\nGONDOR [GON\n", 2, "unbalanced"),
        ("ARNOR [ARN]\nGONDOR []\n", 2, "empty code"),
        ("ARNOR [ARN]\nGONDOR [G*N]\n", 2, "bad code"),
        ("ARNOR [ARN]\nGONDOR\n\t[950601-990815]\n", 3, "code missing"),
    ],
)
def test_malformed_actor_entry_names_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(DictionaryError) as err:
        parse_actors(text, "bad.actors")
    assert f"bad.actors:{line}:" in str(err.value)
    assert message in str(err.value)
    assert "[E500]" in str(err.value)


@pytest.mark.parametrize(
    "text, line",
    [
        ("ARMENIA [ARM]\n\t[ARMUNR 9008223-911221]\n", 2),  # seven digits
        ("GBR [GBR]\n\t[GBRGOV >201005011]\n", 2),
        ("MONTENEGRO [MNE]\n\t[MNEGOV 20121204]\n", 2),  # a date without <, > or -
        ("X [XXX]\n\t[XXXGOV 20130230-20140101]\n", 2),  # no such day
    ],
)
def test_bad_dates_error_when_strict_and_are_skipped_otherwise(text: str, line: int) -> None:
    with pytest.raises(DictionaryError, match=f"real.actors:{line}:"):
        parse_actors(text, "real.actors", strict=True)
    (entry,) = parse_actors(text, "real.actors")
    assert entry.dated == ()  # the bad restriction is dropped, the entry kept


AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINST! = MINISTER, MINISTRY
POLICE {} [~COP]
FOREIGN_MINISTER [~GOVFRM]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
!MINST!_OF_SILLY_WALKS [~GOV]
AUTHORITY [~GOV]
SPOKESMAN [~GOV]
"""


def test_agents_plurals_affixes_and_substitutions() -> None:
    agents = {a.phrase: a for a in parse_agents(AGENTS, "test.agents")}
    assert agents["POLICE"].plurals == ()
    assert agents["POLICE"].code == "COP" and not agents["POLICE"].prefix
    assert agents["FOREIGN MINISTER"].plurals == ("FOREIGN MINISTERS",)
    assert agents["ATTORNEY GENERAL"].plurals == ("ATTORNEYS GENERAL",)
    assert agents["HUMAN RIGHTS BODY"].prefix and agents["HUMAN RIGHTS BODY"].code == "NGO"
    assert {"CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN"} <= set(agents)
    assert {"MINISTER OF SILLY WALKS", "MINISTRY OF SILLY WALKS"} <= set(agents)
    assert agents["AUTHORITY"].plurals == ("AUTHORITIES",)
    assert agents["SPOKESMAN"].plurals == ("SPOKESMEN",)


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("POLICE {} [COP]\n", 1, "needs a ~"),
        ("POLICE {X [~COP]\n", 1, "unbalanced"),
        ("!MINST!_OF_WAR [~GOV]\n", 1, "undefined substitution"),
        ("POLICE [~COP] [~MIL]\n", 1, "one [code]"),
        ("POLICE\nARMY [~MIL]\n", 1, "no [code]"),
    ],
)
def test_malformed_agent_names_file_and_line(text: str, line: int, message: str) -> None:
    with pytest.raises(DictionaryError) as err:
        parse_agents(text, "bad.agents", strict=True)
    assert f"bad.agents:{line}:" in str(err.value)
    assert message in str(err.value)


def test_agent_slips_are_tolerated_when_not_strict() -> None:
    agents = parse_agents("DEPARTMENT_OF_ENVIRONMENT [~ENV}\nISLAMIST\nCLERIC [~REL]\n")
    assert [(a.phrase, a.code) for a in agents] == [
        ("DEPARTMENT OF ENVIRONMENT", "ENV"),
        ("CLERIC", "REL"),
    ]


def test_discards() -> None:
    entries = parse_discards("# sports\nBASEBALL\n+TYPHOON  # story\nWORLD_CUP\n")
    assert [(d.phrase, d.story, d.line) for d in entries] == [
        ("BASEBALL", False, 2),
        ("TYPHOON", True, 3),
        ("WORLD CUP", False, 4),
    ]
    with pytest.raises(DictionaryError, match="x.discards:1:"):
        parse_discards("BASEBALL [---]\n", "x.discards")


@pytest.mark.parametrize(
    "word, plural",
    [
        ("OFFICIAL", "OFFICIALS"),
        ("AUTHORITY", "AUTHORITIES"),
        ("BOSS", "BOSSES"),
        ("CHAIRMAN", "CHAIRMEN"),
        ("ENVOY", "ENVOYS"),
        ("HUMAN RIGHTS GROUP", "HUMAN RIGHTS GROUPS"),
    ],
)
def test_regular_plural(word: str, plural: str) -> None:
    assert regular_plural(word) == plural


@pytest.mark.parametrize(
    "actor, agents, code",
    [
        ("ARN", [("COP", False)], "ARNCOP"),
        ("ARN", [("NGO", True), ("GOV", False)], "NGOARNGOV"),
        ("USAGOV", [("GOV", False)], "USAGOV"),
        ("GMWGOV", [("WGO", False)], "GMWGOVWGO"),
        ("HGWGOVMED", [("GOV", False), ("MED", False)], "HGWGOVMED"),
        (None, [("GOV", False)], "GOV"),
        ("IRQ", [], "IRQ"),
    ],
)
def test_combine_codes(actor: str | None, agents: list[tuple[str, bool]], code: str) -> None:
    assert combine_codes(actor, agents) == code


def test_files_are_read_and_cached_per_mtime(tmp_path: Path) -> None:
    path = tmp_path / "x.actors.txt"
    path.write_text("ARNOR [ARN]\n", encoding="utf-8")
    first = read_actors(path)
    assert read_actors(path) is first
    path.write_text("ARNOR [ARN]\nGONDOR [GON]\n", encoding="utf-8")
    st = path.stat()
    os.utime(path, (st.st_atime, st.st_mtime + 5))
    assert [e.name for e in read_actors(path)] == ["ARNOR", "GONDOR"]
    agents = tmp_path / "x.agents.txt"
    agents.write_text("POLICE {} [~COP]\n", encoding="utf-8")
    assert read_agents(agents)[0].code == "COP"
    discards = tmp_path / "x.discards.txt"
    discards.write_text("+TYPHOON\n", encoding="utf-8")
    assert read_discards(discards)[0].story


def test_missing_file_is_a_dictionary_error(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match="not found"):
        read_actors(tmp_path / "nope.txt")
