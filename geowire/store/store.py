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
from . import queries
from .connection import READERS_WAIT, connect, fetch, open_schema, schema_version
from .dedup import Deduplicator
from .export import export
from .query import DateLike, EventQuery, QuoteQuery
from .records import EventRecord, QuoteRecord
from .writer import Writer, event_id

__all__ = ["Store", "DEFAULT_DB", "IngestStats", "event_id"]

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
            open_schema(self._con, self.path, read_only)
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
        return schema_version(self._con)

    # -- writing -------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (or waiting in a batch to be)."""
        if self._writer is not None and doc_id in self._writer.buffer.ids:
            return True
        row = self.cursor().execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
        return row is not None

    def known(self, ids: Iterable[str]) -> set[str]:
        """The subset of ``ids`` already stored."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        cur = self.cursor()
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
                self.cursor()
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
        (see :meth:`link`) rather than stored again. ``origin``: where it was read
        from (default: ``doc.origin``).
        """
        return self._add(doc, doc.origin if origin is None else origin, ingested_at) is not None

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
        row = self.cursor().execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
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

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of the store's connection (StoreError once the store is closed)."""
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con.cursor()

    def fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query with parameters; rows as dicts."""
        return fetch(self.cursor(), sql, params)

    def document(self, id: str) -> Document | None:
        """The stored document (the contract JSON read back), or None."""
        row = (
            self.cursor()
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
                self.cursor()
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
        return queries.find_documents(
            self, limit, offset, since=since, until=until, source=source, story=story
        )

    def duplicates(self, doc_id: str) -> list[dict[str, Any]]:
        """The near-duplicates of a document (both directions) and their similarity."""
        return queries.duplicates(self, doc_id)

    def events(
        self,
        query: EventQuery | None = None,
        /,
        *,
        limit: int = 100,
        offset: int = 0,
        unique: bool = False,
        **filters: Any,
    ) -> list[EventRecord]:
        """The event reports ``query`` (or the ``filters``, the fields of
        :class:`EventQuery`) finds, oldest first, each with its article and its cluster's
        ``reports``, ``articles`` and ``sources``.

        Actor codes match by prefix or country (``IRN`` matches ``IRNGOV``).
        With ``unique`` one row per cluster (its first report) is returned: one
        story, one event.
        """
        query = query if query is not None else EventQuery(**filters)
        return queries.find_events(
            self, query, sort="oldest", limit=limit, offset=offset, unique=unique
        )

    def cluster(self, cluster_id: str) -> list[EventRecord]:
        """Every report of one clustered event, each traceable to its article."""
        return self.events(EventQuery(cluster_id=cluster_id), limit=1_000_000)

    def quotes(
        self,
        query: QuoteQuery | None = None,
        /,
        *,
        limit: int = 100,
        offset: int = 0,
        **filters: Any,
    ) -> list[QuoteRecord]:
        """The quotes ``query`` (or the ``filters``, the fields of :class:`QuoteQuery`)
        finds, oldest first, each with its article.

        ``speaker`` matches a speaker's code by prefix or its name (case-insensitive,
        a part of it); ``since``/``until`` filter on the publication date.
        """
        query = query if query is not None else QuoteQuery(**filters)
        return queries.find_quotes(self, query, sort="oldest", limit=limit, offset=offset)

    def actors(
        self,
        name: str | None = None,
        code: str | None = None,
        country: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Actors across documents: name, code, country, kind, documents and mentions."""
        return queries.find_actors(self, name, code, country, limit, offset)

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        table: str = "events",
        *,
        notes: dict[str, int] | None = None,
        unique: bool = False,
        **filters: Any,
    ) -> int:
        """Write ``table`` to ``path`` as csv, tsv, parquet, jsonl, gdelt or plover (by
        default the format the file name says); the number of rows written.

        ``filters`` (events only) are the fields of :class:`EventQuery`; ``notes`` gets
        counts worth telling (events without a PLOVER type).
        """
        query = EventQuery(**filters) if filters else None
        return export(
            self, path, format=format, table=table, query=query, unique=unique, notes=notes
        )

    def stats(self) -> dict[str, Any]:
        """Counts of rows, stories, clusters, and the store's version and size."""
        out: dict[str, Any] = {"path": str(self.path), "schema_version": self.version}
        out.update(queries.counts(self))
        out["bytes"] = self.path.stat().st_size if self.path.exists() else 0
        return out

    def summary(self, top: int = 10) -> dict[str, Any]:
        """What the store holds, for people: documents (and linked copies), events,
        date ranges, the ``top`` actors and dyads by events, and the build."""
        out = self.stats()
        out.update(queries.overview(self, top))
        out["build"] = self.build()
        out["build_mixed"] = self.build_mixed()
        return out

    def check(self) -> list[str]:
        """Consistency problems (an empty list for a sound store).

        Every document must have exactly the rows it counts, and no row may point
        to a missing document.
        """
        return queries.problems(self)
