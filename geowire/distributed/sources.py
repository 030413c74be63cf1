"""Inputs for a distributed run: files, directories, JSONL, and Parquet tables of texts."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..dates import to_date
from ..document import content_id
from ..errors import InputError
from ..ingest import BadRecord, Record, iter_records

__all__ = ["iter_inputs", "iter_parquet", "PARQUET_SUFFIXES"]

log = logging.getLogger(__name__)

PARQUET_SUFFIXES = (".parquet", ".pq")
TEXT_COLUMNS = ("text", "body", "content", "article")


def _date(value: Any, origin: str) -> dt.date | None:
    try:
        return to_date(value)
    except ValueError:
        raise ValueError(f"{origin}: not a date: {value!r}") from None


def _opt(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def iter_parquet(
    path: str | Path, *, published: dt.date | None = None, batch_rows: int = 1024
) -> Iterator[Record | BadRecord]:
    """Records from a Parquet table with a ``text`` column (and optionally ``id``,
    ``title``, ``published``, ``url``, ``source``), read in batches of rows."""
    import pyarrow.parquet as pq

    path = Path(path)
    try:
        pf = pq.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable Parquet file: {exc}") from None
    names = set(pf.schema_arrow.names)
    text_col = next((c for c in TEXT_COLUMNS if c in names), None)
    if text_col is None:
        raise InputError(f"{path}: no text column (one of {', '.join(TEXT_COLUMNS)})")
    wanted = [text_col, *(c for c in ("id", "title", "published", "url", "source") if c in names)]
    row = 0
    for batch in pf.iter_batches(batch_size=batch_rows, columns=wanted):
        for rec in batch.to_pylist():
            row += 1
            origin = f"{path}:{row}"
            text = rec.get(text_col)
            if not isinstance(text, str) or not text.strip():
                yield BadRecord(origin, _opt(rec.get("id")), f"{origin}: no text")
                continue
            try:
                date = _date(rec.get("published"), origin) or published
            except ValueError as exc:
                yield BadRecord(origin, _opt(rec.get("id")), str(exc))
                continue
            yield Record(
                id=_opt(rec.get("id")) or content_id(text),
                text=text,
                title=_opt(rec.get("title")),
                url=_opt(rec.get("url")),
                source=_opt(rec.get("source")),
                published=date,
                origin=origin,
            )


def _parquet_files(directory: Path) -> list[Path]:
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix.lower() in PARQUET_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def iter_inputs(
    inputs: Sequence[str | Path], *, published: dt.date | None = None
) -> Iterator[Record | BadRecord]:
    """Records from every input, in order: Parquet files (and the Parquet files in a
    directory) are read as tables of texts; everything else as :func:`iter_records`."""
    for item in inputs:
        path = Path(str(item))
        if path.is_file() and path.suffix.lower() in PARQUET_SUFFIXES:
            yield from iter_parquet(path, published=published)
        elif path.is_dir():
            tables = _parquet_files(path)
            for table in tables:
                yield from iter_parquet(table, published=published)
            yield from iter_records([path], published=published)
        else:
            yield from iter_records([str(item)], published=published)
