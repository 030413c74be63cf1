"""A noun the tagger read as a bare verb at the head of a sentence ("Aid from X to Y
arrived") keeps a noun's parties (geowire/events/extract.py, _noun_read_as_verb), on
invented sentences with the whole pipeline."""

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
