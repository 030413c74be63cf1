"""A store file locked by someone else: one clear StoreError, and writers wait for readers.

DuckDB lets one process write a file, and only while no other process reads it; within
one process a read-only and a writing connection to one file exclude each other too.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from factories import hold
from storefactory import document

from geowire.errors import StoreError
from geowire.store import Store
from geowire.store.connection import busy_message

WRITING = "is being written by"
READING = "is being read by"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "locked.duckdb"
    with Store(path) as store:
        store.add(document("Iran and Iraq agreed on Sunday to expand border security talks."))
    return path


def one_line_store_error(exc: StoreError, *parts: str) -> None:
    text = str(exc)
    assert text.startswith("[E600] cannot open store ")
    assert "\n" not in text
    assert "IO Error" not in text and "Connection Error" not in text  # not DuckDB's words
    for part in parts:
        assert part in text, text


# -- two Store objects in one process ------------------------------------------------


@pytest.mark.parametrize(
    "first_read_only, second_read_only, message",
    [
        (False, True, f"{WRITING} another connection in this process"),
        (True, False, f"{READING} another connection in this process"),
        (True, True, None),
    ],
)
def test_two_stores_in_one_process(db, first_read_only, second_read_only, message):
    with Store(db, read_only=first_read_only):
        if message is None:
            with Store(db, read_only=second_read_only, wait=0) as second:
                assert second.stats()["documents"] == 1
            return
        with pytest.raises(StoreError) as caught:
            Store(db, read_only=second_read_only, wait=0)
        one_line_store_error(caught.value, message, "lock", "try again")


def test_a_writer_waits_for_a_reader_to_let_go(db):
    reader = Store(db, read_only=True)
    threading.Timer(0.2, reader.close).start()
    with Store(db, wait=60) as writer:  # opens once the reader has closed
        assert writer.add(document("Syria and Turkey signed a water agreement on Monday."))
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 2


def test_a_reader_does_not_wait_for_a_writer(db):
    with Store(db), pytest.raises(StoreError, match=WRITING):
        Store(db, read_only=True, wait=60)  # an ingest may run for hours: fail now


@pytest.mark.parametrize(
    "writing, parts",
    [
        (True, ("being written by another process", "an ingest", "try again when it ends")),
        (False, ("for writing", "being read by another process", "try again when it is idle")),
    ],
)
def test_busy_message(tmp_path, writing, parts):
    text = busy_message(tmp_path / "x.duckdb", writing)
    assert str(tmp_path / "x.duckdb") in text and "lock" in text
    for part in parts:
        assert part in text


# -- another process ------------------------------------------------------------------


@pytest.mark.parametrize(
    "holder, read_only, message",
    [
        ("write", True, f"{WRITING} another process"),
        ("write", False, f"{WRITING} another process"),
        ("read", False, f"{READING} another process"),
    ],
)
def test_store_held_by_another_process(db, holder, read_only, message):
    with hold(db, holder) as line:
        assert line == "held 1"
        with pytest.raises(StoreError) as caught:
            Store(db, read_only=read_only, wait=0)
        one_line_store_error(caught.value, message, "lock")


def test_readers_in_two_processes(db):
    with hold(db, "read") as line, Store(db, read_only=True) as store:
        assert line == "held 1"
        assert store.stats()["documents"] == 1


def test_another_process_writes_after_a_reader_closes(db):
    with Store(db, read_only=True) as store:
        assert store.stats()["documents"] == 1
    with hold(db, "write", "Egypt hosted talks on the Nile dam on Tuesday.") as line:
        assert line == "held 2"
    with Store(db, read_only=True) as store:  # a new open sees what the other process stored
        assert store.stats()["documents"] == 2


@pytest.mark.parametrize(
    "command",
    [
        ["events", "--format", "json"],
        pytest.param(["ingest", "-"], marks=pytest.mark.model),  # builds the pipeline first
    ],
)
def test_cli_on_a_store_being_written(cli, db, command):
    """``geowire ingest`` or a query while another process writes: one line, exit 1."""
    with hold(db, "write") as line:
        assert line == "held 1"
        out = cli(*command, "--db", str(db), stdin="")
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("geowire: error: [E600] cannot open store ")
    assert "being written by another process" in lines[0]
    assert "try again when it ends" in lines[0]
