"""Narrowings of session 33's verb rows (review33a), whole pipeline on invented sentences:
repression (175) only when the police or soldiers do it and the protesters head the
object (not "officers were killed by protesters") and only on a protest, not a bare crowd;
a held place (192) only heading the direct object of "seize" or "capture", not where it
happened ("at the airport"); no threat (130) when the speaker, civilians or no one bears
the consequences; a ceasefire two parties failed to reach is not done (no refusal, 1246),
one mediators hope for no intention of the parties (0356); a would-be mediator's refusal
or its "no longer" tells mediation not done (045 negated), no rejection of mediation
(126)."""

from __future__ import annotations

import pytest
from factories import event_acts

from geowire import Pipeline


def _acts(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None, str]]:
    return event_acts(pipe, text, "2024-05-04")


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {a[1] for a in _acts(pipe, text)}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Police said four officers were killed by protesters in Chittagong.",
        "Police said two officers were shot dead by protesters in Mombasa.",
        "Soldiers were attacked by protesters armed with sticks, the army said.",
    ],
)
def test_officers_killed_by_protesters_is_no_repression(pipe: Pipeline, text: str) -> None:
    assert "175" not in _codes(pipe, text)


@pytest.mark.model
def test_fire_on_a_crowd_that_is_no_protest_is_no_repression(pipe: Pipeline) -> None:
    text = "Israeli troops opened fire on crowds waiting for food trucks in Rafah, medics said."
    assert "175" not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Troops fired into a crowd of protesters in Mandalay.",
        "The crowd was attacked by police and soldiers after the rally in Lome.",
        "Security forces opened fire to disperse the crowd in Bamako, killing one man.",
    ],
)
def test_force_on_a_crowd_of_protest_stays_repression(pipe: Pipeline, text: str) -> None:
    assert "175" in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Customs officers seized a shipment of cocaine at the airport in Lima.",
        "The army seized rifles from militants at a checkpoint in the province.",
        "Soldiers captured a reporter at a checkpoint outside Kherson.",
        "Police seized drugs at the border crossing near Tijuana.",
    ],
)
def test_a_held_place_only_where_it_happened_is_no_territory(pipe: Pipeline, text: str) -> None:
    assert "192" not in _codes(pipe, text)


@pytest.mark.model
def test_a_held_place_seized_stays_territory(pipe: Pipeline) -> None:
    assert "192" in _codes(pipe, "The Chadian rebels seized the airport in Abeche.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The president said he would bear the consequences of his choice alone.",
        "The U.N. envoy said civilians will bear the consequences of the fighting in Kassala.",
        "The opposition said there would be no consequences for the guards.",
        "Farmers said they will pay dearly for the floods.",
    ],
)
def test_no_threat_when_no_adversary_bears_the_consequences(pipe: Pipeline, text: str) -> None:
    assert "130" not in _codes(pipe, text)


@pytest.mark.model
def test_an_adversary_warned_of_consequences_stays_a_threat(pipe: Pipeline) -> None:
    assert "130" in _codes(pipe, "Israel said Hezbollah will bear the consequences of the attack.")


@pytest.mark.model
def test_a_ceasefire_failed_is_no_refusal(pipe: Pipeline) -> None:
    acts = _acts(pipe, "Armenia and Azerbaijan failed to reach a ceasefire in Geneva.")
    assert not {a for a in acts if a[1].startswith("12")}, acts
    assert all(a[3] == "negated" for a in acts), acts


@pytest.mark.model
def test_a_truce_mediators_hope_for_is_no_intent_of_the_parties(pipe: Pipeline) -> None:
    text = "Mediators hope Armenia and Azerbaijan will reach a truce before winter."
    assert not {c for c in _codes(pipe, text) if c.startswith("03")}


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ghana refused to act as a mediator between the junta and the rebels.",
        "He said the U.N. would not serve as a mediator between the junta and the rebels.",
        "Diplomats say Oman will no longer act as a mediator between Iran and Bahrain.",
    ],
)
def test_a_mediator_refusing_or_stopping_is_no_mediation(pipe: Pipeline, text: str) -> None:
    acts = _acts(pipe, text)
    assert not {a for a in acts if a[1] == "126"}, acts
    assert all(a[3] == "negated" for a in acts if a[1] == "045"), acts
