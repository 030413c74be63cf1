"""The one runner: executors by name or object, the pipeline built on the first record."""

from __future__ import annotations

import time

import pytest

from geowire import Config, Pipeline
from geowire.document import Document
from geowire.errors import ConfigError, PipelineError
from geowire.ingest import BadRecord, Record
from geowire.parallel import ProcessPool
from geowire.pipeline import component
from geowire.runner import Local, run

CLEAN_ONLY = Config(components=("geowire.clean.v1",), batch_size=2)
BUILT: list[int] = []


@component("test.runner.counted.v1", reads=("text",), writes=("title",))
def counted(config):
    """Counts how often it is built."""
    BUILT.append(1)
    return lambda doc: doc.replace(title="seen")


def records(texts: list[str]) -> list[Record]:
    return [Record(id=f"r{i}", text=t, origin=f"mem:{i}") for i, t in enumerate(texts)]


def unreadable(n: int) -> list[BadRecord]:
    return [BadRecord(f"f:{i}", None, f"f:{i}: not JSON") for i in range(n)]


def test_no_pipeline_is_built_before_the_first_record():
    bad = Config(components=("geowire.no_such_component.v1",))
    out = run(bad, unreadable(2))
    assert [b.origin for b in out] == ["f:0", "f:1"]  # no error: nothing was built
    it = run(bad, [*unreadable(1), *records(["x"])])
    assert isinstance(next(it), BadRecord)
    with pytest.raises(PipelineError, match="no_such_component"):
        next(it)


def test_the_pipeline_is_built_once_per_run():
    BUILT.clear()
    config = Config(components=("test.runner.counted.v1",), batch_size=2)
    out = list(run(config, [*unreadable(1), *records(["a", "b", "c"]), *unreadable(1)]))
    assert [type(d).__name__ for d in out] == [
        "BadRecord",
        "Document",
        "Document",
        "Document",
        "BadRecord",
    ]
    assert len(BUILT) == 1


def test_a_built_pipeline_is_reused():
    pipe = Pipeline(CLEAN_ONLY)
    out = list(run(pipe, records(["One.", "Two."]), executor=Local()))
    assert [d.text for d in out if isinstance(d, Document)] == ["One.", "Two."]


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"executor": "cluster"}, "executor must be one of local, process, dask"),
        ({"executor": "local", "workers": 2}, "local executor runs 1 worker"),
        ({"workers": 0}, "workers must be at least 1"),
        ({"time_limit": -1}, "time limit must be 0 or more"),
    ],
)
def test_bad_runner_options(kwargs, message):
    with pytest.raises(ConfigError, match=message):
        list(run(CLEAN_ONLY, records(["x"]), **kwargs))


def test_every_executor_gives_the_same_documents():
    texts = [f"Text number {i}." for i in range(5)]
    local = [d.to_dict() for d in run(CLEAN_ONLY, records(texts))]
    pooled = [d.to_dict() for d in run(CLEAN_ONLY, records(texts), executor=ProcessPool(1))]
    assert local == pooled
    assert [d["text"] for d in local] == texts


def test_a_document_carries_its_records_origin():
    for executor in (None, ProcessPool(1)):
        docs = list(run(CLEAN_ONLY, records(["a", "b"]), executor=executor))
        assert [d.origin for d in docs] == ["mem:0", "mem:1"]


@component("test.runner.stall.v1", reads=("text",), writes=("times",))
def stall(config):
    """Stalls on a text holding STALL (a text too slow to process)."""

    def run_one(doc):
        while "STALL" in doc.text:
            time.sleep(0.01)
        return doc

    return run_one


def test_the_store_ingest_applies_the_time_limit(tmp_path):
    from geowire.store import Store, ingest_records

    config = Config(components=("geowire.clean.v1", "test.runner.stall.v1"), batch_size=2)
    bad: list[BadRecord] = []
    with Store(tmp_path / "s.duckdb") as store:
        stats = ingest_records(
            store,
            records(["Iran met Iraq.", "STALL here.", "Syria met Jordan."]),
            Pipeline(config),
            on_bad=bad.append,
            time_limit=0.5,
        )
        assert store.known(["r0", "r1", "r2"]) == {"r0", "r2"}
    assert (stats.added, stats.failed) == (2, 1)
    assert "time limit" in bad[0].error and bad[0].origin == "mem:1"
