"""Dyads over time: quad class counts and Goldstein totals per period."""

from __future__ import annotations

import pytest
from storefactory import document, event

from geowire import StoreError
from geowire.analysis import actor_network, dyad_series

IRN = ("Iran", "IRNGOV", "IRN")
IRQ = ("Iraq", "IRQGOV", "IRQ")
USA = ("United States", "USAGOV", "USA")

TEXTS = [
    "First article about Iran and Iraq signing a deal on border crossings and trade routes "
    "after long talks in Baghdad between delegations of both neighbouring countries.",
    "Second article, from another agency, about the same deal on border crossings between "
    "Iran and Iraq that officials described as a step toward normal relations.",
    "Third article about protests in Basra against Iranian influence, where police said "
    "thousands marched and several people were hurt in clashes near the consulate.",
    "Fourth article about the United States accusing Iran of arming militias, with officials "
    "in Washington promising new sanctions and a statement to the Security Council.",
]


@pytest.fixture
def filled(store):
    store.add(
        document(
            TEXTS[0],
            source="a",
            events=(event(IRN, IRQ, "057", date="2007-12-03", goldstein=8.0),),
        )
    )
    # the same agreement reported again: one event, two reports
    store.add(
        document(
            TEXTS[1],
            source="b",
            events=(
                event(IRQ, IRN, "057", date="2007-12-04", goldstein=8.0),
                event(IRN, IRQ, "057", date="2007-12-04", goldstein=8.0),
            ),
        )
    )
    store.add(
        document(
            TEXTS[2],
            source="c",
            events=(
                event(IRQ, IRN, "141", date="2007-12-12", goldstein=-6.5),
                event(IRQ, IRN, "190", date="2007-12-13", goldstein=-10.0),
            ),
        )
    )
    store.add(document(TEXTS[3], source="d", events=(event(USA, IRN, "112", date="2007-12-12"),)))
    return store


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        (
            {"by": "week"},
            [("2007-12-03", 2, 0, 0, 0, 16.0), ("2007-12-10", 0, 0, 1, 1, -16.5)],
        ),
        (
            {"by": "week", "unique": False},
            [("2007-12-03", 3, 0, 0, 0, 24.0), ("2007-12-10", 0, 0, 1, 1, -16.5)],
        ),
        ({"by": "month"}, [("2007-12-01", 2, 0, 1, 1, -0.5)]),
        (
            {"by": "day", "since": "2007-12-12"},
            [("2007-12-12", 0, 0, 1, 0, -6.5), ("2007-12-13", 0, 0, 0, 1, -10.0)],
        ),
        ({"by": "week", "until": "2007-12-05"}, [("2007-12-03", 2, 0, 0, 0, 16.0)]),
        ({"by": "week", "directed": True}, [("2007-12-03", 1, 0, 0, 0, 8.0)]),
    ],
)
def test_dyad_series(filled, kwargs, expected):
    rows = dyad_series(filled, "IRN", "IRQ", **kwargs)
    got = [(r["period"], r["q1"], r["q2"], r["q3"], r["q4"], r["goldstein_sum"]) for r in rows]
    assert got == expected
    assert all(r["n"] == r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in rows)


def test_a_dyad_is_undirected_by_default(filled):
    assert dyad_series(filled, "IRQ", "IRN", by="week") == dyad_series(filled, "IRN", "IRQ")


def test_unrelated_dyad_is_empty(filled):
    assert dyad_series(filled, "USA", "IRQ") == []


@pytest.mark.parametrize("by", ["hour", "fortnight", "'); DROP TABLE events; --"])
def test_unknown_period(filled, by):
    with pytest.raises(StoreError, match="unknown period"):
        dyad_series(filled, "IRN", "IRQ", by=by)


def test_network(filled):
    net = actor_network(filled)
    edges = {(e["source"], e["target"]): e["events"] for e in net["edges"]}
    # the agreement is one event; its IRQ->IRN report is a distinct direction
    assert edges == {("IRQ", "IRN"): 3, ("IRN", "IRQ"): 1, ("USA", "IRN"): 1}
    every = actor_network(filled, unique=False)["edges"]
    assert {(e["source"], e["target"]): e["events"] for e in every}[("IRN", "IRQ")] == 2
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["IRN"]["in"] == edges[("IRQ", "IRN")] + 1
    assert net["nodes"][0]["id"] in {"IRN", "IRQ"}


def test_network_levels_and_filters(filled):
    net = actor_network(filled, level="code", min_events=2)
    assert all(e["events"] >= 2 for e in net["edges"])
    assert all(len(n["id"]) == 6 for n in net["nodes"])
    assert actor_network(filled, since="2008-01-01") == {"nodes": [], "edges": []}
    with pytest.raises(StoreError, match="unknown network level"):
        actor_network(filled, level="galaxy")
