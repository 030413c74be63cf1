"""Shared fixtures. Tests never read ../shared; model-dependent tests are marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((ROOT / "schema" / "document.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_record() -> dict:
    path = ROOT / "geowire" / "data" / "examples" / "example.jsonl"
    return json.loads(path.read_text(encoding="utf-8").splitlines()[0])


@pytest.fixture(scope="session")
def example_doc(example_record):
    """The bundled example through the full default pipeline (loads the model once)."""
    import geowire

    return geowire.extract(example_record["text"], published=example_record["published"])
