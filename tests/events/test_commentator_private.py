"""Commentators and entertainers are no political actors (noise14): talk show hosts,
anchors, commentators and pundits are the press (CAMEO MED, roles.tsv), actresses,
comedians, rappers and musicians private people (CVL). One person of the press counts as a
private side (events.tsv ``press_private_roles``), so an act of words, cooperation or
pressure between such people and other private parties is no event; an act toward or by a
political actor stays, and so does an act of the press as a group or an outlet. Through
the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = pipe(text, published="2019-06-01")
    return [
        (e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if not e.cameo.startswith("01")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Talk show host Bill Warner criticized the reporter.",
        "Radio host Dan Pike praised the billionaire.",
        "Comedian Amy Lund mocked the newspaper.",
        "Actress Nora Vale accused the tabloid of lying.",
        "Late-night host Tom Ries praised the rapper.",
        "Pundit Jane Morrow accused the columnist of plagiarism.",
        "Joe Brandt, a talk show host in Ohio, accused the newspaper of bias.",
    ],
)
def test_commentator_private_act_no_event(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not acts, acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Talk show host Bill Warner criticized President Obama.", "11"),
        ("Comedian Amy Lund praised the French government.", "05"),
        ("The French government criticized talk show host Bill Warner.", "11"),
        ("State media accused the bloggers of spreading lies.", "11"),
    ],
)
def test_act_with_political_side_or_outlet_stays(pipe: Pipeline, text: str, root: str) -> None:
    acts = _acts(pipe, text)
    assert any(code.startswith(root) for code, _s, _t in acts), acts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Talk show host Bill Warner spoke on Monday.", "MED"),
        ("Pundit Jane Morrow spoke on Monday.", "MED"),
        ("News anchor Jane Morrow spoke on Monday.", "MED"),
        ("Anchor Jane Morrow spoke on Monday.", "MED"),
        ("Actress Nora Vale spoke on Monday.", "CVL"),
        ("Comedian Amy Lund spoke on Monday.", "CVL"),
    ],
)
def test_commentator_entertainer_role(pipe: Pipeline, text: str, role: str) -> None:
    doc = pipe(text, published="2019-06-01")
    assert any((a.code or "").endswith(role) for a in doc.actors), [a.code for a in doc.actors]


@pytest.mark.model
def test_surname_singer_no_role(pipe: Pipeline) -> None:
    doc = pipe("Paul Singer praised Senator Dupont.", published="2019-06-01")
    assert not any((a.code or "").endswith("CVL") for a in doc.actors), [a.code for a in doc.actors]
