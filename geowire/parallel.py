"""The process-pool executor of :func:`geowire.runner.run`: one pipeline per worker process.

>>> from geowire.runner import run
>>> for item in run(config, iter_records(paths), workers=4):  # executor "process"
...     ...  # Documents (and BadRecords) in input order
>>> run(config, records, executor=ProcessPool(4, context="fork", plugins=("my_components",)))

Each worker process builds its :class:`~geowire.pipeline.Pipeline` (and loads the
spaCy model) once, in its initializer, then processes batches of records with
:func:`geowire.work.process`, so a record that raises or runs over the time
limit is reported as a :class:`~geowire.ingest.BadRecord` exactly as in one
process. A record that kills its worker (a segfault, the out-of-memory killer) is
retried alone in a fresh pool; if it kills that one too it is reported as a
BadRecord and the run goes on.

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
from dataclasses import dataclass, field
from typing import TypeVar

from .config import Config
from .errors import ConfigError
from .ingest import BadRecord, Record
from .work import Item, Job, Result, batch_in_worker, settle_heap, worker_pipeline

__all__ = [
    "ProcessPool",
    "default_workers",
    "WorkerInfo",
    "worker_info",
    "batches",
    "in_order",
    "peak_rss_mb",
]

log = logging.getLogger(__name__)

T = TypeVar("T")


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
    """What this worker process's initializer left: its config, or why it failed."""

    config: Config | None = None
    error: BaseException | None = None


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


def _init_worker(config: Config, plugins: Sequence[str]) -> None:
    try:
        for module in plugins:
            importlib.import_module(module)
        worker_pipeline(config)
        settle_heap()  # this process is the pool's: its pipeline lives as long as it
        _WorkerState.config = config
    except Exception as exc:  # noqa: BLE001 - reported to the parent by _init_error
        _WorkerState.error = exc


def _init_error() -> BaseException | None:
    """The error that stopped this worker from building its pipeline, if any."""
    return _WorkerState.error


def _work(records: list[Record], time_limit: float) -> list[Result]:
    if _WorkerState.error is not None:
        raise _WorkerState.error
    assert _WorkerState.config is not None
    return batch_in_worker(records, _WorkerState.config, time_limit)


def worker_info(pause: float = 0.0) -> WorkerInfo:
    """This process's pid, peak memory and model load time (run inside a worker)."""
    from .nlp import model_load_seconds

    if pause:
        time.sleep(pause)

    model = _WorkerState.config.model if _WorkerState.config is not None else Config.model
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
        self, config: Config, workers: int, context: str, plugins: Sequence[str], time_limit: float
    ):
        self.config, self.workers, self.plugins = config, workers, tuple(plugins)
        self.time_limit = time_limit
        self.context = mp.get_context(context)
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self.context,
            initializer=_init_worker,
            initargs=(self.config, self.plugins),
        )

    def submit(self, records: list[Record]) -> Future[list[Result]]:
        """The future of ``records``' results; failed with BrokenProcessPool when a worker
        died before they could be sent, so that they are retried as its other batches are.

        (A pool whose worker just died may not know it yet: its queues are closed, and
        ``submit`` raises OSError instead of BrokenProcessPool.)
        """
        try:
            return self.executor.submit(_work, records, self.time_limit)
        except (BrokenProcessPool, OSError) as exc:
            broken: Future[list[Result]] = Future()
            broken.set_exception(BrokenProcessPool(f"a worker died: {exc}"))
            return broken

    def restart(self) -> None:
        _retire(self.executor)
        self.executor = self._new()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _retire(executor: ProcessPoolExecutor) -> None:
    """Shut a pool down without waiting for it, and end its worker processes.

    A pool whose worker died can leave its other workers and its manager thread waiting on
    each other; the interpreter joins that thread at exit and then hangs. Ending the old
    workers (the executor keeps them in ``_processes``, a private but long-stable field)
    lets the thread finish."""
    procs = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for proc in procs:
        if proc.is_alive():
            proc.terminate()
    for proc in procs:
        proc.join(timeout=5)


def _crashed(record: Record) -> BadRecord:
    return BadRecord(
        record.origin,
        record.id,
        f"{record.origin or record.id}: the worker processing this record crashed",
    )


@dataclass
class ProcessPool:
    """Worker processes on this machine, one pipeline each (an executor of ``run``).

    ``workers``: processes (1 still runs one worker process, apart from this one).
    ``batch_size`` records go to a worker at a time (default: the config's).
    ``context``: the multiprocessing start method ("spawn" is safe everywhere;
    "fork" starts faster on Linux). ``plugins``: modules each worker imports before
    building its pipeline (to register third-party components). At most
    ``in_flight`` batches (default ``4 * workers``) are queued, so memory stays flat
    on any corpus size. If ``info`` is a list, each worker's :class:`WorkerInfo` is
    appended to it at the end of the run. If ``ready`` is given, every worker is
    started and has built its pipeline before the first record is sent; then
    ``ready()`` is called (benchmarks use it to leave start-up out of their timings).
    A configuration that cannot be built raises its error, as in one process.
    """

    workers: int = field(default_factory=lambda: default_workers())
    context: str = "spawn"
    plugins: Sequence[str] = ()
    in_flight: int | None = None
    info: list[WorkerInfo] | None = None
    ready: Callable[[], None] | None = None

    def run(self, job: Job) -> Iterator[Result]:
        if self.workers < 1:
            raise ConfigError(f"workers must be at least 1, not {self.workers}")
        pool = _Pool(job.config, self.workers, self.context, self.plugins, job.time_limit)
        try:
            yield from self._run(pool, job.items, job.size)
        finally:
            pool.shutdown()

    def _run(self, pool: _Pool, items: Iterator[Item], size: int) -> Iterator[Result]:
        try:
            error = pool.executor.submit(_init_error).result()
        except BrokenProcessPool:
            error = None  # a worker died while starting: the batches report it
        if error is not None:
            raise error
        started: dict[int, float] = {}
        if self.ready is not None:
            started = {w.pid: w.cpu_seconds for w in _gather_info(pool, self.workers)}
            self.ready()
        yield from in_order(
            items,
            size,
            self.in_flight or 4 * self.workers,
            pool.submit,
            lambda batch, future, pending: _results(pool, batch, future, pending),
        )
        if self.info is not None:
            self.info.extend(
                dataclasses.replace(w, cpu_seconds=w.cpu_seconds - started.get(w.pid, 0.0))
                for w in _gather_info(pool, self.workers)
            )


#: the batches sent and not yet collected: each batch (records and passed-through
#: BadRecords, in order) and the future of its records' results (None: no record)
Pending = deque[tuple[list[Item], "Future[list[Result]] | None"]]


def in_order(
    items: Iterable[Item],
    size: int,
    limit: int,
    submit: Callable[[list[Record]], Future[list[Result]]],
    collect: Callable[[list[Item], Future[list[Result]] | None, Pending], list[Result]],
) -> Iterator[Result]:
    """Results of ``items`` sent ``size`` records at a time, at most ``limit`` batches
    in flight, yielded in input order. ``collect`` waits for one batch's results."""
    pending: Pending = deque()
    source = batches(items, size)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            batch = next(source, None)
            if batch is None:
                exhausted = True
                break
            records = [r for r in batch if isinstance(r, Record)]
            pending.append((batch, submit(records) if records else None))
        if not pending:
            break
        batch, future = pending.popleft()
        yield from _merge(batch, collect(batch, future, pending))


def _results(
    pool: _Pool, batch: list[Item], future: Future[list[Result]] | None, pending: Pending
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


def _restart(pool: _Pool, pending: Pending) -> None:
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
