"""Where events happened: every matching event with a location, aggregated by place."""

from __future__ import annotations

from typing import Any

from ..store.connection import Reader
from ..store.query import EventQuery, where_sql
from .quads import ONE_PER_CLUSTER, QUAD_AGGREGATES, quad_totals

__all__ = ["event_places"]


def event_places(store: Reader, query: EventQuery, *, unique: bool = False) -> dict[str, Any]:
    """``{"events", "located", "places": [...]}`` over every event ``query`` finds, with
    no row limit.

    ``events`` counts the matching events, ``located`` those with coordinates; each place
    (name, country and coordinates rounded to 0.01 degree) carries ``n`` events, counts
    per quad class, the Goldstein sum and mean, and its ``first`` and ``last`` day.
    Places are ordered by ``n``, most first. With ``unique`` each clustered event counts
    once.
    """
    where, params = query.where("e")
    pick = ONE_PER_CLUSTER if unique else ""
    base = (
        "WITH f AS (SELECT e.location_name, e.location_country, e.lat, e.lon, e.day, "
        "e.quad_class, e.goldstein FROM events e" + where_sql(where) + pick + ")"
    )
    total = store.fetch(base + " SELECT count(*) AS events, count(lat) AS located FROM f", params)[
        0
    ]
    rows = store.fetch(
        base + " SELECT location_name AS name, location_country AS country, "
        "round(lat, 2) AS lat, round(lon, 2) AS lon, count(*) AS n, min(day) AS first, "
        "max(day) AS last, " + QUAD_AGGREGATES + " FROM f WHERE lat IS NOT NULL "
        "AND lon IS NOT NULL GROUP BY ALL ORDER BY n DESC, name, lat, lon",
        params,
    )
    places = [
        {
            "name": r["name"],
            "country": r["country"],
            "lat": float(r["lat"]),
            "lon": float(r["lon"]),
            "n": int(r["n"]),
            **quad_totals(r),
            "first": r["first"].isoformat() if r["first"] else None,
            "last": r["last"].isoformat() if r["last"] else None,
        }
        for r in rows
    ]
    return {"events": int(total["events"]), "located": int(total["located"]), "places": places}
