"""A wire story's dateline tells where it was filed: officials it names with no country
are that country's, never a mission there nor a person whose title names a state; a
dateline on a line of its own is no title; needs the model."""

from __future__ import annotations

import pytest

from geowire import Pipeline
from geowire.clean import clean_text

pytestmark = pytest.mark.model


def _codes(text: str, published: str = "1998-08-21") -> dict[str, str | None]:
    doc = Pipeline()(text, published=published)
    return {a.name: a.code for a in doc.actors}


def test_a_dateline_on_its_own_line_is_no_title() -> None:
    r = clean_text("OSLO, Norway (AP) _\n\nThe minister resigned on Friday after a vote.")
    assert r.title is None
    assert r.text.startswith("OSLO, Norway (AP) _")


def test_a_title_with_no_country_is_of_the_country_the_story_was_filed_from() -> None:
    text = (
        "OSLO, Norway (AP) _\n\nThe United States had the right to strike back, Norway "
        "said Friday after U.S. missile strikes on camps in Yemen.\n\nForeign Minister "
        "Knut Vollan said that the attacks on U.S. ships showed the danger of terror."
    )
    assert _codes(text).get("Knut Vollan") == "NORGOV"


def test_a_state_before_the_title_and_a_mission_keep_their_own_country() -> None:
    text = (
        "OSLO, Norway (AP) _\n\nU.S. Ambassador Mary Tenley wrapped up unfinished business "
        "on Wednesday, a week after a bomb damaged the U.S. embassy.\n\nTenley told state "
        "television that talks with U.S. firms would go on. The visit of the U.S. trade "
        "secretary is still on, the embassy said."
    )
    codes = _codes(text)
    assert codes.get("Mary Tenley") == "USAGOV"
    assert not any((c or "").startswith("NOR") for n, c in codes.items() if "mbassy" in n)


def test_a_bare_first_party_takes_the_country_its_own_phrase_names() -> None:
    # a story filed from a correspondent's base: the bare agents are of the country the
    # lede's first party is "in" or "of", not of the base
    text = (
        "BANGKOK (AP) \u2014 Police in military-ruled Myanmar detained 20 students on "
        "Sunday, state media reported. The government said the students had planned riots."
    )
    doc = Pipeline()(text, published="2021-03-01")
    codes = [a.code for a in doc.actors]
    assert "MMRCOP" in codes and "MMRGOV" in codes
    assert not any((c or "").startswith("THA") for c in codes)


def test_a_lede_that_names_its_dateline_place_again_keeps_the_story_there() -> None:
    # the lede opens with a foreign force, but "the city" is the dateline's: officials
    # named with no country are Ukraine's, not Russia's
    text = (
        "LVIV, Ukraine \u2014 Russian drones struck the city overnight. Two people were "
        "killed, officials said."
    )
    assert _codes(text, "2023-05-04").get("officials") == "UKRGOV"


def test_a_country_people_come_from_is_no_seat_of_the_bases_bodies() -> None:
    # "from Laos" is where the migrants came from: the police who held them are the
    # base's own, as in a story of the dateline's country
    text = (
        "BANGKOK (AP) \u2014 Migrants from Laos were detained by police on Wednesday after "
        "crossing the river."
    )
    codes = _codes(text, "2023-05-04")
    assert codes.get("police") == "THACOP", codes


def test_a_dateline_whose_place_gives_no_country_keeps_its_cue() -> None:
    # the gazetteer reads "PORT" as a town of another country: the dateline gives no
    # country, so its country name stays the story's only cue
    text = (
        "PORT-AU-PRINCE, Haiti (AP) \u2014 Gang leader Rony Celestin threatened on Sunday "
        "to attack the national palace."
    )
    codes = _codes(text, "2024-03-04")
    assert codes.get("Rony Celestin") == "HTICRM", codes
