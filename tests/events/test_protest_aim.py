"""A demonstration with no target of its own is aimed at what its to-infinitive of purpose
is against (``protest_aim_verbs``): the doer of the act it protests, also through a "by"
phrase the parser hung on the infinitive, or the party it denounces; a purpose of no
protest leaves it without one. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _protests(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [e for e in coded_events(pipe, text, "2012-09-14") if e[0].startswith("14")]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        (
            "Thousands of Malians marched in Bamako to protest the killings by Chadian troops.",
            "TCD",
        ),
        ("Hundreds of Ghanaians marched in Accra to denounce the Togolese government.", "TGO"),
        (
            "Some 2,000 Malians marched on Sunday, waving flags to protest the arrests by "
            "Chadian police.",
            "TCD",
        ),
    ],
)
def test_a_march_is_aimed_at_what_its_purpose_protests(
    pipe: Pipeline, text: str, target: str
) -> None:
    found = _protests(pipe, text)
    assert any(t is not None and t.startswith(target) for _, _, t in found), found


@pytest.mark.model
def test_a_march_for_no_protest_keeps_no_target(pipe: Pipeline) -> None:
    text = "Thousands of Malians marched in Bamako to celebrate the Chadian victory."
    found = _protests(pipe, text)
    assert all(t is None for _, _, t in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Malians rallied in Bamako to condemn the killing of Amadou Diallo.",
        "Malians marched in Bamako to protest the death of a student in custody.",
        "Activists rallied in Bamako to protest the detention of Amadou Diallo.",
    ],
)
def test_a_harm_protested_is_aimed_at_no_victim(pipe: Pipeline, text: str) -> None:
    found = _protests(pipe, text)
    assert all(t is None for _, _, t in found), found


@pytest.mark.model
def test_a_harm_protested_is_aimed_at_its_doer(pipe: Pipeline) -> None:
    text = "Hundreds marched in Bamako to denounce the killing of a protester by Chadian soldiers."
    found = _protests(pipe, text)
    assert any(t is not None and t.startswith("TCD") for _, _, t in found), found
