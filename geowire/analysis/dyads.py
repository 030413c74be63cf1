"""Dyads over time: what two actors did to each other, per day, week or month."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .quads import ONE_PER_CLUSTER, QUAD_AGGREGATES, quad_totals

if TYPE_CHECKING:
    from ..store.queries import DateLike
    from ..store.store import Store

__all__ = ["dyad_series", "PERIODS"]

PERIODS = ("day", "week", "month", "quarter", "year")


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "week",
    since: DateLike = None,
    until: DateLike = None,
    directed: bool = False,
    unique: bool = True,
) -> list[dict[str, Any]]:
    """Per period: counts per quad class (``q1``..``q4``), Goldstein sum and mean, ``n``.

    ``a`` and ``b`` are actor codes (matched by prefix, ``IRQ`` matches ``IRQGOV``)
    or countries. Undirected by default (``a`` to ``b`` and ``b`` to ``a``); with
    ``directed`` only ``a`` as source and ``b`` as target. With ``unique`` (the
    default) each clustered event counts once however many articles report it;
    otherwise every report counts. Periods start on the first day (weeks on
    Monday) and are given as ``YYYY-MM-DD``; periods without events are omitted.
    """
    from ..store.queries import date_range, event_filter

    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    if not a or not b:
        raise StoreError("a dyad needs two actors")
    ab, ab_params = event_filter(source=a, target=b)
    where = ["(" + " AND ".join(ab) + ")"]
    params: list[Any] = list(ab_params)
    if not directed:
        ba, ba_params = event_filter(source=b, target=a)
        where = ["(" + where[0] + " OR (" + " AND ".join(ba) + "))"]
        params += ba_params
    where.append("e.day IS NOT NULL")
    days, day_params = date_range("e.day", since, until)
    where += days
    params += day_params
    pick = ONE_PER_CLUSTER if unique else ""
    # `by` is checked against PERIODS above, so it is a literal, not a user value.
    sql = (
        "WITH f AS (SELECT e.day, e.quad_class, e.goldstein FROM events e WHERE "
        + " AND ".join(where)
        + pick
        + f") SELECT date_trunc('{by}', day)::DATE AS period, "
        + QUAD_AGGREGATES
        + ", count(*) AS n FROM f GROUP BY period ORDER BY period"
    )
    rows = store.fetch(sql, params)
    out = []
    for r in rows:
        period: dt.date = r["period"]
        out.append({"period": period.isoformat(), **quad_totals(r), "n": int(r["n"])})
    return out
