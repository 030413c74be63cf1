"""The doer of an event noun owned by a possessive pronoun in the "in" phrase of its
clause's predicate ("X were vocal in their criticism of Y"): the clause's subject
(geowire/events/extract.py, ``SentenceCoder._manner_owner``), on invented sentences with the
whole pipeline."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a predicate adjective: the subject's stance, told with its manner
        (
            "Peruvian lawmakers have been unsparing in their criticism of the Chilean government.",
            ("11", "PERLEG", "CHLGOV"),
        ),
        (
            "Bolivian officials were blunt in their criticism of the Chilean navy.",
            ("11", "BOLGOV", "CHLMIL"),
        ),
        # an object that names no party leaves the pronoun the subject's
        (
            "Many Chilean senators are not mincing words in their criticism of the Bolivian"
            " government.",
            ("11", "CHLLEG", "BOLGOV"),
        ),
        # a verb of keeping on: the same subject
        (
            "Peruvian diplomats persisted in their criticism of Chile on Monday.",
            ("11", "PERGOV", "CHL"),
        ),
    ],
)
def test_the_subject_owns_an_act_told_in_its_predicates_in_phrase(
    pipe: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    got = _dyads(pipe, text)
    assert dyad in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "code"),
    [
        # a verb with an object of its own: the pronoun may be the object's
        (
            "Turkey helps Syrian rebels in their attacks on Kurdish fighters, officials say.",
            "19",
            "TUR",
        ),
        ("Soldiers beat farmers in their protest against the land law in Harare.", "14", "ZWEMIL"),
    ],
)
def test_a_verb_with_an_object_lends_no_owner(
    pipe: Pipeline, text: str, root: str, code: str
) -> None:
    got = root_dyads(pipe, text, published="2020-05-01")
    assert not {d for d in got if d[0] == root and d[1] == code}, got
