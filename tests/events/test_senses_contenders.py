"""Senses of contest words and challenges that tell a race, not force or disapproval
(senses.political_contest, senses.electoral_challenge): a contest word whose object is a
noun of contenders ("has beaten the incumbent") by no party named or a person who bears no
arms is the race won; a person challenged "in" a state or a city with no matter pressed
("is challenging Sen. Dupont in Ohio") is a candidacy. Force by armed parties and a state's
or a matter's challenge stay. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, published="2020-05-01")
    return {e.cameo for e in doc.events}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "No opposition candidate has beaten the incumbent in Kazakhstan since independence.",
            "18",
        ),
        ("Jean Moreau, who is challenging Sen. Paul Dupont in Ohio, raised $2 million.", "11"),
        ("The former mayor began to challenge her in Georgia and Arizona after the debate.", "11"),
        ("The mayor is challenging him in Pennsylvania, where the senator has never lost.", "11"),
    ],
)
def test_race_tells_no_act(pipe: Pipeline, text: str, root: str) -> None:
    codes = _codes(pipe, text)
    assert not any(code.startswith(root) for code in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Sudan's army defeated its rivals in the Rapid Support Forces near Omdurman.", "19"),
        ("Gunmen beat two opponents of the junta in Niamey on Friday night.", "18"),
        ("Iran challenged the United States in the Gulf by seizing a tanker.", "11"),
        ("The senator challenged the defense secretary on the Ukraine aid package.", "11"),
        ("Reporters challenged President Dupont in Washington about his decision.", "11"),
    ],
)
def test_force_and_disapproval_stay(pipe: Pipeline, text: str, root: str) -> None:
    codes = _codes(pipe, text)
    assert any(code.startswith(root) for code in codes), codes
