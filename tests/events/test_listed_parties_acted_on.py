"""Each party of a list acted upon is acted upon: the parties listed beside the first
party named past the doer's own ("its participation in talks with the United States, China
and Japan") and a demonym first in a list the parser left unjoined ("Ukrainian, Polish and
Lithuanian journalists"). Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, targets",
    [
        (
            "North Korea suspended its participation in talks with the United States, "
            "China and Japan.",
            {"USA", "CHN", "JPN"},
        ),
        ("Niger suspended its military cooperation with France and Germany.", {"FRA", "DEU"}),
        (
            "The junta barred Ukrainian, Polish and Lithuanian journalists from the country.",
            {"UKR", "POL", "LTU"},
        ),
    ],
)
def test_each_listed_party_is_acted_upon(pipe: Pipeline, text: str, targets: set[str]) -> None:
    doc = pipe(text, published="2022-06-01")
    found = {e.target.code[:3] for e in doc.events if e.target and e.target.code}
    assert targets <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, targets",
    [
        # the doer's own thing acted on, its parties nested in it (no state as its owner)
        (
            "The Commonwealth suspended its cooperation with Ghana, Kenya and Zambia.",
            {"GHA", "KEN", "ZMB"},
        ),
        ("The African Union lifted its restrictions on Gabon, Guinea and Niger.", {"GIN", "NER"}),
        ("NATO froze its cooperation with Armenia and Georgia.", {"ARM", "GEO"}),
    ],
)
def test_each_listed_party_nested_in_the_object(
    pipe: Pipeline, text: str, targets: set[str]
) -> None:
    doc = pipe(text, published="2022-06-01")
    found = {e.target.code[:3] for e in doc.events if e.target and e.target.code}
    assert targets <= found, found
