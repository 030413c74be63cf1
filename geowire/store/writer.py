"""Writing documents: rows for every table, near-duplicate links and event clusters.

The :class:`Writer` turns a Document into the rows of every table, deciding on
the way which story it belongs to (near-duplicates) and which cluster each of
its events joins. Rows wait in a buffer and are written by :meth:`Writer.flush`
in one transaction, so a document is always stored whole or not at all; the
store flushes after each document, or after a batch of them when ingesting.
Lookups (is this id stored? which articles share LSH bands? which reports share
a cluster key?) consult both the database and the buffer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import duckdb

from ..document import Document, Event
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
from .layout import (
    ACTORS,
    DOCUMENTS,
    EVENTS,
    PLACES,
    QUOTES,
    TABLES,
    TIMES,
    DocumentRow,
    EventRow,
    Item,
)

__all__ = [
    "Writer",
    "COLUMNS",
    "event_id",
    "event_reports",
    "record_rows",
    "cluster_key_text",
    "text_hash",
]

log = logging.getLogger(__name__)

#: A store row: its table's values, in :data:`COLUMNS` order.
Row = tuple[object, ...]

#: The columns written for each table, in order (from :mod:`geowire.store.layout`).
COLUMNS: dict[str, tuple[str, ...]] = {
    name: table.names for name, table in TABLES.items() if name != "meta"
}


def record_rows(doc: Document) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``doc``'s actors, quotes, times and places, in ``COLUMNS`` order."""
    return {
        "actors": [ACTORS.row(Item(doc, i, a)) for i, a in enumerate(doc.actors)],
        "quotes": [QUOTES.row(Item(doc, i, q)) for i, q in enumerate(doc.quotes)],
        "times": [TIMES.row(Item(doc, i, t)) for i, t in enumerate(doc.times)],
        "places": [PLACES.row(Item(doc, i, p)) for i, p in enumerate(doc.places)],
    }


def event_reports(doc: Document) -> list[EventRow]:
    """``doc``'s events as rows not yet clustered: ids (two identical events in one
    document both kept, ``-1``, ``-2``, ...), cluster keys and days."""
    out = []
    seen: set[str] = set()
    for i, ev in enumerate(doc.events):
        base = eid = event_id(doc.id, ev)
        n = 1
        while eid in seen:
            eid = f"{base}-{n}"
            n += 1
        seen.add(eid)
        src, tgt = ev.source, ev.target
        key = ClusterKey(
            actor_key(src.name, src.code, src.country) if src else None,
            actor_key(tgt.name, tgt.code, tgt.country) if tgt else None,
            base_code(ev.cameo),
        )
        day = event_day(ev.date, doc.published)
        out.append(EventRow(doc, i, ev, eid, key, cluster_key_text(key), day))
    return out


def text_hash(text: str) -> str:
    """The SHA-256 (hex) of a document's cleaned text: how the store knows the same
    article under another id (DuckDB's ``sha256(text)`` gives the same)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


def cluster_key_text(key: ClusterKey) -> str:
    """The indexed text form of a cluster key."""
    return f"{key.source or ''}\x1f{key.target or ''}\x1f{key.base}"


def insert(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Row]) -> None:
    """Insert rows with parameterised multi-row statements."""
    if not rows:
        return
    columns = COLUMNS[table]
    one = "(" + ", ".join("?" * len(columns)) + ")"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    step = max(1, 4000 // len(columns))
    for i in range(0, len(rows), step):
        chunk = rows[i : i + step]
        con.execute(head + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])


@dataclass
class _Buffer:
    """Rows not yet written, and the indexes lookups need over them."""

    rows: dict[str, list[Row]] = field(default_factory=lambda: defaultdict(list))
    ids: set[str] = field(default_factory=set)
    bands: dict[int, list[tuple[int, str]]] = field(default_factory=lambda: defaultdict(list))
    signatures: dict[str, tuple[Signature, str]] = field(default_factory=dict)
    events: dict[str, list[Candidate]] = field(default_factory=lambda: defaultdict(list))
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)  # hash -> (id, story)

    def __len__(self) -> int:
        return len(self.ids)


class Writer:
    """Builds and buffers the rows of documents; writes them in one transaction."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, dedup: Deduplicator, cluster_window: int
    ) -> None:
        self.con = con
        self.dedup = dedup
        self.cluster_window = cluster_window
        self.buffer = _Buffer()

    @property
    def pending(self) -> int:
        return len(self.buffer)

    def stored(self, doc_id: str) -> bool:
        if doc_id in self.buffer.ids:
            return True
        return (
            self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone()
            is not None
        )

    def original(self, digest: str) -> tuple[str, str] | None:
        """The (id, story id) of the document stored first with the cleaned text whose
        hash is ``digest``, buffered or committed; None if there is none."""
        if digest in self.buffer.hashes:
            return self.buffer.hashes[digest]
        row = self.con.execute(
            "SELECT id, story_id FROM documents WHERE text_hash = ? AND duplicate_of IS NULL "
            "ORDER BY ingested_at, id LIMIT 1",
            [digest],
        ).fetchone()
        return (row[0], row[1]) if row else None

    def add(
        self, doc: Document, origin: str | None, *, ingested_at: dt.datetime | None = None
    ) -> str | None:
        """Buffer ``doc``'s rows; its story id, or None if it is already stored.

        A document whose cleaned text is stored under another id is linked to that
        one (its story, a link of similarity 1) and gets no rows of its own: one
        article, one set of events, however many ids it arrives under.
        """
        if self.stored(doc.id):
            return None
        digest = text_hash(doc.text)
        when = ingested_at or dt.datetime.now(dt.UTC).replace(tzinfo=None)
        first = self.original(digest)
        if first is not None:
            return self._add_duplicate(doc, origin, digest, first, when)
        sig = self.dedup.signature(doc.text)
        story_id, links = self._near_duplicates(doc.id, sig)
        stories = {story for _, _, story in links}
        events = self._event_rows(doc, story_id, stories)
        b = self.buffer
        b.ids.add(doc.id)
        b.rows["documents"].append(DOCUMENTS.row(DocumentRow(doc, origin, when, story_id, digest)))
        b.hashes[digest] = (doc.id, story_id)
        for table, rows in record_rows(doc).items():
            b.rows[table] += rows
        b.rows["events"] += events
        if sig is not None:
            b.rows["signatures"].append((doc.id, sig.n_shingles, sig.to_bytes()))
            b.signatures[doc.id] = (sig, story_id)
            for band, key in self.dedup.band_keys(sig):
                b.rows["lsh_bands"].append((band, key, doc.id))
                b.bands[key].append((band, doc.id))
        b.rows["doc_links"] += [(doc.id, other, sim) for other, sim, _ in links]
        return story_id

    def _add_duplicate(
        self,
        doc: Document,
        origin: str | None,
        digest: str,
        first: tuple[str, str],
        when: dt.datetime,
    ) -> str:
        """Buffer the row of a document whose text is stored as ``first`` (id, story)."""
        first_id, story_id = first
        b = self.buffer
        b.ids.add(doc.id)
        # its rows are the first copy's: it counts none of its own
        b.rows["documents"].append(
            DOCUMENTS.row(DocumentRow(doc, origin, when, story_id, digest, duplicate_of=first_id))
        )
        b.rows["doc_links"].append((doc.id, first_id, 1.0))
        return story_id

    def flush(self) -> int:
        """Write the buffered documents in one transaction; how many were written."""
        b = self.buffer
        if not b.ids:
            return 0
        self.buffer = _Buffer()
        con = self.con
        try:
            con.execute("BEGIN TRANSACTION")
            for table in COLUMNS:
                insert(con, table, b.rows.get(table, ()))
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        return len(b.ids)

    def discard(self) -> None:
        self.buffer = _Buffer()

    # -- near-duplicates -------------------------------------------------------------

    def _near_duplicates(
        self, doc_id: str, sig: Signature | None
    ) -> tuple[str, list[tuple[str, float, str]]]:
        """The story of ``doc_id`` and its near-duplicates (id, similarity, story)."""
        if sig is None:
            return doc_id, []
        keys = self.dedup.band_keys(sig)
        bands = set(keys)
        marks = ", ".join("?" * len(keys))
        hits = self.con.execute(
            "SELECT band, key, doc_id FROM lsh_bands WHERE key IN (" + marks + ")",
            [k for _, k in keys],
        ).fetchall()
        ids = {d for band, key, d in hits if (band, key) in bands}
        for band, key in keys:
            ids.update(d for bd, d in self.buffer.bands.get(key, ()) if bd == band)
        ids.discard(doc_id)
        if not ids:
            return doc_id, []
        found: list[tuple[str, Signature, str]] = []
        stored = sorted(i for i in ids if i not in self.buffer.signatures)
        if stored:
            marks = ", ".join("?" * len(stored))
            rows = self.con.execute(
                "SELECT s.doc_id, s.n_shingles, s.minhash, d.story_id FROM signatures s "
                "JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN (" + marks + ")",
                stored,
            ).fetchall()
            found += [(i, Signature.from_bytes(blob, n), story) for i, n, blob, story in rows]
        found += [
            (i, *self.buffer.signatures[i]) for i in sorted(ids) if i in self.buffer.signatures
        ]
        links: list[tuple[str, float, str]] = []
        best: tuple[float, str, str] | None = None
        for other_id, other_sig, story in found:
            sim = self.dedup.similarity(sig, other_sig)
            if sim is None:
                continue
            links.append((other_id, round(sim, 4), story))
            # the most similar wins; ties go to the smallest story id, for determinism
            rank = (-sim, story, other_id)
            if best is None or rank < best:
                best = rank
        links.sort()
        return (best[1] if best else doc_id), links

    # -- event clusters --------------------------------------------------------------

    def _event_rows(self, doc: Document, story_id: str, stories: set[str]) -> list[Row]:
        if not doc.events:
            return []
        prepared = event_reports(doc)
        candidates = self._cluster_candidates(prepared, {story_id, *stories})
        rows = []
        for r in prepared:
            country = r.event.location.country if r.event.location else None
            chosen = choose_cluster(
                r.key,
                r.day,
                story_id,
                country,
                candidates,
                window=self.cluster_window,
                stories=tuple(sorted(stories)),
            )
            if chosen is None:
                cluster, cluster_day = r.id, r.day
            else:
                cluster = chosen
                cluster_day = next(c.day for c in candidates if c.cluster_id == chosen)
            cand = Candidate(cluster, r.key, cluster_day, story_id, country)
            candidates.append(cand)
            self.buffer.events[r.ckey].append(cand)
            rows.append(
                EVENTS.row(
                    replace(r, story_id=story_id, cluster_id=cluster, cluster_day=cluster_day)
                )
            )
        return rows

    def _cluster_candidates(self, prepared: list[EventRow], stories: set[str]) -> list[Candidate]:
        """Reports already stored or buffered that share a key with one of ``prepared``."""
        window = dt.timedelta(days=self.cluster_window)
        ranges: dict[ClusterKey, tuple[dt.date | None, dt.date | None]] = {}
        for r in prepared:
            key, day = r.key, r.day
            lo, hi = ranges.get(key, (None, None))
            if day is not None:
                lo = min(lo, day - window) if lo else day - window
                hi = max(hi, day + window) if hi else day + window
            ranges[key] = (lo, hi)
        los = [lo for lo, _ in ranges.values() if lo is not None]
        his = [hi for _, hi in ranges.values() if hi is not None]
        ordered = sorted(stories)
        rows: list[Any] = self.con.execute(
            "SELECT cluster_id, source_key, target_key, base_code, cluster_day, story_id, "
            "location_country FROM events WHERE ckey IN ("
            + ", ".join("?" * len(ranges))
            + ") AND (story_id IN ("
            + ", ".join("?" * len(ordered))
            + ") OR cluster_day BETWEEN ? AND ?)",
            [
                *(cluster_key_text(k) for k in ranges),
                *ordered,
                min(los) if los else None,
                max(his) if his else None,
            ],
        ).fetchall()
        found = [
            Candidate(c, ClusterKey(sk, tk, bc), day, story, country)
            for c, sk, tk, bc, day, story, country in rows
        ]
        for key in ranges:
            found += self.buffer.events.get(cluster_key_text(key), ())
        out = []
        for c in found:
            lo, hi = ranges[c.key]
            in_window = c.day is not None and lo is not None and hi is not None
            if c.story_id in stories or (in_window and lo <= c.day <= hi):  # type: ignore[operator]
                out.append(c)
        return out
