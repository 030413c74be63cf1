"""The store's connection layer: opening the file (and who holds its lock), the schema
version, migrations, and the read-only view that queries, analyses and exports take.

DuckDB lets one process write a file, and only while nobody reads it: :func:`connect`
turns its lock errors into one clear line saying who holds the file. :func:`open_schema`
builds a new store from the declared tables (:mod:`geowire.store.layout`), migrates an
older one, and refuses one written by a newer geowire. A :class:`Reader` is what reads:
the queries of :mod:`geowire.store.queries`, :mod:`geowire.analysis` and the exports
take one, and never write.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import duckdb

from ..errors import StoreError
from .layout import create_sql
from .schema import MIGRATIONS, SCHEMA_VERSION, Migration

__all__ = [
    "READERS_WAIT",
    "Reader",
    "busy_message",
    "connect",
    "fetch",
    "stream",
    "schema_version",
    "open_schema",
    "migrate",
]

log = logging.getLogger(__name__)


class Reader(Protocol):
    """Read access to a store: what queries, analyses and exports take.

    :class:`~geowire.store.Store` is one (read-only or not); these functions only read.
    """

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of the store's connection."""
        ...

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read query (values bound as ``?`` parameters), as dicts."""
        ...


def fetch(
    cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()
) -> list[dict[str, Any]]:
    """Run a read query on ``cur``; its rows as dicts (StoreError if it fails)."""
    try:
        cur.execute(sql, list(params))
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"query failed: {exc}") from None


def stream(
    cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = (), size: int = 2000
) -> Iterator[dict[str, Any]]:
    """The rows of a read query on ``cur`` as dicts, fetched ``size`` at a time."""
    cur.execute(sql, list(params))
    cols = [d[0] for d in cur.description or ()]
    while chunk := cur.fetchmany(size):
        for row in chunk:
            yield dict(zip(cols, row, strict=True))


#: Seconds a writer waits for readers of the file to let go before giving up (a read-only
#: ``geowire serve`` holds the file while it answers and for a short idle time after).
READERS_WAIT = 5.0


@dataclass(frozen=True, slots=True)
class _Holder:
    """Who holds the lock that kept a connection out."""

    where: str  # "another process" or "another connection in this process"
    writing: bool


def _holder(exc: duckdb.Error, read_only: bool) -> _Holder | None:
    """Who holds the file, if ``exc`` is DuckDB refusing a connection for a lock; else None.

    Across processes DuckDB raises an IOException about the lock; within one process, a
    ConnectionException about a different configuration (a read-only connection and a
    writing one). A reader is only ever kept out by a writer; a writer is kept out by
    readers when DuckDB adds that the file could still be opened read-only.
    """
    text = str(exc)
    if isinstance(exc, duckdb.IOException) and (
        "Could not set lock" in text or "Conflicting lock" in text
    ):
        return _Holder("another process", read_only or "read-only mode" not in text)
    if isinstance(exc, duckdb.ConnectionException) and "different configuration" in text:
        return _Holder("another connection in this process", read_only)
    return None


def busy_message(path: Path, holder_writing: bool, where: str = "another process") -> str:
    """The one-line message for a store whose file is locked by someone else."""
    if holder_writing:
        return (
            f"cannot open store {path}: the store is being written by {where} (an ingest, or "
            "a server started with --write?), which holds its lock; try again when it ends"
        )
    return (
        f"cannot open store {path} for writing: the store is being read by {where} "
        "(geowire serve, or a query?), which holds its lock; try again when it is idle"
    )


def connect(path: Path, read_only: bool, *, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection to ``path``; StoreError (one clear line) when it cannot be had.

    The one place where DuckDB's lock errors become geowire's message. A reader kept
    out by a writer fails at once (an ingest may run for hours); a writer kept out by
    readers retries for up to ``wait`` seconds, since readers let go between requests.
    """
    deadline = time.monotonic() + max(0.0, wait)
    pause = 0.02
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            holder = _holder(exc, read_only)
            if holder is None:
                raise StoreError(f"cannot open store {path}: {exc}") from None
            if not holder.writing and time.monotonic() + pause <= deadline:
                time.sleep(pause)
                pause = min(pause * 2, 0.25)
                continue
            raise StoreError(busy_message(path, holder.writing, holder.where)) from None


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version a store records (0 for an empty file)."""
    has_meta = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
    ).fetchone()
    if not has_meta or not has_meta[0]:
        return 0
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    if not row:
        return 0
    try:
        return int(row[0])
    except (TypeError, ValueError):
        raise StoreError(
            f"the store's schema version is not a number ({row[0]!r}): "
            "not a geowire store, or a damaged one"
        ) from None


def open_schema(con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
    """Bring the store on ``con`` to :data:`SCHEMA_VERSION` (create or migrate it); a
    store from a newer geowire, or an old one opened read-only, is a StoreError."""
    version = schema_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"store {path} has schema version {version}; this geowire reads up to "
            f"{SCHEMA_VERSION}: upgrade geowire"
        )
    if version == SCHEMA_VERSION:
        return
    if read_only:
        raise StoreError(
            f"store {path} has schema version {version}, needs {SCHEMA_VERSION}: "
            "open it once for writing to migrate it"
        )
    migrate(con, version)


def migrate(con: duckdb.DuckDBPyConnection, version: int, to: int = SCHEMA_VERSION) -> int:
    """Apply the migrations after ``version`` up to ``to`` in one transaction; a new
    store (``version`` 0, ``to`` the current version) is created from its declaration."""
    steps = [m for m in MIGRATIONS if version < m.version <= to]
    if version == 0 and to == SCHEMA_VERSION:
        steps = [Migration(to, "a new store", create_sql())]
    try:
        con.execute("BEGIN TRANSACTION")
        for m in steps:
            log.info("migrating store to schema version %d: %s", m.version, m.description)
            for stmt in m.statements:
                con.execute(stmt)
        con.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(to)]
        )
        con.execute("COMMIT")
    except duckdb.Error as exc:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass
        raise StoreError(f"cannot migrate store from version {version}: {exc}") from None
    return to
