"""Exports: CSV, TSV, Parquet, JSON Lines, the GDELT 2.0 event table, PLOVER JSON Lines."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from storefactory import document, event

from geowire import Document, Location, StoreError
from geowire.store.export import GDELT_COLUMNS, GDELT_UNFILLED

IRN = ("Iran", "IRNGOVMIL", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
TEXT = (
    "Iran and Iraq agreed on Sunday to expand cooperation on border security, officials "
    "in Baghdad said after two days of talks between the foreign ministers."
)
OTHER = (
    "In a separate report from another agency, Iranian and Iraqi ministers were said to have "
    "reached a deal on security cooperation along their long shared border this week."
)


@pytest.fixture
def filled(store):
    store.add(
        document(
            TEXT,
            full=True,
            url="http://example.org/a",
            events=(
                event(
                    IRN,
                    IRQ,
                    "057",
                    date="2007-12-09",
                    goldstein=8.0,
                    plover="AGREE",
                    location=Location("Baghdad", "IRQ", 33.34, 44.4),
                ),
                event(IRQ, IRN, "0211", date="2007-12-09", goldstein=3.4, sentence=1),
            ),
        )
    )
    store.add(document(OTHER, source="afp", events=(event(IRN, IRQ, "057", date="2007-12-10"),)))
    return store


@pytest.mark.parametrize(
    "table, rows", [("events", 3), ("documents", 2), ("actors", 2), ("quotes", 2), ("links", 0)]
)
def test_csv(filled, tmp_path, table, rows):
    path = tmp_path / "out.csv"
    assert filled.export(path, format="csv", table=table) == rows
    with path.open(encoding="utf-8") as f:
        got = list(csv.DictReader(f))
    assert len(got) == rows
    if table == "events":
        assert {r["reports"] for r in got} == {"2", "1"}
        assert got[0]["cameo"] in {"057", "0211"}


def test_parquet(filled, tmp_path):
    path = tmp_path / "out.parquet"
    assert filled.export(path, format="parquet") == 3
    t = pq.read_table(path)
    assert t.num_rows == 3 and {"cluster_id", "reports", "sources", "goldstein"} <= set(
        t.column_names
    )


def test_jsonl_documents_are_contract_documents(filled, tmp_path):
    path = tmp_path / "docs.jsonl"
    assert filled.export(path, format="jsonl", table="documents") == 2
    docs = [Document.from_dict(json.loads(line)) for line in path.read_text().splitlines()]
    assert {d.id for d in docs} == {d["id"] for d in filled.documents()}
    assert sum(len(d.events) for d in docs) == 3


def test_jsonl_events_with_filters(filled, tmp_path):
    path = tmp_path / "ev.jsonl"
    assert filled.export(path, format="jsonl", root="02") == 1
    e = json.loads(path.read_text())
    assert e["cameo"] == "0211" and e["source"]["code"] == "IRQGOV"


def test_gdelt_has_61_columns_one_row_per_event(filled, tmp_path):
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    assert set(GDELT_UNFILLED) <= set(GDELT_COLUMNS)
    path = tmp_path / "events.tsv"
    assert filled.export(path, format="gdelt") == 2  # two clusters from three reports
    rows = [line.split("\t") for line in path.read_text().splitlines()]
    assert all(len(r) == 61 for r in rows)
    rec = {r[26]: dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows}
    agree = rec["057"]
    assert agree["SQLDATE"] == "20071209" and agree["MonthYear"] == "200712"
    assert agree["Actor1Code"] == "IRNGOVMIL" and agree["Actor1CountryCode"] == "IRN"
    assert (agree["Actor1Type1Code"], agree["Actor1Type2Code"]) == ("GOV", "MIL")
    assert agree["Actor2Code"] == "IRQGOV" and agree["EventRootCode"] == "05"
    assert agree["EventBaseCode"] == "057" and agree["QuadClass"] == "1"
    assert (agree["NumMentions"], agree["NumSources"], agree["NumArticles"]) == ("2", "2", "2")
    assert agree["ActionGeo_FullName"] == "Baghdad" and agree["ActionGeo_Lat"] == "33.34"
    assert agree["IsRootEvent"] == "1" and agree["SOURCEURL"] == "http://example.org/a"
    assert agree["GLOBALEVENTID"].isdigit() and len(agree["DATEADDED"]) == 14
    assert all(agree[c] == "" for c in GDELT_UNFILLED)
    assert rec["0211"]["IsRootEvent"] == "0"


def test_plover(filled, tmp_path):
    path = tmp_path / "events.plover.jsonl"
    notes: dict[str, int] = {}
    n = filled.export(path, notes=notes)
    data = [json.loads(line) for line in path.read_text().splitlines()]  # JSON Lines
    assert n == len(data) == 2  # every event kept: 0211 (APPEAL) has no PLOVER type
    by_code = {rec["cameo"]: rec for rec in data}
    rec = by_code["057"]
    assert rec["event"] == "AGREE" and rec["actor_country"] == "IRN"
    assert rec["recipient_country"] == "IRQ" and rec["reports"] == 2
    assert rec["location"]["name"] == "Baghdad"
    assert by_code["0211"]["event"] is None and notes == {"no_plover_type": 1}


def test_plover_mode_and_context_from_the_cameo_code():
    from geowire.store.export import plover_mode_context

    assert plover_mode_context("042", "CONSULT") == ("visit", [])
    assert plover_mode_context("0311", "AGREE") == (None, ["economic"])
    assert plover_mode_context("0861", "RETREAT") == ("access", ["peacekeeping"])
    assert plover_mode_context("0431", "CONSULT")[0] == "visit"  # from its parent 043
    assert plover_mode_context("1822", "ASSAULT")[0] == "torture"
    assert plover_mode_context("042", "AGREE")[0] is None  # a mode belongs to its type
    assert plover_mode_context("0211", None) == (None, [])


def test_plover_export_fills_mode_and_context(store, tmp_path):
    store.add(
        document(TEXT, events=(event(IRN, IRQ, "0841", date="2007-12-09", plover="RETREAT"),))
    )
    path = tmp_path / "e.plover.jsonl"
    store.export(path)
    (rec,) = [json.loads(line) for line in path.read_text().splitlines()]
    assert rec["mode"] == "release" and rec["context"] == ["legal"]


@pytest.mark.parametrize(
    "name, check",
    [
        ("e.csv", lambda b: b.startswith(b'"id",')),
        ("e.tsv", lambda b: b.startswith(b'"id"\t')),
        ("e.parquet", lambda b: b[:4] == b"PAR1" and b[-4:] == b"PAR1"),
        ("e.jsonl", lambda b: json.loads(b.splitlines()[0])["cameo"]),
        ("e.plover.jsonl", lambda b: "event" in json.loads(b.splitlines()[0])),
        ("20071210000000.export.CSV", lambda b: len(b.splitlines()[0].split(b"\t")) == 61),
    ],
)
def test_the_file_name_picks_the_format(filled, tmp_path, name, check):
    path = tmp_path / name
    assert filled.export(path) > 0
    assert check(path.read_bytes())


@pytest.mark.parametrize("name", ["x.xlsx", "x", "x.json", "x.parquet.gz"])
def test_an_unknown_file_name_is_refused(filled, tmp_path, name):
    with pytest.raises(StoreError, match="cannot tell the export format") as info:
        filled.export(tmp_path / name)
    assert "\n" not in str(info.value)
    assert not (tmp_path / name).exists()


def test_a_format_contradicting_the_name_is_refused(filled, tmp_path):
    with pytest.raises(StoreError, match="names a parquet file"):
        filled.export(tmp_path / "x.parquet", format="csv")


def test_a_folder_is_refused(filled, tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        filled.export(tmp_path)


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"format": "xml"}, "unknown export format"),
        ({"table": "secrets"}, "unknown table"),
        ({"format": "gdelt", "table": "quotes"}, "events only"),
        ({"table": "quotes", "actor": "IRN"}, "events table only"),
    ],
)
def test_export_errors(filled, tmp_path, kwargs, message):
    with pytest.raises(StoreError, match=message):
        filled.export(tmp_path / "x", **{"format": "csv", **kwargs})


def test_export_to_missing_folder(filled, tmp_path):
    with pytest.raises(StoreError, match="folder does not exist"):
        filled.export(tmp_path / "no" / "x.csv")


def test_the_plover_mapping_is_a_versioned_data_file():
    from importlib import resources

    from geowire.store.filters import plover_types

    text = (resources.files("geowire") / "data" / "plover" / "cameo_modes.tsv").read_text()
    assert text.startswith("# geowire CAMEO-to-PLOVER modes and contexts, version ")
    assert len(plover_types()) == 16 and "ASSAULT" in plover_types()
