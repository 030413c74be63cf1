"""A kill -9 in the middle of an ingest leaves a consistent store; re-running completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from geowire.store import Store

HERE = Path(__file__).resolve().parent
N = 40


def _run(db: Path, kill_after: int | None = None, mode: str = "single") -> int:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "killworker.py"), str(db), str(N), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    if kill_after is None:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        return N
    done = 0
    for line in proc.stdout:
        if line.startswith("added"):
            done += 1
            if done >= kill_after:
                break
    # the writer is in the middle of its next transactions now
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return done


def _snapshot(db: Path) -> dict:
    with Store(db, read_only=True) as s:
        stats = s.stats()
        assert s.check() == []
        events = s.fetch("SELECT id, doc_id, cluster_id FROM events ORDER BY id")
        docs = s.fetch("SELECT id, story_id, n_events FROM documents ORDER BY id")
        links = s.fetch("SELECT doc_id, other_id FROM doc_links ORDER BY doc_id, other_id")
    counts = {k: v for k, v in stats.items() if k not in ("bytes", "path")}
    return {"counts": counts, "events": events, "docs": docs, "links": links}


@pytest.mark.parametrize("mode", ["single", "batch"])
def test_kill_9_mid_ingest_then_rerun(tmp_path: Path, mode: str):
    clean_db = tmp_path / "clean.duckdb"
    _run(clean_db)
    clean = _snapshot(clean_db)
    assert clean["counts"]["documents"] == N
    assert clean["counts"]["events"] == N * 120
    assert clean["counts"]["stories"] < N  # the wire copies joined their stories

    db = tmp_path / "killed.duckdb"
    done = _run(db, kill_after=12, mode=mode)
    with Store(db) as s:  # opens (replaying the log) and is consistent
        assert s.check() == []
        stored = s.stats()["documents"]
        assert stored < N
        if mode == "single":
            assert done <= stored
        assert s.stats()["events"] == sum(d["n_events"] for d in s.documents(limit=N))

    _run(db, mode=mode)  # run the same ingest again: it completes the store
    again = _snapshot(db)
    assert again == clean

    _run(db, mode=mode)  # and once more: nothing changes
    assert _snapshot(db) == clean
