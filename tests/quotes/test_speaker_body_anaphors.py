"""A bare definite noun for a body that speaks ('the league said', 'the group says', 'the
company said') is the body named in its sentence or the one before: a word of its name
('the league' for the Arab League), any body for a noun every kind of body is called by
('the group'), and each later 'the company' of a story the company named just before it;
needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "words", "name", "code"),
    [
        (
            "The Arab League condemned the strike on the refugee camp in Rafah. The league "
            "said Israel bore full responsibility.",
            "full responsibility",
            "Arab League",
            "IGOARL",
        ),
        (
            "The European Commission proposed new sanctions on Russia. The commission said "
            "the package targeted 30 firms in China and Iran.",
            "the package targeted",
            "European Commission",
            "IGOEEC",
        ),
    ],
)
def test_a_bare_noun_of_a_bodys_name_is_that_body(
    text: str, words: str, name: str, code: str
) -> None:
    found = speaker_of(text, words)
    assert found is not None and name in found.name and found.code == code


def test_the_group_is_the_source_named_just_before() -> None:
    text = (
        "There are 300 fewer clinics in northern Kenya than a decade ago, according to the "
        "Rural Health Foundation. Almost 40 clinics have closed since 2019, the group says."
    )
    found = speaker_of(text, "have closed since")
    assert found is not None and "Rural Health Foundation" in found.name


def test_a_later_company_is_the_company_named_just_before() -> None:
    # (the story's first 'the company' comes before any company is named)
    text = (
        "Steel shares fell on Monday after the company said it would cut 500 jobs. "
        "Westbrook Steel Corp. posted a loss for the quarter. The company said its "
        "shipments declined."
    )
    assert "Westbrook" in getattr(speaker_of(text, "shipments declined"), "name", "")


def test_the_office_is_the_named_office_that_spoke_just_before() -> None:
    text = (
        "President Halvorsen's office said the talks in Oslo had stalled. The office said "
        "Norway would not give up its claim."
    )
    found = speaker_of(text, "give up its claim")
    assert found is not None and "Halvorsen" in found.name
