"""The actor network: who acts on whom, how often, how cooperatively."""

from __future__ import annotations

from typing import Any

from ..errors import StoreError
from ..store.connection import Reader
from ..store.query import DateLike, EventQuery
from .quads import ONE_PER_CLUSTER, QUAD_AGGREGATES, quad_totals

__all__ = ["actor_network", "LEVELS"]

#: How actors become nodes: by country (``IRQGOV`` -> ``IRQ``; an actor of no country,
#: such as an international organisation or a bare ``GOV``, is left out) or by full code.
LEVELS = {
    "country": "e.{side}_country",
    "code": "coalesce(e.{side}_code, e.{side}_key)",
}


def actor_network(
    store: Reader,
    *,
    since: DateLike = None,
    until: DateLike = None,
    level: str = "country",
    min_events: int = 1,
    unique: bool = True,
    limit: int = 500,
) -> dict[str, list[dict[str, Any]]]:
    """``{"nodes": [...], "edges": [...]}`` over events with both a source and a target.

    An edge is directed (source acts on target) and carries ``events``, counts per
    quad class and the Goldstein sum and mean; a node carries the events it is in
    as source (``out``) and as target (``in``). Edges below ``min_events`` are
    dropped; the ``limit`` heaviest are kept. With ``unique`` each clustered event
    counts once.
    """
    if level not in LEVELS:
        raise StoreError(f"unknown network level {level!r}; use one of {', '.join(LEVELS)}")
    where, params = EventQuery(since=since, until=until).where("e")
    src = LEVELS[level].format(side="source")
    tgt = LEVELS[level].format(side="target")
    where += [f"{src} IS NOT NULL", f"{tgt} IS NOT NULL"]
    pick = ONE_PER_CLUSTER if unique else ""
    sql = (
        f"WITH f AS (SELECT {src} AS s, {tgt} AS t, e.quad_class, e.goldstein FROM events e "
        "WHERE " + " AND ".join(where) + pick + ") "
        "SELECT s, t, count(*) AS events, "
        + QUAD_AGGREGATES
        + " FROM f GROUP BY s, t HAVING count(*) >= ? ORDER BY events DESC, s, t LIMIT ?"
    )
    rows = store.fetch(sql, [*params, int(min_events), int(limit)])
    edges = []
    nodes: dict[str, dict[str, Any]] = {}
    for r in rows:
        edges.append(
            {
                "source": r["s"],
                "target": r["t"],
                "events": int(r["events"]),
                **quad_totals(r),
            }
        )
        for node, direction in ((r["s"], "out"), (r["t"], "in")):
            n = nodes.setdefault(node, {"id": node, "out": 0, "in": 0})
            n[direction] += int(r["events"])
    ordered = sorted(nodes.values(), key=lambda n: (-(n["out"] + n["in"]), n["id"]))
    return {"nodes": ordered, "edges": edges}
