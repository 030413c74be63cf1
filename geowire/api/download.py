"""The events table as a file: flat rows, CSV or Parquet (for the dashboard's download)."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Any

from ..store.records import EventRecord

__all__ = ["DownloadFormat", "COLUMNS", "MAX_DOWNLOAD", "flat_event", "events_file"]

#: The most rows one download holds.
MAX_DOWNLOAD = 1_000_000


class DownloadFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


#: Column name and pyarrow type name, in file order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "string"),
    ("published", "string"),
    ("source_name", "string"),
    ("source_code", "string"),
    ("source_country", "string"),
    ("target_name", "string"),
    ("target_code", "string"),
    ("target_country", "string"),
    ("cameo", "string"),
    ("root", "string"),
    ("plover", "string"),
    ("quad_class", "int64"),
    ("goldstein", "float64"),
    ("modality", "string"),
    ("location_name", "string"),
    ("location_country", "string"),
    ("lat", "float64"),
    ("lon", "float64"),
    ("evidence", "string"),
    ("confidence", "float64"),
    ("reports", "int64"),
    ("articles", "int64"),
    ("sources", "int64"),
    ("id", "string"),
    ("cluster_id", "string"),
    ("doc_id", "string"),
    ("url", "string"),
)


def flat_event(record: EventRecord) -> dict[str, Any]:
    """One flat row of :data:`COLUMNS` from a stored event."""
    ev = record.to_dict()
    row = {k: ev.get(k) for k, _ in COLUMNS}
    for side in ("source", "target"):
        ref = ev.get(side) or {}
        row[f"{side}_name"] = ref.get("name")
        row[f"{side}_code"] = ref.get("code")
        row[f"{side}_country"] = ref.get("country")
    loc = ev.get("location") or {}
    row["location_name"] = loc.get("name")
    row["location_country"] = loc.get("country")
    row["lat"] = loc.get("lat")
    row["lon"] = loc.get("lon")
    return row


def _csv_cell(value: Any) -> Any:
    # A cell a spreadsheet would run as a formula is quoted with a leading apostrophe.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def events_file(events: list[EventRecord], fmt: DownloadFormat) -> tuple[bytes, str]:
    """The file's bytes and media type."""
    rows = [flat_event(ev) for ev in events]
    names = [k for k, _ in COLUMNS]
    if fmt is DownloadFormat.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(k, getattr(pa, t)()) for k, t in COLUMNS])
        table = pa.Table.from_pylist(rows, schema=schema)
        buf = io.BytesIO()
        pq.write_table(table, buf)
        return buf.getvalue(), "application/vnd.apache.parquet"
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(names)
    for r in rows:
        w.writerow(["" if r[k] is None else _csv_cell(r[k]) for k in names])
    return out.getvalue().encode("utf-8"), "text/csv; charset=utf-8"
