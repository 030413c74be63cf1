"""A relative clause in the simple present passive tells what its noun is held to be or
undergoes as a rule ("Ruiz, who is recognized by Chile as the winner", "a group that is
backed by Peru"), no act the article reports, as the simple present active does ("a group
that opposes the government"); a past or perfect passive ("who was arrested on Monday",
"who has been detained") tells an act done, and so does a present passive of accusation or
coercion, an allegation, custody or charge that still holds ("who is accused of the
killings", "who is charged with murder"). The sentences are made
up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _roots(pipe: Pipeline, text: str) -> set[str]:
    return {e.cameo[:2] for e in pipe(text, published="2016-06-01").events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Peru refused to talk to Chilean activist Ana Ruiz, who is recognized by the"
            " United Nations as the winner of the vote.",
            "05",
        ),
        (
            "Peru criticized the Chilean pipeline, which is supported by Argentina's"
            " government.",
            "05",
        ),
    ],
)
def test_a_present_passive_relative_is_no_act(pipe: Pipeline, text: str, root: str) -> None:
    assert root not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "The Chilean rebels, who were blamed by Peruvian officials for the killings on"
            " Monday, left the border town.",
            "11",
        ),
        (
            "Chilean activist Ana Ruiz, who was arrested by Peruvian police on Monday, went"
            " on hunger strike.",
            "17",
        ),
        (
            "Chilean activist Ana Ruiz, who is charged by Peruvian prosecutors with spying,"
            " went on hunger strike.",
            "17",
        ),
        (
            "The Chilean rebels, who are accused by Peruvian officials of the killings,"
            " left the border town.",
            "11",
        ),
    ],
)
def test_a_past_passive_relative_stays(pipe: Pipeline, text: str, root: str) -> None:
    assert root in _roots(pipe, text)
