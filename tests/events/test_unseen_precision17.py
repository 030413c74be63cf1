"""Precision on unseen news (precision17): acts that are only sought, money that is no aid,
labels, and one person's violence. An act called for with no one named between ("Trump
called to ban Muslims", "campaigning to ban imports") or after "calling on" someone ("a
petition calling on him to be banned") is wanted, not done; a call whose infinitive is words
("called to congratulate him") stays. Money given to a body funded by donors (a campaign, a
PAC, a foundation, a charity) is a contribution, no aid; a state's aid to a state or an
organisation stays. A verb opening its sentence before a colon ("Contributing: X, Y") is a
label. A killing by a person who holds no office and bears no arms by role is an assault
(18), not a battle (19); a state's or an army's stays 19. Recognizing a thing whose phrase
only names a party ("the anxiety of workers"), a clause, or a person honoured in the passive
is no diplomatic recognition (054); a state, its independence or a status recognized
stays. A company's or an outlet's officer or investor who resigns leaves no public office.
Through the whole pipeline; the sentences are made up."""

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
        ("Trump called to ban Muslims from entering the United States.", "17"),
        (
            "A petition calling on Trump to be banned from the United Kingdom has reached "
            "a record 563,000 signatures.",
            "17",
        ),
        ("Activists in Russia are campaigning to ban Russian gas imports.", "16"),
        (
            "Diane Hendricks donated $5 million to a super PAC supporting Wisconsin Gov. "
            "Scott Walker.",
            "07",
        ),
        ("Two leaders of the Turkish Cultural Center made large donations to Ready PAC.", "07"),
        (
            "Protesters pushed through the heat in Philadelphia. Contributing: Iris Ouyang, "
            "Thomas Vogel, Grant Miller and Raquel Zaldivar.",
            "07",
        ),
        ("John Smith shot a police officer in Chicago on Monday.", "19"),
        # a company's or an outlet's officer leaving is business
        ("Hedge fund investor William Ackman resigned from the board of J.C. Penney.", "08"),
        ("Mr. VandeHei stepped down last week as Politico's chief executive.", "08"),
    ],
)
def test_no_act_of_that_root(pipe: Pipeline, text: str, root: str) -> None:
    codes = _codes(pipe, text)
    assert not any(code.startswith(root) for code in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United Nations called on Israel to withdraw its troops from Gaza.", "02"),
        ("The United States gave $500 million to the Afghan government.", "07"),
        ("Japan donated $10 million to the Red Cross.", "07"),
        ("The Pentagon contributed troops to the coalition.", "07"),
        ("John Smith shot a police officer in Chicago on Monday.", "18"),
        ("Bashar al-Assad killed thousands of civilians in Aleppo.", "19"),
        ("Israeli soldiers killed three Palestinians in Gaza.", "19"),
        ("Finance Minister Ana Ruiz resigned on Monday.", "0831"),
    ],
)
def test_act_stays(pipe: Pipeline, text: str, code: str) -> None:
    codes = _codes(pipe, text)
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a thing whose phrase names a party, a clause, a person honoured: no recognition
        "Obama himself seemed to recognize the significance of the Iowa victory.",
        "Hillary Clinton doesn't recognize the vile bigotry of Donald Trump.",
        "Senator Mary Smith was recognized as Citizen of the Year.",
        "Labor Secretary Thomas Perez is not widely recognized.",
        "Marco Rubio recognized long ago that he would lose to Jeb Bush.",
        "Jeb Bush had been rejected by an electorate he no longer recognized.",
    ],
)
def test_no_diplomatic_recognition(pipe: Pipeline, text: str) -> None:
    assert not any(c.startswith("054") for c in _codes(pipe, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The United States recognized Kosovo in 2008.",
        "Russia recognized the independence of Abkhazia.",
        # a past "did not" keeps the act, negated; the present "do not recognize" is a
        # refusal (12), tests/events/test_recall_accession_refusals.py
        "Lebanese authorities did not recognize the status of Syrian refugees.",
        "Kosovo is recognized by more than 100 countries.",
        "Washington recognized Juan Guaido as interim president of Venezuela.",
    ],
)
def test_recognition_stays(pipe: Pipeline, text: str) -> None:
    assert any(c.startswith("054") for c in _codes(pipe, text))
