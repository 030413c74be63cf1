"""A spokesman for a body whose name tells a state's service ('Border Security', a
'Force') is no company's (BUS); a plural noun for backers ('supporters of X') is the
speaker, not the person backed; a negated cue ('did not say') quotes no one in the speech
scope (the attribution scope keeps it, as PARC does). Needs the model."""

from __future__ import annotations

import pytest
from factories import quote_texts, quotes_of, speaker_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize("body", ["Border Security", "Coastal Force"])
def test_a_state_service_spokesman_is_no_company(body: str) -> None:
    text = (
        f"{body} spokesman Ravi Menon told reporters that shots were fired across the "
        "river before dawn."
    )
    found = speaker_of(text, "shots were fired")
    assert found is not None and not (found.code or "").endswith("BUS")


def test_an_unknown_company_spokesman_is_still_a_company() -> None:
    text = "Halvorsen Shipping spokesman Ravi Menon said the tanker was delayed."
    found = speaker_of(text, "tanker was delayed")
    assert found is not None and (found.code or "").endswith("BUS")


@pytest.mark.parametrize(
    "text",
    [
        "The crisis deepened after supporters of former President Tom Hale vowed on "
        "Monday to continue protesting.",
        "Thousands of supporters of former President Tom Hale said the vote was rigged.",
        "Hundreds of followers of Tom Hale say the election was stolen.",
    ],
)
def test_backers_speak_not_the_one_they_back(text: str) -> None:
    (quote,) = quotes_of(text)
    assert quote.speaker is None or quote.speaker.name != "Tom Hale"


def test_a_person_named_as_the_subject_still_speaks() -> None:
    found = speaker_of("Tom Hale said the vote was rigged.", "vote was rigged")
    assert found is not None and found.name == "Tom Hale"


@pytest.mark.parametrize(
    "text",
    [
        "Police did not say how the man died.",
        "The minister would not discuss details of the talks.",
        "Ana Ruiz never mentioned the election in her speech.",
    ],
)
def test_a_negated_cue_quotes_no_one(text: str) -> None:
    assert quotes_of(text) == []


def test_a_negation_inside_the_content_keeps_the_quote() -> None:
    found = speaker_of("Police said the man did not die at the scene.", "did not die")
    assert found is not None and found.name == "Police"


def test_the_attribution_scope_keeps_a_negated_cue(nlp: object) -> None:
    assert "how the man died" in quote_texts(nlp, "Police did not say how the man died.")


def test_a_permanent_representative_is_a_diplomat_not_a_legislator() -> None:
    text = (
        "Ambassador Ana Obi, Kenya's Permanent Representative to the United Nations, said "
        "the council must act."
    )
    found = speaker_of(text, "council must act")
    assert found is not None and found.code == "KENGOV"
