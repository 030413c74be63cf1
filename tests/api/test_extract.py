"""The extract endpoint through the real pipeline (needs the spaCy model)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def example(client) -> dict:
    return client.get("/api/example").json()


def test_extract_returns_a_contract_document(client, example, schema):
    import jsonschema

    r = client.post(
        "/api/extract", json={"text": example["text"], "published": example["published"]}
    )
    assert r.status_code == 200
    doc = r.json()
    jsonschema.validate(doc, schema)
    assert doc["published"] == example["published"]
    assert "X-Geowire-Stored" not in r.headers
    assert any(q["speaker"] for q in doc["quotes"])
    for q in doc["quotes"]:
        start, end = q["span"]
        assert 0 <= start < end <= len(doc["text"])


def test_extract_and_store(make_client, example):
    c = make_client(allow_write=True)
    body = {"text": example["text"], "published": example["published"], "store": True}
    r = c.post("/api/extract", json=body)
    assert r.status_code == 200 and r.headers["X-Geowire-Stored"] == "true"
    assert c.post("/api/extract", json=body).headers["X-Geowire-Stored"] == "exists"
    stored = c.get(f"/api/documents/{r.json()['id']}").json()
    assert stored["text"] == r.json()["text"]


def test_extract_html(client):
    html = (
        "<html><head><title>Talks</title></head><body><article><h1>Talks resume</h1>"
        "<p>Egypt and Ethiopia agreed on Tuesday to resume talks over the dam, officials said "
        "in Cairo, ending a freeze that had alarmed farmers across the region.</p>"
        "<p>The two governments would meet in Khartoum next month, a spokesman said.</p>"
        "</article></body></html>"
    )
    r = client.post("/api/extract", json={"text": html, "format": "html"})
    assert r.status_code == 200
    assert "<p>" not in r.json()["text"] and "Khartoum" in r.json()["text"]
