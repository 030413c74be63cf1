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
