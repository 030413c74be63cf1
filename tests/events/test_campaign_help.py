"""Help given to a candidate, a lawmaker or a party by no one named or by a party of its own
country is support in a race for votes, no aid (senses.campaign_help; CAMEO 07 is aid to a
party in need): "Opposition to the trade deal helped Senator X win the primary", "aided by a
surge of late-deciding voters". Help from another country stays aid, to a party as to a
government. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _aid(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2020-05-01") if code[:2] == "07"}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's ruling party helped lawmaker James Otieno win his seat back in the by-election.",
        "Aided by a surge of late-deciding voters, Senator Ted Cruz finished a strong second.",
        "Opposition to the trade deal helped Senator Bernie Sanders win the Michigan primary.",
        "American donors helped Senator Marco Rubio with his campaign.",
    ],
)
def test_help_in_a_race_is_no_aid(pipe: Pipeline, text: str) -> None:
    assert not _aid(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States helped Ukraine's President Volodymyr Zelensky with weapons.",
        "Russia helped Marine Le Pen's National Front with a loan.",
        "Germany helped Greece with a bailout.",
    ],
)
def test_help_from_abroad_stays_aid(pipe: Pipeline, text: str) -> None:
    assert _aid(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a state body's material help to a candidate of its own country
        "The Hungarian government helped Fidesz lawmakers with public funds, critics said.",
        (
            "The Serbian government helped the Serbian Progressive Party's candidate with"
            " subsidies, the opposition charged."
        ),
        # the candidate only owns what is helped
        (
            "The Zambian government helped lawmaker Grace Banda's drought-hit district with"
            " emergency food aid."
        ),
    ],
)
def test_state_material_help_stays_aid(pipe: Pipeline, text: str) -> None:
    assert _aid(pipe, text)
