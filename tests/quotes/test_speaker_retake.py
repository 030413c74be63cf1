"""A 'he' or 'she' the actors linked to a person is taken from that link by a subject named
before only when that subject is the subject of its sentence's main clause, close by: not
the subject of a clause put under another ('after X claimed that Y had ...', 'when X
confronted him'); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_subject_of_a_clause_under_another_does_not_take_the_pronoun() -> None:
    text = (
        "Sudan's army chief Abdel Fattah al-Burhan met the U.N. envoy in Port Sudan. The "
        "meeting came after the Rapid Support Forces commander Mohamed Hamdan Dagalo "
        'claimed that Burhan had rejected a truce.\n\n"The army is ready for peace," he '
        "told reporters."
    )
    found = speaker_of(text, "ready for peace")
    assert found is not None and "Burhan" in found.name


def test_a_subject_of_what_another_reports_does_not_take_the_pronoun() -> None:
    text = (
        "The opposition leader in Senegal, Ousmane Sonko, addressed supporters on Sunday. "
        'He said President Macky Sall had tried to block him.\n\n"We will win this '
        'election," he said.'
    )
    found = speaker_of(text, "win this election")
    assert found is not None and found.name == "Ousmane Sonko"
