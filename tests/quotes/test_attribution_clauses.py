"""A question or free relative the parser made a clause is the object of a speech or
stance verb (attribution scope); a clause before a semicolon is not the content of a cue
after it, and a content stops at a semicolon (sentences made up for the tests; needs the
spaCy model)."""

from __future__ import annotations

import pytest
from factories import quote_texts as contents

from geowire.config import Config
from geowire.nlp.backbone import NLP


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "At the meeting, the ministers discussed how the harbour would be rebuilt.",
            "how the harbour would be rebuilt",
        ),
        (
            "The governor touted how far the state economy had come since the flood.",
            "how far the state economy had come since the flood",
        ),
    ],
)
def test_question_clause_is_the_object(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
def test_clause_before_semicolon_is_not_the_content(nlp: NLP) -> None:
    got = contents(
        nlp, "The report was never printed; the editor argued the figures looked too rosy."
    )
    assert "the figures looked too rosy" in got
    assert "The report was never printed" not in got


@pytest.mark.model
def test_clause_before_semicolon_keeps_its_own_cue(nlp: NLP) -> None:
    got = contents(nlp, "The mayor said the bridge was safe; the engineers disagreed.")
    assert "the bridge was safe" in got
    assert not any(c.startswith("The mayor said") for c in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prices are high; we know that they are high; but wages are rising too.",
            "that they are high",
        ),
        (
            "The unions argued the deal was unfair; and the owners walked out.",
            "the deal was unfair",
        ),
    ],
)
def test_content_stops_at_semicolon(nlp: NLP, text: str, content: str) -> None:
    got = contents(nlp, text)
    assert content in got
    assert all(";" not in c for c in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Most farmers agree with the new water rules.", "the new water rules"),
        ("The union balked at the proposed wage freeze.", "the proposed wage freeze"),
        (
            "The mayor quickly distanced himself from the councillor's remarks.",
            "the councillor's remarks",
        ),
    ],
)
def test_preposition_frames(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
def test_preposition_frames_are_attribution_only(nlp: NLP) -> None:
    assert contents(nlp, "Most farmers agree with the new water rules.", "speech") == []


@pytest.mark.model
def test_closing_source_vouches_for_whole_sentence(nlp: NLP) -> None:
    text = (
        "The governor won most rural counties, while the mayor carried the two largest "
        "cities, according to early returns."
    )
    got = contents(nlp, text)
    assert any(c.startswith("The governor won most rural counties") for c in got)
