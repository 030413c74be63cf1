"""The one runner: records in, documents out, bad records reported and skipped.

>>> from geowire.runner import run
>>> for item in run(config, iter_records(paths), workers=4, time_limit=60):
...     ...  # Documents and BadRecords, in input order

:func:`run` is what ``geowire extract``, ``ingest``, ``bench`` and ``demo`` and
the store's ingest call. Where the work happens is its ``executor``: ``"local"``
(this process), ``"process"`` (a pool of worker processes on this machine,
:class:`geowire.parallel.ProcessPool`) or ``"dask"`` (the workers of a Dask
cluster, :class:`geowire.distributed.Dask`), or an executor object configured
beyond the defaults. Every executor processes its batches with :func:`process`,
so a bad record is treated the same everywhere: a failing batch is retried
record by record, and a record that still fails is reported as a
:class:`~geowire.ingest.BadRecord` with its origin, the rest kept. The pipeline
(in workers too) is built when the first record arrives, so an input that
holds only unreadable records reports them without loading a model.

**The time limit** is one mechanism, the pipeline's deadline (see
:mod:`geowire.pipeline`), whatever the entry point (the CLI, the store's ingest,
:func:`geowire.extract`, the HTTP API) or the executor: it is checked before each
component, and a component still running when it passes is interrupted in the
thread that runs it. It replaced three limits chosen separately (a SIGALRM timer
around the CLI's batches, a check between components for the Python API, the
HTTP API's wait on a future) because it is the one that holds everywhere: a
signal reaches only a process's main thread (not the HTTP API's worker thread,
nor Dask's task threads), and a wait on a future stops the waiting, not the work.
The pipeline still uses SIGALRM to deliver the interruption where it can (the
main thread of the CLI and of pool workers: it also ends a blocking system call
or a long regular-expression match), and an exception set for the thread
elsewhere. ``time_limit`` is seconds per batch, then per record retried alone;
None: the default (:func:`default_time_limit`); 0: no limit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from .config import Config
from .errors import ConfigError
from .ingest import Record
from .pipeline import Pipeline
from .work import (
    DEFAULT_TIME_LIMIT,
    Executor,
    Item,
    Job,
    Result,
    check_time_limit,
    default_time_limit,
    one_line,
    process,
    to_document,
)

__all__ = [
    "run",
    "Local",
    "EXECUTORS",
    "Executor",
    "Job",
    "Item",
    "Result",
    "process",
    "to_document",
    "check_time_limit",
    "default_time_limit",
    "DEFAULT_TIME_LIMIT",
    "one_line",
]


class Local:
    """This process: one pipeline (the one given, or built from the config)."""

    def run(self, job: Job) -> Iterator[Result]:
        pipe = job.pipeline if isinstance(job.pipeline, Pipeline) else Pipeline(job.pipeline)
        return process(pipe, job.items, job.batch_size, time_limit=job.time_limit)


EXECUTORS = ("local", "process", "dask")


def _executor(executor: str | Executor | None, workers: int) -> Executor:
    if workers < 1:
        raise ConfigError(f"workers must be at least 1, not {workers}")
    if executor is not None and not isinstance(executor, str):
        return executor
    name = executor or ("local" if workers == 1 else "process")
    if name == "local":
        if workers != 1:
            raise ConfigError(f"the local executor runs 1 worker, not {workers}")
        return Local()
    if name == "process":
        from .parallel import ProcessPool

        return ProcessPool(workers)
    if name == "dask":
        from .distributed import Dask

        return Dask(workers=workers)
    raise ConfigError(f"executor must be one of {', '.join(EXECUTORS)}, not {executor!r}")


def run(
    config: Config | Pipeline | None,
    records: Iterable[Item],
    *,
    workers: int = 1,
    time_limit: float | None = None,
    executor: str | Executor | None = None,
    batch_size: int | None = None,
) -> Iterator[Result]:
    """Documents for good records and BadRecords, in input order.

    ``config``: the Config to build pipelines from (None: the defaults), or a built
    Pipeline to reuse in this process. ``workers``: processes (or Dask workers) for
    an executor named by string; ``executor``: "local", "process", "dask" or an
    executor object (None: "local" for 1 worker, else "process"). ``time_limit``:
    seconds per batch and per record retried alone (None: :func:`default_time_limit`;
    0: none). ``batch_size``: records per batch (default: the config's). A
    configuration that cannot be built raises its error.
    """
    limit = default_time_limit() if time_limit is None else check_time_limit(time_limit)
    chosen = _executor(executor, workers)
    items = iter(records)
    for item in items:
        if isinstance(item, Record):
            job = Job(config or Config(), itertools.chain([item], items), batch_size, limit)
            yield from chosen.run(job)
            return
        yield item
