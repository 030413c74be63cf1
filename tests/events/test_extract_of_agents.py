"""Who does the act an event noun names, read from its "of" phrase
(geowire/events/extract.py, ``agent_of_nouns``), on invented sentences with the whole
pipeline."""

from __future__ import annotations

import pytest
from factories import root_dyads

from geowire import Pipeline


def _dyads(pipe: Pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return root_dyads(pipe, text, published="2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # a noun of an act no one undergoes: its "of" party does it, as a "by" one would
        ("The visit of the Peruvian president to Chile ended on Monday.", ("04", "PERGOV", "CHL")),
        ("The withdrawal of Chilean troops from Peru began on Monday.", ("08", "CHLMIL", "PER")),
    ],
)
def test_the_of_party_of_an_act_no_one_undergoes_does_it(
    pipe: Pipeline, text: str, dyad: tuple[str, str, str]
) -> None:
    got = _dyads(pipe, text)
    assert dyad in got, got


@pytest.mark.model
def test_the_of_party_of_an_act_done_to_someone_undergoes_it(pipe: Pipeline) -> None:
    # "the invasion of Peru": Peru is invaded, not the invader
    got = _dyads(pipe, "The invasion of Peru by Chile began on Monday.")
    assert ("19", "CHL", "PER") in got, got
    assert not any(src == "PER" for _root, src, _tgt in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # the parser hangs the noun's own phrase on the time that follows the noun
        (
            "Minister Juan Perez said that terrorist bombings this month of Chilean embassies "
            "in Lima, Peru and La Paz, Bolivia, show that terrorism is a killer.",
            ("18", "REB", "CHLGOV"),
        ),
    ],
)
def test_an_event_nouns_phrase_after_its_time_is_its_own(
    pipe: Pipeline, text: str, dyad: tuple[str, str | None, str]
) -> None:
    got = _dyads(pipe, text)
    assert dyad in got, got
