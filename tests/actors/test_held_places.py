"""A role word of an armed side, a government or an opposition right before a noun of a
held place, post or gun names its holder ('rebel positions', 'government artillery'): an
actor there, the party a force on the place strikes; not before a site ('an army base')."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import codes_at

from geowire import Document, Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word",
    [
        ("Government troops shelled rebel positions near the river.", "rebel"),
        ("Warplanes struck government artillery batteries overnight.", "government"),
        ("The army stormed opposition strongholds in the north.", "opposition"),
        ("Commandos raided militant hideouts in the hills.", "militant"),
    ],
)
def test_a_role_word_before_a_held_place_is_its_holder(
    with_model: Callable[..., Document], text: str, word: str
) -> None:
    codes = codes_at(with_model(text), word)
    assert codes and codes[0] is not None


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word",
    [
        ("Soldiers guarded the army base on Monday.", "army"),  # a site, no fight
        ("The shells hit civilian areas.", "civilian"),  # no side's role
        ("The government plans to build roads.", "plans"),
    ],
)
def test_no_holder_where_the_noun_is_no_held_place(
    with_model: Callable[..., Document], text: str, word: str
) -> None:
    assert codes_at(with_model(text), word) in ([], [None])


@pytest.mark.model
def test_held_place_holder_is_the_target_of_force(full: Pipeline) -> None:
    doc = full("Syrian troops pounded rebel positions near Idlib.", published="2014-01-10")
    targets = {e.target.code for e in doc.events if e.target is not None}
    assert "SYRREB" in targets
