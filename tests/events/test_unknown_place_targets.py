"""Force done on or in a place no gazetteer knows, which the words around it make a place's
("the village of X") and so no party, with no one else named, is done all the same: to
the article's country, as a known town's is its country's (extract.unknown_place,
EventCoder._unknown_place_country). A named party keeps its slot; a place only in the
subject's phrase is no place of the act. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nigerian officials said no ransom was paid for the release of the pupils, who were"
        " kidnapped last week during a raid at their school in the village of Kafrenji.",
        "Nigerian officials said pupils were abducted from their school in the village of"
        " Kafrenji last week.",
    ],
)
def test_kidnapping_in_an_unknown_village_is_done_to_the_articles_country(
    pipe: Pipeline, text: str
) -> None:
    got = root_dyads(pipe, text, published="2021-03-03")
    assert any(r == "18" and t == "NGA" for r, _s, t in got), got


@pytest.mark.model
def test_capture_of_an_unknown_town_is_of_the_articles_country(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe,
        "Nigerian police said gunmen captured the village of Kafrenji on Friday.",
        published="2021-03-03",
    )
    assert ("19", "NGAUAF", "NGA") in got, got


@pytest.mark.model
def test_a_named_party_keeps_its_slot(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe,
        "Kenyan troops attacked al-Shabab fighters in the village of Kafrenji on Friday.",
        published="2021-03-03",
    )
    assert any(r == "19" and s == "KENMIL" and t and t.startswith("SOM") for r, s, t in got), got
    assert not any(t == "KEN" for _r, _s, t in got), got


@pytest.mark.model
def test_no_country_told_keeps_no_event(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe,
        "The pupils were kidnapped last week during a raid on their school in the village of"
        " Kafrenji.",
        published="2021-03-03",
    )
    assert not any(r == "18" for r, _s, _t in got), got


@pytest.mark.model
def test_a_named_doer_does_not_strike_the_storys_country(pipe: Pipeline) -> None:
    got = root_dyads(
        pipe,
        "American officials met on Monday. The United States said Ethiopia continues to"
        " occupy the border village of Kafrenji. Washington urged talks.",
        published="2016-09-03",
    )
    assert not any(s == "ETH" and t == "USA" for _r, s, t in got), got
