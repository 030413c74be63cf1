"""Nominal agreements and talks among several parties: an agreement noun with "between"
(``accord_nouns``) is a formal agreement of its sides (057, each side's) only when told
made or planned, never when only named; a stance on such a deal is toward its sides; and
talks or a meeting "among" three parties are mutual, as "between"."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_an_agreement_between_two_sides_told_signed_is_each_sides(pipe: Pipeline) -> None:
    got = _triples(pipe, "A border agreement between Chile and Peru was signed in Lima.")
    assert {("CHL", "057", "PER"), ("PER", "057", "CHL")} <= got
    got = _triples(pipe, "The pact between Chile and Peru, signed in May, covers fishing.")
    assert {("CHL", "057", "PER"), ("PER", "057", "CHL")} <= got


@pytest.mark.model
def test_an_agreement_only_named_is_no_act(pipe: Pipeline) -> None:
    for text in (
        "Under the accord between Chile and Peru, fishing boats need permits.",
        "A deal between Chile and Peru could be near, officials said.",
        "Talks on a deal between Chile and Peru resumed in Lima.",
    ):
        got = _triples(pipe, text)
        assert not any(c == "057" for _s, c, _t in got), text


@pytest.mark.model
def test_a_deal_brokered_between_two_sides_keeps_the_mediators_targets(
    pipe: Pipeline,
) -> None:
    got = _triples(pipe, "A deal between Chile and Peru was brokered by Brazil.")
    assert {("BRA", "045", "CHL"), ("BRA", "045", "PER")} <= got
    assert {("CHL", "057", "PER"), ("PER", "057", "CHL")} <= got


@pytest.mark.model
def test_talks_among_three_parties_are_mutual(pipe: Pipeline) -> None:
    got = _triples(pipe, "Talks among Chile, Peru and Bolivia took place in Lima last week.")
    assert {("CHL", "046", "PER"), ("PER", "046", "BOL"), ("BOL", "046", "CHL")} <= got
