"""Ingesting a corpus into the store: read, skip what is stored, extract, write.

Records already in the store are skipped before any NLP runs, so re-running an
ingest (after an interruption, or over a grown corpus) only processes what is
new. Each document is written in its own transaction as soon as it is
extracted, so an interrupted ingest keeps everything finished before it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..ingest import BadRecord, Record, iter_records
from ..pipeline import Pipeline
from .store import IngestStats, Store

__all__ = ["ingest", "ingest_records"]

log = logging.getLogger(__name__)


def ingest_records(
    store: Store,
    records: Iterable[Record | BadRecord],
    pipeline: Pipeline,
    *,
    on_bad: Callable[[BadRecord], None] | None = None,
    progress: Callable[[str], None] | None = None,
    batch_size: int | None = None,
    workers: int = 1,
) -> IngestStats:
    """Run ``pipeline`` over the records not yet stored and store the documents.

    ``on_bad`` is told of every record that cannot be read or processed;
    ``progress`` gets "added", "skipped" or "failed" once per record. With
    ``workers`` > 1 the records are processed by that many processes (one model
    each, order kept) and stored by this one.
    """
    from ..runner import process

    t0 = time.perf_counter()
    counts = {"added": 0, "skipped": 0, "failed": 0, "dups": 0, "events": 0}
    origins: dict[str, str] = {}

    def note(what: str) -> None:
        if progress:
            progress(what)

    def fresh() -> Iterator[Record | BadRecord]:
        pending: list[Record | BadRecord] = []

        def flush() -> Iterator[Record | BadRecord]:
            known = store.known(r.id for r in pending if isinstance(r, Record) and r.id)
            for r in pending:
                if isinstance(r, Record) and (r.id in known or r.id in origins):
                    counts["skipped"] += 1
                    note("skipped")
                    continue
                if isinstance(r, Record):
                    origins[r.id] = r.origin
                yield r

        for r in records:
            pending.append(r)
            if len(pending) >= 256:
                yield from flush()
                pending = []
        if pending:
            yield from flush()

    if workers > 1:
        from ..parallel import process_parallel

        stream = process_parallel(pipeline.config, fresh(), workers)
    else:
        stream = process(pipeline, fresh(), batch_size=batch_size)
    with store.batch():
        for item in stream:
            if isinstance(item, BadRecord):
                counts["failed"] += 1
                if on_bad:
                    on_bad(item)
                else:
                    log.warning("skipped %s", item.error)
                note("failed")
                continue
            story = store._add(item, origins.get(item.id))
            if story is not None:
                counts["added"] += 1
                counts["events"] += len(item.events)
                counts["dups"] += story != item.id
                note("added")
            else:
                counts["skipped"] += 1
                note("skipped")
    return IngestStats(
        added=counts["added"],
        skipped=counts["skipped"],
        failed=counts["failed"],
        near_duplicates=counts["dups"],
        events=counts["events"],
        seconds=time.perf_counter() - t0,
    )


def ingest(
    store: Store,
    inputs: Sequence[str | Path],
    *,
    pipeline: Pipeline | None = None,
    published: dt.date | None = None,
    on_bad: Callable[[BadRecord], None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestStats:
    """Read ``inputs`` (files, directories, feeds, JSONL, CSV, ``-``) into ``store``."""
    pipe = pipeline or Pipeline()
    return ingest_records(
        store,
        iter_records(inputs, published=published),
        pipe,
        on_bad=on_bad,
        progress=progress,
    )
