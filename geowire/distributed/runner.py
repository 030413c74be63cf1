"""Dask: the Dask executor of :func:`geowire.runner.run`, and corpus-to-Parquet runs.

>>> from geowire.runner import run
>>> for item in run(config, records, executor=Dask(scheduler="tcp://head:8786")):
...     ...  # Documents and BadRecords in input order, as from any executor
>>> from geowire.distributed import run_distributed
>>> result = run_distributed(["corpus/"], "out/", scheduler="tcp://head:8786")
>>> result.documents, result.rows["events"]

:class:`Dask` sends batches of records to the workers and brings their documents
back to this process. :func:`run_distributed` leaves them on the workers instead:

the driver reads the inputs as a stream and sends partitions of
``partition_size`` records to the workers, keeping only a few partitions per
worker in flight, so memory stays flat on any corpus size. Each worker process
builds its pipeline once (a worker plugin does it when the worker starts; the
task falls back to the same per-process cache), processes its partition with
:func:`geowire.work.process` (a bad record costs only itself; the time limit
applies as everywhere) and writes one
Parquet file per table: ``out/documents/part-000000.parquet``,
``out/events/part-000000.parquet``, ... Partition numbers follow the input
order, so a run over the same corpus writes the same files, and running again
replaces them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._version import __version__
from ..config import Config
from ..document import Document
from ..errors import ConfigError, GeowireError
from ..ingest import BadRecord, Record
from ..parallel import batches, in_order
from ..work import (
    Job,
    Result,
    batch_in_worker,
    check_time_limit,
    default_time_limit,
    process,
    worker_pipeline,
)
from .sources import iter_inputs
from .tables import TABLE_NAMES, write_partition

__all__ = [
    "Dask",
    "run_distributed",
    "run_local",
    "process_partition",
    "PartitionResult",
    "RunResult",
    "PipelinePlugin",
    "read_documents",
    "local_cluster",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PartitionResult:
    """What one partition produced."""

    part: int
    documents: int
    rows: dict[str, int]
    bad: tuple[BadRecord, ...]
    seconds: float
    worker: str = ""


@dataclass(frozen=True)
class RunResult:
    """What a whole run produced (also written to ``out_dir/manifest.json``)."""

    out_dir: Path
    partitions: int
    documents: int
    rows: dict[str, int]
    bad: tuple[BadRecord, ...]
    seconds: float
    workers: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "geowire": __version__,
            "out_dir": str(self.out_dir),
            "partitions": self.partitions,
            "documents": self.documents,
            "bad_records": len(self.bad),
            "rows": dict(self.rows),
            "seconds": round(self.seconds, 3),
            "workers": list(self.workers),
        }


def process_partition(
    part: int,
    records: Sequence[Record],
    config: Config,
    out_dir: str,
    time_limit: float | None = None,
) -> PartitionResult:
    """Process one partition of records and write its Parquet files (runs on a worker).

    ``time_limit``: as for :func:`geowire.runner.run` (None: the default)."""
    start = time.perf_counter()
    pipe = worker_pipeline(config)
    docs: list[Document] = []
    bad: list[BadRecord] = []
    for item in process(pipe, records, config.batch_size, time_limit=time_limit):
        if isinstance(item, BadRecord):
            bad.append(item)
        else:
            docs.append(item.replace(parse=None))
    rows = write_partition(out_dir, part, docs)
    worker = ""
    try:
        from distributed import get_worker

        worker = get_worker().address
    except (ImportError, ValueError):
        pass
    return PartitionResult(part, len(docs), rows, tuple(bad), time.perf_counter() - start, worker)


try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPluginBase
except ImportError:  # pragma: no cover - dask is a dependency
    _WorkerPluginBase = object  # type: ignore[assignment,misc]


class PipelinePlugin(_WorkerPluginBase):
    """Builds the pipeline (loads the model) once when each worker starts."""

    name = "geowire-pipeline"

    def __init__(self, config: Config) -> None:
        self.config = config

    def setup(self, worker: Any) -> None:
        worker_pipeline(self.config)


def _partitions(
    items: Iterable[Record | BadRecord], size: int, bad: list[BadRecord]
) -> Iterator[list[Record]]:
    """The good records in partitions of ``size``; bad ones go to ``bad`` as they come."""

    def good() -> Iterator[Record]:
        for item in items:
            if isinstance(item, BadRecord):
                bad.append(item)
            else:
                yield item

    return batches(good(), size)


def _write_manifest(result: RunResult) -> None:
    path = result.out_dir / "manifest.json"
    path.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")


def _finish(
    out: Path,
    parts: list[PartitionResult],
    bad: list[BadRecord],
    start: float,
) -> RunResult:
    parts.sort(key=lambda p: p.part)
    rows = {name: sum(p.rows.get(name, 0) for p in parts) for name in TABLE_NAMES}
    all_bad = [*bad, *(b for p in parts for b in p.bad)]
    for b in all_bad:
        log.warning("skipped %s", b.error)
    result = RunResult(
        out_dir=out,
        partitions=len(parts),
        documents=sum(p.documents for p in parts),
        rows=rows,
        bad=tuple(all_bad),
        seconds=time.perf_counter() - start,
        workers=tuple(sorted({p.worker for p in parts if p.worker})),
    )
    _write_manifest(result)
    return result


def _prepare_out(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    return out


def run_local(
    inputs: Sequence[str | Path] | Iterable[Record | BadRecord],
    out_dir: str | Path,
    *,
    config: Config | None = None,
    partition_size: int = 256,
    published: dt.date | None = None,
    time_limit: float | None = None,
) -> RunResult:
    """The same run in this process, without Dask (same files, same rows)."""
    config = config or Config()
    limit = _limit(time_limit)
    start = time.perf_counter()
    out = _prepare_out(out_dir)
    bad: list[BadRecord] = []
    parts = [
        process_partition(i, batch, config, str(out), limit)
        for i, batch in enumerate(_partitions(_items(inputs, published), partition_size, bad))
    ]
    return _finish(out, parts, bad, start)


def _items(
    inputs: Sequence[str | Path] | Iterable[Record | BadRecord], published: dt.date | None
) -> Iterable[Record | BadRecord]:
    if isinstance(inputs, (list, tuple)) and all(isinstance(i, (str, Path)) for i in inputs):
        return iter_inputs(inputs, published=published)
    return inputs  # type: ignore[return-value]


def _limit(time_limit: float | None) -> float:
    """The time limit, checked, fixed here (not read from each worker's environment)."""
    return default_time_limit() if time_limit is None else check_time_limit(time_limit)


@contextlib.contextmanager
def _connected(client: Any, scheduler: str | None, workers: int | None, config: Config) -> Any:
    """A Dask client: ``client`` (or a scheduler address given as one), else one to
    ``scheduler``, else to a LocalCluster of ``workers`` processes (default 2) started
    and stopped here; every worker builds ``config``'s pipeline when it starts."""
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ConfigError(f"the Dask runner needs dask[distributed]: {exc}") from None
    if isinstance(client, str):  # a scheduler address given as the client
        client, scheduler = None, client
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = local_cluster(workers or 2)
            client = Client(cluster)
    try:
        try:
            client.register_plugin(PipelinePlugin(config), name=PipelinePlugin.name)
        except Exception as exc:  # noqa: BLE001 - the task falls back to its own cache
            if isinstance(exc, GeowireError):
                raise
            log.warning("worker plugin not registered (%s); tasks load the model", exc)
        yield client
    finally:
        if own_client:
            client.close()
            if cluster is not None:
                cluster.close()


def _in_flight(client: Any, per_worker: int) -> int:
    return max(2, max(1, len(client.scheduler_info().get("workers", {}))) * per_worker)


@dataclass
class Dask:
    """The workers of a Dask cluster, one pipeline each (an executor of ``run``).

    The cluster is ``client`` (a ``distributed.Client``, or a scheduler address),
    else the scheduler at ``scheduler`` ("tcp://host:8786"), else a LocalCluster of
    ``workers`` processes (default 2) started and stopped by the run. At most
    ``in_flight_per_worker`` batches per worker are queued. Documents come back
    without their spaCy parse.
    """

    client: Any = None
    scheduler: str | None = None
    workers: int | None = None
    in_flight_per_worker: int = 2

    def run(self, job: Job) -> Iterator[Result]:
        with _connected(self.client, self.scheduler, self.workers, job.config) as client:

            def submit(records: list[Record]) -> Any:
                return client.submit(
                    batch_in_worker, records, job.config, job.time_limit, pure=False
                )

            yield from in_order(
                job.items,
                job.size,
                _in_flight(client, self.in_flight_per_worker),
                submit,
                lambda batch, future, pending: future.result() if future is not None else [],
            )


def local_cluster(workers: int = 2, *, memory_limit: str = "2GiB") -> Any:
    """A LocalCluster of ``workers`` single-threaded processes (one model each)."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        memory_limit=memory_limit,
        dashboard_address=None,
        scheduler_kwargs={"dashboard": False},
        silence_logs=logging.ERROR,
    )


def run_distributed(
    inputs: Sequence[str | Path] | Iterable[Record | BadRecord],
    out_dir: str | Path,
    *,
    config: Config | None = None,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    partition_size: int = 256,
    in_flight_per_worker: int = 2,
    published: dt.date | None = None,
    time_limit: float | None = None,
) -> RunResult:
    """Process a corpus on a Dask cluster into partitioned Parquet tables under ``out_dir``.

    ``inputs``: paths (files, directories, JSONL, Parquet tables of texts) or an
    iterable of Records. The cluster is ``client`` (a ``distributed.Client``, or a
    scheduler address), else
    the scheduler at ``scheduler`` ("tcp://host:8786"), else a LocalCluster of
    ``workers`` processes (default 2) started and stopped here. ``out_dir`` must be
    reachable by every worker under the same path (a shared file system).
    ``time_limit``: as for :func:`geowire.runner.run` (None: the default, fixed by
    the driver).
    """
    try:
        from distributed import as_completed
    except ImportError as exc:  # pragma: no cover - dask is a dependency
        raise ConfigError(f"the Dask runner needs dask[distributed]: {exc}") from None
    if partition_size < 1:
        raise ConfigError(f"partition_size must be at least 1, not {partition_size}")
    config = config or Config()
    limit = _limit(time_limit)
    start = time.perf_counter()
    out = _prepare_out(out_dir)
    with _connected(client, scheduler, workers, config) as dask:
        limit_in_flight = _in_flight(dask, in_flight_per_worker)
        bad: list[BadRecord] = []
        parts: list[PartitionResult] = []
        running = as_completed()
        queued = 0
        for i, batch in enumerate(_partitions(_items(inputs, published), partition_size, bad)):
            running.add(
                dask.submit(
                    process_partition, i, batch, config, str(out.resolve()), limit, pure=False
                )
            )
            queued += 1
            while queued >= limit_in_flight:
                parts.append(next(running).result())
                queued -= 1
        for future in running:
            parts.append(future.result())
        return _finish(out, parts, bad, start)


def read_documents(out_dir: str | Path) -> list[Document]:
    """The documents of a run's output, in input order."""
    import duckdb

    pattern = str(Path(out_dir) / "documents" / "*.parquet")
    con = duckdb.connect()
    try:
        rows = con.execute(
            "SELECT json FROM read_parquet(?) ORDER BY part, pos", [pattern]
        ).fetchall()
    finally:
        con.close()
    return [Document.from_dict(json.loads(r[0])) for r in rows]
