"""A killing whose means is a bomb is a bombing (183), not conventional force (190); a
speech act performed in quoted words ("We condemn ...") is coded, a view, plan or negated
act quoted is not. Through the whole pipeline; the sentences are made up."""

from __future__ import annotations

import pytest

from geowire import Pipeline


def _codes(pipe: Pipeline, text: str) -> list[str]:
    return [e.cameo for e in pipe(text, published="1999-05-05").events]


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code",
    [
        ("Nine Chilean soldiers were killed in a bomb blast near the border.", "183"),
        ("Two Peruvian policemen were wounded by an explosion outside the ministry.", "183"),
        ("Four Turkish officers were killed in a car bomb outside the ministry.", "1832"),
        ("The blast damaged the Bolivian consulate in Lima.", "183"),
        # a killing by other means stays force
        ("Four Chilean soldiers were killed in an ambush near the border.", "190"),
    ],
)
def test_a_killing_by_a_bomb_is_a_bombing(pipe: Pipeline, text: str, code: str) -> None:
    codes = _codes(pipe, text)
    assert code in codes, codes
    if code != "190":
        assert not any(c.startswith("19") for c in codes), codes


@pytest.mark.model
@pytest.mark.parametrize(
    "text, root, told",
    [
        ('"We condemn this cowardly attack," the Bolivian foreign minister said.', "11", True),
        ('"The Chilean government deplores these acts," the statement said.', "11", True),
        ('"We welcome the accord between Peru and Ecuador," the Chilean envoy said.', "05", True),
        # a plan, a negation or a view quoted is no act
        ('"We will condemn any attack," the Bolivian foreign minister said.', "11", False),
        ('"We do not condemn the decision," the Bolivian foreign minister said.', "11", False),
    ],
)
def test_a_speech_act_performed_in_quoted_words(
    pipe: Pipeline, text: str, root: str, told: bool
) -> None:
    events = [e for e in pipe(text, published="1999-05-05").events if e.cameo[:2] == root]
    assert bool(events) == told, [e.cameo for e in events]
    for e in events:
        assert e.modality == "asserted"


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, told",
    [
        ("Serbian police slaughtered dozens of ethnic Albanians in Kosovo.", "202", True),
        ("Farmers slaughtered their cattle after the outbreak.", "202", False),
        ("Slovak President Rudolf Schuster signed the accession documents on Monday.", "057", True),
    ],
)
def test_slaughter_and_accession_papers(pipe: Pipeline, text: str, code: str, told: bool) -> None:
    assert (code in _codes(pipe, text)) == told


@pytest.mark.model
@pytest.mark.parametrize(
    "text, code, told",
    [
        ("Chilean officials said the rebels were behind the bombing in Lima.", "183", True),
        ("Peruvian officials said Hezbollah was behind the kidnapping of two judges.", "181", True),
        ("The rebel leader was behind bars after the attack, Peru said.", "180", False),
    ],
)
def test_a_party_behind_an_attack_did_it(pipe: Pipeline, text: str, code: str, told: bool) -> None:
    assert (code in _codes(pipe, text)) == told, _codes(pipe, text)
