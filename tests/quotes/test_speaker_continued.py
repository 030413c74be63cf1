"""Speakers the words around a cue leave implicit: a comment verb joined to the reported
clause ('said X and added, "..."'), a participle opening a sentence with no subject
('Adding, "..."'), an inverted colon introduction ('Continued Novak: "..."'), 'who' hung on
a time phrase, a surname the tagger took for a pronoun and a place the tagger took for a
nationality ('residents of Aleppo'); needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_comment_verb_joined_to_the_reported_clause_goes_on_with_its_speaker() -> None:
    found = speaker_of(
        'Governor Hana Ruiz said the army was tired and added, "The repairs will end soon."',
        "repairs will end",
    )
    assert found is not None and found.name == "Hana Ruiz"
    assert found.span[0] < 20  # the governor's words, not 'the army'


def test_a_joined_comment_verb_with_a_person_in_the_clause_is_still_the_outer_speaker() -> None:
    found = speaker_of(
        "Hana Ruiz said the minister had misled voters and added that the repairs would end "
        "soon.",
        "repairs would end",
    )
    assert found is not None and found.name == "Hana Ruiz"
    assert found.span == (0, 9)  # not 'the minister'


def test_an_opening_participle_goes_on_with_the_speaker_before() -> None:
    found = speaker_of(
        '"We will rebuild the port," Mayor Tomas Brandt said. Adding, "Nobody will be left '
        'behind."',
        "Nobody will be left",
    )
    assert found is not None and found.name == "Tomas Brandt"


def test_an_inverted_colon_introduction_names_its_speaker() -> None:
    found = speaker_of(
        "Ivan Novak spoke on the radio on Monday. "
        'Continued Novak: "The machines can be rigged, and everyone knows it."',
        "machines can be rigged",
    )
    assert found is not None and found.span is not None
    assert found.name.endswith("Novak")


def test_a_surname_the_tagger_took_for_a_pronoun_is_a_name() -> None:
    found = speaker_of(
        "Jack Schembs told the judge a deal was possible. "
        '"It will be soon," Schembs said.',
        "It will be soon",
    )
    assert found is not None and found.name == "Jack Schembs"


def test_who_hung_on_a_time_phrase_is_the_person_named_before_it() -> None:
    found = speaker_of(
        "The president met the assembly chairman Tomas Brandt on Wednesday, who said it was "
        "unfortunate that the visit would end early.",
        "unfortunate",
    )
    assert found is not None and found.name == "Tomas Brandt"


def test_a_counted_group_of_residents_of_a_city_is_of_its_country() -> None:
    # (the tagger may take the city for a nationality: its country is still the place's)
    found = speaker_of(
        "Hundreds of residents of Aleppo said the army had fled the eastern districts.",
        "army had fled",
    )
    assert found is not None and found.code == "SYRCVL"
