"""The bad-input matrix, end to end through ``geowire extract`` and ``geowire ingest``.

Every broken or hostile file of :mod:`badinputs` sits in one folder between good
articles; the commands run as a user runs them (subprocesses, with a timeout so a
hang fails the test rather than the suite; the small standard-input cases run in
process, through the ``cli`` fixture). For each case: the exit status, one
line on stderr per warning or skipped record naming the file, no traceback, and
every good record around it still in the output.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from badinputs import Case, cases, monsters

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 900  # seconds: far above a normal run, far below a hang
CASES = cases()
MONSTERS = monsters()

pytestmark = pytest.mark.model


def geowire(*args: str, env: dict[str, str] | None = None):
    """Start ``geowire ARGS`` (stdout/stderr captured; finish with :func:`finish`)."""
    return subprocess.Popen(
        [sys.executable, "-m", "geowire", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
    )


class Run:
    def __init__(self, proc: subprocess.Popen) -> None:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            pytest.fail(f"geowire did not finish in {TIMEOUT}s: {proc.args}")
        self.returncode = proc.returncode
        self.stdout = out.decode("utf-8")
        self.stderr = err.decode("utf-8", errors="replace")
        self.lines = [line for line in self.stderr.splitlines() if line.strip()]

    def docs(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def naming(self, case: Case) -> list[str]:
        return [line for line in self.lines if case.name in line]


def write(folder: Path, items: list[Case]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for case in items:
        (folder / case.name).write_bytes(case.data)
    return folder


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """extract and ingest over the matrix, and extract over the monsters, all at once."""
    base = tmp_path_factory.mktemp("bad")
    corpus = write(base / "corpus", CASES)
    huge = write(base / "monsters", MONSTERS)
    db = base / "store.duckdb"
    procs = {
        "extract": geowire("extract", str(corpus), "--format", "jsonl", "--no-progress"),
        "ingest": geowire(
            "ingest",
            str(corpus),
            "--db",
            str(db),
            "--no-progress",
            env={"GEOWIRE_TIME_LIMIT": "600"},
        ),
        "monsters": geowire(
            "extract",
            str(huge),
            "--format",
            "jsonl",
            "--no-progress",
            "--time-limit",
            "5",
            "--max-chars",
            "0",  # past the length limit: the time limit is what is tested here
        ),
    }
    done = {name: Run(proc) for name, proc in procs.items()}
    done["ingest"].db = db  # type: ignore[attr-defined]
    return done


# -- extract -------------------------------------------------------------------------


def test_extract_succeeds_without_traceback(runs):
    run = runs["extract"]
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    for line in run.lines:
        assert line.startswith(("skipped ", "WARNING ")), line


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_extract_case(runs, case: Case):
    run = runs["extract"]
    named = run.naming(case)
    skipped = [line for line in named if line.startswith("skipped ")]
    assert len(skipped) == case.skipped, named
    for message in case.messages:
        assert any(message in line for line in named), (message, named)
    texts = [d["text"] for d in run.docs()]
    for marker in case.markers:
        assert sum(marker in t for t in texts) == 1, marker


def test_extract_outputs_every_good_record_and_only_them(runs, schema):
    import jsonschema

    docs = runs["extract"].docs()
    assert len(docs) == sum(len(c.markers) for c in CASES)
    for doc in docs:
        jsonschema.validate(doc, schema)


def test_impossible_dates_resolve_to_real_dates_or_none(runs):
    (doc,) = [d for d in runs["extract"].docs() if "Lima officials" in d["text"]]
    for time in doc["times"]:
        value = time.get("value") or ""
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            dt.date.fromisoformat(value)  # raises on 2007-02-30


# -- ingest --------------------------------------------------------------------------


def test_ingest_stores_every_good_record(runs):
    from geowire.store import Store

    run = runs["ingest"]
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    good = sum(len(c.markers) for c in CASES)
    bad = sum(c.skipped for c in CASES)
    summary = run.lines[-1]
    assert summary.startswith(f"{good} added, 0 already stored, "), summary
    skipped = [line for line in run.lines if line.startswith("skipped ")]
    assert len(skipped) == bad
    # a record that cannot be read at all is reported; "failed" counts those processed
    with Store(run.db, read_only=True) as store:
        assert store.stats()["documents"] == good
        assert store.check() == []
        texts = [store.document(d["id"]).text for d in store.documents(limit=100)]
    for case in CASES:
        for marker in case.markers:
            assert any(marker in t for t in texts), marker


@pytest.mark.parametrize("case", [c for c in CASES if c.skipped], ids=lambda c: c.name)
def test_ingest_reports_each_bad_record(runs, case: Case):
    named = [line for line in runs["ingest"].naming(case) if line.startswith("skipped ")]
    assert len(named) == case.skipped, named


# -- monsters: a 10 MB article and a 1 MB sentence -----------------------------------


def test_monsters_are_bounded_and_lose_nothing_else(runs):
    run = runs["monsters"]
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    texts = [d["text"] for d in run.docs()]
    assert any("Romeo" in t for t in texts) and any("Sierra" in t for t in texts)
    sentence = [line for line in run.lines if "m02_sentence_1mb.txt" in line]
    assert sentence and sentence[0].startswith("skipped ") and "time limit" in sentence[0]
    article = [line for line in run.lines if "m01_article_10mb.txt" in line]
    # processed within the limit, or skipped with one line saying why
    assert any("Papa officials" in t for t in texts) or (
        len(article) == 1 and article[0].startswith("skipped ")
    ), article


# -- standard input ------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty text"),
        (b"\x00\x01\x02\xff" * 500, "binary data"),
        (b'{"text": "unterminated\n', "malformed JSON"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<rss><channel><item><description>&b;</description></item></channel></rss>",
            "refused unsafe XML",
        ),
    ],
    ids=["empty", "binary", "jsonl", "entities"],
)
def test_stdin_bad_input_is_one_line_and_exit_1(cli, data: bytes, message: str):
    run = cli("extract", "-", stdin=data)  # in this process: one small input each
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    assert len(lines) == 2, lines  # the skipped record, then the error
    assert lines[0].startswith("skipped <stdin>") and message in lines[0]
    assert lines[1] == "geowire: error: [E400] no document could be read"
