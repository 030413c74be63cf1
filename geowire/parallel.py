"""Several processes on one machine: one loaded pipeline per worker, order preserved.

>>> from geowire.parallel import process_parallel
>>> for item in process_parallel(config, iter_records(paths), workers=4):
...     ...  # Documents (and BadRecords) in input order

Each worker process builds the :class:`~geowire.pipeline.Pipeline` (and loads the
spaCy model) once, in its initializer, then processes batches of records with
:func:`geowire.runner.process`, so a record that raises is reported as a
:class:`~geowire.ingest.BadRecord` exactly as in one process. A record that kills
its worker (a segfault, the out-of-memory killer) is retried alone in a fresh
pool; if it kills that one too it is reported as a BadRecord and the run goes on.

Documents come back without their spaCy parse (``parse=None``): a parse is large
to send between processes and is not part of the output contract.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

from .config import Config
from .document import Document
from .errors import ConfigError
from .ingest import BadRecord, Record

__all__ = ["process_parallel", "default_workers", "WorkerInfo", "worker_info", "batches"]

log = logging.getLogger(__name__)

Item = Record | BadRecord
T = TypeVar("T")
Result = Document | BadRecord


@dataclass(frozen=True)
class WorkerInfo:
    """What a worker process reports about itself (for benchmarks and checks)."""

    pid: int
    peak_rss_mb: float
    model_load_seconds: float | None
    #: CPU seconds the worker used: since it was ready when ``ready`` was given
    #: to :func:`process_parallel`, else since it started.
    cpu_seconds: float = 0.0


class _WorkerState:
    """The pipeline of this worker process (a per-process cache, built by the initializer)."""

    pipe: Any = None
    error: BaseException | None = None
    seconds: float | None = None


def default_workers() -> int:
    """The number of CPUs this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def peak_rss_mb() -> float:
    """The peak resident memory of this process, in MiB (0.0 where unknown).

    On Linux this is ``VmHWM`` from ``/proc/self/status``: unlike ``ru_maxrss`` it
    is not inherited from the parent of a spawned worker (which would report the
    parent's peak).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    except (ImportError, OSError):  # pragma: no cover - not POSIX
        return 0.0
    # Linux reports KiB, macOS bytes.
    return peak / 1024.0 if os.uname().sysname != "Darwin" else peak / (1024.0 * 1024.0)


def _init_worker(config: Config, plugins: Sequence[str], seconds: float | None = None) -> None:
    _WorkerState.seconds = seconds
    try:
        for module in plugins:
            importlib.import_module(module)
        from .pipeline import Pipeline

        _WorkerState.pipe = Pipeline(config)
    except Exception as exc:  # noqa: BLE001 - reported to the parent by _init_error
        _WorkerState.error = exc


def _init_error() -> BaseException | None:
    """The error that stopped this worker from building its pipeline, if any."""
    return _WorkerState.error


def _work(records: list[Record]) -> list[Result]:
    from .runner import process

    if _WorkerState.error is not None:
        raise _WorkerState.error
    pipe = _WorkerState.pipe
    out: list[Result] = []
    items = process(pipe, records, batch_size=pipe.config.batch_size, seconds=_WorkerState.seconds)
    for item in items:
        out.append(item.replace(parse=None) if isinstance(item, Document) else item)
    return out


def worker_info(pause: float = 0.0) -> WorkerInfo:
    """This process's pid, peak memory and model load time (run inside a worker)."""
    from .nlp import model_load_seconds

    if pause:
        time.sleep(pause)

    pipe = _WorkerState.pipe
    model = pipe.config.model if pipe is not None else Config.model
    return WorkerInfo(os.getpid(), peak_rss_mb(), model_load_seconds(model), time.process_time())


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Pool:
    """A process pool that can be rebuilt after a worker died."""

    def __init__(
        self,
        config: Config,
        workers: int,
        context: str,
        plugins: Sequence[str],
        seconds: float | None = None,
    ):
        self.config, self.workers, self.plugins = config, workers, tuple(plugins)
        self.seconds = seconds
        self.context = mp.get_context(context)
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.context,
            initializer=_init_worker,
            initargs=(self.config, self.plugins, self.seconds),
        )

    def submit(self, records: list[Record]) -> Future[list[Result]]:
        return self.executor.submit(_work, records)

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _crashed(record: Record) -> BadRecord:
    return BadRecord(
        record.origin,
        record.id,
        f"{record.origin or record.id}: the worker processing this record crashed",
    )


def process_parallel(
    config: Config | None,
    items: Iterable[Item],
    workers: int,
    *,
    batch_size: int | None = None,
    context: str = "spawn",
    plugins: Sequence[str] = (),
    in_flight: int | None = None,
    info: list[WorkerInfo] | None = None,
    isolate: bool = False,
    ready: Callable[[], None] | None = None,
    seconds: float | None = None,
) -> Iterator[Result]:
    """Documents for good records and BadRecords, in input order, from ``workers`` processes.

    ``workers == 1`` runs in this process (same results, parse kept) unless
    ``isolate`` asks for a worker process all the same. ``batch_size``
    records go to a worker at a time (default: the config's). ``context`` is the
    multiprocessing start method ("spawn" is safe everywhere; "fork" starts faster
    on Linux). ``plugins`` are modules each worker imports before building its
    pipeline (to register third-party components). At most ``in_flight`` batches
    (default ``4 * workers``) are queued, so memory stays flat on any corpus size.
    If ``info`` is a list, each worker's :class:`WorkerInfo` is appended to it at
    the end of the run. If ``ready`` is given, every worker is started and has
    built its pipeline before the first record is sent; then ``ready()`` is called
    (benchmarks use it to leave start-up out of their timings). ``seconds`` is the
    time limit per document of :func:`geowire.runner.process` (None: its default).
    A configuration that cannot be built (a bad dictionary) raises its error here,
    as in one process.
    """
    config = config or Config()
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    size = batch_size or config.batch_size
    if workers == 1 and not isolate:
        from .pipeline import Pipeline
        from .runner import process

        for module in plugins:
            importlib.import_module(module)
        pipe = Pipeline(config)
        if ready is not None:
            ready()
        yield from process(pipe, items, batch_size=size, seconds=seconds)
        if info is not None:
            _WorkerState.pipe = pipe
            info.append(worker_info())
        return
    yield from _run_pool(
        config, items, workers, size, context, plugins, in_flight, info, ready, seconds
    )


def _run_pool(
    config: Config,
    items: Iterable[Item],
    workers: int,
    size: int,
    context: str,
    plugins: Sequence[str],
    in_flight: int | None,
    info: list[WorkerInfo] | None,
    ready: Callable[[], None] | None = None,
    seconds: float | None = None,
) -> Iterator[Result]:
    pool = _Pool(config, workers, context, plugins, seconds)
    try:
        error = pool.executor.submit(_init_error).result()
    except BrokenProcessPool:
        error = None  # a worker died while starting: the batches report it
    if error is not None:
        pool.shutdown()
        raise error
    started: dict[int, float] = {}
    if ready is not None:
        started = {w.pid: w.cpu_seconds for w in _gather_info(pool, workers)}
        ready()
    limit = in_flight or 4 * workers
    # Each entry: the batch (records and passed-through BadRecords, in order) and
    # the future for its records, or None when the batch holds no record.
    pending: deque[tuple[list[Item], Future[list[Result]] | None]] = deque()
    try:
        source = batches(items, size)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                records = [r for r in batch if isinstance(r, Record)]
                pending.append((batch, pool.submit(records) if records else None))
            if not pending:
                break
            batch, future = pending.popleft()
            results = _results(pool, batch, future, pending)
            yield from _merge(batch, results)
        if info is not None:
            info.extend(
                dataclasses.replace(w, cpu_seconds=w.cpu_seconds - started.get(w.pid, 0.0))
                for w in _gather_info(pool, workers)
            )
    finally:
        pool.shutdown()


def _results(
    pool: _Pool,
    batch: list[Item],
    future: Future[list[Result]] | None,
    pending: deque[tuple[list[Item], Future[list[Result]] | None]],
) -> list[Result]:
    """The results for one batch's records; recovers from a worker that died."""
    if future is None:
        return []
    try:
        return future.result()
    except BrokenProcessPool:
        log.warning("a worker died; retrying its batch record by record")
    records = [r for r in batch if isinstance(r, Record)]
    _restart(pool, pending)
    results: list[Result] = []
    for record in records:
        try:
            results.extend(pool.submit([record]).result())
        except BrokenProcessPool:
            log.warning("record %s crashed its worker; skipped", record.origin or record.id)
            results.append(_crashed(record))
            _restart(pool, pending)
    return results


def _restart(pool: _Pool, pending: deque[tuple[list[Item], Future[list[Result]] | None]]) -> None:
    """A fresh pool; every queued batch is submitted to it again."""
    pool.restart()
    for i, (batch, future) in enumerate(pending):
        if future is not None:
            records = [r for r in batch if isinstance(r, Record)]
            pending[i] = (batch, pool.submit(records))


def _merge(batch: list[Item], results: list[Result]) -> Iterator[Result]:
    """The batch's items in order: a result for each record, BadRecords as they were."""
    it = iter(results)
    for item in batch:
        if isinstance(item, BadRecord):
            yield item
        else:
            yield next(it)


def _gather_info(pool: _Pool, workers: int) -> list[WorkerInfo]:
    """One WorkerInfo per live worker process (best effort)."""
    seen: dict[int, WorkerInfo] = {}
    try:
        for _ in range(10):
            futures = [pool.executor.submit(worker_info, 0.05) for _ in range(workers * 2)]
            for f in futures:
                w = f.result()
                seen[w.pid] = w
            if len(seen) >= workers:
                break
    except BrokenProcessPool:  # pragma: no cover - reported as far as known
        pass
    return sorted(seen.values(), key=lambda w: w.pid)
