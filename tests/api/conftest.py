"""Fixtures: a store filled with hand-built documents, and in-process clients over it."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import fill_store

from geowire.api import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture(scope="session")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A filled store shared by the read-only tests (nothing writes to it)."""
    return fill_store(tmp_path_factory.mktemp("api") / "api.duckdb")


@pytest.fixture(scope="session")
def client(db: Path) -> Iterator[TestClient]:
    """Read-only, as ``geowire serve`` is by default."""
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """A writable app over its own filled store."""
    with TestClient(create_app(fill_store(tmp_path / "w.duckdb"), allow_write=True)) as c:
        yield c


@pytest.fixture
def make_client(tmp_path: Path) -> Iterator:
    """Build clients with other settings; all are closed at the end."""
    made: list[TestClient] = []

    def make(db: Path | None = None, **kwargs) -> TestClient:
        c = TestClient(create_app(db or tmp_path / "other.duckdb", **kwargs))
        c.__enter__()
        made.append(c)
        return c

    yield make
    for c in made:
        c.__exit__(None, None, None)
