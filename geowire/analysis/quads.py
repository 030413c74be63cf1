"""What the dyad and network analyses share: one event per cluster, and quad totals."""

from __future__ import annotations

from typing import Any

__all__ = ["ONE_PER_CLUSTER", "QUAD_AGGREGATES", "quad_totals"]

#: Appended to a query over ``events e``: keep each clustered event's first report only.
ONE_PER_CLUSTER = (
    " QUALIFY row_number() OVER (PARTITION BY e.cluster_id ORDER BY e.day, e.doc_id, e.idx) = 1"
)

#: Aggregates over rows with ``quad_class`` and ``goldstein`` (read by :func:`quad_totals`).
QUAD_AGGREGATES = (
    "count(*) FILTER (WHERE quad_class = 1) AS q1, "
    "count(*) FILTER (WHERE quad_class = 2) AS q2, "
    "count(*) FILTER (WHERE quad_class = 3) AS q3, "
    "count(*) FILTER (WHERE quad_class = 4) AS q4, "
    "sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean"
)


def quad_totals(r: dict[str, Any]) -> dict[str, Any]:
    """Counts per quad class and the Goldstein sum and mean of a :data:`QUAD_AGGREGATES` row."""
    return {
        "q1": int(r["q1"]),
        "q2": int(r["q2"]),
        "q3": int(r["q3"]),
        "q4": int(r["q4"]),
        "goldstein_sum": round(float(r["goldstein_sum"]), 3),
        "goldstein_mean": round(float(r["goldstein_mean"]), 3),
    }
