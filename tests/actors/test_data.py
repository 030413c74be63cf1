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


def _holders(tmp_path: Path, rows: str) -> tuple[data.Holder, ...]:
    path = tmp_path / "holders.tsv"
    path.write_text(f"# version: 1\nname\tnames\tcode\tstart\tend\n{rows}", encoding="utf-8")
    return data.holders.__wrapped__(path)


def test_a_shared_form_must_not_name_two_people_at_once(tmp_path: Path) -> None:
    rows = (
        "Ada Obi\tAda Obi|President Obi\tARNGOV\t2001-01-01\t2005-01-01\n"
        "Ben Obi\tBen Obi|President Obi\tARNGOV\t2004-06-01\t\n"
    )
    with pytest.raises(DictionaryError) as err:
        _holders(tmp_path, rows)
    assert str(err.value).endswith(
        "holders.tsv:4: 'President Obi' names Ada Obi (2001-01-01..2005-01-01) and Ben Obi at once"
    )
    # an undated row is every day's
    with pytest.raises(DictionaryError, match="holders.tsv:4: 'Obi' names Ada Obi"):
        _holders(tmp_path, "Ada Obi\tObi\tARNGOV\t2001-01-01\t\nBen Obi\tObi\tARN\t\t\n")


def test_a_shared_form_may_name_people_one_after_another(tmp_path: Path) -> None:
    rows = (
        "Ada Obi\tAda Obi|President Obi\tARNGOV\t2001-01-01\t2005-01-01\n"
        "Ben Obi\tBen Obi|President Obi\tARNGOV\t2005-01-01\t\n"  # a handover day
        "Ben Obi\tBen Obi\tARNLEG\t1990-01-01\t2004-12-31\n"  # not the shared form
    )
    assert [h.name for h in _holders(tmp_path, rows)] == ["Ada Obi", "Ben Obi", "Ben Obi"]


def test_holder_dates_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "holders.tsv"
    path.write_text(
        "# version: 1\nname\tnames\tcode\tstart\tend\nA B\tA B\tUSAGOV\t2009-13-01\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError, match="holders.tsv:3: bad date"):
        data.holders.__wrapped__(path)


def test_local_offices_are_lower_case_title_openings(tmp_path: Path) -> None:
    offices = data.local_offices()
    assert "governor" in offices and "gov." in offices and "president" not in offices
    bad = tmp_path / "local_offices.tsv"
    bad.write_text("# test table. version: 1\nphrase\nMayor\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="lower-case"):
        data.local_offices.__wrapped__(bad)


def test_a_hyphenated_compound_title_is_no_abbreviations_full_title() -> None:
    # "governor-general" is a title of its own: "Gov." still stands for "governor"
    assert data.title_abbreviations()["gov."] == "governor"
