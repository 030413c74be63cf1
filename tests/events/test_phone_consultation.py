"""Consultations by telephone and at meetings told by their nouns (verbs.tsv's "phone
conversation", "telephone talks", "exchange views", "levy sanctions" rows; and
geowire/events/extract.py's ``_addressed_occasion``: a party told or urged in a phone call
or a meeting consults with the teller, ``addressing_verbs``), on invented sentences with
the whole pipeline."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Peru's president had a telephone conversation with Chile's president.",
         ("PERGOV", "041", "CHLGOV")),
        ("Peru's president had a phone conversation with Chile's president on Sunday.",
         ("CHLGOV", "041", "PERGOV")),
        ("Peru's foreign minister exchanged views with Chile's foreign minister on trade.",
         ("PERGOV", "040", "CHLGOV")),
        ("Peru levied sanctions on Bolivia over the dispute.", ("PER", "163", "BOL")),
    ],
)
def test_consultation_and_sanction_rows(
    pipe: Pipeline, text: str, act: tuple[str, str, str]
) -> None:
    got = _acts(pipe, text)
    assert act in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peru's president told Chile's president in a phone call that the border would open.",
         "041"),
        ("Peru's president assured Chile's president during their meeting that aid would come.",
         "040"),
    ],
)
def test_a_party_addressed_in_a_call_or_meeting_consults(
    pipe: Pipeline, text: str, code: str
) -> None:
    got = _acts(pipe, text)
    assert ("PERGOV", code, "CHLGOV") in got, got
    assert ("CHLGOV", code, "PERGOV") in got, got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru's president told reporters at a meeting in Lima that the border would open.",
        "Peru's president said in a phone conversation that he was tired.",
    ],
)
def test_no_consultation_with_the_press_or_no_one(pipe: Pipeline, text: str) -> None:
    got = _acts(pipe, text)
    assert not any(code.startswith("04") for _s, code, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru's president told lawmakers of his party at a meeting in Lima that the vote "
        "would go ahead.",
        "Peru's president told party workers at a meeting in Cusco that the election would "
        "be won.",
    ],
)
def test_no_consultation_with_an_own_audience_at_a_meeting(pipe: Pipeline, text: str) -> None:
    # a speech to one's own party or workers: an audience, no side that consults
    got = _acts(pipe, text)
    assert not any(code.startswith("04") for _s, code, _t in got), got
