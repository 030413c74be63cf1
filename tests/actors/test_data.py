"""The built-in actor data files: they load, and a bad row names its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.actors import data
from geowire.errors import DictionaryError


def test_builtin_tables_load() -> None:
    countries = {c.code: c for c in data.countries()}
    assert len(countries) >= 240
    assert "Iraqi" in countries["IRQ"].demonyms
    assert "U.S." in countries["USA"].names
    assert "the Emirates" in countries["ARE"].names
    seats = {(s.name, s.code) for s in data.seats()}
    assert {("Tehran", "IRNGOV"), ("the Kremlin", "RUSGOV"), ("Washington", "USAGOV")} <= seats
    orgs = {o.code for o in data.organizations()}
    assert {"IGOUNO", "IGONAT", "IGOEEC", "IGOGCC", "IGOARL", "IGOOPC", "IGOASN"} <= orgs
    roles = {r.phrase: r for r in data.roles()}
    assert roles["vice president"].code == "GOV"
    assert roles["troops"].code == "MIL" and roles["troops"].plurals == ()
    assert roles["national security adviser"].kind == "person"
    assert {"GOV", "MIL", "COP", "JUD", "MED"} <= data.sectors()
    holders = {h.name for h in data.holders()}
    assert "Mahmoud Ahmadinejad" in holders


def test_every_seat_and_org_country_is_a_known_country() -> None:
    codes = {c.code for c in data.countries()}
    assert all(s.country in codes for s in data.seats())
    assert all(o.country is None or o.country in codes for o in data.organizations())


HEADER = "# test table version: 1\nname\tcountry\tcode\n"


@pytest.mark.parametrize(
    "text, line, message",
    [
        (HEADER + "Tehran\tIRN\n", 3, "expected 3 columns"),
        (HEADER + "Tehran\tIRN\tirngov\n", 3, "bad code"),
        (HEADER + "\tIRN\tIRNGOV\n", 3, "empty name"),
        ("name\tcountry\tcode\nTehran\tIRN\tIRNGOV\n", 1, "version"),
        ("# version: 1\nname\tcode\n", 2, "header"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = tmp_path / "seats.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as err:
        data.seats.__wrapped__(path)
    assert f"seats.tsv:{line}:" in str(err.value)
    assert message in str(err.value)


def test_holder_dates_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "holders.tsv"
    path.write_text(
        "# version: 1\nname\tnames\tcode\tstart\tend\nA B\tA B\tUSAGOV\t2009-13-01\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="holders.tsv:3: bad date"):
        data.holders.__wrapped__(path)
