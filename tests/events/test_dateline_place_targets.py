"""A foreign force's act aimed at the dateline's place named again ("KYIV, Ukraine —
Russian missiles struck the city") is done to the dateline's country; not so force sent
"into" another place, nor a place the lede names by name. Whole pipeline on invented
sentences."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "LVIV, Ukraine \u2014 Russian drones struck the city overnight, officials said.",
        "KHERSON, Ukraine (AP) \u2014 Russian rockets hit apartment blocks in the city on Monday.",
    ],
)
def test_force_at_the_dateline_place_named_again_strikes_its_country(
    pipe: Pipeline, text: str
) -> None:
    got = root_dyads(pipe, text, published="2023-05-04")
    assert ("19", "RUS", "UKR") in got, got


@pytest.mark.model
def test_force_sent_into_another_place_is_not_aimed_at_the_dateline_country(
    pipe: Pipeline,
) -> None:
    text = "BUSAN, South Korea \u2014 North Korea fired two rockets into the sea near the city."
    got = root_dyads(pipe, text, published="2023-05-04")
    assert not any(t == "KOR" for _r, _s, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "ISTANBUL (AP) \u2014 Russian drones struck the city overnight, Ukrainian officials said.",
        "DUBAI (AP) \u2014 Israeli jets hit the capital on Monday, Yemeni officials said.",
        "NAIROBI, Kenya \u2014 Sudanese army jets bombed the capital as the war with the RSF "
        "went on.",
    ],
)
def test_a_lede_of_a_third_country_keeps_the_city_off_the_correspondents_base(
    pipe: Pipeline, text: str
) -> None:
    # the lede tells of another country than the doer's and the dateline's (a third
    # country's officials, the doer's own rebels): "the city" is that story's, not the base
    got = root_dyads(pipe, text, published="2023-05-04")
    assert not any(t in ("TUR", "ARE", "KEN") for _r, _s, t in got), got
