"""A company no table codes: its bare spokesman speaks for it as a company (BUS); needs
the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_bare_spokesman_speaks_for_the_uncoded_company_just_named() -> None:
    text = (
        "Halvorsen Shipping Ltd. posted a loss for the quarter. Halvorsen closed at 5.25 "
        "on the exchange.\n\nA spokesman said the company would cut 200 jobs."
    )
    found = speaker_of(text, "cut 200 jobs")
    assert found is not None and found.code == "BUS"

