"""Words that make a name a place's, whatever the NER took it for (named_as_place)."""

from __future__ import annotations

import pytest

from geowire.language import language
from geowire.places.resolve import PlaceWords, named_as_place

WORDS = language("en").view(PlaceWords)


def _named(text: str, name: str) -> bool:
    start = text.index(name)
    return named_as_place(text, start, start + len(name), WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "Troops entered the town of Marbeyo at dawn.",
        "Rebels held the oil town of Marbeyo for a week.",
        "The opposition stronghold of Marbeyo fell on Sunday.",
        "Fighting spread across the Marbeyo region.",
        "Aid reached Marbeyo province late on Friday.",
        "Rebels shelled the Marbeyo oil fields.",
        "A Marbeyo-based group claimed the attack.",
    ],
)
def test_words_of_a_place(text: str) -> None:
    assert _named(text, "Marbeyo")


@pytest.mark.parametrize(
    "text",
    [
        "Marbeyo said the talks would go on.",
        "Marbeyo fields questions from reporters every week.",  # 'fields' a verb
        "The opposition of Marbeyo to the plan is known.",  # 'opposition' no place noun
        "Troops entered the town with Marbeyo at their head.",
        "The Marbeyo department of utilities said the pipe burst.",  # a body's noun too
    ],
)
def test_no_words_of_a_place(text: str) -> None:
    assert not _named(text, "Marbeyo")


def test_place_of_nouns_and_site_nouns_are_data() -> None:
    assert {"town", "village", "stronghold"} <= WORDS.place_of_nouns
    assert "fields" in WORDS.site_nouns
