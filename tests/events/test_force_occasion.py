"""A passive participle with no "by" agent undergone "during" a use of force
(``force_occasion_prepositions``: "killed during an assault by militants", "wounded during
clashes with police") is done by that force's doer, as one "in" it is. Whole pipeline on
invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2021-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Five Afghan policemen were killed during an attack by Taliban militants on Monday.",
         "AFGREBTAL", "AFGCOP"),
        ("Three Kenyan protesters were wounded during clashes with police in Nairobi.",
         "KENCOP", "KENOPP"),
    ],
)
def test_the_doer_of_the_force_during_which_one_was_harmed(
    pipe: Pipeline, text: str, source: str, target: str
) -> None:
    found = root_dyads(pipe, text, PUBLISHED)
    assert any(r in ("18", "19") and s == source and t == target for r, s, t in found), found


@pytest.mark.model
def test_an_act_during_an_occasion_of_no_force_has_no_doer_from_it(pipe: Pipeline) -> None:
    text = "Two Kenyan journalists were arrested during a rally by opposition supporters."
    found = root_dyads(pipe, text, PUBLISHED)
    assert not any(r == "17" and s and s.endswith("OPP") for r, s, t in found), found
