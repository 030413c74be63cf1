"""A name of censure said of a thing whose doer a passive participle's agent tells ("the
charges leveled by X are false") is said of that doer's thing, as with a possessive ("X's
charges are false"): the speaker criticizes X (111). Not when the name is denied, nor a
party named in a clause inside the agent's phrase. Through the whole pipeline; the
sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_events

from geowire import Pipeline


def _events(pipe: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return coded_events(pipe, text, "2010-05-05")


@pytest.mark.model
@pytest.mark.parametrize(
    "text, target",
    [
        ("Peru's foreign ministry said the charges leveled by Bolivia were false.", "BOL"),
        (
            '"The charges leveled by Chile against our president are false," the Peruvian '
            "foreign minister said.",
            "CHL",
        ),
    ],
)
def test_a_name_of_censure_binds_the_participles_agent(
    pipe: Pipeline, text: str, target: str
) -> None:
    got = [(c, t) for c, _, t in _events(pipe, text)]
    assert any(c == "111" and (t or "").startswith(target) for c, t in got), got


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # denied
        "Peru's foreign ministry said the charges leveled by Bolivia were not false.",
        # a party named in a clause inside the agent's phrase, not the doer
        "Peru's foreign ministry said the charges leveled by lawyers who work in Bolivia "
        "were false.",
    ],
)
def test_no_censure_of_a_party_the_name_is_not_said_of(pipe: Pipeline, text: str) -> None:
    got = _events(pipe, text)
    assert not [e for e in got if e[0][:2] == "11" and (e[2] or "").startswith("BOL")], got
