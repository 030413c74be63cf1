"""Running a pipeline over a corpus: records in, documents out, bad records reported.

Shared by the CLI (``extract``, ``ingest``), the store and the distributed runner,
so that every entry point treats a bad record the same way: it is reported with
its origin and skipped, and the rest of its batch is still processed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator

from .document import Document
from .errors import GeowireError
from .ingest import BadRecord, Record
from .pipeline import Pipeline

__all__ = ["to_document", "process"]

log = logging.getLogger(__name__)


def to_document(pipe: Pipeline, record: Record) -> Document:
    """The unprocessed Document for a record (metadata carried over)."""
    return pipe.make_document(
        record.text,
        published=record.published,
        id=record.id,
        title=record.title,
        url=record.url,
        source=record.source,
    )


def _failure(record: Record, exc: BaseException) -> BadRecord:
    reason = exc.message if isinstance(exc, GeowireError) else f"{type(exc).__name__}: {exc}"
    return BadRecord(record.origin, record.id, f"{record.origin}: {reason}")


def process(
    pipe: Pipeline, items: Iterable[Record | BadRecord], batch_size: int | None = None
) -> Iterator[Document | BadRecord]:
    """Documents for good records, in order; BadRecords pass through.

    Records are processed in batches; when a batch fails, its records are retried
    one by one so that one bad article costs only itself.
    """
    size = batch_size or pipe.config.batch_size
    batch: list[Record] = []

    def flush() -> Iterator[Document | BadRecord]:
        try:
            docs = list(pipe.pipe([to_document(pipe, r) for r in batch], batch_size=size))
        except Exception:  # noqa: BLE001 - isolate the record that broke the batch
            log.debug("batch failed; retrying its %d records one by one", len(batch))
            for record in batch:
                try:
                    yield pipe(to_document(pipe, record))
                except Exception as exc:  # noqa: BLE001 - reported, never lost silently
                    yield _failure(record, exc)
            return
        yield from docs

    for item in items:
        if isinstance(item, BadRecord):
            if batch:
                yield from flush()
                batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()
