"""Ingestion: reading articles from files, directories, feeds, corpora and URLs."""

from __future__ import annotations

from .readers import MAX_BYTES, BadRecord, Record, decode, iter_records, read_bytes

__all__ = ["Record", "BadRecord", "iter_records", "read_bytes", "decode", "MAX_BYTES"]
