"""The store's read queries: a query object in, typed records (or rows) out.

Every function takes a :class:`~geowire.store.connection.Reader` and reads only. Events
and quotes are found by an :class:`~geowire.store.query.EventQuery` or
:class:`~geowire.store.query.QuoteQuery` (the filters as data) and come back as
:class:`~geowire.store.records.EventRecord` and
:class:`~geowire.store.records.QuoteRecord`, in the order named by ``sort``. Values given
by callers are always bound as ``?`` parameters, never formatted into SQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import StoreError
from .connection import Reader
from .layout import COUNTED, TABLES
from .query import DateLike, EventQuery, QuoteQuery, date_range, where_sql
from .records import EventRecord, QuoteRecord

__all__ = [
    "EVENT_SORTS",
    "QUOTE_SORTS",
    "events_sql",
    "events_query",
    "find_events",
    "find_quotes",
    "find_documents",
    "find_actors",
    "duplicates",
    "counts",
    "overview",
    "problems",
]

#: ORDER BY clauses of :func:`find_events`, by name (fixed text: never user input).
EVENT_SORTS: dict[str, str] = {
    "newest": "e.day DESC NULLS LAST, d.published DESC NULLS LAST, e.doc_id, e.idx",
    "oldest": "e.day NULLS LAST, e.doc_id, e.idx",
    "conflict": "e.goldstein, e.day DESC NULLS LAST, e.doc_id, e.idx",
    "cooperation": "e.goldstein DESC, e.day DESC NULLS LAST, e.doc_id, e.idx",
    "reports": "c.reports DESC, e.day DESC NULLS LAST, e.doc_id, e.idx",
}

#: ORDER BY clauses of :func:`find_quotes`, by name.
QUOTE_SORTS: dict[str, str] = {
    "newest": "d.published DESC NULLS LAST, q.doc_id, q.idx",
    "oldest": "d.published NULLS LAST, q.doc_id, q.idx",
}


def _order(sorts: dict[str, str], sort: str) -> str:
    if sort not in sorts:
        raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(sorts)}")
    return sorts[sort]


def events_sql(where: Sequence[str], *, unique: bool = False) -> str:
    """Filtered events ``e`` joined with their document ``d`` and cluster counts ``c``."""
    cond = where_sql(list(where))
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


def events_query(
    query: EventQuery, *, unique: bool = False, sort: str = "oldest"
) -> tuple[str, list[Any]]:
    """The SQL (and its parameters) of the event reports ``query`` finds, in ``sort``
    order: one row per report (one per clustered event with ``unique``)."""
    where, params = query.where("e")
    return events_sql(where, unique=unique) + f" ORDER BY {_order(EVENT_SORTS, sort)}", params


def find_events(
    reader: Reader,
    query: EventQuery,
    *,
    sort: str = "newest",
    limit: int = 100,
    offset: int = 0,
    unique: bool = False,
) -> list[EventRecord]:
    """A page of the event reports ``query`` finds, in the order named by ``sort`` (see
    :data:`EVENT_SORTS`); with ``unique`` one per clustered event (its first report)."""
    sql, params = events_query(query, unique=unique, sort=sort)
    rows = reader.fetch(sql + " LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return [EventRecord.from_row(r) for r in rows]


def find_quotes(
    reader: Reader,
    query: QuoteQuery,
    *,
    sort: str = "newest",
    limit: int = 100,
    offset: int = 0,
) -> list[QuoteRecord]:
    """A page of the quotes ``query`` finds, in the order named by ``sort`` (see
    :data:`QUOTE_SORTS`)."""
    order = _order(QUOTE_SORTS, sort)
    where, params = query.where("q")
    rows = reader.fetch(
        "SELECT q.*, d.published, d.url, d.title FROM quotes q "
        "JOIN documents d ON d.id = q.doc_id" + where_sql(where) + f" ORDER BY {order} "
        "LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    return [QuoteRecord.from_row(r) for r in rows]


def find_documents(
    reader: Reader,
    limit: int = 100,
    offset: int = 0,
    *,
    since: DateLike = None,
    until: DateLike = None,
    source: str | None = None,
    story: str | None = None,
) -> list[dict[str, Any]]:
    """Document metadata (no text), newest first, with row counts and story."""
    where, params = date_range("published", since, until)
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
    rows = reader.fetch(sql, [*params, int(limit), int(offset)])
    for r in rows:
        r["published"] = r["published"].isoformat() if r["published"] else None
        r["ingested_at"] = r["ingested_at"].isoformat() if r["ingested_at"] else None
    return rows


def duplicates(reader: Reader, doc_id: str) -> list[dict[str, Any]]:
    """The near-duplicates of a document (both directions) and their similarity."""
    return reader.fetch(
        "SELECT other_id AS id, similarity FROM doc_links WHERE doc_id = ? "
        "UNION SELECT doc_id AS id, similarity FROM doc_links WHERE other_id = ? "
        "ORDER BY similarity DESC, id",
        [doc_id, doc_id],
    )


def find_actors(
    reader: Reader,
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
    return reader.fetch(
        "SELECT name, code, country, any_value(kind) AS kind, "
        "count(DISTINCT doc_id) AS documents, sum(n_mentions)::BIGINT AS mentions "
        "FROM actors"
        + where_sql(where)
        + " GROUP BY name, code, country ORDER BY documents DESC, mentions DESC, name "
        "LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )


def counts(reader: Reader) -> dict[str, Any]:
    """Rows of each table of documents and their findings, stories, event clusters,
    near-duplicate links, and the first and last publication dates."""
    cur = reader.cursor()
    out: dict[str, Any] = {}
    for table in ("documents", *COUNTED):
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
    return out


def overview(reader: Reader, top: int = 10) -> dict[str, Any]:
    """Linked copies, the first and last event days, and the ``top`` actors and dyads
    by events."""
    one = reader.fetch(
        "SELECT count(*) FILTER (WHERE duplicate_of IS NOT NULL) AS copies, "
        "(SELECT min(day) FROM events) AS first_day, "
        "(SELECT max(day) FROM events) AS last_day FROM documents"
    )[0]
    out: dict[str, Any] = {"linked_copies": int(one["copies"] or 0)}
    out["first_event_day"] = one["first_day"].isoformat() if one["first_day"] else None
    out["last_event_day"] = one["last_day"].isoformat() if one["last_day"] else None
    out["top_actors"] = reader.fetch(
        "SELECT actor, mode(name) AS name, count(DISTINCT cluster_id) AS events, "
        "count(*) AS reports FROM ("
        "SELECT coalesce(source_code, source_name) AS actor, source_name AS name, "
        "cluster_id FROM events WHERE coalesce(source_code, source_name) IS NOT NULL "
        "UNION ALL SELECT coalesce(target_code, target_name), target_name, cluster_id "
        "FROM events WHERE coalesce(target_code, target_name) IS NOT NULL) "
        "GROUP BY actor ORDER BY events DESC, reports DESC, actor LIMIT ?",
        [int(top)],
    )
    out["top_dyads"] = reader.fetch(
        "SELECT coalesce(source_code, source_name) AS source, "
        "coalesce(target_code, target_name) AS target, "
        "count(DISTINCT cluster_id) AS events, count(*) AS reports, "
        "round(avg(goldstein), 2) AS goldstein_mean FROM events "
        "WHERE coalesce(source_code, source_name) IS NOT NULL "
        "AND coalesce(target_code, target_name) IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY events DESC, reports DESC, source, target LIMIT ?",
        [int(top)],
    )
    return out


def problems(reader: Reader) -> list[str]:
    """Consistency problems (none for a sound store): a document whose rows are not
    the ones it counts, rows of a missing document, a cluster without its first report."""
    cur = reader.cursor()
    out = []
    for table, col in COUNTED.items():
        rows = cur.execute(
            f"SELECT d.id, d.{col}, count(t.doc_id) FROM documents d "
            f"LEFT JOIN {table} t ON t.doc_id = d.id GROUP BY d.id, d.{col} "
            f"HAVING count(t.doc_id) <> d.{col} LIMIT 20"
        ).fetchall()
        out += [f"document {i}: {n} {table} expected, {m} stored" for i, n, m in rows]
    # every table whose rows belong to a document
    owned = [t.name for t in TABLES.values() if t.name != "documents" and "doc_id" in t.names]
    for table in owned:
        row = cur.execute(
            f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
            f"(SELECT 1 FROM documents d WHERE d.id = t.doc_id)"
        ).fetchone()
        if row and row[0]:
            out.append(f"{row[0]} {table} rows without their document")
    row = cur.execute(
        "SELECT count(*) FROM events e WHERE NOT EXISTS "
        "(SELECT 1 FROM events c WHERE c.id = e.cluster_id)"
    ).fetchone()
    if row and row[0]:
        out.append(f"{row[0]} events in a cluster whose first report is missing")
    return out
