"""Ingesting a corpus into the store: read, skip what is stored, extract, write.

Records already in the store are skipped before any NLP runs, so re-running an
ingest (after an interruption, or over a grown corpus) only processes what is
new. A record whose cleaned text is stored (or met earlier in the run) under
another id is linked to that document without running the pipeline. Each
document is written in its own transaction as soon as it is extracted, so an
interrupted ingest keeps everything finished before it.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..clean import clean_text
from ..ingest import BadRecord, Record, iter_records
from ..pipeline import Pipeline
from .store import IngestStats, Store
from .writer import text_hash

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
    time_limit: float | None = None,
) -> IngestStats:
    """Run ``pipeline`` over the records not yet stored and store the documents.

    ``on_bad`` is told of every record that cannot be read or processed;
    ``progress`` gets "added", "skipped" or "failed" once per record. With
    ``workers`` > 1 the records are processed by that many processes (one model
    each, order kept) and stored by this one. ``time_limit``: seconds a document may
    take before it is skipped, as for :func:`geowire.runner.run`.
    """
    from ..runner import run
    from .build import build_info

    if not store.record_build(build_info(pipeline.config)):
        log.warning(
            "store %s holds documents coded with other dictionaries or settings; "
            "'geowire recode --db %s' codes them all alike",
            store.path,
            store.path,
        )
    t0 = time.perf_counter()
    counts = {"added": 0, "skipped": 0, "failed": 0, "dups": 0, "events": 0, "linked": 0}
    queued: set[str] = set()  # ids of this run's records sent to the pipeline
    # cleaned-text hash -> id of the first record of this run with that text, and the
    # records of this run waiting for their first copy to be stored
    first_of: dict[str, str] = {}
    waiting: list[tuple[Record, str]] = []

    def note(what: str) -> None:
        if progress:
            progress(what)

    def link(r: Record, first_id: str) -> None:
        story = store.link(
            first_id,
            id=r.id,
            title=r.title,
            url=r.url,
            source=r.source,
            published=r.published,
            origin=r.origin,
        )
        if story is None:
            counts["skipped"] += 1
            note("skipped")
        else:
            counts["added"] += 1
            counts["linked"] += 1
            counts["dups"] += 1
            note("linked")

    def same_text(r: Record) -> bool:
        """Whether ``r``'s cleaned text is stored (then link it) or already on its way
        through the pipeline in this run (then link it once that one is stored)."""
        digest = text_hash(clean_text(r.text, r.title).text)
        first = store.original_text_hash(digest)
        if first is not None:
            link(r, first)
            return True
        if digest in first_of:
            waiting.append((r, first_of[digest]))
            return True
        first_of[digest] = r.id
        return False

    def fresh() -> Iterator[Record | BadRecord]:
        pending: list[Record | BadRecord] = []

        def flush() -> Iterator[Record | BadRecord]:
            known = store.known(r.id for r in pending if isinstance(r, Record) and r.id)
            for r in pending:
                if isinstance(r, Record) and (r.id in known or r.id in queued):
                    counts["skipped"] += 1
                    note("skipped")
                    continue
                if isinstance(r, Record):
                    queued.add(r.id)
                    if same_text(r):
                        continue
                yield r

        for r in records:
            pending.append(r)
            if len(pending) >= 256:
                yield from flush()
                pending = []
        if pending:
            yield from flush()

    stream = run(pipeline, fresh(), workers=workers, time_limit=time_limit, batch_size=batch_size)
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
            story = store._add(item, item.origin)
            if story is not None:
                counts["added"] += 1
                counts["events"] += len(item.events)
                counts["dups"] += story != item.id
                note("added")
            else:
                counts["skipped"] += 1
                note("skipped")
        # records whose text came earlier in this run: linked to the stored first copy,
        # or extracted after all if that one could not be stored
        for r, first_id in waiting:
            if store.has(first_id):
                link(r, first_id)
                continue
            for item in run(pipeline, [r], time_limit=time_limit):
                if isinstance(item, BadRecord):
                    counts["failed"] += 1
                    if on_bad:
                        on_bad(item)
                    note("failed")
                elif store._add(item, item.origin) is not None:
                    counts["added"] += 1
                    counts["events"] += len(item.events)
                    note("added")
    return IngestStats(
        added=counts["added"],
        skipped=counts["skipped"],
        failed=counts["failed"],
        near_duplicates=counts["dups"],
        events=counts["events"],
        seconds=time.perf_counter() - t0,
        linked=counts["linked"],
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
