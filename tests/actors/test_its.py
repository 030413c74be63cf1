"""'its' refers to a thing named in the singular, its own sentence first for a possessive."""

from __future__ import annotations

from collections.abc import Callable

from geowire import Document


def _holder_of_its(doc: Document) -> str | None:
    start = doc.text.index(" its ") + 1
    for a in doc.actors:
        if any(s == start for s, _e in a.mentions):
            return a.name
    return None


def test_a_possessive_its_takes_its_own_sentences_owner(
    with_model: Callable[..., Document],
) -> None:
    doc = with_model(
        "The FBI was slow to act. The strike followed the Ukrainian government's crackdown "
        "on protesters and its ties to Russia.",
        published="2014-03-01",
    )
    assert _holder_of_its(doc) == "Ukrainian government"


def test_its_is_no_plural_nouns(with_model: Callable[..., Document]) -> None:
    doc = with_model(
        "The strike followed a crackdown on protesters and its ties to Russia, Iran said.",
        published="2014-03-01",
    )
    assert _holder_of_its(doc) != "protesters"
