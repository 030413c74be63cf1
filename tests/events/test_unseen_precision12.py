"""Precision on unseen international wire news (noise12): senses that are no event and acts
only sought. Taking part in fighting or a game "with" someone is no consultation (040);
"armed with" a weapon right after the participle tells what a party carries, no arms given
(072); a letter sent "to the police" deploys no police (153); an arrest or capture that a
reward or bounty is offered for, or that the information paid for leads to, is sought, not
done (173). Arms given to someone, police sent somewhere, talks engaged in, and arrests told
as done stay. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    return {code for _, code, _ in coded_acts(pipe, text, "2019-06-01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Chadian police were engaged in heavy fighting with the rebels on Monday.", "040"),
        ("Malian troops engaged in a game of cat and mouse with Algerian jets.", "040"),
        ("Gunmen armed with rifles stormed a police station in northern Chad.", "072"),
        ("The militants, armed with knives, attacked a bus in Mali.", "072"),
        ("The family sent a letter to the police in Bamako.", "153"),
        (
            "The Malian government is offering a reward for information leading to the arrest"
            " of the bombers.",
            "173",
        ),
    ],
)
def test_no_event_sense(pipe: Pipeline, text: str, code: str) -> None:
    assert code not in _codes(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iran armed the Houthi rebels with missiles.", "072"),
        ("Beijing sent police to the border.", "153"),
        ("Iran and the United States engaged in talks with European mediators.", "046"),
        ("China engaged with Russia on trade.", "040"),
        ("Malian police arrested the bombers after a tip from residents.", "173"),
    ],
)
def test_event_sense_stays(pipe: Pipeline, text: str, code: str) -> None:
    assert code in _codes(pipe, text)
