"""Schemathesis over the in-process app's OpenAPI spec: no request may cause a server error.

Every operation of ``/api/openapi.json`` is exercised (Hypothesis, bounded examples)
against two apps over a filled fixture store: read-only (as ``geowire serve``
starts) and writable behind a token. Extraction is disabled in these apps so the
spaCy model is never loaded; its endpoint still parses and validates every
generated body. Run the whole spec with more examples through
``evaluation/run_schemathesis.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")

from factories import fill_store  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402

from geowire.api import create_app  # noqa: E402

TOKEN = "s3cret-token"
MAX_EXAMPLES = 20

# The operations, read from the app's own spec (the app opens no store until used).
OPERATIONS = sorted(
    (method.upper(), path)
    for path, item in create_app(Path("never-opened.duckdb")).openapi()["paths"].items()
    for method in item
)


@pytest.fixture(scope="module")
def schemas(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("schemathesis")
    read_only = create_app(fill_store(base / "ro.duckdb"), allow_extract=False)
    writable = create_app(
        fill_store(base / "rw.duckdb"), allow_extract=False, allow_write=True, token=TOKEN
    )
    return {
        "read-only": schemathesis.openapi.from_asgi("/api/openapi.json", read_only),
        "writable": schemathesis.openapi.from_asgi("/api/openapi.json", writable),
    }


def check_response(case, response) -> None:
    """No 5xx; our refusals keep their one JSON shape."""
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} query={case.query} body={case.body!r:.200} "
        f"-> {response.status_code}: {response.text[:300]}"
    )
    if response.status_code >= 400:
        body = response.json()
        if isinstance(body, dict) and "error" in body:
            assert set(body["error"]) == {"code", "message"}


def test_spec_lists_the_endpoints():
    assert ("GET", "/api/events") in OPERATIONS
    assert ("POST", "/api/documents") in OPERATIONS


@pytest.mark.parametrize("mode", ["read-only", "writable"])
@pytest.mark.parametrize("method, path", OPERATIONS)
def test_no_server_error(schemas, mode: str, method: str, path: str):
    operation = schemas[mode][path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case) -> None:
        if mode == "writable":
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
        check_response(case, case.call())

    run()
