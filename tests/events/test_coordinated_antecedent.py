"""A relative clause after a coordinated list, hung by the parser on the whole list, is
done by every party of it ("Norway and Chile, which expelled X": both expelled X;
``Events._coordinated_antecedent`` in events/extract.py), unless its verb is singular
("X and Y, which has ..."), on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _sources(pipe: Pipeline, text: str, root: str) -> set[str | None]:
    doc = pipe(text, published="2021-03-02")
    return {e.source.code if e.source else None for e in doc.events if e.cameo[:2] == root}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Norway and Chile, which expelled Russian diplomats, joined the statement.", "16"),
        ("Bolivia and Peru, which have rejected the proposal, will meet on Friday.", "12"),
    ],
)
def test_each_party_of_the_list_acts(pipe: Pipeline, text: str, root: str) -> None:
    got = _sources(pipe, text, root)
    assert len(got - {None}) == 2, got
