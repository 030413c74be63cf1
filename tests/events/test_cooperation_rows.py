"""Rows of the verb dictionary for cooperation acts news tells often: an agreement or deal
reached, struck or hammered out is one concluded (057, each side's), and what is withdrawn
that is no force (support, a bid, a bill) is no military withdrawal (087)."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_an_agreement_reached_is_signed_by_each_side(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile reached an agreement with Peru on fishing rights.")
    assert {("CHL", "057", "PER"), ("PER", "057", "CHL")} <= got
    assert not any(c == "030" for _s, c, _t in got)
    got = _triples(pipe, "Chile struck a deal with Peru on Monday.")
    assert ("CHL", "057", "PER") in got


@pytest.mark.model
def test_support_or_a_bid_withdrawn_is_no_military_withdrawal(pipe: Pipeline) -> None:
    for text in (
        "Chile withdrew its support for Peru on Monday.",
        "Chile withdrew its bid to host the summit.",
        "Chile's government withdrew the bill after protests.",
    ):
        got = _triples(pipe, text)
        assert not any(c == "087" for _s, c, _t in got), text
    got = _triples(pipe, "Chile withdrew its troops from Peru on Monday.")
    assert any(s == "CHL" and c == "087" for s, c, _t in got)
