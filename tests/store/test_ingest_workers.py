"""``ingest --workers N`` stores exactly what one process stores."""

from __future__ import annotations

import json

import pytest

from geowire import Pipeline
from geowire.ingest import iter_records
from geowire.store import Store
from geowire.store.ingest import ingest_records

pytestmark = pytest.mark.model

TEXTS = [
    "Iranian President Mahmoud Ahmadinejad urged the Gulf Cooperation Council to act.",
    "U.S. and Iranian officials are meeting in Damascus on December 18.",
    "Russia criticized the sanctions on Tuesday, the foreign ministry said.",
    "Egypt and Ethiopia agreed to resume talks in Khartoum.",
]


def test_two_workers_store_what_one_stores(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"d{i}", "text": t, "published": "2007-12-10"}) + "\n"
            for i, t in enumerate(TEXTS)
        )
        + "not json\n",
        encoding="utf-8",
    )
    pipe = Pipeline()
    results = {}
    for workers in (1, 2):
        bad = []
        with Store(tmp_path / f"w{workers}.duckdb") as store:
            stats = ingest_records(
                store, iter_records([corpus]), pipe, on_bad=bad.append, workers=workers
            )
            rows = store.events(limit=1000)
            results[workers] = sorted((r.doc_id, r.event.cameo, r.event.span[0]) for r in rows)
        assert (stats.added, stats.failed, len(bad)) == (4, 1, 1)
    assert results[1] == results[2] and results[1]
