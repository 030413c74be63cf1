"""A local council is its state's government, and people of a heritage are citizens of the
nationality written last ('Cuban-Americans'); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_member_of_a_city_council_is_local_government() -> None:
    text = (
        "WASHINGTON (AP) - The U.S. Senate passed the transit bill on Tuesday. The plan "
        "will cost the city too much, said Mary Lane, a member of the Denver City Council."
    )
    found = speaker_of(text, "cost the city")
    assert found is not None and found.code == "USAGOV"


def test_a_county_council_member_of_the_story_country_is_its_government() -> None:
    text = (
        "President Obama spoke in Ohio on Monday about roads. \"We cannot pay for this,\" "
        "said Tom Hale of the Franklin County Council."
    )
    found = speaker_of(text, "cannot pay")
    assert found is not None and found.code == "USAGOV"


def test_a_council_named_for_no_government_is_still_no_state_body() -> None:
    text = (
        "President Obama spoke in Ohio on Monday about Russia. \"Sanctions work,\" said "
        "Tom Hale of the Atlantic Council."
    )
    found = speaker_of(text, "Sanctions work")
    assert found is not None and not (found.code or "").endswith("GOV")


def test_hyphenated_americans_are_americans() -> None:
    text = (
        "MIAMI (AP) - Hundreds marched on Saturday. Cuban-Americans said the boy should stay "
        "with his relatives."
    )
    found = speaker_of(text, "boy should stay")
    assert found is not None and (found.code or "")[:3] == "USA"


def test_americans_of_a_heritage_written_apart_are_americans() -> None:
    text = "Many Mexican Americans said the new law was unfair to their families."
    found = speaker_of(text, "law was unfair")
    assert found is not None and (found.code or "")[:3] == "USA"


def test_a_heritage_voter_is_american() -> None:
    text = "Mexican-American voters said the new law was unfair to their families."
    found = speaker_of(text, "law was unfair")
    assert found is not None and found.code == "USACVL"


def test_talks_of_two_states_keep_the_first() -> None:
    text = (
        "Iranian-American talks resumed in Geneva on Monday, Iranian officials said, adding "
        "that progress was slow."
    )
    found = speaker_of(text, "progress was slow")
    assert found is not None and found.code == "IRNGOV"
