"""The work of the runner, the same in every executor: records through one pipeline.

:func:`process` turns records into documents with a built pipeline in batches; a
failing batch is retried record by record, so one bad article costs only itself,
and a record that still fails (or runs over the time limit) becomes a
:class:`~geowire.ingest.BadRecord` with its origin. :func:`geowire.runner.run`
runs it in this process, and every executor's worker runs it with the worker's
own pipeline (:func:`batch_in_worker`). The time limit is the pipeline's
deadline (see :mod:`geowire.runner` for why).
"""

from __future__ import annotations

import gc
import logging
import math
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from .config import Config
from .document import Document
from .errors import ConfigError, GeowireError, TimeLimitError
from .ingest import BadRecord, Record
from .pipeline import Pipeline, deadline_after

__all__ = [
    "process",
    "Job",
    "Executor",
    "Item",
    "Result",
    "to_document",
    "worker_pipeline",
    "settle_heap",
    "batch_in_worker",
    "check_time_limit",
    "default_time_limit",
    "DEFAULT_TIME_LIMIT",
    "one_line",
]

log = logging.getLogger(__name__)

Item = Record | BadRecord
Result = Document | BadRecord

#: Seconds one document (or one batch, before its records are retried alone) may take.
#: Text built to be slow (a megabyte with no sentence end) is skipped, not waited for.
#: The environment variable GEOWIRE_TIME_LIMIT overrides it (0: no limit).
DEFAULT_TIME_LIMIT = 300.0


def check_time_limit(seconds: float, what: str = "the time limit") -> float:
    """``seconds`` if it is usable as ``what`` (finite, 0 or more), else ConfigError."""
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)):
        raise ConfigError(f"{what} must be a number of seconds, not {seconds!r}")
    if not math.isfinite(seconds) or seconds < 0:
        raise ConfigError(f"{what} must be 0 or more seconds, not {seconds!r}")
    return float(seconds)


def default_time_limit() -> float:
    """GEOWIRE_TIME_LIMIT if set to a number of seconds, else :data:`DEFAULT_TIME_LIMIT`."""
    value = os.environ.get("GEOWIRE_TIME_LIMIT", "").strip()
    if not value:
        return DEFAULT_TIME_LIMIT
    try:
        seconds = float(value)
    except ValueError:
        raise ConfigError(f"GEOWIRE_TIME_LIMIT must be seconds, not {value!r}") from None
    return check_time_limit(seconds, f"GEOWIRE_TIME_LIMIT ({value!r})")


def to_document(pipe: Pipeline, record: Record) -> Document:
    """The unprocessed Document for a record (metadata carried over)."""
    return pipe.make_document(
        record.text,
        published=record.published,
        id=record.id,
        title=record.title,
        url=record.url,
        source=record.source,
        origin=record.origin,
    )


#: The longest reason reported for a failed record (messages of libraries can be long).
MAX_REASON = 300


def one_line(message: str, limit: int = MAX_REASON) -> str:
    """``message`` on one line (whitespace runs collapsed), cut to ``limit`` characters."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _failure(record: Record, exc: BaseException) -> BadRecord:
    reason = exc.message if isinstance(exc, GeowireError) else f"{type(exc).__name__}: {exc}"
    return BadRecord(record.origin, record.id, f"{record.origin}: {one_line(reason)}")


def _timed_out(record: Record, seconds: float) -> BadRecord:
    reason = f"took over {seconds:g}s to process (the time limit); skipped"
    return BadRecord(record.origin, record.id, f"{record.origin}: {reason}")


def process(
    pipe: Pipeline,
    items: Iterable[Item],
    batch_size: int | None = None,
    *,
    time_limit: float | None = None,
) -> Iterator[Result]:
    """Documents for good records, in order; BadRecords pass through (in this process).

    The work every executor does with its pipeline. Records are processed in
    batches; when a batch fails, its records are retried one by one so that one
    bad article costs only itself. ``time_limit`` (seconds; None: the default,
    0: none) bounds a batch, then each record retried alone; a record over it is
    reported and skipped.
    """
    seconds = default_time_limit() if time_limit is None else check_time_limit(time_limit)
    size = batch_size or pipe.config.batch_size
    batch: list[Record] = []

    def flush() -> Iterator[Result]:
        try:
            docs = list(
                pipe.pipe(
                    [to_document(pipe, r) for r in batch],
                    batch_size=size,
                    deadline=deadline_after(seconds),
                )
            )
        except Exception as exc:  # noqa: BLE001 - isolate the bad record
            if isinstance(exc, TimeLimitError) and len(batch) == 1:
                yield _timed_out(batch[0], seconds)
                return
            log.debug(
                "batch failed (%s); retrying its %d records one by one",
                type(exc).__name__,
                len(batch),
            )
            for record in batch:
                result: Result
                try:
                    result = pipe(to_document(pipe, record), deadline=deadline_after(seconds))
                except TimeLimitError:
                    result = _timed_out(record, seconds)
                except Exception as exc:  # noqa: BLE001 - reported, never lost silently
                    result = _failure(record, exc)
                yield result
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


@dataclass(frozen=True)
class Job:
    """What :func:`run` gives an executor once the first record has come."""

    #: the pipeline to build (or, in this process, to use as it is)
    pipeline: Config | Pipeline
    #: the records (and BadRecords to pass through), the first record among them
    items: Iterator[Item]
    #: records per batch (None: the config's)
    batch_size: int | None
    #: seconds per batch, then per record retried alone (0: none)
    time_limit: float

    @property
    def config(self) -> Config:
        return self.pipeline.config if isinstance(self.pipeline, Pipeline) else self.pipeline

    @property
    def size(self) -> int:
        return self.batch_size or self.config.batch_size


class Executor(Protocol):
    """Where :func:`run` processes records."""

    def run(self, job: Job) -> Iterator[Result]: ...


_pipelines: dict[str, Pipeline] = {}
_pipelines_lock = threading.Lock()


def worker_pipeline(config: Config) -> Pipeline:
    """This process's pipeline for ``config``, built once (the workers' cache)."""
    key = repr(config)
    with _pipelines_lock:
        pipe = _pipelines.get(key)
        if pipe is None:
            pipe = _pipelines[key] = Pipeline(config)
        return pipe


def settle_heap() -> None:
    """Take every object alive now out of the garbage collector's full passes.

    A loaded pipeline holds some 170,000 container objects (the model's vocabulary
    and the actor, verb and place tables) that live as long as the process. Each
    full collection walks them all (about a quarter of a second a pass over the
    realnews articles); frozen, they are skipped. Objects frozen are never freed
    by the cycle collector, so only a process geowire owns calls this, once its
    pipeline is built: a worker process of the pool, and the ``geowire`` program,
    never library code running in a caller's process.
    """
    gc.collect()
    gc.freeze()


def batch_in_worker(records: list[Record], config: Config, time_limit: float) -> list[Result]:
    """One batch processed by a worker process with its cached pipeline, parse dropped.

    A parse is large to send between processes and is not part of the output contract.
    """
    pipe = worker_pipeline(config)
    return [
        item.replace(parse=None) if isinstance(item, Document) else item
        for item in process(pipe, records, pipe.config.batch_size, time_limit=time_limit)
    ]
