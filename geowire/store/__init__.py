"""The embedded store: DuckDB schema, ingest, one-story-one-event, queries, exports."""

from __future__ import annotations

from .dedup import Deduplicator
from .ingest import ingest, ingest_records
from .schema import SCHEMA_VERSION
from .store import DEFAULT_DB, IngestStats, Store, event_id

__all__ = [
    "Store",
    "DEFAULT_DB",
    "IngestStats",
    "SCHEMA_VERSION",
    "Deduplicator",
    "event_id",
    "ingest",
    "ingest_records",
]
