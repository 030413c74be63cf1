from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# the hand-built document factory is shared with tests/store
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from geowire.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "analysis.duckdb") as s:
        yield s
