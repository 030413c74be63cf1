"""Word senses that are no political act, read on unseen US political news: declining or
refusing to rule something out keeps it open (no rejection); "beat the drum" for something
is advocacy (no beating); signing up as a volunteer or to serve as a delegate is enrolling
(no agreement signed, even at a party's "convention"); an attack told by a participle of
speech ("attack X, saying ...") is words. Acts of the same verbs stay.
Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest
from factories import coded_acts

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[tuple[str | None, str, str | None]]:
    return coded_acts(pipe, text, "2016-05-01")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # declining or refusing to rule out: the option is kept open, no rejection (12)
        "The senator declined to rule out a run for governor.",
        "The Ohio governor refused to rule out any of the three candidates on Monday.",
        # "beat the drum(s)" for something: advocacy, no assault (182)
        "The columnists denied that their show had beaten the drum for the governor.",
        "The mayor has been beating the drums for a new stadium in Denver.",
        # signing up as someone or to serve: enrolling, no agreement (057)
        "The mayor has signed up to serve as a delegate at the party convention in Denver.",
        "Two senators signed up as volunteers at the party convention on Friday.",
    ],
)
def test_no_act_told(pipe: Pipeline, text: str) -> None:
    assert _codes(pipe, text) == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a rejection of talks, a beating, an agreement signed stay
        ("Russia refused to hold talks with Ukraine on Monday.", "12"),
        ("Egyptian police beat protesters in Cairo on Friday.", "17"),  # repression
        ("Britain signed up to the Paris agreement in 2016.", "05"),
        ("France and Germany signed the convention on Monday.", "05"),
    ],
)
def test_act_still_told(pipe: Pipeline, text: str, root: str) -> None:
    assert any(code.startswith(root) for _, code, _ in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "She went on to attack Governor John Hickman, saying he had never read the bill.",
        "He began to attack Mayor Ann Carter on Monday, calling her a liar.",
    ],
)
def test_attack_told_by_speech_is_words(pipe: Pipeline, text: str) -> None:
    codes = {code for _, code, _ in _codes(pipe, text)}
    assert "111" in codes
    assert not any(code.startswith(("18", "19")) for code in codes)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an armed doer's or an unknown doer's attack stays force
        "Gunmen went on to attack the governor, saying he was a puppet.",
        "Two men attacked Governor John Hickman outside his home, saying he had betrayed them.",
        "Israeli forces attacked Gaza on Monday, saying they were responding to rocket fire.",
    ],
)
def test_attack_by_force_stays(pipe: Pipeline, text: str) -> None:
    assert any(code.startswith(("18", "19")) for _, code, _ in _codes(pipe, text))
