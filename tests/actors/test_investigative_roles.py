"""Investigators, detectives, sheriffs and state troopers are police (COP); a grand jury is
a court's (JUD): role words that name who arrests, charges and investigates in crime news.
Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Config, Pipeline


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(Config())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Investigators in Chile are looking into the bombing.", "CHLCOP"),
        ("Chilean detectives questioned the suspect on Monday.", "CHLCOP"),
        ("A Chilean grand jury indicted the mayor.", "CHLJUD"),
        ("Chilean state troopers arrested two men.", "CHLCOP"),
    ],
)
def test_investigative_roles_are_coded(pipe: Pipeline, text: str, code: str) -> None:
    doc = pipe(text, published="2011-05-04")
    assert code in {a.code for a in doc.actors}
