"""Store faults: readers while an ingest runs, and stores of another schema version.

(kill -9 during an ingest is tested in ``tests/store/test_kill.py``.)
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from factories import fill_store, run_geowire

from geowire.errors import StoreError
from geowire.store import Store
from geowire.store.schema import MIGRATIONS, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def set_version(db: Path, value: str) -> None:
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [value])
    con.close()


def version_of(db: Path) -> str:
    con = duckdb.connect(str(db), read_only=True)
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    con.close()
    assert row is not None
    return str(row[0])


def one_error_line(out, *parts: str) -> None:
    """``out`` (a finished process or the ``cli`` fixture's result) failed with status 1
    and one line on stderr, a store error containing each of ``parts``."""
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("geowire: error: [E600] ")
    for part in parts:
        assert part in lines[0], lines[0]


# -- schema versions -----------------------------------------------------------------


def test_store_from_a_newer_geowire_is_refused_and_left_alone(cli, tmp_path: Path):
    db = fill_store(tmp_path / "newer.duckdb")
    set_version(db, str(SCHEMA_VERSION + 97))
    for read_only in (True, False):
        with pytest.raises(StoreError, match=r"schema version \d+; this geowire reads up to"):
            Store(db, read_only=read_only)
    one_error_line(cli("events", "--db", str(db)), "upgrade geowire")
    one_error_line(cli("ingest", "-", "--db", str(db)), "upgrade geowire")
    assert version_of(db) == str(SCHEMA_VERSION + 97)


def test_store_from_a_newer_geowire_is_503_in_the_api(tmp_path: Path):
    import warnings

    from geowire.api import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    db = fill_store(tmp_path / "newer.duckdb")
    set_version(db, "99")
    with TestClient(create_app(db)) as client:
        r = client.get("/api/events")
    assert r.status_code == 503
    assert "upgrade geowire" in r.json()["error"]["message"]


def _v1_store(path: Path) -> Path:
    """A store as the first geowire wrote it: version 1 tables, one document."""
    con = duckdb.connect(str(path))
    for stmt in MIGRATIONS[0].statements:
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute(
        "INSERT INTO documents (id, title, text, n_actors, n_events, n_quotes, n_times, "
        "n_places, json, ingested_at) VALUES ('d1', 'Old', 'Iran met Iraq.', 0, 0, 0, 0, 0, "
        "?, now())",
        [json.dumps({"id": "d1", "text": "Iran met Iraq."})],
    )
    con.close()
    return path


def test_old_store_is_refused_read_only_with_how_to_migrate(cli, tmp_path: Path):
    db = _v1_store(tmp_path / "v1.duckdb")
    with pytest.raises(StoreError, match="open it once for writing to migrate it"):
        Store(db, read_only=True)
    one_error_line(cli("events", "--db", str(db)), "schema version 1, needs", "migrate")
    assert version_of(db) == "1"


def test_old_store_is_migrated_when_opened_for_writing(tmp_path: Path):
    db = _v1_store(tmp_path / "v1.duckdb")
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        rows = store.fetch("SELECT id, story_id FROM documents")
        assert [(r["id"], r["story_id"]) for r in rows] == [("d1", "d1")]
        assert store.check() == []
    with Store(db, read_only=True) as store:  # and now readable
        assert store.stats()["documents"] == 1


def test_a_failing_migration_changes_nothing(tmp_path: Path):
    # a current store whose version row was set back by hand: migration 2 fails
    db = fill_store(tmp_path / "lied.duckdb")
    with Store(db, read_only=True) as store:
        documents = store.stats()["documents"]
    set_version(db, "1")
    with pytest.raises(StoreError, match="cannot migrate store from version 1"):
        Store(db)
    assert version_of(db) == "1"
    set_version(db, str(SCHEMA_VERSION))
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == documents > 0
        assert store.check() == []


def test_not_a_store_is_refused(cli, tmp_path: Path):
    db = tmp_path / "junk.duckdb"
    db.write_text("this is not a database\n" * 50)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(db, read_only=True)
    one_error_line(cli("events", "--db", str(db)), "cannot open store")


def test_garbled_version_row_is_a_store_error(cli, tmp_path: Path):
    db = fill_store(tmp_path / "garbled.duckdb")
    set_version(db, "two")
    for read_only in (True, False):
        with pytest.raises(StoreError, match="schema version"):
            Store(db, read_only=read_only)
    one_error_line(cli("events", "--db", str(db)), "schema version")


# -- readers while an ingest runs ----------------------------------------------------


@pytest.mark.model
def test_readers_while_an_ingest_runs(cli, tmp_path: Path):
    corpus = tmp_path / "corpus.jsonl"
    towns = ["Basra", "Mosul", "Tikrit", "Najaf", "Karbala", "Kirkuk", "Erbil", "Falluja"]
    lines = [
        json.dumps(
            {
                "id": f"r{i}",
                "published": "2007-12-10",
                "text": f"Iraqi officials met Iranian envoys in {town} on Sunday. "
                f"Iran accused Iraq of harbouring militants near {town} ({i}).",
            }
        )
        for i, town in enumerate(towns * 3)
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "busy.duckdb"
    ingest = subprocess.Popen(
        [sys.executable, "-m", "geowire", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        deadline = time.monotonic() + 300
        while not db.exists() and ingest.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        readers: list[subprocess.CompletedProcess[str]] = []
        while ingest.poll() is None and len(readers) < 20:
            try:  # in process too: a clear StoreError, nothing else
                Store(db, read_only=True).close()
            except StoreError as exc:
                assert "cannot open store" in str(exc) and "lock" in str(exc)
            # other processes, as readers of a store being written are
            readers.append(run_geowire("events", "--db", str(db), "--format", "json", timeout=120))
        out, err = ingest.communicate(timeout=600)
    finally:
        if ingest.poll() is None:
            ingest.kill()
            ingest.communicate()
    assert ingest.returncode == 0, err
    assert "Traceback" not in err
    assert (
        err.strip().splitlines()[-1].startswith(f"{len(lines)} added, 0 already stored, 0 failed")
    )
    assert readers, "the ingest finished before any reader ran"
    for r in readers:
        assert "Traceback" not in r.stderr
        if r.returncode == 0:  # it ran between two writes or after the ingest
            assert isinstance(json.loads(r.stdout), list)
        else:
            one_error_line(r, "cannot open store", "lock")
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == len(lines)
        assert store.check() == []
    after = cli("events", "--db", str(db), "--format", "json", "--limit", "1000")
    assert after.returncode == 0 and len(json.loads(after.stdout)) > 0
