"""The store knows an article by its cleaned text's hash: the same text under a new id is
linked to the first copy, not extracted or counted again."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
from storefactory import document, event

from geowire import Config
from geowire.ingest import Record
from geowire.pipeline import Pipeline
from geowire.store import Store, ingest_records
from geowire.store.connection import migrate
from geowire.store.schema import SCHEMA_VERSION

IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
TEXT = (
    "Iran and Iraq agreed on Sunday to expand cooperation on border security, officials "
    "in Baghdad said after two days of talks between the foreign ministers."
)


def _doc(id: str, text: str = TEXT, **kw):
    return document(text, id=id, events=(event(IRN, IRQ, "057", date="2007-12-09"),), **kw)


def test_same_text_under_a_new_id_is_linked_not_stored_twice(store):
    assert store.add(_doc("a"))
    assert store.add(_doc("b", url="http://other.example/b", source="afp"))
    assert store.has("b")
    assert len(store.events()) == 1  # the events view shows the event once
    assert store.duplicates("b") == [{"id": "a", "similarity": 1.0}]
    row = store.fetch("SELECT duplicate_of, story_id, n_events FROM documents WHERE id = 'b'")
    assert row == [{"duplicate_of": "a", "story_id": "a", "n_events": 0}]
    assert store.check() == []
    assert not store.add(_doc("b"))  # and it is known by its id afterwards


def test_same_text_in_one_batch_is_linked_too(store):
    with store.batch():
        store.add(_doc("a"))
        store.add(_doc("b"))
    assert len(store.events()) == 1 and store.check() == []


def test_text_hash_is_the_sha256_of_the_cleaned_text(store):
    store.add(_doc("a"))
    (row,) = store.fetch("SELECT text_hash FROM documents")
    assert row["text_hash"] == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert store.original(TEXT) == "a" and store.original(TEXT + " More.") is None


def test_a_store_before_text_hashes_is_migrated_and_backfilled(tmp_path: Path):
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    migrate(con, 0, to=2)
    con.execute(
        "INSERT INTO documents (id, text, n_actors, n_events, n_quotes, n_times, n_places, "
        "json, ingested_at, story_id) VALUES ('d1', ?, 0, 0, 0, 0, 0, '{}', now(), 'd1')",
        [TEXT],
    )
    con.close()
    with Store(path) as s:
        assert s.version == SCHEMA_VERSION >= 3
        assert s.original(TEXT) == "d1"


class CountingPipeline(Pipeline):
    """The cleaning step only (no model), counting the documents it runs over."""

    def __init__(self) -> None:
        super().__init__(Config(components=("geowire.clean.v1",)))
        self.seen: list[str] = []

    def pipe(self, docs, batch_size=None, *, deadline=None):
        for doc in super().pipe(docs, batch_size, deadline=deadline):
            self.seen.append(doc.id)
            yield doc


def test_ingest_links_the_same_text_before_running_the_pipeline(store):
    pipe = CountingPipeline()
    first = [Record("a", "Talks\n\n" + TEXT, title="Talks", origin="f:1")]
    stats = ingest_records(store, first, pipe)
    assert stats.added == 1 and pipe.seen == ["a"]
    again = [
        Record("b", TEXT, title="Talks", origin="g:1"),  # the same cleaned text
        Record("c", TEXT + " Later.", origin="g:2"),
        Record("d", TEXT + " Later.", origin="g:3"),  # same as c, in the same run
    ]
    stats = ingest_records(store, again, pipe)
    assert pipe.seen == ["a", "c"]  # b and d were not extracted again
    assert (stats.added, stats.linked, stats.failed) == (3, 2, 0)
    got = store.fetch("SELECT id, duplicate_of FROM documents ORDER BY id")
    assert got == [
        {"id": "a", "duplicate_of": None},
        {"id": "b", "duplicate_of": "a"},
        {"id": "c", "duplicate_of": None},
        {"id": "d", "duplicate_of": "c"},
    ]
    doc_b = store.document("b")
    assert doc_b is not None and doc_b.id == "b" and doc_b.text == TEXT
    assert store.check() == []


# -- stats, the recorded build, recode -------------------------------------------------


def test_summary_counts_ranges_top_actors_and_dyads(store):
    store.add(_doc("a"))
    store.add(_doc("b"))  # a linked copy
    store.add(
        document(
            "Another article entirely, about Iraq accusing Iran of shelling its border villages.",
            id="c",
            published="2007-12-12",
            events=(
                event(IRQ, IRN, "112", date="2007-12-11", goldstein=-2.0),
                event(IRN, IRQ, "057", date="2007-12-11"),
            ),
        )
    )
    s = store.summary(top=5)
    assert (s["documents"], s["linked_copies"], s["events"]) == (3, 1, 3)
    assert (s["first_published"], s["last_published"]) == ("2007-12-10", "2007-12-12")
    assert (s["first_event_day"], s["last_event_day"]) == ("2007-12-09", "2007-12-11")
    assert [a["actor"] for a in s["top_actors"]] == ["IRNGOV", "IRQGOV"]
    assert s["top_actors"][0]["name"] == "Iran"
    dyads = {(d["source"], d["target"]): d["events"] for d in s["top_dyads"]}
    assert dyads == {("IRNGOV", "IRQGOV"): 2, ("IRQGOV", "IRNGOV"): 1}


def test_ingest_records_the_build_and_a_different_one_marks_the_store_mixed(store, tmp_path):
    from geowire.store.build import build_info

    pipe = CountingPipeline()
    ingest_records(store, [Record("a", TEXT, origin="f:1")], pipe)
    build = store.build()
    assert build == build_info(pipe.config) and not store.build_mixed()
    assert build["components"] == ["geowire.clean.v1"] and "builtin_data_sha256" in build
    verbs = tmp_path / "my.verbs.txt"
    verbs.write_text("# nothing\n", encoding="utf-8")
    other = CountingPipeline()
    other.config = other.config.replace(verbs=(verbs,))
    ingest_records(store, [Record("z", TEXT + " Other.", origin="f:2")], other)
    assert store.build() == build and store.build_mixed()


def test_recode_re_extracts_every_text_keeps_copies_linked_and_is_idempotent(tmp_path):
    from geowire.store.build import recode

    path = tmp_path / "r.duckdb"
    config = Config(components=("geowire.clean.v1",))  # no model: codes no events
    with Store(path) as s:
        s.add(_doc("a"))  # hand-made events, as if coded by another build
        s.add(_doc("b"))  # a linked copy of a
        s.add(document("A second article, on other matters entirely.", id="c"))
        before = {d["id"]: d for d in s.documents()}
    seen: list[str] = []
    stats = recode(path, config, progress=seen.append)
    assert (stats.documents, stats.recoded, stats.linked, stats.kept) == (3, 2, 1, 0)
    assert (stats.events_before, stats.events_after) == (1, 0) and len(seen) == 3
    with Store(path) as s:
        assert s.check() == []
        assert s.build() is not None and s.build()["components"] == ["geowire.clean.v1"]
        after = {d["id"]: d for d in s.documents()}
        assert set(after) == set(before)
        assert all(after[i]["ingested_at"] == before[i]["ingested_at"] for i in after)
        assert s.fetch("SELECT duplicate_of FROM documents WHERE id = 'b'") == [
            {"duplicate_of": "a"}
        ]
    again = recode(path, config)
    assert again.up_to_date and again.recoded == 0
    forced = recode(path, config, force=True)
    assert (forced.recoded, forced.linked, forced.events_after) == (2, 1, 0)
    assert not list(tmp_path.glob("*.recode*"))
