"""A guest's meeting with its host on the host's soil ("met with Sudanese officials in
Khartoum") is told once, from the guest; a meeting in a third country, or of joined parties,
stays both ways. Whole pipeline on invented sentences."""

from __future__ import annotations

import pytest
from factories import country_pairs

from geowire import Pipeline


@pytest.mark.model
@pytest.mark.parametrize(
    "text, guest, host",
    [
        ("The U.N. envoy met with Sudanese officials in Khartoum on Tuesday.", "IGO", "SDN"),
        (
            "Ukraine's president held talks with French President Emmanuel Macron in Paris.",
            "UKR",
            "FRA",
        ),
        (
            "The Chinese foreign minister consulted with his Russian counterpart in Moscow.",
            "CHN",
            "RUS",
        ),
    ],
)
def test_a_guests_meeting_on_its_hosts_soil_is_told_once(
    pipe: Pipeline, text: str, guest: str, host: str
) -> None:
    found = country_pairs(pipe, text, "04")
    assert (guest, host) in found and (host, guest) not in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign minister met with his Russian counterpart in Geneva.",
        "The foreign ministers of Russia and China met in Beijing on Thursday.",
    ],
)
def test_a_meeting_elsewhere_or_of_joined_parties_stays_both_ways(
    pipe: Pipeline, text: str
) -> None:
    found = country_pairs(pipe, text, "04")
    assert ("CHN", "RUS") in found and ("RUS", "CHN") in found, found
