"""Dyads over time: what two actors did to each other, per day, week or month."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..errors import InputError, StoreError
from ..store.connection import Reader
from ..store.query import DateLike, EventQuery, date_range
from .quads import ONE_PER_CLUSTER, QUAD_AGGREGATES, quad_totals

__all__ = [
    "dyad_series",
    "dyad_timeline",
    "PERIODS",
    "PRECISIONS",
    "MAX_PERIODS",
    "precision_sql",
    "fill_periods",
    "period_label",
    "timeline",
]

PERIODS = ("day", "week", "month", "quarter", "year")

#: How precisely an event's date is known, finest first (a date the store could not read
#: falls back to the publication day, so it counts as a day).
PRECISIONS = ("day", "week", "month", "quarter", "year")

#: The most periods a zero-filled series may have (days over ~270 years).
MAX_PERIODS = 100_000


def precision_sql(alias: str = "e") -> str:
    """SQL: the precision of ``{alias}.date`` (``day``, ``week``, ``month`` or ``year``)."""
    d = f"{alias}.date"
    return (
        f"CASE WHEN {d} IS NULL THEN 'day' "
        f"WHEN regexp_full_match({d}, '\\d{{4}}') THEN 'year' "
        f"WHEN regexp_full_match({d}, '\\d{{4}}-\\d{{2}}') THEN 'month' "
        f"WHEN regexp_full_match({d}, '\\d{{4}}-W\\d{{2}}') THEN 'week' "
        "ELSE 'day' END"
    )


def _last_day_sql(alias: str = "e") -> str:
    """SQL: the last day the event's date covers (its ``day`` for a day-precise date)."""
    p = precision_sql(alias)
    day = f"{alias}.day"
    return (
        f"CASE {p} WHEN 'year' THEN make_date(year({day}), 12, 31) "
        f"WHEN 'month' THEN last_day({day}) "
        f"WHEN 'week' THEN ({day} + INTERVAL 6 DAY)::DATE ELSE {day} END"
    )


def _next(period: dt.date, by: str) -> dt.date:
    if by == "day":
        return period + dt.timedelta(days=1)
    if by == "week":
        return period + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3, "year": 12}[by]
    m = period.month - 1 + months
    return dt.date(period.year + m // 12, m % 12 + 1, 1)


def period_label(period: dt.date, by: str) -> str:
    """How a period reads: ``2007-12-03`` (a day, or the Monday of a week), ``2007-12``,
    ``2007-Q4``, ``2007``."""
    if by == "month":
        return f"{period.year:04d}-{period.month:02d}"
    if by == "quarter":
        return f"{period.year:04d}-Q{(period.month - 1) // 3 + 1}"
    if by == "year":
        return f"{period.year:04d}"
    return period.isoformat()


def _empty(period: dt.date) -> dict[str, Any]:
    return {
        "period": period.isoformat(),
        "q1": 0,
        "q2": 0,
        "q3": 0,
        "q4": 0,
        "goldstein_sum": 0.0,
        "goldstein_mean": None,
        "n": 0,
    }


def fill_periods(rows: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """``rows`` (sorted, one per period) with a zero row for every missing period between
    the first and the last. InputError past :data:`MAX_PERIODS` periods."""
    if not rows:
        return []
    have = {r["period"]: r for r in rows}
    period = dt.date.fromisoformat(rows[0]["period"])
    last = dt.date.fromisoformat(rows[-1]["period"])
    out: list[dict[str, Any]] = []
    while period <= last:
        if len(out) >= MAX_PERIODS:
            raise InputError(
                f"over {MAX_PERIODS} periods from {rows[0]['period']} to {rows[-1]['period']}: "
                "use a longer period, or since/until"
            )
        key = period.isoformat()
        out.append(have.get(key) or _empty(period))
        if period.year == dt.MAXYEAR and by in ("month", "quarter", "year"):
            break
        try:
            period = _next(period, by)
        except (OverflowError, ValueError):
            break
    return out


def _dyad(
    store: Reader,
    a: str,
    b: str,
    *,
    by: str,
    since: DateLike,
    until: DateLike,
    directed: bool,
    unique: bool,
    window: int | None,
    split: bool,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    if not a or not b:
        raise StoreError("a dyad needs two actors")
    ab, ab_params = EventQuery(source=a, target=b).where("e")
    where = ["(" + " AND ".join(ab) + ")"]
    params: list[Any] = list(ab_params)
    if not directed:
        ba, ba_params = EventQuery(source=b, target=a).where("e")
        where = ["(" + where[0] + " OR (" + " AND ".join(ba) + "))"]
        params += ba_params
    days, day_params = date_range("e.day", since, until)
    where += days
    params += day_params
    return timeline(store, where, params, by=by, unique=unique, window=window, split=split)


def timeline(
    store: Reader,
    where: list[str],
    params: list[Any],
    *,
    by: str,
    unique: bool,
    window: int | None = None,
    split: bool = False,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Quad class counts per period over the events ``e`` kept by ``where`` (and the news
    ``window``), and with ``split`` the events dated less precisely than ``by`` apart: the
    rows of :func:`dyad_timeline`'s ``series`` (without labels) and ``coarse``."""
    if by not in PERIODS:
        raise StoreError(f"unknown period {by!r}; use one of {', '.join(PERIODS)}")
    if window is not None and window < 0:
        raise InputError(f"the news window must be 0 or more days, not {window}")
    where = [*where, "e.day IS NOT NULL"]
    params = list(params)
    join = ""
    if window is not None:
        # The event's dates overlap the N days up to its article's publication (an article
        # without a date cannot be judged and is kept).
        join = " JOIN documents d ON d.id = e.doc_id"
        where.append(
            f"(d.published IS NULL OR (e.day <= d.published AND ({_last_day_sql()}) >= "
            "d.published - ?::INTEGER))"
        )
        params.append(int(window))
    pick = ONE_PER_CLUSTER if unique else ""
    rank = PRECISIONS.index(by)
    coarser = [p for p in PRECISIONS if PRECISIONS.index(p) > rank] if split else []
    prec = precision_sql()
    # `by` and `coarser` come from fixed tuples above: literals, not user values.
    coarse_test = (
        "precision IN (" + ", ".join(f"'{p}'" for p in coarser) + ")" if coarser else "false"
    )
    sql = (
        f"WITH f AS (SELECT e.day, e.date, {prec} AS precision, e.quad_class, e.goldstein "
        "FROM events e" + join + " WHERE " + " AND ".join(where) + pick + ") "
        f"SELECT date_trunc('{by}', day)::DATE AS period, "
        + QUAD_AGGREGATES
        + f", count(*) AS n FROM f WHERE NOT ({coarse_test}) GROUP BY period ORDER BY period"
    )
    rows = store.fetch(sql, params)
    series = [{"period": r["period"].isoformat(), **quad_totals(r), "n": int(r["n"])} for r in rows]
    coarse: list[dict[str, Any]] = []
    if coarser:
        sql = (
            f"WITH f AS (SELECT e.day, e.date, {prec} AS precision, e.quad_class, e.goldstein "
            "FROM events e" + join + " WHERE " + " AND ".join(where) + pick + ") "
            "SELECT precision, date_trunc(precision, day)::DATE AS period, "
            + QUAD_AGGREGATES
            + f", count(*) AS n FROM f WHERE {coarse_test} GROUP BY precision, period "
            "ORDER BY period, precision"
        )
        for r in store.fetch(sql, params):
            start: dt.date = r["period"]
            end = _next(start, r["precision"]) - dt.timedelta(days=1)
            coarse.append(
                {
                    "period": start.isoformat(),
                    "until": end.isoformat(),
                    "precision": r["precision"],
                    "label": period_label(start, r["precision"])
                    if r["precision"] != "week"
                    else f"{start.isocalendar()[0]}-W{start.isocalendar()[1]:02d}",
                    **quad_totals(r),
                    "n": int(r["n"]),
                }
            )
    return series, coarse


def dyad_series(
    store: Reader,
    a: str,
    b: str,
    *,
    by: str = "week",
    since: DateLike = None,
    until: DateLike = None,
    directed: bool = False,
    unique: bool = True,
    window: int | None = None,
    fill: bool = False,
) -> list[dict[str, Any]]:
    """Per period: counts per quad class (``q1``..``q4``), Goldstein sum and mean, ``n``.

    ``a`` and ``b`` are actor codes (matched by prefix, ``IRQ`` matches ``IRQGOV``)
    or countries. Undirected by default (``a`` to ``b`` and ``b`` to ``a``); with
    ``directed`` only ``a`` as source and ``b`` as target. With ``unique`` (the
    default) each clustered event counts once however many articles report it;
    otherwise every report counts. Periods start on the first day (weeks on
    Monday) and are given as ``YYYY-MM-DD``; periods without events are omitted,
    or given with zero counts (and a null Goldstein mean) with ``fill``. With
    ``window`` (days) only events dated within that many days before their
    article's publication count (no background history). An event dated only to a
    month or a year counts on its first day here; :func:`dyad_timeline` keeps them apart.
    """
    series, _ = _dyad(
        store,
        a,
        b,
        by=by,
        since=since,
        until=until,
        directed=directed,
        unique=unique,
        window=window,
        split=False,
    )
    return fill_periods(series, by) if fill else series


def dyad_timeline(
    store: Reader,
    a: str,
    b: str,
    *,
    by: str = "week",
    since: DateLike = None,
    until: DateLike = None,
    directed: bool = False,
    unique: bool = True,
    window: int | None = None,
    fill: bool = False,
    split: bool = False,
) -> dict[str, list[dict[str, Any]]]:
    """The dyad for a chart: ``series`` as :func:`dyad_series` gives it, each period with a
    ``label`` (``2007-12``, ``2007-Q4``, ``2007``); with ``split``, events dated less
    precisely than ``by`` (a month or a year in a weekly chart) are left out of
    ``series`` and given in ``coarse``, one row per date as known (``period``..``until``,
    ``precision``, ``label``), instead of landing on the period's first day."""
    series, coarse = _dyad(
        store,
        a,
        b,
        by=by,
        since=since,
        until=until,
        directed=directed,
        unique=unique,
        window=window,
        split=split,
    )
    if fill:
        series = fill_periods(series, by)
    for r in series:
        r["label"] = period_label(dt.date.fromisoformat(r["period"]), by)
    return {"series": series, "coarse": coarse}
