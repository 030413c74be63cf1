"""Serving or acting as a mediator, or playing the mediator's role, is mediation (CAMEO
045; verbs.tsv ``&MEDIATORS``), toward the parties after "between". Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Qatar has acted as a mediator between Chad and Sudan.",
        "Qatar is serving as an intermediary between Chad and Sudan.",
        "Qatar has played the role of mediator between Chad and Sudan.",
    ],
)
def test_a_mediator_role_is_mediation_between_the_parties(pipe: Pipeline, text: str) -> None:
    found = coded_events(pipe, text, "2024-05-04")
    assert ("045", "QAT", "TCD") in found and ("045", "QAT", "SDN") in found, found


@pytest.mark.model
def test_serving_as_another_role_is_no_mediation(pipe: Pipeline) -> None:
    found = coded_events(pipe, "Qatar served as host of the World Cup in 2022.", "2024-05-04")
    assert not any(c == "045" for c, _, _ in found), found
