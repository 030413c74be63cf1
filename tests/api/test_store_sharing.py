"""``geowire serve`` and ``geowire ingest`` on one store file.

A read-only app holds the file only while it answers (and ``idle_close`` seconds
after), so another process can write it in between, and the app's next request
sees what was written. While another process writes, reads get a clear 503.
"""

from __future__ import annotations

import json
import subprocess
import time
import warnings
from collections.abc import Iterator

import pytest
from factories import fill_store, hold, run_geowire, visit_doc

from geowire.api import create_app
from geowire.api.services import DEFAULT_IDLE_CLOSE
from geowire.errors import ConfigError

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

NEW_TEXT = "Egypt and Ethiopia resumed talks on the Nile dam in Cairo on Tuesday."
BUSY = "the store is being written by another process"

READ_ROUTES = [
    "/api/stats",
    "/api/documents",
    f"/api/documents/{visit_doc().id}",
    "/api/events",
    "/api/events?unique=true&actor=IRN",
    "/api/quotes",
    "/api/actors",
    "/api/dyad?a=IRN&b=IRQ",
    "/api/network",
]


def documents(client: TestClient) -> int:
    r = client.get("/api/stats")
    assert r.status_code == 200, r.text
    return int(r.json()["documents"])


def assert_busy(r) -> None:
    assert r.status_code == 503
    error = r.json()["error"]
    assert error["code"] == "E600"
    assert BUSY in error["message"] and "try again when it ends" in error["message"]
    assert "\n" not in error["message"] and "IO Error" not in error["message"]


# -- while another process writes ---------------------------------------------------


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A read-only app over a store that another process holds for writing."""
    db = fill_store(tmp_path_factory.mktemp("busy") / "busy.duckdb")
    with hold(db, "write") as line, TestClient(create_app(db)) as client:
        assert line == "held 3"
        yield client


@pytest.mark.parametrize("route", READ_ROUTES)
def test_reads_get_a_clear_503_while_another_process_writes(written, route):
    assert_busy(written.get(route))


def test_a_busy_store_is_logged_as_a_warning_not_an_error(written, caplog):
    with caplog.at_level("WARNING", logger="geowire.api"):
        assert_busy(written.get("/api/events"))
    levels = [r.levelname for r in caplog.records if r.name.startswith("geowire.api")]
    assert levels == ["WARNING"]


def test_health_answers_while_another_process_writes(written):
    assert written.get("/api/health").status_code == 200


# -- the app holds the file only while it answers -------------------------------------


@pytest.mark.parametrize(
    "kwargs, route, status, held_after",
    [
        ({"idle_close": 0}, "/api/stats", 200, False),
        ({"idle_close": 0}, "/api/documents/no-such-id", 404, False),  # an error lets go too
        ({"idle_close": 0}, "/api/events?limit=0", 422, False),  # a refused query lets go too
        ({"idle_close": 600}, "/api/stats", 200, True),
        ({}, "/api/events", 200, True),  # the default keeps it for DEFAULT_IDLE_CLOSE
        ({"idle_close": 0, "allow_write": True}, "/api/stats", 200, True),  # one connection
    ],
)
def test_when_the_app_holds_the_store(tmp_path, kwargs, route, status, held_after):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, **kwargs)) as client:
        svc = client.app.state.geowire
        assert not svc.store_open
        assert client.get(route).status_code == status
        assert svc.store_open is held_after
    assert not svc.store_open  # closed with the app


def test_the_store_is_closed_after_the_idle_time(tmp_path):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, idle_close=0.05)) as client:
        svc = client.app.state.geowire
        assert documents(client) == 3
        deadline = time.monotonic() + 60  # a bound on waiting, not a timing assertion
        while svc.store_open and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not svc.store_open
        assert documents(client) == 3  # and opened again by the next request


def test_overlapping_readers_share_one_open_store(tmp_path):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, idle_close=0)) as client:
        svc = client.app.state.geowire
        with svc.reading() as first:
            with svc.reading() as second:
                assert first is second
            assert svc.store_open  # the first reader is still using it
        assert not svc.store_open


@pytest.mark.parametrize("value", [-1.0, float("inf"), float("nan")])
def test_idle_close_must_be_a_usable_number(tmp_path, value):
    with pytest.raises(ConfigError, match="idle time"):
        create_app(tmp_path / "s.duckdb", idle_close=value)


# -- another process writes between requests; the app sees it, no restart -------------


@pytest.mark.parametrize("idle_close", [0.0, DEFAULT_IDLE_CLOSE])
def test_the_app_sees_what_another_process_stored(tmp_path, idle_close):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, idle_close=idle_close)) as client:
        assert documents(client) == 3
        # The writer waits (store.READERS_WAIT) for the app to let go of the file.
        with hold(db, "write", NEW_TEXT) as line:
            assert line == "held 4"
            assert_busy(client.get("/api/documents"))
        assert documents(client) == 4
        items = client.get("/api/documents", params={"limit": 10}).json()["items"]
        new = [d["id"] for d in items if d["id"] != visit_doc().id]
        texts = {client.get(f"/api/documents/{i}").json()["text"] for i in new}
        assert NEW_TEXT in texts


def test_the_app_serves_a_store_created_after_it_started(tmp_path):
    db = tmp_path / "later.duckdb"
    with TestClient(create_app(db, idle_close=0)) as client:
        r = client.get("/api/stats")
        assert r.status_code == 503 and "no store" in r.json()["error"]["message"]
        with hold(db, "write", NEW_TEXT) as line:
            assert line == "held 1"
        assert documents(client) == 1


def test_other_readers_share_the_file_with_the_app(tmp_path):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, idle_close=600)) as client:
        assert documents(client) == 3  # the app holds the file now
        with hold(db, "read") as line:
            assert line == "held 3"
            assert documents(client) == 3


# -- the real commands (they load the spaCy model) --------------------------------------


def geowire_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_geowire(*args, stdin="")


@pytest.mark.model
def test_ingest_while_a_read_only_server_runs(tmp_path):
    db = fill_store(tmp_path / "s.duckdb")
    corpus = tmp_path / "news.jsonl"
    records = [
        {"id": "n1", "published": "2007-12-11", "text": "Iran accused Iraq of shelling Basra."},
        {"id": "n2", "published": "2007-12-12", "text": "Syria and Turkey met in Ankara."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with TestClient(create_app(db)) as client:  # the default: kept open 2 s after a request
        assert documents(client) == 3
        out = geowire_cli("ingest", str(corpus), "--db", str(db), "--no-progress")
        assert out.returncode == 0, out.stderr
        assert documents(client) == 5  # the same app, no restart
        items = client.get("/api/documents", params={"limit": 10}).json()["items"]
        assert {"2007-12-11", "2007-12-12"} <= {d["published"] for d in items}


@pytest.mark.model
def test_ingest_while_a_write_server_runs_fails_with_one_line(tmp_path):
    db = fill_store(tmp_path / "s.duckdb")
    with TestClient(create_app(db, allow_write=True)) as client:
        assert documents(client) == 3  # the --write app holds the file from here on
        out = geowire_cli("ingest", "-", "--db", str(db))
        assert documents(client) == 3
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("geowire: error: [E600] cannot open store ")
    assert BUSY in lines[0] and "try again when it ends" in lines[0]
