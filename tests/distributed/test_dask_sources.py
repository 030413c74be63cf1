"""geowire.distributed.sources: Parquet tables of texts and ordinary inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geowire.distributed import iter_inputs
from geowire.errors import InputError
from geowire.ingest import BadRecord, Record


def test_parquet_of_texts(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": ["a", None, "c", "d"],
            "text": ["First text.", "Second text.", "", "Fourth."],
            "published": ["2007-12-10", None, None, "not a date"],
        }
    )
    pq.write_table(table, tmp_path / "t.parquet")
    items = list(iter_inputs([tmp_path / "t.parquet"]))
    assert [type(i) for i in items] == [Record, Record, BadRecord, BadRecord]
    assert items[0].id == "a" and str(items[0].published) == "2007-12-10"
    assert items[1].id and items[1].origin.endswith("t.parquet:2")


def test_directory_mixes_parquet_and_jsonl(tmp_path: Path) -> None:
    pq.write_table(pa.table({"text": ["From parquet."]}), tmp_path / "a.parquet")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "j", "text": "From JSONL."}) + "\n")
    texts = [i.text for i in iter_inputs([tmp_path]) if isinstance(i, Record)]
    assert texts == ["From parquet.", "From JSONL."]


@pytest.mark.parametrize("columns", [{"body_text": ["x"]}, {"n": [1]}])
def test_parquet_without_text_column(tmp_path: Path, columns) -> None:
    pq.write_table(pa.table(columns), tmp_path / "t.parquet")
    with pytest.raises(InputError):
        list(iter_inputs([tmp_path / "t.parquet"]))
