"""Distributed runs on Dask: the Dask executor of the runner, and a corpus in,
partitioned Parquet tables out.

See ``docs/scaling.md`` for running on a real cluster (Slurm, Kubernetes).
"""

from __future__ import annotations

from .runner import (
    Dask,
    PartitionResult,
    PipelinePlugin,
    RunResult,
    local_cluster,
    process_partition,
    read_documents,
    run_distributed,
    run_local,
)
from .sources import iter_inputs, iter_parquet
from .tables import SCHEMAS, TABLE_NAMES, rows_of, write_partition

__all__ = [
    "Dask",
    "run_distributed",
    "run_local",
    "read_documents",
    "process_partition",
    "local_cluster",
    "PartitionResult",
    "RunResult",
    "PipelinePlugin",
    "iter_inputs",
    "iter_parquet",
    "SCHEMAS",
    "TABLE_NAMES",
    "rows_of",
    "write_partition",
]
