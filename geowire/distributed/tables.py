"""Documents as Parquet tables: one row set per table, fixed schemas, atomic partition files.

The tables and columns are the store's (``geowire/store/schema.py``) so that
DuckDB, the store and pandas read them alike::

    SELECT * FROM read_parquet('out/events/*.parquet')

Two columns exist only here: ``documents.part`` and ``documents.pos`` (the
partition and the position in it: the input order). The store's clustering
columns (``story_id``, ``cluster_id``) need the whole store and are left to it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..document import Document

__all__ = ["SCHEMAS", "TABLE_NAMES", "rows_of", "write_partition", "partition_name"]

_str = pa.string()
_int = pa.int32()
_float = pa.float64()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("id", _str),
            ("title", _str),
            ("url", _str),
            ("source", _str),
            ("published", pa.date32()),
            ("origin", _str),
            ("text", _str),
            ("n_actors", _int),
            ("n_events", _int),
            ("n_quotes", _int),
            ("n_times", _int),
            ("n_places", _int),
            ("json", _str),
            ("ingested_at", pa.timestamp("us")),
            ("part", _int),
            ("pos", _int),
        ]
    ),
    "actors": pa.schema(
        [
            ("doc_id", _str),
            ("actor_id", _str),
            ("name", _str),
            ("code", _str),
            ("country", _str),
            ("sectors", pa.list_(_str)),
            ("kind", _str),
            ("n_mentions", _int),
            ("mentions", _str),
        ]
    ),
    "events": pa.schema(
        [
            ("id", _str),
            ("doc_id", _str),
            ("idx", _int),
            ("source_name", _str),
            ("source_code", _str),
            ("source_country", _str),
            ("source_actor", _str),
            ("target_name", _str),
            ("target_code", _str),
            ("target_country", _str),
            ("target_actor", _str),
            ("cameo", _str),
            ("root", _str),
            ("plover", _str),
            ("quad_class", _int),
            ("goldstein", _float),
            ("date", _str),
            ("day", pa.date32()),
            ("modality", _str),
            ("location_name", _str),
            ("location_country", _str),
            ("lat", _float),
            ("lon", _float),
            ("sentence", _int),
            ("span_start", _int),
            ("span_end", _int),
            ("evidence", _str),
            ("confidence", _float),
            ("source_key", _str),
            ("target_key", _str),
            ("base_code", _str),
        ]
    ),
    "quotes": pa.schema(
        [
            ("doc_id", _str),
            ("idx", _int),
            ("text", _str),
            ("span_start", _int),
            ("span_end", _int),
            ("kind", _str),
            ("speaker_name", _str),
            ("speaker_code", _str),
            ("speaker_country", _str),
            ("speaker_actor", _str),
            ("cue", _str),
            ("cue_type", _str),
        ]
    ),
    "times": pa.schema(
        [
            ("doc_id", _str),
            ("idx", _int),
            ("text", _str),
            ("span_start", _int),
            ("span_end", _int),
            ("type", _str),
            ("value", _str),
        ]
    ),
    "places": pa.schema(
        [
            ("doc_id", _str),
            ("idx", _int),
            ("text", _str),
            ("span_start", _int),
            ("span_end", _int),
            ("name", _str),
            ("country", _str),
            ("lat", _float),
            ("lon", _float),
            ("geonameid", pa.int64()),
            ("feature", _str),
        ]
    ),
}

TABLE_NAMES: tuple[str, ...] = tuple(SCHEMAS)

Rows = dict[str, list[dict[str, Any]]]


def _event_helpers() -> tuple[Any, Any, Any, Any, Any]:
    """The store's event id, clustering keys and row builder (the values a store holds)."""
    from ..store.dedup import actor_key, base_code, event_day
    from ..store.store import event_id
    from ..store.writer import record_rows

    return event_id, actor_key, base_code, event_day, record_rows


def rows_of(doc: Document, *, part: int, pos: int, origin: str | None, now: dt.datetime) -> Rows:
    """Every table's rows for one document."""
    event_id, actor_key, base_code, event_day, record_rows = _event_helpers()
    data = doc.to_dict()
    rows: Rows = {name: [] for name in TABLE_NAMES}
    rows["documents"].append(
        {
            "id": doc.id,
            "title": doc.title,
            "url": doc.url,
            "source": doc.source,
            "published": doc.published,
            "origin": origin,
            "text": doc.text,
            "n_actors": len(doc.actors),
            "n_events": len(doc.events),
            "n_quotes": len(doc.quotes),
            "n_times": len(doc.times),
            "n_places": len(doc.places),
            "json": json.dumps(data, ensure_ascii=False),
            "ingested_at": now,
            "part": part,
            "pos": pos,
        }
    )
    seen: set[str] = set()
    for i, ev in enumerate(doc.events):
        eid = base_id = event_id(doc.id, ev)
        n = 1
        while eid in seen:  # two identical events in one document: keep both (as the store)
            eid = f"{base_id}-{n}"
            n += 1
        seen.add(eid)
        src, tgt, loc = ev.source, ev.target, ev.location
        rows["events"].append(
            {
                "id": eid,
                "doc_id": doc.id,
                "idx": i,
                "source_name": src.name if src else None,
                "source_code": src.code if src else None,
                "source_country": src.country if src else None,
                "source_actor": src.actor if src else None,
                "target_name": tgt.name if tgt else None,
                "target_code": tgt.code if tgt else None,
                "target_country": tgt.country if tgt else None,
                "target_actor": tgt.actor if tgt else None,
                "cameo": ev.cameo,
                "root": ev.root,
                "plover": ev.plover,
                "quad_class": ev.quad_class,
                "goldstein": ev.goldstein,
                "date": ev.date,
                "day": event_day(ev.date, doc.published),
                "modality": ev.modality,
                "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None,
                "sentence": ev.sentence,
                "span_start": ev.span[0],
                "span_end": ev.span[1],
                "evidence": ev.evidence,
                "confidence": ev.confidence,
                "source_key": actor_key(src.name, src.code, src.country) if src else None,
                "target_key": actor_key(tgt.name, tgt.code, tgt.country) if tgt else None,
                "base_code": base_code(ev.cameo),
            }
        )
    for table, tuples in record_rows(doc).items():  # the store's rows, as records
        columns = SCHEMAS[table].names
        rows[table] += [dict(zip(columns, t, strict=True)) for t in tuples]
    return rows


def partition_name(part: int) -> str:
    return f"part-{part:06d}.parquet"


def write_partition(
    out_dir: str | Path,
    part: int,
    docs: Sequence[tuple[Document, str | None]],
    *,
    now: dt.datetime | None = None,
) -> dict[str, int]:
    """Write one partition of every table (even empty ones); returns rows per table.

    Files are written under a temporary name and renamed, so a partition is
    either complete or absent, and running a partition again replaces it.
    """
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows: Rows = {name: [] for name in TABLE_NAMES}
    for pos, (doc, origin) in enumerate(docs):
        for name, table_rows in rows_of(doc, part=part, pos=pos, origin=origin, now=now).items():
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
