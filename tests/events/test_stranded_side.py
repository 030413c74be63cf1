"""A two-sided noun's "between X and Y" that the parser cut off at the "and", reading Y as
the subject of the verb the noun is the subject of, still has Y as its second side."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.mark.model
def test_a_side_read_as_the_verbs_subject_is_the_second_side(pipe: Pipeline) -> None:
    doc = pipe(
        "Gunbattles between the militants and the army raged for hours in Mosul, Iraq.",
        published="2014-06-10",
    )
    pairs = {(e.source.code, e.target.code) for e in doc.events if e.source and e.target}
    assert ("IRQREB", "IRQMIL") in pairs and ("IRQMIL", "IRQREB") in pairs


@pytest.mark.model
def test_no_second_side_when_the_object_has_its_conjunct(pipe: Pipeline) -> None:
    doc = pipe(
        "Fighting between the rebels and the army continued in Syria.", published="2014-06-10"
    )
    pairs = sorted((e.source.code, e.target.code) for e in doc.events if e.source and e.target)
    assert pairs == [("SYRMIL", "SYRREB"), ("SYRREB", "SYRMIL")]
