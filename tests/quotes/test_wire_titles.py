"""Speakers in the shapes of recent international wire copy: a name the parser apposed to
the place or body of a title's prepositional phrase, reporters briefed in a town, a clause
given 'in a statement', a director-general; needs the model."""

from __future__ import annotations

import pytest
from factories import quotes_of, speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The U.N. special envoy for Chile, Marta Olsen, said the talks must go on.",
            "Marta Olsen",
        ),
        (
            "The head of the World Food Programme, Cindy McCain, said famine had taken hold.",
            "Cindy McCain",
        ),
    ],
)
def test_a_name_apposed_to_the_body_of_a_title_names_the_title_holder(
    text: str, name: str
) -> None:
    found = speaker_of(text, text.split(" said ")[1][:12])
    assert found is not None and found.name == name


def test_reporters_briefed_in_a_town_are_no_outlet_of_the_speaker() -> None:
    text = (
        "The head of the World Food Programme, Marta Olsen, visited Chile. Olsen told "
        "reporters in Vienna that the harvest had failed."
    )
    found = speaker_of(text, "the harvest had failed")
    assert found is not None and not (found.code or "").endswith("MED")


def test_a_clause_said_in_a_statement_is_the_speakers() -> None:
    text = "Vidal said in a statement that Chile would pay."
    assert any("Chile would pay" in q.text for q in quotes_of(text))


def test_a_director_general_is_no_general() -> None:
    text = "WHO Director-General Marta Olsen said the outbreak was over."
    found = speaker_of(text, "the outbreak was over")
    assert found is not None and "MIL" not in (found.code or "")
