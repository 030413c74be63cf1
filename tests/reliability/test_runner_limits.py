"""The runner's limits: a document that takes too long is skipped, the others are kept."""

from __future__ import annotations

import time

import pytest

from geowire.config import Config
from geowire.document import Document
from geowire.errors import ConfigError
from geowire.ingest import BadRecord, Record
from geowire.pipeline import Pipeline, component
from geowire.runner import default_time_limit, one_line, process, run


@component("reliability.test.stall.v1", reads=("text",), writes=("title",))
class Stall:
    """Loops forever on a text containing STALL; raises on BOOM; else sets the title."""

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        if "STALL" in doc.text:
            while True:
                time.sleep(0.01)
        if "BOOM" in doc.text:
            raise RuntimeError("line one\nline two\n" + "x" * 1000)
        return doc.replace(title="done")


def pipe() -> Pipeline:
    return Pipeline(Config(components=("reliability.test.stall.v1",), batch_size=4))


def rec(i: str, text: str) -> Record:
    return Record(id=i, text=text, origin=f"in:{i}")


@pytest.mark.parametrize(
    "texts, expected",
    [
        (["a", "STALL", "b"], ["doc", "time limit", "doc"]),
        (["STALL"], ["time limit"]),
        (["a", "BOOM", "STALL", "b", "c", "d"], ["doc", "RuntimeError", "time limit", "doc"]),
    ],
)
def test_a_stalled_document_costs_only_itself(texts, expected):
    records = [rec(str(i), t) for i, t in enumerate(texts)]
    out = list(process(pipe(), records, time_limit=0.3))
    kinds = []
    for item in out:
        if isinstance(item, BadRecord):
            assert "\n" not in item.error and item.error.startswith(f"in:{item.id}: ")
            kinds.append("time limit" if "time limit" in item.error else "RuntimeError")
        else:
            assert item.title == "done"
            kinds.append("doc")
    assert kinds[: len(expected)] == expected
    assert len(out) == len(texts)


@pytest.mark.parametrize("in_thread", [False, True])
def test_the_limit_is_lifted_after_the_run(in_thread):
    from concurrent.futures import ThreadPoolExecutor

    def go() -> list:
        out = list(run(pipe(), [rec("1", "fine")], time_limit=0.2))
        time.sleep(0.4)  # no alarm, no pending interruption left behind
        return out

    if in_thread:
        with ThreadPoolExecutor(1) as pool:
            out = pool.submit(go).result(timeout=30)
    else:
        out = go()
    assert isinstance(out[0], Document)


def test_a_stalled_document_is_skipped_in_a_thread_too():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(
            lambda: list(run(pipe(), [rec("1", "STALL"), rec("2", "b")], time_limit=0.3))
        )
        out = future.result(timeout=30)
    assert isinstance(out[0], BadRecord) and "time limit" in out[0].error
    assert isinstance(out[1], Document)


def test_zero_means_no_limit():
    out = list(process(pipe(), [rec("1", "fine")], time_limit=0))
    assert isinstance(out[0], Document)


@pytest.mark.parametrize("value", [-1, float("nan"), float("inf")])
def test_bad_time_limit_is_a_config_error(value):
    with pytest.raises(ConfigError, match="time limit"):
        list(run(pipe(), [rec("1", "fine")], time_limit=value))


@pytest.mark.parametrize("value, expected", [("", 300.0), ("12.5", 12.5), ("0", 0.0)])
def test_time_limit_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("GEOWIRE_TIME_LIMIT", value)
    assert default_time_limit() == expected


@pytest.mark.parametrize("value", ["soon", "-1", "nan", "inf"])
def test_bad_time_limit_in_the_environment_is_a_config_error(monkeypatch, value):
    monkeypatch.setenv("GEOWIRE_TIME_LIMIT", value)
    with pytest.raises(ConfigError, match="GEOWIRE_TIME_LIMIT"):
        default_time_limit()


@pytest.mark.parametrize(
    "message, expected",
    [
        ("a\nb\t c", "a b c"),
        ("x" * 400, "x" * 299 + "\u2026"),
        ("  short  ", "short"),
    ],
)
def test_one_line(message, expected):
    assert one_line(message) == expected
