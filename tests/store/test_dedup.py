"""Near-duplicate articles and clusters of event reports: one story, one event."""

from __future__ import annotations

import datetime as dt

import pytest
from storefactory import document, event

from geowire import Location
from geowire.store import Deduplicator
from geowire.store.dedup import (
    Candidate,
    ClusterKey,
    actor_key,
    base_code,
    choose_cluster,
    event_day,
)

BASE = (
    "Iraqi Vice President Tariq al-Hashimi arrived in Damascus on Sunday for talks with "
    "Syrian leaders on border security and the return of refugees. He said both countries "
    "had an interest in a stable region and that the meetings would continue for three days. "
    "Officials in Baghdad said the visit was the first by a senior Iraqi leader this year, and "
    "that agreements on trade and water were expected before the end of the month."
)
UPDATE = (
    "Talks continued on Monday, and a joint committee was formed to follow up on the "
    "agreements, a spokesman for the Syrian foreign ministry told reporters."
)
OTHER = (
    "Venezuelan President Hugo Chavez said on Tuesday that his government would nationalise "
    "the largest cement producers, accusing foreign companies of exporting too much while "
    "local builders faced shortages. Opposition leaders in Caracas called the move a threat "
    "to private property and warned that investment would fall further next year."
)
SAME_TOPIC = (
    "Iraqi Vice President Tariq al-Hashimi arrived in Amman on Wednesday for talks with "
    "Jordanian leaders on trade and the fate of Iraqi refugees living in Jordan. Officials "
    "said the two sides discussed oil supplies, and a statement from the royal court praised "
    "the visit. No agreement was signed, and a second round is planned for the spring."
)


@pytest.mark.parametrize(
    "a, b, duplicate",
    [
        (BASE, BASE, True),
        (BASE, BASE.replace("Sunday", "Saturday").replace("three", "two"), True),
        (BASE, "DAMASCUS (Reuters) - " + BASE + " (Reporting by staff; editing by desk)", True),
        (BASE, BASE + " " + UPDATE, True),
        (BASE, BASE[: len(BASE) * 2 // 3], True),
        (BASE, BASE.upper(), True),
        (BASE, OTHER, False),
        (BASE, SAME_TOPIC, False),
        (BASE, UPDATE, False),
    ],
)
def test_near_duplicates(a, b, duplicate):
    d = Deduplicator()
    sa, sb = d.signature(a), d.signature(b)
    assert (d.similarity(sa, sb) is not None) is duplicate


def test_short_texts_have_no_signature():
    assert Deduplicator().signature("Iran protests.") is None


def test_band_keys_are_stable_and_cover_the_signature():
    d = Deduplicator()
    keys = d.band_keys(d.signature(BASE))
    assert keys == d.band_keys(d.signature(BASE))
    assert [b for b, _ in keys] == list(range(len(d.bands)))
    assert d.bands[-1][1] <= d.num_perm


@pytest.mark.parametrize(
    "date, published, expected",
    [
        ("2007-12-09", None, dt.date(2007, 12, 9)),
        ("2007-12", None, dt.date(2007, 12, 1)),
        ("2003", None, dt.date(2003, 1, 1)),
        ("2007-W49", None, dt.date(2007, 12, 3)),
        ("PAST_REF", dt.date(2007, 12, 10), dt.date(2007, 12, 10)),
        (None, dt.date(2007, 12, 10), dt.date(2007, 12, 10)),
        (None, None, None),
        ("2007-13", None, None),
    ],
)
def test_event_day(date, published, expected):
    assert event_day(date, published) == expected


@pytest.mark.parametrize(
    "name, code, country, expected",
    [
        ("Iran", "irngov", "IRN", "IRNGOV"),
        ("Iran", None, "IRN", "IRN"),
        ("the  Taliban!", None, None, "the taliban"),
        ("police", None, None, None),
        ("the government", "GOV", None, None),
        ("the government", "gov", "IRN", "IRNGOV"),
        ("rebel soldiers", "REBMIL", None, None),
        ("United Nations", "IGOUNO", None, "IGOUNO"),
        (None, None, None, None),
    ],
)
def test_actor_key(name, code, country, expected):
    assert actor_key(name, code, country) == expected


@pytest.mark.parametrize("cameo, expected", [("0211", "021"), ("19", "19"), ("190", "190")])
def test_base_code(cameo, expected):
    assert base_code(cameo) == expected


KEY = ClusterKey("IRNGOV", "IRQGOV", "057")
D = dt.date(2007, 12, 9)


@pytest.mark.parametrize(
    "candidates, day, country, expected",
    [
        ([], D, None, None),
        ([Candidate("c1", KEY, D, "s9", None)], D, None, "c1"),
        ([Candidate("c1", KEY, D - dt.timedelta(days=3), "s9", None)], D, None, "c1"),
        ([Candidate("c1", KEY, D - dt.timedelta(days=4), "s9", None)], D, None, None),
        ([Candidate("c1", KEY, D - dt.timedelta(days=40), "s1", None)], D, None, "c1"),
        ([Candidate("c1", ClusterKey("IRNGOV", "IRQGOV", "190"), D, "s9", None)], D, None, None),
        ([Candidate("c1", KEY, D, "s9", "SYR")], D, "IRQ", None),
        ([Candidate("c1", KEY, D, "s9", "SYR")], D, None, "c1"),
        (
            [
                Candidate("c2", KEY, D - dt.timedelta(days=2), "s9", None),
                Candidate("c1", KEY, D - dt.timedelta(days=1), "s8", None),
            ],
            D,
            None,
            "c1",
        ),
        ([Candidate("c1", KEY, None, "s9", None)], D, None, None),
    ],
)
def test_choose_cluster(candidates, day, country, expected):
    assert choose_cluster(KEY, day, "s1", country, candidates, window=3) == expected


@pytest.mark.parametrize(
    "key, story, expected",
    [
        (ClusterKey("IGOUNO", None, "020"), "s9", None),  # one actor: not across articles
        (ClusterKey("IGOUNO", None, "020"), "s1", "c1"),  # ... but within a story
        (ClusterKey(None, None, "020"), "s1", "c1"),
    ],
)
def test_one_sided_reports_cluster_only_within_a_story(key, story, expected):
    cands = [Candidate("c1", key, D, story, None)]
    assert choose_cluster(key, D, "s1", None, cands, window=3) == expected


IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")


def test_reports_across_articles_become_one_event(store):
    a = document(BASE, source="reuters", events=(event(IRN, IRQ, "057", date="2007-12-09"),))
    b = document(SAME_TOPIC, source="afp", events=(event(IRN, IRQ, "0571", date="2007-12-10"),))
    c = document(OTHER, source="ap", events=(event(IRN, IRQ, "057", date="2007-12-20"),))
    for d in (a, b, c):
        store.add(d)
    rows = {e.doc_id: e for e in store.events()}
    assert rows[a.id].cluster_id == rows[b.id].cluster_id != rows[c.id].cluster_id
    assert (rows[a.id].reports, rows[a.id].sources) == (2, 2)
    assert (rows[c.id].reports, rows[c.id].sources) == (1, 1)
    assert len(store.events(unique=True)) == 2
    assert {e.doc_id for e in store.cluster(rows[a.id].cluster_id)} == {a.id, b.id}
    assert store.stats()["event_clusters"] == 2


def test_near_duplicate_articles_share_a_story_and_their_events(store):
    a = document(BASE, source="reuters", events=(event(IRN, IRQ, "057", date="2007-12-09"),))
    # an update published later, whose date resolution went wrong: still the same story
    b = document(
        BASE + " " + UPDATE,
        source="reuters",
        published="2007-12-11",
        events=(event(IRN, IRQ, "057", date="2007-11-01"),),
    )
    store.add(a)
    store.add(b)
    docs = {d["id"]: d for d in store.documents()}
    assert docs[b.id]["story_id"] == a.id
    assert [d["id"] for d in store.duplicates(a.id)] == [b.id]
    rows = store.events()
    assert len({r.cluster_id for r in rows}) == 1
    assert (rows[0].reports, rows[0].articles, rows[0].sources) == (2, 2, 1)


def test_clusters_do_not_creep_along_a_daily_series(store):
    texts = [BASE, OTHER, SAME_TOPIC, UPDATE + " " + OTHER.upper()[:60] + " and more words here"]
    for n, (text, day) in enumerate(zip(texts, ("01", "02", "03", "04"), strict=True)):
        store.add(
            document(text, source=f"s{n}", events=(event(IRN, IRQ, "111", date=f"2007-12-{day}"),))
        )
    days = {}
    for e in store.events():
        days.setdefault(e.cluster_id, []).append(e.event.date[-2:])
    assert sorted(sorted(v) for v in days.values()) == [["01", "02"], ["03", "04"]]


def test_the_cluster_window_is_a_setting(tmp_path):
    from geowire.store import Store

    with Store(tmp_path / "w.duckdb", cluster_window=3) as s:
        s.add(document(BASE, source="a", events=(event(IRN, IRQ, "111", date="2007-12-01"),)))
        s.add(document(OTHER, source="b", events=(event(IRN, IRQ, "111", date="2007-12-04"),)))
        assert s.stats()["event_clusters"] == 1


def test_different_places_stay_different_events(store):
    damascus = Location("Damascus", "SYR", 33.5, 36.3)
    amman = Location("Amman", "JOR", 31.9, 35.9)
    store.add(document(BASE, events=(event(IRN, IRQ, "057", location=damascus),)))
    store.add(document(OTHER, events=(event(IRN, IRQ, "057", location=amman),)))
    assert store.stats()["event_clusters"] == 2


def test_clustering_of_close_reports_does_not_depend_on_ingest_order(tmp_path):
    from geowire.store import Store

    docs = [
        document(BASE, source="s1", events=(event(IRN, IRQ, "057", date="2007-12-09"),)),
        document(OTHER, source="s2", events=(event(IRN, IRQ, "057", date="2007-12-10"),)),
        document(SAME_TOPIC, source="s3", events=(event(IRN, IRQ, "057", date="2007-12-10"),)),
    ]
    groups = []
    for name, order in (("a", docs), ("b", docs[::-1])):
        with Store(tmp_path / f"{name}.duckdb") as s:
            for d in order:
                s.add(d)
            by_cluster: dict[str, set[str]] = {}
            for e in s.events():
                by_cluster.setdefault(e.cluster_id, set()).add(e.doc_id)
            groups.append(sorted(sorted(g) for g in by_cluster.values()))
    assert groups[0] == groups[1]
