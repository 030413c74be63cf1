"""One actor's page: names, events over time, top partners and latest quotes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import StoreError
from ..store.connection import Reader
from ..store.queries import find_quotes
from ..store.query import DateLike, EventQuery, QuoteQuery, where_sql
from .dyads import PERIODS, fill_periods, period_label, timeline
from .quads import ONE_PER_CLUSTER, QUAD_AGGREGATES, quad_totals

__all__ = ["actor_profile"]

#: How the other side of an event is named among partners: its country, else its code.
_PARTNER = "coalesce({side}_country, {side}_code, {side}_key, {side}_name)"


def actor_profile(
    store: Reader,
    key: str,
    *,
    by: str = "month",
    since: DateLike = None,
    until: DateLike = None,
    unique: bool = True,
    partners: int = 10,
    quotes: int = 10,
) -> dict[str, Any]:
    """What the store knows about one actor: ``key`` is a code prefix or a country, as in
    the event filters (``IRQ`` covers ``IRQGOV`` and every actor of Iraq).

    ``names``: the actor names stored under it, most documents first; ``events``,
    ``as_source``, ``as_target``: event counts, ``first`` and ``last``: its first and last
    event's date as known (``1980`` for a year); ``series``: events per period (zero-filled,
    with quad class counts and Goldstein), and ``coarse``: those dated less precisely
    than the period, as in :func:`~geowire.analysis.dyads.dyad_timeline`; ``partners``:
    the other sides of its events (by country, else code) with ``out`` (it acts on them),
    ``in``, counts per quad class and Goldstein; ``quotes``: its latest quotes as speaker.
    """
    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    key = key.strip()
    if not key:
        raise StoreError("an actor page needs an actor code or country")
    names = store.fetch(
        "SELECT name, code, country, count(DISTINCT doc_id) AS documents, "
        "sum(n_mentions)::BIGINT AS mentions FROM actors "
        "WHERE starts_with(upper(code), upper(?)) OR upper(country) = upper(?) "
        "GROUP BY name, code, country ORDER BY documents DESC, mentions DESC, name LIMIT 20",
        [key, key],
    )
    where, params = EventQuery(actor=key, since=since, until=until).where("e")
    src, src_params = EventQuery(source=key).where("e")
    tgt, tgt_params = EventQuery(target=key).where("e")
    pick = ONE_PER_CLUSTER if unique else ""
    base = (
        "WITH f AS (SELECT e.*, ("
        + " AND ".join(src)
        + ") AS is_source, ("
        + " AND ".join(tgt)
        + ") AS is_target FROM events e"
        + where_sql(where)
        + pick
        + ")"
    )
    base_params = [*src_params, *tgt_params, *params]
    # first and last as dated (a year stays "1980", not 1980-01-01)
    count = store.fetch(
        base + " SELECT count(*) AS n, count(*) FILTER (WHERE is_source) AS s, "
        "count(*) FILTER (WHERE is_target) AS t, "
        "arg_min(coalesce(date, strftime(day, '%Y-%m-%d')), day) AS first, "
        "arg_max(coalesce(date, strftime(day, '%Y-%m-%d')), day) AS last FROM f",
        base_params,
    )[0]
    rows, coarse = timeline(store, where, params, by=by, unique=unique, split=True)
    series = fill_periods(rows, by)
    for r in series:
        r["label"] = period_label(dt.date.fromisoformat(r["period"]), by)
    other = (
        "SELECT " + _PARTNER.format(side="target") + " AS partner, 'out' AS dir, quad_class, "
        "goldstein FROM f WHERE is_source UNION ALL SELECT "
        + _PARTNER.format(side="source")
        + " AS partner, 'in' AS dir, quad_class, goldstein FROM f WHERE is_target"
    )
    prows = store.fetch(
        base + ", p AS (" + other + ") SELECT partner, count(*) AS events, "
        "count(*) FILTER (WHERE dir = 'out') AS out_n, count(*) FILTER (WHERE dir = 'in') AS in_n, "
        + QUAD_AGGREGATES
        + " FROM p WHERE partner IS NOT NULL GROUP BY partner "
        "ORDER BY events DESC, partner LIMIT ?",
        [*base_params, int(partners)],
    )
    return {
        "key": key,
        "names": [
            {**n, "documents": int(n["documents"]), "mentions": int(n["mentions"] or 0)}
            for n in names
        ],
        "events": int(count["n"]),
        "as_source": int(count["s"]),
        "as_target": int(count["t"]),
        "first": count["first"],
        "last": count["last"],
        "by": by,
        "series": series,
        "coarse": coarse,
        "partners": [
            {
                "partner": r["partner"],
                "events": int(r["events"]),
                "out": int(r["out_n"]),
                "in": int(r["in_n"]),
                **quad_totals(r),
            }
            for r in prows
        ],
        "quotes": [q.to_dict() for q in find_quotes(store, QuoteQuery(speaker=key), limit=quotes)]
        if quotes
        else [],
    }
