"""The embedded store: one DuckDB file holding documents and everything found in them.

>>> with Store("geowire.duckdb") as store:
...     store.add(doc)                 # False if that document id is already stored
...     store.events(actor="IRN", since="2007-12-01", root="02")

Every document is written in one transaction with all its rows (actors, events,
quotes, times, places, its signature and links), so a store is never left with
half a document, even when the process is killed. Document ids and event ids
are derived from content, so adding the same article twice changes nothing.
Values given by callers are always passed as query parameters.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from ..document import Document
from ..errors import StoreError
from .dedup import Deduplicator
from .layout import create_sql
from .queries import (
    DateLike,
    date_range,
    event_dict,
    event_filter,
    events_sql,
    quote_dict,
    quote_filter,
    where_sql,
)
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES, Migration
from .writer import Writer, event_id

__all__ = [
    "Store",
    "DEFAULT_DB",
    "READERS_WAIT",
    "IngestStats",
    "connect",
    "busy_message",
    "event_id",
    "DateLike",
]

log = logging.getLogger(__name__)

DEFAULT_DB = "geowire.duckdb"


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What an ingest did."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    near_duplicates: int = 0
    events: int = 0
    seconds: float = 0.0
    #: of ``added``: articles whose cleaned text was stored under another id, linked to
    #: it without running the pipeline
    linked: int = 0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(
            self.added + other.added,
            self.skipped + other.skipped,
            self.failed + other.failed,
            self.near_duplicates + other.near_duplicates,
            self.events + other.events,
            self.seconds + other.seconds,
            self.linked + other.linked,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
            "near_duplicates": self.near_duplicates,
            "events": self.events,
            "seconds": round(self.seconds, 3),
            "linked": self.linked,
        }


class _Group:
    """Documents waiting to be committed together (see :meth:`Store.batch`)."""

    def __init__(self, size: int, seconds: float) -> None:
        self.size, self.seconds = max(1, size), seconds
        self.count = 0
        self.started = 0.0

    def full(self) -> bool:
        """Count one more document; whether the batch should be committed now."""
        if self.count == 0:
            self.started = time.monotonic()
        self.count += 1
        if self.count >= self.size or time.monotonic() - self.started >= self.seconds:
            self.count = 0
            return True
        return False


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


class Store:
    """An embedded DuckDB store of documents, events, quotes, times and places.

    A context manager; the file is created (and its schema built or migrated) on
    first open. ``read_only`` opens an existing store for queries only (several
    processes may read at once; only one may write, and not while others read).
    A file locked by another user raises :class:`StoreError` saying who holds it
    (see :func:`connect`); a writer first waits up to ``wait`` seconds (default
    :data:`READERS_WAIT`) for readers, such as a read-only ``geowire serve``
    between requests, to let go.
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        read_only: bool = False,
        *,
        cluster_window: int = 1,
        dedup: Deduplicator | None = None,
        wait: float = READERS_WAIT,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.cluster_window = cluster_window
        self.dedup = dedup or Deduplicator()
        self._lock = threading.RLock()
        self._group: _Group | None = None
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}")
        if not read_only and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"folder does not exist: {self.path.parent}")
        self._con = connect(self.path, read_only, wait=wait)
        try:
            self._migrate()
        except BaseException:
            self._con.close()
            raise
        self._writer = None if read_only else Writer(self._con, self.dedup, cluster_window)

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                if self._writer is not None and self._writer.pending:
                    self.flush()
                self._con.close()
                self._con = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    @property
    def version(self) -> int:
        """The schema version of the open store."""
        return self._version(self._con)

    @staticmethod
    def _version(con: duckdb.DuckDBPyConnection) -> int:
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

    def _migrate(self) -> None:
        version = self._version(self._con)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}; this geowire reads up to "
                f"{SCHEMA_VERSION}: upgrade geowire"
            )
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(
                f"store {self.path} has schema version {version}, needs {SCHEMA_VERSION}: "
                "open it once for writing to migrate it"
            )
        migrate(self._con, version)

    # -- writing -------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (or waiting in a batch to be)."""
        if self._writer is not None and doc_id in self._writer.buffer.ids:
            return True
        row = self._cursor().execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None

    def known(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        cur = self._cursor()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            sql = "SELECT id FROM documents WHERE id IN (" + ", ".join("?" * len(chunk)) + ")"
            found.update(r[0] for r in cur.execute(sql, chunk).fetchall())
        return found

    def original(self, text: str) -> str | None:
        """The id of the stored document with this cleaned text (its first copy), or None."""
        from .writer import text_hash

        return self.original_text_hash(text_hash(text))

    def original_text_hash(self, digest: str) -> str | None:
        """The id of the stored document whose cleaned text has SHA-256 ``digest``, or None."""
        with self._lock:
            if self._writer is not None:
                found = self._writer.original(digest)
                return found[0] if found else None
            row = (
                self._cursor()
                .execute(
                    "SELECT id FROM documents WHERE text_hash = ? AND duplicate_of IS NULL "
                    "ORDER BY ingested_at, id LIMIT 1",
                    [digest],
                )
                .fetchone()
            )
            return row[0] if row else None

    def link(
        self,
        first_id: str,
        *,
        id: str,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        published: Any = None,
        origin: str | None = None,
        ingested_at: dt.datetime | None = None,
    ) -> str | None:
        """Store article ``id``, whose cleaned text is that of stored ``first_id``, without
        extracting it again: linked to ``first_id`` (its story, similarity 1), its own
        metadata, the extraction of ``first_id``. Its story id, or None if ``id`` is
        stored."""
        from ..dates import to_date

        with self._lock:
            if self._writer is not None and first_id in self._writer.buffer.ids:
                self.flush()  # the first copy must be readable
            first = self.document(first_id)
            if first is None:
                raise StoreError(f"cannot link {id}: no document {first_id}")
            doc = first.replace(
                id=id,
                title=title or first.title,
                url=url,
                source=source,
                published=to_date(published),
            )
            return self._add(doc, origin, ingested_at)

    def add(
        self,
        doc: Document,
        *,
        origin: str | None = None,
        ingested_at: dt.datetime | None = None,
    ) -> bool:
        """Store ``doc`` and all its rows in one transaction.

        Returns False, changing nothing, if a document with that id is stored.
        A document whose cleaned text is stored under another id is linked to it
        (see :meth:`link`) rather than stored again.
        """
        return self._add(doc, origin, ingested_at) is not None

    def _add(
        self, doc: Document, origin: str | None, ingested_at: dt.datetime | None = None
    ) -> str | None:
        """Store ``doc``; its story id, or None if it was already stored."""
        if self._writer is None:
            raise StoreError(f"store {self.path} is open read-only")
        with self._lock:
            try:
                story = self._writer.add(doc, origin, ingested_at=ingested_at)
                if story is not None and (self._group is None or self._group.full()):
                    self._writer.flush()
            except duckdb.Error as exc:
                self._writer.discard()
                raise StoreError(f"cannot store document {doc.id}: {exc}") from None
            except BaseException:
                self._writer.discard()
                raise
        return story

    def flush(self) -> int:
        """Commit the documents a batch holds; how many there were."""
        if self._writer is None:
            return 0
        with self._lock:
            try:
                return self._writer.flush()
            except duckdb.Error as exc:
                raise StoreError(f"cannot commit to store {self.path}: {exc}") from None

    # -- what the store was coded with ------------------------------------------------

    def _meta(self, key: str) -> str | None:
        row = self._cursor().execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def build(self) -> dict[str, Any] | None:
        """The build (model, dictionaries, settings) the store was coded with, or None
        (a store from before builds were recorded, or one never ingested into)."""
        value = self._meta("build")
        return json.loads(value) if value else None

    def build_mixed(self) -> bool:
        """Whether documents were added with a build other than the recorded one."""
        return self._meta("build_mixed") == "true"

    def record_build(self, info: dict[str, Any], *, replace: bool = False) -> bool:
        """Record ``info`` (see :func:`geowire.store.build.build_info`) as the store's build.

        The first build recorded stays (unless ``replace``); a different one later marks
        the store as mixed and returns False: ``geowire recode`` makes it one coding again.
        """
        if self._writer is None:
            raise StoreError(f"store {self.path} is open read-only")
        with self._lock:
            recorded = self.build()
            if recorded == info:
                return True
            con = self._con
            if recorded is None or replace:
                if recorded is None and not replace and self.stats()["documents"]:
                    # documents coded before builds were recorded: with what, nobody knows
                    con.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('build_mixed', 'true')"
                    )
                    con.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('build', ?)",
                        [json.dumps(info, sort_keys=True)],
                    )
                    return False
                con.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES ('build', ?)",
                    [json.dumps(info, sort_keys=True)],
                )
                con.execute("DELETE FROM meta WHERE key = 'build_mixed'")
                return True
            con.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('build_mixed', 'true')")
            return False

    @contextlib.contextmanager
    def batch(self, size: int = 64, seconds: float = 2.0) -> Iterator[Store]:
        """Commit the documents added inside in groups (much faster for a corpus).

        Each document is still stored whole or not at all: its rows wait in memory
        and are written with the others of its group in one transaction, after
        ``size`` documents or ``seconds``, and at the end of the block. If the
        process dies, the waiting documents are lost together and a re-run adds
        them. Reads see committed documents only.
        """
        if self._group is not None:
            yield self
            return
        self._group = _Group(size, seconds)
        try:
            yield self
        finally:
            self._group = None
            self.flush()

    def add_many(
        self,
        docs: Iterable[Document],
        *,
        origins: Callable[[Document], str | None] | None = None,
        progress: Callable[[Document, bool], None] | None = None,
    ) -> IngestStats:
        """Store every document (in batched transactions, each document whole);
        ``progress(doc, added)`` after each."""
        t0 = time.perf_counter()
        added = skipped = dups = events = 0
        with self.batch():
            for doc in docs:
                story = self._add(doc, origins(doc) if origins else None)
                if story is not None:
                    added += 1
                    events += len(doc.events)
                    dups += story != doc.id
                else:
                    skipped += 1
                if progress:
                    progress(doc, story is not None)
        return IngestStats(added, skipped, 0, dups, events, time.perf_counter() - t0)

    # -- reading -------------------------------------------------------------------

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con.cursor()

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with parameters; rows as dicts (used by geowire.analysis)."""
        try:
            cur = self._cursor()
            cur.execute(sql, list(params))
            cols = [d[0] for d in cur.description or ()]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"query failed: {exc}") from None

    def document(self, id: str) -> Document | None:
        """The stored document (the contract JSON read back), or None."""
        row = (
            self._cursor()
            .execute("SELECT json, source FROM documents WHERE id = ?", [id])
            .fetchone()
        )
        if row is None:
            return None
        return Document.from_dict(json.loads(row[0])).replace(source=row[1])

    def iter_documents(self, batch: int = 500) -> Iterator[Document]:
        """Every stored document, in id order."""
        last = ""
        while True:
            rows = (
                self._cursor()
                .execute(
                    "SELECT id, json, source FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                    [last, batch],
                )
                .fetchall()
            )
            if not rows:
                return
            for _id, js, source in rows:
                yield Document.from_dict(json.loads(js)).replace(source=source)
            last = rows[-1][0]

    def documents(
        self,
        limit: int = 100,
        offset: int = 0,
        *,
        since: DateLike = None,
        until: DateLike = None,
        source: str | None = None,
        story: str | None = None,
    ) -> list[dict[str, Any]]:
        """Document metadata (no text), newest first, with row counts and story."""
        where: list[str] = []
        params: list[Any] = []
        days, day_params = date_range("published", since, until)
        where += days
        params += day_params
        if source:
            where.append("source = ?")
            params.append(source)
        if story:
            where.append("story_id = ?")
            params.append(story)
        sql = (
            "SELECT id, title, url, source, published, origin, story_id, n_actors, n_events, "
            "n_quotes, n_times, n_places, ingested_at FROM documents"
            + where_sql(where)
            + " ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?"
        )
        rows = self.fetch(sql, [*params, int(limit), int(offset)])
        for r in rows:
            r["published"] = r["published"].isoformat() if r["published"] else None
            r["ingested_at"] = r["ingested_at"].isoformat() if r["ingested_at"] else None
        return rows

    def duplicates(self, doc_id: str) -> list[dict[str, Any]]:
        """The near-duplicates of a document (both directions) and their similarity."""
        return self.fetch(
            "SELECT other_id AS id, similarity FROM doc_links WHERE doc_id = ? "
            "UNION SELECT doc_id AS id, similarity FROM doc_links WHERE other_id = ? "
            "ORDER BY similarity DESC, id",
            [doc_id, doc_id],
        )

    def events(
        self,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        root: str | None = None,
        plover: str | None = None,
        quad_class: int | None = None,
        modality: str | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        doc_id: str | None = None,
        cluster_id: str | None = None,
        unique: bool = False,
        min_confidence: float | None = None,
    ) -> list[dict[str, Any]]:
        """Event reports as contract event dicts plus ``id``, ``doc_id``, ``cluster_id``,
        ``reports`` (reports in its cluster), ``articles`` and ``sources`` (distinct
        articles and news sources reporting it), ``published`` and ``url``.

        Actor codes match by prefix or country (``IRN`` matches ``IRNGOV``).
        With ``unique`` one row per cluster (its first report) is returned: one
        story, one event.
        """
        where, params = event_filter(
            actor=actor,
            source=source,
            target=target,
            since=since,
            until=until,
            root=root,
            plover=plover,
            quad_class=quad_class,
            modality=modality,
            doc_id=doc_id,
            cluster_id=cluster_id,
            min_confidence=min_confidence,
        )
        rows = self.fetch(
            events_sql(where, unique=unique) + " ORDER BY e.day NULLS LAST, e.doc_id, e.idx "
            "LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        return [event_dict(r) for r in rows]

    def cluster(self, cluster_id: str) -> list[dict[str, Any]]:
        """Every report of one clustered event, each traceable to its article."""
        return self.events(cluster_id=cluster_id, limit=1_000_000)

    def quotes(
        self,
        speaker: str | None = None,
        since: DateLike = None,
        until: DateLike = None,
        contains: str | None = None,
        kind: str | None = None,
        limit: int = 100,
        offset: int = 0,
        *,
        doc_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes as contract quote dicts plus ``doc_id``, ``published`` and ``url``.

        ``speaker`` matches a speaker's code by prefix or its name (case-insensitive,
        a part of it); ``since``/``until`` filter on the publication date.
        """
        where, params = quote_filter(
            speaker=speaker, since=since, until=until, contains=contains, kind=kind, doc_id=doc_id
        )
        rows = self.fetch(
            "SELECT q.*, d.published, d.url, d.title FROM quotes q "
            "JOIN documents d ON d.id = q.doc_id"
            + where_sql(where)
            + " ORDER BY d.published NULLS LAST, q.doc_id, q.idx LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        return [quote_dict(r) for r in rows]

    def actors(
        self,
        name: str | None = None,
        code: str | None = None,
        country: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Actors across documents: name, code, country, kind, documents and mentions."""
        where: list[str] = []
        params: list[Any] = []
        if name:
            where.append("contains(lower(name), lower(?))")
            params.append(name)
        if code:
            where.append("starts_with(upper(code), upper(?))")
            params.append(code)
        if country:
            where.append("upper(country) = upper(?)")
            params.append(country)
        return self.fetch(
            "SELECT name, code, country, any_value(kind) AS kind, "
            "count(DISTINCT doc_id) AS documents, sum(n_mentions)::BIGINT AS mentions "
            "FROM actors"
            + where_sql(where)
            + " GROUP BY name, code, country ORDER BY documents DESC, mentions DESC, name "
            "LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )

    def dyad(
        self,
        a: str,
        b: str,
        by: str = "week",
        since: DateLike = None,
        until: DateLike = None,
        *,
        directed: bool = False,
        unique: bool = True,
    ) -> list[dict[str, Any]]:
        """Counts per quad class and Goldstein totals between ``a`` and ``b`` over time."""
        from ..analysis.dyads import dyad_series

        return dyad_series(
            self, a, b, by=by, since=since, until=until, directed=directed, unique=unique
        )

    def network(
        self,
        since: DateLike = None,
        until: DateLike = None,
        *,
        level: str = "country",
        min_events: int = 1,
        unique: bool = True,
        limit: int = 500,
    ) -> dict[str, list[dict[str, Any]]]:
        """The actor network: nodes and directed, weighted edges between actors."""
        from ..analysis.network import actor_network

        return actor_network(
            self,
            since=since,
            until=until,
            level=level,
            min_events=min_events,
            unique=unique,
            limit=limit,
        )

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        table: str = "events",
        *,
        notes: dict[str, int] | None = None,
        **filters: Any,
    ) -> int:
        """Write ``table`` to ``path`` as csv, tsv, parquet, jsonl, gdelt or plover (by
        default the format the file name says); the number of rows written.

        ``filters`` (events only) are those of :meth:`events`; ``notes`` gets counts
        worth telling (events without a PLOVER type).
        """
        from .export import export

        return export(self, path, format=format, table=table, notes=notes, **filters)

    def stats(self) -> dict[str, Any]:
        """Counts of rows, stories, clusters, and the store's version and size."""
        cur = self._cursor()
        out: dict[str, Any] = {"path": str(self.path), "schema_version": self.version}
        for table in ("documents", *TABLES):
            row = cur.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        row = cur.execute("SELECT count(DISTINCT story_id) FROM documents").fetchone()
        out["stories"] = int(row[0]) if row else 0
        row = cur.execute("SELECT count(DISTINCT cluster_id) FROM events").fetchone()
        out["event_clusters"] = int(row[0]) if row else 0
        row = cur.execute("SELECT count(*) FROM doc_links").fetchone()
        out["near_duplicate_links"] = int(row[0]) if row else 0
        row = cur.execute("SELECT min(published), max(published) FROM documents").fetchone()
        out["first_published"] = row[0].isoformat() if row and row[0] else None
        out["last_published"] = row[1].isoformat() if row and row[1] else None
        out["bytes"] = self.path.stat().st_size if self.path.exists() else 0
        return out

    def summary(self, top: int = 10) -> dict[str, Any]:
        """What the store holds, for people: documents (and linked copies), events,
        date ranges, the ``top`` actors and dyads by events, and the build."""
        out = self.stats()
        one = self.fetch(
            "SELECT count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS copies, "
            "(SELECT min(day) FROM events) AS first_day, "
            "(SELECT max(day) FROM events) AS last_day FROM documents"
        )[0]
        out["linked_copies"] = int(one["copies"] or 0)
        out["first_event_day"] = one["first_day"].isoformat() if one["first_day"] else None
        out["last_event_day"] = one["last_day"].isoformat() if one["last_day"] else None
        out["top_actors"] = self.fetch(
            "SELECT actor, mode(name) AS name, count(DISTINCT cluster_id) AS events, "
            "count(*) AS reports FROM ("
            "SELECT coalesce(source_code, source_name) AS actor, source_name AS name, "
            "cluster_id FROM events WHERE coalesce(source_code, source_name) IS NOT NULL "
            "UNION ALL SELECT coalesce(target_code, target_name), target_name, cluster_id "
            "FROM events WHERE coalesce(target_code, target_name) IS NOT NULL) "
            "GROUP BY actor ORDER BY events DESC, reports DESC, actor LIMIT ?",
            [int(top)],
        )
        out["top_dyads"] = self.fetch(
            "SELECT coalesce(source_code, source_name) AS source, "
            "coalesce(target_code, target_name) AS target, "
            "count(DISTINCT cluster_id) AS events, count(*) AS reports, "
            "round(avg(goldstein), 2) AS goldstein_mean FROM events "
            "WHERE coalesce(source_code, source_name) IS NOT NULL "
            "AND coalesce(target_code, target_name) IS NOT NULL "
            "GROUP BY 1, 2 ORDER BY events DESC, reports DESC, source, target LIMIT ?",
            [int(top)],
        )
        out["build"] = self.build()
        out["build_mixed"] = self.build_mixed()
        return out

    def check(self) -> list[str]:
        """Consistency problems (an empty list for a sound store).

        Every document must have exactly the rows it counts, and no row may point
        to a missing document.
        """
        cur = self._cursor()
        problems = []
        for table, col in TABLES.items():
            rows = cur.execute(
                f"SELECT d.id, d.{col}, count(t.doc_id) FROM documents d "
                f"LEFT JOIN {table} t ON t.doc_id = d.id GROUP BY d.id, d.{col} "
                f"HAVING count(t.doc_id) <> d.{col} LIMIT 20"
            ).fetchall()
            problems += [f"document {i}: {n} {table} expected, {m} stored" for i, n, m in rows]
        for table in (*TABLES, "signatures", "lsh_bands", "doc_links"):
            row = cur.execute(
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
                f"(SELECT 1 FROM documents d WHERE d.id = t.doc_id)"
            ).fetchone()
            if row and row[0]:
                problems.append(f"{row[0]} {table} rows without their document")
        row = cur.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM events c WHERE c.id = e.cluster_id)"
        ).fetchone()
        if row and row[0]:
            problems.append(f"{row[0]} events in a cluster whose first report is missing")
        return problems


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
