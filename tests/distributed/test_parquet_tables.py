"""geowire.distributed.tables: Documents to Parquet rows with fixed schemas."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geowire.distributed.tables import SCHEMAS, TABLE_NAMES, rows_of, write_partition
from geowire.document import (
    Actor,
    ActorRef,
    Document,
    Event,
    Place,
    Quote,
    Speaker,
    TimeExpression,
)

NOW = dt.datetime(2026, 1, 1, 12, 0, 0)


def sample() -> Document:
    text = 'Iraq urged Iran to talk. "We will," he said in Baghdad on Sunday.'
    iraq = Actor("a1", "Iraq", "IRQ", "IRQ", (), "state", ((0, 4),))
    iran = Actor("a2", "Iran", "IRN", "IRN", (), "state", ((11, 15),))
    ev = Event(
        source=ActorRef.of(iraq),
        target=ActorRef.of(iran),
        cameo="0211",
        root="02",
        plover="REQUEST",
        quad_class=1,
        goldstein=3.4,
        date="2007-12-09",
        modality="asserted",
        location=None,
        sentence=0,
        span=(0, 24),
        evidence="Iraq urged Iran to talk.",
        confidence=0.8,
    )
    return Document(
        text=text,
        id="doc1",
        published=dt.date(2007, 12, 10),
        actors=(iraq, iran),
        events=(ev, ev),
        quotes=(
            Quote(
                "We will,", (26, 34), "direct", Speaker("he", None, None, None, (36, 38)), "said"
            ),
        ),
        times=(TimeExpression("Sunday", (58, 64), "DATE", "2007-12-09"),),
        places=(Place("Baghdad", (47, 54), "Baghdad", "IRQ", 33.34, 44.4, 98182, "city"),),
    )


@pytest.mark.parametrize(
    "table, count, column, expected",
    [
        ("documents", 1, "n_events", 2),
        ("actors", 2, "code", "IRQ"),
        ("events", 2, "cameo", "0211"),
        ("events", 2, "day", dt.date(2007, 12, 9)),
        ("quotes", 1, "speaker_name", "he"),
        ("times", 1, "value", "2007-12-09"),
        ("places", 1, "geonameid", 98182),
    ],
)
def test_rows_of(table: str, count: int, column: str, expected) -> None:
    rows = rows_of(sample().replace(origin="x.jsonl:1"), part=0, pos=0, now=NOW)
    assert rows["documents"][0]["origin"] == "x.jsonl:1"
    assert len(rows[table]) == count
    assert rows[table][0][column] == expected
    assert set(rows[table][0]) == set(SCHEMAS[table].names)


def test_identical_events_get_distinct_ids() -> None:
    rows = rows_of(sample(), part=0, pos=0, now=NOW)
    ids = [r["id"] for r in rows["events"]]
    assert len(set(ids)) == 2 and ids[1] == f"{ids[0]}-1"


def test_write_partition_writes_every_table_even_empty(tmp_path: Path) -> None:
    counts = write_partition(tmp_path, 3, [sample(), Document(text="x", id="d2", origin="a")])
    assert counts["documents"] == 2 and counts["events"] == 2
    for name in TABLE_NAMES:
        table = pq.read_table(tmp_path / name / "part-000003.parquet")
        assert table.schema.equals(SCHEMAS[name])
    empty = write_partition(tmp_path, 4, [Document(text="y", id="d3")])
    assert empty["events"] == 0
    assert pq.read_table(tmp_path / "events" / "part-000004.parquet").num_rows == 0
    assert not list(tmp_path.rglob("*.tmp"))
