"""The stored tables, declared once.

Each table is a tuple of :class:`Column` (its name, its DuckDB type, whether it may be
NULL, how its value is read from what the row is built from, and where it is kept).
Everything that knows the layout of a table comes from here: the SQL that creates a new
store (:func:`create_sql`), the Arrow schemas of the Parquet tables the distributed
runner writes (:meth:`Table.arrow_schema`), the rows the store's writer inserts and the
records the distributed runner writes (:meth:`Table.row`, :meth:`Table.record`), and the
row counts a document keeps (:data:`COUNTED`).

A column is kept in the store, in the Parquet tables, or in both (``where``): the
clustering columns need the whole store, and the Parquet ``documents`` table keeps the
partition and the position of each document in it (the input order).

The migrations of :mod:`geowire.store.schema` are the history of this layout: a store
built by them has exactly the tables declared here (a test checks it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Generic, Literal, TypeVar

import pyarrow as pa

from ..document import Actor, Document, Event, Place, Quote, TimeExpression
from .dedup import ClusterKey

__all__ = [
    "Column",
    "Table",
    "DocumentRow",
    "Item",
    "EventRow",
    "TABLES",
    "COUNTED",
    "ARROW_TYPES",
    "DOCUMENTS",
    "ACTORS",
    "EVENTS",
    "QUOTES",
    "TIMES",
    "PLACES",
    "SIGNATURES",
    "LSH_BANDS",
    "DOC_LINKS",
    "META",
    "create_sql",
]

S = TypeVar("S")

#: The Arrow type of each DuckDB type a column may have (what DuckDB itself gives).
ARROW_TYPES: dict[str, pa.DataType] = {
    "VARCHAR": pa.string(),
    "VARCHAR[]": pa.list_(pa.string()),
    "INTEGER": pa.int32(),
    "SMALLINT": pa.int16(),
    "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "BLOB": pa.binary(),
}

Where = Literal["both", "store", "parquet"]


@dataclass(frozen=True, slots=True)
class Column(Generic[S]):
    """One column: name, DuckDB type, NOT NULL or not, how it is read from a row's
    source ``S``, and where it is kept."""

    name: str
    sql: str
    read: Callable[[S], Any]
    not_null: bool = False
    where: Where = "both"

    @property
    def arrow(self) -> pa.DataType:
        return ARROW_TYPES[self.sql]

    def ddl(self) -> str:
        return f"{self.name} {self.sql}" + (" NOT NULL" if self.not_null else "")


@dataclass(frozen=True, slots=True)
class Table(Generic[S]):
    """A stored table: its columns in order, its key and indexes, and (for the tables of
    a document's findings) the ``documents`` column counting its rows."""

    name: str
    columns: tuple[Column[S], ...]
    primary_key: tuple[str, ...] = ()
    indexes: tuple[tuple[str, str], ...] = ()  # (index name, column)
    counted_by: str | None = None

    def kept(self, where: Where) -> tuple[Column[S], ...]:
        return tuple(c for c in self.columns if c.where in ("both", where))

    @property
    def names(self) -> tuple[str, ...]:
        """The store's columns, in order."""
        return tuple(c.name for c in self.kept("store"))

    def row(self, source: S) -> tuple[Any, ...]:
        """The store row built from ``source``, in :attr:`names` order."""
        return tuple(c.read(source) for c in self.kept("store"))

    def record(self, source: S) -> dict[str, Any]:
        """The Parquet record built from ``source`` (column name -> value)."""
        return {c.name: c.read(source) for c in self.kept("parquet")}

    def arrow_schema(self, where: Where = "parquet") -> pa.Schema:
        return pa.schema([(c.name, c.arrow) for c in self.kept(where)])

    def create_sql(self) -> str:
        parts = [c.ddl() for c in self.kept("store")]
        if self.primary_key:
            parts.append(f"PRIMARY KEY ({', '.join(self.primary_key)})")
        return f"CREATE TABLE IF NOT EXISTS {self.name} (" + ", ".join(parts) + ")"


# -- what rows are built from ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A document as the ``documents`` table holds it. A linked copy (``duplicate_of``)
    has no rows of its own: its counts are 0."""

    doc: Document
    origin: str | None
    ingested_at: dt.datetime
    story_id: str | None = None
    text_hash: str | None = None
    duplicate_of: str | None = None
    part: int | None = None
    pos: int | None = None

    def count(self, items: tuple[Any, ...]) -> int:
        return 0 if self.duplicate_of is not None else len(items)


@dataclass(frozen=True, slots=True)
class Item(Generic[S]):
    """One of a document's actors, quotes, times or places, and its position."""

    doc: Document
    idx: int
    item: S


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event report: the event, its id, cluster key and day, and (in the store) the
    story and cluster it joined."""

    doc: Document
    idx: int
    event: Event
    id: str
    key: ClusterKey
    ckey: str
    day: dt.date | None
    story_id: str | None = None
    cluster_id: str | None = None
    cluster_day: dt.date | None = None


def _ref(side: str, field: str) -> Callable[[EventRow], Any]:
    def read(r: EventRow) -> Any:
        ref = getattr(r.event, side)
        return getattr(ref, field) if ref is not None else None

    return read


def _loc(field: str) -> Callable[[EventRow], Any]:
    return lambda r: getattr(r.event.location, field) if r.event.location else None


def _speaker(field: str) -> Callable[[Item[Quote]], Any]:
    return lambda q: getattr(q.item.speaker, field) if q.item.speaker else None


def _item(field: str) -> Callable[[Item[Any]], Any]:
    return lambda r: getattr(r.item, field)


def _span_start(r: Item[Any]) -> int:
    return int(r.item.span[0])


def _span_end(r: Item[Any]) -> int:
    return int(r.item.span[1])


def _doc_id(r: Item[Any] | EventRow) -> str:
    return r.doc.id


def _idx(r: Item[Any] | EventRow) -> int:
    return r.idx


# -- the tables -------------------------------------------------------------------------

C = Column

META: Table[tuple[str, str]] = Table(
    "meta",
    (
        C("key", "VARCHAR", itemgetter(0)),
        C("value", "VARCHAR", itemgetter(1), not_null=True),
    ),
    primary_key=("key",),
)

DOCUMENTS: Table[DocumentRow] = Table(
    "documents",
    (
        C("id", "VARCHAR", lambda d: d.doc.id),
        C("title", "VARCHAR", lambda d: d.doc.title),
        C("url", "VARCHAR", lambda d: d.doc.url),
        C("source", "VARCHAR", lambda d: d.doc.source),
        C("published", "DATE", lambda d: d.doc.published),
        C("origin", "VARCHAR", lambda d: d.origin),
        C("text", "VARCHAR", lambda d: d.doc.text, not_null=True),
        C("n_actors", "INTEGER", lambda d: d.count(d.doc.actors), not_null=True),
        C("n_events", "INTEGER", lambda d: d.count(d.doc.events), not_null=True),
        C("n_quotes", "INTEGER", lambda d: d.count(d.doc.quotes), not_null=True),
        C("n_times", "INTEGER", lambda d: d.count(d.doc.times), not_null=True),
        C("n_places", "INTEGER", lambda d: d.count(d.doc.places), not_null=True),
        C(
            "json",
            "VARCHAR",
            lambda d: json.dumps(d.doc.to_dict(), ensure_ascii=False),
            not_null=True,
        ),
        C("ingested_at", "TIMESTAMP", lambda d: d.ingested_at, not_null=True),
        C("story_id", "VARCHAR", lambda d: d.story_id, where="store"),
        C("text_hash", "VARCHAR", lambda d: d.text_hash, where="store"),
        C("duplicate_of", "VARCHAR", lambda d: d.duplicate_of, where="store"),
        C("part", "INTEGER", lambda d: d.part, where="parquet"),
        C("pos", "INTEGER", lambda d: d.pos, where="parquet"),
    ),
    primary_key=("id",),
    indexes=(("documents_text_hash", "text_hash"),),
)

ACTORS: Table[Item[Actor]] = Table(
    "actors",
    (
        C("doc_id", "VARCHAR", _doc_id, not_null=True),
        C("actor_id", "VARCHAR", _item("id"), not_null=True),
        C("name", "VARCHAR", _item("name"), not_null=True),
        C("code", "VARCHAR", _item("code")),
        C("country", "VARCHAR", _item("country")),
        C("sectors", "VARCHAR[]", lambda a: list(a.item.sectors)),
        C("kind", "VARCHAR", _item("kind")),
        C("n_mentions", "INTEGER", lambda a: len(a.item.mentions), not_null=True),
        C("mentions", "VARCHAR", lambda a: json.dumps([list(m) for m in a.item.mentions])),
    ),
    primary_key=("doc_id", "actor_id"),
    counted_by="n_actors",
)

EVENTS: Table[EventRow] = Table(
    "events",
    (
        C("id", "VARCHAR", lambda r: r.id),
        C("doc_id", "VARCHAR", _doc_id, not_null=True),
        C("idx", "INTEGER", _idx, not_null=True),
        *(
            C(f"{side}_{field}", "VARCHAR", _ref(side, field))
            for side in ("source", "target")
            for field in ("name", "code", "country", "actor")
        ),
        C("cameo", "VARCHAR", lambda r: r.event.cameo, not_null=True),
        C("root", "VARCHAR", lambda r: r.event.root, not_null=True),
        C("plover", "VARCHAR", lambda r: r.event.plover),
        C("quad_class", "INTEGER", lambda r: r.event.quad_class, not_null=True),
        C("goldstein", "DOUBLE", lambda r: r.event.goldstein, not_null=True),
        C("date", "VARCHAR", lambda r: r.event.date),
        C("day", "DATE", lambda r: r.day),
        C("modality", "VARCHAR", lambda r: r.event.modality, not_null=True),
        C("location_name", "VARCHAR", _loc("name")),
        C("location_country", "VARCHAR", _loc("country")),
        C("lat", "DOUBLE", _loc("lat")),
        C("lon", "DOUBLE", _loc("lon")),
        C("sentence", "INTEGER", lambda r: r.event.sentence, not_null=True),
        C("span_start", "INTEGER", lambda r: r.event.span[0], not_null=True),
        C("span_end", "INTEGER", lambda r: r.event.span[1], not_null=True),
        C("evidence", "VARCHAR", lambda r: r.event.evidence),
        C("confidence", "DOUBLE", lambda r: r.event.confidence),
        C("source_key", "VARCHAR", lambda r: r.key.source),
        C("target_key", "VARCHAR", lambda r: r.key.target),
        C("base_code", "VARCHAR", lambda r: r.key.base, not_null=True),
        C("ckey", "VARCHAR", lambda r: r.ckey, not_null=True, where="store"),
        C("story_id", "VARCHAR", lambda r: r.story_id, not_null=True, where="store"),
        C("cluster_id", "VARCHAR", lambda r: r.cluster_id, not_null=True, where="store"),
        C("cluster_day", "DATE", lambda r: r.cluster_day, where="store"),
    ),
    primary_key=("id",),
    # reports of one event share a cluster key (source, target, base code)
    indexes=(("events_ckey", "ckey"),),
    counted_by="n_events",
)


def _spanned() -> tuple[Column[Item[Any]], ...]:
    """The first columns of a table of a document's spans (quotes, times, places)."""
    return (
        C("doc_id", "VARCHAR", _doc_id, not_null=True),
        C("idx", "INTEGER", _idx, not_null=True),
        C("text", "VARCHAR", _item("text"), not_null=True),
        C("span_start", "INTEGER", _span_start, not_null=True),
        C("span_end", "INTEGER", _span_end, not_null=True),
    )


QUOTES: Table[Item[Quote]] = Table(
    "quotes",
    (
        *_spanned(),
        C("kind", "VARCHAR", _item("kind")),
        *(C(f"speaker_{f}", "VARCHAR", _speaker(f)) for f in ("name", "code", "country", "actor")),
        C("cue", "VARCHAR", _item("cue")),
        C("cue_type", "VARCHAR", _item("cue_type")),
    ),
    primary_key=("doc_id", "idx"),
    counted_by="n_quotes",
)

TIMES: Table[Item[TimeExpression]] = Table(
    "times",
    (
        *_spanned(),
        C("type", "VARCHAR", _item("type")),
        C("value", "VARCHAR", _item("value")),
    ),
    primary_key=("doc_id", "idx"),
    counted_by="n_times",
)

PLACES: Table[Item[Place]] = Table(
    "places",
    (
        *_spanned(),
        C("name", "VARCHAR", _item("name")),
        C("country", "VARCHAR", _item("country")),
        C("lat", "DOUBLE", _item("lat")),
        C("lon", "DOUBLE", _item("lon")),
        C("geonameid", "BIGINT", _item("geonameid")),
        C("feature", "VARCHAR", _item("feature")),
    ),
    primary_key=("doc_id", "idx"),
    counted_by="n_places",
)

# Near-duplicate detection: one MinHash signature per document, its LSH band keys
# (looked up by SQL, so the index persists and needs no rebuild) and the links found.
SIGNATURES: Table[tuple[str, int, bytes]] = Table(
    "signatures",
    (
        C("doc_id", "VARCHAR", itemgetter(0)),
        C("n_shingles", "INTEGER", itemgetter(1), not_null=True),
        C("minhash", "BLOB", itemgetter(2), not_null=True),
    ),
    primary_key=("doc_id",),
)

LSH_BANDS: Table[tuple[int, int, str]] = Table(
    "lsh_bands",
    (
        C("band", "SMALLINT", itemgetter(0), not_null=True),
        C("key", "BIGINT", itemgetter(1), not_null=True),
        C("doc_id", "VARCHAR", itemgetter(2), not_null=True),
    ),
    indexes=(("lsh_bands_key", "key"),),
)

DOC_LINKS: Table[tuple[str, str, float]] = Table(
    "doc_links",
    (
        C("doc_id", "VARCHAR", itemgetter(0), not_null=True),
        C("other_id", "VARCHAR", itemgetter(1), not_null=True),
        C("similarity", "DOUBLE", itemgetter(2), not_null=True),
    ),
    primary_key=("doc_id", "other_id"),
)

#: Every stored table, by name, in the order a document's rows are written.
TABLES: dict[str, Table[Any]] = {
    t.name: t
    for t in (
        META,
        DOCUMENTS,
        ACTORS,
        EVENTS,
        QUOTES,
        TIMES,
        PLACES,
        SIGNATURES,
        LSH_BANDS,
        DOC_LINKS,
    )
}

#: Tables that hold a document's rows, with the ``documents`` column counting them.
COUNTED: dict[str, str] = {
    t.name: t.counted_by for t in TABLES.values() if t.counted_by is not None
}


def create_sql() -> tuple[str, ...]:
    """The statements that create every table and index of a new store."""
    statements: list[str] = []
    for table in TABLES.values():
        statements.append(table.create_sql())
        statements += [
            f"CREATE INDEX IF NOT EXISTS {name} ON {table.name} ({column})"
            for name, column in table.indexes
        ]
    return tuple(statements)
