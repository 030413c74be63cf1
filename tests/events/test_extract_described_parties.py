"""Parties of descriptions the coder missed (geowire/events/extract.py): a noun the tagger
read as a bare verb ("Aid from X to Y arrived"), a demonym holding an intention ("the
Chinese threat to invade X"), a person described by the party led ("the man who leads X")
and an order to a state's own forces, on invented sentences with the whole pipeline."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


@pytest.mark.model
def test_subject_aid_read_as_verb_gives_from_as_source(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe, "Aid from Japan to the Philippines arrived on Monday.", published="2011-05-04"
    )
    assert ("07", "JPN", "PHL") in got, got
    assert not any(t == "JPN" for _r, _s, t in got), got


@pytest.mark.model
def test_demonym_on_intention_noun_names_its_holder(pipe: Pipeline) -> None:
    # "the Chinese threat to invade X": no owner, no light verb; the demonym holds it
    got = root_dyads(
        pipe,
        "The Chinese threat to invade Taiwan alarmed Washington on Monday.",
        published="2011-05-04",
    )
    assert any(s == "CHN" for _r, s, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Putin spoke with the man who leads Hezbollah on Monday.", "04", "RUSGOV", "LBNREBHEZ"),
        ("Putin met the woman who heads the IMF on Monday.", "04", "RUSGOV", "IGOIMF"),
        ("The man who runs Hamas criticized Israel on Monday.", "11", "PSEREBHMS", "ISR"),
    ],
)
def test_person_described_by_the_party_they_lead(
    pipe: Pipeline, text: str, root: str, source: str, target: str
) -> None:
    got = root_dyads(pipe, text, published="2011-05-04")
    assert (root, source, target) in got, got


@pytest.mark.model
def test_order_to_own_forces_is_no_demand(pipe: Pipeline) -> None:
    # a government's order to its own soldiers: the chain of command, not 10 on them
    got = root_dyads(
        pipe, "Assad ordered soldiers to fire on the crowd on Monday.", published="2011-05-04"
    )
    assert not any(r == "10" for r, _s, _t in got), got


@pytest.mark.model
def test_appeal_to_army_by_opposition_stays(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe,
        "The opposition urged the Egyptian army to stay neutral on Monday.",
        published="2011-05-04",
    )
    assert ("02", "EGYOPP", "EGYMIL") in got, got
