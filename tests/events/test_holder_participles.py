"""A hyphened participle of holding on a place or thing acted upon ("rebel-held districts",
"the government-controlled city of X": ``holder_participles``) names the party that holds
it, whom the act is done to. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2021-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root, source, target",
    [
        ("Syrian troops captured several rebel-held villages near Idlib on Friday.",
         "19", "SYRMIL", "SYRREB"),
        ("Syrian army artillery shelled rebel-held areas of Homs on Monday.",
         "19", "SYRMIL", "SYRREB"),
    ],
)
def test_the_holder_of_a_thing_acted_upon_is_the_target(
    pipe: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    found = {(s, t) for r, s, t in root_dyads(pipe, text, PUBLISHED) if r == root}
    assert any(s and s.startswith(source[:3]) and t == target for s, t in found), found


@pytest.mark.model
def test_a_base_participle_names_no_holder(pipe: Pipeline) -> None:
    # "the U.S.-based company": a related party, not the one acted upon
    text = "Chinese hackers attacked a U.S.-based company on Monday."
    found = root_dyads(pipe, text, PUBLISHED)
    assert not any(t and t.startswith("USA") for r, s, t in found), found


@pytest.mark.model
def test_the_doers_own_state_holding_the_thing_is_no_target(pipe: Pipeline) -> None:
    # a state acting on a thing its own people hold acts on no other party
    text = "Israel closed the Israeli-controlled crossing on Monday."
    found = root_dyads(pipe, text, PUBLISHED)
    assert not any(t == "ISR" for r, s, t in found), found
