"""A role word of an armed side, a government or an opposition right before a noun of an
armed unit names the unit's side ('an elite government brigade': the state's army); a
noun of a unit that also names an office ('unit', 'division') only after an armed role."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from factories import codes_at

from geowire import Document, Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word, code",
    [
        ("An elite government brigade seized the bridge on Monday.", "government", "GOVMIL"),
        ("A rebel battalion overran the garrison.", "rebel", "REB"),
        ("An army unit shelled the village at dawn.", "army", "MIL"),
    ],
)
def test_a_role_word_before_an_armed_unit_is_its_side(
    with_model: Callable[..., Document], text: str, word: str, code: str
) -> None:
    codes = codes_at(with_model(text), word)
    assert codes and (codes[0] or "").startswith(code)


@pytest.mark.model
def test_a_government_office_unit_is_no_armed_side(with_model: Callable[..., Document]) -> None:
    doc = with_model("The government unit that handles pensions was closed.")
    assert all("MIL" not in (c or "") for c in codes_at(doc, "government"))


@pytest.mark.model
def test_the_brigade_is_the_doer_of_its_act(full: Pipeline) -> None:
    doc = full(
        "An elite government brigade seized the town of Arvo in Syria.", published="2012-03-01"
    )
    assert any(e.source is not None and e.source.code == "SYRGOVMIL" for e in doc.events)
