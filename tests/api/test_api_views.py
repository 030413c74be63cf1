"""The endpoints behind an analyst's views: sort, download, map places, the dyad's news
window, zero-filled periods and coarse dates, actor pages, and clean refusals."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pyarrow.parquet as pq
import pytest
from factories import visit_doc

# -- newest first, with a sort ---------------------------------------------------------


def test_events_are_newest_first_by_default(client):
    items = client.get("/api/events").json()["items"]
    assert [e["date"] for e in items] == [
        "2008-01-08",
        "2008-01-07",
        "2007-12-20",
        "2007-12-19",
        "2007-12-09",
    ]


@pytest.mark.parametrize(
    "sort, cameos",
    [
        ("newest", ["0251", "190", "125", "112", "040"]),
        ("oldest", ["040", "112", "125", "190", "0251"]),
        ("conflict", ["190", "125", "112", "040", "0251"]),
        ("cooperation", ["0251", "040", "112", "125", "190"]),
    ],
)
def test_event_sort(client, sort, cameos):
    items = client.get("/api/events", params={"sort": sort}).json()["items"]
    assert [e["cameo"] for e in items] == cameos


def test_event_sort_pages_agree(client):
    first = client.get("/api/events", params={"limit": 2}).json()
    rest = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    every = client.get("/api/events").json()["items"]
    assert first["items"] + rest["items"] == every[:4]


def test_quotes_newest_first_with_sort(client, writer):
    assert client.get("/api/quotes", params={"sort": "oldest"}).status_code == 200
    # a second quote, published later, comes first by default
    doc = visit_doc()
    later = doc.replace(id="later", text=doc.text + " Later.", published=dt.date(2009, 12, 10))
    assert writer.post("/api/documents", json=later.to_dict()).status_code == 201
    newest = writer.get("/api/quotes").json()["items"]
    assert [q["published"] for q in newest] == ["2009-12-10", "2007-12-10"]
    assert newest[0]["title"] == "Iraqi vice president visits Tehran"
    oldest = writer.get("/api/quotes", params={"sort": "oldest"}).json()["items"]
    assert [q["published"] for q in oldest] == ["2007-12-10", "2009-12-10"]


@pytest.mark.parametrize(
    "path, params",
    [
        ("/api/events", {"sort": "bogus"}),
        ("/api/events", {"sort": "day; DROP TABLE events"}),
        ("/api/quotes", {"sort": "conflict"}),
        ("/api/events/download", {"format": "xlsx"}),
        ("/api/events/download", {"sort": "bogus"}),
        ("/api/events/download", {"quad_class": 7}),
        ("/api/events/places", {"modality": "bogus"}),
        ("/api/events/places", {"root": "abc"}),
        ("/api/dyad", {"a": "IRQ", "b": "IRN", "window": -1}),
        ("/api/dyad", {"a": "IRQ", "b": "IRN", "window": 10**12}),
        ("/api/dyad", {"a": "IRQ", "b": "IRN", "fill": "perhaps"}),
        ("/api/actors/IRQ", {"by": "century"}),
        ("/api/actors/IRQ", {"partners": 0}),
        ("/api/actors/IRQ", {"quotes": 10**12}),
        ("/api/actors/" + "X" * 41, {}),
    ],
)
def test_bad_view_parameters_are_422(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text


@pytest.mark.parametrize("path", ["/api/events", "/api/quotes", "/api/actors", "/api/documents"])
@pytest.mark.parametrize("offset", [10**9, 10**9 + 1, 2**63, 10**30, -(2**63)])
def test_huge_offsets_are_clean(client, path, offset):
    r = client.get(path, params={"offset": offset, "limit": 1000})
    assert r.status_code in (200, 422), r.text
    if r.status_code == 200:
        assert r.json()["items"] == []
    else:
        assert "DuckDB" not in r.text and "Error:" not in r.text


# -- download ----------------------------------------------------------------------------


def test_download_csv_is_the_filtered_sorted_table(client):
    r = client.get("/api/events/download", params={"source": "IRN", "sort": "oldest"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert 'filename="geowire-events.csv"' in r.headers["content-disposition"]
    assert r.headers["x-geowire-rows"] == "2"
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(x["date"], x["source_name"], x["target_code"], x["cameo"]) for x in rows] == [
        ("2007-12-19", "Iran", "IRQGOV", "112"),
        ("2008-01-07", "Iran", "IRQGOV", "190"),
    ]
    assert rows[0]["location_name"] == "Baghdad" and rows[0]["lat"] == "33.34"
    assert rows[1]["plover"] == "FIGHT"


def test_download_parquet(client):
    r = client.get("/api/events/download", params={"format": "parquet"})
    assert r.status_code == 200
    assert r.content[:4] == b"PAR1"
    table = pq.read_table(io.BytesIO(r.content))
    assert table.num_rows == 5
    assert table.column("cameo").to_pylist() == ["0251", "190", "125", "112", "040"]
    assert str(table.schema.field("goldstein").type) == "double"


def test_download_csv_defuses_spreadsheet_formulas(writer):
    doc = visit_doc()
    bad = doc.replace(
        id="formula",
        text=doc.text + " =1+2",
        events=(dataclasses.replace(doc.events[0], evidence="=HYPERLINK(1+2)"),),
    )
    assert writer.post("/api/documents", json=bad.to_dict()).status_code == 201
    rows = list(csv.DictReader(io.StringIO(writer.get("/api/events/download").text)))
    assert "'=HYPERLINK(1+2)" in [r["evidence"] for r in rows]
    assert "-10.0" in [r["goldstein"] for r in rows]  # numbers stay numbers


# -- map ---------------------------------------------------------------------------------


def test_places_aggregate_every_matching_event(client):
    got = client.get("/api/events/places").json()
    assert (got["events"], got["located"]) == (5, 2)
    assert {(p["name"], p["n"], p["q1"], p["q3"]) for p in got["places"]} == {
        ("Baghdad", 1, 0, 1),
        ("Tehran", 1, 1, 0),
    }
    only = client.get("/api/events/places", params={"source": "IRN"}).json()
    assert [p["name"] for p in only["places"]] == ["Baghdad"]
    assert only["events"] == 2


# -- dyad --------------------------------------------------------------------------------


def test_dyad_fill_labels_and_coarse(client):
    body = client.get(
        "/api/dyad", params={"a": "IRQ", "b": "IRN", "fill": "true", "split": "true"}
    ).json()
    assert [(r["label"], r["n"]) for r in body["series"]] == [
        ("2007-12-03", 1),
        ("2007-12-10", 0),
        ("2007-12-17", 2),
        ("2007-12-24", 0),
        ("2007-12-31", 0),
        ("2008-01-07", 1),
    ]
    assert body["series"][1]["goldstein_mean"] is None
    assert body["coarse"] == [] and body["window"] is None
    months = client.get("/api/dyad", params={"a": "IRQ", "b": "IRN", "by": "month"}).json()
    assert [r["label"] for r in months["series"]] == ["2007-12", "2008-01"]


def test_dyad_without_new_parameters_is_unchanged(client):
    body = client.get("/api/dyad", params={"a": "IRQ", "b": "IRN"}).json()
    assert [r["period"] for r in body["series"]] == ["2007-12-03", "2007-12-17", "2008-01-07"]


def test_dyad_news_window(client):
    # every fixture event is dated within two days before its article
    wide = client.get("/api/dyad", params={"a": "IRQ", "b": "IRN", "window": 30}).json()
    assert sum(r["n"] for r in wide["series"]) == 4
    # window 0: only events dated on their article's publication day
    same_day = client.get("/api/dyad", params={"a": "IRQ", "b": "IRN", "window": 0}).json()
    assert [(r["period"], r["n"]) for r in same_day["series"]] == [("2007-12-17", 1)]


# -- actor page --------------------------------------------------------------------------


def test_actor_page(client):
    a = client.get("/api/actors/IRQ").json()
    assert (a["events"], a["as_source"], a["as_target"]) == (5, 2, 3)
    assert (a["first"], a["last"]) == ("2007-12-09", "2008-01-08")
    assert [(p["partner"], p["events"], p["out"], p["in"]) for p in a["partners"]] == [
        ("IRN", 4, 2, 2),
        ("USA", 1, 0, 1),
    ]
    assert [(r["label"], r["n"]) for r in a["series"]] == [("2007-12", 3), ("2008-01", 2)]
    assert a["names"][0]["name"] == "Tariq al-Hashimi"
    assert [q["text"] for q in a["quotes"]] == ["It is our destiny to live with Iran"]


def test_unknown_actor_page_is_empty(client):
    a = client.get("/api/actors/ZZZ").json()
    assert (a["events"], a["series"], a["partners"], a["quotes"]) == (0, [], [], [])


def test_openapi_lists_the_view_endpoints(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/events/download", "/api/events/places", "/api/actors/{key}"):
        assert path in paths


def test_openapi_points_at_the_contract_page(client):
    text = client.get("/api/openapi.json").text
    assert "CONTRACT.md" not in text  # not in the repository
    assert "docs/contract.md" in text
