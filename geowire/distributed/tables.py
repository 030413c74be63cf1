"""Documents as Parquet tables: one row set per table, fixed schemas, atomic partition files.

The tables and columns are the store's, from its one declaration of them
(``geowire/store/layout.py``), so that DuckDB, the store and pandas read them alike::

    SELECT * FROM read_parquet('out/events/*.parquet')

Two columns exist only here: ``documents.part`` and ``documents.pos`` (the
partition and the position in it: the input order). The store's clustering
columns (``story_id``, ``cluster_id``) need the whole store and are left to it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..document import Document
from ..store.layout import ACTORS, DOCUMENTS, EVENTS, PLACES, QUOTES, TIMES, DocumentRow, Item
from ..store.writer import event_reports

__all__ = ["SCHEMAS", "TABLE_NAMES", "rows_of", "write_partition", "partition_name"]

#: The Parquet tables and their schemas, from the store's declaration of its tables.
SCHEMAS: dict[str, pa.Schema] = {
    t.name: t.arrow_schema("parquet") for t in (DOCUMENTS, ACTORS, EVENTS, QUOTES, TIMES, PLACES)
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)

Rows = dict[str, list[dict[str, Any]]]


def rows_of(doc: Document, *, part: int, pos: int, now: dt.datetime) -> Rows:
    """Every table's rows for one document (its origin from ``doc.origin``)."""
    row = DocumentRow(doc, doc.origin or None, now, part=part, pos=pos)
    return {
        "documents": [DOCUMENTS.record(row)],
        "actors": [ACTORS.record(Item(doc, i, a)) for i, a in enumerate(doc.actors)],
        "events": [EVENTS.record(r) for r in event_reports(doc)],
        "quotes": [QUOTES.record(Item(doc, i, q)) for i, q in enumerate(doc.quotes)],
        "times": [TIMES.record(Item(doc, i, t)) for i, t in enumerate(doc.times)],
        "places": [PLACES.record(Item(doc, i, p)) for i, p in enumerate(doc.places)],
    }


def partition_name(part: int) -> str:
    return f"part-{part:06d}.parquet"


def write_partition(
    out_dir: str | Path,
    part: int,
    docs: Sequence[Document],
    *,
    now: dt.datetime | None = None,
) -> dict[str, int]:
    """Write one partition of every table (even empty ones); returns rows per table.

    Files are written under a temporary name and renamed, so a partition is
    either complete or absent, and running a partition again replaces it.
    """
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows: Rows = {name: [] for name in TABLE_NAMES}
    for pos, doc in enumerate(docs):
        for name, table_rows in rows_of(doc, part=part, pos=pos, now=now).items():
            rows[name].extend(table_rows)
    out = Path(out_dir)
    for name, schema in SCHEMAS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        table = pa.Table.from_pylist(rows[name], schema=schema)
        final = folder / partition_name(part)
        tmp = folder / f".{final.name}.{os.getpid()}.tmp"
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, final)
    return {name: len(r) for name, r in rows.items()}
