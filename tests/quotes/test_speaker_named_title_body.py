"""A title apposed to a name that names its organisation in front of itself or of its unit
('Ana Ruiz, a WHO official in Geneva', 'X, an MSF emergency coordinator', 'X, head of MSF
operations in Gaza') codes the speaker by that organisation, not by the country where
the title places them or the article's country; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_an_official_of_an_international_body_in_a_city_is_the_body() -> None:
    text = (
        "Cholera spread in Yemen this week. Maria Lopez, a WHO official in Geneva, said "
        "the vaccines would arrive in May."
    )
    found = speaker_of(text, "vaccines would arrive")
    assert found is not None and (found.code or "").startswith("IGOWHO")


def test_a_coordinator_of_a_charity_named_before_the_title_is_the_charity() -> None:
    text = (
        "Cholera spread in Yemen this week. Maria Lopez, an MSF emergency coordinator, "
        "said the clinics were full."
    )
    found = speaker_of(text, "clinics were full")
    assert found is not None and (found.code or "").startswith("NGOMSF")


def test_the_head_of_a_charity_s_operations_is_the_charity() -> None:
    text = (
        "Cholera spread in Yemen this week. Maria Lopez, head of MSF operations in "
        "Yemen, said the clinics were full."
    )
    found = speaker_of(text, "clinics were full")
    assert found is not None and (found.code or "").startswith("NGOMSF")


def test_a_title_naming_no_body_keeps_the_country() -> None:
    text = (
        "Cholera spread in Yemen this week. Maria Lopez, a nurse in Sanaa, said the "
        "clinics were full."
    )
    found = speaker_of(text, "clinics were full")
    assert found is not None and (found.code or "").startswith("YEM")
