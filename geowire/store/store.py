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

import datetime as dt
import hashlib
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

from ..document import Document, Event
from ..errors import StoreError
from .dedup import (
    Candidate,
    ClusterKey,
    Deduplicator,
    Signature,
    actor_key,
    base_code,
    choose_cluster,
    event_day,
)
from .schema import MIGRATIONS, SCHEMA_VERSION, TABLES

__all__ = ["Store", "DEFAULT_DB", "IngestStats", "event_id", "DateLike"]

log = logging.getLogger(__name__)

DEFAULT_DB = "geowire.duckdb"

DateLike = str | dt.date | None

_EVENT_COLUMNS = (
    "id",
    "doc_id",
    "idx",
    "source_name",
    "source_code",
    "source_country",
    "source_actor",
    "target_name",
    "target_code",
    "target_country",
    "target_actor",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "date",
    "day",
    "modality",
    "location_name",
    "location_country",
    "lat",
    "lon",
    "sentence",
    "span_start",
    "span_end",
    "evidence",
    "confidence",
    "source_key",
    "target_key",
    "base_code",
    "cluster_id",
)


@dataclass(frozen=True, slots=True)
class IngestStats:
    """What an ingest did."""

    added: int = 0
    skipped: int = 0
    failed: int = 0
    near_duplicates: int = 0
    events: int = 0
    seconds: float = 0.0

    def __add__(self, other: IngestStats) -> IngestStats:
        return IngestStats(
            self.added + other.added,
            self.skipped + other.skipped,
            self.failed + other.failed,
            self.near_duplicates + other.near_duplicates,
            self.events + other.events,
            self.seconds + other.seconds,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "skipped": self.skipped,
            "failed": self.failed,
            "near_duplicates": self.near_duplicates,
            "events": self.events,
            "seconds": round(self.seconds, 3),
        }


def event_id(doc_id: str, ev: Event) -> str:
    """A content-derived event id: document, sentence, span, code and dyad."""
    parts = (
        doc_id,
        str(ev.sentence),
        f"{ev.span[0]}:{ev.span[1]}",
        ev.cameo,
        (ev.source.code or ev.source.name) if ev.source else "",
        (ev.target.code or ev.target.name) if ev.target else "",
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def _date(value: DateLike, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise StoreError(f"{what} is not a date (expected YYYY-MM-DD): {value!r}") from None


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[tuple]):
    """Insert rows with one parameterised multi-row statement per chunk."""
    if not rows:
        return
    one = "(" + ", ".join("?" * len(columns)) + ")"
    cols = ", ".join(columns)
    for i in range(0, len(rows), 200):
        chunk = rows[i : i + 200]
        sql = f"INSERT INTO {table} ({cols}) VALUES " + ", ".join([one] * len(chunk))
        con.execute(sql, [v for row in chunk for v in row])


class Store:
    """An embedded DuckDB store of documents, events, quotes, times and places.

    A context manager; the file is created (and its schema built or migrated) on
    first open. ``read_only`` opens an existing store for queries only (several
    processes may read at once; only one may write).
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        read_only: bool = False,
        *,
        cluster_window: int = 3,
        dedup: Deduplicator | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.cluster_window = cluster_window
        self.dedup = dedup or Deduplicator()
        self._lock = threading.RLock()
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}")
        if not read_only and self.path.parent and not self.path.parent.exists():
            raise StoreError(f"folder does not exist: {self.path.parent}")
        try:
            self._con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        try:
            self._migrate()
        except BaseException:
            self._con.close()
            raise

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
        return int(row[0]) if row else 0

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
        """Whether a document with this id is stored."""
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

    def add(self, doc: Document, *, origin: str | None = None) -> bool:
        """Store ``doc`` and all its rows in one transaction.

        Returns False, changing nothing, if a document with that id is stored.
        """
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        sig = self.dedup.signature(doc.text)
        with self._lock:
            con = self._con
            try:
                con.execute("BEGIN TRANSACTION")
                if con.execute("SELECT 1 FROM documents WHERE id = ?", [doc.id]).fetchone():
                    con.execute("ROLLBACK")
                    return False
                self._write(con, doc, sig, origin)
                con.execute("COMMIT")
            except duckdb.Error as exc:
                self._rollback()
                raise StoreError(f"cannot store document {doc.id}: {exc}") from None
            except BaseException:
                self._rollback()
                raise
        return True

    def _rollback(self) -> None:
        try:
            self._con.execute("ROLLBACK")
        except duckdb.Error:
            pass

    def add_many(
        self,
        docs: Iterable[Document],
        *,
        origins: Callable[[Document], str | None] | None = None,
        progress: Callable[[Document, bool], None] | None = None,
    ) -> IngestStats:
        """Store every document (one transaction each); ``progress(doc, added)`` after each."""
        t0 = time.perf_counter()
        added = skipped = dups = events = 0
        for doc in docs:
            ok = self.add(doc, origin=origins(doc) if origins else None)
            if ok:
                added += 1
                events += len(doc.events)
                if self._story_of(doc.id) != doc.id:
                    dups += 1
            else:
                skipped += 1
            if progress:
                progress(doc, ok)
        return IngestStats(added, skipped, 0, dups, events, time.perf_counter() - t0)

    def _story_of(self, doc_id: str) -> str | None:
        row = (
            self._cursor()
            .execute("SELECT story_id FROM documents WHERE id = ?", [doc_id])
            .fetchone()
        )
        return row[0] if row else None

    def _write(
        self,
        con: duckdb.DuckDBPyConnection,
        doc: Document,
        sig: Signature | None,
        origin: str | None,
    ) -> None:
        story_id, links = self._near_duplicates(con, doc.id, sig)
        events = self._event_rows(con, doc, story_id, [o for o, _ in links])
        data = doc.to_dict()
        _insert(
            con,
            "documents",
            (
                "id",
                "title",
                "url",
                "source",
                "published",
                "origin",
                "text",
                "n_actors",
                "n_events",
                "n_quotes",
                "n_times",
                "n_places",
                "json",
                "ingested_at",
                "story_id",
            ),
            [
                (
                    doc.id,
                    doc.title,
                    doc.url,
                    doc.source,
                    doc.published,
                    origin,
                    doc.text,
                    len(doc.actors),
                    len(events),
                    len(doc.quotes),
                    len(doc.times),
                    len(doc.places),
                    json.dumps(data, ensure_ascii=False),
                    dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    story_id,
                )
            ],
        )
        _insert(
            con,
            "actors",
            (
                "doc_id",
                "actor_id",
                "name",
                "code",
                "country",
                "sectors",
                "kind",
                "n_mentions",
                "mentions",
            ),
            [
                (
                    doc.id,
                    a.id,
                    a.name,
                    a.code,
                    a.country,
                    list(a.sectors),
                    a.kind,
                    len(a.mentions),
                    json.dumps([list(m) for m in a.mentions]),
                )
                for a in doc.actors
            ],
        )
        _insert(con, "events", _EVENT_COLUMNS, events)
        _insert(
            con,
            "quotes",
            (
                "doc_id",
                "idx",
                "text",
                "span_start",
                "span_end",
                "kind",
                "speaker_name",
                "speaker_code",
                "speaker_country",
                "speaker_actor",
                "cue",
            ),
            [
                (
                    doc.id,
                    i,
                    q.text,
                    q.span[0],
                    q.span[1],
                    q.kind,
                    q.speaker.name if q.speaker else None,
                    q.speaker.code if q.speaker else None,
                    q.speaker.country if q.speaker else None,
                    q.speaker.actor if q.speaker else None,
                    q.cue,
                )
                for i, q in enumerate(doc.quotes)
            ],
        )
        _insert(
            con,
            "times",
            ("doc_id", "idx", "text", "span_start", "span_end", "type", "value"),
            [
                (doc.id, i, t.text, t.span[0], t.span[1], t.type, t.value)
                for i, t in enumerate(doc.times)
            ],
        )
        _insert(
            con,
            "places",
            (
                "doc_id",
                "idx",
                "text",
                "span_start",
                "span_end",
                "name",
                "country",
                "lat",
                "lon",
                "geonameid",
                "feature",
            ),
            [
                (
                    doc.id,
                    i,
                    p.text,
                    p.span[0],
                    p.span[1],
                    p.name,
                    p.country,
                    p.lat,
                    p.lon,
                    p.geonameid,
                    p.feature,
                )
                for i, p in enumerate(doc.places)
            ],
        )
        if sig is not None:
            _insert(
                con,
                "signatures",
                ("doc_id", "n_shingles", "minhash"),
                [(doc.id, sig.n_shingles, sig.to_bytes())],
            )
            _insert(
                con,
                "lsh_bands",
                ("band", "key", "doc_id"),
                [(b, k, doc.id) for b, k in self.dedup.band_keys(sig)],
            )
        _insert(
            con,
            "doc_links",
            ("doc_id", "other_id", "similarity"),
            [(doc.id, other, sim) for other, sim in links],
        )

    def _near_duplicates(
        self, con: duckdb.DuckDBPyConnection, doc_id: str, sig: Signature | None
    ) -> tuple[str, list[tuple[str, float]]]:
        """The story ``doc_id`` belongs to and its near-duplicates with their similarity."""
        if sig is None:
            return doc_id, []
        keys = self.dedup.band_keys(sig)
        values = ", ".join(["(?, ?)"] * len(keys))
        rows = con.execute(
            "SELECT s.doc_id, s.n_shingles, s.minhash, d.story_id FROM signatures s "
            "JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN ("
            "SELECT l.doc_id FROM lsh_bands l JOIN (VALUES "
            + values
            + ") v(band, key) ON l.band = v.band AND l.key = v.key)",
            [x for pair in keys for x in pair],
        ).fetchall()
        links: list[tuple[str, float]] = []
        best: tuple[float, str, str] | None = None
        for other_id, n, blob, story in rows:
            if other_id == doc_id:
                continue
            sim = self.dedup.similarity(sig, Signature.from_bytes(blob, n))
            if sim is None:
                continue
            links.append((other_id, round(sim, 4)))
            # the most similar wins; ties go to the oldest story id for determinism
            rank = (-sim, story, other_id)
            if best is None or rank < best:
                best = rank
        links.sort()
        return (best[1] if best else doc_id), links

    def _event_rows(
        self,
        con: duckdb.DuckDBPyConnection,
        doc: Document,
        story_id: str,
        linked: list[str],
    ) -> list[tuple]:
        if not doc.events:
            return []
        prepared = []
        seen: set[str] = set()
        for i, ev in enumerate(doc.events):
            eid = event_id(doc.id, ev)
            n = 1
            while eid in seen:  # two identical events in one document: keep both
                eid = f"{event_id(doc.id, ev)}-{n}"
                n += 1
            seen.add(eid)
            src, tgt = ev.source, ev.target
            key = ClusterKey(
                actor_key(src.name, src.code, src.country) if src else None,
                actor_key(tgt.name, tgt.code, tgt.country) if tgt else None,
                base_code(ev.cameo),
            )
            day = event_day(ev.date, doc.published)
            country = ev.location.country if ev.location else None
            prepared.append((i, ev, eid, key, day, country))
        candidates = self._cluster_candidates(con, prepared, [story_id, *linked])
        rows = []
        stories = tuple(linked)
        for i, ev, eid, key, day, country in prepared:
            cluster = choose_cluster(
                key,
                day,
                story_id,
                country,
                candidates,
                window=self.cluster_window,
                stories=stories,
            )
            cluster = cluster or eid
            candidates.append(Candidate(cluster, key, day, story_id, country))
            src, tgt, loc = ev.source, ev.target, ev.location
            rows.append(
                (
                    eid,
                    doc.id,
                    i,
                    src.name if src else None,
                    src.code if src else None,
                    src.country if src else None,
                    src.actor if src else None,
                    tgt.name if tgt else None,
                    tgt.code if tgt else None,
                    tgt.country if tgt else None,
                    tgt.actor if tgt else None,
                    ev.cameo,
                    ev.root,
                    ev.plover,
                    ev.quad_class,
                    ev.goldstein,
                    ev.date,
                    day,
                    ev.modality,
                    loc.name if loc else None,
                    loc.country if loc else None,
                    loc.lat if loc else None,
                    loc.lon if loc else None,
                    ev.sentence,
                    ev.span[0],
                    ev.span[1],
                    ev.evidence,
                    ev.confidence,
                    key.source,
                    key.target,
                    key.base,
                    cluster,
                )
            )
        return rows

    def _cluster_candidates(
        self,
        con: duckdb.DuckDBPyConnection,
        prepared: list[tuple],
        stories: list[str],
    ) -> list[Candidate]:
        keys: dict[ClusterKey, tuple[dt.date | None, dt.date | None]] = {}
        w = dt.timedelta(days=self.cluster_window)
        for _, _, _, key, day, _ in prepared:
            lo, hi = keys.get(key, (None, None))
            if day is not None:
                lo = min(lo, day - w) if lo else day - w
                hi = max(hi, day + w) if hi else day + w
            keys[key] = (lo, hi)
        values = ", ".join(["(?, ?, ?, ?, ?)"] * len(keys))
        params: list[Any] = []
        for key, (lo, hi) in keys.items():
            params += [key.source, key.target, key.base, lo, hi]
        story_marks = ", ".join("?" * len(stories))
        params += stories
        rows = con.execute(
            "SELECT e.cluster_id, e.source_key, e.target_key, e.base_code, e.day, d.story_id, "
            "e.location_country FROM events e JOIN documents d ON d.id = e.doc_id "
            "JOIN (VALUES "
            + values
            + ") v(sk, tk, bc, lo, hi) ON e.source_key IS NOT DISTINCT FROM v.sk "
            "AND e.target_key IS NOT DISTINCT FROM v.tk AND e.base_code = v.bc "
            "WHERE (e.day BETWEEN v.lo AND v.hi) OR d.story_id IN (" + story_marks + ")",
            params,
        ).fetchall()
        return [
            Candidate(c, ClusterKey(sk, tk, bc), day, story, country)
            for c, sk, tk, bc, day, story, country in rows
        ]

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
        where, params = [], []
        if since is not None:
            where.append("published >= ?")
            params.append(_date(since, "since"))
        if until is not None:
            where.append("published <= ?")
            params.append(_date(until, "until"))
        if source:
            where.append("source = ?")
            params.append(source)
        if story:
            where.append("story_id = ?")
            params.append(story)
        sql = (
            "SELECT id, title, url, source, published, origin, story_id, n_actors, n_events, "
            "n_quotes, n_times, n_places, ingested_at FROM documents"
            + (" WHERE " + " AND ".join(where) if where else "")
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
        where, params = [], []
        if speaker:
            where.append(
                "(starts_with(upper(q.speaker_code), upper(?)) "
                "OR contains(lower(q.speaker_name), lower(?)))"
            )
            params += [speaker, speaker]
        if since is not None:
            where.append("d.published >= ?")
            params.append(_date(since, "since"))
        if until is not None:
            where.append("d.published <= ?")
            params.append(_date(until, "until"))
        if contains:
            where.append("contains(lower(q.text), lower(?))")
            params.append(contains)
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        if doc_id:
            where.append("q.doc_id = ?")
            params.append(doc_id)
        rows = self.fetch(
            "SELECT q.*, d.published, d.url FROM quotes q JOIN documents d ON d.id = q.doc_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.published NULLS LAST, q.doc_id, q.idx LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)],
        )
        out = []
        for r in rows:
            speaker_d = None
            if r["speaker_name"] is not None:
                speaker_d = {
                    "name": r["speaker_name"],
                    "code": r["speaker_code"],
                    "country": r["speaker_country"],
                    "actor": r["speaker_actor"],
                }
            out.append(
                {
                    "text": r["text"],
                    "span": [r["span_start"], r["span_end"]],
                    "kind": r["kind"],
                    "speaker": speaker_d,
                    "cue": r["cue"],
                    "doc_id": r["doc_id"],
                    "published": r["published"].isoformat() if r["published"] else None,
                    "url": r["url"],
                }
            )
        return out

    def actors(
        self,
        name: str | None = None,
        code: str | None = None,
        country: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Actors across documents: name, code, country, kind, documents and mentions."""
        where, params = [], []
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
            + (" WHERE " + " AND ".join(where) if where else "")
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
        self, path: str | Path, format: str = "csv", table: str = "events", **filters: Any
    ) -> int:
        """Write ``table`` to ``path`` as csv, parquet, jsonl, gdelt or plover; rows written.

        ``filters`` (events only) are those of :meth:`events`.
        """
        from .export import export

        return export(self, path, format=format, table=table, **filters)

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
    """Apply the migrations after ``version`` up to ``to`` in one transaction."""
    steps = [m for m in MIGRATIONS if version < m.version <= to]
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


# -- shared query pieces (used by queries, analysis and exports) ---------------------


def event_filter(
    *,
    actor: str | None = None,
    source: str | None = None,
    target: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    root: str | None = None,
    plover: str | None = None,
    quad_class: int | None = None,
    modality: str | None = None,
    doc_id: str | None = None,
    cluster_id: str | None = None,
    alias: str = "e",
) -> tuple[list[str], list[Any]]:
    """WHERE clauses (with ``?`` parameters) over the events table aliased ``alias``."""
    e = alias
    where: list[str] = []
    params: list[Any] = []

    def side(prefix: str, value: str) -> str:
        params.extend([value, value])
        return (
            f"(starts_with(upper({e}.{prefix}_code), upper(?)) "
            f"OR upper({e}.{prefix}_country) = upper(?))"
        )

    if actor:
        where.append("(" + side("source", actor) + " OR " + side("target", actor) + ")")
    if source:
        where.append(side("source", source))
    if target:
        where.append(side("target", target))
    if since is not None:
        where.append(f"{e}.day >= ?")
        params.append(_date(since, "since"))
    if until is not None:
        where.append(f"{e}.day <= ?")
        params.append(_date(until, "until"))
    if root:
        where.append(f"{e}.root = ?")
        params.append(str(root).zfill(2))
    if plover:
        where.append(f"upper({e}.plover) = upper(?)")
        params.append(plover)
    if quad_class is not None:
        where.append(f"{e}.quad_class = ?")
        params.append(int(quad_class))
    if modality:
        where.append(f"{e}.modality = ?")
        params.append(modality)
    if doc_id:
        where.append(f"{e}.doc_id = ?")
        params.append(doc_id)
    if cluster_id:
        where.append(f"{e}.cluster_id = ?")
        params.append(cluster_id)
    return where, params


def events_sql(where: Sequence[str], *, unique: bool = False) -> str:
    """Filtered events joined with their document and cluster counts."""
    cond = " WHERE " + " AND ".join(where) if where else ""
    pick = (
        " QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.day NULLS LAST, "
        "d.published NULLS LAST, e.doc_id, e.idx) = 1"
        if unique
        else ""
    )
    return (
        "WITH f AS (SELECT e.* FROM events e" + cond + "), "
        "c AS (SELECT x.cluster_id, count(*) AS reports, count(DISTINCT x.doc_id) AS articles, "
        "count(DISTINCT coalesce(dd.source, dd.id)) AS sources FROM events x "
        "JOIN documents dd ON dd.id = x.doc_id "
        "WHERE x.cluster_id IN (SELECT cluster_id FROM f) GROUP BY x.cluster_id) "
        "SELECT e.*, d.published, d.url, d.source AS news_source, d.ingested_at, "
        "c.reports, c.articles, c.sources FROM f e JOIN documents d ON d.id = e.doc_id "
        "JOIN c ON c.cluster_id = e.cluster_id" + pick
    )


def event_dict(r: dict[str, Any]) -> dict[str, Any]:
    """A contract event dict (plus store fields) from an ``events_sql`` row."""

    def ref(prefix: str) -> dict[str, Any] | None:
        if r[f"{prefix}_name"] is None:
            return None
        return {
            "name": r[f"{prefix}_name"],
            "code": r[f"{prefix}_code"],
            "country": r[f"{prefix}_country"],
            "actor": r[f"{prefix}_actor"],
        }

    location = None
    if r["location_name"] is not None:
        location = {
            "name": r["location_name"],
            "country": r["location_country"],
            "lat": r["lat"],
            "lon": r["lon"],
        }
    return {
        "source": ref("source"),
        "target": ref("target"),
        "cameo": r["cameo"],
        "root": r["root"],
        "plover": r["plover"],
        "quad_class": r["quad_class"],
        "goldstein": r["goldstein"],
        "date": r["date"],
        "modality": r["modality"],
        "location": location,
        "sentence": r["sentence"],
        "span": [r["span_start"], r["span_end"]],
        "evidence": r["evidence"],
        "confidence": r["confidence"],
        "id": r["id"],
        "doc_id": r["doc_id"],
        "cluster_id": r["cluster_id"],
        "reports": int(r["reports"]),
        "articles": int(r["articles"]),
        "sources": int(r["sources"]),
        "published": r["published"].isoformat() if r.get("published") else None,
        "url": r.get("url"),
    }
