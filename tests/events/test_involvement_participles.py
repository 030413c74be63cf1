"""A participle of involvement after "be" ("were engaged in", "was locked in", "has been
embroiled in") whose "in" phrase names an event tells that its subject takes part in the
event: the subject is the event's doer, not a party acted upon, and the participle carries
the noun as a light verb does. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_countries, root_dyads

from geowire import Pipeline

#: the publication date the sentences are read at
PUBLISHED = "2021-03-04"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root, source, target",
    [
        ("Myanmar troops were engaged in a firefight with Thai soldiers on Sunday.",
         "19", "MMR", "THA"),
        ("The Syrian army was locked in fierce fighting with Turkish forces on Monday.",
         "19", "SYR", "TUR"),
        ("Indian troops were involved in clashes with Chinese soldiers on Tuesday.",
         "19", "IND", "CHN"),
        ("India was engaged in talks with Pakistan on Sunday.", "04", "IND", "PAK"),
    ],
)
def test_the_subject_of_a_participle_of_involvement_does_the_event(
    pipe: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    found = {(s, t) for r, s, t in root_countries(pipe, text, PUBLISHED) if r == root}
    assert (source, target) in found, found


@pytest.mark.model
def test_a_place_one_is_locked_in_keeps_the_passive(pipe: Pipeline) -> None:
    # "locked up in a police cell": no event in the "in" phrase, the subject is held
    found = root_dyads(pipe, "Kenyan protesters were locked up in a police cell.", PUBLISHED)
    assert any(r == "17" and t == "KENOPP" for r, s, t in found), found
    assert not any(s == "KENOPP" for r, s, t in found), found


@pytest.mark.model
def test_a_definite_act_one_was_involved_in_is_no_new_act(pipe: Pipeline) -> None:
    # "were involved in the clashes": the clashes told before, their doers named
    text = "Indian soldiers were involved in the clashes, officials said."
    found = root_countries(pipe, text, PUBLISHED)
    assert not any(r == "19" and s == "IND" for r, s, t in found), found
