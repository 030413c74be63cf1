"""A stance with no target taken on an act a definite noun names ("the drills") is aimed
at the doer of the act the article told just before, of the noun's kind or by its word."""

from __future__ import annotations

import pytest
from factories import event_triples

from geowire import Pipeline


def _triples(pipe: Pipeline, text: str) -> set[tuple[str, str, str]]:
    return event_triples(pipe, text, "2022-03-01")


@pytest.mark.model
def test_condemning_the_drills_told_before_targets_their_holder(pipe: Pipeline) -> None:
    text = "Peru held naval drills near Chile on Monday. Bolivia condemned the drills."
    got = _triples(pipe, text)
    assert ("BOL", "111", "PER") in got
    got = _triples(pipe, "Peru held naval drills near Chile. Bolivia criticized the exercises.")
    assert ("BOL", "111", "PER") in got


@pytest.mark.model
def test_rejecting_the_criticism_told_before_targets_the_critic(pipe: Pipeline) -> None:
    text = "Peru held naval drills. Bolivia criticized the drills. Peru rejected the criticism."
    assert ("PER", "120", "BOL") in _triples(pipe, text)


@pytest.mark.model
def test_a_stance_on_ones_own_or_a_new_act_has_no_told_target(pipe: Pipeline) -> None:
    text = "Peru held naval drills near Chile. Peru's government defended the drills."
    got = _triples(pipe, text)
    assert not any(s == "PERGOV" and t.startswith("PER") for s, _c, t in got)
    got = _triples(pipe, "Peru held naval drills near Chile. Bolivia condemned a crackdown.")
    assert ("BOL", "111", "PER") not in got


@pytest.mark.model
def test_a_stance_on_the_move_targets_the_doer_of_the_latest_act(pipe: Pipeline) -> None:
    text = "Ecuador expelled the Mexican ambassador on Monday. Mexico condemned the move."
    assert ("MEX", "111", "ECU") in _triples(pipe, text)
    text = "Ghana suspended its participation in the trade pact. Togo criticized the step."
    assert ("TGO", "111", "GHA") in _triples(pipe, text)


@pytest.mark.model
def test_a_stance_on_the_move_skips_a_claim_reported_since(pipe: Pipeline) -> None:
    # the move is the expulsion, not the claim a spokesman made after it, nor his saying
    text = (
        "Ecuador expelled the Mexican ambassador. An Ecuadorian spokesman said Mexico had "
        "sheltered a fugitive. Colombia criticized the move."
    )
    got = _triples(pipe, text)
    assert ("COL", "111", "ECU") in got, got
    assert not any(s == "COL" and t.startswith("MEX") for s, _c, t in got), got
    # a speaker telling its own act tells the news: the move may be that act
    text = "Peru closed the border. Bolivia said its troops had withdrawn. Chile welcomed the step."
    got = _triples(pipe, text)
    assert any(s == "CHL" and c == "051" and t.startswith("BOL") for s, c, t in got), got


@pytest.mark.model
def test_a_stance_on_a_noun_named_from_the_verb_told_before(pipe: Pipeline) -> None:
    text = "Venezuelan troops seized a Guyanese fishing boat. Guyana denounced the seizure."
    got = _triples(pipe, text)
    assert any(s == "GUY" and c == "111" and t.startswith("VEN") for s, c, t in got)


@pytest.mark.model
def test_welcoming_a_release_approves_of_the_releaser(pipe: Pipeline) -> None:
    text = "Belarus released two Lithuanian activists on Friday. Lithuania welcomed the release."
    assert ("LTU", "051", "BLR") in _triples(pipe, text)
    text = "Belarus freed two Lithuanian activists. Poland welcomed the release of the activists."
    got = _triples(pipe, text)
    assert ("POL", "051", "BLR") in got
    assert ("POL", "051", "LTUOPP") not in got


@pytest.mark.model
def test_a_stance_on_the_verdict_targets_the_court_told_before(pipe: Pipeline) -> None:
    text = (
        "A court in Peru sentenced the opposition leader to ten years. "
        "Chile condemned the verdict."
    )
    assert ("CHL", "111", "PERJUD") in _triples(pipe, text)
    text = (
        "A Bolivian court convicted six activists of sedition on Monday. "
        "Argentina criticized the ruling."
    )
    assert ("ARG", "111", "BOLJUD") in _triples(pipe, text)


@pytest.mark.model
def test_a_stance_on_a_verdict_with_no_court_told_has_no_target(pipe: Pipeline) -> None:
    text = "Police arrested the opposition leader in Lima. Chile condemned the verdict."
    got = _triples(pipe, text)
    assert not any(s == "CHL" and t.startswith("PER") for s, _c, t in got)


@pytest.mark.model
def test_a_stance_on_the_ruling_a_nearer_party_issued_is_not_the_courts(pipe: Pipeline) -> None:
    # a ruling issued by another party after the court's act is the one named
    text = (
        "A court in Peru convicted the activist. The football federation then issued a ruling "
        "banning Chile's clubs. Chile condemned the ruling."
    )
    got = _triples(pipe, text)
    assert not any(s == "CHL" and t == "PERJUD" for s, _c, t in got), got


@pytest.mark.model
def test_the_move_names_a_claimed_act_when_no_other_act_is_in_reach(pipe: Pipeline) -> None:
    # the only act the look-back reaches is one party's report of another's act
    text = (
        "Peru said Bolivia had deployed more troops near the border. "
        "Chile condemned the move."
    )
    assert ("CHL", "111", "BOL") in _triples(pipe, text)
