"""The store commands, run as a user runs them (in process: the ``cli`` fixture)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from storefactory import document, event

from geowire.store import Store

IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
TEXT = (
    "Iran and Iraq agreed on Sunday to expand cooperation on border security, officials "
    "in Baghdad said after two days of talks between the foreign ministers."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.duckdb"
    with Store(path) as s:
        s.add(
            document(
                TEXT,
                full=True,
                events=(
                    event(IRN, IRQ, "0211", date="2007-12-03", goldstein=3.4),
                    event(IRQ, IRN, "111", date="2007-12-12", goldstein=-2.0),
                ),
            )
        )
    return path


@pytest.mark.parametrize(
    "args, cameos",
    [
        (["events"], ["0211", "111"]),
        (["events", "--actor", "IRN", "--since", "2007-12-01", "--root", "02"], ["0211"]),
        (["events", "--source", "IRQ"], ["111"]),
        (["events", "--quad", "3"], ["111"]),
        (["events", "--until", "2007-11-30"], []),
    ],
)
def test_events(cli, db, args, cameos):
    out = cli(*args, "--db", str(db), "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    assert [json.loads(line)["cameo"] for line in out.stdout.splitlines()] == cameos


def test_events_table_output(cli, db):
    out = cli("events", "--db", str(db))
    assert out.returncode == 0 and "0211" in out.stdout


def test_quotes(cli, db):
    out = cli("quotes", "--db", str(db), "--speaker", "Hashimi", "--format", "json")
    assert out.returncode == 0, out.stderr
    assert [q["text"] for q in json.loads(out.stdout)] == ["we are neighbours"]


def test_dyad(cli, db):
    out = cli("dyad", "IRQ", "IRN", "--db", str(db), "--by", "week", "--format", "json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [(r["period"], r["q1"], r["q3"], r["goldstein_sum"]) for r in rows] == [
        ("2007-12-03", 1, 0, 3.4),
        ("2007-12-10", 0, 1, -2.0),
    ]


@pytest.mark.parametrize(
    "fmt, name",
    [("csv", "e.csv"), ("gdelt", "e.export.CSV"), ("jsonl", "e.jsonl"), (None, "e.csv")],
)
def test_export(cli, db, tmp_path, fmt, name):
    path = tmp_path / name
    out = cli("export", str(path), "--db", str(db), *(["--format", fmt] if fmt else []))
    assert out.returncode == 0, out.stderr
    assert "2 rows written" in out.stderr
    if fmt == "csv":
        assert len(list(csv.DictReader(path.open()))) == 2


@pytest.mark.parametrize(
    "args, message",
    [
        (["events", "--db", "/nonexistent/x.duckdb"], "no store"),
        (["events", "--since", "yesterday"], "--since must be a date"),
        (["export", "/tmp/x.csv", "--table", "secrets"], "unknown table"),
        (["export", "/tmp/x.xlsx"], "cannot tell the export format"),
        (["export", "/tmp/x.jl", "--format", "jsonl"], "cannot tell the export format"),
        (["export", "/tmp"], "is a folder"),
    ],
)
def test_errors_are_one_line(cli, db, args, message):
    if "--db" not in args:
        args = [*args, "--db", str(db)]
    out = cli(*args)
    assert out.returncode != 0
    assert message in out.stderr and "Traceback" not in out.stderr


@pytest.mark.model
def test_ingest_through_the_pipeline_is_idempotent(cli, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"id": "a1", "text": TEXT, "published": "2007-12-10", "source": "wire"},
        {
            "id": "a2",
            "text": "Syrian President Bashar al-Assad met Iraqi Vice President Tariq "
            "al-Hashimi in Damascus on Monday.",
            "published": "2007-12-10",
        },
        {"id": "a1", "text": TEXT, "published": "2007-12-10"},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "g.duckdb"
    out = cli("ingest", str(corpus), "--db", str(db), "--no-progress")
    assert out.returncode == 0, out.stderr
    assert "2 added, 1 already stored" in out.stderr
    with Store(db, read_only=True) as s:
        first = s.stats()
        assert first["documents"] == 2 and s.check() == []
        assert s.document("a1").text.startswith("Iran and Iraq")
        assert all("corpus.jsonl" in d["origin"] for d in s.documents(limit=5))
    out = cli("ingest", str(corpus), "--db", str(db), "--no-progress")
    assert out.returncode == 0 and "0 added, 3 already stored" in out.stderr
    with Store(db, read_only=True) as s:
        again = s.stats()
    assert {k: v for k, v in again.items() if k != "bytes"} == {
        k: v for k, v in first.items() if k != "bytes"
    }
