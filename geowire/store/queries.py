"""Query pieces shared by the store, the analyses and the exports.

Filters become WHERE clauses with ``?`` parameters: values given by callers are
never formatted into SQL. :func:`find_events` and :func:`find_quotes` are the API's
sorted pages (newest first by default), run through :meth:`Store.fetch`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from ..dates import to_date
from ..errors import StoreError
from .filters import check_confidence

__all__ = [
    "DateLike",
    "date_range",
    "event_filter",
    "events_sql",
    "event_dict",
    "where_sql",
    "EVENT_SORTS",
    "QUOTE_SORTS",
    "find_events",
    "find_quotes",
    "quote_filter",
    "quote_dict",
]

DateLike = str | dt.date | None


def _date(value: DateLike, what: str) -> dt.date | None:
    try:
        return to_date(value)
    except ValueError:
        raise StoreError(f"{what} is not a date (expected YYYY-MM-DD): {value!r}") from None


def date_range(column: str, since: DateLike, until: DateLike) -> tuple[list[str], list[Any]]:
    """WHERE clauses (with ``?`` parameters) keeping ``column`` within [since, until]."""
    where: list[str] = []
    params: list[Any] = []
    if since is not None:
        where.append(f"{column} >= ?")
        params.append(_date(since, "since"))
    if until is not None:
        where.append(f"{column} <= ?")
        params.append(_date(until, "until"))
    return where, params


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
    min_confidence: float | None = None,
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
    days, day_params = date_range(f"{e}.day", since, until)
    where += days
    params += day_params
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
    if min_confidence is not None:
        where.append(f"{e}.confidence >= ?")
        params.append(check_confidence(min_confidence, "min_confidence"))
    return where, params


def where_sql(where: Sequence[str]) -> str:
    """`` WHERE a AND b`` over the clauses, or nothing when there are none."""
    return " WHERE " + " AND ".join(where) if where else ""


def events_sql(where: Sequence[str], *, unique: bool = False) -> str:
    """Filtered events joined with their document and cluster counts."""
    cond = where_sql(where)
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


# -- sorted pages for the API (the Store's own methods keep their oldest-first order) --

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


def find_events(
    store: Any,
    *,
    sort: str = "newest",
    limit: int = 100,
    offset: int = 0,
    unique: bool = False,
    **filters: Any,
) -> list[dict[str, Any]]:
    """Events as :meth:`Store.events` gives them, in the order named by ``sort``
    (see :data:`EVENT_SORTS`; newest first by default). ``filters``: those of
    :func:`event_filter`."""
    order = _order(EVENT_SORTS, sort)
    where, params = event_filter(**filters)
    rows = store.fetch(
        events_sql(where, unique=unique) + f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    return [event_dict(r) for r in rows]


def quote_filter(
    *,
    speaker: str | None = None,
    since: DateLike = None,
    until: DateLike = None,
    contains: str | None = None,
    kind: str | None = None,
    doc_id: str | None = None,
) -> tuple[list[str], list[Any]]:
    """WHERE clauses over ``quotes q`` joined with ``documents d`` (as :meth:`Store.quotes`)."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        where.append(
            "(starts_with(upper(q.speaker_code), upper(?)) "
            "OR contains(lower(q.speaker_name), lower(?)))"
        )
        params += [speaker, speaker]
    days, day_params = date_range("d.published", since, until)
    where += days
    params += day_params
    if contains:
        where.append("contains(lower(q.text), lower(?))")
        params.append(contains)
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    if doc_id:
        where.append("q.doc_id = ?")
        params.append(doc_id)
    return where, params


def quote_dict(r: dict[str, Any]) -> dict[str, Any]:
    """A contract quote dict plus ``doc_id``, ``published``, ``url`` (and ``title``)."""
    speaker = None
    if r["speaker_name"] is not None:
        speaker = {
            "name": r["speaker_name"],
            "code": r["speaker_code"],
            "country": r["speaker_country"],
            "actor": r["speaker_actor"],
        }
    return {
        "text": r["text"],
        "span": [r["span_start"], r["span_end"]],
        "kind": r["kind"],
        "speaker": speaker,
        "cue": r["cue"],
        "cue_type": r.get("cue_type"),
        "doc_id": r["doc_id"],
        "published": r["published"].isoformat() if r["published"] else None,
        "url": r["url"],
        "title": r.get("title"),
    }


def find_quotes(
    store: Any,
    *,
    sort: str = "newest",
    limit: int = 100,
    offset: int = 0,
    **filters: Any,
) -> list[dict[str, Any]]:
    """Quotes as :meth:`Store.quotes` gives them (plus the article's ``title``), in the
    order named by ``sort`` (see :data:`QUOTE_SORTS`; newest first by default)."""
    order = _order(QUOTE_SORTS, sort)
    where, params = quote_filter(**filters)
    rows = store.fetch(
        "SELECT q.*, d.published, d.url, d.title FROM quotes q "
        "JOIN documents d ON d.id = q.doc_id" + where_sql(where) + f" ORDER BY {order} "
        "LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)],
    )
    return [quote_dict(r) for r in rows]
