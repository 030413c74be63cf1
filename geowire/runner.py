"""Running a pipeline over a corpus: records in, documents out, bad records reported.

Shared by the CLI (``extract``, ``ingest``), the store and the distributed runner,
so that every entry point treats a bad record the same way: it is reported with
its origin and skipped, and the rest of its batch is still processed.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import threading
from collections.abc import Iterable, Iterator

from .document import Document
from .errors import ConfigError, GeowireError, InputError
from .ingest import BadRecord, Record
from .pipeline import Pipeline

__all__ = [
    "to_document",
    "process",
    "time_limit",
    "DocumentTimeout",
    "DEFAULT_TIME_LIMIT",
    "one_line",
    "default_time_limit",
]

log = logging.getLogger(__name__)

#: Seconds one document (or one batch, before its records are retried alone) may take.
#: Text built to be slow (a megabyte with no sentence end) is skipped, not waited for.
#: The environment variable GEOWIRE_TIME_LIMIT overrides it (0: no limit).
DEFAULT_TIME_LIMIT = 300.0


def default_time_limit() -> float:
    """GEOWIRE_TIME_LIMIT if set to a number of seconds, else :data:`DEFAULT_TIME_LIMIT`."""
    value = os.environ.get("GEOWIRE_TIME_LIMIT", "").strip()
    if not value:
        return DEFAULT_TIME_LIMIT
    try:
        seconds = float(value)
    except ValueError:
        raise ConfigError(f"GEOWIRE_TIME_LIMIT must be seconds, not {value!r}") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise ConfigError(f"GEOWIRE_TIME_LIMIT must be 0 or more seconds, not {value!r}")
    return seconds


class DocumentTimeout(BaseException):
    """Raised inside a pipeline run that went over its time limit.

    A BaseException, so that no ``except Exception`` inside a component can swallow it.
    """


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the block after ``seconds`` of wall time.

    Uses SIGALRM, so it applies in the main thread of a process on POSIX; elsewhere
    (threads of a server, Windows) the block runs without a limit.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and math.isfinite(seconds)
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


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
    reason = InputError(f"took over {seconds:g}s to process (the time limit); skipped").message
    return BadRecord(record.origin, record.id, f"{record.origin}: {reason}")


def process(
    pipe: Pipeline,
    items: Iterable[Record | BadRecord],
    batch_size: int | None = None,
    *,
    seconds: float | None = None,
) -> Iterator[Document | BadRecord]:
    """Documents for good records, in order; BadRecords pass through.

    Records are processed in batches; when a batch fails, its records are retried
    one by one so that one bad article costs only itself. ``seconds`` limits the
    time of a batch and then of each record retried alone (see :func:`time_limit`);
    a record over it is reported and skipped. None: :func:`default_time_limit`;
    0: no limit.
    """
    if seconds is None:
        seconds = default_time_limit()
    size = batch_size or pipe.config.batch_size
    batch: list[Record] = []

    def flush() -> Iterator[Document | BadRecord]:
        try:
            with time_limit(seconds):
                docs = list(pipe.pipe([to_document(pipe, r) for r in batch], batch_size=size))
        except (Exception, DocumentTimeout) as exc:  # noqa: BLE001 - isolate the bad record
            if isinstance(exc, DocumentTimeout) and len(batch) == 1:
                yield _timed_out(batch[0], seconds or 0.0)
                return
            log.debug(
                "batch failed (%s); retrying its %d records one by one",
                type(exc).__name__,
                len(batch),
            )
            for record in batch:
                result: Document | BadRecord
                try:
                    with time_limit(seconds):
                        result = pipe(to_document(pipe, record))
                except DocumentTimeout:
                    result = _timed_out(record, seconds or 0.0)
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
