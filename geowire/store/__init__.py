"""The embedded store: DuckDB schema, ingest, one-story-one-event, queries, exports.

By job: ``layout.py`` declares the stored tables; ``connection.py`` opens the file
(locking, schema version, migrations) and defines the :class:`Reader` that queries,
analyses and exports take; ``writer.py`` writes documents; ``query.py`` declares the
filters (:class:`EventQuery`, :class:`QuoteQuery`), ``queries.py`` runs them and
``records.py`` holds what they return; :class:`Store` puts these together.
"""

from __future__ import annotations

from .connection import Reader
from .dedup import Deduplicator
from .ingest import ingest, ingest_records
from .query import EventQuery, QuoteQuery
from .records import EventRecord, QuoteRecord
from .schema import SCHEMA_VERSION
from .store import DEFAULT_DB, IngestStats, Store, event_id

__all__ = [
    "Store",
    "DEFAULT_DB",
    "IngestStats",
    "SCHEMA_VERSION",
    "Deduplicator",
    "EventQuery",
    "QuoteQuery",
    "EventRecord",
    "QuoteRecord",
    "Reader",
    "event_id",
    "ingest",
    "ingest_records",
]
