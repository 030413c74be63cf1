"""The analyses behind an analyst's views: zero-filled periods, the news window, dates
known only to a month or a year, every event on the map, actor pages, country networks."""

from __future__ import annotations

import datetime as dt

import pytest
from storefactory import document, event

from geowire import InputError, Location
from geowire.analysis import actor_network, dyad_series
from geowire.analysis.actor import actor_profile
from geowire.analysis.dyads import MAX_PERIODS, dyad_timeline, fill_periods, period_label
from geowire.analysis.places import event_places
from geowire.store.query import EventQuery

IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
GCC = ("Gulf Cooperation Council", "IGOGCC", None)
GOV = ("the government", "GOV", None)
BASRA = Location("Basra", "IRQ", 30.51, 47.78)
DAMASCUS = Location("Damascus", "SYR", 33.51, 36.29)


def text(n: int) -> str:
    return f"Article number {n} about Iran and Iraq, long enough to be its own story, " + (
        "with words that differ: " + " ".join(f"w{n}x{i}" for i in range(12))
    )


@pytest.fixture
def history(store):
    """A 2024 article recalling 1980 (a year) and 1991 (a day), with one event dated to
    the month and one to the year; a 2007 article in the same dyad."""
    store.add(
        document(
            text(1),
            published="2024-03-10",
            events=(
                event(IRQ, IRN, "190", date="1980", goldstein=-10.0, sentence=0),
                event(IRN, IRQ, "112", date="1991-01-17", goldstein=-2.0, sentence=1),
                event(IRQ, IRN, "040", date="2024-03", goldstein=1.0, sentence=2),
                event(IRN, IRQ, "051", date="2024-03-08", goldstein=3.4, sentence=3),
                event(IRQ, IRN, "042", date="2024", goldstein=1.9, sentence=4),
                event(IRQ, IRN, "043", date="2024-W10", goldstein=2.8, sentence=5),
            ),
        )
    )
    store.add(
        document(
            text(2),
            published="2007-12-10",
            events=(event(IRQ, IRN, "036", date="2007-12-09", goldstein=4.0),),
        )
    )
    return store


def test_fill_periods_adds_zero_rows():
    rows = [
        {"period": "2007-11-01", "q1": 1, "q2": 0, "q3": 0, "q4": 0, "n": 1},
        {"period": "2008-02-01", "q1": 0, "q2": 0, "q3": 2, "q4": 0, "n": 2},
    ]
    got = fill_periods(rows, "month")
    assert [(r["period"], r["n"]) for r in got] == [
        ("2007-11-01", 1),
        ("2007-12-01", 0),
        ("2008-01-01", 0),
        ("2008-02-01", 2),
    ]
    assert got[1]["goldstein_mean"] is None and got[1]["goldstein_sum"] == 0.0
    assert fill_periods([], "day") == []
    quarters = fill_periods([{**rows[0], "period": "2007-10-01"}, rows[1]], "quarter")
    assert [r["period"] for r in quarters] == ["2007-10-01", "2008-01-01"]


def test_fill_periods_refuses_too_many():
    rows = [{"period": "0001-01-01", "n": 1}, {"period": "2024-01-01", "n": 1}]
    with pytest.raises(InputError, match="periods"):
        fill_periods(rows, "day")
    assert len(fill_periods(rows, "year")) == 2024
    assert MAX_PERIODS >= 100_000


@pytest.mark.parametrize(
    "day, by, label",
    [
        (dt.date(2007, 12, 3), "week", "2007-12-03"),
        (dt.date(2007, 12, 1), "month", "2007-12"),
        (dt.date(2007, 10, 1), "quarter", "2007-Q4"),
        (dt.date(2007, 1, 1), "year", "2007"),
    ],
)
def test_period_labels(day, by, label):
    assert period_label(day, by) == label


def test_dyad_series_fill(history):
    plain = dyad_series(history, "IRQ", "IRN", by="year")
    assert [r["period"][:4] for r in plain] == ["1980", "1991", "2007", "2024"]
    filled = dyad_series(history, "IRQ", "IRN", by="year", fill=True)
    assert len(filled) == 2024 - 1980 + 1
    assert sum(r["n"] for r in filled) == sum(r["n"] for r in plain) == 7


def test_news_window_leaves_out_background_history(history):
    rows = dyad_series(history, "IRQ", "IRN", by="year", window=30)
    # 1980 and 1991 are history; the month, week and year dates overlap the 30 days before
    # 2024-03-10; the 2007 event is the day before its article
    assert [(r["period"][:4], r["n"]) for r in rows] == [("2007", 1), ("2024", 4)]
    # window 0: dates covering the publication day itself (the year, the month, the week)
    same_day = dyad_series(history, "IRQ", "IRN", by="year", window=0)
    assert [(r["period"][:4], r["n"]) for r in same_day] == [("2024", 3)]
    with pytest.raises(InputError, match="window"):
        dyad_series(history, "IRQ", "IRN", window=-1)


def test_window_keeps_undated_articles(store):
    store.add(
        document(text(3), published=None, events=(event(IRQ, IRN, "036", date="1980-05-01"),))
    )
    assert [r["n"] for r in dyad_series(store, "IRQ", "IRN", window=30)] == [1]


def test_coarse_dates_are_kept_apart(history):
    got = dyad_timeline(history, "IRQ", "IRN", by="day", window=30, split=True, fill=True)
    # every day from the first dated event to the last, zero-filled
    assert len(got["series"]) == (dt.date(2024, 3, 8) - dt.date(2007, 12, 9)).days + 1
    assert got["series"][0]["label"] == "2007-12-09"
    assert got["series"][-1]["label"] == "2024-03-08"
    assert sum(r["n"] for r in got["series"]) == 2
    assert [
        (c["label"], c["precision"], c["period"], c["until"], c["n"]) for c in got["coarse"]
    ] == [
        ("2024", "year", "2024-01-01", "2024-12-31", 1),
        ("2024-03", "month", "2024-03-01", "2024-03-31", 1),
        ("2024-W10", "week", "2024-03-04", "2024-03-10", 1),
    ]
    # per month, only the year is coarser; the month and the week count in March
    months = dyad_timeline(history, "IRQ", "IRN", by="month", window=30, split=True)
    assert [(r["label"], r["n"]) for r in months["series"]] == [("2007-12", 1), ("2024-03", 3)]
    assert [c["label"] for c in months["coarse"]] == ["2024"]
    # without split, the year lands on January: the old behaviour, kept for the CLI
    plain = dyad_timeline(history, "IRQ", "IRN", by="month", window=30)
    assert [(r["label"], r["n"]) for r in plain["series"]] == [
        ("2007-12", 1),
        ("2024-01", 1),
        ("2024-03", 3),
    ]
    assert plain["coarse"] == []


def test_places_count_every_event_beyond_a_page(store):
    many = tuple(
        event(IRQ, IRN, "190", date=f"2007-12-{1 + i % 28:02d}", sentence=i, location=DAMASCUS)
        for i in range(1100)
    )
    store.add(document(text(4), published="2008-01-01", events=many))
    newest = (
        event(IRN, IRQ, "112", date="2024-03-01", location=BASRA),
        event(IRN, IRQ, "112", date="2024-03-02", sentence=1, location=BASRA),
        event(IRN, IRQ, "112", date="2024-03-03", sentence=2),
    )
    store.add(document(text(5), published="2024-03-05", events=newest))
    got = event_places(store, EventQuery())
    assert (got["events"], got["located"]) == (1103, 1102)
    assert [(p["name"], p["n"], p["q4"], p["first"], p["last"]) for p in got["places"]] == [
        ("Damascus", 1100, 1100, "2007-12-01", "2007-12-28"),
        ("Basra", 2, 0, "2024-03-01", "2024-03-02"),
    ]
    assert [p["name"] for p in event_places(store, EventQuery(since="2024-01-01"))["places"]] == [
        "Basra"
    ]


def test_actor_profile(history):
    history.add(
        document(
            text(6),
            published="2024-03-09",
            full=True,
            events=(event(GCC, IRQ, "111", date="2024-03-08", goldstein=-2.0),),
        )
    )
    a = actor_profile(history, "IRQ", by="month", quotes=5)
    assert (a["events"], a["as_source"], a["as_target"]) == (8, 5, 3)
    assert (a["first"], a["last"]) == ("1980", "2024-03-08")
    assert [(p["partner"], p["events"], p["out"], p["in"]) for p in a["partners"]] == [
        ("IRN", 7, 5, 2),
        ("IGOGCC", 1, 0, 1),
    ]
    assert a["series"][0]["label"] == "1991-01"  # 1980 is a year: in coarse, not January
    assert [c["label"] for c in a["coarse"]] == ["1980", "2024"]
    assert a["series"][-1]["label"] == "2024-03"
    assert a["names"][0]["name"] == "Iraq"
    assert [q["speaker"]["name"] for q in a["quotes"]] == ["Tariq al-Hashimi"]
    assert actor_profile(history, "ZZZ")["events"] == 0


def test_country_network_has_countries_only(store):
    store.add(
        document(
            text(7),
            events=(
                event(GCC, IRN, "111", date="2007-12-09"),
                event(GOV, IRQ, "190", date="2007-12-09", sentence=1),
                event(IRQ, IRN, "040", date="2007-12-09", sentence=2),
            ),
        )
    )
    net = actor_network(store)
    assert [n["id"] for n in net["nodes"]] == ["IRN", "IRQ"]
    assert [(e["source"], e["target"]) for e in net["edges"]] == [("IRQ", "IRN")]
    codes = actor_network(store, level="code")
    assert {n["id"] for n in codes["nodes"]} == {"IGOGCC", "GOV", "IRQGOV", "IRNGOV"}
