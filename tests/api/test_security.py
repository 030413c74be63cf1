"""Read-only by default, tokens for extract and write, size limits, error mapping, headers."""

from __future__ import annotations

import json

import pytest
from factories import accuse_doc, span

from geowire import Document
from geowire.api import STATUS, is_loopback, status_of
from geowire.errors import (
    ApiError,
    BodyTooLarge,
    ConfigError,
    DictionaryError,
    Forbidden,
    GeowireError,
    InputError,
    ModelError,
    NotFound,
    PipelineError,
    StoreError,
    TimeLimitError,
    Unauthorized,
)


def new_doc() -> dict:
    text = "Syria welcomed the Iraqi delegation in Damascus."
    doc = Document(text=text, title="new", published=None)
    d = doc.to_dict()
    d["quotes"] = [
        {
            "text": "welcome",
            "span": list(span(text, "welcomed")),
            "kind": "partial",
            "speaker": None,
            "cue": None,
        }
    ]
    d["quotes"][0]["span"] = [span(text, "welcome")[0], span(text, "welcome")[1]]
    return d


def test_read_only_by_default_refuses_writes(client):
    r = client.post("/api/documents", json=new_doc())
    assert r.status_code == 403 and r.json()["error"]["code"] == "E703"
    assert "read-only" in r.json()["error"]["message"]


def test_storing_needs_write(client):
    r = client.post("/api/extract", json={"text": "Iran met Iraq.", "store": True})
    assert r.status_code == 403


def test_write_stores_once(writer):
    doc = new_doc()
    first = writer.post("/api/documents", json=doc)
    assert first.status_code == 201 and first.json()["stored"] is True
    again = writer.post("/api/documents", json=doc)
    assert again.json() == {"id": first.json()["id"], "stored": False}
    got = writer.get(f"/api/documents/{first.json()['id']}").json()
    assert got["text"] == doc["text"]
    assert writer.get("/api/stats").json()["documents"] == 4


def test_not_a_document_is_400(writer):
    r = writer.post("/api/documents", json={"title": "no text"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "E400"


@pytest.mark.parametrize(
    "header, status",
    [(None, 401), ("Bearer wrong", 401), ("Basic s3cret", 401), ("Bearer s3cret", 201)],
)
def test_token_guards_writes(make_client, tmp_path, header, status):
    from factories import fill_store

    c = make_client(fill_store(tmp_path / "t.duckdb"), token="s3cret", allow_write=True)
    headers = {"Authorization": header} if header else {}
    r = c.post("/api/documents", json=new_doc(), headers=headers)
    assert r.status_code == status
    if status == 401:
        assert r.json()["error"]["code"] == "E701"
        assert r.headers["www-authenticate"] == "Bearer"
    # reads never need the token
    assert c.get("/api/events").status_code == 200


@pytest.mark.parametrize("header, status", [(None, 401), ("Bearer s3cret", 400)])
def test_token_guards_extract(make_client, header, status):
    c = make_client(token="s3cret")
    headers = {"Authorization": header} if header else {}
    # blank text: an InputError (400) once past the token check, before any model is loaded
    r = c.post("/api/extract", json={"text": "   "}, headers=headers)
    assert r.status_code == status


def test_extract_can_be_disabled(make_client):
    c = make_client(allow_extract=False)
    r = c.post("/api/extract", json={"text": "Iran met Iraq."})
    assert r.status_code == 403
    assert c.get("/api/health").json()["extract"] is False


@pytest.mark.parametrize(
    "body, status",
    [
        ({"text": "   "}, 400),
        ({"text": ""}, 422),
        ({}, 422),
        ({"text": "Iran met Iraq.", "published": "not a date"}, 422),
        ({"text": "x" * 5001}, 400),
        ({"text": "<html><body></body></html>", "format": "html"}, 400),
    ],
)
def test_extract_rejects_bad_input_before_the_model(make_client, body, status):
    c = make_client(max_text=5000)
    r = c.post("/api/extract", json=body)
    assert r.status_code == status


def test_body_over_the_limit_is_413(make_client):
    c = make_client(max_body=2048)
    r = c.post("/api/extract", json={"text": "x" * 4000})
    assert r.status_code == 413
    assert r.json()["error"]["code"] == "E713"


def test_chunked_body_over_the_limit_is_413(make_client):
    c = make_client(max_body=2048)

    def chunks():
        yield b'{"text": "'
        for _ in range(10):
            yield b"x" * 500
        yield b'"}'

    r = c.post("/api/extract", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413


def test_body_under_the_limit_passes(make_client):
    c = make_client(max_body=2048)
    r = c.post(
        "/api/extract",
        content=json.dumps({"text": " "}),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 400  # reached the endpoint: blank text


def test_missing_store_is_503(make_client, tmp_path):
    c = make_client(tmp_path / "absent.duckdb")
    r = c.get("/api/events")
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "E600"
    assert c.get("/api/health").status_code == 200


def test_writable_app_creates_its_store(make_client, tmp_path):
    c = make_client(tmp_path / "fresh.duckdb", allow_write=True)
    assert c.get("/api/events").json()["items"] == []
    assert c.post("/api/documents", json=accuse_doc().to_dict()).status_code == 201
    assert [e["cameo"] for e in c.get("/api/events").json()["items"]] == ["125", "112"]


@pytest.mark.parametrize(
    "exc, status",
    [
        (InputError("x"), 400),
        (ConfigError("x"), 400),
        (StoreError("x"), 503),
        (TimeLimitError("x"), 503),
        (ModelError("x"), 500),
        (DictionaryError("x"), 500),
        (PipelineError("x"), 500),
        (GeowireError("x"), 500),
        (ApiError("x"), 400),
        (Unauthorized("x"), 401),
        (Forbidden("x"), 403),
        (NotFound("x"), 404),
        (BodyTooLarge("x"), 413),
    ],
)
def test_error_statuses(exc, status):
    assert status_of(exc) == status


def test_every_error_class_has_a_status():
    import geowire.errors as errors

    for name in errors.__all__:
        cls = getattr(errors, name)
        assert cls in STATUS or issubclass(cls, errors.ApiError), name


def test_security_headers(client):
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/api/health").headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    "host, loopback",
    [
        ("127.0.0.1", True),
        ("127.1.2.3", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback
