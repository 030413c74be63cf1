"""A definite description that names its own state ('the Ukrainian military') is that
state's body, not another state's body of the same kind named just before ('the Russian
military'); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        (
            "The Russian military said it captured a village near the river. The Ukrainian "
            "military said its troops repelled the attack.",
            "repelled the attack",
            "UKR",
        ),
        (
            "The Sudanese army said the town was retaken on Sunday. The Chadian army said it "
            "had closed the border crossing.",
            "closed the border",
            "TCD",
        ),
    ],
)
def test_a_description_of_another_states_body_is_not_the_body_before(
    text: str, words: str, country: str
) -> None:
    found = speaker_of(text, words)
    assert found is not None and found.country == country


def test_a_description_of_the_same_states_body_is_still_the_body_before() -> None:
    text = (
        "The Sudanese Armed Forces said they retook the bridge on Sunday. Later the "
        "Sudanese military said the town was calm."
    )
    found = speaker_of(text, "town was calm")
    assert found is not None and found.country == "SDN"
