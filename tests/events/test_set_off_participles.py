"""A participle clause set off by commas after its clause's subject tells the subject's
act (geowire/events/extract.py ``_set_off_subject_participle``), and a visit ended was
made (verbs.tsv's "end * visit to_ +"), coordination with a party is cooperation
(verbs.tsv's "coordination with" rows), on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Peru's foreign minister ended a three-day visit to Chile on Sunday.",
         ("PERGOV", "042", "CHL")),
        ("Peru's foreign minister, ending a three-day visit to Chile, said trade would grow.",
         ("PERGOV", "042", "CHL")),
    ],
)
def test_a_visit_ended_was_made(pipe: Pipeline, text: str, act: tuple[str, str, str]) -> None:
    got = _acts(pipe, text)
    assert act in got, got


@pytest.mark.model
def test_a_restrictive_participle_tells_no_act(pipe: Pipeline) -> None:
    got = _acts(pipe, "Officials ending a visit to Chile are rarely asked about trade.")
    assert not any(code == "042" for _s, code, _t in got), got


@pytest.mark.model
def test_coordination_with_a_party_is_cooperation(pipe: Pipeline) -> None:
    got = _acts(pipe, "Peru's army, in coordination with Chile's army, raided a rebel camp.")
    assert ("PERMIL", "060", "CHLMIL") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru's foreign minister, speaking to journalists in Lima, accused Chile of lying.",
        "The spokesman, talking to reporters, denied the claims.",
    ],
)
def test_a_set_off_participle_of_speaking_to_the_press_is_no_act(
    pipe: Pipeline, text: str
) -> None:
    # the occasion of the clause's own act: the press is the audience, no party
    got = _acts(pipe, text)
    assert not any(code[:2] in ("01", "04") for _s, code, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters in Lima, Peru's foreign minister accused Chile of lying.",
        "In talking to journalists on Monday, Peru's foreign minister praised Chile.",
        "Peru's foreign minister said the talks had failed, speaking to reporters in Lima.",
    ],
)
def test_a_fronted_participle_of_speaking_to_the_press_is_no_act(
    pipe: Pipeline, text: str
) -> None:
    # fronted or hung on the clause's verb, the press told is still the occasion
    got = _acts(pipe, text)
    assert not any(code[:2] in ("01", "04") for _s, code, _t in got), got


@pytest.mark.model
def test_a_fronted_participle_keeps_the_clause_act(pipe: Pipeline) -> None:
    text = "Speaking to reporters in Lima, Peru's foreign minister accused Chile of lying."
    got = _acts(pipe, text)
    assert any(code[:2] == "11" and t == "CHL" for _s, code, t in got), got
