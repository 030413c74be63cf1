"""Narrowings of the session-34 party and accord rules; needs the model.

- The people a vehicle carries do what it does (``carrying_verbs``), and coordinated
  forces of a one-way force row do not do it to each other; a holder's name after "the
  district of" is a place's (``actors.resolve._named_place_of``).
- An agreement only tried for is no agreement made (``_making_untold``), and a side named
  twice in one code makes none with itself.
- A place's country the gazetteer gives an uncoded party struck is taken only when the
  story tells that country otherwise (``EventCoder._story_countries``)."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(coded_acts(pipe, text, "2024-05-04"))


@pytest.mark.model
def test_forces_a_vehicle_carries_do_its_act_and_not_to_each_other(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Armored vehicles carrying Chadian and Nigerien soldiers entered the town.")
    force = {(s, t) for s, c, t in acts if c == "190"}
    assert {s for s, _t in force} == {"TCDMIL", "NERMIL"}, acts
    assert all(t not in ("TCDMIL", "NERMIL") for _s, t in force), acts


@pytest.mark.model
def test_a_holders_name_after_district_of_is_a_place(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Rebels infiltrated the district of Masisi overnight.")
    assert not any(t and t.endswith("GOV") for _s, _c, t in acts), acts


@pytest.mark.model
def test_a_deal_only_tried_for_is_no_agreement(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Oman is trying to broker a deal between Yemen and the Houthis.")
    assert not any(c == "057" for _s, c, _t in acts), acts


@pytest.mark.model
def test_an_agreement_makes_no_pair_of_one_code(pipe: Pipeline) -> None:
    acts = _acts(
        pipe,
        "A peace agreement between Ethiopia and Tigray rebels was signed in Nairobi on Friday.",
    )
    assert any(c == "057" for _s, c, _t in acts), acts
    assert not any(c == "057" and s == t for s, c, t in acts), acts


@pytest.mark.model
def test_a_local_name_takes_no_country_the_story_does_not_tell(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Al-Shabab attacked the Booco base in Hiran region.")
    assert any(c[:2] in ("18", "19") for _s, c, _t in acts), acts
    assert not any(t == "IRQ" for _s, _c, t in acts), acts
