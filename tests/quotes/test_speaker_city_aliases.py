"""A word of an organisation's name (or of a name the tagger took for one) is a great
city's only when it is that city's own name, not an alias ('Ama' is no Amman, 'Bethlehem'
no Belem); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_city_alias_inside_a_name_gives_no_country() -> None:
    text = (
        "The Health Ministry of Ghana confirmed two more cases on Tuesday. \"The patients "
        'are stable," replied Ama Mensah, a ministry official.'
    )
    found = speaker_of(text, "patients are stable")
    # not Amman's country (JOR) from 'Ama': the ministry's own, Ghana
    assert found is not None and found.country == "GHA"


def test_a_great_city_named_inside_a_body_still_places_its_people() -> None:
    text = '"The risk is low," said Ana Ruiz of the Auckland Regional Public Health Service.'
    found = speaker_of(text, "risk is low")
    assert found is not None and found.country == "NZL"


def test_a_short_form_of_a_great_city_inside_a_body_places_its_people() -> None:
    text = "Ana Ruiz, an organizer with the Philly Coalition for Fair Rents, said rents rose."
    found = speaker_of(text, "rents rose")
    assert found is not None and found.country == "USA"
