"""Names joined by 'and' speak together: a later 'he' or 'she' is neither of them alone but
the person who spoke or acted before; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_he_is_not_one_of_a_pair_that_spoke_in_a_relative_clause() -> None:
    text = (
        "Senator Mark Ruiz campaigned in Ohio on Monday. Ruiz refrained from attacking his "
        "rivals, particularly Govs. Tom Hale and Pete Moss, who say the senator lacks "
        "experience. He dismissed criticism of his debate, saying his campaign had its best "
        "fundraising night."
    )
    found = speaker_of(text, "best fundraising night")
    assert found is not None and found.name == "Mark Ruiz"


def test_he_after_a_name_joined_to_a_common_noun_is_that_name() -> None:
    text = (
        "Tom Hale and his wife said the flood destroyed their farm. He added that the "
        "insurer had refused to pay."
    )
    found = speaker_of(text, "insurer had refused")
    assert found is not None and found.name == "Tom Hale"
