"""Precision on unseen news (precision21): a vow to stay in a race, a consequence a clause
lets happen, a policy backed, and an act judged in general by no one. A promise, pledge or
vow to stay (remain, carry on) in a race, a campaign or a primary, as an infinitive or a
"that" clause, is an aim in a contest, no intent to cooperate (03); a vow to stay in a
country stays an intent. A present participle of letting with no subject of its own ("...,
allowing the group to continue its attacks") tells a consequence, no party yielding (08); a
party that allows stays. A verb of backing whose object is a gerund ("supports reinstating
tolls", "backs sending troops") takes a position on a policy: no support of a party (05),
and the gerund's act is not done; backing a party stays. An act named by a noun under a
light verb that "it is impossible to" do is judged in general, not done. Asking questions
is no appeal (02); asking for weapons or for a response stays one. The act a passive verb
of prompting with no subject asks for ("when asked to condemn X") is not done. Through the
whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, published="2016-06-01")
    return {e.cameo for e in doc.events if not e.cameo.startswith("01")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # staying in a contest is an aim in it
        ("Senator Bernie Sanders has pledged to stay in the Democratic primary.", "03"),
        ("Senator Bernie Sanders vowed to stay in the race until the convention.", "03"),
        ("Senator Bernie Sanders promised that he is staying in the race.", "03"),
        ("The Republican candidates vowed to carry their campaigns onward.", "03"),
        # carrying a campaign on to a later stage is an aim in the contest too
        ("Senator Bernie Sanders vowed to take his campaign all the way to the convention.", "03"),
        ("Senator Bernie Sanders is pledging to bring his campaign to every county.", "03"),
        ("Senator Bernie Sanders vowed to take our fight to the 35 states still to vote.", "03"),
        # a consequence of a state of things
        (
            "The Nusra Front was not a party to the truce, allowing the group to continue "
            "its attacks on Syrian government troops.",
            "08",
        ),
        (
            "The delegates approved a conscience clause, permitting delegates bound to "
            "Donald Trump to vote freely.",
            "08",
        ),
        # a policy backed by a gerund
        ("Senator Bernie Sanders said he supports reinstating tolls for passenger vehicles.", "05"),
        ("Senator Bernie Sanders said he would support raising tolls for trucks.", "03"),
        ("Senator Bernie Sanders supports increasing the threshold for Pell grants.", "05"),
        ("Barack Obama backs sending more troops to the region.", "05"),
        ("Barack Obama backs sending more troops to Iraq.", "15"),
        ("Russia supports holding talks with Iran.", "04"),
        # an act judged in general
        ("It is impossible to conduct an investigation of the Russian government.", "09"),
        # a question put is no appeal; the act a subjectless passive asks for is not done
        ("Reporters asked questions about Donald Trump to the three leaders.", "02"),
        ("Hillary Clinton said she asked the question to build on his comments.", "02"),
        (
            "Republicans have been in open conflict with Donald Trump over his silence when "
            "asked to condemn the Ku Klux Klan.",
            "111",
        ),
    ],
)
def test_no_act_of_that_root(pipe: Pipeline, text: str, root: str) -> None:
    codes = _codes(pipe, text)
    assert not any(code.startswith(root) for code in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Barack Obama vowed that the United States would stay in Iraq.", "03"),
        ("Barack Obama promised to bring aid to Kenya.", "03"),
        ("Canada pledged to remain in the fight against the Islamic State.", "03"),
        ("Fidel Castro allowed Cubans to hold U.S. dollars.", "08"),
        ("Russia backed the rebels in Syria.", "051"),
        ("Russia supports Iran.", "051"),
        ("Russia backs ruling parties in Central Asia.", "051"),
        ("The senator supports arming the Kurdish rebels.", "051"),
        ("Donald Trump said he supports keeping troops in Afghanistan.", "051"),
        ("Russia held talks with Iran.", "04"),
        ("Iran asked Russia for weapons.", "02"),
        ("The British Foreign Office asked Moscow for a response to the accusation.", "02"),
        ("The United Nations asked Israel to withdraw its troops.", "02"),
        ("The FBI will conduct an investigation of the Russian government.", "09"),
    ],
)
def test_act_stays(pipe: Pipeline, text: str, code: str) -> None:
    codes = _codes(pipe, text)
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.model
def test_policy_backed_in_the_past_stays(pipe: Pipeline) -> None:
    text = "Senate Republicans have endorsed imposing sanctions on Iran."
    assert any(c.startswith("05") for c in _codes(pipe, text)), _codes(pipe, text)
