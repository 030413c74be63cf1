"""Acts told only by their nouns (geowire/events/extract.py, verbs.exchange_nominals), on
invented sentences with the whole pipeline: an act no one undergoes is done by the party
its "of" phrase or its owner names when told as done ("after the withdrawal of X forces");
a noun's own phrase the parser hangs on a time phrase ("the arrest over the weekend of
X"); an exchange of a verb's symmetric object between two sides ("an exchange of fire
between X and Y"); and no act of a noun that is only asked or hoped for ("demanded the
release of X", "called for talks between X and Y")."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2011-05-04")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Calm returned after the withdrawal of Chilean troops.", ("CHLMIL", "087", "")),
        ("Calm returned after a partial pullout of Peruvian forces.", ("PERMIL", "087", "")),
        ("Calm returned after Chile's withdrawal of its troops.", ("CHL", "087", "")),
    ],
)
def test_an_act_no_one_undergoes_told_done_is_its_named_doers(
    pipe: Pipeline, text: str, triple: tuple[str, str, str]
) -> None:
    got = _triples(pipe, text)
    assert triple in got, got
    # the owner's own forces are what it withdraws, not a party acted on
    assert not any(t == "CHLMIL" for _s, c, t in got if c == "087"), got


@pytest.mark.model
def test_a_persons_withdrawal_moves_no_forces(pipe: Pipeline) -> None:
    # a person's withdrawal is from a race or an office, no military withdrawal (087)
    got = _triples(pipe, "The party will pick a nominee ten days after an Obama withdrawal.")
    assert not any(c[:2] in ("08", "03") for _s, c, _t in got), got


@pytest.mark.model
def test_a_visit_only_named_by_its_doer_stays_uncoded(pipe: Pipeline) -> None:
    # an act of words or travel (04) with no partner named is not made an event of here
    got = _triples(pipe, "Calm returned after the visit of the Chilean president.")
    assert not any(c.startswith("04") for _s, c, _t in got), got


@pytest.mark.model
def test_a_nouns_phrase_hung_on_a_time_phrase_is_the_nouns(pipe: Pipeline) -> None:
    got = _triples(
        pipe, "The arrest over the weekend of a Chilean opposition leader angered voters in Chile."
    )
    assert any(c == "173" and t == "CHLOPP" for _s, c, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The exchange of fire between Chile and Peru lasted two hours.", "190"),
        ("An exchange of artillery fire between Chile and Peru lasted two hours.", "190"),
        ("The exchange of accusations between Chile and Peru went on for weeks.", "112"),
        ("A prisoner swap between Chile and Peru took place on Monday.", "0841"),
    ],
)
def test_an_exchange_of_a_verbs_object_is_the_verbs_act_both_ways(
    pipe: Pipeline, text: str, code: str
) -> None:
    got = _triples(pipe, text)
    assert {("CHL", code, "PER"), ("PER", code, "CHL")} <= got, got


@pytest.mark.model
def test_an_exchange_of_no_such_object_is_no_act(pipe: Pipeline) -> None:
    got = _triples(pipe, "The exchange of students between Chile and Peru grew last year.")
    assert not any(c[:2] in ("19", "08", "11", "04") for _s, c, _t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Peru demanded the withdrawal of Chilean troops from the border.",
        "Peru called for a withdrawal of Chilean troops from the border.",
        "Chile rejected renewed calls for a withdrawal of its troops from the border.",
        "Peru urged the release of the Chilean sailors by Bolivia.",
    ],
)
def test_an_act_only_asked_for_is_not_done(pipe: Pipeline, text: str) -> None:
    got = _triples(pipe, text)
    assert not any(c in ("087", "084") for _s, c, _t in got), got


@pytest.mark.model
def test_talks_called_for_are_not_held_but_an_end_called_for_tells_the_act(
    pipe: Pipeline,
) -> None:
    got = _triples(pipe, "Brazil called for talks between Chile and Peru.")
    assert not any(c == "046" for _s, c, _t in got), got
    got = _triples(pipe, "Brazil called for an end to the fighting between Chile and Peru.")
    assert {("CHL", "190", "PER"), ("PER", "190", "CHL")} <= got, got


@pytest.mark.model
def test_a_withdrawal_welcomed_or_completed_was_done(pipe: Pipeline) -> None:
    got = _triples(pipe, "Peru welcomed the withdrawal of Chilean troops from the border.")
    assert ("CHLMIL", "087", "") in got, got


@pytest.mark.model
def test_a_clash_that_killed_keeps_its_two_sides(pipe: Pipeline) -> None:
    # copies._told_by_its_subject: the killing's target is only the country the clash was
    # in; the clash names who fought whom, so it is the act kept
    got = _triples(pipe, "Clashes between rebels and government troops in Chile killed 20 people.")
    assert {("CHLREB", "190", "CHLMIL"), ("CHLMIL", "190", "CHLREB")} <= got, got
    assert not any(t == "CHL" for _s, _c, t in got), got
