"""The per-request time limit of the extract endpoint (no spaCy model: a stand-in pipeline)."""

from __future__ import annotations

import threading

import pytest

import geowire
from geowire import Config, Pipeline
from geowire.api import DEFAULT_API_TIME_LIMIT, create_app
from geowire.cli.serve import app_options
from geowire.errors import ConfigError
from geowire.pipeline import component


@pytest.fixture
def stand_in(monkeypatch):
    """``geowire.extract`` runs a pipeline whose first component waits for ``release``
    (a text slow to parse) and whose second records the texts it sees."""
    release = threading.Event()
    seen: list[str] = []

    def gate(doc):
        release.wait(1.0)
        return doc

    def mark(doc):
        seen.append(doc.text)
        return doc

    component("test.api.gate.v1", reads=("text",), writes=("text",))(lambda config: gate)
    component("test.api.mark.v1", reads=("text",), writes=("text",))(lambda config: mark)
    pipe = Pipeline(Config(components=("test.api.gate.v1", "test.api.mark.v1")))
    monkeypatch.setattr(geowire, "_pipeline", lambda model: pipe)
    return release, seen


def test_slow_extraction_is_503_and_later_requests_are_answered(make_client, stand_in):
    release, seen = stand_in
    c = make_client(time_limit=0.2)
    first = c.post("/api/extract", json={"text": "first"})
    assert first.status_code == 503
    error = first.json()["error"]
    assert error["code"] == "E410" and "time limit of 0.2 s" in error["message"]
    assert "\n" not in error["message"]
    # The first job still holds the worker: the next request waits its own limit, no more.
    second = c.post("/api/extract", json={"text": "second"})
    assert (second.status_code, second.json()["error"]["code"]) == (503, "E410")
    release.set()
    third = c.post("/api/extract", json={"text": "third"})
    assert third.status_code == 200 and third.json()["text"] == "third"
    # The runaway job stopped at its next component; the queued one never started.
    assert seen == ["third"]


@pytest.mark.parametrize("time_limit", [0.0, 5.0, DEFAULT_API_TIME_LIMIT])
def test_fast_extraction_within_the_limit(make_client, stand_in, time_limit):
    release, seen = stand_in
    release.set()
    c = make_client(time_limit=time_limit)
    r = c.post("/api/extract", json={"text": "quick"})
    assert r.status_code == 200 and seen == ["quick"]
    assert c.get("/api/health").json()["time_limit"] == time_limit


@pytest.mark.parametrize("time_limit", [-1.0, float("nan"), float("inf")])
def test_bad_time_limit_is_refused(tmp_path, time_limit):
    with pytest.raises(ConfigError, match="time limit"):
        create_app(tmp_path / "x.duckdb", time_limit=time_limit)
    with pytest.raises(ConfigError, match="time limit"):
        app_options("127.0.0.1", token=None, write=False, max_body=4096, time_limit=time_limit)


@pytest.mark.parametrize("given, expected", [(None, DEFAULT_API_TIME_LIMIT), (0, 0.0), (7, 7.0)])
def test_app_options_time_limit(given, expected):
    opts = app_options("127.0.0.1", token=None, write=False, max_body=4096, time_limit=given)
    assert opts["time_limit"] == expected


def test_openapi_documents_the_limit(client):
    op = client.get("/api/openapi.json").json()["paths"]["/api/extract"]["post"]
    assert "time limit" in op["description"] and "503" in op["responses"]
