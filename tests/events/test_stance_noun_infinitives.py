"""A noun of stance with a "to"-infinitive ("Chile's threat to impose tariffs on Peru",
"Chile's offer to mediate") tells the act threatened or intended by the noun's holder,
as the verb of stance does ("threatened to impose"): a threat (13) or an intention (03),
never the act itself done."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_a_threat_noun_threatens_its_infinitive_act(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile's threat to impose tariffs on Peru angered Lima.")
    assert ("CHL", "1312", "PER") in got
    assert not any(c == "163" for _s, c, _t in got)  # no tariffs imposed


@pytest.mark.model
def test_a_threat_noun_of_force_is_a_threat_of_force(pipe: Pipeline) -> None:
    got = _triples(pipe, "Bolivia's threat to attack Paraguay alarmed its neighbours.")
    assert any(s == "BOL" and c.startswith("138") and t == "PRY" for s, c, t in got)
    assert not any(c[:2] in ("18", "19") for _s, c, _t in got)


@pytest.mark.model
def test_an_offer_or_pledge_noun_states_an_intention(pipe: Pipeline) -> None:
    got = _triples(pipe, "Chile's offer to mediate between Peru and Bolivia was welcomed.")
    assert any(s == "CHL" and c.startswith("03") for s, c, _t in got)
    got = _triples(pipe, "Chile's pledge to provide aid to Peru was welcomed by Lima.")
    assert ("CHL", "033", "PER") in got
    assert not any(c.startswith("07") for _s, c, _t in got)  # no aid given yet


@pytest.mark.model
def test_a_word_kept_or_carried_out_is_no_stance_taken_now(pipe: Pipeline) -> None:
    got = _triples(pipe, "Bolivia kept its pledge to attack Paraguay.")
    assert not any(c.startswith("13") for _s, c, _t in got)
    got = _triples(pipe, "Bolivia renewed its pledge to attack Paraguay.")
    assert any(s == "BOL" and c.startswith("138") and t == "PRY" for s, c, t in got)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Bolivia made good on its threat to attack Paraguay.",
        "Bolivia backed down from its threat to attack Paraguay.",
        "Bolivia walked back its threat to attack Paraguay.",
    ],
)
def test_a_word_carried_out_or_given_up_with_a_particle_is_no_stance(
    pipe: Pipeline, text: str
) -> None:
    got = _triples(pipe, text)
    assert not any(c.startswith("138") for _s, c, _t in got)


@pytest.mark.model
def test_an_offer_answered_is_made_to_the_one_who_answers(pipe: Pipeline) -> None:
    got = _triples(pipe, "Peru rejected Chile's offer to mediate.")
    assert any(s == "CHL" and c.startswith("03") and t == "PER" for s, c, t in got)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target", "answerer"),
    [
        ("Greece welcomed Germany's pledge to send tanks to Ukraine.", "DEU", "UKR", "GRC"),
        (
            "Turkey rejected Russia's offer to mediate between Armenia and Azerbaijan.",
            "RUS",
            "ARM",
            "TUR",
        ),
    ],
)
def test_an_answered_offer_keeps_the_party_it_names(
    pipe: Pipeline, text: str, source: str, target: str, answerer: str
) -> None:
    # the act names its own party: the one who answers the offer is not put in its place
    got = _triples(pipe, text)
    assert any(s == source and c.startswith("03") and t == target for s, c, t in got), got
    assert not any(c.startswith("03") and t == answerer for _s, c, t in got), got


@pytest.mark.model
def test_an_offer_s_act_to_come_dates_no_later_than_its_statement(pipe: Pipeline) -> None:
    text = "Peru rejected Chile's offer to mediate with Bolivia on Sunday."
    doc = pipe(text, published="2022-03-01")
    dates = [e.date for e in doc.events if e.cameo.startswith("03")]
    assert dates
    assert all(d is None or d <= "2022-03-01" for d in dates)
