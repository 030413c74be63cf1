"""An act of force named by a noun that a reaction noun answers ("in response to daily
rocket attacks", "retaliation for the strikes") is told as done: an answer presupposes the
act it answers (``reaction_words``), unless a "not" denies the clause. Parsed made-up
sentences with hand-made actors."""

from __future__ import annotations

import pytest
from factories import with_named_actors

from geowire import Pipeline
from geowire.events import EventCoder

NAMES = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}


def coded(parse: Pipeline, coder: EventCoder, text: str) -> set[tuple[object, ...]]:
    doc = coder(with_named_actors(parse(text, published="2011-05-10"), NAMES))
    return {(e.source and e.source.code, e.cameo[:2], e.modality) for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chile closed the border in response to daily Peruvian rocket attacks.",
        "Chile said the raids were in retaliation for Peru's offensive in the north.",
    ],
)
def test_a_force_noun_a_reaction_answers_is_done(
    parse: Pipeline, coder: EventCoder, text: str
) -> None:
    assert any(s == "PER" and c == "19" and m != "negated" for s, c, m in coded(parse, coder, text))


@pytest.mark.model
def test_a_denied_clause_tells_no_answered_force(parse: Pipeline, coder: EventCoder) -> None:
    text = "Chile's sanctions are not on the same level as Bolivia's reaction to Peruvian raids."
    assert not any(c == "19" for _, c, _ in coded(parse, coder, text))
