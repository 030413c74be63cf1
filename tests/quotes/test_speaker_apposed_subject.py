"""A name set off after a description that the parser made a second subject of the cue
('The U.S. ambassador to Peru, Ana Ruiz says ...') is who speaks; needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_name_apposed_to_a_description_made_a_second_subject_speaks() -> None:
    text = (
        "The U.S. ambassador to South Korea, Christopher Hill says that the talks may not "
        "succeed."
    )
    found = speaker_of(text, "may not succeed")
    assert found is not None and found.name == "Christopher Hill"


def test_a_name_tagged_an_organisation_apposed_to_a_description_speaks() -> None:
    text = (
        "The head of Ukraine's military intelligence, Kyrylo Budanov says Russia is "
        "preparing a new offensive."
    )
    found = speaker_of(text, "new offensive")
    assert found is not None and "Budanov" in found.name


def test_the_apposed_name_speaks_in_the_descriptions_code() -> None:
    text = "A spokesman for the army, Omar Idris said the RSF shelled the depot in Khartoum."
    found = speaker_of(text, "shelled the depot")
    assert found is not None and found.name == "Omar Idris"
    assert found.code == "SDNMIL"


def test_the_apposed_name_is_cut_at_the_comma_and_keeps_the_descriptions_post() -> None:
    text = "The foreign minister of Niger, Bakary Yaou Sangare said the junta would not bend."
    found = speaker_of(text, "would not bend")
    assert found is not None and found.name == "Bakary Yaou Sangare"
    assert found.code == "NERGOV"


def test_a_post_of_an_international_body_in_the_description_codes_the_name() -> None:
    # the title 'Major-General' and the story's country give no post of the state's: the
    # description says whose commander he is
    found = speaker_of(
        "Ethiopia recently withdrew troops from the border. The commander of the U.N. "
        "mission watching the border, Major-General Anil Kapoor says the tension still "
        "exists.",
        "tension still exists",
    )
    assert found is not None and (found.code or "").startswith("IGOUNO")
