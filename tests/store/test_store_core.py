"""The store: schema and migrations, atomic idempotent writes, round trips, queries."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from storefactory import document, event

from geowire import Location, StoreError
from geowire.store import DEFAULT_DB, SCHEMA_VERSION, Store
from geowire.store import writer as writer_module
from geowire.store.connection import migrate
from geowire.store.schema import MIGRATIONS

TEXT = (
    "Iran and Iraq agreed on Sunday to expand cooperation on border security, officials "
    "in Baghdad said after two days of talks between the foreign ministers."
)
IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
USA = ("United States", "USAGOV", "USA")


def test_default_db_name_matches_the_cli():
    from geowire.cli.store import DEFAULT_DB_PATH

    assert DEFAULT_DB == "geowire.duckdb" == str(DEFAULT_DB_PATH)


def test_new_store_is_at_the_current_schema_version(store):
    assert store.version == SCHEMA_VERSION == MIGRATIONS[-1].version
    assert store.stats()["documents"] == 0


def test_old_store_is_migrated_and_keeps_its_rows(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, 0, to=1)
    con.execute(
        "INSERT INTO documents (id, text, n_actors, n_events, n_quotes, n_times, n_places, "
        'json, ingested_at) VALUES (\'d1\', \'x\', 0, 0, 0, 0, 0, \'{"id": "d1", "text": '
        '"x"}\', now())'
    )
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.version == SCHEMA_VERSION
        assert s.documents()[0]["story_id"] == "d1"
        assert s.check() == []


def test_newer_store_is_refused(tmp_path: Path):
    path = tmp_path / "new.duckdb"
    with Store(path) as s:
        s._con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="upgrade geowire"):
        Store(path)


def test_read_only_store_must_exist_and_refuses_writes(tmp_path: Path):
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    Store(tmp_path / "s.duckdb").close()
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        with pytest.raises(StoreError, match="read-only"):
            s.add(document(TEXT))


def test_add_is_idempotent_and_round_trips(store):
    doc = document(TEXT, full=True, events=(event(IRN, IRQ, "057", date="2007-12-09"),))
    assert store.add(doc) is True
    before = store.stats()
    assert store.add(doc) is False
    after = store.stats()
    assert {k: v for k, v in before.items() if k != "bytes"} == {
        k: v for k, v in after.items() if k != "bytes"
    }
    back = store.document(doc.id)
    assert back == doc
    assert back.to_dict() == doc.to_dict()
    assert back.source == "wire"
    assert store.document("nope") is None
    assert store.check() == []


@pytest.mark.parametrize(
    "table, expected", [("actors", 2), ("events", 1), ("quotes", 2), ("times", 1), ("places", 1)]
)
def test_every_record_gets_a_row(store, table, expected):
    store.add(document(TEXT, full=True, events=(event(IRN, IRQ, "057"),)))
    assert store.stats()[table] == expected


def test_a_failed_write_leaves_nothing(store, monkeypatch):
    real = writer_module.insert

    def failing(con, table, rows):
        if table == "places":
            raise duckdb.Error("disk on fire")
        return real(con, table, rows)

    monkeypatch.setattr(writer_module, "insert", failing)
    with pytest.raises(StoreError, match="disk on fire"):
        store.add(document(TEXT, full=True, events=(event(IRN, IRQ, "057"),)))
    monkeypatch.setattr(writer_module, "insert", real)
    stats = store.stats()
    assert (stats["documents"], stats["events"], stats["actors"], stats["quotes"]) == (0, 0, 0, 0)
    assert store.add(document(TEXT, full=True)) is True
    assert store.check() == []


def test_identical_events_in_one_document_are_both_kept(store):
    ev = event(IRN, IRQ, "057")
    doc = document(TEXT, events=(ev, ev))
    store.add(doc)
    rows = store.events()
    assert len(rows) == 2 and len({r.id for r in rows}) == 2
    assert store.document(doc.id) == doc


def _fill(store: Store) -> None:
    store.add(
        document(
            TEXT,
            published="2007-12-10",
            events=(
                event(IRN, IRQ, "0211", date="2007-12-03", goldstein=3.4, plover="REQUEST"),
                event(IRQ, USA, "173", date="2007-12-05", goldstein=-5.0, modality="reported"),
            ),
        )
    )
    store.add(
        document(
            "A different article about the United States and Iran arguing over sanctions, "
            "with diplomats in Geneva saying nothing was agreed at the end of the week.",
            published="2008-01-15",
            source="other",
            events=(
                event(USA, IRN, "111", date="2008-01-14", goldstein=-2.0),
                event(
                    None,
                    IRN,
                    "190",
                    date="2008-01",
                    goldstein=-10.0,
                    location=Location("Tehran", "IRN", 35.69, 51.42),
                ),
            ),
        )
    )


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["0211", "173", "190", "111"]),
        ({"actor": "IRN"}, ["0211", "190", "111"]),
        ({"actor": "irn"}, ["0211", "190", "111"]),
        ({"actor": "IRNGOV"}, ["0211", "190", "111"]),
        ({"source": "IRN"}, ["0211"]),
        ({"target": "IRN"}, ["190", "111"]),
        ({"source": "USA", "target": "IRN"}, ["111"]),
        ({"since": "2007-12-04"}, ["173", "190", "111"]),
        ({"until": "2007-12-31"}, ["0211", "173"]),
        ({"actor": "IRN", "since": "2007-12-01", "root": "02"}, ["0211"]),
        ({"root": "2"}, ["0211"]),
        ({"plover": "request"}, ["0211"]),
        ({"quad_class": 4}, ["173", "190"]),
        ({"modality": "reported"}, ["173"]),
        ({"limit": 1}, ["0211"]),
        ({"limit": 2, "offset": 2}, ["190", "111"]),
        ({"actor": "'; DROP TABLE events; --"}, []),
    ],
)
def test_event_queries(store, filters, expected):
    _fill(store)
    assert [e.event.cameo for e in store.events(**filters)] == expected
    assert store.stats()["events"] == 4


def test_event_dicts_follow_the_contract(store):
    _fill(store)
    e = next(e.to_dict() for e in store.events() if e.event.cameo == "190")
    assert e["source"] is None
    assert e["target"] == {"name": "Iran", "code": "IRNGOV", "country": "IRN", "actor": None}
    assert e["location"] == {"name": "Tehran", "country": "IRN", "lat": 35.69, "lon": 51.42}
    assert e["span"] == [0, 10] and e["date"] == "2008-01"
    assert (e["reports"], e["articles"], e["sources"]) == (1, 1, 1)
    assert e["published"] == "2008-01-15"


def test_bad_dates_are_store_errors(store):
    with pytest.raises(StoreError, match="not a date"):
        store.events(since="last week")


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({}, ["we are neighbours", "no comment"]),
        ({"speaker": "hashimi"}, ["we are neighbours"]),
        ({"speaker": "IRQ"}, ["we are neighbours"]),
        ({"speaker": "IRN"}, []),
        ({"contains": "NEIGHBOURS"}, ["we are neighbours"]),
        ({"since": "2008-01-01"}, []),
    ],
)
def test_quote_queries(store, filters, expected):
    store.add(document(TEXT, full=True))
    assert [q.text for q in store.quotes(**filters)] == expected


def test_actor_and_document_listings(store):
    store.add(document(TEXT, full=True, title="Talks", url="http://example.org/1"))
    actors = store.actors()
    assert [(a["name"], a["documents"], a["mentions"]) for a in actors] == [
        ("Iraq", 1, 2),
        ("Iran", 1, 1),
    ]
    assert [a["name"] for a in store.actors(country="irn")] == ["Iran"]
    docs = store.documents()
    assert docs[0]["title"] == "Talks" and docs[0]["n_quotes"] == 2
    assert store.documents(since="2008-01-01") == []
    assert [d.id for d in store.iter_documents()] == [docs[0]["id"]]


OTHER = (
    "A different article about the United States and Iran arguing over sanctions, with "
    "diplomats in Geneva saying nothing was agreed at the end of the week."
)


def test_batch_commits_whole_documents_at_the_end(store):
    docs = [document(TEXT, full=True), document(OTHER, events=(event(USA, IRN, "111"),))]
    with store.batch(size=100):
        for d in docs:
            assert store.add(d) is True
        assert store.add(docs[0]) is False  # already waiting in the batch
        assert store.stats()["documents"] == 0  # nothing committed yet
    assert store.stats()["documents"] == 2 and store.check() == []


def test_batch_commits_every_size_documents(store):
    with store.batch(size=1):
        store.add(document(TEXT))
        assert store.stats()["documents"] == 1


def test_batch_keeps_finished_documents_when_the_caller_fails(store):
    with pytest.raises(RuntimeError):
        with store.batch():
            store.add(document(TEXT))
            raise RuntimeError("reader broke")
    assert store.stats()["documents"] == 1


def test_add_many_counts(store):
    near = TEXT + " Talks resume next week."
    stats = store.add_many(
        [document(TEXT), document(OTHER), document(TEXT), document(near, source="b")]
    )
    assert (stats.added, stats.skipped, stats.near_duplicates) == (3, 1, 1)
    assert store.check() == []
