"""Attribution-scope content boundaries: a phrase of place or venue after a cue's object
is the reporter's frame, and a clause conjoined after a comma is the writer's next
statement (sentences made up for the tests; needs the spaCy model)."""

from __future__ import annotations

import pytest

from geowire.config import Config
from geowire.document import Document, Quote
from geowire.nlp.backbone import NLP
from geowire.quotes import QuoteExtractor

ATTRIBUTION = Config(settings={"geowire.quotes.v1": {"scope": "attribution"}})


@pytest.fixture(scope="module")
def nlp() -> NLP:
    return NLP(Config())


def contents(nlp: NLP, text: str) -> list[str]:
    doc = next(iter(nlp.pipe([Document(text=text)])))
    quotes: list[Quote] = list(QuoteExtractor(ATTRIBUTION)(doc).quotes)
    return [q.text for q in quotes]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor praised the firefighters at a rally on Main Street.", "the firefighters"),
        ("The senator criticized the new budget on the radio.", "the new budget"),
        ("The governor thanked the volunteers in Ohio.", "the volunteers"),
    ],
)
def test_place_phrase_after_object_is_frame(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)


@pytest.mark.model
def test_object_phrase_after_frame_stays() -> None:
    nlp = NLP(Config())
    got = contents(nlp, "The mayor thanked the nurses on the radio for their long shifts.")
    assert any(c.startswith("the nurses") and c.endswith("their long shifts") for c in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The minister argued that taxes must rise, and the opposition walked out of the room.",
            "that taxes must rise",
        ),
        (
            "The union believes the plant will close, but the company hired new workers.",
            "the plant will close",
        ),
    ],
)
def test_clause_after_comma_and_is_not_content(nlp: NLP, text: str, content: str) -> None:
    assert content in contents(nlp, text)
