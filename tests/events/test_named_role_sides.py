"""An uncoded name right before the noun of a coded party in a list of modifiers is that
party's own name ('the army and Karen rebels': the rebels), not a side of its own, as
'Indian and Pakistani troops' are two."""

from __future__ import annotations

import pytest

from geowire import Pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline()


@pytest.mark.model
def test_a_name_before_a_role_noun_is_no_side_of_its_own(full: Pipeline) -> None:
    doc = full(
        "Thousands have fled since fighting erupted between the army and Karen rebels in "
        "the hills.",
        published="2012-06-01",
    )
    fights = [e for e in doc.events if e.cameo.startswith("19")]
    assert fights
    assert all(e.source and e.source.code and e.target and e.target.code for e in fights)


@pytest.mark.model
def test_coordinated_demonyms_are_still_two_sides(full: Pipeline) -> None:
    doc = full("Clashes between Indian and Pakistani troops killed five.", published="2012-06-01")
    pairs = {(e.source.code, e.target.code) for e in doc.events if e.source and e.target}
    assert ("INDMIL", "PAKMIL") in pairs
