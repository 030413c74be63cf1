"""One act, one event: a use of force on a party some of whom a phrase of inclusion names
("killed 12 people, including three children and a police officer") is one act, not one
act on each group named there."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
def test_groups_named_as_examples_of_the_victims_are_one_act(pipe: Pipeline) -> None:
    doc = pipe(
        "Russian missile strikes on Kharkiv killed nine people, including two children and a "
        "police officer, regional officials said.",
        published="2025-03-12",
    )
    assert len([e for e in doc.events if e.root == "19"]) == 1


@pytest.mark.model
def test_named_victims_among_the_examples_are_not_merged_away(pipe: Pipeline) -> None:
    doc = pipe(
        "The rebels attacked the convoy on Monday, killing Ahmed Karimi and Omid Rahimi.",
        published="2025-03-12",
    )
    names = {e.target.name for e in doc.events if e.root in ("18", "19") and e.target}
    assert "Ahmed Karimi" in names
