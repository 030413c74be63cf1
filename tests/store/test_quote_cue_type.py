"""Quotes keep their cue type in the store (schema 4), also for stores made before it."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from geowire.document import Document, Quote, Speaker
from geowire.store import Store
from geowire.store.connection import migrate
from geowire.store.schema import SCHEMA_VERSION

TEXT = "Iran believes the pact will hold, the minister said."


def _doc(id: str) -> Document:
    quote = Quote(
        text="the pact will hold",
        span=(13, 31),
        kind="indirect",
        speaker=Speaker("Iran", "IRN", "IRN", None, (0, 4)),
        cue="believes",
        cue_type="belief",
    )
    return Document(text=TEXT, id=id, quotes=(quote,))


def test_the_cue_type_is_stored_and_read_back(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        store.add(_doc("a"))
        (q,) = store.quotes()
        assert q.cue_type == "belief" and q.cue == "believes"


def test_a_store_before_cue_types_is_migrated_and_backfilled(tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, 0, to=3)
    doc = _doc("d1").to_dict()
    con.execute(
        "INSERT INTO documents (id, text, n_actors, n_events, n_quotes, n_times, n_places, "
        "json, ingested_at, story_id) VALUES ('d1', ?, 0, 0, 1, 0, 0, ?, now(), 'd1')",
        [TEXT, json.dumps(doc)],
    )
    con.execute(
        "INSERT INTO quotes (doc_id, idx, text, span_start, span_end, kind, cue) "
        "VALUES ('d1', 0, 'the pact will hold', 13, 31, 'indirect', 'believes')"
    )
    con.close()
    with Store(path) as s:
        assert s.version == SCHEMA_VERSION >= 4
        assert [q.cue_type for q in s.quotes()] == ["belief"]
