"""geowire.distributed.runner: a LocalCluster run equals the single-process run."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from geowire import Config, Document, Pipeline
from geowire.distributed import Dask, local_cluster, read_documents, run_distributed, run_local
from geowire.ingest import BadRecord, Record, iter_records
from geowire.runner import process, run

TEXTS = [
    "Iraqi officials met Iranian diplomats in Baghdad on Sunday.",
    'The minister said: "We will not accept this." He left for Cairo on Monday.',
    "Protesters clashed with police in Damascus, officials said on Tuesday.",
    "Iran's foreign minister urged Gulf states to sign a security pact last week.",
    "United Nations inspectors arrived in Tehran two days ago, the agency said.",
]

CLEAN_ONLY = Config(components=("geowire.clean.v1",))


def corpus(tmp_path: Path, texts: list[str] = TEXTS) -> Path:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": f"d{i}", "text": t, "published": "2007-12-10"})
        for i, t in enumerate(texts)
    ]
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def tables(out: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect()
    result = {}
    for name in ("documents", "events", "quotes", "actors", "times", "places"):
        cols = "* EXCLUDE (ingested_at)" if name == "documents" else "*"
        result[name] = con.execute(
            f"SELECT {cols} FROM read_parquet('{out / name / '*.parquet'}') ORDER BY ALL"
        ).fetchall()
    con.close()
    return result


def test_run_local_writes_partitions_in_order(tmp_path: Path) -> None:
    texts = [f"Article number {i}." for i in range(7)]
    result = run_local(
        [str(corpus(tmp_path, texts))], tmp_path / "out", config=CLEAN_ONLY, partition_size=3
    )
    assert (result.partitions, result.documents, len(result.bad)) == (3, 7, 1)
    assert sorted(p.name for p in (tmp_path / "out" / "documents").iterdir()) == [
        "part-000000.parquet",
        "part-000001.parquet",
        "part-000002.parquet",
    ]
    assert [d.text for d in read_documents(tmp_path / "out")] == texts
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["documents"] == 7 and manifest["bad_records"] == 1


@pytest.fixture(scope="module")
def cluster_client():
    from distributed import Client

    cluster = local_cluster(2, memory_limit="1.5GiB")
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.mark.model
def test_local_cluster_equals_single_process(tmp_path: Path, cluster_client) -> None:
    path = corpus(tmp_path)
    config = Config(batch_size=2)
    dist = run_distributed(
        [str(path)], tmp_path / "dask", config=config, client=cluster_client, partition_size=2
    )
    assert dist.documents == len(TEXTS) and len(dist.bad) == 1
    assert dist.partitions == 3
    # the same corpus through one process, with no Dask at all
    pipe = Pipeline(config)
    single = [d.to_dict() for d in process(pipe, iter_records([path])) if not hasattr(d, "error")]
    assert [d.to_dict() for d in read_documents(tmp_path / "dask")] == single
    # and every table equals the one written by the in-process runner
    run_local([str(path)], tmp_path / "local", config=config, partition_size=2)
    assert tables(tmp_path / "dask") == tables(tmp_path / "local")


def test_records_as_input_and_client_reuse(tmp_path: Path, cluster_client) -> None:
    records = [Record(id=f"r{i}", text=f"Text {i}.", origin=f"mem:{i}") for i in range(5)]
    result = run_distributed(
        records, tmp_path / "out", config=CLEAN_ONLY, client=cluster_client, partition_size=2
    )
    assert result.documents == 5 and result.partitions == 3
    assert len(result.workers) >= 1
    pattern = tmp_path / "out" / "documents" / "*.parquet"
    origins = duckdb.sql(
        f"SELECT origin FROM read_parquet('{pattern}') ORDER BY part, pos"
    ).fetchall()
    assert [o[0] for o in origins] == [f"mem:{i}" for i in range(5)]


def test_scheduler_address_connects_to_the_cluster(tmp_path: Path, cluster_client) -> None:
    address = cluster_client.scheduler.address
    records = [Record(id=f"r{i}", text=f"Text {i}.", origin=f"mem:{i}") for i in range(3)]
    result = run_distributed(records, tmp_path / "out", config=CLEAN_ONLY, client=address)
    assert result.documents == 3 and result.partitions == 1
    assert cluster_client.status == "running"  # the shared client is left open


def test_dask_executor_streams_documents_in_order(tmp_path: Path, cluster_client) -> None:
    path = corpus(tmp_path, [f"Article number {i}." for i in range(5)])
    items = list(iter_records([path]))
    config = CLEAN_ONLY.replace(batch_size=2)
    local = [d.to_dict() if isinstance(d, Document) else d for d in run(config, items)]
    dask = run(config, items, executor=Dask(client=cluster_client), time_limit=30)
    got = [d.to_dict() if isinstance(d, Document) else d for d in dask]
    assert got == local and isinstance(got[2], BadRecord)
    assert cluster_client.status == "running"  # the shared client is left open


def test_run_local_applies_the_time_limit(tmp_path: Path) -> None:
    from geowire.errors import ConfigError

    with pytest.raises(ConfigError, match="time limit"):
        run_local([str(corpus(tmp_path))], tmp_path / "out", config=CLEAN_ONLY, time_limit=-1)
    result = run_local([str(corpus(tmp_path))], tmp_path / "out", config=CLEAN_ONLY, time_limit=0)
    assert result.documents == len(TEXTS)
