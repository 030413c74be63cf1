"""Hostile requests against the in-process app: each refused with its proper status.

Oversized bodies -> 413; path traversal on static files -> 404; SQL injection in
every filter -> 4xx or empty results, never 5xx, never a changed store; bad or
missing tokens -> 401, writes to a read-only server -> 403.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import fill_store

from geowire.api import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = "correct-horse-battery-staple"

INJECTIONS = [
    "' OR '1'='1",
    "IRN' OR 1=1 --",
    "x'; DROP TABLE events; --",
    "1; DELETE FROM documents",
    "') UNION SELECT id, text FROM documents --",
    '" OR ""="',
    "IRN\x00",
    "%' OR '%'='",
    "IRN/**/OR/**/1=1",
    "'; ATTACH '/tmp/evil.duckdb' AS evil; --",
    "'; COPY documents TO '/tmp/leak.csv'; --",
    "\\'; SELECT 1; --",
]

#: Every free-text filter of every query endpoint (enums and dates are validated apart).
TEXT_FILTERS = [
    ("/api/events", "actor"),
    ("/api/events", "source"),
    ("/api/events", "target"),
    ("/api/events", "plover"),
    ("/api/events", "doc_id"),
    ("/api/quotes", "speaker"),
    ("/api/quotes", "contains"),
    ("/api/quotes", "doc_id"),
    ("/api/actors", "name"),
    ("/api/actors", "code"),
    ("/api/actors", "country"),
    ("/api/documents", "source"),
]

#: Filters whose values are checked by type or pattern: an injection is a 422.
TYPED_FILTERS = [
    ("/api/events", "since"),
    ("/api/events", "until"),
    ("/api/events", "root"),
    ("/api/events", "quad_class"),
    ("/api/events", "modality"),
    ("/api/events", "limit"),
    ("/api/events", "offset"),
    ("/api/quotes", "kind"),
    ("/api/quotes", "since"),
    ("/api/documents", "until"),
    ("/api/network", "level"),
    ("/api/network", "min_events"),
    ("/api/dyad", "by"),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_store(tmp_path_factory.mktemp("probes") / "probes.duckdb")


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    """A writable app behind a token, so that a successful injection could write."""
    app = create_app(store, allow_write=True, token=TOKEN, max_body=4096)
    with TestClient(app) as c:
        yield c


# -- oversized bodies ----------------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/extract", "/api/documents"])
@pytest.mark.parametrize("size", [4097, 1_000_000, 20_000_000])
def test_oversized_body_is_413(client, path: str, size: int):
    body = b'{"text": "' + b"a" * size + b'"}'
    r = client.post(path, content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E713"


def test_oversized_chunked_body_is_413(client):
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 1000
        yield b'"}'

    r = client.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_lying_content_length_is_refused(client):
    r = client.post(
        "/api/extract",
        content=b'{"text": "x"}',
        headers={"Content-Type": "application/json", "Content-Length": "not-a-number"},
    )
    assert r.status_code in (400, 413)


# -- path traversal ------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/static/../../../../etc/passwd",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/%252e%252e/%252e%252e/etc/passwd",
        "/static/..\\..\\..\\etc\\passwd",
        "/static/....//....//etc/passwd",
        "/static//etc/passwd",
        "/static/%00../../etc/passwd",
        "/static/../../pyproject.toml",
        "/static/../api/app.py",
        "/static/..%2f__init__.py",
    ],
)
def test_path_traversal_on_static_files_is_404(client, path: str):
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code, r.text[:200])
    assert "root:" not in r.text and "[project]" not in r.text and "import" not in r.text


@pytest.mark.parametrize(
    "path",
    [
        "/api/documents/..%2f..%2fetc%2fpasswd",
        "/api/documents/%2e%2e",
        "/api/documents/' OR '1'='1",
        "/api/../../etc/passwd",
    ],
)
def test_traversal_and_injection_in_document_path_is_404(client, path: str):
    r = client.get(path)
    assert r.status_code == 404, (path, r.status_code)


def test_static_files_still_served(client):
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/").status_code == 200


# -- SQL injection -------------------------------------------------------------------


@pytest.mark.parametrize("endpoint, param", TEXT_FILTERS)
def test_injection_in_text_filters_finds_nothing_and_changes_nothing(
    client, store, endpoint: str, param: str
):
    before = client.get("/api/stats").json()
    assert before["documents"] > 0 and before["events"] > 0
    for value in INJECTIONS:
        r = client.get(endpoint, params={param: value})
        assert r.status_code < 500, (param, value, r.text[:200])
        if r.status_code == 200:
            assert r.json()["items"] == [], (param, value)
    # the store is unchanged: still the same counts, readable, consistent
    assert client.get("/api/stats").json() == before


@pytest.mark.parametrize("endpoint, param", TYPED_FILTERS)
def test_injection_in_typed_filters_is_422(client, endpoint: str, param: str):
    params = {"a": "IRN", "b": "IRQ"} if endpoint == "/api/dyad" else {}
    for value in INJECTIONS:
        r = client.get(endpoint, params={**params, param: value})
        assert r.status_code == 422, (param, value, r.status_code)


@pytest.mark.parametrize("param", ["a", "b"])
def test_injection_in_dyad_actors_gives_an_empty_series(client, param: str):
    for value in INJECTIONS:
        other = "b" if param == "a" else "a"
        r = client.get("/api/dyad", params={param: value, other: "IRN"})
        assert r.status_code < 500
        if r.status_code == 200:
            series = r.json()["series"]
            assert all(sum(v for k, v in p.items() if k.startswith("q")) == 0 for p in series) or (
                series == []
            ), series


def fingerprint(fetch) -> str:
    """A hash of every row of the document tables (but the ingest time)."""
    digest = hashlib.sha256()
    for table in ("documents", "events", "actors", "quotes", "times", "places"):
        cols = [
            r["column_name"]
            for r in fetch(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                "AND column_name <> 'ingested_at' ORDER BY ordinal_position",
                [table],
            )
        ]
        rows = fetch(f"SELECT {', '.join(cols)} FROM {table}", [])
        digest.update(table.encode())
        for row in sorted(repr(sorted(r.items())) for r in rows):
            digest.update(row.encode())
    return digest.hexdigest()


def test_store_is_unchanged_by_every_probe(client, store):
    """Runs last in this module: the store holds exactly what was put in it."""
    from geowire.store import Store

    with Store(fill_store(store.parent / "fresh.duckdb"), read_only=True) as fresh:
        expected = fingerprint(fresh.fetch)
    probed = client.app.state.geowire.store()
    assert fingerprint(probed.fetch) == expected


# -- tokens --------------------------------------------------------------------------

DOC = {"text": "Iran met Iraq.", "actors": [], "events": [], "quotes": [], "times": []}


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Bearer wrong",
        f"Bearer {TOKEN}x",
        f"Bearer {TOKEN[:-1]}",
        f"Bearer {TOKEN.upper()}",
        f"Basic {TOKEN}",
        TOKEN,
        f"Token {TOKEN}",
        "Bearer " + "A" * 10_000,
        "Bearer \u00e9\u00e9\u00e9".encode(),  # not ASCII, sent as raw bytes
    ],
)
def test_bad_or_missing_token_is_401(client, header: str | bytes | None):
    headers = {} if header is None else {"Authorization": header}
    r = client.post("/api/documents", json=DOC, headers=headers)
    assert r.status_code == 401, (header, r.status_code)
    assert r.headers.get("www-authenticate") == "Bearer"
    r = client.post("/api/extract", json={"text": "Iran met Iraq."}, headers=headers)
    assert r.status_code == 401


def test_write_to_read_only_server_is_403_even_with_token(store):
    with TestClient(create_app(store, token=TOKEN)) as ro:
        r = ro.post("/api/documents", json=DOC, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403


def test_extract_disabled_is_403(store):
    with TestClient(create_app(store, allow_extract=False)) as c:
        r = c.post("/api/extract", json={"text": "Iran met Iraq."})
    assert r.status_code == 403
