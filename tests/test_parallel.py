"""The process-pool executor of the runner: order kept, bad and crashing records reported."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from geowire import Config
from geowire.errors import ConfigError
from geowire.ingest import BadRecord, Record
from geowire.parallel import ProcessPool, WorkerInfo
from geowire.runner import run

CLEAN_ONLY = Config(components=("geowire.clean.v1",), batch_size=3)

PLUGIN = '''
"""A test component: raises on RAISE, kills its process on CRASH, stalls on SLOW."""
import os
import time

from geowire.pipeline import component


@component("test.crashy.v1", reads=("text",), writes=("title",))
class Crashy:
    def __init__(self, config):
        pass

    def __call__(self, doc):
        if "CRASH" in doc.text:
            os._exit(3)
        if "RAISE" in doc.text:
            raise ValueError("boom")
        if "SLOW" in doc.text:
            time.sleep(30)
        return doc.replace(title=doc.text.upper())
'''


def records(texts: list[str]) -> list[Record]:
    return [Record(id=f"r{i}", text=t, origin=f"mem:{i}") for i, t in enumerate(texts)]


@pytest.fixture()
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    name = f"crashy_plugin_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{name}.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name
    sys.modules.pop(name, None)


@pytest.mark.parametrize("workers", [1, 2])
def test_order_preserved_and_bad_records_passed_through(workers: int) -> None:
    items: list[Record | BadRecord] = list(records([f"Text number {i}." for i in range(11)]))
    items.insert(4, BadRecord("file.jsonl:5", None, "file.jsonl:5: not JSON"))
    out = list(run(CLEAN_ONLY, items, workers=workers))
    assert len(out) == 12
    assert isinstance(out[4], BadRecord) and out[4].origin == "file.jsonl:5"
    docs = [d for d in out if not isinstance(d, BadRecord)]
    assert [d.id for d in docs] == [f"r{i}" for i in range(11)]
    assert [d.text for d in docs] == [f"Text number {i}." for i in range(11)]


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["a", "RAISE b", "c"], ["A", "bad", "C"]),
        (["a", "CRASH b", "c", "d"], ["A", "crashed", "C", "D"]),
        (["CRASH", "CRASH", "x"], ["crashed", "crashed", "X"]),
    ],
)
def test_failures_are_reported_not_fatal(plugin: str, texts: list[str], expected) -> None:
    config = Config(components=("test.crashy.v1",), batch_size=2)
    out = list(run(config, records(texts), executor=ProcessPool(2, plugins=(plugin,))))
    got = []
    for item in out:
        if isinstance(item, BadRecord):
            got.append("crashed" if "crashed" in item.error else "bad")
        else:
            got.append(item.title)
    assert got == expected


def test_documents_come_back_without_parse() -> None:
    out = list(run(CLEAN_ONLY, records(["One.", "Two."]), workers=2))
    assert all(d.parse is None for d in out)


def test_worker_info_reports_each_worker() -> None:
    info: list[WorkerInfo] = []
    out = list(run(CLEAN_ONLY, records(["x"] * 8), executor=ProcessPool(2, info=info)))
    assert len(out) == 8
    assert 1 <= len(info) <= 2
    assert all(w.peak_rss_mb > 0 for w in info)


def test_workers_must_be_positive() -> None:
    with pytest.raises(ConfigError):
        list(run(CLEAN_ONLY, records(["x"]), workers=0))
    with pytest.raises(ConfigError):
        list(run(CLEAN_ONLY, records(["x"]), executor=ProcessPool(0)))


@pytest.mark.model
def test_same_output_as_one_process() -> None:
    texts = [
        "Iraqi officials met Iranian diplomats in Baghdad on Sunday.",
        'The minister said: "We will not accept this." He left on Monday.',
        "Protesters clashed with police in Cairo, officials said.",
    ]
    config = Config(batch_size=2)
    one = [d.to_dict() for d in run(config, records(texts), workers=1)]
    two = [d.to_dict() for d in run(config, records(texts), workers=2)]
    assert one == two


@pytest.mark.parametrize("workers", [1, 2])
def test_a_config_that_cannot_be_built_raises(workers: int) -> None:
    from geowire.errors import PipelineError

    bad = Config(components=("geowire.no_such_component.v1",))
    with pytest.raises(PipelineError, match="no_such_component"):
        list(run(bad, records(["x", "y"]), workers=workers))


@pytest.mark.parametrize(
    "texts, limit, expected",
    [(["a", "b"], 0, ["A", "B"]), (["a", "b SLOW", "c"], 0.5, ["A", "time limit", "C"])],
)
def test_time_limit_is_passed_to_workers(plugin: str, texts, limit: float, expected) -> None:
    config = Config(components=("test.crashy.v1",), batch_size=2)
    pool = ProcessPool(2, plugins=(plugin,))
    out = list(run(config, records(texts), executor=pool, time_limit=limit))
    got = [d.error.split(": ", 1)[1][:50] if isinstance(d, BadRecord) else d.title for d in out]
    got = ["time limit" if "time limit" in g else g for g in got]
    assert got == expected


@pytest.mark.model
def test_extract_workers_flag_gives_the_same_output(cli, tmp_path: Path) -> None:
    import json

    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps(
            {"id": "a", "text": "Iraq urged Iran to talk on Sunday.", "published": "2007-12-10"}
        ),
        "{bad",
        json.dumps({"id": "b", "text": '"We will," the minister said in Cairo.'}),
    ]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

    one = cli("extract", str(corpus), "-f", "jsonl")
    two = cli("extract", str(corpus), "-f", "jsonl", "--workers", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == 2
    assert "c.jsonl:2" in two.stderr


def test_a_submit_to_a_pool_that_just_lost_a_worker_is_retried(monkeypatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    from geowire.parallel import _Pool

    pool = _Pool(CLEAN_ONLY, 1, "spawn", (), 0.0)
    try:

        def closed(*args, **kwargs):
            raise OSError("handle is closed")

        monkeypatch.setattr(pool.executor, "submit", closed)
        with pytest.raises(BrokenProcessPool, match="handle is closed"):
            pool.submit(records(["x"])).result()
    finally:
        monkeypatch.undo()
        pool.shutdown()
