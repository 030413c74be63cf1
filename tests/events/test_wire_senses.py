"""Senses of words of force and of appeal read on wire news: a killing by a bomb or a
lone assailant, a mishap, a reward, a legal appeal, a wished act, an interviewer's
question, a view of what someone should be. Through the whole pipeline; the sentences
are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _of(pipe: Pipeline, text: str, *roots: str) -> list[str]:
    """The codes of the events of the given CAMEO roots."""
    return sorted(
        e.cameo for e in pipe(text, published="1999-03-12").events if e.cameo[:2] in roots
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a bomb or its blast kills: a non-military bombing
        ("Six Peruvian soldiers were killed in a car bomb attack on Friday.", ["1832"]),
        (
            "In January, a clinic bombing in Lima killed a Peruvian police officer and "
            "severely wounded a nurse.",
            ["183", "183"],
        ),
        # a lone assailant kills: unconventional violence
        ("The Peruvian judge was killed in his kitchen by a sniper's bullet last fall.", ["180"]),
        # "wound up" is "wind up", ended
        (
            "The Peruvian president wound up his visit to Chile on Friday.",
            [],
        ),
        ("Peruvian troops wounded six rebels on Friday.", ["190"]),
        # a state's forces fight
        ("Peruvian troops killed six rebels on Friday.", ["190"]),
        ("Peruvian army snipers killed two rebels on Friday.", ["190"]),
        # a mishap is no force
        (
            "The Peruvian mother and ten other people died when their boat sank on the way "
            "from Chile.",
            [],
        ),
        ("Ten Peruvian police officers were killed in a crash on Friday.", []),
        # killed with no doer told in the clause of a mishap's verb (mishap_verbs)
        ("Twenty Peruvian students were killed when their bus overturned on Friday.", []),
        ("Three Peruvian soldiers were killed when their helicopter was shot down.", ["190"]),
    ],
)
def test_who_or_what_kills(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "18", "19") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, roots, codes",
    [
        # a reward is no intent to cooperate
        (
            "The Peruvian government is offering a reward of up to $5 million for "
            "information that leads to the arrest of the rebel leader.",
            "03",
            [],
        ),
        (
            "A total of $650,000 is being offered in Peru for information leading to the "
            "rebel leader's arrest.",
            "03",
            [],
        ),
        ("The Peruvian president offered aid to Chile.", "03", ["033"]),
        # an appeal to a court is a legal act, one to a party a request
        ("The Peruvian opposition immediately appealed to the Supreme Court.", "02", []),
        (
            "Lawyers for the Peruvian judges said they were prepared to file a court appeal.",
            "02",
            [],
        ),
        ("The Peruvian president appealed to Chile for help.", "02", ["023"]),
        # an interviewer's question, a view of what someone should be able to do
        (
            "Asked to comment on the Chilean announcement, a Peruvian Foreign Ministry "
            "spokesman said the talks would go on.",
            "02",
            [],
        ),
        (
            "The Peruvian president said the state court had no jurisdiction in the case, "
            "but that the Chilean relatives should be able to make their case in federal court.",
            "02",
            [],
        ),
        ("The Peruvian president said Chile should withdraw its troops.", "02", ["020"]),
        # an act inside another party's wished one is not done
        (
            "The Chilean relatives want the court to let them meet with the Peruvian president.",
            "04",
            [],
        ),
        (
            "The Peruvian government wants the court to suspend the ruling and also order "
            "the rebels to release the hostages.",
            "10",
            [],
        ),
    ],
)
def test_no_appeal_no_intent(pipe: Pipeline, text: str, roots: str, codes: list[str]) -> None:
    assert _of(pipe, text, roots) == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # a rumour or a report shot down is denied, no aircraft downed
        ("The Peruvian governor shot down rumors of a run for president.", []),
        ("The Peruvian cabinet shot down reports that the president was ill.", []),
        # fired back at someone in words: criticism
        ("Peruvian senators fired back at the president over the budget.", ["111"]),
        # an aircraft shot down stays force
        ("Ecuador shot down a Peruvian helicopter near the border.", ["190"]),
    ],
)
def test_shot_down_or_fired_back_in_words(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "11", "18", "19") == codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, codes",
    [
        # an attack on a record or a decision is criticism
        ("Dupont met Moreau in Lima after Garcia attacked his record on trade.", ["111"]),
        ("The Peruvian president attacked the program as a waste of money.", ["111"]),
        ("The Peruvian minister attacked the plan as reckless.", ["111"]),
        # an attack on a base stays force
        ("Peruvian troops attacked the rebels' base near the border.", ["190"]),
    ],
)
def test_an_attack_on_a_matter_is_words(pipe: Pipeline, text: str, codes: list[str]) -> None:
    assert _of(pipe, text, "11", "18", "19") == codes
