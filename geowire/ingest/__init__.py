"""Ingestion: reading articles from files, directories, feeds, corpora and URLs."""

from __future__ import annotations

from .readers import (
    MAX_BYTES,
    MAX_CHARS,
    BadRecord,
    Record,
    count_records,
    decode,
    iter_records,
    limit_chars,
    read_bytes,
)

__all__ = [
    "Record",
    "BadRecord",
    "iter_records",
    "count_records",
    "limit_chars",
    "read_bytes",
    "decode",
    "MAX_BYTES",
    "MAX_CHARS",
]
