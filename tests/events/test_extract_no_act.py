"""The event extractor's no-act readings (``extract._no_act``) through the whole pipeline:
a verb of asking whose clause is a question ("asked whether ...", "was asked which ...") is
no appeal (CAMEO 02), while asking a party to act stays one; a promise whose infinitive is
the copula with a predicate ("vowed to be tougher on trade") is a stance, no intent (03),
while a promise of an act or of a role ("offered to be a mediator") stays one; the
infinitive of "about" in the past or on a noun ("was about to be charged", "a man about to
be indicted") is an act not told done, while "is about to sign" stays; a gerund a verb of
proposing takes, or one after "for" on a verb of calling ("suggested boycotting Apple",
"called for banning Muslims"), is proposed, not done, while the call stays an appeal; the
to-infinitive on a noun of a proposal or of a chance given ("filed legislation to impose
sanctions", "gives Rubio an opportunity to take aim at X") is not done, while an opportunity the
speaker took ("took the opportunity to take aim at X") is used; a request for comment is a
reporter's question, no appeal; a power, a right or a capacity to act ("has the power to
impose an embargo", "was capable of deploying troops") is no act, while a power used ("used
its power to impose") is, and so is a "power" that is a party ("became the first Western
power to recognize Palestine"). The sentences are made up."""

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
            "Hillary Clinton was once asked which of her enemies she was most proud to call "
            "her enemies.",
            "02",
        ),
        (
            "Asked whether watching the campaign from the sidelines had been hard for Joe Biden, "
            "William Daley said it had.",
            "02",
        ),
        (
            "Senator Ted Cruz vows to be even tougher than President Obama on trade violations.",
            "03",
        ),
        ("Donald Trump pledged to be the greatest jobs president that God ever created.", "03"),
        ("Justice Ruth Bader Ginsburg vowed to be more circumspect with her opinions.", "03"),
        # an act that was about to happen is not told done
        (
            "Bruce Ivins was about to be charged by the Justice Department in connection with "
            "the 2001 anthrax attacks.",
            "17",
        ),
        ("A man about to be indicted by the United States Department of Justice died.", "17"),
        # a course of action proposed is not done
        ("Donald Trump suggested boycotting Apple until it helps the FBI.", "14"),
        # and so is the condition of a proposed act
        (
            "Donald Trump suggested boycotting Apple if the company did not help the "
            "government crack the phone.",
            "07",
        ),
        ("Donald Trump suggested banning Muslims from entering the United States.", "17"),
        ("Donald Trump called for banning Muslims from entering the United States.", "17"),
        # an act a word of reluctance holds back is not done, and no refusal either
        ("Speaker Paul Ryan, who was reluctant to endorse Donald Trump, spoke Tuesday.", "05"),
        ("Conservative donors reluctant to support Donald Trump gave to a super PAC.", "05"),
        ("Republicans were hesitant to criticize Donald Trump.", "11"),
        ("Senator Mitch McConnell was loath to attack Donald Trump.", "11"),
        ("Senator Mitch McConnell was loath to attack Donald Trump.", "12"),
        # the act a bill or a resolution proposes, or a chance given allows, is not done
        ("Two senators filed legislation to impose sanctions on North Korea.", "16"),
        ("Senator Lindsey Graham introduced an amendment to impose sanctions on Russia.", "16"),
        ("The debate gives Marco Rubio an opportunity to take aim at Donald Trump.", "11"),
        # a reporter's request for comment is no appeal
        ("A spokesman for Senator Ted Cruz did not return requests for comment.", "02"),
        ("Asked for comment, the Pentagon said it was reviewing the report.", "02"),
        # a power, a right or a capacity to act is no act, in any tense
        ("The Iraqi army was capable of deploying 300,000 troops to the border.", "15"),
        ("Iraq was capable of seizing the Saudi oil fields within days.", "17"),
        ("The UN Security Council has the power to impose an embargo on Iran.", "16"),
        ("The UN Security Council will be able to impose sanctions on Iran.", "16"),
        # a yes-no question the parser hangs on the verb of asking as a condition
        (
            "Senator Dupont asked Mayor Moreau if the city is now looking at regulation to "
            'limit this, and Moreau responded, "We always have opportunities to look at our '
            'plan."',
            "02",
        ),
    ],
)
def test_no_act_of_that_root(pipe: Pipeline, text: str, root: str) -> None:
    assert root not in _roots(pipe, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The senator asked the Justice Department to investigate the leak.", "02"),
        ("Iran asked the United Nations to send observers to the border.", "02"),
        # a relative pronoun before the verb of asking opens no question
        ("He counted the emails that Donald Trump asked Russia to find.", "02"),
        ("Germany pledged to provide aid to Ukraine.", "03"),
        ("Senator Bernie Sanders has pledged to support Hillary Clinton as the nominee.", "03"),
        ("Norway offered to be a mediator between the government and the rebels.", "03"),
        ("Iran is about to sign a nuclear deal with the United States.", "05"),
        ("Donald Trump called for banning Muslims from entering the United States.", "02"),
        ("Iran began imposing sanctions on the United States.", "16"),
        # reluctance overcome, or denied, leaves the act as told
        ("Senator Mitch McConnell was not reluctant to criticize Donald Trump.", "11"),
        # an occasion the speaker took is used; a request for help is an appeal
        ("Marco Rubio took the opportunity to take aim at Donald Trump.", "11"),
        ("Kenya asked the United Nations for help with the refugees.", "02"),
        # a power put to use is used; an ability told done in the past is done
        ("The UN Security Council used its power to impose an embargo on Iran.", "16"),
        ("The UN Security Council was able to impose sanctions on Iran.", "16"),
        # a "power" said of a party, or ranked by an ordinal, is a state that acted
        ("Sweden became the first Western power to recognize Palestine.", "05"),
        ("Russia is the only power to veto the resolution.", "12"),
        # a verb in a tense the parser joined to the infinitive is a clause of its own
        (
            "During the 2012 election, Mitt Romney largely ran on his ability to jolt the "
            "recovery and accused President Obama of bungling the economy.",
            "11",
        ),
        ("The Iraqi army deployed 300,000 troops to the border.", "15"),
        # a request with a condition stays a request
        ("The senator asked the Justice Department to investigate the leak if it could.", "02"),
    ],
)
def test_act_of_that_root_stays(pipe: Pipeline, text: str, root: str) -> None:
    assert root in _roots(pipe, text)
