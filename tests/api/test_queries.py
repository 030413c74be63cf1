"""The read endpoints over a fixture store, in process."""

from __future__ import annotations

import pytest
from factories import visit_doc


def test_health(client):
    h = client.get("/api/health").json()
    assert h["status"] == "ok"
    assert (h["write"], h["extract"], h["token_required"]) == (False, True, False)


def test_openapi_lists_every_endpoint(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/extract",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/events",
        "/api/quotes",
        "/api/actors",
        "/api/dyad",
        "/api/network",
        "/api/stats",
    ):
        assert path in paths


def test_no_cdn_docs_pages(client):
    # Swagger UI and ReDoc would load scripts from a CDN, so they are not served.
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_documents_newest_first_with_paging(client):
    first = client.get("/api/documents", params={"limit": 2}).json()
    assert [d["published"] for d in first["items"]] == ["2008-01-08", "2007-12-20"]
    assert first["next_offset"] == 2
    rest = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()
    assert [d["title"] for d in rest["items"]] == ["Iraqi vice president visits Tehran"]
    assert rest["next_offset"] is None


def test_document_round_trips_the_contract(client):
    doc = visit_doc()
    got = client.get(f"/api/documents/{doc.id}").json()
    want = doc.to_dict()
    for key in ("id", "text", "actors", "events", "quotes", "times", "places"):
        assert got[key] == want[key]
    assert got["quotes"][0]["speaker"]["name"] == "Tariq al-Hashimi"


def test_missing_document_is_404(client):
    r = client.get("/api/documents/nope")
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "E704"


@pytest.mark.parametrize(
    "params, cameos",
    [
        ({}, ["040", "112", "125", "190", "0251"]),
        ({"actor": "USA"}, ["0251"]),
        ({"source": "IRN", "target": "IRQ"}, ["112", "190"]),
        ({"quad_class": 3}, ["112", "125"]),
        ({"root": "19"}, ["190"]),
        ({"plover": "consult"}, ["040"]),
        ({"since": "2007-12-15", "until": "2007-12-31"}, ["112", "125"]),
        ({"modality": "asserted", "target": "IRN"}, ["040", "125"]),
        ({"actor": "IRQ' OR 1=1 --"}, []),
        ({"min_confidence": 0.5}, ["040", "112", "125", "190", "0251"]),  # all at 0.9
        ({"min_confidence": 0.95}, []),
    ],
)
def test_event_filters(client, params, cameos):
    r = client.get("/api/events", params={**params, "sort": "oldest"})
    assert r.status_code == 200
    assert [e["cameo"] for e in r.json()["items"]] == cameos


def test_event_rows_carry_store_fields(client):
    ev = client.get("/api/events", params={"root": "04"}).json()["items"][0]
    assert ev["source"]["code"] == "IRQGOV" and ev["target"]["country"] == "IRN"
    assert ev["location"]["name"] == "Tehran"
    assert ev["reports"] == 1 and ev["doc_id"] == visit_doc().id


def test_event_paging(client):
    page = client.get("/api/events", params={"limit": 2, "offset": 1, "sort": "oldest"}).json()
    assert [e["cameo"] for e in page["items"]] == ["112", "125"]
    assert page["next_offset"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"quad_class": 5},
        {"limit": 0},
        {"limit": 100000},
        {"offset": -1},
        {"since": "yesterday"},
        {"modality": "rumoured"},
        {"root": "1a"},
        {"min_confidence": 1.5},
        {"min_confidence": "high"},
        {"root": "21"},  # as the CLI: 01 to 20
        {"root": "00"},
        {"plover": "BOGUS"},
    ],
)
def test_bad_event_parameters_are_422(client, params):
    assert client.get("/api/events", params=params).status_code == 422


@pytest.mark.parametrize(
    "params, speakers",
    [
        ({}, ["Tariq al-Hashimi"]),
        ({"speaker": "IRQ"}, ["Tariq al-Hashimi"]),
        ({"speaker": "hashimi"}, ["Tariq al-Hashimi"]),
        ({"speaker": "IRN"}, []),
        ({"contains": "destiny"}, ["Tariq al-Hashimi"]),
        ({"kind": "indirect"}, []),
    ],
)
def test_quotes(client, params, speakers):
    items = client.get("/api/quotes", params=params).json()["items"]
    assert [q["speaker"]["name"] for q in items] == speakers


def test_actors(client):
    items = client.get("/api/actors", params={"country": "IRQ"}).json()["items"]
    assert [(a["name"], a["code"], a["mentions"]) for a in items] == [
        ("Tariq al-Hashimi", "IRQGOV", 2)
    ]


@pytest.mark.parametrize(
    "params, expected",
    [
        (
            {"a": "IRQ", "b": "IRN"},
            [
                ("2007-12-03", 1, 0, 0, 0, 1.0),
                ("2007-12-17", 0, 0, 2, 0, -3.5),
                ("2008-01-07", 0, 0, 0, 1, -10.0),
            ],
        ),
        (
            {"a": "IRQ", "b": "IRN", "directed": "true"},
            [("2007-12-03", 1, 0, 0, 0, 1.0), ("2007-12-17", 0, 0, 1, 0, -5.0)],
        ),
        (
            {"a": "IRN", "b": "IRQ", "by": "month"},
            [("2007-12-01", 1, 0, 2, 0, -2.0), ("2008-01-01", 0, 0, 0, 1, -10.0)],
        ),
        ({"a": "IRQ", "b": "SYR"}, []),
    ],
)
def test_dyad_series(client, params, expected):
    body = client.get("/api/dyad", params=params).json()
    got = [
        (r["period"], r["q1"], r["q2"], r["q3"], r["q4"], r["goldstein_mean"])
        for r in body["series"]
    ]
    assert got == expected


@pytest.mark.parametrize("params", [{"a": "IRQ"}, {"a": "IRQ", "b": "IRN", "by": "fortnight"}])
def test_bad_dyad_parameters_are_422(client, params):
    assert client.get("/api/dyad", params=params).status_code == 422


def test_network(client):
    net = client.get("/api/network").json()
    assert {n["id"] for n in net["nodes"]} == {"IRQ", "IRN", "USA"}
    edges = {(e["source"], e["target"]): e["events"] for e in net["edges"]}
    assert edges == {("IRN", "IRQ"): 2, ("IRQ", "IRN"): 2, ("USA", "IRQ"): 1}
    heavy = client.get("/api/network", params={"min_events": 2}).json()
    assert len(heavy["edges"]) == 2


def test_stats(client):
    s = client.get("/api/stats").json()
    assert (s["documents"], s["events"], s["quotes"]) == (3, 5, 1)


def test_example_article(client):
    ex = client.get("/api/example").json()
    assert ex["text"] and ex["published"]


def test_dates_read_as_everywhere_else(client):
    iso = client.get("/api/events", params={"since": "2007-12-15", "sort": "oldest"}).json()
    rfc = client.get(
        "/api/events", params={"since": "Sat, 15 Dec 2007 09:00:00 GMT", "sort": "oldest"}
    ).json()
    assert [e["cameo"] for e in rfc["items"]] == [e["cameo"] for e in iso["items"]] != []


def test_filter_errors_name_the_allowed_values(client):
    body = client.get("/api/events", params={"root": "21"}).json()
    assert body["error"]["code"] == "E420" and "01 to 20" in body["error"]["message"]
