"""The country an official does not take from their sentence (made-up sentences; needs
the model): whom a titled official or a person acts on ('vowed to block Peruvian imports',
'criticized Bolivia') is not whose they are, when the article has a country of its own;
a country in their own description still is."""

from __future__ import annotations

import pytest

import geowire

_CHILE = (
    "Chile's economy grew last year, the central bank in Santiago said. "
    "Chilean farmers sold more copper and fruit. "
)


def _code(text: str, name: str) -> str | None:
    doc = geowire.extract(text, published="2024-03-05")
    return next(a.code for a in doc.actors if name in a.name)


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("President Ana Ruiz vowed to block Peruvian imports.", "Ana Ruiz"),
        ("Governor Luis Soto criticized Bolivia on Monday.", "Luis Soto"),
        ("Minister Eva Rojas condemned the Peruvian navy's decision.", "Eva Rojas"),
        # through the official's own act
        ("Senator Ana Ruiz backed President Luis Soto's plan to isolate Bolivia.", "Luis Soto"),
    ],
)
def test_whom_an_official_acts_on_is_not_their_country(sentence: str, name: str) -> None:
    assert _code(_CHILE + sentence, name) == "CHLGOV"


@pytest.mark.model
def test_a_country_in_the_official_s_own_description_still_counts() -> None:
    text = _CHILE + "Governor Luis Soto of Bolivia criticized the plan on Monday."
    assert _code(text, "Luis Soto") == "BOLGOV"
