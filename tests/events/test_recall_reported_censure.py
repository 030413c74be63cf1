"""Recall of disapproval told in reported words and reactions: a speaker who calls a named
party's act a violation, a breach or aggression criticizes it (111); one who says a party is
responsible or to blame for a wrong accuses it (112); only the party the word is said of (its
own phrase or the subject it describes), not one merely named nearby; criticism or
condemnation sparked, triggered or prompted by a party's act criticizes that party (111).
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2010-05-05")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, target",
    [
        ("Peru said Bolivia's new border post was a violation of the treaty.", "111", "BOL"),
        (
            '"The Chilean airstrikes are a breach of the truce," the Peruvian foreign '
            "minister said.",
            "111",
            "CHL",
        ),
        ('"This Bolivian aggression has to end," the Peruvian president said.', "111", "BOL"),
        ("Bolivia said Chile was responsible for the bombing of the pipeline.", "112", "CHL"),
        ('"Peru is to blame for this crisis," the Bolivian president said.', "112", "PER"),
    ],
)
def test_a_wrong_said_of_a_party(pipe: Pipeline, text: str, code: str, target: str) -> None:
    got = [(c, t) for c, _, t in _events(pipe, text)]
    assert any(c == code and (t or "").startswith(target) for c, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a topic, said of no party
        '"We will be tough on trade violations," the Peruvian president said of Chile.',
        # negated
        "Bolivia said Chile was not responsible for the bombing of the pipeline.",
        # the party is where the wrong happened, not who did it
        "Peru said atrocities in Bolivia must be investigated.",
        # a duty, no blame
        "Bolivia said Chile was responsible for protecting the pipeline.",
        # a wrong wished away: no one's
        '"We want pacts between the Gulf states without foreign interference," the '
        "Peruvian president said.",
    ],
)
def test_a_wrong_bound_to_no_party_is_no_censure(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not [e for e in got if e[0][:2] == "11"], got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The Chilean raid sparked condemnation from Peru.", "PER", "CHL"),
        ("The Bolivian crackdown triggered sharp criticism from Chile.", "CHL", "BOL"),
        ("The Peruvian decision prompted a rebuke from Bolivia.", "BOL", "PER"),
    ],
)
def test_criticism_sparked_by_a_party(pipe: Pipeline, text: str, source: str, target: str) -> None:
    got = _events(pipe, text)
    assert any(
        c == "111" and (s or "").startswith(source) and (t or "").startswith(target)
        for c, s, t in got
    ), got


@pytest.mark.model
def test_a_spark_with_no_criticism_is_none(pipe: Pipeline) -> None:
    got = _events(pipe, "The Chilean raid sparked a fire near the Peruvian border.")
    assert not [e for e in got if e[0][:2] == "11"], got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, target",
    [
        ("The Bolivian opposition leader's arrest drew crowds to La Paz.", "173", "BOLOPP"),
        ("The Chilean journalist's detention was extended by a Peruvian court.", "173", "CHLMED"),
        ("The Bolivian rebel leader's assassination in Lima raised tensions.", "186", "BOLREB"),
    ],
)
def test_the_possessor_of_an_act_done_to_him_undergoes_it(
    pipe: Pipeline, text: str, code: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c == code and t == target for c, _, t in got), got
    # the one it was done to does not do it
    assert not any(c == code and s == target for c, s, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # not told as done
        "The Bolivian opposition leader's possible arrest worried his supporters.",
        # a thing published, no freeing
        "The Peruvian senator said in her news release that the bill would pass.",
    ],
)
def test_a_possessed_act_not_done_is_none(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not [e for e in got if e[0][:2] in ("17", "08", "18")], got


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, target",
    [
        ("Criticism of the Bolivian president has grown since the protests.", "111", "BOLGOV"),
        ("Accusations against the Peruvian army chief mounted on Tuesday.", "112", "PERMIL"),
        ("Chile faces accusations of torture in the north.", "112", "CHL"),
    ],
)
def test_disapproval_voiced_by_no_one_named(
    pipe: Pipeline, text: str, code: str, target: str
) -> None:
    got = _events(pipe, text)
    assert any(c == code and t == target for c, _, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Any criticism of the Bolivian government is censored.",
        "The Chilean minister faces charges of fraud.",
    ],
)
def test_disapproval_not_voiced_is_none(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not [e for e in got if e[0][:2] == "11"], got
