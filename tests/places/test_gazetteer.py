"""The gazetteer: names, data files, the compiled index and its cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from geowire.errors import DictionaryError
from geowire.places import gazetteer as gz


@pytest.fixture(scope="module")
def gaz() -> gz.Gazetteer:
    return gz.load_gazetteer()


@pytest.mark.parametrize(
    "name, key",
    [
        ("U.S.", "us"),
        ("the Middle East", "middle east"),
        ("St. Louis", "saint louis"),
        ("Winston-Salem", "winston salem"),
        ("Ts'khinvali", "tskhinvali"),
        ("Côte d’Ivoire", "cote divoire"),
        ("  New   York ", "new york"),
    ],
)
def test_normalize(name: str, key: str) -> None:
    assert gz.normalize(name) == key


@pytest.mark.parametrize(
    "name, feature, country",
    [
        ("Damascus", "city", "SYR"),
        ("Iraq", "country", "IRQ"),
        ("U.S.", "country", "USA"),
        ("Persian Gulf", "water", None),
        ("Gulf of Aden", "water", None),
        ("Middle East", "region", None),
        ("West Bank", "region", "PSE"),
        ("Louisiana", "admin", "USA"),
        ("Rapides Parish", "admin", "USA"),
        ("Ontario", "admin", "CAN"),
    ],
)
def test_lookup_most_populous_first(
    gaz: gz.Gazetteer, name: str, feature: str, country: str | None
) -> None:
    entries = gaz.lookup(name)
    assert entries, name
    best = max(entries, key=lambda e: e.population)
    assert (best.feature, best.country) == (feature, country)
    assert best.lat is not None and best.lon is not None


def test_entries_carry_geonames_ids(gaz: gz.Gazetteer) -> None:
    damascus = next(e for e in gaz.lookup("Damascus") if e.country == "SYR")
    assert damascus.geonameid == 170654
    assert 33 < damascus.lat < 34 and 36 < damascus.lon < 37
    assert next(e for e in gaz.lookup("Syria") if e.feature == "country").geonameid == 163843


def test_state_abbreviations(gaz: gz.Gazetteer) -> None:
    assert gaz.state_abbrev["La."] == "LA"
    assert gaz.state_abbrev["Calif."] == "CA"
    assert gaz.entry(gaz.states["LA"]).name == "Louisiana"


def test_capitals_are_marked(gaz: gz.Gazetteer) -> None:
    assert any(e.capital for e in gaz.lookup("Damascus") if e.country == "SYR")
    assert not any(e.capital for e in gaz.lookup("Aleppo"))


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "t.tsv").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "text, message",
    [
        ("a\tb\n1\t2\n", ":1:"),
        ("#geowire-data\tother.kind\t1\na\tb\n", ":1:"),
        ("#geowire-data\tk\t1\na\tc\n1\t2\n", "header"),
        ("#geowire-data\tk\t1\na\tb\n1\t2\n3\n", "t.tsv:4: expected 2 columns, found 1"),
        ("#geowire-data\tk\t1\n# only a comment\n", "no header"),
    ],
)
def test_read_table_rejects_bad_files(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(DictionaryError, match=message):
        list(gz.read_table("t.tsv", "k", ("a", "b"), _write(tmp_path, text)))


def test_read_table_reads_rows_with_line_numbers(tmp_path: Path) -> None:
    text = "#geowire-data\tk\t1\n# comment\na\tb\n\n1\t2\n3\t4\n"
    rows = list(gz.read_table("t.tsv", "k", ("a", "b"), _write(tmp_path, text)))
    assert rows == [(5, {"a": "1", "b": "2"}), (6, {"a": "3", "b": "4"})]


@pytest.mark.parametrize("name", gz.DATA_FILES)
def test_shipped_data_files_are_valid(name: str) -> None:
    kind = "places." + name.removesuffix(".tsv")
    first = (gz.DATA_DIR / name).read_text(encoding="utf-8").split("\n", 1)[0]
    assert first.split("\t")[:2] == ["#geowire-data", kind]


def test_cache_path_follows_env_and_source_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOWIRE_CACHE", str(tmp_path))
    path = gz.cache_path()
    assert path.parent == tmp_path
    assert path.name.startswith("places-gazetteer-") and path.suffix == ".pickle"
    monkeypatch.setattr(gz, "FORMAT_VERSION", gz.FORMAT_VERSION + 1)
    assert gz.cache_path() != path


def test_unreadable_cache_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "gaz.pickle"
    path.write_bytes(b"not a pickle")
    gaz = gz.load_gazetteer(path)
    assert gaz.lookup("Baghdad")
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, no leftovers


@pytest.mark.parametrize("word", ["Gulf", "Western", "North", "Central"])
def test_generic_words_are_not_names(gaz: gz.Gazetteer, word: str) -> None:
    assert gaz.rows(word) == ()


@pytest.mark.parametrize(
    "name, state", [("Clarke", "GA"), ("Miami-Dade", "FL"), ("Rapides Parish", "LA")]
)
def test_counties_under_their_bare_names(gaz: gz.Gazetteer, name: str, state: str) -> None:
    assert any(e.feature == "admin" and e.admin1 == state for e in gaz.lookup(name))


@pytest.mark.parametrize(
    "form, name, feature",
    [
        ("L.A.", "Los Angeles", "city"),
        ("NYC", "New York City", "city"),
        ("EU", "European Union", "region"),
        ("E.U.", "European Union", "region"),
    ],
)
def test_written_forms(gaz: gz.Gazetteer, form: str, name: str, feature: str) -> None:
    (row,) = gaz.forms[form]
    e = gaz.entry(row)
    assert (e.name, e.feature) == (name, feature)


@pytest.mark.parametrize("form", ["La.", "Eu", "la"])
def test_forms_are_exact(gaz: gz.Gazetteer, form: str) -> None:
    assert form not in gaz.forms


@pytest.mark.parametrize(
    "name, country",
    [("Suffolk", "GBR"), ("Fife", "GBR"), ("Pangasinan", "PHL"), ("Laguna", "PHL")],
)
def test_second_level_divisions_under_bare_names(
    gaz: gz.Gazetteer, name: str, country: str
) -> None:
    assert any(e.feature == "admin" and e.country == country for e in gaz.lookup(name))


@pytest.mark.parametrize("name, country", [("Leeds", "GBR"), ("Salisbury", "GBR")])
def test_divisions_named_after_their_town_are_the_town(
    gaz: gz.Gazetteer, name: str, country: str
) -> None:
    assert not any(e.feature == "admin" and e.country == country for e in gaz.lookup(name))


@pytest.mark.parametrize(
    "name, admin1, county",
    [
        ("Decatur", "GA", "dekalb county"),
        ("Huntsville", "AL", "madison county"),
        ("DeKalb County", "GA", "dekalb county"),
    ],
)
def test_us_towns_know_their_county(gaz: gz.Gazetteer, name: str, admin1: str, county: str) -> None:
    assert any(
        gaz.admin1[r] == admin1 and gaz.county[r] == county
        for r in gaz.rows(name)
        if gaz.names[r] == name
    )


@pytest.mark.parametrize("name", ["Anhui", "Guangxi", "Zhejiang"])
def test_first_level_divisions_under_bare_names(gaz: gz.Gazetteer, name: str) -> None:
    assert any(e.feature == "admin" and e.country == "CHN" for e in gaz.lookup(name))
