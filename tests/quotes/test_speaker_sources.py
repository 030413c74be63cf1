"""Speakers a text or a stance stands between: a text speaks for the author its participle's
agent names ('a court filing submitted by X'), or for who issued it when a relative clause
tells what it says ('X released a video that urges ...'); a participle on a noun naming no
one is said by the people its from- or by-phrase names ('criticism from X arguing ...');
needs the model."""

from __future__ import annotations

import pytest
from factories import speaker_of

pytestmark = pytest.mark.model


def test_a_text_filed_by_someone_speaks_for_its_author() -> None:
    text = (
        "The charges against the driver were dropped on Tuesday. \"There is not enough "
        'evidence to go to trial," according to a court filing submitted by district '
        "attorney Marta Olsen."
    )
    found = speaker_of(text, "enough evidence")
    assert found is not None and found.name == "Marta Olsen"


def test_a_statement_released_by_a_ministry_is_the_ministry_speaking() -> None:
    text = (
        "Talks on the dam resumed in the capital. The two sides are close to a deal, "
        "according to a statement released by the Ethiopian Foreign Ministry."
    )
    found = speaker_of(text, "close to a deal")
    assert found is not None and "Ministry" in found.name
    assert found.code is not None and found.code.startswith("ETH")


def test_a_text_with_no_author_named_stays_the_speaker() -> None:
    text = (
        "Crime fell in the city last year. Burglaries dropped by a third, according to "
        "a report published on Monday."
    )
    found = speaker_of(text, "dropped by a third")
    assert found is not None and "report" in found.name


def test_a_video_that_urges_is_said_by_who_released_it() -> None:
    text = (
        "Governor Paula Brandt is releasing a new video that urges residents to save "
        "water during the drought."
    )
    found = speaker_of(text, "save water")
    assert found is not None and found.name == "Paula Brandt"


def test_a_participle_on_a_stance_is_said_by_those_it_comes_from() -> None:
    text = (
        "The new mining code is drawing criticism from economists and trade unions "
        "arguing that it will drive investors away."
    )
    found = speaker_of(text, "drive investors away")
    assert found is not None and "criticism" not in found.name
    assert "economists" in found.name


def test_a_participle_on_people_stays_theirs() -> None:
    text = (
        "Hundreds of nurses marched through the city, with protesters from the north "
        "saying that clinics had been closed."
    )
    found = speaker_of(text, "clinics had been closed")
    assert found is not None and "protesters" in found.name


def test_staff_of_a_body_based_abroad_work_where_it_is_based() -> None:
    text = (
        "Chile is building more solar farms, and Chilean officials say the panels will "
        "power a million homes in Chile. Solar power is growing fast, according to the "
        'Geneva-based industry association SolarGlobal. "Growth will be strong," said '
        "SolarGlobal’s policy chief Marco Lindqvist."
    )
    found = speaker_of(text, "Growth will be strong")
    assert found is not None and found.name == "Marco Lindqvist"
    assert found.code is not None and found.code.startswith("CHE")


def test_a_state_named_in_a_title_is_read_whole() -> None:
    text = (
        "Paula Serrano, the former New Mexico governor, backed the plan on Monday. "
        '"It is a good plan," Serrano said.'
    )
    found = speaker_of(text, "a good plan")
    assert found is not None and found.name == "Paula Serrano"
    assert found.code is not None and found.code.startswith("USA")


def test_a_country_in_a_title_still_codes_the_speaker() -> None:
    text = (
        "Anders Lund, a Danish citizen, was detained in Kenya last week. "
        '"I did nothing wrong," Lund said.'
    )
    found = speaker_of(text, "did nothing wrong")
    assert found is not None and found.code is not None and found.code.startswith("DNK")


def test_a_text_someone_got_is_not_theirs() -> None:
    text = (
        "On the day he won, Senator Tom Hale got a favorable decision from the state "
        "elections board, which ruled that he met the residency rules."
    )
    found = speaker_of(text, "residency rules")
    assert found is None or found.name != "Tom Hale"


def test_a_foundation_of_no_table_is_the_articles_countrys() -> None:
    text = (
        "The Kenyan parliament passed the land bill in Nairobi on Tuesday. "
        '"This is a dangerous step," said Grace Wanjiru, director of the Mwangaza '
        "Foundation for Justice."
    )
    found = speaker_of(text, "dangerous step")
    assert found is not None and found.code == "KENNGO"


def test_a_body_named_as_international_stays_an_international_ngo() -> None:
    text = (
        "The Kenyan parliament passed the land bill in Nairobi on Tuesday. "
        '"This is a dangerous step," said Grace Wanjiru, director of the International '
        "Foundation for Land Justice."
    )
    found = speaker_of(text, "dangerous step")
    assert found is not None and found.code == "NGO"


def test_a_text_read_by_someone_is_not_theirs() -> None:
    text = (
        "Leaked emails reviewed by the Daily Ledger suggest that the mayor ignored warnings "
        "about the bridge."
    )
    found = speaker_of(text, "ignored warnings")
    assert found is None or "Ledger" not in found.name
